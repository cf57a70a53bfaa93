using System.Globalization;

namespace RoleCall.Credentials.Http;

/// <summary>The status line and the headers of a response that decide how to read it and what to keep.</summary>
internal sealed record ResponseHead(int Status, bool KeepAlive, bool Chunked, long? ContentLength, string? RequestId, DateTimeOffset? Date)
{
    public static ResponseHead Parse(string text)
    {
        var lines = text.Split("\r\n");
        var status = lines[0].Split(' ', 3);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/1.", StringComparison.Ordinal)
            || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code) || status[1].Length != 3)
        {
            throw HttpFailures.Of($"the endpoint did not answer with HTTP/1.x (status line '{Shorten(lines[0])}')");
        }

        var keepAlive = status[0] != "HTTP/1.0";
        var chunked = false;
        long? length = null;
        string? requestId = null;
        DateTimeOffset? date = null;
        foreach (var line in lines.AsSpan(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            switch (name.ToLowerInvariant())
            {
                case "connection":
                    keepAlive = value.Contains("keep-alive", StringComparison.OrdinalIgnoreCase)
                        || (keepAlive && !value.Contains("close", StringComparison.OrdinalIgnoreCase));
                    break;
                case "transfer-encoding":
                    chunked = value.EndsWith("chunked", StringComparison.OrdinalIgnoreCase);
                    break;
                case "content-length":
                    length = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                        ? parsed
                        : throw HttpFailures.Of($"invalid Content-Length '{Shorten(value)}' in the response");
                    break;
                case "x-amzn-requestid":
                    requestId = value;
                    break;
                case "date":
                    date = DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when) ? when : null;
                    break;
            }
        }

        return new ResponseHead(code, keepAlive, chunked, chunked ? null : length, requestId, date);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
