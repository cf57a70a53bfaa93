using System.Diagnostics;
using RoleCall.JmesPath.Errors;
using RoleCall.JmesPath.Values;

namespace RoleCall.JmesPath.Tests.Differential;

/// <summary>
/// Random expressions over realistic IAM documents, evaluated by rolecall and by python's jmespath (what
/// `aws --query` runs): the results must print identically (same JSON text: values, key order, int vs float),
/// and where jmespath raises a JMESPath error rolecall must raise one too. Python-level crashes in jmespath
/// (TypeError for `1 &lt; 'a'`, merge() of a non-object) are not behaviour to copy; those cases are counted, not compared.
/// </summary>
public sealed class JmesPathDifferentialTests
{
    private static readonly HashSet<string> JmesPathErrorClasses =
    [
        "JMESPathError", "JMESPathTypeError", "ParseError", "LexerError", "IncompleteExpressionError",
        "ArityError", "VariadictArityError", "UnknownFunctionError", "EmptyExpressionError",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Should_agree_with_python_jmespath_on_random_expressions(int seed)
    {
        var documents = IamDocuments.Create(seed);
        var keys = documents.SelectMany(Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var generator = new ExpressionGenerator(new Random(seed), keys);
        var cases = Enumerable.Range(0, 1500).Select(i => documents[i % documents.Count]).Select(data => (Expression: generator.Next(data), Data: data)).ToList();

        var judged = Judge(cases);
        var failures = new List<string>();
        var compared = 0;
        var meaningful = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            var expected = (JmesObject)judged[i];
            var ours = Evaluate(cases[i].Expression, cases[i].Data);
            if (expected.Get("error") is JmesString error)
            {
                if (!JmesPathErrorClasses.Contains(error.Value))
                {
                    continue;
                }

                compared++;
                if (!ours.StartsWith("error:", StringComparison.Ordinal))
                {
                    failures.Add($"{cases[i].Expression}: jmespath raised {error.Value}, rolecall returned {ours}");
                }
            }
            else
            {
                compared++;
                var result = ((JmesString)expected.Get("result")).Value;
                meaningful += result is "null" or "[]" or "{}" ? 0 : 1;
                if (ours != result)
                {
                    failures.Add($"{cases[i].Expression}: jmespath {result}, rolecall {ours}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {compared} differ:\n" + string.Join("\n", failures.Take(10)));
        Assert.True(compared > 1300, $"only {compared} of {cases.Count} cases were comparable");

        // Guard against a generator that only produces nulls and errors.
        Assert.True(meaningful > 600, $"only {meaningful} of {cases.Count} cases had a non-empty result");
    }

    private static string Evaluate(string expression, JmesValue data)
    {
        try
        {
            return JmesPathExpression.Compile(expression).Search(data).ToJson();
        }
        catch (JmesPathException e)
        {
            return "error: " + e.Kind;
        }
    }

    private static IEnumerable<string> Keys(JmesValue value) => value switch
    {
        JmesObject o => o.SelectMany(p => Keys(p.Value).Prepend(p.Key)),
        JmesArray a => a.SelectMany(Keys),
        _ => [],
    };

    private static JmesArray Judge(List<(string Expression, JmesValue Data)> cases)
    {
        var input = new JmesArray(cases.Select(c => (JmesValue)new JmesObject([new("expression", new JmesString(c.Expression)), new("data", c.Data)])).ToList());
        var script = Path.Combine(RepositoryPaths.Root, "tests", "RoleCall.JmesPath.Tests", "Differential", "jmespath_judge.py");
        var start = new ProcessStartInfo("python3", [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 with jmespath is needed: `pip install jmespath`");
        process.StandardInput.Write(input.ToJson());
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"the jmespath judge failed (needs python3 with `pip install jmespath`): {stderr}");
        return (JmesArray)JmesValue.Parse(stdout.Result);
    }
}
