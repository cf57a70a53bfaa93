using RoleCall.Iam.Handlers;
using RoleCall.Iam.Policies;
using RoleCall.Iam.Validation;

namespace RoleCall.Iam.Actions.Roles;

/// <summary>Reading a role trust policy parameter: length, grammar (trust kind: Principal required, no Resource), 2048-character quota.</summary>
internal static class TrustPolicy
{
    public static string Read(ActionContext context, string parameter)
    {
        var document = context.Parameters.Required(parameter);
        IamValidation.Length(document, ParameterReader.FieldName(parameter), 1, IamLimits.PolicyDocumentLength);
        context.Runtime.PolicyChecker.Check(document, PolicyDocumentKind.Trust);
        TrustPrincipals.RequireExisting(context.Store, document);
        if (PolicySize.Of(document) > IamLimits.TrustPolicySize)
        {
            throw IamErrors.Quota("ACLSizePerRole", IamLimits.TrustPolicySize);
        }

        return document;
    }

    public static int? ReadMaxSessionDuration(ActionContext context)
    {
        var seconds = context.Parameters.OptionalInt("MaxSessionDuration");
        if (seconds is { } value)
        {
            IamValidation.Range(value, "maxSessionDuration", IamLimits.MinSessionDuration, IamLimits.MaxSessionDuration);
        }

        return seconds;
    }

    public static string? ReadDescription(ActionContext context)
    {
        var description = context.Parameters.Optional("Description");
        if (description is not null)
        {
            IamValidation.Description(description, "description", IamLimits.RoleDescriptionLength);
        }

        return description;
    }
}
