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
        if (!set.Negated)
        {
            return Named(set, principal);
        }

        // NotPrincipal spares a caller only when every identity the request carries is listed: the account,
        // and the user, or the role and the session ARN (the guide's advice to list all of them).
        return ListedFully(set, principal) ? null : PrincipalMatch.Everyone;
    }

    private static bool ListedFully(PrincipalSet set, RequestPrincipal principal)
    {
        if (Wildcard(set, aws: principal.Type is not (PrincipalType.Service or PrincipalType.Federated or PrincipalType.Anonymous)) is not null)
        {
            return true;
        }

        var account = set.Accounts.Contains(principal.AccountId);
        return principal.Type switch
        {
            PrincipalType.Service => set.Services.Contains(principal.Arn),
            PrincipalType.Federated => set.Federated.Contains(principal.Arn),
            PrincipalType.Anonymous => false,
            PrincipalType.Root => account,
            PrincipalType.AssumedRole => account && set.Arns.Contains(principal.Arn)
                && ((principal.RoleArn is { } role && set.Arns.Contains(role)) || (principal.PrincipalIdPrefix is { } id && set.UniqueIds.Contains(id))),
            _ => account && (set.Arns.Contains(principal.Arn) || (principal.PrincipalIdPrefix is { } uid && set.UniqueIds.Contains(uid))),
        };
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
