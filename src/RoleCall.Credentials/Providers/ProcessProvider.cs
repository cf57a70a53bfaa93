using System.Diagnostics;
using RoleCall.Core.Identity;

namespace RoleCall.Credentials.Providers;

/// <summary>
/// credential_process: runs the command through the shell (sh -c; cmd /c on Windows, as the Go and Rust SDKs
/// do — botocore splits words itself, which differs only for shell syntax like pipes), with stdin inherited
/// so the command may prompt on the terminal, and reads Version 1 JSON from its stdout. The child gets
/// <paramref name="environment"/> (the caller's, when given; else this process's) plus the
/// <see cref="ProcessChain"/> variable naming <paramref name="resolving"/>, the profiles being resolved.
/// </summary>
public sealed class ProcessProvider(
    string profile,
    string command,
    string? profileAccountId,
    IReadOnlyList<string>? resolving = null,
    IReadOnlyDictionary<string, string>? environment = null) : ICredentialProvider
{
    public string Profile { get; } = profile;

    public string Command { get; } = command;

    public string Method => "custom-process";

    /// <summary>The profile path that led here, outermost first (the selected profile, then its sources).</summary>
    public IReadOnlyList<string> Resolving { get; } = resolving ?? [profile];

    public async ValueTask<AwsCredentials> ResolveAsync(CancellationToken cancellation)
    {
        var start = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe") { ArgumentList = { "/d", "/c", Command } }
            : new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", Command } };
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        if (environment is not null)
        {
            start.Environment.Clear();
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }
        }

        var inherited = start.Environment.TryGetValue(ProcessChain.VariableName, out var chain) ? chain : null;
        start.Environment[ProcessChain.VariableName] = ProcessChain.Extend(inherited, Resolving);

        using var process = Process.Start(start) ?? throw CredentialErrors.ProcessFailed(Profile, -1, "could not start");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellation);
        var stderr = process.StandardError.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        if (process.ExitCode != 0)
        {
            throw CredentialErrors.ProcessFailed(Profile, process.ExitCode, await stderr);
        }

        return ProcessOutputParser.Parse(Profile, await stdout, profileAccountId);
    }
}
