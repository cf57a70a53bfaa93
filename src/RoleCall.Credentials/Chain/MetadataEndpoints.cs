using System.Net;
using RoleCall.Config;
using RoleCall.Config.Profiles;
using RoleCall.Credentials.Providers;

namespace RoleCall.Credentials.Chain;

/// <summary>Where the container and instance metadata endpoints are, from the environment and profile.</summary>
internal static class MetadataEndpoints
{
    private const string EcsHost = "http://169.254.170.2";

    /// <summary>The container provider, or null when neither container variable is set.</summary>
    public static ContainerProvider? Container(AwsEnvironment environment, HttpMessageHandler handler)
    {
        Uri uri;
        if (environment.ContainerCredentialsRelativeUri is { } relative)
        {
            uri = new Uri(EcsHost + relative);
        }
        else if (environment.ContainerCredentialsFullUri is { } full)
        {
            uri = Uri.TryCreate(full, UriKind.Absolute, out var parsed) && IsAllowed(parsed) ? parsed : throw ChainErrors.InvalidContainerUri(full);
        }
        else
        {
            return null;
        }

        return new ContainerProvider(uri, environment.ContainerAuthorizationToken, environment.ContainerAuthorizationTokenFile, handler);
    }

    public static InstanceMetadataProvider InstanceMetadata(ProfileSection? profile, AwsEnvironment environment, HttpMessageHandler handler)
    {
        var endpoint = environment.Ec2MetadataServiceEndpoint ?? profile?.Get(ProfileKeys.Ec2MetadataEndpoint);
        var mode = environment.Ec2MetadataServiceEndpointMode ?? profile?.Get(ProfileKeys.Ec2MetadataEndpointMode);
        endpoint ??= string.Equals(mode, "IPv6", StringComparison.OrdinalIgnoreCase) ? "http://[fd00:ec2::254]" : "http://169.254.169.254";
        return new InstanceMetadataProvider(new Uri(endpoint.TrimEnd('/') + "/"), handler);
    }

    /// <summary>The SDKs' rule: https anywhere; http only to loopback and the ECS/EKS link-local hosts.</summary>
    private static bool IsAllowed(Uri uri)
    {
        if (uri.Scheme == Uri.UriSchemeHttps)
        {
            return true;
        }

        if (uri.Scheme != Uri.UriSchemeHttp)
        {
            return false;
        }

        if (uri.IsLoopback)
        {
            return true;
        }

        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address)
            && (address.Equals(IPAddress.Parse("169.254.170.2")) || address.Equals(IPAddress.Parse("169.254.170.23")) || address.Equals(IPAddress.Parse("fd00:ec2::23")));
    }
}
