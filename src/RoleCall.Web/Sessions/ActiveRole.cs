using RoleCall.Iam.Model;

namespace RoleCall.Web.Sessions;

/// <summary>The role a console session switched to: its session caller, how the header shows it, and when it ends.</summary>
public sealed record ActiveRole(Caller Caller, string DisplayName, string Color, DateTimeOffset Expires);
