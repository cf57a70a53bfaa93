using RoleCall.Protocol.RestXml;

namespace RoleCall.Protocol.Tests.RestXml;

public sealed class ListBucketsResultReaderTests
{
    [Fact]
    public void Should_read_buckets_in_the_services_order()
    {
        var buckets = ListBucketsResultReader.Read("""
            <ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>abc</ID></Owner><Buckets>
            <Bucket><Name>zeta</Name><CreationDate>2026-12-06T03:04:46.000Z</CreationDate></Bucket>
            <Bucket><Name>alpha</Name><CreationDate>2025-01-01T00:00:00+01:00</CreationDate></Bucket>
            </Buckets></ListAllMyBucketsResult>
            """);

        Assert.Equal(["zeta", "alpha"], buckets.Select(b => b.Name));
        Assert.Equal(new DateTimeOffset(2024, 12, 31, 23, 0, 0, TimeSpan.Zero), buckets[1].CreationDate.ToUniversalTime());
    }

    [Fact]
    public void Should_read_no_buckets() =>
        Assert.Empty(ListBucketsResultReader.Read("<ListAllMyBucketsResult><Owner/><Buckets/></ListAllMyBucketsResult>"));

    [Fact]
    public void Should_refuse_another_document() =>
        Assert.Throws<FormatException>(() => ListBucketsResultReader.Read("<html><body>proxy</body></html>"));
}
