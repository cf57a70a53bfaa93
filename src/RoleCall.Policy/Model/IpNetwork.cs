using System.Net;
using System.Net.Sockets;

namespace RoleCall.Policy.Model;

/// <summary>An IPv4 or IPv6 CIDR block as a 128-bit number and a prefix length, compared without allocating.</summary>
internal readonly record struct IpNetwork(UInt128 Address, int PrefixLength, bool IsV6)
{
    public bool Contains(UInt128 address, bool isV6)
    {
        if (isV6 != IsV6)
        {
            return false;
        }

        var width = IsV6 ? 128 : 32;
        if (PrefixLength == 0)
        {
            return true;
        }

        var shift = width - PrefixLength;
        return address >> shift == Address >> shift;
    }

    /// <summary>"10.0.0.0/8", "2001:db8::/32", or a bare address (a /32 or /128).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out IpNetwork network)
    {
        network = default;
        var slash = text.IndexOf('/');
        var addressText = slash < 0 ? text : text[..slash];
        if (!TryParseAddress(addressText, out var address, out var isV6))
        {
            return false;
        }

        var width = isV6 ? 128 : 32;
        var prefix = width;
        if (slash >= 0 && (!int.TryParse(text[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out prefix) || prefix > width))
        {
            return false;
        }

        network = new IpNetwork(address, prefix, isV6);
        return true;
    }

    /// <summary>Parses an address into its number; false for anything IPAddress would not accept.</summary>
    public static bool TryParseAddress(ReadOnlySpan<char> text, out UInt128 address, out bool isV6)
    {
        address = 0;
        isV6 = false;
        if (text.IsEmpty || !IPAddress.TryParse(text, out var parsed))
        {
            return false;
        }

        isV6 = parsed.AddressFamily == AddressFamily.InterNetworkV6;
        Span<byte> bytes = stackalloc byte[16];
        parsed.TryWriteBytes(bytes, out var written);
        foreach (var b in bytes[..written])
        {
            address = (address << 8) | b;
        }

        return true;
    }
}
