namespace RoleCall.IdentityCenter.Model;

/// <summary>A pending device authorization: approved by a signed-in user on the verification page.</summary>
/// <param name="Id">The SHA-256 of the device code.</param>
/// <param name="Scope">The instance ARN: user codes are unique across the instance.</param>
/// <param name="ClientId">The client that started it; only it may redeem the device code.</param>
/// <param name="UserCode">The code the user confirms on the device page (`ABCD-EFGH`).</param>
/// <param name="StartUrl">The start URL the client asked for.</param>
/// <param name="ExpiresAt">When the device code stops working.</param>
/// <param name="IntervalSeconds">The least time between two polls.</param>
public sealed record DeviceGrant(string Id, string Scope, string ClientId, string UserCode, string StartUrl, DateTimeOffset ExpiresAt, int IntervalSeconds) : IcItem(Id, Scope)
{
    public override string? UniqueName => UserCode;

    /// <summary>The identity-store user who approved it, or null while pending.</summary>
    public string? ApprovedUserId { get; init; }

    public bool Denied { get; init; }

    /// <summary>When the client last polled, for slow_down.</summary>
    public DateTimeOffset? LastPolledAt { get; init; }

    /// <summary>True once a token was issued for it (a device code is used once).</summary>
    public bool Redeemed { get; init; }
}
