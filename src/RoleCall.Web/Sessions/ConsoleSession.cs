using RoleCall.Iam.Model;

namespace RoleCall.Web.Sessions;

/// <summary>
/// One signed-in browser: the identity it signed in as (an IAM user, root, or a federated session), and the
/// role it switched to, if any. Every page acts as <see cref="Current"/>; a switch always starts from
/// <see cref="SignedIn"/>, so there is no role chaining, as in AWS.
/// </summary>
public sealed class ConsoleSession(string id, Caller signedIn, DateTimeOffset expires)
{
    public string Id { get; } = id;

    public Caller SignedIn { get; } = signedIn;

    /// <summary>Users: 12 hours after sign-in; federated sessions: their credentials' end.</summary>
    public DateTimeOffset Expires { get; } = expires;

    public ActiveRole? Role { get; set; }

    /// <summary>The virtual MFA device created by "Assign MFA device", until two codes enable it.</summary>
    public Pages.NewMfaDevice? AssigningMfa { get; set; }

    public Caller Current => Role?.Caller ?? SignedIn;

    /// <summary>True when a role is active and its session has not ended; an ended role falls back to the user.</summary>
    public bool InRole(DateTimeOffset now)
    {
        if (Role is { } role && role.Expires <= now)
        {
            Role = null;
        }

        return Role is not null;
    }
}
