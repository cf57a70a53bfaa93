namespace RoleCall.Core.Errors;

/// <summary>
/// Invalid configuration or environment: a malformed or unreadable config file, a missing or cyclic
/// profile, no credentials (exit 253). Subject areas add their own static factories in partial files.
/// </summary>
public sealed partial class ConfigurationException : RoleCallException
{
    public ConfigurationException(string message, string? hint = null, Exception? inner = null)
        : base(message, hint, inner)
    {
    }

    public override int ExitCode => ExitCodes.InvalidConfiguration;
}
