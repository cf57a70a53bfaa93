namespace RoleCall.Ec2.Model;

/// <summary>
/// An instance's lifecycle state; the value is EC2's state code (the low byte of `instanceState/code`).
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceState.html
/// </summary>
public enum InstanceStateName
{
    Pending = 0,
    Running = 16,
    ShuttingDown = 32,
    Terminated = 48,
    Stopping = 64,
    Stopped = 80,
}
