using RoleCall.Ec2.Authorization;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Service;

/// <summary>
/// One EC2 action, in three steps the base class runs in order: <see cref="Prepare"/> validates the request
/// and looks up what it acts on (no changes), <see cref="Access"/> names every (action, resource, condition
/// keys) the engine must allow, then <see cref="Execute"/> acts. Authorization fails closed by construction:
/// an action that names no access request is refused before it runs.
/// </summary>
public abstract class Ec2Handler<TPlan> : IEc2Handler
{
    public abstract string Action { get; }

    public abstract bool Mutates { get; }

    /// <summary>
    /// Whether a denial carries an encoded authorization message: EC2 encodes them for actions on
    /// resources, not for the Describe calls.
    /// </summary>
    protected virtual bool EncodesDenials => Mutates;

    protected string PolicyAction => "ec2:" + Action;

    public ResultStruct Run(Ec2Context context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = Prepare(context);
        var access = Access(context, plan);
        if (access.Count == 0)
        {
            throw new InvalidOperationException($"{Action} named no access request; refusing to run it unauthorized");
        }

        context.Authorize(access, EncodesDenials);
        return Execute(context, plan);
    }

    protected abstract TPlan Prepare(Ec2Context context);

    protected abstract IReadOnlyList<Ec2AccessRequest> Access(Ec2Context context, TPlan plan);

    protected abstract ResultStruct Execute(Ec2Context context, TPlan plan);

    /// <summary>The one request of an action that acts on no particular resource (the Describe calls): `*`.</summary>
    protected Ec2AccessRequest[] OnAnyResource(Ec2Context context) =>
        [new(PolicyAction, "*", context.Conditions().Build())];
}
