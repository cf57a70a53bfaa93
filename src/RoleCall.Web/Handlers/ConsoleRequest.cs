using Microsoft.AspNetCore.Http;
using RoleCall.Web.Hosting;
using RoleCall.Web.Pages;
using RoleCall.Web.Sessions;

namespace RoleCall.Web.Handlers;

/// <summary>One browser request as the page handlers see it: the HTTP context, the session (null before sign-in), the time.</summary>
public sealed class ConsoleRequest(HttpContext http, ConsoleSession? session, DateTimeOffset now)
{
    public HttpContext Http { get; } = http;

    public ConsoleSession? Session { get; } = session;

    public DateTimeOffset Now { get; } = now;

    public string Csrf => AntiForgery.Token(Http);

    public string Query(string name) => Http.Request.Query[name].ToString();

    /// <summary>The layout's inputs; the header shows the signed-in identity or the active role in its colour.</summary>
    public PageChrome Chrome(string title, string? error = null, string? notice = null) =>
        new(title, Session is null ? null : Header(Session), Csrf, error, notice);

    public void Redirect(string location) => Http.Response.Redirect(location);

    private HeaderModel Header(ConsoleSession session)
    {
        var history = RoleHistory.Read(Http).Select((c, i) => new HistoryItem(i, c.DisplayName, RoleColors.Css(c.Color))).ToList();
        if (session.InRole(Now) && session.Role is { } role)
        {
            return new HeaderModel(role.DisplayName, RoleColors.Css(role.Color), role.Caller.Arn, true, history);
        }

        var caller = session.SignedIn;
        // As AWS labels them: `root`, `user`, or `role/session` for a federated role sign-in.
        var name = caller.Kind switch
        {
            Iam.Model.PrincipalKind.Root => "root",
            Iam.Model.PrincipalKind.AssumedRole => caller.Arn[(caller.Arn.IndexOf(":assumed-role/", StringComparison.Ordinal) + ":assumed-role/".Length)..],
            _ => caller.Arn[(caller.Arn.LastIndexOf('/') + 1)..],
        };
        return new HeaderModel($"{name} @ {caller.AccountId}", RoleColors.Css(null), caller.Arn, false, history);
    }
}
