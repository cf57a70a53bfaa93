using RoleCall.Ec2.Model;

namespace RoleCall.Ec2.Handlers.Instances;

/// <summary>StopInstances: running -> stopping; stopping or stopped stay; pending, shutting-down and terminated cannot be stopped.</summary>
internal sealed class StopInstances : StateChange
{
    public override string Action => "StopInstances";

    protected override string Verb => "stopped";

    protected override InstanceStateName? Next(InstanceStateName current) => current switch
    {
        InstanceStateName.Running => InstanceStateName.Stopping,
        InstanceStateName.Stopping or InstanceStateName.Stopped => current,
        _ => null,
    };
}
