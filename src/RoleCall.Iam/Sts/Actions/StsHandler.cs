using RoleCall.Iam.Handlers;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Sts.Actions;

/// <summary>What the STS handlers share: the service name, no serialization (sessions are independent rows).</summary>
internal abstract class StsHandler : IActionHandler
{
    public string Service => "sts";

    public abstract string Action { get; }

    // Issuing a session is one atomic insert with no check-then-act across calls: no need to serialize.
    public bool Mutates => false;

    public virtual bool RequiresAuthorization => true;

    public abstract string ResourceArn(ActionContext context);

    public abstract ResultStruct? Execute(ActionContext context);
}
