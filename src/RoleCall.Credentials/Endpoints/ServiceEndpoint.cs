namespace RoleCall.Credentials.Endpoints;

/// <summary>
/// Where a client sends its requests and how it signs them: the URL, the SigV4 signing region and service,
/// and whether the URL was configured (--endpoint-url, AWS_ENDPOINT_URL*, the profile) rather than derived.
/// </summary>
public sealed record ServiceEndpoint(Uri Url, string SigningRegion, string SigningService, bool IsConfigured);
