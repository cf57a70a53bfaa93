namespace RoleCall.Credentials.Export;

/// <summary>The format names each command accepts, mapped to their formatter.</summary>
public static class CredentialFormats
{
    /// <summary>`rolecall env --format`.</summary>
    public static IReadOnlyDictionary<string, ICredentialFormatter> Env { get; } = new Dictionary<string, ICredentialFormatter>(StringComparer.Ordinal)
    {
        ["bash"] = PosixShellFormatter.Instance,
        ["zsh"] = PosixShellFormatter.Instance,
        ["fish"] = FishFormatter.Instance,
        ["powershell"] = PowerShellFormatter.Instance,
        ["cmd"] = CmdFormatter.Instance,
        ["dotenv"] = DotenvFormatter.Instance,
        ["json"] = JsonVariablesFormatter.Instance,
    };

    /// <summary>`rolecall configure export-credentials --format`, the AWS CLI v2's names and output.</summary>
    public static IReadOnlyDictionary<string, ICredentialFormatter> AwsCliExport { get; } = new Dictionary<string, ICredentialFormatter>(StringComparer.Ordinal)
    {
        ["process"] = ProcessJsonFormatter.AwsCli,
        ["env"] = AwsCliLineFormatter.Env,
        ["env-no-export"] = AwsCliLineFormatter.EnvNoExport,
        ["powershell"] = AwsCliLineFormatter.PowerShell,
        ["windows-cmd"] = AwsCliLineFormatter.WindowsCmd,
        ["fish"] = AwsCliLineFormatter.Fish,
    };
}
