using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;
using RoleCall.Iam.Model;
using RoleCall.Iam.SignIn;
using RoleCall.Web.Hosting;
using RoleCall.Web.Pages;
using RoleCall.Web.Services;
using RoleCall.Web.Sessions;

namespace RoleCall.Web.Handlers;

/// <summary>
/// Switch role: AssumeRole for one hour as the identity that signed in (never as the current role: no role
/// chaining, as in AWS), so a trust policy that requires MFA sees the MFA of the sign-in. The role joins the
/// history cookie; Switch back drops it. A refused switch changes nothing.
/// </summary>
internal sealed class SwitchRoleHandler(IamCalls iam, ConsoleSignIn signIn, PageRenderer pages)
{
    /// <summary>AWS's limit on the role field: path plus name at most 64 characters.</summary>
    public const int MaxRoleLength = 64;

    public Task ShowAsync(ConsoleRequest request)
    {
        // AWS's links carry hex codes (`color=FAD791`); the form and the history keep AWS's colour names.
        var color = (RoleColors.Find(request.Query("color")) ?? RoleColors.All[0]).Name;
        var model = new SwitchRoleModel(request.Chrome("Switch role"), request.Query("account"), request.Query("roleName"), request.Query("displayName"), color);
        return pages.WriteAsync<SwitchRolePage>(request.Http, model);
    }

    public Task PostAsync(ConsoleRequest request, IFormCollection form)
    {
        var choice = new RoleChoice(form["account"].ToString().Trim(), form["roleName"].ToString().Trim().Trim('/'),
            form["displayName"].ToString().Trim(), RoleColors.Find(form["color"].ToString())?.Name ?? form["color"].ToString());
        return SwitchAsync(request, choice);
    }

    public Task PostHistoryAsync(ConsoleRequest request, IFormCollection form)
    {
        var history = RoleHistory.Read(request.Http);
        return int.TryParse(form["index"], out var i) && i >= 0 && i < history.Count ? SwitchAsync(request, history[i]) : ShowAsync(request);
    }

    public static void SwitchBack(ConsoleRequest request)
    {
        request.Session!.Role = null;
        request.Redirect("/console");
    }

    private async Task SwitchAsync(ConsoleRequest request, RoleChoice choice)
    {
        var error = Validate(choice, out var accountId);
        if (error is null)
        {
            var display = choice.DisplayName.Length > 0 ? choice.DisplayName : $"{choice.RoleName[(choice.RoleName.LastIndexOf('/') + 1)..]} @ {choice.Account}";
            try
            {
                var role = Assume(request.Session!, $"arn:aws:iam::{accountId}:role/{choice.RoleName}");
                request.Session!.Role = new ActiveRole(role, display, choice.Color, role.Session!.Expiration);
                RoleHistory.Add(request.Http, choice with { Account = accountId!, DisplayName = display });
                request.Redirect("/console");
                return;
            }
            catch (AwsServiceException e)
            {
                error = ConsoleErrors.Describe(e);
            }
        }

        var model = new SwitchRoleModel(request.Chrome("Switch role", error), choice.Account, choice.RoleName, choice.DisplayName, choice.Color);
        await pages.WriteAsync<SwitchRolePage>(request.Http, model, StatusCodes.Status400BadRequest);
    }

    private string? Validate(RoleChoice choice, out string? accountId)
    {
        accountId = signIn.ResolveAccount(choice.Account);
        if (choice.RoleName.Length is 0 or > MaxRoleLength)
        {
            return $"The role name (with its path) must be 1 to {MaxRoleLength} characters; it has {choice.RoleName.Length}.";
        }

        if (!choice.RoleName.All(c => char.IsAsciiLetterOrDigit(c) || "+=,.@_-/".Contains(c, StringComparison.Ordinal)))
        {
            return "The role name may contain letters, digits, + = , . @ _ - and / between path parts.";
        }

        if (!RoleColors.IsKnown(choice.Color))
        {
            return "Choose one of the five colours.";
        }

        return accountId is null ? "Invalid information in one or more fields. Check your information or contact your administrator." : null;
    }

    private Caller Assume(ConsoleSession session, string roleArn)
    {
        var user = session.SignedIn;
        var sessionName = user.Kind == PrincipalKind.User ? user.Arn[(user.Arn.LastIndexOf('/') + 1)..] : "console";
        var result = iam.Sts(user, "AssumeRole", ("RoleArn", roleArn), ("RoleSessionName", sessionName), ("DurationSeconds", "3600"));
        var keyId = result.Text("Credentials", "AccessKeyId") ?? throw new InvalidOperationException("AssumeRole returned no credentials");
        return iam.FindKey(keyId)?.Caller ?? throw new InvalidOperationException("the new role session is not in the store");
    }
}
