using System.Text;
using RoleCall.Policy.Evaluation;
using RoleCall.Policy.Model;
using RoleCall.Policy.Parsing;

namespace RoleCall.Benchmarks.Policy;

/// <summary>
/// The policies and requests the policy benchmarks run: a realistic principal (10 policies, 60 statements,
/// wildcards, 20 conditions, policy variables) and synthetic policies of N statements for the scaling runs.
/// </summary>
internal static class PolicyWorkload
{
    public const string Account = "111122223333";

    public static RequestContext Context(string action, string resource) =>
        new RequestContext(RequestPrincipal.User($"arn:aws:iam::{Account}:user/alice", Account, "AIDAEXAMPLEALICE00001"), action, resource)
            .Set("aws:username", "alice").Set("aws:userid", "AIDAEXAMPLEALICE00001").Set("aws:PrincipalAccount", Account)
            .Set("aws:PrincipalArn", $"arn:aws:iam::{Account}:user/alice").Set("aws:PrincipalType", "User")
            .Set("aws:SourceIp", "10.20.30.40").Set("aws:SecureTransport", "true").Set("aws:RequestedRegion", "eu-west-1")
            .Set("aws:CurrentTime", "2026-03-01T12:00:00Z").Set("aws:EpochTime", "1772366400")
            .Set("aws:PrincipalTag/team", "blue").SetValues("aws:TagKeys", ["team", "cost-center"]);

    /// <summary>Ten policies, six statements each; 20 condition clauses in all; the request is allowed by the last policy.</summary>
    public static IReadOnlyList<CompiledPolicy> Realistic()
    {
        string[] services = ["ec2", "sqs", "sns", "dynamodb", "lambda", "kms", "logs", "cloudwatch", "iam"];
        var policies = new List<CompiledPolicy>();
        var conditions = 0;
        for (var p = 0; p < 9; p++)
        {
            var statements = new List<string>();
            for (var s = 0; s < 6; s++)
            {
                // Two of every three policies carry conditions on two statements: 9 * 2 = 18 clauses here.
                var condition = s < 2 && conditions < 18 ? Condition(conditions++) : "";
                statements.Add($$"""{"Sid":"S{{p}}x{{s}}","Effect":"{{(s == 5 ? "Deny" : "Allow")}}","Action":["{{services[p]}}:Describe*","{{services[p]}}:Get{{s}}*"],"Resource":"arn:aws:{{services[p]}}:*:{{Account}}:thing/${aws:username}/*"{{condition}}}""");
            }

            policies.Add(Compile(statements, $"arn:aws:iam::{Account}:policy/p{p}"));
        }

        // The allowing policy: home-folder access with variables and two conditions (20 clauses in total).
        policies.Add(Compile(
        [
            """{"Sid":"List","Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::corp-data","Condition":{"StringLike":{"s3:prefix":["home/${aws:username}/*"]}}}""",
            """{"Sid":"DenyDelete","Effect":"Deny","Action":"s3:DeleteBucket","Resource":"*"}""",
            """{"Sid":"DenyOther","Effect":"Deny","Action":"s3:*","Resource":"arn:aws:s3:::corp-secrets/*"}""",
            """{"Sid":"Put","Effect":"Allow","Action":"s3:Put*","Resource":"arn:aws:s3:::corp-data/home/${aws:username}/*"}""",
            """{"Sid":"Shared","Effect":"Allow","Action":"s3:Get*","Resource":"arn:aws:s3:::corp-data/shared/${aws:PrincipalTag/team, 'none'}/*"}""",
            """{"Sid":"Home","Effect":"Allow","Action":["s3:Get*","s3:List*"],"Resource":"arn:aws:s3:::corp-data/home/${aws:username}/*","Condition":{"IpAddress":{"aws:SourceIp":["10.0.0.0/8","192.168.0.0/16"]},"Bool":{"aws:SecureTransport":"true"}}}""",
        ], $"arn:aws:iam::{Account}:policy/home"));
        return policies;
    }

    /// <summary>
    /// N statements that all have to be looked at: every one names the request's service (s3), so the
    /// service index cannot skip them; only the last one's resource matches.
    /// </summary>
    public static CompiledPolicy Linear(int statements)
    {
        var list = new List<string>(statements);
        for (var i = 0; i < statements - 1; i++)
        {
            list.Add($$$$"""{"Effect":"Allow","Action":"s3:Get*","Resource":"arn:aws:s3:::bucket-{{{{i}}}}/${aws:username}/*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"blue"}}}""");
        }

        list.Add("""{"Effect":"Allow","Action":"s3:Get*","Resource":"arn:aws:s3:::corp-data/home/${aws:username}/*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"blue"}}}""");
        return Compile(list, "linear");
    }

    /// <summary>A managed policy of about 6 KB (IAM's quota is 6,144 characters without whitespace).</summary>
    public static string SixKilobyteDocument()
    {
        var statements = new List<string>();
        var text = new StringBuilder();
        for (var i = 0; text.Length < 6000; i++)
        {
            var s = $$$$"""{"Sid":"Stmt{{{{i}}}}","Effect":"Allow","Action":["s3:Get*","s3:List*"],"Resource":"arn:aws:s3:::bucket-{{{{i}}}}/${aws:username}/*","Condition":{"IpAddress":{"aws:SourceIp":"10.{{{{i % 250}}}}.0.0/16"}}}""";
            statements.Add(s);
            text.Append(s);
        }

        return $$"""{"Version":"2012-10-17","Statement":[{{string.Join(",\n", statements)}}]}""";
    }

    private static string Condition(int n) => (n % 4) switch
    {
        0 => ""","Condition":{"StringEquals":{"aws:PrincipalTag/team":"blue"}}""",
        1 => ""","Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}""",
        2 => ""","Condition":{"DateLessThan":{"aws:CurrentTime":"2030-01-01T00:00:00Z"}}""",
        _ => ""","Condition":{"ForAllValues:StringLike":{"aws:TagKeys":["team","cost-*"]}}""",
    };

    private static CompiledPolicy Compile(IEnumerable<string> statements, string id) =>
        PolicyParser.Parse($$"""{"Version":"2012-10-17","Statement":[{{string.Join(",", statements)}}]}""", PolicyKind.Identity, id).GetPolicyOrThrow();
}
