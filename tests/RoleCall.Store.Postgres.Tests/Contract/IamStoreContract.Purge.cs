using RoleCall.Iam.Sts;

namespace RoleCall.Store.Postgres.Tests.Contract;

/// <summary>The background purge of expired sessions, on every store.</summary>
public abstract partial class IamStoreContract
{
    [Fact]
    public async Task Should_purge_expired_sessions_in_the_background_and_keep_live_ones()
    {
        var now = DateTimeOffset.UtcNow;
        Store.AddSession(Samples.Session("ASIAEXPIREDXXXXXXXXX", now.AddMinutes(-5)));
        Store.AddSession(Samples.Session("ASIALIVEXXXXXXXXXXXX", now.AddHours(1)));

        await using (var purger = new SessionPurger(Store, TimeProvider.System, TimeSpan.FromMilliseconds(20)))
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (purger.Purged == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            Assert.Equal(1, purger.Purged);
        }

        Assert.Null(Store.FindSession("ASIAEXPIREDXXXXXXXXX"));
        Assert.NotNull(Store.FindSession("ASIALIVEXXXXXXXXXXXX"));
    }
}
