using RoleCall.Core.Errors;

namespace RoleCall.Server.FrontDoor;

/// <summary>Errors of routing itself, before any service sees the request.</summary>
internal static class FrontDoorErrors
{
    /// <summary>
    /// A request signed for a service serve does not run. Not SignatureDoesNotMatch: the keys may be fine,
    /// the service is what is missing. AWS has no such case (each service has its own host), so the code is ours.
    /// </summary>
    public static AwsServiceException ServiceNotOffered(string service, IReadOnlyList<string> offered) =>
        new("UnsupportedService",
            $"rolecall serve does not offer the service '{service}' named in the request's credential scope; it offers: {string.Join(", ", offered)}.",
            400);
}
