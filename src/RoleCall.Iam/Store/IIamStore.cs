using RoleCall.Iam.Model;

namespace RoleCall.Iam.Store;

/// <summary>
/// The persistence port of the IAM/STS logic (implemented over SQLite in RoleCall.Iam.Sqlite).
/// Contract for implementations:
/// - every method is atomic on its own and safe to call from many threads; multi-row changes (an entity and
///   its reverse indexes) commit in one transaction; a method that returned has made its write durable
///   against a process crash;
/// - lookups by key (access key ID, session key ID, account+name, unique ID, policy ARN, MFA serial) are
///   indexed, so their cost does not grow with the number of entities;
/// - names are unique per account and kind case-insensitively (AWS: "User with name X already exists" for a
///   name differing only in case); listings are ordered by name (ordinal) and paged with <see cref="PageRequest"/>;
/// - check-then-act sequences across calls (quotas, uniqueness checks that need messages) are serialized by the
///   caller (IamService runs mutating actions one at a time, inside <see cref="EnterWriteScope"/>, which
///   extends that to every process sharing the store); Try* methods still refuse duplicates themselves.
/// </summary>
public interface IIamStore
{
    /// <summary>
    /// Serializes the caller's check-then-act sequence with those of every other process sharing this store,
    /// until disposed (PostgreSQL: an advisory lock). A store only one process can open returns a no-op scope;
    /// the caller already serializes within its process.
    /// </summary>
    IDisposable EnterWriteScope();

    bool TryAddAccount(IamAccount account);

    IamAccount? FindAccount(string accountId);

    IReadOnlyList<IamAccount> ListAccounts();

    /// <summary>Replaces an existing account's record (aliases, password policy, root password).</summary>
    void SaveAccount(IamAccount account);

    /// <summary>Adds a user, group or role; false when the account already has that kind with that name.</summary>
    bool TryAddEntity(IamEntity entity);

    /// <summary>A user, group or role by account, kind and name (case-insensitive), or null.</summary>
    IamEntity? FindEntity(string accountId, EntityKind kind, string name);

    /// <summary>A user, group or role by its unique ID (`AIDA...`), or null.</summary>
    IamEntity? FindEntityById(string id);

    /// <summary>Replaces the stored entity with the same ID (renames included); false when the new name is taken.</summary>
    bool SaveEntity(IamEntity entity);

    /// <summary>Deletes the entity with this ID and its reverse-index rows. The caller checks DeleteConflict first.</summary>
    void DeleteEntity(string id);

    /// <summary>An account's entities of one kind whose path starts with <paramref name="pathPrefix"/>, by name.</summary>
    Page<IamEntity> ListEntities(string accountId, EntityKind kind, string pathPrefix, PageRequest page);

    /// <summary>The users whose <see cref="IamUser.GroupIds"/> contain the group, by name.</summary>
    Page<IamUser> ListGroupMembers(string groupId, PageRequest page);

    /// <summary>The users, groups and roles that have the managed policy attached (ordered by kind, then name).</summary>
    IReadOnlyList<EntityRef> ListPolicyAttachments(string accountId, string policyArn);

    /// <summary>How many entities of an account have the policy attached (for AttachmentCount).</summary>
    int CountPolicyAttachments(string accountId, string policyArn);

    /// <summary>How many users and roles of an account use the policy as permissions boundary.</summary>
    int CountBoundaryUsage(string accountId, string policyArn);

    bool TryAddPolicy(ManagedPolicy policy);

    /// <summary>A customer managed policy by ARN, or null (AWS managed ones come from the catalog).</summary>
    ManagedPolicy? FindPolicy(string policyArn);

    void SavePolicy(ManagedPolicy policy);

    void DeletePolicy(string policyArn);

    /// <summary>An account's customer managed policies under a path prefix, ordered by name.</summary>
    Page<ManagedPolicy> ListPolicies(string accountId, string pathPrefix, PageRequest page);

    void AddAccessKey(AccessKey key);

    AccessKey? FindAccessKey(string accessKeyId);

    /// <summary>The keys of one user, or of the account root when <paramref name="userId"/> is null, oldest first.</summary>
    IReadOnlyList<AccessKey> ListAccessKeys(string accountId, string? userId);

    void SaveAccessKey(AccessKey key);

    void DeleteAccessKey(string accessKeyId);

    bool TryAddMfaDevice(MfaDevice device);

    MfaDevice? FindMfaDevice(string serialNumber);

    void SaveMfaDevice(MfaDevice device);

    void DeleteMfaDevice(string serialNumber);

    /// <summary>An account's virtual MFA devices, ordered by serial number.</summary>
    IReadOnlyList<MfaDevice> ListMfaDevices(string accountId);

    /// <summary>
    /// Records that a code of time step <paramref name="timeStep"/> was accepted, atomically: true only when the
    /// step is newer than the last accepted one (a replayed or older code is refused).
    /// </summary>
    bool TryUseMfaStep(string serialNumber, long timeStep);

    /// <summary>Stores STS temporary credentials (ASIA keys).</summary>
    void AddSession(TemporarySession session);

    TemporarySession? FindSession(string accessKeyId);

    /// <summary>Deletes sessions that expired before the time; returns how many.</summary>
    int DeleteSessionsExpiredBefore(DateTimeOffset time);

    AccountCounts CountEntities(string accountId);

    /// <summary>
    /// A 32-byte key that every process sharing this store derives alike and no other store does, for state
    /// sealed outside the store (the console's session cookies): HKDF-SHA256 of the store's secret-sealing key,
    /// with <paramref name="purpose"/> as the info, so it never reveals that key. A store without a key file
    /// (in memory) derives from a random key of its own, for its lifetime.
    /// </summary>
    byte[] DeriveKey(string purpose);

    /// <summary>
    /// Marks a console ID (a browser session, a sign-in token, a half-finished sign-in) as used up or ended, for
    /// every process sharing the store, until <paramref name="expires"/> (when the ID would have lapsed anyway);
    /// marks that lapsed before <paramref name="now"/> are dropped. False when the ID was already marked: a
    /// one-time token redeemed twice.
    /// </summary>
    bool TryRevokeConsoleId(string id, DateTimeOffset expires, DateTimeOffset now);

    /// <summary>True when <see cref="TryRevokeConsoleId"/> marked the ID (as this or another process saw it committed).</summary>
    bool IsConsoleIdRevoked(string id);

    /// <summary>
    /// Counts one failed sign-in for <paramref name="key"/> (a console or portal identity) by
    /// <see cref="SignIn.SignInFailures.After"/>, atomically for every process sharing the store; returns the new count.
    /// </summary>
    SignIn.SignInFailures RecordSignInFailure(string key, DateTimeOffset now);

    /// <summary>The failures counted for <paramref name="key"/>, as this or another process recorded them.</summary>
    SignIn.SignInFailures? FindSignInFailures(string key);

    /// <summary>Forgets the failures of <paramref name="key"/> (after a successful sign-in).</summary>
    void ClearSignInFailures(string key);
}
