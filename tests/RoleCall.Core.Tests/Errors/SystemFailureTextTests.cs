using System.Security.Authentication;
using RoleCall.Core.Errors;

namespace RoleCall.Core.Tests.Errors;

/// <summary>
/// The published CLI keeps the runtime's messages as resource keys (UseSystemResourceKeys): `serve --data FILE`
/// printed `IO_FileExists_Name, FILE`, an https:// URL on a plain-HTTP server `net_frame_read_size`.
/// </summary>
public sealed class SystemFailureTextTests
{
    [Theory]
    [InlineData("IO_FileExists_Name, /srv/data")]
    [InlineData("The file '/srv/data' already exists.")]
    public void Should_name_what_is_in_the_way_for_eexist_keyed_or_not(string message)
    {
        var text = SystemFailureText.Of(new IOException(message, 17));

        Assert.Equal("something of that name is already there (a file where a directory belongs, or a directory where a file belongs)", text);
    }

    [Fact]
    public void Should_say_permission_denied_and_name_the_path_only_when_asked()
    {
        var denied = new UnauthorizedAccessException("UnauthorizedAccess_IODenied_Path, /proc/1");

        Assert.Equal("permission denied", SystemFailureText.Of(denied));
        Assert.Equal("permission denied: /proc/1", SystemFailureText.Of(denied, namePath: true));
    }

    [Fact]
    public void Should_explain_a_tls_handshake_with_a_plain_http_server()
    {
        var text = SystemFailureText.Of(new AuthenticationException("net_frame_read_size"));

        Assert.Equal("the server did not answer in TLS (is the endpoint http:// rather than https://?)", text);
    }

    [Fact]
    public void Should_turn_any_other_key_into_a_sentence_and_keep_real_text()
    {
        Assert.Equal("an input/output error (IO_SomethingNew: /x)", SystemFailureText.Of(new IOException("IO_SomethingNew, /x")));
        Assert.Equal("Broken pipe", SystemFailureText.Of(new IOException("Broken pipe", 32)));
        Assert.Equal("Name or service not known", SystemFailureText.Of(new IOException("Name or service not known")));
    }

    [Theory]
    [InlineData("IO_FileExists_Name, /a, b", "IO_FileExists_Name", "/a, b")]
    [InlineData("net_frame_read_size", "net_frame_read_size", null)]
    [InlineData("Connection refused", null, null)]
    [InlineData("Failed_to, bind", "Failed_to", "bind")]
    [InlineData("_x", null, null)]
    public void Should_recognise_a_bare_resource_key(string message, string? key, string? detail)
    {
        Assert.Equal((key, detail), SystemFailureText.ResourceKey(message));
    }
}
