using System.Net;
using RoleCall.Credentials.Http;

namespace RoleCall.Credentials.Tests.Http;

/// <summary>Issue 12: a host that is an IP address is connected to directly, read without IPAddress.TryParse for IPv4.</summary>
public sealed class IpLiteralTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.0.0.255")]
    [InlineData("0.0.0.0")]
    [InlineData("169.254.169.254")]
    [InlineData("::1")]
    [InlineData("fd00:ec2::254")]
    public void Should_read_an_address_as_IPAddress_does(string host) =>
        Assert.Equal(IPAddress.Parse(host), IpLiteral.TryParse(host));

    [Theory]
    [InlineData("sts.amazonaws.com")]
    [InlineData("localhost")]
    [InlineData("256.1.1.1")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.5")]
    [InlineData("1.2.3.4.")]
    [InlineData(".1.2.3")]
    [InlineData("01.2.3.4")]
    [InlineData("1..2.3")]
    [InlineData("1234.1.1.1")]
    [InlineData("")]
    public void Should_leave_names_and_non_canonical_spellings_to_the_resolver(string host) =>
        Assert.Null(IpLiteral.TryParse(host));
}
