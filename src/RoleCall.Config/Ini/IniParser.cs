using RoleCall.Core.Errors;

namespace RoleCall.Config.Ini;

/// <summary>
/// Reads a document the way Python's <c>configparser.RawConfigParser</c> (strict, as botocore builds it) does,
/// then botocore's sub-property step: full-line <c>#</c>/<c>;</c> comments only, <c>=</c> or <c>:</c> as the
/// delimiter, keys lower-cased, deeper-indented lines continue a value (blank lines inside kept), a
/// <c>[DEFAULT]</c> section inherited by all, duplicate sections/keys fatal, other bad lines fatal at the end.
/// See cpython Lib/configparser.py <c>_read</c> and botocore/configloader.py.
/// </summary>
internal static class IniParser
{
    private const string DefaultSection = "DEFAULT";

    public static IniFile Parse(IniDocument document, string path)
    {
        ArgumentNullException.ThrowIfNull(document);
        var state = new ParseState(path);
        var lines = document.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            state.Read(lines[i].Text, i);
        }

        state.Finish(lines.Count);
        return new IniFile(path, document, state.Sections, state.Defaults);
    }

    /// <summary>Python's <c>value.startswith('\n')</c> test and <c>_parse_nested</c>: one level of <c>k = v</c>.</summary>
    internal static List<IniNestedProperty> ParseNested(string path, IReadOnlyList<ValuePiece> pieces)
    {
        var nested = new List<IniNestedProperty>();
        foreach (var (text, line) in pieces)
        {
            if (text.Length == 0)
            {
                continue;
            }

            var eq = text.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                throw ConfigErrors.NestedLineWithoutEquals(path, line + 1);
            }

            nested.Add(new IniNestedProperty(PythonText.Strip(text[..eq]), PythonText.Strip(text[(eq + 1)..]), line));
        }

        return nested;
    }

    /// <summary>The header between the brackets when the stripped line is one (regex <c>\[(.+)\]</c>, greedy).</summary>
    internal static string? HeaderOf(ReadOnlySpan<char> stripped)
    {
        var close = stripped.LastIndexOf(']');
        return !stripped.IsEmpty && stripped[0] == '[' && close >= 2 ? stripped[1..close].ToString() : null;
    }

    /// <summary>Splits an option line at its first <c>=</c> or <c>:</c>; null when it has neither.</summary>
    internal static (string Key, string Value)? SplitOption(ReadOnlySpan<char> stripped)
    {
        var at = stripped.IndexOfAny('=', ':');
        return at < 0 ? null : (PythonText.Strip(stripped[..at]).ToString(), PythonText.Strip(stripped[(at + 1)..]).ToString());
    }

    private sealed class ParseState(string path)
    {
        private readonly Dictionary<string, IniSection> _byHeader = new(StringComparer.Ordinal);
        // Strings, not (section, key) tuples: a HashSet of tuples is not precompiled (ReadyToRun) and costs JIT time
        // on every `configure get`. A newline cannot occur in either part.
        private readonly HashSet<string> _keysSeen = new(StringComparer.Ordinal);
        private IniSection? _current;
        private PendingProperty? _pending;
        private int _indentLevel;
        private ConfigurationException? _firstError;
        private ConfigurationException? _nestedError;

        public List<IniSection> Sections { get; } = [];

        public IniSection? Defaults { get; private set; }

        public void Read(string line, int index)
        {
            // Work on a span: most lines are read without allocating anything but their key and value.
            var stripped = PythonText.Strip(line.AsSpan());
            if (stripped.IsEmpty || stripped[0] is '#' or ';')
            {
                // A blank line belongs to the value being read (configparser's empty_lines_in_values); a comment does not.
                if (stripped.IsEmpty && _pending is { HasKey: true })
                {
                    _pending.Pieces.Add(new ValuePiece(string.Empty, index));
                }

                return;
            }

            var indent = PythonText.Indent(line);
            if (_current is not null && _pending is { HasKey: true } && indent > _indentLevel)
            {
                _pending.Pieces.Add(new ValuePiece(stripped.ToString(), index));
                _pending.LastLine = index;
                return;
            }

            _indentLevel = indent;
            if (HeaderOf(stripped) is { } header)
            {
                StartSection(header, index);
            }
            else if (_current is null)
            {
                throw ConfigErrors.PropertyBeforeSection(path, index + 1);
            }
            else if (SplitOption(stripped) is { } option)
            {
                StartProperty(option.Key, option.Value, index, indent);
            }
            else
            {
                _firstError ??= ConfigErrors.MalformedLine(path, index + 1);
            }
        }

        public void Finish(int lineCount)
        {
            Complete();
            if (_current is not null)
            {
                _current.LastLine = lineCount - 1;
            }

            // configparser raises its collected line errors first; botocore's nested parse runs after it.
            if ((_firstError ?? _nestedError) is { } error)
            {
                throw error;
            }
        }

        private void StartSection(string header, int index)
        {
            Complete();
            if (_current is not null)
            {
                _current.LastLine = index - 1;
            }

            if (header == DefaultSection)
            {
                // [DEFAULT] may repeat (configparser never counts it as a duplicate section).
                Defaults ??= new IniSection(header, index);
                _current = Defaults;
                return;
            }

            if (_byHeader.TryGetValue(header, out var existing))
            {
                throw ConfigErrors.DuplicateSection(path, index + 1, header, existing.HeaderLine + 1);
            }

            _current = new IniSection(header, index);
            _byHeader[header] = _current;
            Sections.Add(_current);
        }

        private void StartProperty(string rawKey, string value, int index, int indent)
        {
            Complete();
            var key = rawKey.ToLowerInvariant();
            if (key.Length == 0)
            {
                _firstError ??= ConfigErrors.MissingKey(path, index + 1);
            }

            if (!_keysSeen.Add(_current!.Header + "\n" + key))
            {
                var first = _current.Find(key)?.FirstLine ?? index;
                throw ConfigErrors.DuplicateKey(path, index + 1, _current.Header, key, first + 1);
            }

            _pending = new PendingProperty(_current, key, index, indent);
            _pending.Pieces.Add(new ValuePiece(value, index));
        }

        /// <summary>configparser's <c>_join_multiline_values</c>, then botocore's nested parse for "\n..." values.</summary>
        private void Complete()
        {
            if (_pending is null)
            {
                return;
            }

            var pending = _pending;
            _pending = null;
            var joined = pending.Pieces.Count == 1
                ? pending.Pieces[0].Text
                : PythonText.RightStrip(string.Join('\n', pending.Pieces.Select(p => p.Text)));
            List<IniNestedProperty>? nested = null;
            if (joined.StartsWith('\n'))
            {
                try
                {
                    nested = ParseNested(path, pending.Pieces);
                }
                catch (ConfigurationException e)
                {
                    _nestedError ??= e;
                }
            }

            pending.Section.Set(new IniProperty(pending.Key, joined, pending.FirstLine, pending.LastLine, pending.Indent) { Nested = nested });
        }
    }

    private sealed class PendingProperty(IniSection section, string key, int firstLine, int indent)
    {
        public IniSection Section { get; } = section;

        public string Key { get; } = key;

        public int FirstLine { get; } = firstLine;

        public int LastLine { get; set; } = firstLine;

        public int Indent { get; } = indent;

        /// <summary>configparser's <c>if optname</c>: a line with an empty key never takes continuation lines.</summary>
        public bool HasKey => Key.Length > 0;

        public List<ValuePiece> Pieces { get; } = [];
    }
}
