using RoleCall.Iam.Handlers;
using RoleCall.Iam.Model;
using RoleCall.Iam.Validation;

namespace RoleCall.Iam.Actions.Shared;

/// <summary>Reading a user/group/role named by a parameter: validate the name, find it, or NoSuchEntity.</summary>
internal static class Entities
{
    public static string NameParameter(EntityKind kind) => $"{IamErrors.Noun(kind)}Name";

    /// <summary>The validated name from `UserName`/`GroupName`/`RoleName`.</summary>
    public static string ReadName(ActionContext context, EntityKind kind, string? parameter = null)
    {
        parameter ??= NameParameter(kind);
        var name = context.Parameters.Required(parameter);
        IamValidation.Name(name, ParameterReader.FieldName(parameter), IamValidation.NameLength(kind));
        return name;
    }

    public static IamEntity Require(ActionContext context, EntityKind kind, string? parameter = null)
    {
        var name = ReadName(context, kind, parameter);
        return context.Store.FindEntity(context.AccountId, kind, name) ?? throw IamErrors.NoSuchEntity(kind, name);
    }

    public static IamUser RequireUser(ActionContext context) => (IamUser)Require(context, EntityKind.User);

    public static IamRole RequireRole(ActionContext context) => (IamRole)Require(context, EntityKind.Role);

    public static IamGroup RequireGroup(ActionContext context) => (IamGroup)Require(context, EntityKind.Group);

    /// <summary>
    /// The ARN a request on a named entity acts on: the stored entity's (with its path) when it exists, else
    /// the path-less form. Never throws, since authorization runs before validation.
    /// </summary>
    public static string Arn(ActionContext context, EntityKind kind, string? parameter = null)
    {
        var name = context.Parameters.Optional(parameter ?? NameParameter(kind));
        if (string.IsNullOrEmpty(name))
        {
            return context.Caller.Kind == PrincipalKind.User && kind == EntityKind.User ? context.Caller.Arn : "*";
        }

        var entity = name.Length <= IamLimits.GroupOrPolicyNameLength ? context.Store.FindEntity(context.AccountId, kind, name) : null;
        return entity?.Arn ?? $"arn:aws:iam::{context.AccountId}:{IamEntity.ArnType(kind)}/{name}";
    }

    /// <summary>The `Path` parameter (default `/`), validated.</summary>
    public static string ReadPath(ActionContext context, string parameter = "Path")
    {
        var path = context.Parameters.Optional(parameter) ?? "/";
        IamValidation.Path(path, ParameterReader.FieldName(parameter));
        return path;
    }

    /// <summary>The `PathPrefix` parameter (default `/`): `/` followed by printable ASCII.</summary>
    public static string ReadPathPrefix(ActionContext context)
    {
        var prefix = context.Parameters.Optional("PathPrefix") ?? "/";
        IamValidation.Length(prefix, "pathPrefix", 1, IamLimits.PathLength);
        if (prefix[0] != '/' || prefix.Any(c => c < '\u0021' || c > '\u007F'))
        {
            throw IamErrors.Constraint(prefix, "pathPrefix", @"Member must satisfy regular expression pattern: \u002F[\u0021-\u007F]*");
        }

        return prefix;
    }
}
