using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Policy;

/// <summary>The user-facing errors of `rolecall policy check`.</summary>
internal static class PolicyCheckErrors
{
    public static UsageException MissingFile() =>
        UsageException.Custom("policy check: the following arguments are required: FILE", "pass a policy file, file://PATH, or - for standard input");

    public static UsageException Unreadable(string file, string reason) =>
        UsageException.Custom($"policy check: cannot read {file}: {reason}", "check the path and its permissions");
}
