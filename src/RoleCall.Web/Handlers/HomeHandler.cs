using RoleCall.Web.Hosting;
using RoleCall.Web.Pages;

namespace RoleCall.Web.Handlers;

/// <summary>/console: who is signed in and as whom the pages act.</summary>
internal sealed class HomeHandler(PageRenderer pages)
{
    public Task ShowAsync(ConsoleRequest request)
    {
        var session = request.Session!;
        var inRole = session.InRole(request.Now);
        var model = new HomeModel(request.Chrome("Console home"), session.SignedIn.Arn, session.Current.Arn, session.Current.AccountId,
            session.SignedIn.Session?.MultiFactorAuthPresent == true, inRole ? session.Role!.Expires : session.Expires);
        return pages.WriteAsync<HomePage>(request.Http, model);
    }
}
