using RoleCall.Iam.Handlers;
using RoleCall.Iam.Policies;
using RoleCall.Iam.Validation;

namespace RoleCall.Iam.Actions.Policies;

/// <summary>Reading an identity policy document parameter: length, grammar, and the managed-policy size quota.</summary>
internal static class PolicyDocuments
{
    public static string ReadManaged(ActionContext context)
    {
        var document = ReadIdentity(context, kind: PolicyDocumentKind.Managed);
        if (PolicySize.Of(document) > IamLimits.ManagedPolicySize)
        {
            throw IamErrors.Quota("PolicySize", IamLimits.ManagedPolicySize);
        }

        return document;
    }

    public static string ReadIdentity(ActionContext context, string parameter = "PolicyDocument", PolicyDocumentKind kind = PolicyDocumentKind.Identity)
    {
        var document = context.Parameters.Required(parameter);
        IamValidation.Length(document, ParameterReader.FieldName(parameter), 1, IamLimits.PolicyDocumentLength);
        context.Runtime.PolicyChecker.Check(document, kind);
        return document;
    }

    public static string ReadVersionId(ActionContext context)
    {
        var versionId = context.Parameters.Required("VersionId");
        if (!versionId.StartsWith('v') || !int.TryParse(versionId.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            throw IamErrors.Constraint(versionId, "versionId", @"Member must satisfy regular expression pattern: v[1-9][0-9]*(\.[A-Za-z0-9-]*)?");
        }

        return versionId;
    }

    public static int VersionNumber(string versionId) =>
        int.Parse(versionId.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
}
