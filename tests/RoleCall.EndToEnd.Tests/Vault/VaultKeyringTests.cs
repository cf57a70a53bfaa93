using System.Text.Json.Nodes;
using RoleCall.Server;
using RoleCall.Cli.Commands.Serve;
using RoleCall.Testing;

namespace RoleCall.EndToEnd.Tests.Vault;

/// <summary>
/// Issue 14, the secret-service backend as a user meets it: a desktop session whose bus has gnome-keyring and
/// no file vault yet. `vault import` picks the keyring by default, with no passphrase asked; the keys land in
/// the login keyring where `secret-tool` finds them per profile, and rolecall and the AWS CLI keep working.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class VaultKeyringTests
{
    [Fact]
    public async Task Should_import_into_the_desktop_keyring_by_default_and_keep_rolecall_and_the_aws_cli_working()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.InMemory() });
        using var sandbox = VaultSandbox.ForTutorial(server, out var original);
        using var keyring = new KeyringSession();
        sandbox.Environment[KeyringSession.BusVariable] = keyring.Address;

        // `vault unlock` opens the keyring itself: no file vault, no agent, no passphrase.
        var unlock = sandbox.Rolecall(string.Empty, "vault", "unlock");
        Assert.True(unlock.Code == 0, unlock.Err);
        Assert.Contains("the desktop keyring is unlocked", unlock.Err, StringComparison.Ordinal);

        var import = sandbox.Rolecall(string.Empty, "vault", "import");
        Assert.True(import.Code == 0, import.Err);

        Assert.False(Directory.Exists(sandbox.VaultDirectory));
        var listed = sandbox.AsRoot("vault", "list");
        Assert.Contains("user101\tAKIA", listed, StringComparison.Ordinal);
        Assert.Contains("\tsecret-service\t", listed, StringComparison.Ordinal);
        var found = keyring.Run("secret-tool", "search", "--all", "application", "rolecall", "profile", "user102");
        Assert.Contains("label = rolecall AWS keys for profile user102", found.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("aws_secret_access_key", File.ReadAllText(sandbox.CredentialsFile), StringComparison.Ordinal);

        var user102 = $"arn:aws:iam::{VaultSandbox.Account}:user/user102";
        Assert.Equal(user102, Arn(sandbox.AsRoot("sts", "get-caller-identity", "--profile", "user102")));
        var cli = sandbox.Inner.Process(string.Empty, "aws", "sts", "get-caller-identity", "--profile", "user102");
        Assert.True(cli.Code == 0, cli.Err);
        Assert.Equal(user102, Arn(cli.Out));
        Assert.NotEqual(original, File.ReadAllText(sandbox.CredentialsFile));

        // `vault lock` locks the keyring collection that holds the items; the next read needs its unlock prompt.
        var locked = sandbox.Rolecall(string.Empty, "vault", "lock");
        Assert.True(locked.Code == 0, locked.Err);
        Assert.Contains("the desktop keyring is locked (login)", locked.Err, StringComparison.Ordinal);
        Assert.True(keyring.IsLocked());
        var after = sandbox.Rolecall(string.Empty, "sts", "get-caller-identity", "--profile", "user102");
        Assert.NotEqual(0, after.Code);
        Assert.Contains("did not unlock the keyring", after.Err, StringComparison.Ordinal);
    }

    private static string Arn(string json) => JsonNode.Parse(json)!["Arn"]!.GetValue<string>();
}
