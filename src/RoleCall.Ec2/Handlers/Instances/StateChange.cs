using RoleCall.Ec2.Authorization;
using RoleCall.Ec2.Model;
using RoleCall.Ec2.Service;
using RoleCall.Ec2.Shapes;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Handlers.Instances;

/// <summary>
/// Start, Stop and TerminateInstances: every InstanceId.N must exist; each is authorized on its own ARN
/// with ec2:InstanceType and ec2:ResourceTag/K; the answer lists each instance's previous and current
/// state. <see cref="Next"/> gives the state an instance enters, the same state when the call changes
/// nothing (stopping a stopped instance), or null when the call is not allowed in its state.
/// </summary>
internal abstract class StateChange : Ec2Handler<IReadOnlyList<Ec2Instance>>
{
    public override bool Mutates => true;

    /// <summary>The verb of IncorrectInstanceState's message: "started", "stopped".</summary>
    protected abstract string Verb { get; }

    protected abstract InstanceStateName? Next(InstanceStateName current);

    protected override IReadOnlyList<Ec2Instance> Prepare(Ec2Context context)
    {
        var ids = context.Parameters.List("InstanceId");
        if (ids.Count == 0)
        {
            throw Ec2Errors.Missing("InstanceId");
        }

        Ec2Validation.InstanceIds(ids);
        var visible = context.Instances().ToDictionary(i => i.InstanceId, StringComparer.Ordinal);
        var missing = ids.Where(id => !visible.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            throw Ec2Errors.InstanceNotFound(missing);
        }

        return [.. ids.Distinct().Select(id => visible[id])];
    }

    protected override IReadOnlyList<Ec2AccessRequest> Access(Ec2Context context, IReadOnlyList<Ec2Instance> plan) =>
        [.. plan.Select(i => new Ec2AccessRequest(PolicyAction, Ec2Arns.Instance(context.Region, context.AccountId, i.InstanceId),
            context.Conditions().Set("ec2:InstanceType", i.InstanceType).ResourceTags(i.Tags).Build()))];

    protected override ResultStruct Execute(Ec2Context context, IReadOnlyList<Ec2Instance> plan)
    {
        var changes = plan.Select(i => (Before: i, After: Next(i.State) ?? throw Ec2Errors.IncorrectState(i.InstanceId, Verb))).ToList();
        var changed = changes.Where(c => c.After != c.Before.State).Select(c => c.Before with { State = c.After, StateSince = context.Now }).ToList();
        if (changed.Count > 0)
        {
            context.Store.SaveInstances(changed);
        }

        return X.Struct(Action + "Result", X.List("instancesSet", changes.Select(c => X.Item(
            X.Text("instanceId", c.Before.InstanceId),
            InstanceShapes.State("currentState", c.After),
            InstanceShapes.State("previousState", c.Before.State)))));
    }
}
