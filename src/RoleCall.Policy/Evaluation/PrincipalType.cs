namespace RoleCall.Policy.Evaluation;

/// <summary>The kinds of caller a Principal element can name.</summary>
public enum PrincipalType
{
    /// <summary>An account's root user (`arn:aws:iam::ACCT:root`).</summary>
    Root,
    User,

    /// <summary>A role session (`arn:aws:sts::ACCT:assumed-role/ROLE/SESSION`).</summary>
    AssumedRole,

    /// <summary>A GetFederationToken session (`arn:aws:sts::ACCT:federated-user/NAME`).</summary>
    FederatedUser,

    /// <summary>An AWS service (`ec2.amazonaws.com`) assuming a role.</summary>
    Service,

    /// <summary>A web identity or SAML provider assuming a role (AssumeRoleWithWebIdentity/WithSAML).</summary>
    Federated,

    /// <summary>An unauthenticated caller.</summary>
    Anonymous,
}
