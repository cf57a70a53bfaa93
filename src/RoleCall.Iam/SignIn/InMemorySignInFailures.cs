using System.Collections.Concurrent;

namespace RoleCall.Iam.SignIn;

/// <summary>
/// Sign-in failures kept in the memory of the one process that owns the store (SQLite): a restart forgets them,
/// which costs an attacker a restart of a server they would need to control anyway.
/// </summary>
public sealed class InMemorySignInFailures
{
    private readonly ConcurrentDictionary<string, SignInFailures> failures = new(StringComparer.Ordinal);

    public SignInFailures Record(string key, DateTimeOffset now) =>
        failures.AddOrUpdate(key, _ => SignInFailures.After(null, now), (_, e) => SignInFailures.After(e, now));

    public SignInFailures? Find(string key) => failures.TryGetValue(key, out var e) ? e : null;

    public void Clear(string key) => failures.TryRemove(key, out _);
}
