using System.Net;

namespace RoleCall.Credentials.Sso;

/// <summary>
/// The page the browser shows after the redirect to the loopback callback: plain HTML, no script, telling the
/// user whether the terminal got what it waited for (the AWS CLI's own page says the same).
/// </summary>
internal static class CallbackPage
{
    public const string Success = "Your credentials have been shared successfully and can be used until your session expires. You can now close this tab.";

    public static string NotFound => Page("Not found", "This address only receives the IAM Identity Center sign-in answer for rolecall sso login.");

    public static string For(CallbackAnswer answer, string expectedState) => answer switch
    {
        { Error: { } error } => Page("Sign-in failed", $"The authentication redirect failed with the following error: {error}. Return to the terminal."),
        _ when answer.State != expectedState => Page("Sign-in refused", "This answer does not belong to the login waiting in the terminal (its state does not match), so it was refused."),
        _ => Page("Signed in", Success),
    };

    private static string Page(string title, string text) =>
        $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\n<body><h1>{title}</h1>\n<p>{WebUtility.HtmlEncode(text)}</p></body></html>\n";
}
