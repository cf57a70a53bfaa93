using RoleCall.Iam.SignIn;

namespace RoleCall.Store.Postgres.Tests.Contract;

/// <summary>Failed sign-ins (issues 12 and 15): counted by the store under SignInFailures' rule, cleared by a success.</summary>
public abstract partial class IamStoreContract
{
    [Fact]
    public void Should_count_failed_sign_ins_until_the_identity_is_locked_and_forget_them_when_cleared()
    {
        // Stores keep the times to the millisecond.
        var now = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Assert.Null(Store.FindSignInFailures("123456789012/alice"));

        for (var i = 1; i < SignInFailures.MaxFailures; i++)
        {
            Assert.False(Store.RecordSignInFailure("123456789012/alice", now.AddSeconds(i)).IsLocked(now.AddSeconds(i)));
        }

        var last = now.AddSeconds(SignInFailures.MaxFailures);
        Assert.True(Store.RecordSignInFailure("123456789012/alice", last).IsLocked(last));
        Assert.Equal(new SignInFailures(SignInFailures.MaxFailures, now.AddSeconds(1), last), Store.FindSignInFailures("123456789012/alice"));
        Assert.False(Store.FindSignInFailures("123456789012/alice")!.Value.IsLocked(last + SignInFailures.LockTime));
        Assert.Null(Store.FindSignInFailures("123456789012/bob"));

        Store.ClearSignInFailures("123456789012/alice");

        Assert.Null(Store.FindSignInFailures("123456789012/alice"));
        Assert.Equal(1, Store.RecordSignInFailure("123456789012/alice", last).Count);
    }

    [Fact]
    public void Should_start_a_new_count_after_the_window_or_a_lock_that_ran_out()
    {
        var now = DateTimeOffset.UtcNow;
        Store.RecordSignInFailure("k", now);
        Assert.Equal(2, Store.RecordSignInFailure("k", now.AddMinutes(1)).Count);

        Assert.Equal(1, Store.RecordSignInFailure("k", now + SignInFailures.Window + TimeSpan.FromSeconds(1)).Count);
    }
}
