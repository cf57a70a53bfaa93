using System.Buffers.Binary;
using System.Security.Cryptography;

namespace RoleCall.Protocol.Checksums;

/// <summary>One running checksum of <see cref="ChecksumAlgorithm"/>: <see cref="Append"/> chunks, then <see cref="ToBase64"/>.</summary>
public sealed class Checksum : IDisposable
{
    private readonly Crc32Table? _crc;
    private readonly IncrementalHash? _hash;
    private uint _state = 0xFFFFFFFF;

    public Checksum(ChecksumAlgorithm algorithm)
    {
        Algorithm = algorithm;
        switch (algorithm)
        {
            case ChecksumAlgorithm.Crc32: _crc = Crc32Table.Crc32; break;
            case ChecksumAlgorithm.Crc32C: _crc = Crc32Table.Crc32C; break;
            case ChecksumAlgorithm.Sha1: _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA1); break;
            default: _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256); break;
        }
    }

    public ChecksumAlgorithm Algorithm { get; }

    /// <summary>`x-amz-checksum-crc32`, ...: the request and response header (and trailer) name.</summary>
    public static string HeaderName(ChecksumAlgorithm algorithm) => "x-amz-checksum-" + algorithm.ToString().ToLowerInvariant();

    /// <summary>`CRC32`, `CRC32C`, `SHA1`, `SHA256`: the name in XML (`ChecksumCRC32`) and x-amz-sdk-checksum-algorithm.</summary>
    public static string WireName(ChecksumAlgorithm algorithm) => algorithm.ToString().ToUpperInvariant();

    /// <summary>The algorithm of a header name (case-insensitive), or null.</summary>
    public static ChecksumAlgorithm? FromHeader(string header) => header.ToLowerInvariant() switch
    {
        "x-amz-checksum-crc32" => ChecksumAlgorithm.Crc32,
        "x-amz-checksum-crc32c" => ChecksumAlgorithm.Crc32C,
        "x-amz-checksum-sha1" => ChecksumAlgorithm.Sha1,
        "x-amz-checksum-sha256" => ChecksumAlgorithm.Sha256,
        _ => null,
    };

    public void Append(ReadOnlySpan<byte> data)
    {
        if (_crc is not null)
        {
            _state = _crc.Update(_state, data);
        }
        else
        {
            _hash!.AppendData(data);
        }
    }

    public string ToBase64()
    {
        if (_crc is not null)
        {
            Span<byte> value = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(value, ~_state);
            return Convert.ToBase64String(value);
        }

        return Convert.ToBase64String(_hash!.GetCurrentHash());
    }

    public void Dispose() => _hash?.Dispose();
}
