using System.Globalization;
using RoleCall.Core.Errors;

namespace RoleCall.Cli.Hosting;

/// <summary>
/// A command's own arguments after the global options and the command words were taken out. A command
/// takes what it knows (`--role-arn X`, `--role-arn=X`, flags, positionals), then calls
/// <see cref="EnsureConsumed"/> so anything left is an "Unknown options" error, worded as the AWS CLI words it.
/// </summary>
internal sealed class ArgumentReader(IEnumerable<string> arguments)
{
    private readonly List<string> _rest = [.. arguments];

    public IReadOnlyList<string> Remaining => _rest;

    /// <summary>`--name value` or `--name=value`; null when absent; an error when given without a value or twice.</summary>
    public string? Option(string name)
    {
        string? found = null;
        for (var i = 0; i < _rest.Count; i++)
        {
            var arg = _rest[i];
            if (arg == "--")
            {
                break;
            }

            string? value;
            if (arg == name)
            {
                if (i + 1 >= _rest.Count || IsOptionName(_rest[i + 1]))
                {
                    throw UsageException.ExpectedOneArgument(name);
                }

                value = _rest[i + 1];
                _rest.RemoveRange(i, 2);
            }
            else if (arg.StartsWith(name + "=", StringComparison.Ordinal))
            {
                value = arg[(name.Length + 1)..];
                _rest.RemoveAt(i);
            }
            else
            {
                continue;
            }

            // The AWS CLI keeps the last of a repeated option; so do we.
            found = value;
            i--;
        }

        return found;
    }

    public string RequiredOption(string name) =>
        Option(name) ?? throw UsageException.MissingRequired([name]);

    /// <summary>All values after `--name` up to the next option: `--transitive-tag-keys a b c`.</summary>
    public IReadOnlyList<string>? OptionList(string name)
    {
        var at = _rest.IndexOf(name);
        if (at < 0)
        {
            var single = Option(name);
            return single is null ? null : [single];
        }

        var end = at + 1;
        while (end < _rest.Count && !IsOptionName(_rest[end]))
        {
            end++;
        }

        if (end == at + 1)
        {
            throw UsageException.ExpectedOneArgument(name);
        }

        var values = _rest.GetRange(at + 1, end - at - 1);
        _rest.RemoveRange(at, end - at);
        return values;
    }

    public int? IntOption(string name)
    {
        var text = Option(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw UsageException.InvalidValue(name, text, "an integer");
    }

    public bool Flag(string name)
    {
        var at = _rest.IndexOf(name);
        if (at < 0)
        {
            return false;
        }

        _rest.RemoveAt(at);
        return true;
    }

    /// <summary>The next argument that is not an option, or null.</summary>
    public string? Positional()
    {
        for (var i = 0; i < _rest.Count; i++)
        {
            if (_rest[i] == "--")
            {
                return null;
            }

            if (!IsOptionName(_rest[i]))
            {
                var value = _rest[i];
                _rest.RemoveAt(i);
                return value;
            }
        }

        return null;
    }

    /// <summary>Everything after `--` (for `exec PROFILE -- CMD ARGS`), removed from the reader.</summary>
    public IReadOnlyList<string> AfterDoubleDash()
    {
        var at = _rest.IndexOf("--");
        if (at < 0)
        {
            return [];
        }

        var tail = _rest.GetRange(at + 1, _rest.Count - at - 1);
        _rest.RemoveRange(at, _rest.Count - at);
        return tail;
    }

    public void EnsureConsumed()
    {
        if (_rest.Count > 0)
        {
            throw UsageException.Unrecognized(_rest);
        }
    }

    internal static bool IsOptionName(string arg) =>
        arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2;
}
