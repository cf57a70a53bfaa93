using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Chain;

/// <summary>Configuration that cannot yield credentials: one line naming the profile (or chain) and a hint.</summary>
public static class ChainErrors
{
    public static AwsCliMessageException ProfileNotFound(string profile) =>
        AwsCliMessageException.ProfileNotFound(profile,
            "`rolecall configure list-profiles` lists the profiles; check --profile and AWS_PROFILE");

    public static ConfigurationException SourceProfileNotFound(string source, string referencedFrom) =>
        new($"could not find source profile {source} referenced from {referencedFrom}: the source_profile \"{source}\" does not exist",
            $"add a [profile {source}] section or fix source_profile in profile {referencedFrom}");

    public static ConfigurationException Cycle(IEnumerable<string> chain) =>
        new($"source_profile formed an infinite loop: {string.Join(" -> ", chain)}",
            "end the chain at a profile with static keys, credential_process or credential_source");

    public static ConfigurationException BothSources(string profile) =>
        new($"profile {profile} contained both source_profile and credential_source",
            "keep only one of them");

    public static ConfigurationException NoSource(string profile) =>
        new($"profile {profile} has role_arn, so the profile must contain `source_profile` or `credential_source`",
            "add source_profile = <profile with keys>, or credential_source = Environment | Ec2InstanceMetadata | EcsContainer");

    public static ConfigurationException InvalidCredentialSource(string profile, string value) =>
        new($"credential_source \"{value}\" in profile {profile} is not valid",
            "valid values are: Environment, Ec2InstanceMetadata, EcsContainer");

    /// <summary>botocore's words (issue 16, item 5); <paramref name="method"/> is shared-credentials-file or config-file.</summary>
    public static AwsCliMessageException PartialKeys(string profile, string method, string missing) =>
        AwsCliMessageException.PartialCredentials(method, missing,
            $"profile {profile} sets only one of aws_access_key_id and aws_secret_access_key; set both");

    public static AwsCliMessageException PartialEnvironment(string missing) =>
        AwsCliMessageException.PartialCredentials("env", missing,
            "set both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or unset both");

    public static ConfigurationException SourceWithoutCredentials(string profile) =>
        new($"profile `{profile}` did not contain credential information (used as a source profile)",
            "give it aws_access_key_id/aws_secret_access_key, role_arn + source_profile, credential_process or web_identity_token_file");

    /// <summary>botocore's words first, as the AWS CLI prints them; which profile and sources were tried in the hint.</summary>
    public static NoCredentialsException NoCredentials(string profile, string? reason = null, Exception? inner = null) =>
        new(
            $"profile `{profile}` did not contain credential information and no other source (environment, container, instance metadata) provided any{(reason is null ? string.Empty : " (" + reason + ")")}; "
            + "run `rolecall configure` to store keys, or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY", inner);

    public static ConfigurationException WebIdentityWithoutRole(string profile) =>
        new($"profile {profile}: `web_identity_token_file` was specified but `role_arn` was missing",
            "add role_arn = arn:aws:iam::ACCOUNT:role/NAME to the profile");

    public static ConfigurationException SsoNotSupported(string profile) =>
        new($"profile {profile} uses IAM Identity Center (sso_*), which rolecall does not resolve",
            "use `aws sso login` and `credential_process = aws configure export-credentials --profile " + profile + "`");

    public static ConfigurationException InvalidSso(string profile, string problem) =>
        new($"profile {profile}: {problem}", "see the [sso-session] section and the profile's sso_* keys");

    public static ConfigurationException InvalidContainerUri(string uri) =>
        new($"AWS_CONTAINER_CREDENTIALS_FULL_URI {uri} is not allowed",
            "it must be https, or http on a loopback address, 169.254.170.2 or 169.254.170.23");
}
