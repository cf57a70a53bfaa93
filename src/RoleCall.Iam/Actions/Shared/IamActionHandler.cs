using RoleCall.Iam.Handlers;
using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Actions.Shared;

/// <summary>Base of the IAM handlers: service `iam`; Get*/List* actions are reads, everything else mutates.</summary>
internal abstract class IamActionHandler : IActionHandler
{
    public string Service => "iam";

    public abstract string Action { get; }

    public virtual bool Mutates =>
        !Action.StartsWith("Get", StringComparison.Ordinal) && !Action.StartsWith("List", StringComparison.Ordinal);

    public abstract string ResourceArn(ActionContext context);

    public abstract ResultStruct? Execute(ActionContext context);
}
