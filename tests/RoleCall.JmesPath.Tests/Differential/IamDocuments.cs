using RoleCall.JmesPath.Values;

namespace RoleCall.JmesPath.Tests.Differential;

/// <summary>Seeded, realistic IAM responses (roles, users, policies, account summary) for the differential test.</summary>
internal static class IamDocuments
{
    private static readonly string[] Names = ["deploy", "audit", "lambda-exec", "ReadOnly", "admin", "ci-runner", "Rôle-été", "数据", "ops_team", "z"];
    private static readonly string[] Services = ["ec2.amazonaws.com", "lambda.amazonaws.com", "ecs-tasks.amazonaws.com"];
    private static readonly string[] Actions = ["sts:AssumeRole", "s3:GetObject", "s3:*", "iam:PassRole", "ec2:Describe*"];

    public static List<JmesValue> Create(int seed)
    {
        var random = new Random(seed);
        return [ListRoles(random), ListUsers(random), Summary(random), Policy(random), ListRoles(random)];
    }

    private static JmesObject Obj(params (string Key, JmesValue Value)[] properties) =>
        new(properties.Select(p => new KeyValuePair<string, JmesValue>(p.Key, p.Value)));

    private static JmesArray Arr(IEnumerable<JmesValue> items) => new(items.ToList());

    private static JmesString Str(string s) => new JmesString(s);

    private static JmesObject ListRoles(Random random) => Obj(
        ("Roles", Arr(Enumerable.Range(0, random.Next(0, 7)).Select(i => (JmesValue)Obj(
            ("Path", Str(random.Next(3) == 0 ? "/service-role/" : "/")),
            ("RoleName", Str(Names[random.Next(Names.Length)] + i)),
            ("RoleId", Str($"AROA{random.Next(100000, 999999)}EXAMPLE")),
            ("Arn", Str($"arn:aws:iam::123456789012:role/{Names[random.Next(Names.Length)]}")),
            ("CreateDate", Str($"2024-0{random.Next(1, 9)}-1{random.Next(0, 9)}T12:00:00Z")),
            ("MaxSessionDuration", JmesValue.From((long)(3600 * random.Next(1, 13)))),
            ("AssumeRolePolicyDocument", Policy(random)),
            ("Tags", Arr(Enumerable.Range(0, random.Next(0, 3)).Select(t => (JmesValue)Obj(("Key", Str($"k{t}")), ("Value", Str(Names[random.Next(Names.Length)])))))),
            ("RoleLastUsed", random.Next(2) == 0 ? JmesObject.Empty : Obj(("LastUsedDate", Str("2024-03-01T08:00:00Z")), ("Region", Str("eu-west-1")))))))),
        ("IsTruncated", JmesValue.From(random.Next(2) == 0)));

    private static JmesObject ListUsers(Random random) => Obj(
        ("Users", Arr(Enumerable.Range(0, random.Next(1, 6)).Select(i => (JmesValue)Obj(
            ("UserName", Str(Names[random.Next(Names.Length)])),
            ("UserId", Str($"AIDA{i}")),
            ("PasswordLastUsed", random.Next(2) == 0 ? JmesValue.Null : Str("2024-01-01T00:00:00Z")),
            ("Score", random.Next(3) == 0 ? JmesValue.From(random.Next(0, 100) / 4.0) : JmesValue.From((long)random.Next(-5, 50))),
            ("Groups", Arr(Enumerable.Range(0, random.Next(0, 4)).Select(g => Str($"group{g}")))))))),
        ("Marker", Str("m1")));

    private static JmesObject Summary(Random random) => Obj(
        ("SummaryMap", Obj(("Users", JmesValue.From((long)random.Next(0, 9))), ("Roles", JmesValue.From((long)random.Next(0, 9))),
            ("UsersQuota", JmesValue.From(5000L)), ("AccountMFAEnabled", JmesValue.From((long)random.Next(0, 2))), ("Ratio", JmesValue.From(0.25)))));

    private static JmesObject Policy(Random random) => Obj(
        ("Version", Str("2012-10-17")),
        ("Statement", Arr(Enumerable.Range(0, random.Next(1, 4)).Select(s => (JmesValue)Obj(
            ("Sid", Str($"S{s}")),
            ("Effect", Str(random.Next(4) == 0 ? "Deny" : "Allow")),
            ("Principal", random.Next(2) == 0 ? Obj(("Service", Str(Services[random.Next(Services.Length)]))) : Obj(("AWS", Arr([Str("arn:aws:iam::123456789012:root")])))),
            ("Action", random.Next(2) == 0 ? Str(Actions[random.Next(Actions.Length)]) : Arr([Str(Actions[random.Next(Actions.Length)]), Str(Actions[random.Next(Actions.Length)])])),
            ("Condition", random.Next(2) == 0 ? JmesValue.Null : Obj(("Bool", Obj(("aws:MultiFactorAuthPresent", Str("true")))))))))));
}
