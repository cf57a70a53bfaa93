using Microsoft.AspNetCore.Http;
using RoleCall.IdentityCenter;
using RoleCall.IdentityCenter.Model;
using RoleCall.IdentityCenter.Passwords;
using RoleCall.Web.Hosting;
using RoleCall.Web.Pages.Portal;

namespace RoleCall.Web.Portal;

/// <summary>
/// The portal's sign-in as an identity-store user: user name and password (POST /start/signin), then a new
/// password when the administrator set a one-time password (/start/password), then the MFA code when the user
/// has a device (/start/mfa) or a device to register when the instance requires MFA (/start/mfa-register), then
/// a session for the instance's session duration. /start/signout ends it.
/// </summary>
internal sealed class PortalSignInHandler(UserSignIn users, InstanceDirectory instances, PortalSessions sessions, SignInRateLimiter limiter, PageRenderer pages)
{
    public const string Incorrect = "Incorrect username or password.";
    public const string Locked = "Too many failed sign-in attempts: this user is locked for 15 minutes. Try again later.";
    public const string Throttled = "Too many sign-in attempts from your address. Wait a minute and try again.";

    public Task ShowAsync(PortalRequest request, string userName = "", string? error = null, int status = StatusCodes.Status200OK) =>
        pages.WriteAsync<PortalSignInPage>(request.Http, new PortalSignInModel(request.Chrome("Sign in", error), userName, "password"), status, PortalApp.Csp);

    public Task PostAsync(PortalRequest request, IFormCollection form)
    {
        var userName = form["username"].ToString().Trim();
        if (!limiter.TryAcquire(request.Address))
        {
            return ShowAsync(request, userName, Throttled, StatusCodes.Status429TooManyRequests);
        }

        var result = users.SignIn(userName, form["password"].ToString());
        return result.Outcome switch
        {
            SignInOutcome.Locked => ShowAsync(request, userName, Locked, StatusCodes.Status429TooManyRequests),
            SignInOutcome.Failed => ShowAsync(request, userName, Incorrect, StatusCodes.Status401Unauthorized),
            SignInOutcome.MustChangePassword => Pend(request, result.User!, PortalStep.NewPassword),
            _ => Next(request, result.User!),
        };
    }

    public Task ShowStepAsync(PortalRequest request, PortalStep step, string? error = null, int status = StatusCodes.Status200OK)
    {
        if (Pending(request, step) is not { } pending)
        {
            request.Redirect("/start");
            return Task.CompletedTask;
        }

        if (step == PortalStep.RegisterMfa)
        {
            return MfaRegistrationView.WriteAsync(pages, request, pending.User, pending.RegistrationSeed(sessions), "/start/mfa-register", error, status);
        }

        var (title, name) = step == PortalStep.Mfa ? ("Multi-factor authentication", "mfa") : ("Set new password", "new-password");
        return pages.WriteAsync<PortalSignInPage>(request.Http, new PortalSignInModel(request.Chrome(title, error), "", name), status, PortalApp.Csp);
    }

    public Task PostNewPasswordAsync(PortalRequest request, IFormCollection form)
    {
        if (Pending(request, PortalStep.NewPassword) is not { User: var user })
        {
            return ShowStepAsync(request, PortalStep.NewPassword);
        }

        var password = form["newpassword"].ToString();
        if (password != form["confirmpassword"].ToString())
        {
            return ShowStepAsync(request, PortalStep.NewPassword, "The two passwords do not match.", StatusCodes.Status400BadRequest);
        }

        if (users.ChangePassword(user, password) is { } refused)
        {
            return ShowStepAsync(request, PortalStep.NewPassword, refused, StatusCodes.Status400BadRequest);
        }

        sessions.EndPending(Cookies.Get(request.Http, Cookies.PortalPending));
        return Next(request, users.Find(user.Id) ?? user);
    }

    public Task PostMfaAsync(PortalRequest request, IFormCollection form)
    {
        if (Pending(request, PortalStep.Mfa) is not { User: var user })
        {
            return ShowStepAsync(request, PortalStep.Mfa);
        }

        if (!limiter.TryAcquire(request.Address))
        {
            return ShowStepAsync(request, PortalStep.Mfa, Throttled, StatusCodes.Status429TooManyRequests);
        }

        if (!users.CheckMfa(user, form["code"].ToString().Trim()))
        {
            return ShowStepAsync(request, PortalStep.Mfa, "The MFA code is not valid or was already used. Enter the next code your app shows.", StatusCodes.Status401Unauthorized);
        }

        Complete(request, user);
        return Task.CompletedTask;
    }

    /// <summary>The instance requires MFA and the user has none: register a device, then the session starts.</summary>
    public Task PostRegisterMfaAsync(PortalRequest request, IFormCollection form)
    {
        if (Pending(request, PortalStep.RegisterMfa) is not { User: var user } pending)
        {
            return ShowStepAsync(request, PortalStep.RegisterMfa);
        }

        if (!limiter.TryAcquire(request.Address))
        {
            return ShowStepAsync(request, PortalStep.RegisterMfa, Throttled, StatusCodes.Status429TooManyRequests);
        }

        if (users.RegisterMfa(user, pending.RegistrationSeed(sessions), form["code1"].ToString(), form["code2"].ToString()) is { } refused)
        {
            return ShowStepAsync(request, PortalStep.RegisterMfa, refused, StatusCodes.Status400BadRequest);
        }

        Complete(request, user);
        return Task.CompletedTask;
    }

    public void SignOut(PortalRequest request)
    {
        sessions.End(request.Session);
        Cookies.Delete(request.Http, Cookies.Portal);
        request.Redirect("/start");
    }

    /// <summary>After the password (and a new one): the MFA step when the user has a device, else signed in.</summary>
    private Task Next(PortalRequest request, StoreUser user)
    {
        if (user.MfaSeed is not null)
        {
            return Pend(request, user, PortalStep.Mfa);
        }

        if (users.MfaRequired)
        {
            return Pend(request, user, PortalStep.RegisterMfa);
        }

        Complete(request, user);
        return Task.CompletedTask;
    }

    private Task Pend(PortalRequest request, StoreUser user, PortalStep step)
    {
        Cookies.Set(request.Http, Cookies.PortalPending, sessions.Pend(user.Id, step), PortalSessions.PendingLifetime);
        request.Redirect(step switch { PortalStep.Mfa => "/start/mfa", PortalStep.RegisterMfa => "/start/mfa-register", _ => "/start/password" });
        return Task.CompletedTask;
    }

    private void Complete(PortalRequest request, StoreUser user)
    {
        var (_, cookie) = sessions.Start(user.Id, instances.Instance.AccessTokenLifetime);
        sessions.EndPending(Cookies.Get(request.Http, Cookies.PortalPending));
        Cookies.Delete(request.Http, Cookies.PortalPending);
        Cookies.Set(request.Http, Cookies.Portal, cookie);
        request.Redirect(PortalAuthorizeHandler.TakeReturn(request.Http) ?? "/start");
    }

    /// <summary>The pending sign-in at exactly this step and its user, its cookie opened once per request.</summary>
    private PendingUser? Pending(PortalRequest request, PortalStep step) =>
        sessions.FindPending(PendingId(request), step) is { } pending && users.Find(pending.UserId) is { } user ? new PendingUser(pending, user) : null;

    private static string? PendingId(PortalRequest request) => Cookies.Get(request.Http, Cookies.PortalPending);

    private sealed record PendingUser(PortalPending Entry, StoreUser User)
    {
        /// <summary>The seed offered while this sign-in registers its required device.</summary>
        public string RegistrationSeed(PortalSessions sessions) => sessions.RegistrationSeed(Entry.Id, User.MfaSeed);
    }
}
