using System.Globalization;
using System.Text;

namespace RoleCall.Credentials.Http;

/// <summary>
/// Reads HTTP/1.1 responses from a stream: the status line, headers, and a body framed by Content-Length,
/// chunked transfer coding, or the end of the stream. Interim 1xx answers are skipped.
/// </summary>
internal sealed class ResponseReader(Stream stream)
{
    private const int MaxHeadBytes = 64 * 1024;
    private const int MaxBodyBytes = 256 * 1024 * 1024;
    private byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;
    private bool _receivedAny;

    /// <param name="headOnly">The answer to a HEAD: its Content-Length describes a body that is not sent.</param>
    public (QueryHttpResponse Response, bool KeepAlive) Read(bool headOnly = false)
    {
        _receivedAny = false;
        while (true)
        {
            var head = ResponseHead.Parse(ReadHead());
            if (head.Status is >= 100 and < 200)
            {
                continue;
            }

            var bodiless = headOnly || head.Status is 204 or 304;
            var body = bodiless ? [] : ReadBody(head);
            var keepAlive = head.KeepAlive && (bodiless || head.Chunked || head.ContentLength is not null);
            return (new QueryHttpResponse(head.Status, Encoding.UTF8.GetString(body), head.RequestId, head.Date), keepAlive);
        }
    }

    private string ReadHead()
    {
        while (true)
        {
            var end = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n\r\n"u8);
            if (end >= 0)
            {
                var text = Encoding.Latin1.GetString(_buffer, _start, end);
                _start += end + 4;
                return text;
            }

            if (_end - _start > MaxHeadBytes)
            {
                throw new HttpRequestException($"the response headers exceed {MaxHeadBytes / 1024} KB");
            }

            if (Fill() == 0)
            {
                throw _receivedAny
                    ? new HttpRequestException("the server closed the connection in the middle of the response headers")
                    : new StaleConnectionException(null);
            }
        }
    }

    private byte[] ReadBody(ResponseHead head)
    {
        if (head.Chunked)
        {
            return ReadChunked();
        }

        if (head.ContentLength is { } length)
        {
            if (length > MaxBodyBytes)
            {
                throw new HttpRequestException($"the response body ({length} bytes) is larger than {MaxBodyBytes} bytes");
            }

            return Take((int)length);
        }

        using var rest = new MemoryStream();
        while (true)
        {
            rest.Write(_buffer, _start, _end - _start);
            _start = _end;
            if (rest.Length > MaxBodyBytes)
            {
                throw new HttpRequestException($"the response body is larger than {MaxBodyBytes} bytes");
            }

            if (Fill() == 0)
            {
                return rest.ToArray();
            }
        }
    }

    private byte[] ReadChunked()
    {
        using var body = new MemoryStream();
        while (true)
        {
            var sizeLine = ReadLine();
            var semicolon = sizeLine.IndexOf(';', StringComparison.Ordinal);
            var sizeText = (semicolon >= 0 ? sizeLine[..semicolon] : sizeLine).Trim();
            if (!long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0
                || body.Length + size > MaxBodyBytes)
            {
                throw new HttpRequestException($"invalid chunk size '{sizeText}' in the response");
            }

            if (size == 0)
            {
                while (ReadLine().Length > 0)
                {
                    // Trailer fields: nothing the Query protocol uses.
                }

                return body.ToArray();
            }

            body.Write(Take((int)size));
            if (ReadLine().Length != 0)
            {
                throw new HttpRequestException("a chunk of the response does not end with CRLF");
            }
        }
    }

    private string ReadLine()
    {
        while (true)
        {
            var end = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n"u8);
            if (end >= 0)
            {
                var line = Encoding.Latin1.GetString(_buffer, _start, end);
                _start += end + 2;
                return line;
            }

            if (_end - _start > MaxHeadBytes || Fill() == 0)
            {
                throw new HttpRequestException("the response ended in the middle of its chunked body");
            }
        }
    }

    private byte[] Take(int count)
    {
        var result = new byte[count];
        var copied = 0;
        while (copied < count)
        {
            if (_start == _end && Fill() == 0)
            {
                throw new HttpRequestException($"the response body ended after {copied} of {count} bytes");
            }

            var n = Math.Min(count - copied, _end - _start);
            Buffer.BlockCopy(_buffer, _start, result, copied, n);
            _start += n;
            copied += n;
        }

        return result;
    }

    /// <summary>Reads more bytes after what is buffered; 0 at the end of the stream.</summary>
    private int Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        int read;
        try
        {
            read = stream.Read(_buffer, _end, _buffer.Length - _end);
        }
        catch (IOException ex) when (!_receivedAny && !HttpConnection.IsTimeout(ex))
        {
            throw new StaleConnectionException(ex);
        }

        _receivedAny |= read > 0;
        _end += read;
        return read;
    }
}
