using RoleCall.Cli.Hosting;

namespace RoleCall.Cli.Commands.Quickstart;

/// <summary>
/// The quickstart's throwaway world: a temp directory holding the service's data, a sandbox HOME with its own
/// ~/.aws/config, credentials and cache (the user's ~/.aws is never read or written), and a way to run any
/// rolecall command in-process against it, exactly as a user would type it.
/// </summary>
internal sealed class QuickstartSandbox : IDisposable
{
    private readonly TimeProvider _time;

    public QuickstartSandbox(string root, TimeProvider time)
    {
        Root = root;
        _time = time;
        Directory.CreateDirectory(Path.Combine(Home, ".aws"));
        Environment = new(StringComparer.Ordinal)
        {
            ["HOME"] = Home,
            ["AWS_CONFIG_FILE"] = ConfigFile,
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(Home, ".aws", "credentials"),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
        };
    }

    public string Root { get; }

    public string DataDirectory => Path.Combine(Root, "data");

    public string Home => Path.Combine(Root, "home");

    public string ConfigFile => Path.Combine(Home, ".aws", "config");

    public Dictionary<string, string> Environment { get; }

    public string PathOf(string name) => Path.Combine(Root, name);

    public void AppendConfig(string text) => File.AppendAllText(ConfigFile, text);

    /// <summary>Runs `rolecall ARGS` in-process with the sandbox's environment; returns exit code, stdout, stderr.</summary>
    public Task<(int Code, string Out, string Err)> RunAsync(IReadOnlyList<string> args, CancellationToken cancellation) =>
        RunWithAsync(args, Environment, cancellation);

    /// <summary>Runs a command as the walk-through shows it: the command line first, then an sts answer's JSON.</summary>
    public async Task<(int Code, string Out, string Err)> RunShownAsync(QuickstartNarrator say, IReadOnlyList<string> args, CancellationToken cancellation)
    {
        say.Command(args);
        var result = await RunAsync(args, cancellation);
        if (args[0] == "sts" && result.Code == 0)
        {
            say.Detail(result.Out);
        }

        return result;
    }

    /// <summary>The "Arn" of a get-caller-identity answer, or empty when it is not one.</summary>
    public static string ArnOf(string json)
    {
        try
        {
            return System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("Arn").GetString() ?? string.Empty;
        }
        catch (System.Text.Json.JsonException)
        {
            return string.Empty;
        }
    }

    /// <summary>As <see cref="RunAsync(IReadOnlyList{string}, CancellationToken)"/> with variables exported on top (a shell after `export AWS_...`).</summary>
    public Task<(int Code, string Out, string Err)> RunAsync(IReadOnlyList<string> args, IReadOnlyDictionary<string, string> exported, CancellationToken cancellation)
    {
        var environment = new Dictionary<string, string>(Environment, StringComparer.Ordinal);
        foreach (var (name, value) in exported)
        {
            environment[name] = value;
        }

        return RunWithAsync(args, environment, cancellation);
    }

    /// <summary>Starts `rolecall ARGS` in-process and returns at once; the console shows what it printed so far (a login waiting for its browser).</summary>
    public (BufferConsole Console, Task<int> Exit) Start(IReadOnlyList<string> args, CancellationToken cancellation)
    {
        var console = new BufferConsole();
        return (console, new CliApplication(CommandCatalog.Default, console, Environment, _time).RunAsync(args, cancellation));
    }

    private async Task<(int Code, string Out, string Err)> RunWithAsync(IReadOnlyList<string> args, Dictionary<string, string> environment, CancellationToken cancellation)
    {
        using var console = new BufferConsole();
        var code = await new CliApplication(CommandCatalog.Default, console, environment, _time).RunAsync(args, cancellation);
        return (code, console.StandardOutput, console.StandardError);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
