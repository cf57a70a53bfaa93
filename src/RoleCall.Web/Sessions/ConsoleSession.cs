using RoleCall.Iam.Model;

namespace RoleCall.Web.Sessions;

/// <summary>
/// One signed-in browser: the identity it signed in as (an IAM user, root, or a federated session), and the
/// role it switched to, if any. Every page acts as <see cref="Current"/>; a switch always starts from
/// <see cref="SignedIn"/>, so there is no role chaining, as in AWS. A change (<see cref="Role"/>,
/// <see cref="AssigningMfa"/>) sets <see cref="Changed"/>, and the console seals the session into its cookie
/// again before the response starts (<see cref="SessionStore.SaveIfChanged"/>).
/// </summary>
public sealed class ConsoleSession(string id, Caller signedIn, DateTimeOffset expires, ActiveRole? role = null, MfaInProgress? assigningMfa = null)
{
    public string Id { get; } = id;

    public Caller SignedIn { get; } = signedIn;

    /// <summary>Users: 12 hours after sign-in; federated sessions: their credentials' end or SessionDuration.</summary>
    public DateTimeOffset Expires { get; } = expires;

    public ActiveRole? Role
    {
        get => role;
        set
        {
            role = value;
            Changed = true;
        }
    }

    /// <summary>The virtual MFA device created by "Assign MFA device", until two codes enable it.</summary>
    public MfaInProgress? AssigningMfa
    {
        get => assigningMfa;
        set
        {
            assigningMfa = value;
            Changed = true;
        }
    }

    /// <summary>True once something the cookie carries changed during this request.</summary>
    public bool Changed { get; internal set; }

    public Caller Current => Role?.Caller ?? SignedIn;

    /// <summary>True when a role is active and its session has not ended; an ended role falls back to the user.</summary>
    public bool InRole(DateTimeOffset now)
    {
        if (Role is { } active && active.Expires <= now)
        {
            Role = null;
        }

        return Role is not null;
    }
}
