using RoleCall.Iam.Model;
using RoleCall.Iam.Tests.Sts.Support;
using static RoleCall.Iam.Tests.Sts.Support.StsWorld;

namespace RoleCall.Iam.Tests.Sts;

/// <summary>Issue 5, item 2: AssumeRole's parameters, limits and AWS's messages.</summary>
public sealed class AssumeRoleParameterTests
{
    private readonly StsWorld world = new();
    private readonly Caller user;
    private readonly IamRole role;

    public AssumeRoleParameterTests()
    {
        user = world.AddUser("alice");
        role = world.AddRole("user-role", PolicyDocs.Trust(user.Arn, actions: """["sts:AssumeRole","sts:TagSession","sts:SetSourceIdentity"]"""), maxSessionDuration: 7200);
    }

    private ResultStructAlias Assume(Caller caller, params (string, string)[] extra) =>
        new(world.Sts(caller, "AssumeRole", [("RoleArn", role.Arn), ("RoleSessionName", "s1"), .. extra]));

    [Fact]
    public void Should_report_every_validation_problem_in_one_error_with_aws_wording()
    {
        var error = Fails(() => world.Sts(user, "AssumeRole", ("RoleArn", role.Arn), ("RoleSessionName", "a"), ("DurationSeconds", "100")));
        Assert.Equal("ValidationError", error.Code);
        Assert.Equal(
            "2 validation errors detected: Value 'a' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2; " +
            "Value '100' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
            error.Message);
    }

    [Theory]
    [InlineData("has space", @"Member must satisfy regular expression pattern: [\w+=,.@-]*")]
    [InlineData("x/y", @"Member must satisfy regular expression pattern: [\w+=,.@-]*")]
    public void Should_refuse_session_names_outside_the_pattern(string name, string constraint)
    {
        var error = Fails(() => world.Sts(user, "AssumeRole", ("RoleArn", role.Arn), ("RoleSessionName", name)));
        Assert.Equal($"1 validation error detected: Value '{name}' at 'roleSessionName' failed to satisfy constraint: {constraint}", error.Message);
    }

    [Fact]
    public void Should_require_role_arn_and_session_name()
    {
        var error = Fails(() => world.Sts(user, "AssumeRole"));
        Assert.Contains("Value null at 'roleArn' failed to satisfy constraint: Member must not be null", error.Message, StringComparison.Ordinal);
        Assert.Contains("Value null at 'roleSessionName'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_honour_durations_up_to_max_session_duration_and_refuse_beyond()
    {
        var ok = Assume(user, ("DurationSeconds", "7200"));
        Assert.Equal("2026-11-21T14:00:00Z", ok.Value("Credentials", "Expiration"));

        var error = Fails(() => Assume(user, ("DurationSeconds", "7201")));
        Assert.Equal(("ValidationError", "The requested DurationSeconds exceeds the MaxSessionDuration set for this role."), (error.Code, error.Message));
    }

    [Fact]
    public void Should_cap_role_chaining_at_one_hour()
    {
        var session = world.SessionOf(Assume(user).Raw);
        var chained = world.AddRole("next", PolicyDocs.Trust(role.Arn), maxSessionDuration: 43200);

        var error = Fails(() => world.Sts(session, "AssumeRole", ("RoleArn", chained.Arn), ("RoleSessionName", "c1"), ("DurationSeconds", "3601")));
        Assert.Equal("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.", error.Message);

        var ok = world.Sts(session, "AssumeRole", ("RoleArn", chained.Arn), ("RoleSessionName", "c1"));
        Assert.Equal($"arn:aws:sts::{Account}:assumed-role/next/c1", Value(ok, "AssumedRoleUser", "Arn"));
    }

    [Fact]
    public void Should_validate_an_inline_session_policy_as_a_session_policy()
    {
        var error = Fails(() => Assume(user, ("Policy", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*"}]}""")));
        Assert.Equal("MalformedPolicyDocument", error.Code);
    }

    [Fact]
    public void Should_report_packed_policy_size_when_a_session_policy_is_passed()
    {
        var result = Assume(user, ("Policy", PolicyDocs.Allow("s3:GetObject")));
        var size = int.Parse(result.Value("PackedPolicySize"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(size, 1, 20);
    }

    [Fact]
    public void Should_refuse_session_tags_that_pack_beyond_the_allotted_space()
    {
        var random = new Random(7);
        var tags = Enumerable.Range(1, 50).SelectMany(i => new[]
        {
            ($"Tags.member.{i}.Key", $"k{i}-" + new string([.. Enumerable.Range(0, 100).Select(_ => (char)random.Next('a', 'z' + 1))])),
            ($"Tags.member.{i}.Value", new string([.. Enumerable.Range(0, 200).Select(_ => (char)random.Next('a', 'z' + 1))])),
        }).ToArray();

        var error = Fails(() => Assume(user, tags));
        Assert.Equal(("PackedPolicyTooLarge", 400), (error.Code, error.HttpStatus));
        Assert.Matches(@"^Packed policy consumes \d+% of allotted space", error.Message);
    }

    [Fact]
    public void Should_refuse_more_than_ten_policy_arns_and_more_than_fifty_tags()
    {
        var arns = Enumerable.Range(1, 11).Select(i => ($"PolicyArns.member.{i}.arn", $"arn:aws:iam::aws:policy/P{i}")).ToArray();
        Assert.Contains("at 'policyArns' failed to satisfy constraint: Member must have length less than or equal to 10", Fails(() => Assume(user, arns)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_duplicate_tag_keys_case_insensitively()
    {
        var error = Fails(() => Assume(user, ("Tags.member.1.Key", "Team"), ("Tags.member.1.Value", "a"), ("Tags.member.2.Key", "team"), ("Tags.member.2.Value", "b")));
        Assert.Equal("InvalidParameterValue", error.Code);
    }

    [Fact]
    public void Should_return_the_source_identity_and_keep_it_through_chaining()
    {
        var result = Assume(user, ("SourceIdentity", "alice-laptop"));
        Assert.Equal("alice-laptop", result.Value("SourceIdentity"));

        var session = world.SessionOf(result.Raw);
        var next = world.AddRole("next", PolicyDocs.Trust(role.Arn, actions: """["sts:AssumeRole","sts:SetSourceIdentity"]"""));
        var chained = world.Sts(session, "AssumeRole", ("RoleArn", next.Arn), ("RoleSessionName", "c1"));
        Assert.Equal("alice-laptop", Value(chained, "SourceIdentity"));
        Assert.Equal("AccessDenied", Fails(() => world.Sts(session, "AssumeRole", ("RoleArn", next.Arn), ("RoleSessionName", "c1"), ("SourceIdentity", "someone-else"))).Code);
    }

    [Fact]
    public void Should_require_sts_TagSession_and_sts_SetSourceIdentity_in_the_trust_policy_when_used()
    {
        var plain = world.AddRole("plain", PolicyDocs.Trust(user.Arn));
        Assert.NotNull(world.Sts(user, "AssumeRole", ("RoleArn", plain.Arn), ("RoleSessionName", "s1")));
        Assert.Equal("AccessDenied", Fails(() => world.Sts(user, "AssumeRole", ("RoleArn", plain.Arn), ("RoleSessionName", "s1"), ("Tags.member.1.Key", "team"), ("Tags.member.1.Value", "x"))).Code);
        Assert.Equal("AccessDenied", Fails(() => world.Sts(user, "AssumeRole", ("RoleArn", plain.Arn), ("RoleSessionName", "s1"), ("SourceIdentity", "alice"))).Code);
    }

    [Fact]
    public void Should_carry_transitive_tags_through_a_chain_and_refuse_overriding_them()
    {
        var first = Assume(user, ("Tags.member.1.Key", "Project"), ("Tags.member.1.Value", "blue"), ("Tags.member.2.Key", "Temp"), ("Tags.member.2.Value", "x"),
            ("TransitiveTagKeys.member.1", "Project"));
        var session = world.SessionOf(first.Raw);
        var next = world.AddRole("next", PolicyDocs.Trust(role.Arn, actions: """["sts:AssumeRole","sts:TagSession"]"""));

        var chained = world.SessionOf(world.Sts(session, "AssumeRole", ("RoleArn", next.Arn), ("RoleSessionName", "c1")));
        Assert.Equal("blue", chained.Session!.Tags!["Project"]);
        Assert.False(chained.Session.Tags.ContainsKey("Temp"));
        Assert.Equal(["Project"], chained.Session.TransitiveTagKeys);

        var error = Fails(() => world.Sts(session, "AssumeRole", ("RoleArn", next.Arn), ("RoleSessionName", "c1"), ("Tags.member.1.Key", "project"), ("Tags.member.1.Value", "red")));
        Assert.Equal("InvalidParameterValue", error.Code);
    }

    [Fact]
    public void Should_refuse_a_transitive_key_that_is_not_among_the_tags()
    {
        var error = Fails(() => Assume(user, ("Tags.member.1.Key", "a"), ("Tags.member.1.Value", "1"), ("TransitiveTagKeys.member.1", "b")));
        Assert.Equal("InvalidParameterValue", error.Code);
    }

    [Fact]
    public void Should_store_the_session_so_its_key_is_found_with_secret_and_token()
    {
        var result = Assume(user);
        var stored = world.Store.FindSession(result.Value("Credentials", "AccessKeyId"))!;
        Assert.Equal(result.Value("Credentials", "SecretAccessKey"), stored.SecretAccessKey);
        Assert.Equal(result.Value("Credentials", "SessionToken"), stored.SessionToken);
        Assert.Equal(role.Arn, stored.Caller.Session!.RoleArn);
        Assert.Equal(world.Clock.Now, stored.Caller.Session.IssuedAt);
        Assert.DoesNotContain(stored.SecretAccessKey, stored.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A result with path access, keeping the test lines short.</summary>
    private sealed record ResultStructAlias(Protocol.Query.ResultStruct? Raw)
    {
        public string Value(params string[] path) => StsWorld.Value(Raw, path);
    }
}
