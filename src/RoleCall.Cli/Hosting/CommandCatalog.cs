using RoleCall.Cli.Commands;

namespace RoleCall.Cli.Hosting;

/// <summary>Every command, found by the longest run of leading words that names one.</summary>
internal sealed class CommandCatalog(IEnumerable<ICommand> commands)
{
    private readonly Dictionary<string, ICommand> _byName = commands.ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>One line per group; each group's file lists its commands.</summary>
    public static CommandCatalog Default => new(
    [
        .. ConfigureCommands.All,
        .. StsCommands.All,
        .. IamCommands.All,
        .. S3Commands.All,
        .. Ec2Commands.All,
        .. CredentialCommands.All,
        .. SsoCommands.All,
        .. VaultCommands.All,
        .. ServeCommands.All,
        .. PolicyCommands.All,
        .. MfaCommands.All,
        .. QuickstartCommands.All,
    ]);

    public IEnumerable<ICommand> Commands => _byName.Values.OrderBy(c => c.Name, StringComparer.Ordinal);

    /// <summary>The command named by the most leading words of <paramref name="words"/>, and how many it used.</summary>
    public (ICommand? Command, int WordsUsed) Find(IReadOnlyList<string> words)
    {
        for (var n = Math.Min(words.Count, 3); n > 0; n--)
        {
            if (_byName.TryGetValue(string.Join(' ', words.Take(n)), out var command))
            {
                return (command, n);
            }
        }

        return (null, 0);
    }

    /// <summary>Commands under a group word (`configure` → `configure get`, `configure set`, ...).</summary>
    public IEnumerable<ICommand> Under(string prefix) =>
        Commands.Where(c => c.Name.StartsWith(prefix + " ", StringComparison.Ordinal));
}
