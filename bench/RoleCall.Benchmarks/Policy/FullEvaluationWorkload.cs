using RoleCall.Policy.Model;
using RoleCall.Policy.Parsing;

namespace RoleCall.Benchmarks.Policy;

/// <summary>
/// The worst case of the realistic principal's size (10 policies, 60 statements, 20 conditions) where the
/// engine cannot skip anything: every statement names the request's service and an action and resource that
/// match it, so the service index returns all 60, every action and resource pattern is matched, and every one
/// of the 20 condition clauses is evaluated. 50 Allow statements apply (10 with a true condition); the 10 Deny
/// statements are evaluated to a false condition, so the decision is Allow after looking at everything.
/// <see cref="PolicyWorkload.Realistic"/> is the best case: there 9 of the 10 policies name other services.
/// </summary>
internal static class FullEvaluationWorkload
{
    public const int Statements = 60;
    public const int AllowsThatApply = 50;

    public static IReadOnlyList<CompiledPolicy> Policies()
    {
        var policies = new List<CompiledPolicy>();
        for (var p = 0; p < 10; p++)
        {
            var statements = new List<string>();
            for (var s = 0; s < 6; s++)
            {
                // Statement 0 of each policy: an Allow with a true condition; statement 5: a Deny whose condition is false.
                var condition = s switch { 0 => TrueCondition(p), 5 => FalseCondition(p), _ => "" };
                var effect = s == 5 ? "Deny" : "Allow";
                statements.Add($$"""{"Sid":"P{{p}}S{{s}}","Effect":"{{effect}}","Action":["s3:Get*","s3:List{{s}}*"],"Resource":"{{Resource(p, s)}}"{{condition}}}""");
            }

            policies.Add(Compile(statements, $"arn:aws:iam::{PolicyWorkload.Account}:policy/full{p}"));
        }

        return policies;
    }

    // Different pattern shapes that all match arn:aws:s3:::corp-data/home/alice/report.csv.
    private static string Resource(int p, int s) => ((p + s) % 4) switch
    {
        0 => "arn:aws:s3:::corp-data/home/${aws:username}/*",
        1 => "arn:aws:s3:::corp-*/home/*/report.csv",
        2 => "arn:aws:s3:::corp-data/*",
        _ => "arn:aws:s3:::*/home/${aws:username}/*.csv",
    };

    private static string TrueCondition(int n) => (n % 4) switch
    {
        0 => ""","Condition":{"StringEquals":{"aws:PrincipalTag/team":"blue"}}""",
        1 => ""","Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}""",
        2 => ""","Condition":{"DateLessThan":{"aws:CurrentTime":"2030-01-01T00:00:00Z"}}""",
        _ => ""","Condition":{"ForAllValues:StringLike":{"aws:TagKeys":["team","cost-*"]}}""",
    };

    private static string FalseCondition(int n) => (n % 4) switch
    {
        0 => ""","Condition":{"StringEquals":{"aws:PrincipalTag/team":"red"}}""",
        1 => ""","Condition":{"NotIpAddress":{"aws:SourceIp":"10.0.0.0/8"}}""",
        2 => ""","Condition":{"DateGreaterThan":{"aws:CurrentTime":"2030-01-01T00:00:00Z"}}""",
        _ => ""","Condition":{"Bool":{"aws:SecureTransport":"false"}}""",
    };

    private static CompiledPolicy Compile(IEnumerable<string> statements, string id) =>
        PolicyParser.Parse($$"""{"Version":"2012-10-17","Statement":[{{string.Join(",", statements)}}]}""", PolicyKind.Identity, id).GetPolicyOrThrow();
}
