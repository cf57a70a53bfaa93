using RoleCall.Cli.Terminal;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Commands.Configure;

/// <summary>
/// The questions of `configure sso` as the AWS CLI v2 asks them (awscli/customizations/configure/sso.py):
/// `Text [current]: `, an empty answer keeps the current value, a required value is asked again; and a pick
/// from a list, which the AWS CLI makes with arrow keys and rolecall with a number or the item's name, so a
/// pipe can answer it too. Prompts go to stderr.
/// </summary>
internal sealed class SsoQuestions(IPrompter prompter, TextWriter error)
{
    /// <summary>`Text [current]: `; the answer, or <paramref name="current"/> for an empty one (null when neither).</summary>
    public string? Ask(string text, string? current, string? format = null)
    {
        var answer = Read(format ?? $"{text} [{current ?? "None"}]: ", text);
        return answer.Length > 0 ? answer : current;
    }

    /// <summary>Like <see cref="Ask"/>, asking again until there is a value that <paramref name="valid"/> accepts.</summary>
    public string Required(string text, string? current, Func<string, string?>? valid = null)
    {
        while (true)
        {
            var answer = Read($"{text} [{current ?? "None"}]: ", text);
            if (answer.Length == 0 && current is not null)
            {
                return current;
            }

            var problem = answer.Length == 0 ? "A value is required" : valid?.Invoke(answer);
            if (problem is null)
            {
                return answer;
            }

            error.WriteLine(problem);
        }
    }

    /// <summary>One item of several: the list numbered from 1, then a number or an item's name (empty: the first, the AWS CLI's cursor start).</summary>
    public T Choose<T>(IReadOnlyList<T> items, Func<T, string> display, Func<T, string> name, string what)
    {
        for (var i = 0; i < items.Count; i++)
        {
            error.WriteLine($"  {i + 1}) {display(items[i])}");
        }

        while (true)
        {
            var answer = Read($"{what} [1]: ", what);
            if (answer.Length == 0)
            {
                return items[0];
            }

            if (int.TryParse(answer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= items.Count)
            {
                return items[n - 1];
            }

            if (items.FirstOrDefault(item => name(item) == answer) is { } named)
            {
                return named;
            }

            error.WriteLine($"Choose a number from 1 to {items.Count}, or type the {what.ToLowerInvariant()} itself.");
        }
    }

    private string Read(string prompt, string text) =>
        prompter.ReadLine(prompt)?.Trim()
        ?? throw new ConfigurationException($"configure sso: the input ended before the question \"{text}\" was answered",
            "answer every question; with a pipe, give one line per question (an empty line keeps the value in brackets)");
}
