using Microsoft.AspNetCore.Http;
using RoleCall.Core.Errors;
using RoleCall.IdentityCenter.Model;
using RoleCall.IdentityCenter.Portal;
using RoleCall.Web.Hosting;
using RoleCall.Web.Pages.Portal;
using RoleCall.Web.Services;
using RoleCall.Web.Sessions;

namespace RoleCall.Web.Portal;

/// <summary>
/// The signed-in portal: "AWS accounts" with each account's permission sets (/start), the credentials dialog of
/// one set (/start/credentials), and its "Management console" link (/start/console), which issues a session of
/// the set's AWSReservedSSO role and signs it in to the console through /federation, as AWS's portal does.
/// </summary>
internal sealed class PortalAccountsHandler(PortalService portal, IamCalls iam, SigninTokens signinTokens, PageRenderer pages)
{
    /// <summary>Serve answers every region; the portal names the one its clients are configured with.</summary>
    public const string Region = "us-east-1";

    public Task ShowAsync(PortalRequest request, string? error = null, int status = StatusCodes.Status200OK, AccessKeysModel? keys = null)
    {
        var open = request.Query("account_id") is { Length: > 0 } id ? id : null;
        var model = new PortalAccountsModel(request.Chrome("AWS access portal", error), Accounts(request.User!), open, keys);
        return pages.WriteAsync<PortalAccountsPage>(request.Http, model, status, PortalApp.Csp);
    }

    public Task CredentialsAsync(PortalRequest request)
    {
        var (account, set) = (request.Query("account_id"), request.Query("role_name"));
        try
        {
            var credentials = portal.RoleCredentials(request.User!, set, account);
            return ShowAsync(request, keys: new AccessKeysModel(account, set, request.StartUrl, Region, credentials));
        }
        catch (AwsServiceException e)
        {
            return ShowAsync(request, NoAccess(e, account, set), e.HttpStatus);
        }
    }

    public Task ConsoleAsync(PortalRequest request)
    {
        var (account, set) = (request.Query("account_id"), request.Query("role_name"));
        try
        {
            var credentials = portal.RoleCredentials(request.User!, set, account);
            var caller = iam.FindKey(credentials.AccessKeyId)!.Caller;
            var token = signinTokens.Issue(caller, credentials.Expiration);
            request.Redirect($"/federation?Action=login&SigninToken={Uri.EscapeDataString(token)}&Destination={Uri.EscapeDataString("/console")}");
            return Task.CompletedTask;
        }
        catch (AwsServiceException e)
        {
            return ShowAsync(request, NoAccess(e, account, set), e.HttpStatus);
        }
    }

    private static string NoAccess(AwsServiceException e, string account, string set) =>
        $"{e.Code}: you have no access to permission set '{set}' in account '{account}' ({e.Message}).";

    private List<PortalAccount> Accounts(StoreUser user) =>
        [.. portal.Assignments(user)
            .GroupBy(a => a.AccountId, StringComparer.Ordinal)
            .Select(g => new PortalAccount(g.Key, portal.AccountName(g.Key), PortalService.Email(g.Key), [.. g.Select(a => a.Set.Name)]))];
}
