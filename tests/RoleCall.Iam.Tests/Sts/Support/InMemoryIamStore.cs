using System.Collections.Concurrent;
using RoleCall.Iam.Model;
using RoleCall.Iam.Store;

namespace RoleCall.Iam.Tests.Sts.Support;

/// <summary>
/// A dictionary-backed <see cref="IIamStore"/> for fast handler tests: only what STS and the authorizer
/// read and write is meaningful; listings are simple scans. Its queued session inserts
/// (<see cref="IDeferredSessionWrites"/>) wait for <see cref="CommitGate"/> when a test sets one, as a group
/// commit in progress would.
/// </summary>
internal sealed class InMemoryIamStore : IIamStore, IDeferredSessionWrites
{
    public IDisposable EnterWriteScope() => NoWriteScope.Instance;

    private readonly ConcurrentDictionary<string, IamAccount> accounts = new();
    private readonly ConcurrentDictionary<string, IamEntity> entities = new();
    private readonly ConcurrentDictionary<string, ManagedPolicy> policies = new();
    private readonly ConcurrentDictionary<string, AccessKey> keys = new();
    private readonly ConcurrentDictionary<string, MfaDevice> devices = new();
    private readonly ConcurrentDictionary<string, long> mfaSteps = new();
    private readonly ConcurrentDictionary<string, TemporarySession> sessions = new();

    public bool TryAddAccount(IamAccount account) => accounts.TryAdd(account.AccountId, account);

    public IamAccount? FindAccount(string accountId) => accounts.GetValueOrDefault(accountId);

    public IReadOnlyList<IamAccount> ListAccounts() => [.. accounts.Values];

    public void SaveAccount(IamAccount account) => accounts[account.AccountId] = account;

    public bool TryAddEntity(IamEntity entity) =>
        FindEntity(entity.AccountId, entity.Kind, entity.Name) is null && entities.TryAdd(entity.Id, entity);

    public IamEntity? FindEntity(string accountId, EntityKind kind, string name) => entities.Values.FirstOrDefault(e =>
        e.AccountId == accountId && e.Kind == kind && string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

    public IamEntity? FindEntityById(string id) => entities.GetValueOrDefault(id);

    public bool SaveEntity(IamEntity entity)
    {
        entities[entity.Id] = entity;
        return true;
    }

    public void DeleteEntity(string id) => entities.TryRemove(id, out _);

    public Page<IamEntity> ListEntities(string accountId, EntityKind kind, string pathPrefix, PageRequest page) =>
        new([.. entities.Values.Where(e => e.AccountId == accountId && e.Kind == kind).OrderBy(e => e.Name, StringComparer.Ordinal)], null);

    public Page<IamUser> ListGroupMembers(string groupId, PageRequest page) =>
        new([.. entities.Values.OfType<IamUser>().Where(u => u.GroupIds.Contains(groupId))], null);

    public IReadOnlyList<EntityRef> ListPolicyAttachments(string accountId, string policyArn) =>
        [.. entities.Values.Where(e => e.AttachedPolicyArns.Contains(policyArn)).Select(e => new EntityRef(e.Kind, e.Name, e.Id))];

    public int CountPolicyAttachments(string accountId, string policyArn) => ListPolicyAttachments(accountId, policyArn).Count;

    public int CountBoundaryUsage(string accountId, string policyArn) => 0;

    public bool TryAddPolicy(ManagedPolicy policy) => policies.TryAdd(policy.Arn, policy);

    public ManagedPolicy? FindPolicy(string policyArn) => policies.GetValueOrDefault(policyArn);

    public void SavePolicy(ManagedPolicy policy) => policies[policy.Arn] = policy;

    public void DeletePolicy(string policyArn) => policies.TryRemove(policyArn, out _);

    public Page<ManagedPolicy> ListPolicies(string accountId, string pathPrefix, PageRequest page) => new([.. policies.Values], null);

    public void AddAccessKey(AccessKey key) => keys[key.AccessKeyId] = key;

    public AccessKey? FindAccessKey(string accessKeyId) => keys.GetValueOrDefault(accessKeyId);

    public IReadOnlyList<AccessKey> ListAccessKeys(string accountId, string? userId) =>
        [.. keys.Values.Where(k => k.AccountId == accountId && k.UserId == userId)];

    public void SaveAccessKey(AccessKey key) => keys[key.AccessKeyId] = key;

    public void DeleteAccessKey(string accessKeyId) => keys.TryRemove(accessKeyId, out _);

    public bool TryAddMfaDevice(MfaDevice device) => devices.TryAdd(device.SerialNumber, device);

    public MfaDevice? FindMfaDevice(string serialNumber) => devices.GetValueOrDefault(serialNumber);

    public void SaveMfaDevice(MfaDevice device) => devices[device.SerialNumber] = device;

    public void DeleteMfaDevice(string serialNumber) => devices.TryRemove(serialNumber, out _);

    public IReadOnlyList<MfaDevice> ListMfaDevices(string accountId) => [.. devices.Values.Where(d => d.AccountId == accountId)];

    public bool TryUseMfaStep(string serialNumber, long step)
    {
        lock (mfaSteps)
        {
            if (mfaSteps.TryGetValue(serialNumber, out var last) && step <= last)
            {
                return false;
            }

            mfaSteps[serialNumber] = step;
            return true;
        }
    }

    public void AddSession(TemporarySession session) => sessions[session.AccessKeyId] = session;

    /// <summary>When set, a queued session is stored only once the test completes this (the "commit").</summary>
    public TaskCompletionSource? CommitGate { get; set; }

    public Task EnqueueSession(TemporarySession session)
    {
        if (CommitGate is not { } gate)
        {
            AddSession(session);
            return Task.CompletedTask;
        }

        return gate.Task.ContinueWith(
            commit =>
            {
                commit.GetAwaiter().GetResult(); // a failed commit fails the queued insert
                AddSession(session);
            },
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    public TemporarySession? FindSession(string accessKeyId) => sessions.GetValueOrDefault(accessKeyId);

    public int DeleteSessionsExpiredBefore(DateTimeOffset time) => 0;

    public AccountCounts CountEntities(string accountId) => new(0, 0, 0, 0, 0, 0, 0, 0);

    public int SessionCount => sessions.Count;

    private readonly byte[] key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, DateTimeOffset> revoked = new(StringComparer.Ordinal);

    public byte[] DeriveKey(string purpose) =>
        System.Security.Cryptography.HKDF.DeriveKey(System.Security.Cryptography.HashAlgorithmName.SHA256, key, 32, null, System.Text.Encoding.UTF8.GetBytes(purpose));

    public bool TryRevokeConsoleId(string id, DateTimeOffset expires, DateTimeOffset now) => revoked.TryAdd(id, expires);

    public bool IsConsoleIdRevoked(string id) => revoked.ContainsKey(id);

    private readonly RoleCall.Iam.SignIn.InMemorySignInFailures signInFailures = new();

    public RoleCall.Iam.SignIn.SignInFailures RecordSignInFailure(string key, DateTimeOffset now) => signInFailures.Record(key, now);

    public RoleCall.Iam.SignIn.SignInFailures? FindSignInFailures(string key) => signInFailures.Find(key);

    public void ClearSignInFailures(string key) => signInFailures.Clear(key);
}
