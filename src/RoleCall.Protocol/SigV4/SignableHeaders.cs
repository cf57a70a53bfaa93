namespace RoleCall.Protocol.SigV4;

/// <summary>
/// The signer's view of a request's headers: lower-cased names, sorted, values of a repeated name kept in
/// their original order. Headers the signer itself sets replace any the request already carries.
/// </summary>
internal static class SignableHeaders
{
    public static List<KeyValuePair<string, string>> Collect(
        IEnumerable<KeyValuePair<string, string>> requestHeaders,
        IEnumerable<KeyValuePair<string, string>> added,
        bool replaceToken,
        bool replaceContentSha)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in requestHeaders)
        {
            var lower = name.ToLowerInvariant();
            var replaced = lower is "authorization" or "x-amz-date"
                || (replaceToken && lower == "x-amz-security-token")
                || (replaceContentSha && lower == "x-amz-content-sha256");
            if (!replaced)
            {
                headers.Add(new(lower, value));
            }
        }

        foreach (var (name, value) in added)
        {
            headers.Add(new(name.ToLowerInvariant(), value));
        }

        SortStably(headers);
        return headers;
    }

    public static string SignedHeaderList(List<KeyValuePair<string, string>> sorted)
    {
        var names = new System.Text.StringBuilder();
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i > 0 && sorted[i].Key == sorted[i - 1].Key)
            {
                continue;
            }

            names.Append(names.Length > 0 ? ";" : "").Append(sorted[i].Key);
        }

        return names.ToString();
    }

    public static void Append(ref Utf8Buffer buffer, List<KeyValuePair<string, string>> sorted)
    {
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i > 0 && sorted[i].Key == sorted[i - 1].Key)
            {
                CanonicalRequest.AppendHeaderContinuation(ref buffer, sorted[i].Value);
            }
            else
            {
                CanonicalRequest.AppendHeader(ref buffer, sorted[i].Key, sorted[i].Value);
            }
        }
    }

    // Insertion sort by name: stable, so values of one name keep their order as the canonical form requires,
    // and cheap for the handful of headers a request carries. (LINQ's OrderBy over KeyValuePair has to be
    // compiled at run time, which a one-request CLI process pays for at start-up.)
    private static void SortStably(List<KeyValuePair<string, string>> headers)
    {
        for (var i = 1; i < headers.Count; i++)
        {
            var current = headers[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(headers[j].Key, current.Key) > 0)
            {
                headers[j + 1] = headers[j];
                j--;
            }

            headers[j + 1] = current;
        }
    }
}
