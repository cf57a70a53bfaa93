using RoleCall.Core.Errors;

namespace RoleCall.Vault;

/// <summary>The vault could not do what was asked: wrong passphrase, a damaged item, a backend failure (exit 253 or 255).</summary>
public sealed class VaultException : RoleCallException
{
    internal VaultException(string message, string? hint, int exitCode, Exception? inner = null)
        : base(message, hint, inner)
    {
        ExitCode = exitCode;
    }

    public override int ExitCode { get; }

    /// <summary>The item this error is about, when it is about one (a tampered item is reported by name).</summary>
    public string? Item { get; init; }
}
