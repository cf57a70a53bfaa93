using RoleCall.Cli.Hosting;
using RoleCall.Core.Errors;
using RoleCall.Server;

namespace RoleCall.Cli.Commands.Serve;

/// <summary>`rolecall serve`'s options and environment variables -> <see cref="LocalServerOptions"/>.</summary>
internal static class ServeOptionsBinder
{
    public const string RootKeyIdVariable = "ROLECALL_ROOT_ACCESS_KEY_ID";
    public const string RootSecretVariable = "ROLECALL_ROOT_SECRET_ACCESS_KEY";
    public const string RootPasswordVariable = "ROLECALL_ROOT_PASSWORD";
    public const string StoreVariable = "ROLECALL_STORE";

    public static LocalServerOptions Bind(CommandContext context)
    {
        var args = context.Arguments;
        var host = args.Option("--host") ?? LocalServerOptions.DefaultHost;
        var port = args.IntOption("--port") ?? LocalServerOptions.DefaultPort;
        if (port is < 0 or > 65535)
        {
            throw UsageException.InvalidValue("--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "a TCP port from 0 to 65535");
        }

        var data = args.Option("--data");
        var inMemory = args.Flag("--in-memory");
        if (inMemory && data is not null)
        {
            throw UsageException.Custom("serve: --data and --in-memory exclude each other", "keep state in a directory (--data DIR) or in memory (--in-memory), not both");
        }

        // ROLECALL_STORE applies when the command line names no store of its own.
        var store = args.Option("--store") ?? (inMemory || data is not null ? null : Variable(context, StoreVariable));
        if (store is not null && inMemory)
        {
            throw UsageException.Custom("serve: --store excludes --in-memory", "keep state in PostgreSQL (--store postgresql://USER@HOST:PORT/DB, S3 object bodies under --data DIR), in a directory (--data DIR) or in memory (--in-memory)");
        }

        var options = new LocalServerOptions
        {
            Host = host,
            Port = port,
            // With --store, --data names the directory every replica shares for S3 object bodies.
            Store = store is not null ? PostgresStores.For(store, context.Environment, data)
                : inMemory ? SqliteStores.InMemory() : SqliteStores.In(data ?? DefaultDataDirectory(context.Environment)),
            AccountId = args.Option("--account-id") ?? LocalServerOptions.DefaultAccountId,
            RootAccessKeyId = args.Option("--root-access-key-id") ?? Variable(context, RootKeyIdVariable),
            RootSecretAccessKey = args.Option("--root-secret-access-key") ?? Variable(context, RootSecretVariable),
            RootPassword = Variable(context, RootPasswordVariable),
            GenerateRootPassword = true,
            AdditionalAccounts = args.OptionList("--add-account") ?? [],
            DevClock = args.Flag("--dev-clock"),
            ExplainLog = args.Flag("--explain") ? context.Error : null,
            Time = context.Time,
        };
        args.EnsureConsumed();
        return options;
    }

    /// <summary>`~/.rolecall/data`: the home directory comes from the captured environment, not the process.</summary>
    public static string DefaultDataDirectory(IReadOnlyDictionary<string, string> environment)
    {
        var home = environment.TryGetValue("HOME", out var h) && h.Length > 0 ? h
            : environment.TryGetValue("USERPROFILE", out var p) && p.Length > 0 ? p
            : throw new ConfigurationException("serve: cannot find the home directory for the default data directory", "set HOME, or pass --data DIR or --in-memory");
        return Path.Combine(home, ".rolecall", "data");
    }

    private static string? Variable(CommandContext context, string name) =>
        context.Environment.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
