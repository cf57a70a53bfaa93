using RoleCall.Cli.Hosting;
using RoleCall.Config;
using RoleCall.Vault;
using RoleCall.Vault.Agent;
using RoleCall.Vault.File;
using RoleCall.Vault.Pass;
using RoleCall.Vault.SecretService;

namespace RoleCall.Cli.Commands.Vault;

/// <summary>
/// Opens the vault a command uses: the backend from --backend, ROLECALL_VAULT_BACKEND, else the machine's
/// default (<see cref="DefaultBackend"/>: an existing file vault, else the desktop keyring, else `file`). The file backend's key comes from a running agent
/// (`vault unlock`), else from the passphrase (<see cref="PassphraseSource"/>), asked once per command.
/// Its directory: ROLECALL_VAULT_DIR, else $XDG_DATA_HOME/rolecall/vault, else ~/.local/share/rolecall/vault
/// (never under ~/.aws, which other tools read).
/// </summary>
internal sealed class VaultAccess
{
    public const string BackendVariable = "ROLECALL_VAULT_BACKEND";
    public const string DirectoryVariable = "ROLECALL_VAULT_DIR";

    private readonly CommandContext _context;

    private VaultAccess(CommandContext context, string backend)
    {
        _context = context;
        var environment = context.Environment;
        Directory = DirectoryOf(context);
        Agent = new AgentClient(AgentPaths.Socket(environment));
        Backend = backend switch
        {
            "file" => new FileBackend(Directory, KeyFor, Agent),
            "pass" => new PassBackend(environment),
            "secret-service" => SecretService(environment),
            _ => throw VaultErrors.UnknownBackend(backend),
        };
    }

    public string Directory { get; }

    public AgentClient Agent { get; }

    public IVaultBackend Backend { get; }

    /// <summary>The vault for a command; <paramref name="backend"/> is its --backend value, if any.</summary>
    public static VaultAccess Open(CommandContext context, string? backend = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = backend ?? (context.Environment.GetValueOrDefault(BackendVariable) is { Length: > 0 } chosen ? chosen : DefaultBackend.Choose(context.Environment, DirectoryOf(context)));
        context.Debug($"vault backend {name}" + (backend is null ? string.Empty : " (--backend)"));
        return new(context, name);
    }

    /// <summary>
    /// In its own method so that the JIT loads Tmds.DBus only when this backend is chosen: a `file` vault
    /// command (the common `rolecall env` path) never pays for it.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static SecretServiceBackend SecretService(IReadOnlyDictionary<string, string> environment) => new(
        environment.GetValueOrDefault(SecretServiceProbe.BusVariable) is { Length: > 0 } bus ? bus : throw VaultErrors.BackendFailed("secret-service", "no session bus (DBUS_SESSION_BUS_ADDRESS is not set)"),
        TimeSpan.FromMinutes(2));

    private static string DirectoryOf(CommandContext context)
    {
        var environment = context.Environment;
        var home = AwsPaths.From(AwsEnvironment.From(environment)).Home ?? "/";
        return environment.GetValueOrDefault(DirectoryVariable) is { Length: > 0 } dir ? dir
            : Path.Combine(environment.GetValueOrDefault("XDG_DATA_HOME") is { Length: > 0 } data ? data : Path.Combine(home, ".local", "share"), "rolecall", "vault");
    }

    /// <summary>The agent's key for this vault, else one derived from the passphrase (Argon2id, ~1 s by design).</summary>
    private byte[] KeyFor(KdfParameters kdf)
    {
        if (Agent.Key(Directory) is { } key)
        {
            _context.Debug("vault key from the agent");
            return key;
        }

        var passphrase = PassphraseSource.Read(_context, $"Vault passphrase ({Directory}): ");
        _context.Debug($"vault key derived with argon2id m={kdf.MemoryKiB}KiB t={kdf.Iterations} p={kdf.Parallelism}");
        return KeyDerivation.Derive(passphrase, kdf);
    }
}
