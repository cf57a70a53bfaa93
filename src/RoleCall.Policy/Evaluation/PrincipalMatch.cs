namespace RoleCall.Policy.Evaluation;

/// <summary>
/// How a statement's Principal named the caller; the authorizer treats them differently (an account only
/// delegates to the account's own identity policies; a session ARN grants by itself).
/// Ordered weakest to strongest so the strongest allow can be kept with a max.
/// </summary>
internal enum PrincipalMatch : byte
{
    /// <summary>The statement has no Principal element (identity, session and boundary policies).</summary>
    NotApplicable,

    /// <summary>Named the caller's account (ID or root ARN).</summary>
    Account,

    /// <summary>`*`, `{"AWS":"*"}` or a NotPrincipal that leaves the caller out.</summary>
    Everyone,

    /// <summary>Named the role behind the caller's session.</summary>
    Role,

    /// <summary>Named the caller itself: user, session or federated-user ARN, unique ID, service, provider.</summary>
    Exact,
}
