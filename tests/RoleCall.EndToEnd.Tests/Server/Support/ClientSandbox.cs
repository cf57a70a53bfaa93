using RoleCall.Core.Identity;

namespace RoleCall.EndToEnd.Tests.Server.Support;

/// <summary>
/// A temp directory with empty AWS config and credentials files and the environment that makes the AWS CLI
/// or boto3 use exactly the given keys and endpoint, nothing from the machine.
/// </summary>
internal sealed class ClientSandbox : IDisposable
{
    public ClientSandbox()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("rolecall-e2e-").FullName;
        File.WriteAllText(ConfigFile, "");
        File.WriteAllText(CredentialsFile, "");
    }

    public string Directory { get; }

    public string ConfigFile => Path.Combine(Directory, "config");

    public string CredentialsFile => Path.Combine(Directory, "credentials");

    public string PathOf(string name) => Path.Combine(Directory, name);

    public Dictionary<string, string> Environment(AwsCredentials credentials, Uri endpoint) => new(StringComparer.Ordinal)
    {
        ["HOME"] = Directory,
        ["AWS_CONFIG_FILE"] = ConfigFile,
        ["AWS_SHARED_CREDENTIALS_FILE"] = CredentialsFile,
        ["AWS_ACCESS_KEY_ID"] = credentials.AccessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = credentials.SecretAccessKey,
        ["AWS_DEFAULT_REGION"] = "us-east-1",
        ["AWS_ENDPOINT_URL"] = endpoint.ToString().TrimEnd('/'),
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["PYTHONDONTWRITEBYTECODE"] = "1",
    };

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}
