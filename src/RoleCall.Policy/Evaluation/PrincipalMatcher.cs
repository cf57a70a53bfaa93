using RoleCall.Policy.Model;

namespace RoleCall.Policy.Evaluation;

/// <summary>
/// Matches the caller against a Principal/NotPrincipal element.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
/// </summary>
internal static class PrincipalMatcher
{
    /// <summary>The strongest way the element names the caller, or null when it does not apply to the caller.</summary>
    public static PrincipalMatch? Match(PrincipalSet set, RequestPrincipal principal)
    {
        var named = Named(set, principal);
        if (!set.Negated)
        {
            return named;
        }

        // NotPrincipal applies to everyone it does not name; naming a role also covers its sessions, and
        // naming an account covers every principal in it.
        return named is null ? PrincipalMatch.Everyone : null;
    }

    private static PrincipalMatch? Named(PrincipalSet set, RequestPrincipal principal)
    {
        switch (principal.Type)
        {
            case PrincipalType.Service:
                return set.Services.Contains(principal.Arn) ? PrincipalMatch.Exact : Wildcard(set, aws: false);
            case PrincipalType.Federated:
                return set.Federated.Contains(principal.Arn) ? PrincipalMatch.Exact : Wildcard(set, aws: false);
            case PrincipalType.Anonymous:
                return Wildcard(set, aws: false);
        }

        if (set.Arns.Contains(principal.Arn) || (principal.PrincipalIdPrefix is { } id && principal.Type != PrincipalType.AssumedRole && set.UniqueIds.Contains(id)))
        {
            return PrincipalMatch.Exact;
        }

        if (principal.Type == PrincipalType.AssumedRole
            && ((principal.RoleArn is { } role && set.Arns.Contains(role)) || (principal.PrincipalIdPrefix is { } roleId && set.UniqueIds.Contains(roleId))))
        {
            return PrincipalMatch.Role;
        }

        if (principal.Type == PrincipalType.Root && set.Accounts.Contains(principal.AccountId))
        {
            // The root user is its account: naming the account names it exactly.
            return PrincipalMatch.Exact;
        }

        var wildcard = Wildcard(set, aws: true);
        return wildcard ?? (set.Accounts.Contains(principal.AccountId) ? PrincipalMatch.Account : null);
    }

    private static PrincipalMatch? Wildcard(PrincipalSet set, bool aws) =>
        set.Everyone || (aws && set.AnyAws) ? PrincipalMatch.Everyone : null;
}
