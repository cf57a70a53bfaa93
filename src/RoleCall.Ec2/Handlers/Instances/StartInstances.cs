using RoleCall.Ec2.Model;

namespace RoleCall.Ec2.Handlers.Instances;

/// <summary>StartInstances: stopped -> pending; running or pending stay; anything else cannot be started.</summary>
internal sealed class StartInstances : StateChange
{
    public override string Action => "StartInstances";

    protected override string Verb => "started";

    protected override InstanceStateName? Next(InstanceStateName current) => current switch
    {
        InstanceStateName.Stopped => InstanceStateName.Pending,
        InstanceStateName.Running or InstanceStateName.Pending => current,
        _ => null,
    };
}
