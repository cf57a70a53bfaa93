using RoleCall.Iam.Model;
using RoleCall.Iam.SignIn;

namespace RoleCall.Web.Sessions;

/// <summary>
/// A console session as its cookie carries it (sealed, <see cref="CookieSealer"/>): the random ID a sign-out
/// revokes, the end, the identity that signed in (whole: a federated console session may outlive its
/// credentials' row), the role switched to by its session's access key ID (found in the store), and the
/// virtual MFA device being assigned.
/// </summary>
internal sealed record SessionState(string Id, DateTimeOffset Expires, Caller SignedIn, RoleState? Role, MfaInProgress? Mfa);

/// <summary>The active role: its AssumeRole session's key ID and how the header shows it.</summary>
internal sealed record RoleState(string KeyId, string DisplayName, string Color, DateTimeOffset Expires);

/// <summary>A correct password waiting for its MFA code or new password: revoked by ID once used.</summary>
internal sealed record PendingState(string Id, DateTimeOffset Expires, SignInAttempt Attempt);

/// <summary>A /federation sign-in token: one session this server issued (by key ID), the console session's end, the token's own end.</summary>
internal sealed record SigninTokenState(string Id, DateTimeOffset Expires, string KeyId, DateTimeOffset SessionEnd);
