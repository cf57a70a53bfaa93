using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoleCall.Credentials.Sso;

/// <summary>
/// A data directory for the AWS CLI v2 (`AWS_DATA_PATH=DIR`) that sends its SSO portal and SSO OIDC calls to
/// one endpoint. The AWS CLI v2 2.9 ignores AWS_ENDPOINT_URL(_SSO), but its botocore loads each service's
/// endpoint ruleset (`SERVICE/2019-06-10/endpoint-rule-set-1.json`) from AWS_DATA_PATH before its own data, so
/// a ruleset whose only rule names the endpoint makes `aws sso login` and `aws configure sso` talk to serve.
/// The parameters are the ones botocore passes for these services; an unused builtin is harmless.
/// </summary>
public static class CliV2EndpointData
{
    private const string ApiVersion = "2019-06-10";

    /// <summary>The services the AWS CLI v2 uses for SSO: the portal (`sso`) and OIDC (`sso-oidc`).</summary>
    public static readonly IReadOnlyList<string> Services = ["sso", "sso-oidc"];

    /// <summary>Writes the rulesets under <paramref name="directory"/>; returns the files written.</summary>
    public static IReadOnlyList<string> Write(string directory, Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var written = new List<string>();
        foreach (var service in Services)
        {
            var folder = Path.Combine(directory, service, ApiVersion);
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, "endpoint-rule-set-1.json");
            File.WriteAllText(file, Ruleset(endpoint).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
            written.Add(file);
        }

        return written;
    }

    private static JsonObject Ruleset(Uri endpoint) => new()
    {
        ["version"] = "1.0",
        ["parameters"] = new JsonObject
        {
            ["Region"] = Parameter("AWS::Region", "String", required: false),
            ["UseDualStack"] = Parameter("AWS::UseDualStack", "Boolean", required: true, JsonValue.Create(false)),
            ["UseFIPS"] = Parameter("AWS::UseFIPS", "Boolean", required: true, JsonValue.Create(false)),
            ["Endpoint"] = Parameter("SDK::Endpoint", "String", required: false),
        },
        ["rules"] = new JsonArray
        {
            new JsonObject
            {
                ["conditions"] = new JsonArray(),
                ["endpoint"] = new JsonObject { ["url"] = endpoint.ToString().TrimEnd('/'), ["properties"] = new JsonObject(), ["headers"] = new JsonObject() },
                ["type"] = "endpoint",
            },
        },
    };

    private static JsonObject Parameter(string builtIn, string type, bool required, JsonNode? defaultValue = null)
    {
        var parameter = new JsonObject { ["builtIn"] = builtIn, ["required"] = required, ["type"] = type };
        if (defaultValue is not null)
        {
            parameter["default"] = defaultValue;
        }

        return parameter;
    }
}
