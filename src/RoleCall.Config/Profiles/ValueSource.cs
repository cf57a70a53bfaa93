namespace RoleCall.Config.Profiles;

/// <summary>Where a setting came from, for precedence reports and <c>configure list</c>'s TYPE column.</summary>
public enum ValueSource
{
    /// <summary>Nothing set it; a built-in default (profile name "default").</summary>
    Default,

    /// <summary>A command-line option (<c>--profile</c>, <c>--region</c>).</summary>
    CommandLine,

    /// <summary>An environment variable.</summary>
    Environment,

    /// <summary>The shared config file (<c>~/.aws/config</c>).</summary>
    ConfigFile,

    /// <summary>The shared credentials file (<c>~/.aws/credentials</c>).</summary>
    CredentialsFile,
}
