using System.Globalization;
using RoleCall.Protocol.RestXml;

namespace RoleCall.Credentials.S3;

/// <summary>The parameters of one ListObjectsV2 page the CLI asks for: bucket, prefix, delimiter, page size and where to continue.</summary>
public sealed record ListObjectsV2Request(string Bucket, string Prefix, string? Delimiter = null, string? ContinuationToken = null, int? MaxKeys = null)
{
    /// <summary>The query, in the order botocore sends it (the signature sorts it anyway).</summary>
    internal string Query
    {
        get
        {
            var parameters = new List<(string Name, string? Value)> { ("list-type", "2") };
            if (ContinuationToken is not null)
            {
                parameters.Add(("continuation-token", ContinuationToken));
            }

            if (MaxKeys is { } max)
            {
                parameters.Add(("max-keys", max.ToString(CultureInfo.InvariantCulture)));
            }

            parameters.Add(("prefix", Prefix));
            if (Delimiter is not null)
            {
                parameters.Add(("delimiter", Delimiter));
            }

            parameters.Add(("encoding-type", "url"));
            return S3RequestPaths.Query([.. parameters]);
        }
    }
}
