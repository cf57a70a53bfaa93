using Microsoft.AspNetCore.Http;

namespace RoleCall.Server.FrontDoor;

/// <summary>
/// A route the front door takes before looking for a signature: browser pages (console, sign-in, portal)
/// and the unsigned AWS APIs (SSO OIDC, the portal's bearer-token API). The handler authenticates in its
/// own way (cookie, client secret, bearer token) and writes its own errors. Routes are tried in order.
/// </summary>
internal sealed record PreAuthRoute(string Name, Func<HttpRequest, bool> Matches, RequestDelegate Handle)
{
    /// <summary>Every method on <paramref name="prefix"/> and below (`/console`, `/console/iam/roles`), on segment boundaries.</summary>
    public static PreAuthRoute Path(string prefix, RequestDelegate handle) =>
        new($"{prefix}/*", request => request.Path.StartsWithSegments(prefix, StringComparison.Ordinal), handle);

    /// <summary>Exactly this path with POST (`/token`, `/client/register`, `/device_authorization`).</summary>
    public static PreAuthRoute Post(string path, RequestDelegate handle) =>
        new($"POST {path}", request => HttpMethods.IsPost(request.Method) && request.Path.Equals(path, StringComparison.Ordinal), handle);

    /// <summary>Any request carrying <paramref name="header"/> (the portal API's `x-amz-sso_bearer_token`).</summary>
    public static PreAuthRoute Header(string header, RequestDelegate handle) =>
        new($"header {header}", request => request.Headers.ContainsKey(header), handle);
}
