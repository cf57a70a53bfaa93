using RoleCall.Ec2.Handlers;
using RoleCall.Ec2.Store;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Service;

/// <summary>
/// The EC2 service behind `rolecall serve`: finds the action's handler, makes sure the account has its
/// default VPC in the region, and runs the handler; mutating actions one at a time inside the store's write
/// scope, so an ID check and the write that depends on it cannot interleave with another call's, on this
/// replica or on any other sharing the store.
/// </summary>
public sealed class Ec2Service(IEc2Store store, TimeProvider clock, InstanceLifecycle? lifecycle = null)
{
    private readonly Dictionary<string, IEc2Handler> handlers = Ec2HandlerCatalog.All().ToDictionary(h => h.Action, StringComparer.Ordinal);

    public InstanceLifecycle Lifecycle { get; } = lifecycle ?? InstanceLifecycle.Default;

    public IEnumerable<string> Actions => handlers.Keys;

    public ResultStruct Execute(Ec2Call call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var handler = handlers.GetValueOrDefault(call.Action) ?? throw Ec2Errors.InvalidAction(call.Action);
        if (store.FindNetwork(call.AccountId, call.Region) is null)
        {
            using (store.EnterWriteScope())
            {
                DefaultNetwork.Ensure(store, call.AccountId, call.Region);
            }
        }

        if (!handler.Mutates)
        {
            return handler.Run(new Ec2Context(call, store, clock.GetUtcNow(), Lifecycle));
        }

        using (store.EnterWriteScope())
        {
            return handler.Run(new Ec2Context(call, store, clock.GetUtcNow(), Lifecycle));
        }
    }
}
