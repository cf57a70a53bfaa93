namespace RoleCall.Vault.Agent;

/// <summary>
/// Where the agent listens: ROLECALL_VAULT_SOCKET, else $XDG_RUNTIME_DIR/rolecall/agent.sock, else
/// /tmp/rolecall-UID/agent.sock; the directory is 0700 and the socket 0600.
/// </summary>
public static class AgentPaths
{
    public const string SocketVariable = "ROLECALL_VAULT_SOCKET";

    public static string Socket(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.GetValueOrDefault(SocketVariable) is { Length: > 0 } socket)
        {
            return socket;
        }

        var runtime = environment.GetValueOrDefault("XDG_RUNTIME_DIR") is { Length: > 0 } xdg
            ? Path.Combine(xdg, "rolecall")
            : Path.Combine(Path.GetTempPath(), "rolecall-" + UnixIdentity.CurrentUid());
        return Path.Combine(runtime, "agent.sock");
    }
}
