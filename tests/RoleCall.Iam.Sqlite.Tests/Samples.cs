using RoleCall.Iam.Model;

namespace RoleCall.Iam.Sqlite.Tests;

/// <summary>Entities for the store tests.</summary>
public static class Samples
{
    public const string Account = "123456789012";

    public static readonly DateTimeOffset Time = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static IamUser User(string name, string? id = null) => new(Account, id ?? $"AIDA{name.ToUpperInvariant().PadRight(17, 'X')[..17]}", name, "/", Time);

    public static IamRole Role(string name) => new(Account, $"AROA{name.ToUpperInvariant().PadRight(17, 'X')[..17]}", name, "/svc/", Time, """{"Statement":[]}""")
    {
        Description = "d",
        MaxSessionDuration = 7200,
        PermissionsBoundaryArn = "arn:aws:iam::aws:policy/PowerUserAccess",
        Tags = [new Tag("team", "blue")],
        AttachedPolicyArns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
        InlinePolicies = [new InlinePolicy("inline", """{"Version":"2012-10-17"}""")],
    };
}
