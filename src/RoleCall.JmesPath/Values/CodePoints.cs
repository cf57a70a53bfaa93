using System.Text;

namespace RoleCall.JmesPath.Values;

/// <summary>
/// String operations by Unicode code point, as Python's str works: ordering (UTF-16 ordinal order puts
/// U+E000..U+FFFF after astral characters; Python does not), length and reversal.
/// </summary>
internal static class CodePoints
{
    public static int Compare(string left, string right)
    {
        var length = Math.Min(left.Length, right.Length);
        for (var i = 0; i < length; i++)
        {
            var a = left[i];
            var b = right[i];
            if (a != b)
            {
                return Fixup(a).CompareTo(Fixup(b));
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    public static int Length(string value)
    {
        var surrogates = 0;
        foreach (var c in value)
        {
            if (char.IsLowSurrogate(c))
            {
                surrogates++;
            }
        }

        return value.Length - surrogates;
    }

    public static string Reverse(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = value.Length - 1; i >= 0; i--)
        {
            if (char.IsLowSurrogate(value[i]) && i > 0 && char.IsHighSurrogate(value[i - 1]))
            {
                text.Append(value[i - 1]).Append(value[i]);
                i--;
            }
            else
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>Maps UTF-16 units so that surrogates (astral code points) sort after U+E000..U+FFFF.</summary>
    private static int Fixup(char c) => c switch
    {
        >= '\uD800' and <= '\uDFFF' => c + 0x2000,
        >= '\uE000' => c - 0x800,
        _ => c,
    };
}
