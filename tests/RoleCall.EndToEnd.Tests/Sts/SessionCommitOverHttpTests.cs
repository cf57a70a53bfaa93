using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Microsoft.Data.Sqlite;
using RoleCall.Cli.Commands.Serve;
using RoleCall.Server;

namespace RoleCall.EndToEnd.Tests.Sts;

/// <summary>
/// Issues 13 and 17: STS answers with new credentials only once their session row is committed, although the
/// request no longer blocks a thread on that commit (the endpoint awaits the queued insert). Another SQLite
/// connection holding the session file's write lock keeps the group commit from committing: the answer must
/// wait for it, and the session must be in the file when it arrives.
/// </summary>
public sealed class SessionCommitOverHttpTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("rolecall-commit-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public async Task Should_answer_GetSessionToken_only_after_its_session_is_committed()
    {
        await using var server = await LocalServer.StartAsync(new LocalServerOptions { Port = 0, Store = SqliteStores.In(dir) });
        var root = server.Credentials;
        var sts = new AmazonSecurityTokenServiceClient(new BasicAWSCredentials(root.AccessKeyId, root.SecretAccessKey),
            new AmazonSecurityTokenServiceConfig { ServiceURL = server.Url.ToString(), AuthenticationRegion = "us-east-1", MaxErrorRetry = 0, Timeout = TimeSpan.FromSeconds(60) });
        await sts.GetSessionTokenAsync(new GetSessionTokenRequest { DurationSeconds = 900 }); // the writer is warm

        using var other = new SqliteConnection($"Data Source={Path.Combine(dir, "sessions.db")};Pooling=False");
        other.Open();
        Task<GetSessionTokenResponse> answer;
        using (var holder = other.BeginTransaction(deferred: false))
        {
            answer = sts.GetSessionTokenAsync(new GetSessionTokenRequest { DurationSeconds = 900 });
            await Task.Delay(500);
            Assert.False(answer.IsCompleted); // no answer while the commit cannot happen
            holder.Rollback();
        }

        var keyId = (await answer.WaitAsync(TimeSpan.FromSeconds(60))).Credentials.AccessKeyId;
        using var count = other.CreateCommand();
        count.CommandText = "SELECT count(*) FROM sessions WHERE access_key_id = $id;";
        count.Parameters.AddWithValue("$id", keyId);
        Assert.Equal(1L, (long)count.ExecuteScalar()!);
    }
}
