using System.Globalization;

namespace RoleCall.Benchmarks.Load;

/// <summary>
/// `RoleCall.Benchmarks load seed|run ...`, used by bench/load/sts/random-sessions.sh and bench/load/postgres/random-sessions.sh:
///
///     load seed DATA_DIR ROOT_KEY ROOT_SECRET SESSIONS ROLES SESSIONS_FILE USER_FILE
///     load seed-pg STORE_URL STORE_KEY_FILE ROOT_KEY ROOT_SECRET SESSIONS ROLES SESSIONS_FILE USER_FILE
///     load bodies STORE_URL DIR COUNT_SMALL COUNT_LARGE   (bench/load/postgres/bodies.sh)
///     load run ENDPOINT SCENARIO CONNECTIONS WARMUP_S SECONDS SESSIONS_FILE USER_FILE
///
/// Scenarios: `gci-random-session` (GetCallerIdentity, each request signed by a session drawn uniformly from
/// all seeded sessions), `listroles-user` (ListRoles as load-user, whose policy allows it with a condition),
/// `listroles-user-mix` (the same with one UpdateRole of a random role every 100 requests), and the old
/// workloads through the same driver for comparison: `gci-one-session`, `listroles-root`.
/// </summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        switch (args)
        {
            case ["seed", var data, var key, var secret, var sessions, var roles, var sessionsFile, var userFile]:
                SessionSeeder.Run(data, key, secret, Int(sessions), Int(roles), sessionsFile, userFile);
                return 0;
            case ["seed-pg", var url, var keyFile, var key, var secret, var sessions, var roles, var sessionsFile, var userFile]:
                PostgresSessionSeeder.Run(url, keyFile, key, secret, Int(sessions), Int(roles), sessionsFile, userFile);
                return 0;
            case ["bodies", var url, var directory, var small, var large]:
                BodyStorageBench.Run(url, directory, Int(small), Int(large));
                return 0;
            case ["run", var endpoint, var scenario, var connections, var warmup, var seconds, var sessionsFile, var userFile]:
                return await LoadDriver.RunAsync(new Uri(endpoint), Scenario(scenario, sessionsFile, userFile), Int(connections),
                    double.Parse(warmup, CultureInfo.InvariantCulture), double.Parse(seconds, CultureInfo.InvariantCulture));
            default:
                await Console.Error.WriteLineAsync("usage: load seed DATA ROOT_KEY ROOT_SECRET SESSIONS ROLES SESSIONS_FILE USER_FILE | load seed-pg URL KEY_FILE ROOT_KEY ROOT_SECRET SESSIONS ROLES SESSIONS_FILE USER_FILE | load run ENDPOINT SCENARIO CONNECTIONS WARMUP SECONDS SESSIONS_FILE USER_FILE");
                return 2;
        }
    }

    private static LoadScenario Scenario(string name, string sessionsFile, string userFile)
    {
        var keys = new CredentialFile(userFile);
        var user = keys[0];
        const string ListRoles = "Action=ListRoles&Version=2010-05-08";
        switch (name)
        {
            case "gci-random-session":
                var sessions = new CredentialFile(sessionsFile);
                return new LoadScenario(name, (random, _) => ("sts", "Action=GetCallerIdentity&Version=2011-06-15", sessions[random.Next(sessions.Count)]));
            case "gci-one-session":
                // The old workload (one session, which the session cache answers), through the same driver.
                var first = new CredentialFile(sessionsFile)[0];
                return new LoadScenario(name, (_, _) => ("sts", "Action=GetCallerIdentity&Version=2011-06-15", first));
            case "listroles-root":
                // The old workload: root is not subject to policies, so no policy is evaluated.
                var root = keys[1];
                return new LoadScenario(name, (_, _) => ("iam", ListRoles, root));
            case "listroles-user":
                return new LoadScenario(name, (_, _) => ("iam", ListRoles, user));
            case "listroles-user-mix":
                // One write in every 100 requests: a description change that invalidates the role listing.
                return new LoadScenario(name, (random, n) => n % 100 == 99
                    ? ("iam", $"Action=UpdateRole&Version=2010-05-08&RoleName=load-role-{random.Next(1000):D5}&Description=d{n}", user)
                    : ("iam", ListRoles, user));
            default:
                throw new ArgumentException($"unknown scenario {name}: gci-random-session, gci-one-session, listroles-root, listroles-user, listroles-user-mix");
        }
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
