using System.Text;

namespace RoleCall.Config.Ini;

/// <summary>
/// Python's <c>shlex.split</c> (POSIX mode, no comments), which botocore applies to section names:
/// <c>profile "my name"</c> → [profile, my name]. Null where shlex raises (unclosed quote, trailing
/// backslash), which botocore treats as "not a profile".
/// </summary>
internal static class ShellWords
{
    public static List<string>? Split(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case ' ' or '\t' or '\r' or '\n':
                    if (inWord)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                        inWord = false;
                    }

                    break;
                case '\\':
                    if (++i >= text.Length)
                    {
                        return null;
                    }

                    word.Append(text[i]);
                    inWord = true;
                    break;
                case '\'':
                    var close = text.IndexOf('\'', i + 1);
                    if (close < 0)
                    {
                        return null;
                    }

                    word.Append(text, i + 1, close - i - 1);
                    i = close;
                    inWord = true;
                    break;
                case '"':
                    if (!ReadDoubleQuoted(text, ref i, word))
                    {
                        return null;
                    }

                    inWord = true;
                    break;
                default:
                    word.Append(c);
                    inWord = true;
                    break;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>Inside double quotes a backslash escapes only <c>"</c> and <c>\</c>; elsewhere it is literal.</summary>
    private static bool ReadDoubleQuoted(string text, ref int i, StringBuilder word)
    {
        for (i++; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                return true;
            }

            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\')
            {
                c = text[++i];
            }
            else if (c == '\\' && i + 1 >= text.Length)
            {
                return false;
            }

            word.Append(c);
        }

        return false;
    }
}
