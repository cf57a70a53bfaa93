using Microsoft.AspNetCore.Http;

namespace RoleCall.Server.FrontDoor;

/// <summary>
/// One AWS service on the port, chosen by the SigV4 credential scope's service name before any of the body
/// is read (S3 bodies stream; Query bodies are small and read whole by their endpoint). The endpoint owns
/// everything after routing: authentication (<see cref="Auth.RequestAuthenticator"/>), its protocol codec,
/// authorization through <see cref="Iam.Access.IAccessAuthorizer"/>, and its errors in its own shape.
/// Register one in <see cref="Hosting.ServiceComposition"/>.
/// </summary>
internal interface IServiceEndpoint
{
    /// <summary>The credential scope's service name this endpoint answers: `iam`, `sts`, `s3`, `ec2`, ...</summary>
    string Service { get; }

    /// <summary>Answers one request; <paramref name="requestId"/> goes into the response and any error.</summary>
    Task HandleAsync(HttpContext http, string requestId);
}
