using RoleCall.Ec2.Model;

namespace RoleCall.Ec2.Store;

/// <summary>
/// Where EC2 state lives, per account and region. Writes come from one writer at a time: the service runs
/// every mutating call inside <see cref="EnterWriteScope"/>, so implementations need no read-modify-write
/// guards of their own.
/// </summary>
public interface IEc2Store
{
    /// <summary>
    /// Serializes the caller's check-then-act sequence (an ID lookup, then the write that depends on it) with
    /// every other caller's, in this process and in every other process sharing the store (PostgreSQL: an
    /// advisory lock), until disposed.
    /// </summary>
    IDisposable EnterWriteScope();

    Ec2Network? FindNetwork(string accountId, string region);

    void SaveNetwork(Ec2Network network);

    /// <summary>
    /// Every stored instance of the account in the region, in <see cref="Ec2Instance.Sequence"/> order. A list
    /// handed out never changes; after an instance write in the account and region (by any replica) the next
    /// call hands out a new list, so callers may keep what they derived from a list while they get it back
    /// (DescribeInstancesAnswers does; the store contract tests it).
    /// </summary>
    IReadOnlyList<Ec2Instance> ListInstances(string accountId, string region);

    /// <summary>Inserts or replaces instances (by account, region and instance ID), all or none.</summary>
    void SaveInstances(IReadOnlyList<Ec2Instance> instances);

    /// <summary>Removes instances for good (terminated ones past their visibility).</summary>
    void DeleteInstances(string accountId, string region, IReadOnlyList<string> instanceIds);

    /// <summary>The next launch sequence number: larger than any issued before.</summary>
    long NextSequence();
}
