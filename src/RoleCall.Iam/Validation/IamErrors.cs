using RoleCall.Core.Errors;
using RoleCall.Iam.Model;

namespace RoleCall.Iam.Validation;

/// <summary>
/// IAM's error codes and messages, worded as AWS words them (see the IAM API reference).
/// Handlers throw these; the server renders code, message and status.
/// </summary>
public static class IamErrors
{
    public static AwsServiceException Constraint(string? value, string field, string constraint) =>
        AwsServiceException.Validation($"1 validation error detected: Value {Quote(value)} at '{field}' failed to satisfy constraint: {constraint}");

    public static AwsServiceException Missing(string field) => Constraint(null, field, "Member must not be null");

    public static AwsServiceException NoSuchEntity(EntityKind kind, string name) =>
        AwsServiceException.NoSuchEntity($"The {Noun(kind).ToLowerInvariant()} with name {name} cannot be found.");

    public static AwsServiceException EntityExists(EntityKind kind, string name) =>
        AwsServiceException.AlreadyExists($"{Noun(kind)} with name {name} already exists.");

    public static AwsServiceException PolicyExists(string name) =>
        AwsServiceException.AlreadyExists($"A policy called {name} already exists. Duplicate names are not allowed.");

    public static AwsServiceException PolicyNotAttachable(string arn) =>
        AwsServiceException.NoSuchEntity($"Policy {arn} does not exist or is not attachable.");

    public static AwsServiceException PolicyNotFound(string arn) => AwsServiceException.NoSuchEntity($"Policy {arn} was not found.");

    public static AwsServiceException PolicyNotAttached(string arn) => AwsServiceException.NoSuchEntity($"Policy {arn} was not found.");

    public static AwsServiceException NoSuchPolicyVersion(string arn, string versionId) =>
        AwsServiceException.NoSuchEntity($"Policy {arn} version {versionId} does not exist or is not attachable.");

    public static AwsServiceException NoSuchInlinePolicy(EntityKind kind, string policyName) =>
        AwsServiceException.NoSuchEntity($"The {Noun(kind).ToLowerInvariant()} policy with name {policyName} cannot be found.");

    public static AwsServiceException InvalidArn(string arn) => AwsServiceException.InvalidInput($"ARN {arn} is not valid.");

    public static AwsServiceException NoSuchAccessKey(string id) =>
        AwsServiceException.NoSuchEntity($"The Access Key with id {id} cannot be found.");

    public static AwsServiceException Quota(string quota, int limit) =>
        AwsServiceException.LimitExceeded($"Cannot exceed quota for {quota}: {limit}");

    public static AwsServiceException VersionsQuota() => AwsServiceException.LimitExceeded(
        "A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.");

    public static AwsServiceException InlinePolicySize(EntityKind kind, string name, int limit) =>
        AwsServiceException.LimitExceeded($"Maximum policy size of {limit} bytes exceeded for {Noun(kind).ToLowerInvariant()} {name}");

    public static AwsServiceException DeleteConflict(string what) => AwsServiceException.DeleteConflict($"Cannot delete entity, must {what} first.");

    public static AwsServiceException PolicyInUse() => AwsServiceException.DeleteConflict("Cannot delete a policy attached to entities.");

    public static AwsServiceException PolicyHasVersions() => AwsServiceException.DeleteConflict(
        "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.");

    public static AwsServiceException DefaultVersionDelete() => AwsServiceException.DeleteConflict("Cannot delete the default version of a policy.");

    public static AwsServiceException AwsManagedUnmodifiable(string arn) =>
        new("UnmodifiableEntity", $"Cannot modify the AWS managed policy {arn}.", 400);

    public static AwsServiceException MfaExists() =>
        AwsServiceException.AlreadyExists("MFADevice entity at the same path and name already exists.");

    public static AwsServiceException NoSuchMfaDevice(string serial) =>
        AwsServiceException.NoSuchEntity($"VirtualMFADevice with serial number {serial} doesn't exist.");

    public static AwsServiceException MfaInUse() => AwsServiceException.AlreadyExists("MFA Device is already in use.");

    public static AwsServiceException MfaNotAssigned(string serial, string userName) =>
        AwsServiceException.NoSuchEntity($"MFA Device with serial number {serial} is not assigned to user {userName}.");

    public static AwsServiceException MfaStillInUse() => AwsServiceException.DeleteConflict("MFA Device is still in use");

    public static AwsServiceException InvalidAuthenticationCode() =>
        new("InvalidAuthenticationCode", "Authentication code for device is not valid.", 403);

    public static AwsServiceException InvalidMarker() => AwsServiceException.Validation("Invalid Marker.");

    public static AwsServiceException NonUserCaller() =>
        AwsServiceException.Validation("Must specify userName when calling with non-User credentials");

    public static string Noun(EntityKind kind) => kind switch
    {
        EntityKind.User => "User",
        EntityKind.Group => "Group",
        _ => "Role",
    };

    private static string Quote(string? value) => value is null ? "null" : $"'{value}'";
}
