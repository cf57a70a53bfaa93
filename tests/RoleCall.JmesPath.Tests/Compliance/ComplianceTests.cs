using RoleCall.JmesPath.Errors;

namespace RoleCall.JmesPath.Tests.Compliance;

/// <summary>Every case of the jmespath.py compliance suite: 760 results and 151 errors (the CLI's dialect, legacy literals included).</summary>
public sealed class ComplianceTests
{
    public static TheoryData<string> ResultCases() => new(ComplianceCorpus.All.Where(c => c.Result is not null).Select(ComplianceCorpus.Id));

    public static TheoryData<string> ErrorCases() => new(ComplianceCorpus.All.Where(c => c.Error is not null).Select(ComplianceCorpus.Id));

    [Fact]
    public void Should_hold_the_case_counts_of_SOURCE_md()
    {
        Assert.Equal(760, ComplianceCorpus.All.Count(c => c.Result is not null));
        Assert.Equal(151, ComplianceCorpus.All.Count(c => c.Error is not null));
    }

    [Theory]
    [MemberData(nameof(ResultCases))]
    public void Should_produce_the_expected_result(string id)
    {
        var c = ComplianceCorpus.Find(id);
        var actual = JmesPathExpression.Compile(c.Expression).Search(c.Given);
        Assert.True(c.Result!.Equals(actual), $"{c}: expected {c.Result.ToJson()}, got {actual.ToJson()}");
    }

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public void Should_fail_with_the_expected_error_class(string id)
    {
        var c = ComplianceCorpus.Find(id);
        var error = Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile(c.Expression).Search(c.Given));
        var expected = c.Error switch
        {
            "syntax" => JmesPathErrorKind.Syntax,
            "invalid-type" => JmesPathErrorKind.InvalidType,
            "invalid-arity" => JmesPathErrorKind.InvalidArity,
            "invalid-value" => JmesPathErrorKind.InvalidValue,
            _ => JmesPathErrorKind.UnknownFunction,
        };
        Assert.True(expected == error.Kind, $"{c}: expected {expected}, got {error.Kind}: {error.Message}");
    }

    [Fact]
    public void Should_report_the_column_of_a_syntax_error()
    {
        var error = Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile("foo.[bar"));
        Assert.Equal(JmesPathErrorKind.Syntax, error.Kind);
        Assert.Equal(8, error.Position);

        var unexpected = Assert.Throws<JmesPathException>(() => JmesPathExpression.Compile("foo bar"));
        Assert.Equal(4, unexpected.Position);
        Assert.Contains("column 4", unexpected.Message, StringComparison.Ordinal);
    }
}
