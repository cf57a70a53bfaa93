using System.Net;

namespace RoleCall.Credentials.Http;

/// <summary>
/// A host that is an IP address rather than a name to look up. The dotted quad (what System.Uri leaves of
/// any IPv4 spelling) is read by hand: IPAddress.TryParse is compiled at run time on first use, about a
/// millisecond of a CLI call's start-up budget. Other hosts with a colon go to IPAddress.TryParse (IPv6).
/// </summary>
internal static class IpLiteral
{
    /// <summary>True for a dotted quad as System.Uri prints one (no leading zeros, four octets up to 255).</summary>
    public static bool IsDottedQuad(string host) => !host.Contains(':', StringComparison.Ordinal) && TryParse(host) is not null;

    public static IPAddress? TryParse(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (host.Contains(':', StringComparison.Ordinal))
        {
            return IPAddress.TryParse(host, out var v6) ? v6 : null;
        }

        Span<byte> octets = stackalloc byte[4];
        var index = 0;
        var value = -1;
        foreach (var c in host)
        {
            if (c is >= '0' and <= '9')
            {
                // At most three digits per octet, and no value above 255 ("0300" or "256" are names, not IPv4).
                value = value < 0 ? c - '0' : value == 0 ? 256 : value * 10 + (c - '0');
                if (value > 255)
                {
                    return null;
                }
            }
            else if (c == '.' && value >= 0 && index < 3)
            {
                octets[index++] = (byte)value;
                value = -1;
            }
            else
            {
                return null;
            }
        }

        if (index != 3 || value < 0)
        {
            return null;
        }

        octets[3] = (byte)value;
        return new IPAddress(octets);
    }
}
