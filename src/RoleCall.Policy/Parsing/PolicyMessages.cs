namespace RoleCall.Policy.Parsing;

/// <summary>
/// IAM's MalformedPolicyDocument messages, in one place so they are easy to correct against AWS. Those not
/// seen verbatim in a real AWS response are marked (unverified).
/// </summary>
internal static class PolicyMessages
{
    public const string MalformedCode = "MalformedPolicyDocument";
    public const string LimitExceededCode = "LimitExceeded";

    public const string SyntaxErrors = "Syntax errors in policy.";
    public const string LegacyParsing = "The policy failed legacy parsing";

    /// <summary>CreatePolicy / CreatePolicyVersion with no Version or 2008-10-17 (quoted in public reports of the AWS CLI and console).</summary>
    public const string ManagedVersion = "Policy document must be version 2012-10-17 or greater.";
    public const string ShouldNotSpecifyPrincipal = "Policy document should not specify a principal.";
    public const string MustContainActions = "Policy statement must contain actions.";
    public const string MustContainResources = "Policy statement must contain resources.";
    public const string MissingPrincipal = "Missing required field Principal";
    public const string MissingEffect = "Missing required field Effect"; // (unverified)
    public const string MissingStatement = "Missing required field Statement"; // (unverified)
    public const string SidNotUnique = "Statement IDs (SID) in a single policy must be unique.";
    public const string SidNotAlphanumeric = "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*";
    public const string ActionVendor = "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";
    public const string ActionOneColon = "Actions/Condition can contain only one colon.";
    public const string ConditionVendor = "Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."; // (unverified)
    public const string InvalidCharacters = "Policy document contains invalid characters."; // (unverified)

    public static string ProhibitedField(string field) => $"Has prohibited field {field}";

    public static string InvalidEffect(string effect) => $"Invalid effect: {effect}";

    public static string InvalidResource(string resource) => $"Resource {resource} must be in ARN format or \"*\".";

    public static string InvalidPrincipal(string type, string value) => $"Invalid principal in policy: \"{type}\":\"{value}\"";

    public static string InvalidConditionType(string op) => $"Invalid Condition type : {op}"; // (unverified spacing)

    public static string SizeQuota(string quota, int limit) => $"Cannot exceed quota for {quota}: {limit}";
}
