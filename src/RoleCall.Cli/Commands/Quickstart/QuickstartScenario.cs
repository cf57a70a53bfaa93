using System.Globalization;
using System.Text.Json;
using RoleCall.Cli.Commands.Serve;
using RoleCall.Core.Otp;
using RoleCall.Server;

namespace RoleCall.Cli.Commands.Quickstart;

/// <summary>
/// What a user does on day one, against a local service: who am I, a call the user may not make, assume an
/// MFA-protected role (the code computed from the virtual device's seed, as a phone would), who am I now, the
/// call that now succeeds, export for the shell; then the seed tutorial's S3 and EC2 check
/// (<see cref="QuickstartTutorial"/>), and the access portal's (<see cref="QuickstartPortal"/>). Every step is a real
/// rolecall command, run in-process.
/// </summary>
internal sealed class QuickstartScenario(QuickstartSandbox sandbox, QuickstartNarrator say, TimeProvider time)
{
    private const string Role = "demo-admin";

    public async Task RunAsync(CancellationToken cancellation)
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.In(sandbox.DataDirectory), AdditionalAccounts = [QuickstartPortal.SecondAccount] }, cancellation);
        var account = server.AccountId;
        say.Say($"RoleCall quickstart: a local IAM, STS, S3 and EC2 on {server.Url} (throwaway data in {sandbox.Root}).");
        say.Say($"Your ~/.aws is not touched: the sandbox config is {sandbox.ConfigFile}.");
        File.WriteAllText(Path.Combine(sandbox.Home, ".aws", "credentials"),
            $"[quickstart-admin]\naws_access_key_id = {server.Root.AccessKeyId}\naws_secret_access_key = {server.Root.SecretAccessKey}\n");
        sandbox.AppendConfig($"[profile quickstart-admin]\nregion = us-east-1\nendpoint_url = {server.Url}\n\n");

        say.Step("The administrator creates user alice with an access key and a virtual MFA device");
        await AdminAsync(cancellation, "iam", "create-user", "--user-name", "alice");
        await AdminAsync(cancellation, "iam", "put-user-policy", "--user-name", "alice", "--policy-name", "may-assume-demo-admin", "--policy-document",
            $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::{{account}}:role/{{Role}}"}]}""");
        var key = JsonDocument.Parse((await AdminAsync(cancellation, "iam", "create-access-key", "--user-name", "alice")).Out).RootElement.GetProperty("AccessKey");
        var seedFile = sandbox.PathOf("alice-mfa-seed.txt");
        var device = JsonDocument.Parse((await AdminAsync(cancellation, "iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", "alice",
            "--outfile", seedFile, "--bootstrap-method", "Base32StringSeed")).Out).RootElement.GetProperty("VirtualMFADevice");
        var serial = device.GetProperty("SerialNumber").GetString()!;
        var seed = Base32.Decode(File.ReadAllText(seedFile).Trim()) ?? throw new InvalidOperationException("the MFA seed file is not Base32");
        var step = Totp.StepAt(time.GetUtcNow());
        await AdminAsync(cancellation, "iam", "enable-mfa-device", "--user-name", "alice", "--serial-number", serial,
            "--authentication-code1", Totp.Code(seed, step - 1), "--authentication-code2", Totp.Code(seed, step));

        say.Step($"The administrator creates role {Role}: alice may assume it only with MFA; it may read IAM");
        await AdminAsync(cancellation, "iam", "create-role", "--role-name", Role, "--assume-role-policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::ACCOUNT:user/alice"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}""".Replace("ACCOUNT", account, StringComparison.Ordinal));
        await AdminAsync(cancellation, "iam", "put-role-policy", "--role-name", Role, "--policy-name", "read-iam", "--policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:Get*","iam:List*"],"Resource":"*"}]}""");

        File.AppendAllText(Path.Combine(sandbox.Home, ".aws", "credentials"),
            $"\n[alice]\naws_access_key_id = {key.GetProperty("AccessKeyId").GetString()}\naws_secret_access_key = {key.GetProperty("SecretAccessKey").GetString()}\n");
        var profiles = $"[profile alice]\nregion = us-east-1\nendpoint_url = {server.Url}\n\n[profile {Role}]\nrole_arn = arn:aws:iam::{account}:role/{Role}\nsource_profile = alice\nmfa_serial = {serial}\nregion = us-east-1\nendpoint_url = {server.Url}\n";
        sandbox.AppendConfig(profiles);
        say.Say("   alice's profiles in the sandbox config:");
        say.Detail(profiles);

        say.Step("Who am I? (alice's own keys)");
        var me = await RunAsync(cancellation, "sts", "get-caller-identity", "--profile", "alice");
        say.Check(me.Code == 0 && QuickstartSandbox.ArnOf(me.Out) == $"arn:aws:iam::{account}:user/alice", $"user/alice");

        say.Step("A call alice may not make: list the users");
        var denied = await RunAsync(cancellation, "iam", "list-users", "--profile", "alice");
        say.Detail(denied.Err);
        say.Check(denied.Code == 254 && denied.Err.Contains("AccessDenied", StringComparison.Ordinal), "AccessDenied (exit 254)");

        var code = Totp.Code(seed, step + 1);
        say.Step($"Assume {Role} with MFA (code {code}, computed from the device's seed as a phone would) and ask again: who am I now?");
        var assumed = await RunAsync(cancellation, "sts", "get-caller-identity", "--profile", Role, "--mfa-code", code);
        say.Check(assumed.Code == 0 && QuickstartSandbox.ArnOf(assumed.Out).StartsWith($"arn:aws:sts::{account}:assumed-role/{Role}/", StringComparison.Ordinal), $"assumed-role/{Role}/...");

        say.Step("The call that was denied now succeeds (the session comes from the cache: no second MFA code)");
        var listed = await RunAsync(cancellation, "iam", "list-users", "--profile", Role);
        say.Check(listed.Code == 0 && listed.Out.Contains("\"UserName\": \"alice\"", StringComparison.Ordinal), "alice in the user list");

        say.Step("Export the session for a shell (values shortened here)");
        var exported = await RunAsync(cancellation, "env", Role, "--format", "bash");
        say.Detail(string.Join('\n', exported.Out.Split('\n').Select(Shorten)));
        say.Check(exported.Code == 0 && exported.Out.Contains("export AWS_SESSION_TOKEN=", StringComparison.Ordinal), "a session for eval \"$(rolecall env " + Role + ")\"");

        await new QuickstartTutorial(sandbox, say, account, server.Url).RunAsync(cancellation);
        await new QuickstartPortal(sandbox, say, server, time).RunAsync(cancellation);
    }

    private async Task<(int Code, string Out, string Err)> AdminAsync(CancellationToken cancellation, params string[] args)
    {
        var result = await RunAsync(cancellation, [.. args, "--profile", "quickstart-admin"]);
        say.Check(result.Code == 0, $"success{(result.Code == 0 ? string.Empty : " (" + result.Err.Trim() + ")")}");
        return result.Code == 0 ? result : throw new QuickstartStepFailedException(string.Join(' ', args.Take(2)));
    }

    private Task<(int Code, string Out, string Err)> RunAsync(CancellationToken cancellation, params string[] args) =>
        sandbox.RunShownAsync(say, args, cancellation);

    /// <summary>Long secrets cut short in the transcript; the real values are in the sandbox only.</summary>
    private static string Shorten(string line)
    {
        var eq = line.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 || line.Length - eq < 40 ? line : line[..(eq + 12)] + "...'" + string.Format(CultureInfo.InvariantCulture, " ({0} chars)", line.Length - eq - 3);
    }
}
