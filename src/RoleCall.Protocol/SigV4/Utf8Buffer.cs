using System.Buffers;
using System.Text;

namespace RoleCall.Protocol.SigV4;

/// <summary>
/// A growable UTF-8 byte buffer rented from the shared pool. The canonical request is written straight into
/// it and hashed from it, so verifying a request costs no intermediate strings. Dispose returns the array.
/// </summary>
internal ref struct Utf8Buffer
{
    private byte[] _array;
    private int _length;

    public Utf8Buffer(int initialCapacity)
    {
        _array = ArrayPool<byte>.Shared.Rent(initialCapacity);
        _length = 0;
    }

    public readonly int Length => _length;

    public readonly ReadOnlySpan<byte> Written => _array.AsSpan(0, _length);

    public void Append(byte value)
    {
        if (_length == _array.Length)
        {
            Grow(1);
        }

        _array[_length++] = value;
    }

    public void Append(scoped ReadOnlySpan<byte> bytes)
    {
        if (_length + bytes.Length > _array.Length)
        {
            Grow(bytes.Length);
        }

        bytes.CopyTo(_array.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>Appends the UTF-8 encoding of <paramref name="text"/>.</summary>
    public void Append(scoped ReadOnlySpan<char> text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_length + max > _array.Length)
        {
            Grow(max);
        }

        _length += Encoding.UTF8.GetBytes(text, _array.AsSpan(_length));
    }

    /// <summary>Appends `%XX` with upper-case hex digits, as SigV4's URI encoding requires.</summary>
    public void AppendPercentEncoded(byte value)
    {
        Append((byte)'%');
        Append((byte)"0123456789ABCDEF"[value >> 4]);
        Append((byte)"0123456789ABCDEF"[value & 0xF]);
    }

    /// <summary>Drops everything after <paramref name="length"/> (used to undo a tentative append).</summary>
    public void Truncate(int length) => _length = length;

    public readonly string ToUtf8String() => Encoding.UTF8.GetString(_array, 0, _length);

    public void Dispose()
    {
        var array = _array;
        _array = [];
        _length = 0;
        if (array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }

    private void Grow(int needed)
    {
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_array.Length * 2, _length + needed));
        _array.AsSpan(0, _length).CopyTo(bigger);
        if (_array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_array);
        }

        _array = bigger;
    }
}
