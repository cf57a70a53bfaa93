using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;
using RoleCall.Iam.SignIn;
using RoleCall.Web.Hosting;
using RoleCall.Web.Pages;
using RoleCall.Web.Sessions;

namespace RoleCall.Web.Handlers;

/// <summary>
/// /signin: the password form, then /signin/mfa or /signin/password when the user has an MFA device or must
/// change the password, then a session cookie and the console home. /signin/signout ends the session.
/// </summary>
internal sealed class SignInHandler(ConsoleSignIn signIn, SessionStore sessions, SignInRateLimiter limiter, PageRenderer pages)
{
    public const string Incorrect = "Your authentication information is incorrect. Please try again.";
    public const string Locked = "Too many failed sign-in attempts: this user is locked for 15 minutes. Try again later.";
    public const string Throttled = "Too many sign-in attempts from your address. Wait a minute and try again.";

    public Task ShowAsync(ConsoleRequest request) =>
        pages.WriteAsync<SignInPage>(request.Http, new SignInModel(request.Chrome("Sign in"), request.Query("account"), "", false));

    public async Task PostAsync(ConsoleRequest request, IFormCollection form)
    {
        var account = form["account"].ToString().Trim();
        var root = form["kind"] == "root";
        var user = form["username"].ToString().Trim();
        var model = new SignInModel(request.Chrome("Sign in"), account, user, root);
        if (!limiter.TryAcquire(Address(request)))
        {
            await pages.WriteAsync<SignInPage>(request.Http, model with { Chrome = request.Chrome("Sign in", Throttled) }, StatusCodes.Status429TooManyRequests);
            return;
        }

        var accountId = signIn.ResolveAccount(account);
        var attempt = accountId is null || (!root && user.Length == 0)
            ? SignInAttempt.Refused(SignInStatus.Failed, "", null)
            : signIn.CheckPassword(accountId, root ? null : user, form["password"].ToString());
        switch (attempt.Status)
        {
            case SignInStatus.Failed or SignInStatus.LockedOut:
                var error = attempt.Status == SignInStatus.LockedOut ? Locked : Incorrect;
                await pages.WriteAsync<SignInPage>(request.Http, model with { Chrome = request.Chrome("Sign in", error) }, StatusCodes.Status401Unauthorized);
                return;
            case SignInStatus.NeedsMfa or SignInStatus.NeedsNewPassword:
                sessions.Pend(request.Http, attempt);
                request.Redirect(attempt.Status == SignInStatus.NeedsMfa ? "/signin/mfa" : "/signin/password");
                return;
            default:
                Complete(request, attempt, withMfa: false);
                return;
        }
    }

    public Task ShowStepAsync(ConsoleRequest request, bool mfa, string? error = null, int status = StatusCodes.Status200OK)
    {
        if (Pending(request) is not { } attempt)
        {
            request.Redirect("/signin");
            return Task.CompletedTask;
        }

        var who = attempt.IsRoot ? $"the root user of {attempt.AccountId}" : $"{attempt.UserName} @ {attempt.AccountId}";
        var model = new SignInStepModel(request.Chrome(mfa ? "Multi-factor authentication" : "Change password", error), who);
        return mfa ? pages.WriteAsync<MfaPage>(request.Http, model, status) : pages.WriteAsync<NewPasswordPage>(request.Http, model, status);
    }

    public Task PostMfaAsync(ConsoleRequest request, IFormCollection form)
    {
        if (Pending(request) is not { Status: SignInStatus.NeedsMfa } attempt)
        {
            return ShowStepAsync(request, mfa: true);
        }

        if (!limiter.TryAcquire(Address(request)))
        {
            return ShowStepAsync(request, true, Throttled, StatusCodes.Status429TooManyRequests);
        }

        if (!signIn.CheckMfa(attempt, form["code"].ToString()))
        {
            return ShowStepAsync(request, true, "The MFA code is not valid or was already used. Enter the next code your app shows.", StatusCodes.Status401Unauthorized);
        }

        if (attempt.ResetRequired)
        {
            // The MFA step is used up; a new pending sign-in (a new ID) waits for the new password.
            sessions.EndPending(request.Http);
            sessions.Pend(request.Http, attempt with { Status = SignInStatus.NeedsNewPassword });
            request.Redirect("/signin/password");
            return Task.CompletedTask;
        }

        Complete(request, attempt, withMfa: true);
        return Task.CompletedTask;
    }

    public Task PostNewPasswordAsync(ConsoleRequest request, IFormCollection form)
    {
        if (Pending(request) is not { Status: SignInStatus.NeedsNewPassword } attempt)
        {
            return ShowStepAsync(request, mfa: false);
        }

        var password = form["newpassword"].ToString();
        if (password != form["confirmpassword"].ToString())
        {
            return ShowStepAsync(request, false, "The two passwords do not match.", StatusCodes.Status400BadRequest);
        }

        try
        {
            signIn.SetNewPassword(attempt, password);
        }
        catch (AwsServiceException e)
        {
            return ShowStepAsync(request, false, e.Message, StatusCodes.Status400BadRequest);
        }

        // A NeedsNewPassword step that carries a device serial was reached through the MFA step.
        Complete(request, attempt, withMfa: attempt.MfaSerial is not null);
        return Task.CompletedTask;
    }

    public void SignOut(ConsoleRequest request)
    {
        sessions.End(request.Http, request.Session);
        request.Redirect("/signin");
    }

    private void Complete(ConsoleRequest request, SignInAttempt attempt, bool withMfa)
    {
        var caller = signIn.Complete(attempt, withMfa);
        sessions.EndPending(request.Http);
        sessions.Start(request.Http, caller, caller.Session!.Expiration);
        var back = ReturnPath.Validate(Cookies.Get(request.Http, Cookies.Return));
        Cookies.Delete(request.Http, Cookies.Return);
        request.Redirect(back ?? "/console");
    }

    private SignInAttempt? Pending(ConsoleRequest request) => sessions.FindPending(Cookies.Get(request.Http, Cookies.Pending));

    private static string Address(ConsoleRequest request) => request.Http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
