using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RoleCall.Iam.Model;
using RoleCall.Web.Hosting;
using RoleCall.Web.Pages;
using RoleCall.Web.Services;
using RoleCall.Web.Sessions;

namespace RoleCall.Web.Handlers;

/// <summary>
/// /federation, as AWS's endpoint: getSigninToken turns temporary credentials that this server issued into a
/// sign-in token (SessionDuration 900-43200 s, refused for GetFederationToken credentials; a session reached by
/// role chaining cannot sign in); login redeems the token once, within 15 minutes, into a console session.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_enable-console-custom-url.html
/// </summary>
internal sealed class FederationHandler(IamCalls iam, SigninTokens tokens, SessionStore sessions, PageRenderer pages)
{
    public Task HandleAsync(ConsoleRequest request, IFormCollection? form) => Param(request, form, "Action") switch
    {
        "getSigninToken" => GetSigninTokenAsync(request, form),
        "login" when form is null => LoginAsync(request),
        _ => Plain(request.Http, StatusCodes.Status400BadRequest, "Action must be getSigninToken or login."),
    };

    private static string Param(ConsoleRequest request, IFormCollection? form, string name) =>
        form is not null && form.TryGetValue(name, out var value) ? value.ToString() : request.Query(name);

    private Task GetSigninTokenAsync(ConsoleRequest request, IFormCollection? form)
    {
        FederationSession? session;
        try
        {
            session = JsonSerializer.Deserialize(Param(request, form, "Session"), WebJsonContext.Default.FederationSession);
        }
        catch (JsonException)
        {
            session = null;
        }

        var key = session?.SessionId is { } id ? iam.FindKey(id) : null;
        if (key?.Caller.Session is not { } context || key.SessionToken is null || !Same(key.SecretAccessKey, session!.SessionKey) || !Same(key.SessionToken, session.SessionToken)
            || key.Expiration <= request.Now)
        {
            return Plain(request.Http, StatusCodes.Status400BadRequest, "The Session parameter does not hold valid, unexpired temporary credentials issued by this server.");
        }

        var durationText = Param(request, form, "SessionDuration");
        if (context.TokenKind == "GetFederationToken" && durationText.Length > 0)
        {
            return Plain(request.Http, StatusCodes.Status400BadRequest, "SessionDuration cannot be used with credentials from GetFederationToken: their own duration applies.");
        }

        if (key.Caller.Kind == PrincipalKind.AssumedRole && context.IssuedBy?.Contains(":assumed-role/", StringComparison.Ordinal) == true)
        {
            return Plain(request.Http, StatusCodes.Status400BadRequest, "A session reached by role chaining cannot sign in to the console.");
        }

        var end = context.Expiration;
        if (durationText.Length > 0)
        {
            if (!int.TryParse(durationText, out var seconds) || seconds is < 900 or > 43200)
            {
                return Plain(request.Http, StatusCodes.Status400BadRequest, "SessionDuration must be an integer from 900 to 43200 seconds.");
            }

            end = request.Now.AddSeconds(seconds);
        }

        var json = JsonSerializer.Serialize(new SigninTokenResponse(tokens.Issue(key.Caller, end)), WebJsonContext.Default.SigninTokenResponse);
        request.Http.Response.ContentType = "application/json";
        request.Http.Response.Headers.CacheControl = "no-store";
        return request.Http.Response.WriteAsync(json);
    }

    private Task LoginAsync(ConsoleRequest request)
    {
        if (tokens.Redeem(request.Query("SigninToken")) is not { } redeemed)
        {
            var chrome = request.Chrome("Sign-in link not valid",
                "This sign-in link is not valid: its token was already used, has expired (tokens last 15 minutes), or was never issued.");
            return pages.WriteAsync<MessagePage>(request.Http, new MessageModel(chrome, "/signin", "Sign in"), StatusCodes.Status400BadRequest);
        }

        sessions.Start(request.Http, redeemed.Caller, redeemed.SessionEnd);
        request.Redirect(LocalDestination(request.Query("Destination")));
        return Task.CompletedTask;
    }

    /// <summary>Only a path on this server: a Destination elsewhere must not turn the endpoint into an open redirect.</summary>
    private static string LocalDestination(string destination)
    {
        if (Uri.TryCreate(destination, UriKind.Absolute, out var absolute))
        {
            destination = absolute.PathAndQuery;
        }

        return destination.StartsWith("/console", StringComparison.Ordinal) && !destination.StartsWith("//", StringComparison.Ordinal) ? destination : "/console";
    }

    private static bool Same(string expected, string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));

    private static Task Plain(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(message + "\n");
    }
}
