using RoleCall.Web.Hosting;

namespace RoleCall.Web.Tests.Hosting;

/// <summary>The page sign-in returns to comes from a cookie, so only the console's own pages may qualify.</summary>
public sealed class ReturnPathTests
{
    [Theory]
    [InlineData("/console")]
    [InlineData("/console/iam/roles?marker=x")]
    [InlineData("/switchrole?account=210987654321&roleName=admin&displayName=Prod&color=FAD791")]
    public void Should_accept_a_console_page(string path) => Assert.Equal(path, ReturnPath.Validate(path));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("//evil.example/console")]
    [InlineData("https://evil.example/console")]
    [InlineData("/\\evil.example")]
    [InlineData("/console\\..\\federation")]
    [InlineData("/federation?Action=login")]
    [InlineData("/consolefoo")]
    [InlineData("/console/\r\nSet-Cookie: x=y")]
    [InlineData("/start")]
    public void Should_refuse_anything_else(string? path) => Assert.Null(ReturnPath.Validate(path));
}
