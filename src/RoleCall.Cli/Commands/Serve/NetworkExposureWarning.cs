using System.Net;

namespace RoleCall.Cli.Commands.Serve;

/// <summary>
/// `serve --host` with an address other than loopback puts IAM and STS on the network: anyone who can reach
/// the port and holds (or guesses) a key can call them, over plain HTTP. Say so on stderr at start (issue 17,
/// item 10); stdout keeps only the banner scripts read.
/// </summary>
internal static class NetworkExposureWarning
{
    public static void WriteIfExposed(TextWriter error, string host)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (IsLoopback(host))
        {
            return;
        }

        error.WriteLine($"rolecall serve: warning: --host {host} makes IAM and STS reachable from the network, over plain HTTP; anyone who can reach this port can try its keys");
        error.WriteLine("hint: use --host 127.0.0.1 (the default) unless other machines must call this server");
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
