using System.Globalization;
using System.Text;
using RoleCall.Protocol.RestXml;
using RoleCall.S3;
using RoleCall.S3.Access;
using RoleCall.S3.Listing;

namespace RoleCall.Server.S3;

/// <summary>
/// ListObjectsV2 and ListObjects (v1): parameters to <see cref="ListRequest"/>, the page to S3's XML. With
/// `encoding-type=url`, keys, prefixes, delimiter and markers are percent-encoded in the answer. V2's
/// continuation token is opaque: the base64 of the last key or prefix returned.
/// https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html
/// </summary>
internal sealed class ListHandlers(S3Service s3)
{
    private readonly ListingBodies _bodies = new();

    public Task ListV2Async(S3Exchange x)
    {
        var token = x.Parameter("continuation-token");
        var startAfter = x.Parameter("start-after");
        var after = token is null ? startAfter : DecodeToken(token);
        var (request, url) = Request(x, after);
        var page = s3.Listing.List(x.Call, request);
        var fetchOwner = x.Parameter("fetch-owner") == "true";
        // Every parameter the XML shows, separated by a character no parameter can hold unnoticed (\0 is not valid in XML 1.0).
        var key = string.Join('\0', "v2", request.Bucket, request.Prefix, request.Delimiter, request.MaxKeys.ToString(CultureInfo.InvariantCulture),
            token, startAfter, url ? "url" : null, fetchOwner ? "owner" : null, page.OwnerAccount);
        if (_bodies.Find(key, page) is { } kept)
        {
            return S3Responses.XmlAsync(x.Http, x.RequestId, kept);
        }

        var xml = RestXmlWriter.Document("ListBucketResult");
        xml.Element("Name", request.Bucket).Element("Prefix", Encode(request.Prefix, url));
        xml.Element("Delimiter", Encode(request.Delimiter, url)).Element("MaxKeys", request.MaxKeys).Element("EncodingType", url ? "url" : null);
        xml.Element("KeyCount", page.Objects.Count + page.CommonPrefixes.Count).Element("IsTruncated", page.IsTruncated);
        xml.Element("ContinuationToken", token).Element("NextContinuationToken", page.IsTruncated && page.Last is not null ? EncodeToken(page.Last) : null);
        xml.Element("StartAfter", Encode(startAfter, url));
        Entries(xml, page, url, fetchOwner);
        var body = xml.Finish();
        _bodies.Keep(key, page, body);
        return S3Responses.XmlAsync(x.Http, x.RequestId, body);
    }

    public Task ListV1Async(S3Exchange x)
    {
        var marker = x.Parameter("marker");
        var (request, url) = Request(x, marker);
        var page = s3.Listing.List(x.Call, request);
        var xml = RestXmlWriter.Document("ListBucketResult");
        xml.Element("Name", request.Bucket).Element("Prefix", Encode(request.Prefix, url)).Element("Marker", Encode(marker ?? string.Empty, url));

        // v1 names the next marker only when a delimiter is used; without one, clients resume after the last key.
        xml.Element("NextMarker", page.IsTruncated && request.Delimiter is not null ? Encode(page.Last, url) : null);
        xml.Element("MaxKeys", request.MaxKeys).Element("Delimiter", Encode(request.Delimiter, url)).Element("EncodingType", url ? "url" : null);
        xml.Element("IsTruncated", page.IsTruncated);
        Entries(xml, page, url, owner: true);
        return S3Responses.XmlAsync(x.Http, x.RequestId, xml.Finish());
    }

    private static (ListRequest Request, bool Url) Request(S3Exchange x, string? after)
    {
        var maxKeys = ListOperations.MaxKeysLimit;
        if (x.Parameter("max-keys") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out maxKeys) || maxKeys < 0))
        {
            throw S3Errors.InvalidArgument("Provided max-keys not an integer or within integer range", "max-keys", text);
        }

        var encoding = x.Parameter("encoding-type");
        if (encoding is not null && encoding != "url")
        {
            throw S3Errors.InvalidArgument("Invalid Encoding Method specified in Request", "encoding-type", encoding);
        }

        var delimiter = x.Parameter("delimiter") is { Length: > 0 } d ? d : null;
        return (new ListRequest(x.Bucket, x.Parameter("prefix") ?? string.Empty, delimiter, after, maxKeys), encoding == "url");
    }

    private static void Entries(RestXmlWriter xml, ListPage page, bool url, bool owner)
    {
        foreach (var entry in page.Objects)
        {
            xml.Open("Contents").Element("Key", Encode(entry.Key, url)).Element("LastModified", S3Formats.Iso(entry.LastModified))
                .Element("ETag", entry.ETag).Element("Size", entry.Size).Element("StorageClass", "STANDARD");
            if (owner)
            {
                var account = page.OwnerAccount;
                xml.Open("Owner").Element("ID", S3Owners.CanonicalId(account)).Element("DisplayName", account).Close("Owner");
            }

            xml.Close("Contents");
        }

        foreach (var prefix in page.CommonPrefixes)
        {
            xml.Open("CommonPrefixes").Element("Prefix", Encode(prefix, url)).Close("CommonPrefixes");
        }
    }

    private static string? Encode(string? value, bool url) => value is null || !url ? value : Uri.EscapeDataString(value).Replace("%2F", "/", StringComparison.Ordinal);

    private static string EncodeToken(string last) => Convert.ToBase64String(Encoding.UTF8.GetBytes(last));

    private static string DecodeToken(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException)
        {
            throw S3Errors.InvalidArgument("The continuation token provided is incorrect", "continuation-token", token);
        }
    }
}
