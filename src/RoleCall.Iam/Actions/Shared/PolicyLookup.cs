using RoleCall.Core.Identity;
using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;

namespace RoleCall.Iam.Actions.Shared;

/// <summary>Finding a managed policy by ARN: AWS managed ones from the catalog, customer ones in the caller's account.</summary>
internal static class PolicyLookup
{
    /// <summary>The validated ARN parameter (20-2048 characters, an ARN).</summary>
    public static string ReadArn(ActionContext context, string parameter)
    {
        var arn = context.Parameters.Required(parameter);
        IamValidation.Length(arn, ParameterReader.FieldName(parameter), 20, 2048);
        if (!Arn.TryParse(arn, out var parsed) || parsed.Value.Service != "iam" || parsed.Value.ResourceType != "policy")
        {
            throw IamErrors.InvalidArn(arn);
        }

        return arn;
    }

    public static ManagedPolicy? Find(ActionContext context, string arn)
    {
        if (AwsManagedPolicyArn(arn))
        {
            return context.Runtime.ManagedCatalog.Find(arn);
        }

        var policy = context.Store.FindPolicy(arn);
        return policy is not null && policy.AccountId == context.AccountId ? policy : null;
    }

    /// <summary>For Attach*/PermissionsBoundary: "Policy ARN does not exist or is not attachable."</summary>
    public static ManagedPolicy RequireAttachable(ActionContext context, string arn) =>
        Find(context, arn) ?? throw IamErrors.PolicyNotAttachable(arn);

    /// <summary>For Get/Delete/version actions: "Policy ARN was not found."</summary>
    public static ManagedPolicy Require(ActionContext context, string arn) => Find(context, arn) ?? throw IamErrors.PolicyNotFound(arn);

    /// <summary>A customer managed policy the caller may change; AWS managed ones are UnmodifiableEntity.</summary>
    public static ManagedPolicy RequireCustomer(ActionContext context, string arn)
    {
        var policy = Require(context, arn);
        return policy.IsAwsManaged ? throw IamErrors.AwsManagedUnmodifiable(arn) : policy;
    }

    /// <summary>An optional `PermissionsBoundary` parameter, resolved to an existing policy's ARN.</summary>
    public static string? ReadBoundary(ActionContext context, string parameter = "PermissionsBoundary")
    {
        if (context.Parameters.Optional(parameter) is null)
        {
            return null;
        }

        var arn = ReadArn(context, parameter);
        RequireAttachable(context, arn);
        return arn;
    }

    public static bool AwsManagedPolicyArn(string arn) => arn.StartsWith("arn:aws:iam::aws:policy/", StringComparison.Ordinal);
}
