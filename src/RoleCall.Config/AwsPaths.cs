using System.Text;

namespace RoleCall.Config;

/// <summary>
/// Where the shared files live, decided once from <see cref="AwsEnvironment"/> exactly as botocore does:
/// <c>AWS_CONFIG_FILE</c> / <c>AWS_SHARED_CREDENTIALS_FILE</c> or <c>~/.aws/config</c> / <c>~/.aws/credentials</c>,
/// then <c>$VAR</c> expansion, then <c>~</c> expansion (Python's os.path.expandvars + expanduser).
/// Home is HOME on Linux/macOS; on Windows USERPROFILE, then HOMEDRIVE+HOMEPATH (Python 3.8+ ignores HOME
/// there; the cross-SDK suite reads HOME first: a documented difference, docs/readme/config.md).
/// <para>Public API: <see cref="ConfigFile"/>, <see cref="CredentialsFile"/>, <see cref="Home"/>,
/// <see cref="AwsDirectory"/> (<c>~/.aws</c>, for caches), <see cref="ExpandPath"/> for any other path a
/// profile names (credential_process, web_identity_token_file ...).</para>
/// </summary>
public sealed record AwsPaths
{
    private readonly AwsEnvironment _environment;

    private AwsPaths(string? home, bool windows, AwsEnvironment environment)
    {
        Home = home;
        IsWindows = windows;
        _environment = environment;
    }

    /// <summary>The home directory, or null when the environment names none (then <c>~</c> stays as is).</summary>
    public string? Home { get; }

    public bool IsWindows { get; }

    public required string ConfigFile { get; init; }

    public required string CredentialsFile { get; init; }

    /// <summary><c>~/.aws</c>: the AWS CLI keeps its caches here whatever AWS_CONFIG_FILE says.</summary>
    public string AwsDirectory => ExpandPath("~/.aws");

    /// <summary><c>~/.aws/cli/cache</c>, the assume-role cache shared with the AWS CLI.</summary>
    public string CliCacheDirectory => ExpandPath("~/.aws/cli/cache");

    /// <summary><c>~/.aws/sso/cache</c>, the SSO token cache shared with the AWS CLI.</summary>
    public string SsoCacheDirectory => ExpandPath("~/.aws/sso/cache");

    /// <summary>Locations for the current platform.</summary>
    public static AwsPaths From(AwsEnvironment environment) => From(environment, OperatingSystem.IsWindows());

    /// <summary>Locations as the given platform would compute them (tests fake the platform).</summary>
    public static AwsPaths From(AwsEnvironment environment, bool windows)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var home = windows
            ? environment.UserProfile ?? (environment.HomePath is { } homePath ? (environment.HomeDrive ?? string.Empty) + homePath : null)
            : environment.Home;
        var paths = new AwsPaths(home?.TrimEnd(windows ? ['/', '\\'] : ['/']), windows, environment)
        {
            ConfigFile = string.Empty,
            CredentialsFile = string.Empty,
        };
        return paths with
        {
            ConfigFile = paths.ExpandPath(environment.ConfigFile ?? paths.Native("~/.aws/config")),
            CredentialsFile = paths.ExpandPath(environment.SharedCredentialsFile ?? paths.Native("~/.aws/credentials")),
        };
    }

    /// <summary>Python's <c>expanduser(expandvars(path))</c> over this environment: <c>$VAR</c>, <c>${VAR}</c>, <c>~</c>.</summary>
    public string ExpandPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ExpandUser(ExpandVariables(path));
    }

    private string Native(string path) => IsWindows ? path.Replace('/', '\\') : path;

    private string ExpandUser(string path)
    {
        if (!path.StartsWith('~') || Home is null)
        {
            return path;
        }

        var end = path.IndexOfAny(IsWindows ? ['/', '\\'] : ['/'], 1);
        if (end < 0)
        {
            end = path.Length;
        }

        // `~user/...` needs the password database, which botocore consults and we do not: keep it verbatim.
        if (end != 1)
        {
            return path;
        }

        var expanded = Home + path[end..];
        return expanded.Length == 0 ? "/" : expanded;
    }

    /// <summary>posixpath.expandvars: <c>$name</c> or <c>${name}</c> with ASCII word characters; unknown names stay.</summary>
    private string ExpandVariables(string path)
    {
        if (!path.Contains('$', StringComparison.Ordinal))
        {
            return path;
        }

        var result = new StringBuilder(path.Length);
        var i = 0;
        while (i < path.Length)
        {
            var (name, length) = VariableAt(path, i);
            if (name is not null && _environment.Get(name) is { } value)
            {
                result.Append(value);
                i += length;
            }
            else
            {
                result.Append(path[i]);
                i++;
            }
        }

        return result.ToString();
    }

    private static (string? Name, int Length) VariableAt(string path, int at)
    {
        if (path[at] != '$' || at + 1 >= path.Length)
        {
            return (null, 0);
        }

        if (path[at + 1] == '{')
        {
            var close = path.IndexOf('}', at + 2);
            return close < 0 ? (null, 0) : (path[(at + 2)..close], close - at + 1);
        }

        var end = at + 1;
        while (end < path.Length && (char.IsAsciiLetterOrDigit(path[end]) || path[end] == '_'))
        {
            end++;
        }

        return end == at + 1 ? (null, 0) : (path[(at + 1)..end], end - at);
    }
}
