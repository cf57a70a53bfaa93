using RoleCall.Iam.Model;

namespace RoleCall.Store.Postgres.Tests;

/// <summary>Records for the store tests.</summary>
public static class Samples
{
    public const string Account = "123456789012";
    public const string ReadOnly = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    public const string PowerUser = "arn:aws:iam::aws:policy/PowerUserAccess";

    public static readonly DateTimeOffset Time = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static IamUser User(string name, string? id = null) => new(Account, id ?? $"AIDA{name.ToUpperInvariant().PadRight(17, 'X')[..17]}", name, "/", Time);

    public static IamRole Role(string name) => new(Account, $"AROA{name.ToUpperInvariant().PadRight(17, 'X')[..17]}", name, "/svc/", Time, """{"Statement":[]}""")
    {
        Description = "d",
        MaxSessionDuration = 7200,
        PermissionsBoundaryArn = PowerUser,
        Tags = [new Tag("team", "blue")],
        AttachedPolicyArns = [ReadOnly],
        InlinePolicies = [new InlinePolicy("inline", """{"Version":"2012-10-17"}""")],
    };

    public static TemporarySession Session(string keyId, DateTimeOffset expiration)
    {
        var caller = new Caller(PrincipalKind.AssumedRole, Account, "arn:aws:sts::123456789012:assumed-role/app/s", "AROAX:s", keyId,
            new SessionContext(Time, expiration, true, Time, "arn:aws:iam::123456789012:role/app",
                SessionPolicies: ["{}"], Tags: new Dictionary<string, string> { ["k"] = "v" }) { TokenKind = "AssumeRole" });
        return new TemporarySession(keyId, "secret", "token", caller);
    }
}
