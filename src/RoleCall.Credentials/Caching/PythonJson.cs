using System.Globalization;
using System.Text;

namespace RoleCall.Credentials.Caching;

/// <summary>
/// JSON text exactly as Python's <c>json.dumps</c> writes it (ensure_ascii=True): the AWS CLI's cache key is
/// the SHA-1 of that text, and its export formats print it. Values are <see cref="string"/>, <see cref="long"/>,
/// <see cref="int"/>, <see cref="bool"/>, a nested member list, a list of strings, or <see cref="DBNull.Value"/> for
/// Python's None; insertion order is kept unless sorted.
/// Hand-written instead of System.Text.Json so the spacing and escaping match byte for byte (JsonSerializer
/// escapes <c>+</c> and differs in separators) and no reflection runs on the cached `env` path.
/// </summary>
public sealed class PythonJson
{
    private readonly StringBuilder _text = new();
    private readonly bool _sortKeys;
    private readonly int? _indent;
    private readonly string _itemSeparator;
    private readonly string _keySeparator;

    private PythonJson(bool sortKeys, int? indent, string itemSeparator, string keySeparator)
    {
        _sortKeys = sortKeys;
        _indent = indent;
        _itemSeparator = itemSeparator;
        _keySeparator = keySeparator;
    }

    /// <summary><c>json.dumps(obj, sort_keys=sortKeys)</c>: separators ", " and ": ", one line.</summary>
    public static string Dumps(IReadOnlyList<KeyValuePair<string, object>> members, bool sortKeys = false) =>
        new PythonJson(sortKeys, null, ", ", ": ").Write(members);

    /// <summary><c>json.dumps(obj, sort_keys=True, separators=(',', ':'))</c>: botocore's SSO cache key text.</summary>
    public static string DumpsCompactSorted(IReadOnlyList<KeyValuePair<string, object>> members) =>
        new PythonJson(true, null, ",", ":").Write(members);

    /// <summary><c>json.dumps(obj, indent=n, separators=(',', ': '))</c>, as `configure export-credentials` prints.</summary>
    public static string DumpsIndented(IReadOnlyList<KeyValuePair<string, object>> members, int indent) =>
        new PythonJson(false, indent, ",", ": ").Write(members);

    private string Write(IReadOnlyList<KeyValuePair<string, object>> members)
    {
        WriteObject(members, 0);
        return _text.ToString();
    }

    private void WriteObject(IReadOnlyList<KeyValuePair<string, object>> members, int depth)
    {
        if (members.Count == 0)
        {
            _text.Append("{}");
            return;
        }

        var ordered = new KeyValuePair<string, object>[members.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = members[i];
        }

        if (_sortKeys)
        {
            // An insertion sort over a handful of keys instead of OrderBy/Array.Sort: this runs on the cached
            // `env` path, and each generic sort instantiation the runtime must JIT costs more than the sort.
            for (var i = 1; i < ordered.Length; i++)
            {
                var current = ordered[i];
                var j = i - 1;
                while (j >= 0 && string.CompareOrdinal(ordered[j].Key, current.Key) > 0)
                {
                    ordered[j + 1] = ordered[j];
                    j--;
                }

                ordered[j + 1] = current;
            }
        }

        _text.Append('{');
        var first = true;
        foreach (var (key, value) in ordered)
        {
            if (!first)
            {
                _text.Append(_itemSeparator);
            }

            first = false;
            NewLine(depth + 1);
            WriteString(key);
            _text.Append(_keySeparator);
            WriteValue(value, depth + 1);
        }

        NewLine(depth);
        _text.Append('}');
    }

    private void NewLine(int depth)
    {
        // Python puts each member on its own line only when indent is given.
        if (_indent is { } indent)
        {
            _text.Append('\n').Append(' ', indent * depth);
        }
    }

    private void WriteValue(object value, int depth)
    {
        switch (value)
        {
            case string s: WriteString(s); break;
            case bool b: _text.Append(b ? "true" : "false"); break;
            case int i: _text.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case long l: _text.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case IReadOnlyList<KeyValuePair<string, object>> nested: WriteObject(nested, depth); break;
            case DBNull: _text.Append("null"); break;
            case IReadOnlyList<string> list: WriteStrings(list); break;
            default: throw new ArgumentException($"unsupported JSON value type {value.GetType().Name}", nameof(value));
        }
    }

    private void WriteStrings(IReadOnlyList<string> list)
    {
        _text.Append('[');
        for (var i = 0; i < list.Count; i++)
        {
            _text.Append(i == 0 ? "" : _itemSeparator);
            WriteString(list[i]);
        }

        _text.Append(']');
    }

    private void WriteString(string value)
    {
        _text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': _text.Append("\\\""); break;
                case '\\': _text.Append("\\\\"); break;
                case '\n': _text.Append("\\n"); break;
                case '\r': _text.Append("\\r"); break;
                case '\t': _text.Append("\\t"); break;
                case '\b': _text.Append("\\b"); break;
                case '\f': _text.Append("\\f"); break;
                // ensure_ascii: everything outside printable ASCII as \uXXXX (lower-case hex, UTF-16 units).
                case < ' ' or > '~': _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: _text.Append(c); break;
            }
        }

        _text.Append('"');
    }
}
