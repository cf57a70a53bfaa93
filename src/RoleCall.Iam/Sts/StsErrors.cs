using RoleCall.Core.Errors;

namespace RoleCall.Iam.Sts;

/// <summary>
/// STS's error messages, worded as AWS words them (see shared/reference/iam-sts-behaviour.md, "STS").
/// Handlers throw these; the server turns them into the error XML.
/// </summary>
internal static class StsErrors
{
    /// <summary>The one answer for an untrusted caller AND a missing role, so role names cannot be probed.</summary>
    public static AwsServiceException NotAuthorizedToAssume(string callerArn, string roleArn) =>
        AwsServiceException.AccessDenied($"User: {callerArn} is not authorized to perform: sts:AssumeRole on resource: {roleArn}");

    public static AwsServiceException RootMayNotAssumeRoles() =>
        AwsServiceException.AccessDenied("Roles may not be assumed by root accounts.");

    public static AwsServiceException ChainingDurationTooLong() =>
        AwsServiceException.Validation("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.");

    public static AwsServiceException DurationAboveMaxSessionDuration() =>
        AwsServiceException.Validation("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");

    public static AwsServiceException InvalidMfaCode() =>
        AwsServiceException.AccessDenied("MultiFactorAuthentication failed with invalid MFA one time pass code.");

    public static AwsServiceException UnknownMfaSerial() =>
        AwsServiceException.AccessDenied(
            "MultiFactorAuthentication failed, unable to validate MFA code. Please verify your MFA serial number is valid and associated with this user.");

    public static AwsServiceException SessionCredentialsNotAllowed(string action) =>
        AwsServiceException.AccessDenied($"Cannot call {action} with session credentials");

    /// <summary>Packed session policies and tags over their budget; the percentage is what AWS reports. (unverified wording)</summary>
    public static AwsServiceException PackedPolicyTooLarge(int percent) =>
        new("PackedPolicyTooLarge", $"Packed policy consumes {percent}% of allotted space, please use smaller policy.", 400);

    public static AwsServiceException InvalidRoleArn(string roleArn) =>
        AwsServiceException.Validation($"{roleArn} is invalid");

    public static AwsServiceException InvalidPolicyArn(string policyArn) =>
        AwsServiceException.InvalidInput($"ARN {policyArn} is not valid.");

    /// <summary>A PolicyArns entry naming no managed policy. (unverified wording)</summary>
    public static AwsServiceException PolicyNotAttachable(string policyArn) =>
        AwsServiceException.NoSuchEntity($"Policy {policyArn} does not exist or is not attachable.");

    public static AwsServiceException DuplicateTagKeys() =>
        new("InvalidParameterValue", "Duplicate tag keys found. Please note that Tag keys are case insensitive.", 400);

    public static AwsServiceException TransitiveKeyNotInTags(string key) =>
        new("InvalidParameterValue", $"The specified transitive tag key {key} must be included in the requested tags.", 400);

    /// <summary>A transitive tag from the calling session cannot be overridden by a tag of the new request.</summary>
    public static AwsServiceException TransitiveTagOverride(string key) =>
        new("InvalidParameterValue", $"Transitive tag key {key} cannot be overridden by the session tags.", 400);

    /// <summary>A key ID that does not have AWS's 20-character shape, so no account can be read from it. (unverified wording)</summary>
    public static AwsServiceException InvalidAccessKeyId(string keyId) =>
        new("InvalidParameterValue", $"The access key ID {keyId} is not valid.", 400);

    public static AwsServiceException InvalidAuthorizationMessage() =>
        new("InvalidAuthorizationMessageException", "The authorization message could not be decoded.", 400);

    public static AwsServiceException SourceIdentityCannotChange() =>
        AwsServiceException.AccessDenied("The source identity of a role session cannot be changed once it is set.");
}
