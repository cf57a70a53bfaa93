namespace RoleCall.Ec2.Model;

/// <summary>The wire names of <see cref="InstanceStateName"/> (`shutting-down`), and back.</summary>
public static class InstanceStates
{
    public static string WireName(InstanceStateName state) => state switch
    {
        InstanceStateName.Pending => "pending",
        InstanceStateName.Running => "running",
        InstanceStateName.ShuttingDown => "shutting-down",
        InstanceStateName.Terminated => "terminated",
        InstanceStateName.Stopping => "stopping",
        _ => "stopped",
    };

    public static int Code(InstanceStateName state) => (int)state;
}
