using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Service;

/// <summary>An EC2 action the service can run (see <see cref="Ec2Handler{TPlan}"/>, the only implementation).</summary>
public interface IEc2Handler
{
    /// <summary>The Query action name: `DescribeInstances`.</summary>
    string Action { get; }

    /// <summary>Mutating actions run one at a time.</summary>
    bool Mutates { get; }

    /// <summary>Validates, authorizes and runs the action; returns the response members (wire names).</summary>
    ResultStruct Run(Ec2Context context);
}
