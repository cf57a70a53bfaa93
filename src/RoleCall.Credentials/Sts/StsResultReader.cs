using System.Globalization;
using RoleCall.Core.Identity;
using RoleCall.Protocol.Query;

namespace RoleCall.Credentials.Sts;

/// <summary>Typed values out of an STS result tree; a missing required member is an unreadable response.</summary>
internal sealed class StsResultReader(ResultStruct result, Uri endpoint, string operation)
{
    public string Required(string name) => result.ValueOf(name) ?? throw Missing();

    public string? Optional(string name) => result.ValueOf(name);

    public int? OptionalInt(string name) =>
        int.TryParse(result.ValueOf(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public StsResultReader Structure(string name) =>
        new(result.Child(name) as ResultStruct ?? throw Missing(), endpoint, operation);

    /// <summary>The `Credentials` member; AccountId from <paramref name="accountFromArn"/> when given.</summary>
    public AwsCredentials Credentials(string? accountFromArn = null)
    {
        var credentials = Structure("Credentials");
        var expiration = DateTimeOffset.Parse(credentials.Required("Expiration"), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        var account = Arn.TryParse(accountFromArn, out var arn) ? arn.Value.Account : null;
        return new AwsCredentials(credentials.Required("AccessKeyId"), credentials.Required("SecretAccessKey"),
            credentials.Required("SessionToken"), expiration, string.IsNullOrEmpty(account) ? null : account);
    }

    private ServiceCallException Missing() => ServiceCallException.UnreadableResponse(endpoint, operation, 200);
}
