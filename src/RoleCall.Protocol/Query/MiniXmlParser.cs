using System.Globalization;
using System.Text;

namespace RoleCall.Protocol.Query;

/// <summary>
/// A small, strict XML parser for AWS responses: elements (prefixes dropped, attributes skipped), text with
/// the five entities and character references, CDATA, comments and processing instructions. DOCTYPE is
/// refused, so no entity expansion can happen. Malformed input throws <see cref="FormatException"/>.
/// </summary>
internal static class MiniXmlParser
{
    /// <summary>
    /// The deepest nesting a response may have. AWS responses are under a dozen levels; a hostile one of
    /// 150,000 once overflowed the stack of whatever walked it (issue 17, item 6), so depth is refused here,
    /// as a FormatException the callers already report as an unreadable response.
    /// </summary>
    public const int MaxDepth = 256;

    public static XmlElementNode Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var stack = new Stack<XmlElementNode>();
        XmlElementNode? root = null;
        var text = new StringBuilder();
        var i = 0;
        while (i < xml.Length)
        {
            var lt = xml.IndexOf('<', i);
            var end = lt < 0 ? xml.Length : lt;
            if (end > i)
            {
                AppendText(xml, i, end, stack, text);
            }

            if (lt < 0)
            {
                break;
            }

            i = ParseMarkup(xml, lt, stack, ref root, text);
        }

        if (root is null || stack.Count > 0)
        {
            throw new FormatException("The XML document is incomplete.");
        }

        return root;
    }

    private static int ParseMarkup(string xml, int lt, Stack<XmlElementNode> stack, ref XmlElementNode? root, StringBuilder text)
    {
        var rest = xml.AsSpan(lt);
        if (rest.StartsWith("<?"))
        {
            return Skip(xml, lt, "?>");
        }

        if (rest.StartsWith("<!--"))
        {
            return Skip(xml, lt, "-->");
        }

        if (rest.StartsWith("<![CDATA["))
        {
            var close = Skip(xml, lt, "]]>");
            RequireOpen(stack);
            text.Append(xml, lt + 9, close - 3 - (lt + 9));
            return close;
        }

        if (rest.StartsWith("<!"))
        {
            throw new FormatException("DOCTYPE and other declarations are not accepted in responses.");
        }

        var gt = FindTagEnd(xml, lt);
        if (xml[lt + 1] == '/')
        {
            var name = LocalName(xml.AsSpan(lt + 2, gt - lt - 2).Trim());
            if (stack.Count == 0 || stack.Peek().Name != name)
            {
                throw new FormatException($"Unexpected end tag </{name}>.");
            }

            var closed = stack.Pop();
            closed.Text = text.ToString();
            text.Clear();
            return gt + 1;
        }

        var selfClosing = xml[gt - 1] == '/';
        var inner = xml.AsSpan(lt + 1, gt - lt - 1 - (selfClosing ? 1 : 0));
        var nameEnd = inner.IndexOfAny(" \t\r\n");
        var element = new XmlElementNode(LocalName(nameEnd < 0 ? inner : inner[..nameEnd]));
        if (stack.TryPeek(out var parent))
        {
            parent.Children.Add(element);
        }
        else if (root is null)
        {
            root = element;
        }
        else
        {
            throw new FormatException("More than one root element.");
        }

        // Text between a parent's start and its first child is whitespace in AWS responses; drop it.
        text.Clear();
        if (!selfClosing)
        {
            if (stack.Count >= MaxDepth)
            {
                throw new FormatException($"The XML document nests elements more than {MaxDepth} deep.");
            }

            stack.Push(element);
        }

        return gt + 1;
    }

    private static void AppendText(string xml, int start, int end, Stack<XmlElementNode> stack, StringBuilder text)
    {
        var span = xml.AsSpan(start, end - start);
        if (stack.Count == 0)
        {
            if (!span.IsWhiteSpace())
            {
                throw new FormatException("Text outside the root element.");
            }

            return;
        }

        while (!span.IsEmpty)
        {
            var amp = span.IndexOf('&');
            if (amp < 0)
            {
                text.Append(span);
                return;
            }

            text.Append(span[..amp]);
            var semicolon = span[amp..].IndexOf(';');
            if (semicolon < 0)
            {
                throw new FormatException("Unterminated entity reference.");
            }

            text.Append(Entity(span.Slice(amp + 1, semicolon - 1)));
            span = span[(amp + semicolon + 1)..];
        }
    }

    private static string Entity(ReadOnlySpan<char> name) => name switch
    {
        "lt" => "<",
        "gt" => ">",
        "amp" => "&",
        "quot" => "\"",
        "apos" => "'",
        _ when name.StartsWith("#x") && int.TryParse(name[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) => char.ConvertFromUtf32(hex),
        _ when name.StartsWith("#") && int.TryParse(name[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var dec) => char.ConvertFromUtf32(dec),
        _ => throw new FormatException($"Unknown entity &{name};."),
    };

    // The '>' that ends a tag, skipping any inside quoted attribute values.
    private static int FindTagEnd(string xml, int lt)
    {
        var quote = '\0';
        for (var i = lt + 1; i < xml.Length; i++)
        {
            var c = xml[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        throw new FormatException("Unterminated tag.");
    }

    private static int Skip(string xml, int start, string terminator)
    {
        var end = xml.IndexOf(terminator, start, StringComparison.Ordinal);
        return end < 0 ? throw new FormatException($"Missing '{terminator}'.") : end + terminator.Length;
    }

    private static string LocalName(ReadOnlySpan<char> qualified)
    {
        if (qualified.IsEmpty)
        {
            throw new FormatException("An element without a name.");
        }

        var colon = qualified.IndexOf(':');
        return (colon < 0 ? qualified : qualified[(colon + 1)..]).ToString();
    }

    private static void RequireOpen(Stack<XmlElementNode> stack)
    {
        if (stack.Count == 0)
        {
            throw new FormatException("CDATA outside the root element.");
        }
    }
}
