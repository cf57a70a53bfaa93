namespace RoleCall.Policy.Evaluation;

/// <summary>
/// Who makes the request, in the terms a Principal element matches: ARN, account, unique ID, and for role
/// sessions the role behind the session. Build it with the static factories.
/// </summary>
/// <param name="Type">What kind of caller this is.</param>
/// <param name="Arn">The caller's ARN (session ARN for role sessions); the service or provider name for Service/Federated.</param>
/// <param name="AccountId">The caller's account (empty for services, federated providers and anonymous callers).</param>
/// <param name="UniqueId">`AIDA...` for users, `AROA...:session` for role sessions, the account ID for root; null if unknown.</param>
/// <param name="RoleArn">For role sessions, the role's ARN with its path (what a trust or resource policy names).</param>
public sealed record RequestPrincipal(PrincipalType Type, string Arn, string AccountId, string? UniqueId = null, string? RoleArn = null)
{
    public static RequestPrincipal Root(string accountId) =>
        new(PrincipalType.Root, $"arn:aws:iam::{accountId}:root", accountId, accountId);

    public static RequestPrincipal User(string arn, string accountId, string? uniqueId = null) =>
        new(PrincipalType.User, arn, accountId, uniqueId);

    /// <summary>A role session: <paramref name="sessionArn"/> is the assumed-role ARN, <paramref name="roleArn"/> the role's.</summary>
    public static RequestPrincipal AssumedRole(string sessionArn, string roleArn, string accountId, string? uniqueId = null) =>
        new(PrincipalType.AssumedRole, sessionArn, accountId, uniqueId, roleArn);

    public static RequestPrincipal FederatedUser(string arn, string accountId) =>
        new(PrincipalType.FederatedUser, arn, accountId);

    /// <summary>A service principal such as `ec2.amazonaws.com`.</summary>
    public static RequestPrincipal Service(string name) => new(PrincipalType.Service, name, string.Empty);

    /// <summary>A web identity or SAML provider: `cognito-identity.amazonaws.com` or a saml-provider ARN.</summary>
    public static RequestPrincipal Federated(string provider) => new(PrincipalType.Federated, provider, string.Empty);

    public static RequestPrincipal Anonymous { get; } = new(PrincipalType.Anonymous, "*", string.Empty);

    /// <summary>The `AROA...` part of a role session's unique ID, or the whole ID for other callers.</summary>
    internal string? PrincipalIdPrefix
    {
        get
        {
            var colon = UniqueId?.IndexOf(':', StringComparison.Ordinal) ?? -1;
            return colon < 0 ? UniqueId : UniqueId![..colon];
        }
    }
}
