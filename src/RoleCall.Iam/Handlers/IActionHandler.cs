using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Handlers;

/// <summary>
/// One IAM or STS action. The dispatcher (<see cref="IamService"/>) finds the handler by (service, action),
/// asks it for the resource the request acts on, authorizes `PolicyAction` on that resource in one call to
/// the <see cref="IRequestAuthorizer"/>, then runs it. Handlers are stateless singletons: everything
/// per-request comes in the <see cref="ActionContext"/>. Action and ResourceArn have no default, here or in
/// the handler bases: a handler that does not declare both does not compile, so it cannot be registered.
/// </summary>
public interface IActionHandler
{
    /// <summary>The resource of an action AWS defines no resource type for (GetAccountSummary, GetCallerIdentity).</summary>
    const string AnyResource = "*";

    /// <summary>The signing service the action belongs to: `iam` or `sts`.</summary>
    string Service { get; }

    /// <summary>The Query-protocol action name: `CreateUser`.</summary>
    string Action { get; }

    /// <summary>The action as policies name it: `iam:CreateUser`.</summary>
    string PolicyAction => $"{Service}:{Action}";

    /// <summary>True when the action changes state: mutating actions run one at a time, so quota and uniqueness checks hold.</summary>
    bool Mutates { get; }

    /// <summary>
    /// False for the few actions whose permission is not an identity-policy check on (PolicyAction, resource):
    /// GetCallerIdentity needs none, AssumeRole decides trust itself. The authorizer still applies the limits of
    /// the caller's session type to them.
    /// </summary>
    bool RequiresAuthorization => true;

    /// <summary>
    /// The ARN the action acts on, from the request parameters and the caller's account
    /// (`arn:aws:iam::ACCT:user/NAME`); `*` when the action has no resource. Called before validation, so it
    /// must not throw on missing parameters.
    /// </summary>
    string ResourceArn(ActionContext context);

    /// <summary>Runs the action; returns the children of `&lt;ActionResult&gt;` or null when the response has none.</summary>
    ResultStruct? Execute(ActionContext context);
}
