using RoleCall.Iam.Actions.Users;
using RoleCall.Iam.Handlers;

namespace RoleCall.Iam.Actions;

/// <summary>Every IAM action this service implements (one handler per action; per-kind handlers appear once per kind).</summary>
internal static class IamHandlers
{
    public static IEnumerable<IActionHandler> All() =>
    [
        new CreateUser(),
        new GetUser(),
        new ListUsers(),
    ];
}
