using System.Globalization;
using RoleCall.Iam;
using RoleCall.Iam.Model;
using RoleCall.Iam.Sqlite;
using RoleCall.Iam.Store;
using RoleCall.Protocol.Query;

namespace RoleCall.Benchmarks.Load;

/// <summary>
/// Fills a data directory for `rolecall serve --data DIR` through the real IAM/STS handlers, in process (no
/// HTTP, so a million sessions take minutes, not hours): the account with the given root keys, `load-user`
/// (a key, an inline policy allowing sts:AssumeRole and, with a condition, iam:ListRoles and iam:UpdateRole),
/// `load-role` trusting it, R roles, and N sessions issued by AssumeRole as load-user. Writes each session's
/// `KEY SECRET TOKEN` to SESSIONS_FILE and `KEY SECRET` of load-user, then of root, to USER_FILE.
/// </summary>
internal static class SessionSeeder
{
    public const string Account = "123456789012";

    private const string UserPolicy = """
        {"Version":"2012-10-17","Statement":[
          {"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::123456789012:role/load-role"},
          {"Effect":"Allow","Action":["iam:ListRoles","iam:UpdateRole"],"Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":"127.0.0.0/8"}}}]}
        """;

    private const string Trust = """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/load-user"},"Action":"sts:AssumeRole"}]}
        """;

    public static void Run(string dataDirectory, string rootKey, string rootSecret, int sessions, int roles, string sessionsFile, string userFile)
    {
        using var store = SqliteIamStore.Open(dataDirectory);
        Run(store, rootKey, rootSecret, sessions, roles, sessionsFile, userFile);
    }

    /// <summary>Seeds any IAM store (the PostgreSQL seeder issues its first sessions here).</summary>
    public static void Run(IIamStore store, string rootKey, string rootSecret, int sessions, int roles, string sessionsFile, string userFile)
    {
        var service = new IamService(store, TimeProvider.System);
        service.CreateAccount(Account, rootKey, rootSecret);
        var root = service.FindSigningKey(rootKey)!.Caller;
        Call(service, root, "iam", "CreateUser", ("UserName", "load-user"));
        Call(service, root, "iam", "PutUserPolicy", ("UserName", "load-user"), ("PolicyName", "load"), ("PolicyDocument", UserPolicy));
        var key = Call(service, root, "iam", "CreateAccessKey", ("UserName", "load-user"))!;
        var (keyId, secret) = (Text(key, "AccessKey", "AccessKeyId"), Text(key, "AccessKey", "SecretAccessKey"));
        // load-user's key, then root's: the root-signed rows are the old, policy-free baseline.
        File.WriteAllText(userFile, $"{keyId} {secret}\n{rootKey} {rootSecret}\n");
        Call(service, root, "iam", "CreateRole", ("RoleName", "load-role"), ("AssumeRolePolicyDocument", Trust), ("MaxSessionDuration", "43200"));
        for (var i = 0; i < roles; i++)
        {
            Call(service, root, "iam", "CreateRole", ("RoleName", $"load-role-{i:D5}"), ("AssumeRolePolicyDocument", Trust));
        }

        var user = service.FindSigningKey(keyId)!.Caller;
        using var output = new StreamWriter(sessionsFile);
        for (var i = 0; i < sessions; i++)
        {
            var result = AssumeRole(service, user, i);
            output.Write(Text(result, "Credentials", "AccessKeyId"));
            output.Write(' ');
            output.Write(Text(result, "Credentials", "SecretAccessKey"));
            output.Write(' ');
            output.WriteLine(Text(result, "Credentials", "SessionToken"));
            if ((i + 1) % 100_000 == 0)
            {
                Console.Error.WriteLine($"seed: {i + 1} sessions issued");
            }
        }
    }

    private static ResultStruct AssumeRole(IamService service, Caller user, int i)
    {
        while (true)
        {
            try
            {
                return Call(service, user, "sts", "AssumeRole", ("RoleArn", $"arn:aws:iam::{Account}:role/load-role"),
                    ("RoleSessionName", "s" + i.ToString(CultureInfo.InvariantCulture)), ("DurationSeconds", "43200"))!;
            }
            catch (Exception e) when (e.Message.Contains("UNIQUE constraint failed: sessions.access_key_id", StringComparison.Ordinal))
            {
                // A key ID carries 40 random bits (the other 40 are the account's), so among 1,000,000 sessions of one
                // account two collide in about every other seeding; that one call fails, and is made again.
            }
        }
    }

    private static ResultStruct? Call(IamService service, Caller caller, string api, string action, params (string Name, string Value)[] parameters) =>
        service.Execute(caller, new QueryRequest(api, action, api == "sts" ? "2011-06-15" : "2010-05-08", parameters.ToDictionary(p => p.Name, p => p.Value)),
            new RequestInfo("127.0.0.1", false, "us-east-1", "seed"));

    private static string Text(ResultNode node, params string[] path)
    {
        foreach (var name in path)
        {
            node = ((ResultStruct)node).Children.First(c => c.Name == name);
        }

        return ((ResultValue)node).Value;
    }
}
