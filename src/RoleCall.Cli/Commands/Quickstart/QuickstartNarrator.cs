namespace RoleCall.Cli.Commands.Quickstart;

/// <summary>The transcript: numbered steps, the command a user would type, and whether AWS would agree.</summary>
internal sealed class QuickstartNarrator(TextWriter output)
{
    private int _step;

    public int Failures { get; private set; }

    public void Say(string text) => output.WriteLine(text);

    public void Step(string text) => output.WriteLine($"\n{++_step}. {text}");

    public void Command(IEnumerable<string> args) => output.WriteLine("   $ rolecall " + string.Join(' ', args.Select(Quote)));

    public void Detail(string text)
    {
        foreach (var line in text.TrimEnd().Split('\n'))
        {
            output.WriteLine("     " + line);
        }
    }

    /// <summary>Records whether the step behaved as AWS would; the quickstart exits 0 only if all did.</summary>
    public void Check(bool ok, string expectation)
    {
        output.WriteLine(ok ? $"   ok: {expectation}" : $"   FAILED: expected {expectation}");
        if (!ok)
        {
            Failures++;
        }
    }

    private static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=@,+".Contains(c, StringComparison.Ordinal)) ? arg : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
