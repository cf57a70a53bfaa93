using System.Globalization;
using System.Text;
using RoleCall.JmesPath.Values;

namespace RoleCall.JmesPath.Json;

/// <summary>
/// Writes JSON exactly as Python's json.dumps does: floats as repr() (NaN, Infinity), `": "` and newline
/// indentation when indented, and either ASCII-only escaping (json.dumps' default, used by to_string()) or
/// raw non-ASCII (the AWS CLI's `ensure_ascii=False`).
/// </summary>
public static class JsonWriter
{
    /// <summary>`json.dumps(value, separators=(',', ':'))`: jmespath.py's to_string().</summary>
    public static string Compact(JmesValue value)
    {
        var text = new StringBuilder();
        using var writer = new StringWriter(text, CultureInfo.InvariantCulture);
        Write(writer, value, indent: 0, ensureAscii: true);
        return text.ToString();
    }

    /// <summary>
    /// Writes <paramref name="value"/>; with <paramref name="indent"/> &gt; 0 nested values go on their own
    /// lines (`json.dumps(indent=4)`), otherwise compactly.
    /// </summary>
    public static void Write(TextWriter writer, JmesValue value, int indent, bool ensureAscii) =>
        new State(writer, indent, ensureAscii).WriteValue(value, 0);

    private readonly struct State(TextWriter writer, int indent, bool ensureAscii)
    {
        public void WriteValue(JmesValue value, int depth)
        {
            switch (value)
            {
                case JmesString s:
                    WriteString(s.Value);
                    break;
                case JmesNumber n:
                    writer.Write(FormatNumber(n));
                    break;
                case JmesBoolean b:
                    writer.Write(b.Value ? "true" : "false");
                    break;
                case JmesArray a:
                    WriteArray(a, depth);
                    break;
                case JmesObject o:
                    WriteObject(o, depth);
                    break;
                default:
                    writer.Write("null");
                    break;
            }
        }

        private static string FormatNumber(JmesNumber number)
        {
            if (!number.IsInteger && !double.IsFinite(number.Value))
            {
                // json.dumps spells the non-finite floats as JavaScript does.
                return double.IsNaN(number.Value) ? "NaN" : number.Value > 0 ? "Infinity" : "-Infinity";
            }

            return number.ToPythonString();
        }

        private void WriteArray(JmesArray array, int depth)
        {
            if (array.Count == 0)
            {
                writer.Write("[]");
                return;
            }

            writer.Write('[');
            for (var i = 0; i < array.Count; i++)
            {
                WriteSeparator(i, depth + 1);
                WriteValue(array[i], depth + 1);
            }

            WriteClosingIndent(depth);
            writer.Write(']');
        }

        private void WriteObject(JmesObject obj, int depth)
        {
            if (obj.Count == 0)
            {
                writer.Write("{}");
                return;
            }

            writer.Write('{');
            for (var i = 0; i < obj.Count; i++)
            {
                WriteSeparator(i, depth + 1);
                WriteString(obj[i].Key);
                writer.Write(indent > 0 ? ": " : ":");
                WriteValue(obj[i].Value, depth + 1);
            }

            WriteClosingIndent(depth);
            writer.Write('}');
        }

        private void WriteSeparator(int index, int depth)
        {
            if (index > 0)
            {
                writer.Write(',');
            }

            if (indent > 0)
            {
                writer.Write('\n');
                writer.Write(new string(' ', indent * depth));
            }
        }

        private void WriteClosingIndent(int depth)
        {
            if (indent > 0)
            {
                writer.Write('\n');
                writer.Write(new string(' ', indent * depth));
            }
        }

        private void WriteString(string value)
        {
            writer.Write('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': writer.Write("\\\""); break;
                    case '\\': writer.Write("\\\\"); break;
                    case '\n': writer.Write("\\n"); break;
                    case '\r': writer.Write("\\r"); break;
                    case '\t': writer.Write("\\t"); break;
                    case '\b': writer.Write("\\b"); break;
                    case '\f': writer.Write("\\f"); break;
                    default:
                        // Python escapes controls always, and with ensure_ascii everything outside ' '..'~'
                        // (UTF-16 units, so astral characters become surrogate pairs, as in Python).
                        if (c < ' ' || (ensureAscii && c > '~'))
                        {
                            writer.Write("\\u");
                            writer.Write(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            writer.Write(c);
                        }

                        break;
                }
            }

            writer.Write('"');
        }
    }
}
