using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Endpoints;

/// <summary>Endpoint configuration mistakes, worded as botocore words them, with a hint.</summary>
internal static class EndpointErrors
{
    public static ConfigurationException InvalidStsRegionalEndpoints(string value) =>
        new($"STS regional endpoints option {value} is invalid. Valid options are: \"legacy\", \"regional\"",
            "set sts_regional_endpoints (or AWS_STS_REGIONAL_ENDPOINTS) to legacy or regional");

    public static ConfigurationException InvalidEndpointUrl(string value, string source) =>
        new($"Invalid endpoint: {value} (from {source})",
            "an endpoint URL needs a scheme and a host, e.g. http://127.0.0.1:8977");
}
