using RoleCall.Credentials.Sso;
using RoleCall.Testing;

namespace RoleCall.Credentials.Tests.Sso;

/// <summary>
/// Issue 13: the client registration is cached where and as the AWS CLI v2 caches it. The AWS CLI v2's own
/// botocore (`/usr/bin/python3`, Debian's awscli) computes the file name, including for no configured scopes
/// and for names outside ASCII.
/// </summary>
public sealed class SsoRegistrationCacheTests
{
    [Theory]
    [InlineData("https://d-1234.awsapps.com/start", "us-east-1", "sso:account:access", "corp")]
    [InlineData("https://d-1234.awsapps.com/start", "eu-west-1", null, "corp")]
    [InlineData("https://d-1234.awsapps.com/start#/", "us-east-1", "sso:account:access,openid", "équipe \"a\"")]
    [InlineData("https://d-1234.awsapps.com/start", "us-east-1", null, null)]
    public void Should_name_the_file_as_the_aws_cli_v2_does(string startUrl, string region, string? scopes, string? session)
    {
        var list = scopes?.Split(',');
        var script = "import sys, json; from awscli.botocore.utils import SSOTokenFetcher; a = json.loads(sys.argv[1]); "
            + "print(SSOTokenFetcher(a['region'], None)._registration_cache_key(a['startUrl'], a['session'], a['scopes']))";
        var args = System.Text.Json.JsonSerializer.Serialize(new { startUrl, region, scopes = list, session });

        var theirs = Peers.Run("/usr/bin/python3", ["-c", script, args]).Trim();

        Assert.Equal(theirs, SsoRegistrationCache.KeyFor(startUrl, region, list, session));
    }

    [Fact]
    public void Should_read_back_what_it_wrote_and_treat_a_tampered_file_as_absent()
    {
        var directory = Path.Combine(Path.GetTempPath(), "rolecall-reg-" + Guid.NewGuid().ToString("N"));
        try
        {
            var cache = new SsoRegistrationCache(directory);
            var expires = new DateTimeOffset(2027, 3, 6, 8, 0, 0, TimeSpan.Zero);
            cache.Write("k", new SsoRegistration("id", "secret", expires) { Scopes = ["sso:account:access"], GrantTypes = SsoRegistration.AuthorizationCodeGrants });
            var text = File.ReadAllText(cache.PathFor("k"));
            File.WriteAllText(cache.PathFor("bad"), "{\"clientId\": 1");

            Assert.Equal("""{"clientId":"id","clientSecret":"secret","expiresAt":"2027-03-06T08:00:00Z","scopes":["sso:account:access"],"grantTypes":["authorization_code","refresh_token"]}""", text);
            Assert.True(cache.TryRead("k")!.IsForAuthorizationCode);
            Assert.Null(cache.TryRead("bad"));
            Assert.Null(cache.TryRead("missing"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
