using RoleCall.Cli.Hosting;
using RoleCall.Cli.Terminal;

namespace RoleCall.Cli.Commands.Sso;

/// <summary>
/// What `sso login` and `configure sso` show while the login waits for approval, in the AWS CLI v2's words, on
/// stderr: the device flow's verification URL and code, or the authorization-code flow's /authorize URL (no
/// code), after trying to open the browser unless --no-browser.
/// </summary>
internal static class DevicePrompt
{
    public static Action<string, string, string> For(CommandContext context, bool noBrowser) => (uri, complete, code) =>
    {
        var opened = !noBrowser && BrowserOpener.TryOpen(complete);
        context.Error.WriteLine(opened
            ? "Attempting to automatically open the SSO authorization page in your default browser.\nIf the browser does not open or you wish to use a different device to authorize this request, open the following URL:\n"
            : "Browser will not be automatically opened.\nPlease visit the following URL:\n");
        context.Error.WriteLine(uri);
        context.Error.WriteLine("\nThen enter the code:\n");
        context.Error.WriteLine(code);
        context.Error.WriteLine($"\nAlternatively, you may visit the following URL which will autofill the code upon loading:\n{complete}");
    };

    /// <summary>The authorization-code flow: botocore's handlers with no user code.</summary>
    public static Action<string> ForAuthorizationUrl(CommandContext context, bool noBrowser) => url =>
    {
        var opened = !noBrowser && BrowserOpener.TryOpen(url);
        context.Error.WriteLine(opened
            ? "Attempting to automatically open the SSO authorization page in your default browser.\nIf the browser does not open or you wish to use a different device to authorize this request, open the following URL:\n"
            : "Browser will not be automatically opened.\nPlease visit the following URL:\n");
        context.Error.WriteLine(url);
        context.Error.WriteLine();
    };
}
