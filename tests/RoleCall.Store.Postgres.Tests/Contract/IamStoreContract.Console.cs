namespace RoleCall.Store.Postgres.Tests.Contract;

/// <summary>What the console keeps in the store (issue 12): revoked console IDs and the key its cookies are sealed with.</summary>
public abstract partial class IamStoreContract
{
    [Fact]
    public void Should_revoke_a_console_id_once()
    {
        var now = DateTimeOffset.UtcNow;

        Assert.False(Store.IsConsoleIdRevoked("session-1"));
        Assert.True(Store.TryRevokeConsoleId("session-1", now.AddHours(12), now));
        Assert.False(Store.TryRevokeConsoleId("session-1", now.AddHours(12), now));
        Assert.True(Store.IsConsoleIdRevoked("session-1"));
        Assert.False(Store.IsConsoleIdRevoked("session-2"));
    }

    [Fact]
    public void Should_drop_revocations_that_lapsed_when_the_next_one_is_made()
    {
        var now = DateTimeOffset.UtcNow;
        Assert.True(Store.TryRevokeConsoleId("lapsed", now.AddMinutes(-1), now.AddMinutes(-2)));
        Assert.True(Store.TryRevokeConsoleId("live", now.AddMinutes(10), now.AddMinutes(-2)));
        Assert.True(Store.IsConsoleIdRevoked("lapsed"));

        Assert.True(Store.TryRevokeConsoleId("next", now.AddMinutes(10), now));

        Assert.False(Store.IsConsoleIdRevoked("lapsed"));
        Assert.True(Store.IsConsoleIdRevoked("live"));
    }

    [Fact]
    public void Should_derive_one_stable_key_per_purpose()
    {
        var key = Store.DeriveKey("rolecall console cookies v1");

        Assert.Equal(32, key.Length);
        Assert.Equal(key, Store.DeriveKey("rolecall console cookies v1"));
        Assert.NotEqual(key, Store.DeriveKey("another purpose"));
    }
}
