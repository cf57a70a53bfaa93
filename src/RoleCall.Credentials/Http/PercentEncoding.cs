using System.Text;

namespace RoleCall.Credentials.Http;

/// <summary>
/// RFC 3986 percent-encoding of a query value, as Uri.EscapeDataString does it (every byte of the UTF-8 form
/// except A-Z a-z 0-9 - _ . ~, upper-case hex). Written out because EscapeDataString's vectorized search is
/// compiled at run time on first use, a cost a short-lived command pays in full (issue 12).
/// </summary>
public static class PercentEncoding
{
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append("0123456789ABCDEF"[b >> 4]).Append("0123456789ABCDEF"[b & 0xF]);
            }
        }

        return text.ToString();
    }
}
