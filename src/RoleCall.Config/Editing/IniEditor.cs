using RoleCall.Config.Ini;

namespace RoleCall.Config.Editing;

/// <summary>
/// Line-level edits on a parsed file (STYLE.md 3): replacing a key rewrites its line (and drops its
/// continuation lines), a new key goes after the last key of its section, a new section at the end of the
/// file. Every other byte stays as it was. The caller re-parses the result before writing it.
/// </summary>
internal static class IniEditor
{
    private const string SubIndent = "    ";

    public static void Set(IniFile file, IniSection? section, string newHeader, string key, string value)
    {
        var document = file.Document;
        if (section is null)
        {
            AppendSection(document, newHeader, [$"{key} = {value}"]);
            return;
        }

        if (section.Find(key) is { } existing)
        {
            var prefix = KeyPrefix(document, existing);
            ReplaceProperty(document, existing, [value.Length == 0 ? prefix.TrimEnd() : prefix + value]);
            return;
        }

        document.Insert(InsertionPoint(section), [$"{key} = {value}"]);
    }

    public static void SetSub(IniFile file, IniSection? section, string newHeader, string key, string subKey, string value)
    {
        var document = file.Document;
        string[] block = [$"{key} =", $"{SubIndent}{subKey} = {value}"];
        if (section is null)
        {
            AppendSection(document, newHeader, block);
            return;
        }

        if (section.Find(key) is not { } existing)
        {
            document.Insert(InsertionPoint(section), block);
            return;
        }

        if (existing.Nested is null)
        {
            // A plain value becomes a block: botocore cannot hold both.
            ReplaceProperty(document, existing, block);
            return;
        }

        var indent = existing.Nested.Count > 0 ? LeadingWhitespace(document.Lines[existing.Nested[0].Line].Text) : SubIndent;
        var sub = existing.Nested.LastOrDefault(n => n.Key == subKey);
        if (sub is not null)
        {
            document.Replace(sub.Line, $"{LeadingWhitespace(document.Lines[sub.Line].Text)}{subKey} = {value}");
        }
        else
        {
            document.Insert(existing.LastLine + 1, [$"{indent}{subKey} = {value}"]);
        }
    }

    /// <summary>Removes a key and its continuation lines; false when the key is not there.</summary>
    public static bool Unset(IniFile file, IniSection? section, string key)
    {
        if (section?.Find(key) is not { } existing)
        {
            return false;
        }

        file.Document.RemoveRange(existing.FirstLine, existing.LastLine - existing.FirstLine + 1);
        return true;
    }

    /// <summary>
    /// The line up to its value as written (indentation, key spelling, delimiter and the spaces after it), so
    /// a replaced line keeps its style: <c>  Region:x</c> becomes <c>  Region:y</c>.
    /// </summary>
    private static string KeyPrefix(IniDocument document, IniProperty property)
    {
        var text = document.Lines[property.FirstLine].Text;
        var end = text.AsSpan().IndexOfAny('=', ':') + 1;
        while (end < text.Length && PythonText.IsSpace(text[end]))
        {
            end++;
        }

        return text[..end];
    }

    private static void ReplaceProperty(IniDocument document, IniProperty property, string[] lines)
    {
        document.RemoveRange(property.FirstLine + 1, property.LastLine - property.FirstLine);
        document.Replace(property.FirstLine, lines[0]);
        if (lines.Length > 1)
        {
            document.Insert(property.FirstLine + 1, lines[1..]);
        }
    }

    /// <summary>After the last line of the section's last key, or right after the header when it has none.</summary>
    private static int InsertionPoint(IniSection section) =>
        section.Properties.Select(p => p.LastLine).DefaultIfEmpty(section.HeaderLine).Max() + 1;

    private static void AppendSection(IniDocument document, string header, IEnumerable<string> lines) =>
        document.Append([$"[{header}]", .. lines]);

    private static string LeadingWhitespace(string text)
    {
        var indent = PythonText.Indent(text);
        return indent <= 0 ? string.Empty : text[..indent];
    }
}
