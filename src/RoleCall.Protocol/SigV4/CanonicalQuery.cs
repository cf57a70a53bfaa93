using System.Buffers;

namespace RoleCall.Protocol.SigV4;

/// <summary>
/// The canonical query string: each `key=value` pair decoded and re-encoded, sorted by encoded key and then by
/// encoded value (byte order), joined with `&amp;`. Presigned-URL verification leaves out `X-Amz-Signature`.
/// </summary>
internal static class CanonicalQuery
{
    private const int StackEntries = 32;

    public static void Append(ref Utf8Buffer buffer, string rawQuery, scoped ReadOnlySpan<byte> skipKey = default, scoped ReadOnlySpan<byte> skipKey2 = default)
    {
        if (rawQuery.Length == 0)
        {
            return;
        }

        var count = rawQuery.AsSpan().Count('&') + 1;
        Entry[]? rented = null;
        Span<Entry> entries = count <= StackEntries ? stackalloc Entry[StackEntries] : (rented = ArrayPool<Entry>.Shared.Rent(count));
        var scratch = new Utf8Buffer(rawQuery.Length * 2 + 16);
        try
        {
            var used = Encode(ref scratch, rawQuery, entries, skipKey, skipKey2);
            var sorted = entries[..used];
            Sort(sorted, scratch.Written);
            var all = scratch.Written;
            for (var i = 0; i < sorted.Length; i++)
            {
                if (i > 0)
                {
                    buffer.Append((byte)'&');
                }

                buffer.Append(all.Slice(sorted[i].KeyStart, sorted[i].KeyLength));
                buffer.Append((byte)'=');
                buffer.Append(all.Slice(sorted[i].ValueStart, sorted[i].ValueLength));
            }
        }
        finally
        {
            scratch.Dispose();
            if (rented is not null)
            {
                ArrayPool<Entry>.Shared.Return(rented);
            }
        }
    }

    private static int Encode(ref Utf8Buffer scratch, string rawQuery, scoped Span<Entry> entries, scoped ReadOnlySpan<byte> skipKey, scoped ReadOnlySpan<byte> skipKey2)
    {
        var used = 0;
        var query = rawQuery.AsSpan();
        while (query.Length > 0)
        {
            var amp = query.IndexOf('&');
            var pair = amp < 0 ? query : query[..amp];
            query = amp < 0 ? default : query[(amp + 1)..];
            if (pair.Length == 0)
            {
                continue;
            }

            var eq = pair.IndexOf('=');
            var keyStart = scratch.Length;
            UriEncoding.AppendQueryComponent(ref scratch, eq < 0 ? pair : pair[..eq]);
            var keyLength = scratch.Length - keyStart;
            var key = scratch.Written.Slice(keyStart, keyLength);
            if ((!skipKey.IsEmpty && key.SequenceEqual(skipKey)) || (!skipKey2.IsEmpty && key.SequenceEqual(skipKey2)))
            {
                scratch.Truncate(keyStart);
                continue;
            }

            var valueStart = scratch.Length;
            if (eq >= 0)
            {
                UriEncoding.AppendQueryComponent(ref scratch, pair[(eq + 1)..]);
            }

            entries[used++] = new Entry(keyStart, keyLength, valueStart, scratch.Length - valueStart);
        }

        return used;
    }

    // Insertion sort: queries have a handful of parameters and this needs no comparer allocation.
    private static void Sort(Span<Entry> entries, ReadOnlySpan<byte> bytes)
    {
        for (var i = 1; i < entries.Length; i++)
        {
            var current = entries[i];
            var j = i - 1;
            while (j >= 0 && Compare(entries[j], current, bytes) > 0)
            {
                entries[j + 1] = entries[j];
                j--;
            }

            entries[j + 1] = current;
        }
    }

    private static int Compare(Entry a, Entry b, ReadOnlySpan<byte> bytes)
    {
        var byKey = bytes.Slice(a.KeyStart, a.KeyLength).SequenceCompareTo(bytes.Slice(b.KeyStart, b.KeyLength));
        return byKey != 0 ? byKey : bytes.Slice(a.ValueStart, a.ValueLength).SequenceCompareTo(bytes.Slice(b.ValueStart, b.ValueLength));
    }

    private readonly record struct Entry(int KeyStart, int KeyLength, int ValueStart, int ValueLength);
}
