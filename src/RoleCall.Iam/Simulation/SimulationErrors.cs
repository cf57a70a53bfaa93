using RoleCall.Core.Errors;
using RoleCall.Policy.Parsing;

namespace RoleCall.Iam.Simulation;

/// <summary>The simulation APIs' errors, worded like IAM's InvalidInput responses (unverified where noted).</summary>
internal static class SimulationErrors
{
    /// <summary>A policy input that does not parse; IAM answers MalformedPolicyDocument with the parser's message.</summary>
    public static AwsServiceException Malformed(string parameter, PolicyProblem problem) =>
        AwsServiceException.MalformedPolicy($"{problem.Message} ({parameter}, line {problem.Line}, column {problem.Column})");

    public static AwsServiceException BadContextType(string name, string type) =>
        AwsServiceException.InvalidInput($"Invalid ContextKeyType {type} for context key {name}."); // (unverified)

    public static AwsServiceException BadContextValue(string name, string value, string type) =>
        AwsServiceException.InvalidInput($"Context key {name} has a value {value} that is not a valid {type}."); // (unverified)

    public static AwsServiceException TooManyValues(string name, string type) =>
        AwsServiceException.InvalidInput($"Context key {name} of type {type} takes one value; use {type}List for several."); // (unverified)

    public static AwsServiceException UnsupportedSource(string arn) =>
        AwsServiceException.InvalidInput($"Invalid ARN {arn}: PolicySourceArn must be a user, group or role."); // (unverified)
}
