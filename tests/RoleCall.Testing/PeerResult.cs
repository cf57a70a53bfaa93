namespace RoleCall.Testing;

/// <summary>What a peer process printed and returned.</summary>
public sealed record PeerResult(int ExitCode, string StandardOutput, string StandardError);
