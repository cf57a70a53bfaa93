using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RoleCall.Protocol.SigV4;

/// <summary>
/// Decodes an `aws-chunked` request body while it streams: `HEX[;chunk-signature=SIG]\r\nDATA\r\n` ... a
/// zero-length chunk, then trailer lines (`x-amz-checksum-crc32:VALUE`, `x-amz-trailer-signature:SIG`) and a
/// blank line. With <see cref="ChunkSigning"/> every chunk's signature (and a signed trailer's) is verified
/// at the end of its chunk; the data passes through before that, so callers must write it somewhere
/// temporary and commit only after the stream ended without error (S3's bodies do exactly that).
/// https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-streaming.html
/// </summary>
public sealed class AwsChunkedStream : Stream
{
    private const int MaxLine = 4096;
    private readonly Stream _inner;
    private readonly ChunkSigning? _signing;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly IncrementalHash? _chunkHash;
    private readonly Dictionary<string, string> _trailers = new(StringComparer.OrdinalIgnoreCase);
    private int _start;
    private int _end;
    private long _remaining;
    private string? _claimedSignature;
    private string? _previousSignature;
    private bool _finished;

    public AwsChunkedStream(Stream inner, ChunkSigning? signing)
    {
        _inner = inner;
        _signing = signing;
        _previousSignature = signing?.SeedSignature;
        _chunkHash = signing is null ? null : IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    }

    /// <summary>The decoded payload length so far (all of it once the stream has ended).</summary>
    public long DecodedLength { get; private set; }

    /// <summary>Trailer headers by name, complete once the stream has returned 0.</summary>
    public IReadOnlyDictionary<string, string> Trailers => _trailers;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => DecodedLength; set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (!_finished)
        {
            if (_remaining > 0)
            {
                if (_start == _end && !await FillAsync(cancellationToken))
                {
                    throw ChunkedErrors.Incomplete();
                }

                var count = (int)Math.Min(Math.Min(_remaining, _end - _start), buffer.Length);
                var data = _buffer.AsMemory(_start, count);
                data.CopyTo(buffer);
                _chunkHash?.AppendData(data.Span);
                _start += count;
                _remaining -= count;
                DecodedLength += count;
                if (_remaining == 0)
                {
                    await EndChunkAsync(cancellationToken);
                }

                return count;
            }

            await StartChunkAsync(cancellationToken);
        }

        return 0;
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _chunkHash?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Reads `HEX[;chunk-signature=SIG]`; a zero-length chunk ends the data and reads the trailer.</summary>
    private async ValueTask StartChunkAsync(CancellationToken cancellation)
    {
        var line = await ReadLineAsync(cancellation) ?? throw ChunkedErrors.Incomplete();
        var semicolon = line.IndexOf(';', StringComparison.Ordinal);
        var sizeText = semicolon < 0 ? line : line[..semicolon];
        if (!long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
        {
            throw ChunkedErrors.Malformed("chunk size is not hexadecimal");
        }

        _claimedSignature = null;
        if (semicolon >= 0)
        {
            var extension = line[(semicolon + 1)..];
            const string name = "chunk-signature=";
            _claimedSignature = extension.StartsWith(name, StringComparison.Ordinal) ? extension[name.Length..] : null;
        }

        if (_signing is not null && _claimedSignature is null)
        {
            throw ChunkedErrors.ChunkSignatureMismatch();
        }

        _remaining = size;
        if (size == 0)
        {
            VerifyChunk();
            await ReadTrailerAsync(cancellation);
            _finished = true;
        }
    }

    private async ValueTask EndChunkAsync(CancellationToken cancellation)
    {
        var crlf = await ReadLineAsync(cancellation);
        if (crlf is null)
        {
            throw ChunkedErrors.Incomplete();
        }

        if (crlf.Length != 0)
        {
            throw ChunkedErrors.Malformed("chunk data longer than its declared size");
        }

        VerifyChunk();
    }

    private void VerifyChunk()
    {
        if (_signing is null)
        {
            return;
        }

        var payloadHash = Convert.ToHexStringLower(_chunkHash!.GetHashAndReset());
        var stringToSign = $"AWS4-HMAC-SHA256-PAYLOAD\n{_signing.AmzDate}\n{_signing.Scope}\n{_previousSignature}\n{SigV4Constants.EmptyPayloadHash}\n{payloadHash}";
        _previousSignature = Check(stringToSign, _claimedSignature);
    }

    /// <summary>Trailer lines until the blank one; a signed body's trailer carries its own signature over the others.</summary>
    private async ValueTask ReadTrailerAsync(CancellationToken cancellation)
    {
        var canonical = new StringBuilder();
        string? trailerSignature = null;
        while (true)
        {
            var line = await ReadLineAsync(cancellation);
            if (line is null || line.Length == 0)
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw ChunkedErrors.Malformed("trailer line without a name");
            }

            var name = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (name == "x-amz-trailer-signature")
            {
                trailerSignature = value;
                continue;
            }

            _trailers[name] = value;
            canonical.Append(name).Append(':').Append(value).Append('\n');
        }

        if (_signing is not null && _trailers.Count > 0)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
            Check($"AWS4-HMAC-SHA256-TRAILER\n{_signing.AmzDate}\n{_signing.Scope}\n{_previousSignature}\n{hash}", trailerSignature);
        }
    }

    private string Check(string stringToSign, string? claimed)
    {
        var actual = Convert.ToHexStringLower(HMACSHA256.HashData(_signing!.SigningKey, Encoding.UTF8.GetBytes(stringToSign)));
        if (claimed is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(actual), Encoding.ASCII.GetBytes(claimed)))
        {
            throw ChunkedErrors.ChunkSignatureMismatch();
        }

        return actual;
    }

    /// <summary>The next line without its CRLF; null at the end of the stream.</summary>
    private async ValueTask<string?> ReadLineAsync(CancellationToken cancellation)
    {
        var line = new StringBuilder();
        while (true)
        {
            if (_start == _end && !await FillAsync(cancellation))
            {
                return line.Length == 0 ? null : throw ChunkedErrors.Incomplete();
            }

            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var take = newline < 0 ? span : span[..newline];
            line.Append(Encoding.ASCII.GetString(take));
            _start += take.Length + (newline < 0 ? 0 : 1);
            if (line.Length > MaxLine)
            {
                throw ChunkedErrors.Malformed("line too long");
            }

            if (newline >= 0)
            {
                return line.Length > 0 && line[^1] == '\r' ? line.ToString(0, line.Length - 1) : line.ToString();
            }
        }
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellation)
    {
        _start = 0;
        _end = await _inner.ReadAsync(_buffer, cancellation);
        return _end > 0;
    }
}
