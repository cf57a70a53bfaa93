using RoleCall.Ec2.Authorization;
using RoleCall.Ec2.Model;
using RoleCall.Ec2.Store;
using RoleCall.Protocol.Ec2Query;

namespace RoleCall.Ec2.Service;

/// <summary>What a handler sees of one request: the call, the store, the request's time, the lifecycle rules.</summary>
public sealed class Ec2Context(Ec2Call call, IEc2Store store, DateTimeOffset now, InstanceLifecycle lifecycle)
{
    public Ec2Call Call { get; } = call;

    public IEc2Store Store { get; } = store;

    /// <summary>Read once, so every state and timestamp of one call agrees; whole seconds, as EC2's timestamps are.</summary>
    public DateTimeOffset Now { get; } = new(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    public InstanceLifecycle Lifecycle { get; } = lifecycle;

    public string AccountId => Call.AccountId;

    public string Region => Call.Region;

    public Ec2Parameters Parameters { get; } = new(call.Parameters);

    /// <summary>`DryRun=true`: decide the permission, change nothing.</summary>
    public bool DryRun => string.Equals(Parameters.Optional("DryRun"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The region's default VPC and subnets (created by the service before any handler runs).</summary>
    public Ec2Network Network => Store.FindNetwork(AccountId, Region) ?? throw new InvalidOperationException("the default network was not created");

    /// <summary>The visible instances as of now, in launch order (terminated ones past their hour are gone).</summary>
    public IReadOnlyList<Ec2Instance> Instances() => Visible(Store.ListInstances(AccountId, Region));

    /// <summary>Of <paramref name="stored"/> (a list the store handed out), the instances visible now, as of now.</summary>
    public IReadOnlyList<Ec2Instance> Visible(IReadOnlyList<Ec2Instance> stored) =>
        [.. stored.Select(i => Lifecycle.AsOf(i, Now)).OfType<Ec2Instance>()];

    public Ec2Conditions Conditions() => new(Region);

    /// <summary>
    /// Asks the engine about every request (in order; the first denial ends the call with
    /// UnauthorizedOperation), then ends a dry run with DryRunOperation.
    /// </summary>
    internal void Authorize(IReadOnlyList<Ec2AccessRequest> requests, bool encodeDenials)
    {
        foreach (var request in requests)
        {
            var decision = Call.Authorizer.Authorize(request);
            if (!decision.Allowed)
            {
                throw Ec2Errors.Unauthorized(decision.Reason, encodeDenials ? decision.EncodedMessage : null);
            }
        }

        if (DryRun)
        {
            throw Ec2Errors.DryRun();
        }
    }
}
