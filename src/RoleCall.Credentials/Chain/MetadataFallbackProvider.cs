using RoleCall.Core.Identity;
using RoleCall.Credentials.Providers;

namespace RoleCall.Credentials.Chain;

/// <summary>
/// The end of the default chain (container endpoint, else instance metadata): off AWS compute these fail,
/// and that failure means "no credentials anywhere", reported as such with the endpoint's reason.
/// </summary>
public sealed class MetadataFallbackProvider(string profile, ICredentialProvider inner) : ICredentialProvider
{
    public ICredentialProvider Inner { get; } = inner;

    public string Method => Inner.Method;

    public async ValueTask<AwsCredentials> ResolveAsync(CancellationToken cancellation)
    {
        try
        {
            return await Inner.ResolveAsync(cancellation);
        }
        catch (CredentialException e)
        {
            throw ChainErrors.NoCredentials(profile, e.Message, e);
        }
        catch (HttpRequestException e)
        {
            throw ChainErrors.NoCredentials(profile, "no metadata endpoint answered", e);
        }
        catch (TaskCanceledException e) when (!cancellation.IsCancellationRequested)
        {
            throw ChainErrors.NoCredentials(profile, "the metadata endpoint timed out", e);
        }
    }
}
