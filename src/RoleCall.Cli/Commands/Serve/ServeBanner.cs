using RoleCall.Server;
using RoleCall.Iam;

namespace RoleCall.Cli.Commands.Serve;

/// <summary>
/// What `rolecall serve` prints when it is up: one start line, and a root key's secret only when this start
/// generated it (printed once; afterwards it lives only in the data directory).
/// </summary>
internal static class ServeBanner
{
    public static void Write(TextWriter output, LocalServer server, LocalServerOptions options)
    {
        var data = options.Store.Location;
        var url = server.Url.ToString().TrimEnd('/');
        output.WriteLine($"rolecall serve: IAM, STS, S3, EC2 and Identity Center listening on {url} (account {server.AccountId}, data {data})");
        output.WriteLine($"  console {url}/console, access portal {url}/start");
        var rootGiven = options.RootSecretAccessKey is not null;
        WriteKeys(output, server.Root, printSecret: server.Root.Generated && !rootGiven);
        if (server.GeneratedRootPassword is { } password)
        {
            output.WriteLine($"  account {server.AccountId}: new root console password (shown only this once): {password}");
        }

        foreach (var account in server.AdditionalAccounts)
        {
            WriteKeys(output, account, printSecret: account.Generated);
        }
    }

    private static void WriteKeys(TextWriter output, RootCredentials keys, bool printSecret)
    {
        if (!printSecret)
        {
            output.WriteLine($"  account {keys.AccountId}: root access key {keys.AccessKeyId}");
            return;
        }

        output.WriteLine($"  account {keys.AccountId}: new root access key (shown only this once):");
        output.WriteLine($"    AWS_ACCESS_KEY_ID={keys.AccessKeyId}");
        output.WriteLine($"    AWS_SECRET_ACCESS_KEY={keys.SecretAccessKey}");
    }
}
