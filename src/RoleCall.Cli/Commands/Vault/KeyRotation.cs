using RoleCall.Cli.Commands.Credential;
using RoleCall.Cli.Commands.Iam;
using RoleCall.Cli.Commands.Iam.Model;
using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Core.Identity;
using RoleCall.Credentials.Mfa;
using RoleCall.Credentials.Sts;
using RoleCall.Vault;

namespace RoleCall.Cli.Commands.Vault;

/// <summary>
/// `vault rotate`'s steps, in the order that never loses a working key: CreateAccessKey (signed with the old key,
/// or with an MFA session from it when the profile has mfa_serial), GetCallerIdentity with the new key (retried
/// while IAM propagates it), store it in the vault, then DeleteAccessKey on the old one. A failure before the store
/// deletes the new key again and leaves the vault as it was; a failure after it says which old key is left.
/// </summary>
internal sealed class KeyRotation(CommandContext context, CredentialSession session, IVaultBackend vault, string profile)
{
    /// <summary>Tries of the new key while IAM propagates it (AWS documents "a few seconds"); 1 s, 2 s, 4 s ... apart.</summary>
    public const int VerifyAttempts = 6;

    public async Task<(string OldKeyId, string NewKeyId)> RunAsync(string? mfaCode, CancellationToken cancellation)
    {
        var old = vault.Read(profile) ?? throw VaultErrors.NotFound(profile);
        var oldKeys = new AwsCredentials(old.AccessKeyId, old.SecretAccessKey);
        var caller = await CallerAsync(oldKeys, mfaCode, cancellation);
        var iam = IamClient.With(context, session, caller);

        var created = await CallAsync(iam, "CreateAccessKey", [], cancellation);
        var accessKey = created.Child("AccessKey") as Protocol.Query.ResultStruct;
        var newKeys = new AwsCredentials(accessKey?.ValueOf("AccessKeyId") ?? string.Empty, accessKey?.ValueOf("SecretAccessKey") ?? string.Empty);
        context.Error.WriteLine($"created {VaultItem.Mask(newKeys.AccessKeyId)}; checking that it works");
        try
        {
            await VerifyAsync(newKeys, cancellation);
            vault.Write(profile, new VaultItem(newKeys.AccessKeyId, newKeys.SecretAccessKey, null, null, context.Time.GetUtcNow()));
        }
        catch (Exception e) when (e is RoleCallException or HttpRequestException)
        {
            // Undo: the vault still holds the old key, which still works; the new key must not linger.
            await CallAsync(iam, "DeleteAccessKey", [new("AccessKeyId", newKeys.AccessKeyId)], cancellation);
            throw VaultErrors.RotationFailed(profile, $"the new key was deleted again and the old key {VaultItem.Mask(old.AccessKeyId)} is still in use ({e.Message})");
        }

        try
        {
            await CallAsync(iam, "DeleteAccessKey", [new("AccessKeyId", old.AccessKeyId)], cancellation);
        }
        catch (RoleCallException e)
        {
            throw VaultErrors.RotationFailed(profile, $"the new key is stored, but the old key {old.AccessKeyId} could not be deleted: {e.Message}; delete it with `rolecall iam delete-access-key --access-key-id {old.AccessKeyId}`");
        }

        return (old.AccessKeyId, newKeys.AccessKeyId);
    }

    /// <summary>The old key, or with mfa_serial a GetSessionToken session opened with an MFA code (IAM accepts those).</summary>
    private async Task<AwsCredentials> CallerAsync(AwsCredentials oldKeys, string? mfaCode, CancellationToken cancellation)
    {
        if (session.Profile.Get("mfa_serial") is not { } serial)
        {
            return oldKeys;
        }

        var code = await TerminalMfa.For(context, mfaCode).GetTokenAsync(serial, cancellation);
        if (code.Length < MfaErrors.MinCodeLength)
        {
            throw MfaErrors.CodeTooShort(serial, code);
        }

        var response = await session.Sts.GetSessionTokenAsync(oldKeys, new GetSessionTokenRequest(900, serial, code), cancellation);
        return response.Credentials;
    }

    private async Task VerifyAsync(AwsCredentials keys, CancellationToken cancellation)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await session.Sts.GetCallerIdentityAsync(keys, cancellation);
                return;
            }
            catch (AwsServiceException e) when (e.Code == "InvalidClientTokenId" && attempt < VerifyAttempts)
            {
                await Task.Delay(TimeSpan.FromSeconds(1 << (attempt - 1)), context.Time, cancellation);
            }
        }
    }

    private static async Task<Protocol.Query.ResultStruct> CallAsync(IamClient iam, string action, IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken cancellation) =>
        await iam.CallAsync(action, parameters, null, ProtocolShapes.ForOutput(IamModel.Instance.Operation(action).Output), cancellation);
}
