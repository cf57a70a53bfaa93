using System.Text.Json;

namespace RoleCall.Cli.Commands.Quickstart;

/// <summary>
/// The seed tutorial's check (the project's IAM tutorial 003, issue 11 item 5), after the MFA tour: demo-user may
/// describe EC2 instances but `s3 ls` is AccessDenied; with user-role's session exported (it has
/// AmazonS3ReadOnlyAccess and nothing for EC2) `s3 ls` lists the administrator's bucket and describe-instances
/// is refused; after `unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN` s3 is denied again.
/// demo-user's keys are the sandbox's default profile, as `aws configure` leaves them in the tutorial.
/// </summary>
internal sealed class QuickstartTutorial(QuickstartSandbox sandbox, QuickstartNarrator say, string account, Uri endpoint)
{
    private const string Bucket = "tutorial-bucket";
    private const string Describe = "Reservations[*].Instances[*].[VpcId, InstanceId, ImageId, InstanceType]";

    private CancellationToken _cancellation;

    public async Task RunAsync(CancellationToken cancellation)
    {
        _cancellation = cancellation;
        say.Step("The tutorial's setup: a bucket, demo-user (may describe EC2, list roles, assume roles), user-role (AmazonS3ReadOnlyAccess)");
        await AdminAsync("s3", "mb", $"s3://{Bucket}");
        await AdminAsync("iam", "create-user", "--user-name", "demo-user");
        await AdminAsync("iam", "create-policy", "--policy-name", "user-policy", "--policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:Describe*","iam:ListRoles","sts:AssumeRole"],"Resource":"*"}]}""");
        await AdminAsync("iam", "attach-user-policy", "--user-name", "demo-user", "--policy-arn", $"arn:aws:iam::{account}:policy/user-policy");
        await AdminAsync("iam", "create-role", "--role-name", "user-role", "--assume-role-policy-document",
            $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::{{account}}:user/demo-user"},"Action":"sts:AssumeRole"}]}""");
        await AdminAsync("iam", "attach-role-policy", "--role-name", "user-role", "--policy-arn", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");
        var key = JsonDocument.Parse((await AdminAsync("iam", "create-access-key", "--user-name", "demo-user")).Out).RootElement.GetProperty("AccessKey");
        File.AppendAllText(Path.Combine(sandbox.Home, ".aws", "credentials"),
            $"\n[default]\naws_access_key_id = {key.GetProperty("AccessKeyId").GetString()}\naws_secret_access_key = {key.GetProperty("SecretAccessKey").GetString()}\n");
        sandbox.AppendConfig($"\n[default]\nregion = us-east-1\nendpoint_url = {endpoint}\n");

        say.Step("demo-user (the default profile) may describe instances, but not list buckets");
        var described = await AsUserAsync("ec2", "describe-instances", "--query", Describe);
        say.Check(described.Code == 0, "describe-instances succeeds");
        var denied = await AsUserAsync("s3", "ls");
        say.Detail(denied.Err);
        say.Check(IsDenied(denied, "AccessDenied", "ListBuckets"), "AccessDenied for ListBuckets (exit 254)");

        say.Step("Find user-role and assume it; export the session as the tutorial does");
        await AsUserAsync("iam", "list-roles", "--query", "Roles[?RoleName == 'user-role'].[RoleName, Arn]");
        var assumed = await AsUserAsync("sts", "assume-role", "--role-arn", $"arn:aws:iam::{account}:role/user-role", "--role-session-name", "AWSCLI-Session");
        say.Check(assumed.Code == 0, "temporary credentials");
        var exported = Exported(assumed.Out);
        say.Say("   $ export AWS_ACCESS_KEY_ID=... AWS_SECRET_ACCESS_KEY=... AWS_SESSION_TOKEN=...");

        var me = await AsSessionAsync(exported, "sts", "get-caller-identity");
        say.Check(me.Code == 0 && me.Out.Contains($":assumed-role/user-role/AWSCLI-Session", StringComparison.Ordinal), "assumed-role/user-role/AWSCLI-Session");
        var listed = await AsSessionAsync(exported, "s3", "ls");
        say.Detail(listed.Out);
        say.Check(listed.Code == 0 && listed.Out.Contains($" {Bucket}\n", StringComparison.Ordinal), $"{Bucket} in the listing");
        var refused = await AsSessionAsync(exported, "ec2", "describe-instances", "--query", Describe);
        say.Detail(refused.Err);
        say.Check(IsDenied(refused, "UnauthorizedOperation", "DescribeInstances"), "the role may not describe instances (UnauthorizedOperation, exit 254)");

        say.Step("unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN: back to demo-user");
        var again = await AsUserAsync("s3", "ls");
        say.Detail(again.Err);
        say.Check(IsDenied(again, "AccessDenied", "ListBuckets"), "AccessDenied again");
        var back = await AsUserAsync("sts", "get-caller-identity");
        say.Check(back.Code == 0 && back.Out.Contains($"arn:aws:iam::{account}:user/demo-user", StringComparison.Ordinal), "user/demo-user");
    }

    private static bool IsDenied((int Code, string Out, string Err) result, string code, string operation) =>
        result.Code == 254 && result.Err.Contains($"An error occurred ({code}) when calling the {operation} operation", StringComparison.Ordinal);

    private static Dictionary<string, string> Exported(string assumeRoleJson)
    {
        var credentials = JsonDocument.Parse(assumeRoleJson).RootElement.GetProperty("Credentials");
        return new(StringComparer.Ordinal)
        {
            ["AWS_ACCESS_KEY_ID"] = credentials.GetProperty("AccessKeyId").GetString()!,
            ["AWS_SECRET_ACCESS_KEY"] = credentials.GetProperty("SecretAccessKey").GetString()!,
            ["AWS_SESSION_TOKEN"] = credentials.GetProperty("SessionToken").GetString()!,
        };
    }

    private async Task<(int Code, string Out, string Err)> AdminAsync(params string[] args)
    {
        var result = await AsUserAsync([.. args, "--profile", "quickstart-admin"]);
        say.Check(result.Code == 0, $"success{(result.Code == 0 ? string.Empty : " (" + result.Err.Trim() + ")")}");
        return result.Code == 0 ? result : throw new QuickstartStepFailedException(string.Join(' ', args.Take(2)));
    }

    private Task<(int Code, string Out, string Err)> AsUserAsync(params string[] args) => RunAsync(args, null);

    /// <summary>A command in a shell where the role's session was exported.</summary>
    private Task<(int Code, string Out, string Err)> AsSessionAsync(Dictionary<string, string> exported, params string[] args) => RunAsync(args, exported);

    private async Task<(int Code, string Out, string Err)> RunAsync(string[] args, Dictionary<string, string>? exported)
    {
        say.Command(args);
        var result = exported is null ? await sandbox.RunAsync(args, _cancellation) : await sandbox.RunAsync(args, exported, _cancellation);
        // What the tutorial shows; never create-access-key or assume-role output, which carry secrets.
        if (result.Code == 0 && args is ["ec2", ..] or ["iam", "list-roles", ..] or ["sts", "get-caller-identity", ..])
        {
            say.Detail(result.Out);
        }

        return result;
    }
}
