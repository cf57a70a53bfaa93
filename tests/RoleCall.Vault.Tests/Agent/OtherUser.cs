using RoleCall.Testing;

namespace RoleCall.Vault.Tests.Agent;

/// <summary>
/// A client of another uid: Debian's /usr/bin/python3 (root's pyenv is closed to other users) run through setpriv as nobody (uid 65534) connects to a Unix socket,
/// sends one line and prints the reply. The tests run as root, which setpriv needs to change uid.
/// </summary>
internal static class OtherUser
{
    public const int Nobody = 65534;

    private const string Client = """
        import socket, sys
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.connect(sys.argv[1])
        try:
            s.sendall(sys.argv[2].encode() + b"\n")
        except OSError:
            pass  # the agent may refuse and hang up before reading the request
        print(s.makefile().readline().strip())
        """;

    public static PeerResult Run(string socketPath, string request)
    {
        Assert.True(UnixIdentity(), "this test changes uid with setpriv and must run as root (CI does)");
        Assert.True(System.IO.File.Exists("/usr/bin/python3"), "apt-get install -y python3 util-linux");
        return Peers.Execute("setpriv", [$"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "/usr/bin/python3", "-c", Client, socketPath, request]);
    }

    private static bool UnixIdentity() => RoleCall.Vault.Agent.UnixIdentity.CurrentUid() == 0;
}
