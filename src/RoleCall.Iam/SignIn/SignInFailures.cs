namespace RoleCall.Iam.SignIn;

/// <summary>
/// The failed sign-ins counted for one identity (a console user or root, an Identity Center user): after
/// <see cref="MaxFailures"/> failures within <see cref="Window"/> the identity is locked for <see cref="LockTime"/>.
/// The rule lives here once; each store applies it atomically for every process that shares the store.
/// </summary>
public readonly record struct SignInFailures(int Count, DateTimeOffset First, DateTimeOffset Last)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan LockTime = TimeSpan.FromMinutes(15);

    public bool IsLocked(DateTimeOffset now) => Count >= MaxFailures && now < Last + LockTime;

    /// <summary>The count after one more failure at <paramref name="now"/>; <paramref name="previous"/> null when none is counted.</summary>
    public static SignInFailures After(SignInFailures? previous, DateTimeOffset now)
    {
        // Failures older than the window, or from before a lock that has run out, start a new count.
        if (previous is not { } e || now - e.First > Window || e.Count >= MaxFailures && now >= e.Last + LockTime)
        {
            return new SignInFailures(1, now, now);
        }

        return new SignInFailures(e.Count + 1, e.First, now);
    }
}
