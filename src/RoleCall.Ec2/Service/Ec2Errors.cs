using RoleCall.Core.Errors;
using RoleCall.Protocol.Operations;

namespace RoleCall.Ec2.Service;

/// <summary>
/// EC2's error codes and messages, worded as EC2 words them. All are client errors (HTTP 400) except the
/// authorization ones. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html
/// </summary>
public static class Ec2Errors
{
    public static AwsServiceException InstanceNotFound(IReadOnlyList<string> ids) => ids.Count == 1
        ? new("InvalidInstanceID.NotFound", $"The instance ID '{ids[0]}' does not exist", 400)
        : new("InvalidInstanceID.NotFound", $"The instance IDs '{string.Join(", ", ids)}' do not exist", 400);

    public static AwsServiceException MalformedInstanceId(string id) => new("InvalidInstanceID.Malformed", $"Invalid id: \"{id}\"", 400);

    public static AwsServiceException ImageNotFound(string id) => new("InvalidAMIID.NotFound", $"The image id '[{id}]' does not exist", 400);

    public static AwsServiceException MalformedImageId(string id) => new("InvalidAMIID.Malformed", $"Invalid id: \"{id}\" (expecting \"ami-...\")", 400);

    public static AwsServiceException ImagesNotFound(IReadOnlyList<string> ids) =>
        new("InvalidAMIID.NotFound", $"The image ids '[{string.Join(", ", ids)}]' do not exist", 400);

    public static AwsServiceException VpcNotFound(string id) => new("InvalidVpcID.NotFound", $"The vpc ID '{id}' does not exist", 400);

    public static AwsServiceException SubnetNotFound(string id) => new("InvalidSubnetID.NotFound", $"The subnet ID '{id}' does not exist", 400);

    public static AwsServiceException InvalidId(string id) => new("InvalidID", $"The ID '{id}' is not valid", 400);

    public static AwsServiceException InvalidFilter(string name) => new("InvalidParameterValue", $"The filter '{name}' is invalid", 400);

    public static AwsServiceException InvalidInstanceType(string type) => new("InvalidParameterValue", $"Invalid value '{type}' for InstanceType.", 400);

    public static AwsServiceException ArchitectureMismatch(string typeArchitecture, string imageArchitecture) => new("InvalidParameterValue",
        $"The architecture '{typeArchitecture}' of the specified instance type does not match the architecture '{imageArchitecture}' of the specified AMI. Specify an instance type and an AMI that have matching architectures, and try again. You can use 'describe-instance-types' or 'describe-images' to discover the architecture of the instance type or AMI.", 400);

    public static AwsServiceException InvalidValue(string parameter, string value, string expectation) =>
        new("InvalidParameterValue", $"Value ({value}) for parameter {parameter} is invalid. {expectation}", 400);

    public static AwsServiceException Missing(string parameter) => new("MissingParameter", $"The request must contain the parameter {parameter}", 400);

    public static AwsServiceException Combination(string first, string second) =>
        new("InvalidParameterCombination", $"The parameter {first} cannot be used with the parameter {second}", 400);

    public static AwsServiceException InvalidNextToken(string token) => new("InvalidParameterValue", $"Invalid value '{token}' for nextToken", 400);

    public static AwsServiceException InvalidTagResourceType(string type) =>
        new("InvalidParameterValue", $"'{type}' is not a valid taggable resource type for this operation.", 400);

    public static AwsServiceException ReservedTagKey() =>
        new("InvalidParameterValue", "Tag keys starting with 'aws:' are reserved for internal use", 400);

    public static AwsServiceException TagKeyLength(string key) =>
        new("InvalidParameterValue", $"Tag key exceeds the maximum length of 128 characters: {key}", 400);

    public static AwsServiceException TagValueLength(string value) =>
        new("InvalidParameterValue", $"Tag value exceeds the maximum length of 256 characters: {value}", 400);

    public static AwsServiceException TagLimit() => new("TagLimitExceeded", "The maximum number of Tags for a resource has been reached.", 400);

    public static AwsServiceException IncorrectState(string id, string verb) =>
        new("IncorrectInstanceState", $"The instance '{id}' is not in a state from which it can be {verb}.", 400);

    /// <summary>AWS's words for a name EC2 does not have; a sentence naming serve for an EC2 operation serve does not implement.</summary>
    public static AwsServiceException InvalidAction(string action) => AwsOperationNames.Exists("ec2", action)
        ? new("InvalidAction", $"rolecall serve does not implement the EC2 action {action}; docs/readme/ec2.md lists the actions it answers.", 400)
        : new("InvalidAction", $"The action {action} is not valid for this web service.", 400);

    /// <summary>The DryRun answer for a call that would have been allowed (HTTP 412).</summary>
    public static AwsServiceException DryRun() => new("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", 412);

    /// <summary>
    /// The denial: EC2 adds the decision's sentence (`User: ... is not authorized to perform: ...`) and, for
    /// actions that act on resources, an encoded message `sts decode-authorization-message` reads back.
    /// </summary>
    public static AwsServiceException Unauthorized(string? reason, string? encodedMessage)
    {
        var message = "You are not authorized to perform this operation.";
        if (reason is not null)
        {
            message += " " + reason;
        }

        if (encodedMessage is not null)
        {
            message += (message.EndsWith('.') ? " " : ". ") + "Encoded authorization failure message: " + encodedMessage;
        }

        return new AwsServiceException("UnauthorizedOperation", message, 403);
    }
}
