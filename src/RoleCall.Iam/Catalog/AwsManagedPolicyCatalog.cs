using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoleCall.Core.Otp;
using RoleCall.Iam.Model;

namespace RoleCall.Iam.Catalog;

/// <summary>
/// The AWS managed policies (`arn:aws:iam::aws:policy/...`) with their real documents, read once from the
/// embedded aws-managed-policies.json (see SOURCE.md beside it). Read-only and shared by all accounts; only
/// the default version's document is known, so each policy has that one version.
/// </summary>
public sealed class AwsManagedPolicyCatalog
{
    private const string ResourceName = "RoleCall.Iam.Catalog.aws-managed-policies.json";

    private static readonly Lazy<AwsManagedPolicyCatalog> Shared = new(Load);

    private readonly Dictionary<string, ManagedPolicy> byArn;

    private AwsManagedPolicyCatalog(IEnumerable<ManagedPolicy> policies)
    {
        Policies = [.. policies.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)];
        byArn = Policies.ToDictionary(p => p.Arn, StringComparer.Ordinal);
    }

    public static AwsManagedPolicyCatalog Instance => Shared.Value;

    /// <summary>Every catalog policy, ordered by name.</summary>
    public IReadOnlyList<ManagedPolicy> Policies { get; }

    public ManagedPolicy? Find(string arn) => byArn.GetValueOrDefault(arn);

    public static bool IsAwsManagedArn(string arn) =>
        arn is not null && arn.StartsWith("arn:aws:iam::aws:policy/", StringComparison.Ordinal);

    private static AwsManagedPolicyCatalog Load()
    {
        using var stream = typeof(AwsManagedPolicyCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        var root = JsonNode.Parse(stream)!.AsObject();
        var indented = new JsonSerializerOptions { WriteIndented = true, IndentSize = 4 };
        var policies = new List<ManagedPolicy>();
        foreach (var (name, node) in root)
        {
            var created = DateTimeOffset.Parse((string)node!["CreateDate"]!, CultureInfo.InvariantCulture);
            var updated = DateTimeOffset.Parse((string)node["UpdateDate"]!, CultureInfo.InvariantCulture);
            var versionId = (string)node["DefaultVersionId"]!;
            var document = node["Document"]!.ToJsonString(indented);
            policies.Add(new ManagedPolicy(ManagedPolicy.AwsAccount, StablePolicyId(name), name, (string)node["Path"]!, created)
            {
                DefaultVersionId = versionId,
                UpdateDate = updated,
                Versions = [new PolicyVersion(versionId, document, updated)],
            });
        }

        return new AwsManagedPolicyCatalog(policies);
    }

    /// <summary>A policy ID that stays the same across restarts and machines: ANPA + Base32 of a hash of the name.</summary>
    private static string StablePolicyId(string name) =>
        "ANPA" + Base32.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..17];
}
