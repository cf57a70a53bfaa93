using System.Net;
using RoleCall.Cli.Commands.Serve;
using RoleCall.Web.Tests.Support;

namespace RoleCall.Web.Tests.Replicas;

/// <summary>Issue 12: a console session outlives a restart of serve over the same data directory, and so does its sign-out.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("rolecall-console-restart-").FullName;

    [Fact]
    public async Task Should_keep_a_session_and_its_sign_out_across_a_restart()
    {
        string signedIn;
        string signedOut;
        await using (var first = await ConsoleWorld.StartAsync(SqliteStores.In(directory)))
        {
            first.CreateUser("alice");
            using var browser = new ConsoleClient(first.Url);
            await browser.SignInAsync(ConsoleWorld.UsersAccount, "alice", ConsoleWorld.Password);
            signedOut = browser.Cookies.GetCookies(first.Url)["rolecall-session"]!.Value;
            await browser.PostAsync("/signin/signout");
            await browser.SignInAsync(ConsoleWorld.UsersAccount, "alice", ConsoleWorld.Password);
            signedIn = browser.Cookies.GetCookies(first.Url)["rolecall-session"]!.Value;
        }

        await using var second = await ConsoleWorld.StartAsync(SqliteStores.In(directory));
        var kept = await WithSessionAsync(second, signedIn);
        var ended = await WithSessionAsync(second, signedOut);

        Assert.Equal(200, kept.Status);
        Assert.Contains("alice @ 123456789012", kept.Html, StringComparison.Ordinal);
        Assert.Equal("/signin", ended.Location);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static async Task<Page> WithSessionAsync(ConsoleWorld world, string cookie)
    {
        using var browser = new ConsoleClient(world.Url);
        browser.Cookies.Add(world.Url, new Cookie("rolecall-session", cookie));
        return await browser.GetAsync("/console");
    }
}
