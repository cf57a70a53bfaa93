using System.Buffers;
using System.Text;

namespace RoleCall.Protocol.Query;

/// <summary>
/// Writes XML text as UTF-8 straight into an <see cref="IBufferWriter{T}"/> (Kestrel's response pipe, or an
/// array buffer): no DOM, no XmlWriter state machine. Text is escaped for element content.
/// </summary>
internal readonly ref struct Utf8XmlOutput
{
    private readonly IBufferWriter<byte> _output;

    public Utf8XmlOutput(IBufferWriter<byte> output)
    {
        _output = output;
    }

    /// <summary>Markup known to need no escaping (element names, the namespace).</summary>
    public void Raw(ReadOnlySpan<char> markup)
    {
        var span = _output.GetSpan(Encoding.UTF8.GetMaxByteCount(markup.Length));
        _output.Advance(Encoding.UTF8.GetBytes(markup, span));
    }

    public void Raw(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(_output.GetSpan(utf8.Length));
        _output.Advance(utf8.Length);
    }

    /// <summary>
    /// An immutable rendering: by reference when the output keeps such (<see cref="ISharedBytesWriter"/>, the
    /// server's response body) and it is large enough to be worth a segment of its own, else copied.
    /// </summary>
    public void Shared(byte[] immutable)
    {
        if (immutable.Length >= ISharedBytesWriter.MinimumLength && _output is ISharedBytesWriter shared)
        {
            shared.WriteShared(immutable);
        }
        else
        {
            Raw(immutable);
        }
    }

    public void Indent(int depth)
    {
        var span = _output.GetSpan(depth * 2 + 1);
        span[0] = (byte)'\n';
        span.Slice(1, depth * 2).Fill((byte)' ');
        _output.Advance(depth * 2 + 1);
    }

    public void Open(string name)
    {
        Raw("<"u8);
        Raw(name);
        Raw(">"u8);
    }

    public void Close(string name)
    {
        Raw("</"u8);
        Raw(name);
        Raw(">"u8);
    }

    /// <summary>`&lt;name&gt;escaped text&lt;/name&gt;`.</summary>
    public void Element(string name, string text)
    {
        Open(name);
        Text(text);
        Close(name);
    }

    /// <summary>
    /// Element content with `&amp;`, `&lt;`, `&gt;` and CR escaped (CR would be lost to line-end normalization).
    /// XML 1.0 cannot carry U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE or U+FFFF at all, not even
    /// as character references, so each is written as U+FFFD: whatever got into a value (stored before input
    /// validation, echoed in a validation error), the response stays XML every AWS client parses (issue 17,
    /// item 4). Lone surrogates become U+FFFD through the UTF-8 encoder.
    /// </summary>
    public void Text(string text)
    {
        var rest = text.AsSpan();
        while (true)
        {
            var special = rest.IndexOfAny(Special);
            if (special < 0)
            {
                Raw(rest);
                return;
            }

            Raw(rest[..special]);
            Raw(rest[special] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '\r' => "&#xD;"u8,
                _ => "\uFFFD"u8,
            });
            rest = rest[(special + 1)..];
        }
    }

    /// <summary>What <see cref="Text"/> must not copy as is: markup, CR, and the characters XML 1.0 forbids.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\r\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");
}
