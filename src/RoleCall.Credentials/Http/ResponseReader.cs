using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace RoleCall.Credentials.Http;

/// <summary>
/// Reads HTTP/1.1 responses from a stream: the status line, headers, and a body framed by Content-Length,
/// chunked transfer coding, or the end of the stream. Interim 1xx answers are skipped. Two limits hold
/// whatever the server does (issue 17, item 7): the whole response must arrive within the read timeout (a
/// server trickling a byte a second cannot hold a call past it, as a per-read socket timeout let it), and
/// the body stops at <see cref="MaxBodyBytes"/> before more is buffered.
/// </summary>
/// <param name="stream">The connection's stream (TLS or plain).</param>
/// <param name="setReceiveTimeout">Sets the receive timeout (ms) of the socket under <paramref name="stream"/>: each
/// read sets it to what is left of the deadline; null for a stream without one (tests).</param>
internal sealed class ResponseReader(Stream stream, Action<int>? setReceiveTimeout = null)
{
    /// <summary>The largest response body a service call may return: Query, EC2 and S3 listings are far smaller.</summary>
    public const int MaxBodyBytes = 64 * 1024 * 1024;

    private const int MaxHeadBytes = 64 * 1024;
    private byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;
    private bool _receivedAny;
    private long _deadline;

    /// <param name="headOnly">The answer to a HEAD: its Content-Length describes a body that is not sent.</param>
    /// <param name="timeout">How long the whole response may take to arrive; infinite to wait forever.</param>
    public (QueryHttpResponse Response, bool KeepAlive) Read(bool headOnly = false, TimeSpan? timeout = null)
    {
        _receivedAny = false;
        _deadline = timeout is { } t && t != Timeout.InfiniteTimeSpan ? Stopwatch.GetTimestamp() + (long)(t.TotalSeconds * Stopwatch.Frequency) : 0;
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
                throw TooLarge();
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
                throw TooLarge();
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
            if (!long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                throw new HttpRequestException($"invalid chunk size '{sizeText}' in the response");
            }

            // Checked before a byte of the chunk is buffered, so memory stays near the cap.
            if (body.Length + size > MaxBodyBytes)
            {
                throw TooLarge();
            }

            if (size == 0)
            {
                while (ReadLine().Length > 0)
                {
                    // Trailer fields: nothing the Query protocol uses.
                }

                return body.ToArray();
            }

            CopyTo(body, (int)size);
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

    /// <summary>Moves <paramref name="count"/> body bytes straight from the read buffer into <paramref name="into"/>.</summary>
    private void CopyTo(MemoryStream into, int count)
    {
        while (count > 0)
        {
            if (_start == _end && Fill() == 0)
            {
                throw new HttpRequestException("the response ended in the middle of its chunked body");
            }

            var n = Math.Min(count, _end - _start);
            into.Write(_buffer, _start, n);
            _start += n;
            count -= n;
        }
    }

    private static HttpRequestException TooLarge() =>
        new($"the response body is larger than the {MaxBodyBytes / (1024 * 1024)} MB a service call may return");

    /// <summary>Before each read: what is left of the response's deadline becomes the socket's receive timeout.</summary>
    private void ArmDeadline()
    {
        if (_deadline == 0)
        {
            return;
        }

        var remaining = (_deadline - Stopwatch.GetTimestamp()) * 1000 / Stopwatch.Frequency;
        if (remaining <= 0)
        {
            throw new IOException("the response did not arrive within the read timeout", new SocketException((int)SocketError.TimedOut));
        }

        setReceiveTimeout?.Invoke((int)Math.Min(int.MaxValue, remaining + 1));
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

        ArmDeadline();
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
