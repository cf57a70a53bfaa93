using RoleCall.Policy.Evaluation;
using RoleCall.Policy.Parsing;

namespace RoleCall.Policy.Tests.Evaluation;

/// <summary>Glob matching of compiled patterns, with wildcards and variables.</summary>
public sealed class PatternMatcherTests
{
    private static readonly RequestContext Context =
        new RequestContext(RequestPrincipal.User("arn:aws:iam::111122223333:user/alice", "111122223333"), "s3:GetObject", "*")
            .Set("aws:username", "alice");

    [Theory]
    [InlineData("*", "", true)]
    [InlineData("*", "anything", true)]
    [InlineData("a*", "a", true)]
    [InlineData("a*b", "ab", true)]
    [InlineData("a*b", "axxb", true)]
    [InlineData("a*b", "axxbc", false)]
    [InlineData("a*b*c", "abbbc", true)]
    [InlineData("a*b*c", "acb", false)]
    [InlineData("*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false)]
    [InlineData("?", "", false)]
    [InlineData("??", "ab", true)]
    [InlineData("a?c*", "abcdef", true)]
    [InlineData("**a", "xa", true)]
    [InlineData("abc", "abcd", false)]
    [InlineData("abcd", "abc", false)]
    public void Should_match_wildcards_like_iam(string pattern, string input, bool expected)
    {
        var compiled = PatternCompiler.Compile(pattern, wildcards: true, variables: true);
        Assert.Equal(expected, PatternMatcher.Match(compiled, input, ignoreCase: false, Context) == MatchResult.Match);
    }

    [Theory]
    [InlineData("home/${aws:username}/*", "home/alice/x", "Match")]
    [InlineData("home/${aws:username}/*", "home/alicex/x", "NoMatch")]
    [InlineData("home/${aws:username}", "home/alice", "Match")]
    [InlineData("${aws:username}${aws:username}", "alicealice", "Match")]
    [InlineData("home/${aws:missing}/*", "home/alice/x", "Unresolved")]
    [InlineData("home/${aws:missing, 'alice'}/*", "home/alice/x", "Match")]
    [InlineData("home/${aws:missing,'a b'}", "home/a b", "Match")]
    [InlineData("home/${unterminated", "home/${unterminated", "Match")]
    [InlineData("a${*}b", "a*b", "Match")]
    [InlineData("a${*}b", "axb", "NoMatch")]
    public void Should_substitute_variables_as_literal_text(string pattern, string input, string expected)
    {
        var compiled = PatternCompiler.Compile(pattern, wildcards: true, variables: true);
        Assert.Equal(expected, PatternMatcher.Match(compiled, input, ignoreCase: false, Context).ToString());
    }

    [Fact]
    public void Should_compare_case_insensitively_when_asked()
    {
        var compiled = PatternCompiler.Compile("S3:Get*", wildcards: true, variables: false);
        Assert.Equal(MatchResult.Match, PatternMatcher.Match(compiled, "s3:getobject", ignoreCase: true, Context));
        Assert.Equal(MatchResult.NoMatch, PatternMatcher.Match(compiled, "s3:getobject", ignoreCase: false, Context));
    }
}
