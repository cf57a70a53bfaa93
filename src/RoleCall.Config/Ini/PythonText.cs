namespace RoleCall.Config.Ini;

/// <summary>
/// Python's idea of whitespace (str.isspace / str.strip / regex \s), which botocore's configparser uses.
/// It differs from .NET's char.IsWhiteSpace in the four information separators U+001C..U+001F.
/// </summary>
internal static class PythonText
{
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001c' and <= '\u001f';

    public static string Strip(string text) => Strip(text.AsSpan()).ToString();

    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    public static string RightStrip(string text)
    {
        var end = text.Length;
        while (end > 0 && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text[..end];
    }

    /// <summary>Index of the first non-space character (the regex \S), or -1 for a blank line.</summary>
    public static int Indent(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
