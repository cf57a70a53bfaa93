using RoleCall.Ec2.Model;

namespace RoleCall.Ec2.Handlers.Instances;

/// <summary>TerminateInstances: any state -> shutting-down; shutting-down and terminated stay.</summary>
internal sealed class TerminateInstances : StateChange
{
    public override string Action => "TerminateInstances";

    protected override string Verb => "terminated";

    protected override InstanceStateName? Next(InstanceStateName current) => current switch
    {
        InstanceStateName.ShuttingDown or InstanceStateName.Terminated => current,
        _ => InstanceStateName.ShuttingDown,
    };
}
