using RoleCall.Protocol.RestXml;

namespace RoleCall.Protocol.Tests.RestXml;

/// <summary>ListObjectsV2 pages as S3 (and moto_server) write them, with and without `encoding-type=url`.</summary>
public sealed class ListObjectsV2ResultReaderTests
{
    private const string Page = """
        <?xml version="1.0" encoding="UTF-8"?>
        <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name><Prefix>dir%2F</Prefix>
        <KeyCount>3</KeyCount><MaxKeys>2</MaxKeys><Delimiter>%2F</Delimiter><IsTruncated>true</IsTruncated>
        <EncodingType>url</EncodingType>
        <Contents><Key>dir/sp+ace%2Bplus.txt</Key><LastModified>2026-12-06T03:04:46.000Z</LastModified><ETag>"x"</ETag><Size>1280</Size><StorageClass>STANDARD</StorageClass></Contents>
        <Contents><Key>dir/%C3%A9t%C3%A9</Key><LastModified>2026-01-02T03:04:05Z</LastModified><Size>0</Size></Contents>
        <CommonPrefixes><Prefix>dir/sub%2F</Prefix></CommonPrefixes>
        <NextContinuationToken>tok/en==</NextContinuationToken></ListBucketResult>
        """;

    [Fact]
    public void Should_decode_url_encoded_keys_and_prefixes_as_botocore_does()
    {
        var page = ListObjectsV2ResultReader.Read(Page);

        Assert.Equal(["dir/sp ace+plus.txt", "dir/été"], page.Contents.Select(c => c.Key));
        Assert.Equal(["dir/sub/"], page.CommonPrefixes);
        Assert.Equal([1280L, 0L], page.Contents.Select(c => c.Size));
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 3, 4, 46, TimeSpan.Zero), page.Contents[0].LastModified);
        Assert.True(page.IsTruncated);
        Assert.Equal("tok/en==", page.NextContinuationToken);
    }

    [Fact]
    public void Should_keep_keys_as_written_without_an_encoding_type()
    {
        var page = ListObjectsV2ResultReader.Read(Page.Replace("<EncodingType>url</EncodingType>", "", StringComparison.Ordinal));

        Assert.Equal("dir/sp+ace%2Bplus.txt", page.Contents[0].Key);
    }

    [Fact]
    public void Should_read_an_empty_last_page()
    {
        var page = ListObjectsV2ResultReader.Read("<ListBucketResult><Name>b</Name><IsTruncated>false</IsTruncated></ListBucketResult>");

        Assert.Empty(page.Contents);
        Assert.Empty(page.CommonPrefixes);
        Assert.Null(page.NextContinuationToken);
    }

    [Theory]
    [InlineData("<ListBucketResult><IsTruncated>true</IsTruncated></ListBucketResult>")]
    [InlineData("<ListAllMyBucketsResult/>")]
    [InlineData("<ListBucketResult><Contents><Key>k</Key><LastModified>yesterday</LastModified><Size>1</Size></Contents></ListBucketResult>")]
    [InlineData("<ListBucketResult><Contents><Key>k</Key><LastModified>2026-01-02T03:04:05Z</LastModified><Size>-1</Size></Contents></ListBucketResult>")]
    [InlineData("<ListBucketResult><Contents><Key>k</Key></Contents>")]
    public void Should_refuse_a_page_it_cannot_read_faithfully(string xml) =>
        Assert.Throws<FormatException>(() => ListObjectsV2ResultReader.Read(xml));
}
