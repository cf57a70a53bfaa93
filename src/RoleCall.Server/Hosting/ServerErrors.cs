using RoleCall.Core.Errors;

namespace RoleCall.Server.Hosting;

/// <summary>Messages for the ways starting a local server can fail, each with what to do about it.</summary>
internal static class ServerErrors
{
    public static ConfigurationException InvalidHost(string host) =>
        new($"serve: --host '{host}' is not an IP address", "use an address such as 127.0.0.1, 0.0.0.0 or ::1, or localhost");

    public static ConfigurationException CannotListen(string host, int port, Exception inner) =>
        new($"serve: cannot listen on {host}:{port}: {inner.Message}", "another process may hold the port; choose another with --port, or --port 0 for a free one", inner);

    public static ConfigurationException HalfRootKey() =>
        new("serve: --root-access-key-id and --root-secret-access-key go together",
            "give both (or ROLECALL_ROOT_ACCESS_KEY_ID and ROLECALL_ROOT_SECRET_ACCESS_KEY), or neither to generate them");

    public static ConfigurationException InvalidAccountId(string accountId) =>
        new($"serve: account ID '{accountId}' is not 12 digits", "AWS account IDs are exactly 12 decimal digits, e.g. 123456789012");
}
