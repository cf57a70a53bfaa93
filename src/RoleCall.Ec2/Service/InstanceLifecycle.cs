using System.Runtime.CompilerServices;
using RoleCall.Ec2.Model;

namespace RoleCall.Ec2.Service;

/// <summary>
/// Instance states over time, by the server clock: a transitional state (`pending`, `stopping`,
/// `shutting-down`) ends <see cref="TransitionTime"/> after it began, and a terminated instance stays visible
/// for <see cref="TerminatedVisibility"/> (AWS: "about an hour"), then disappears from every listing.
/// Nothing runs in the background: the state a caller sees is computed from the stored one and the time.
/// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html
/// </summary>
public sealed record InstanceLifecycle(TimeSpan TransitionTime, TimeSpan TerminatedVisibility)
{
    // The moved-on copy of a stored instance, kept while the stored record lives, so that every call sees the
    // same object for the same state and per-instance renderings (InstanceShapes) stay warm. A copy is used
    // only when its state and start time are the ones computed now; a new stored record starts afresh.
    private static readonly ConditionalWeakTable<Ec2Instance, Ec2Instance> MovedOn = new();

    public static InstanceLifecycle Default { get; } = new(TimeSpan.FromSeconds(5), TimeSpan.FromHours(1));

    /// <summary>The state at <paramref name="now"/> and since when it holds.</summary>
    public (InstanceStateName State, DateTimeOffset Since) Current(Ec2Instance instance, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var next = instance.State switch
        {
            InstanceStateName.Pending => InstanceStateName.Running,
            InstanceStateName.Stopping => InstanceStateName.Stopped,
            InstanceStateName.ShuttingDown => InstanceStateName.Terminated,
            _ => instance.State,
        };
        var ends = instance.StateSince + TransitionTime;
        return next != instance.State && now >= ends ? (next, ends) : (instance.State, instance.StateSince);
    }

    /// <summary>
    /// The first moment after <paramref name="now"/> at which <see cref="AsOf"/> answers differently for this
    /// stored instance (a transition ends, a terminated instance disappears); MaxValue when none is due.
    /// </summary>
    public DateTimeOffset NextChange(Ec2Instance instance, DateTimeOffset now)
    {
        var (state, since) = Current(instance, now);
        var next = state switch
        {
            InstanceStateName.Pending or InstanceStateName.Stopping or InstanceStateName.ShuttingDown => since + TransitionTime,
            InstanceStateName.Terminated => since + TerminatedVisibility,
            _ => DateTimeOffset.MaxValue,
        };
        return next > now ? next : DateTimeOffset.MaxValue;
    }

    /// <summary>The instance as of now (state moved on where its transition ended), or null once it is gone.</summary>
    public Ec2Instance? AsOf(Ec2Instance instance, DateTimeOffset now)
    {
        var (state, since) = Current(instance, now);
        if (state == InstanceStateName.Terminated && now >= since + TerminatedVisibility)
        {
            return null;
        }

        if (state == instance.State)
        {
            return instance;
        }

        if (MovedOn.TryGetValue(instance, out var copy) && copy.State == state && copy.StateSince == since)
        {
            return copy;
        }

        copy = instance with { State = state, StateSince = since };
        MovedOn.AddOrUpdate(instance, copy);
        return copy;
    }
}
