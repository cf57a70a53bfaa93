using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace RoleCall.Ec2.Catalog;

/// <summary>
/// A small built-in set of public images in every region. As on AWS an image ID belongs to one region: the
/// ID is derived from the region and the image name, so `ami-...` of us-east-1 is unknown in eu-west-1.
/// Owners are the real publishers' account IDs (Amazon 137112412989, Canonical 099720109477, Microsoft
/// images under Amazon's 801119661308).
/// </summary>
public static class ImageCatalog
{
    private static readonly DateTimeOffset Published = new(2025, 11, 14, 0, 0, 0, TimeSpan.Zero);

    private static readonly (string Name, string Description, string Architecture, string Owner, string Alias, string Platform, string? WindowsPlatform)[] Templates =
    [
        ("al2023-ami-2023.9.20251110.0-kernel-6.1-x86_64", "Amazon Linux 2023 AMI 2023.9.20251110.0 x86_64 HVM kernel-6.1", "x86_64", "137112412989", "amazon", "Linux/UNIX", null),
        ("al2023-ami-2023.9.20251110.0-kernel-6.1-arm64", "Amazon Linux 2023 AMI 2023.9.20251110.0 arm64 HVM kernel-6.1", "arm64", "137112412989", "amazon", "Linux/UNIX", null),
        ("ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20251112", "Canonical, Ubuntu, 24.04, amd64 noble image", "x86_64", "099720109477", "amazon", "Linux/UNIX", null),
        ("Windows_Server-2022-English-Full-Base-2025.11.12", "Microsoft Windows Server 2022 Full Locale English AMI provided by Amazon", "x86_64", "801119661308", "amazon", "Windows", "windows"),
    ];

    // The catalog of a region never changes (nothing invalidates it), so each region's list is built once:
    // DescribeInstances looks an image up per listed instance, and hashing every image name each time showed.
    // Only the known regions are kept: a signed request may name any region, and that must not grow memory.
    private static readonly ConcurrentDictionary<string, IReadOnlyList<Ec2Image>> ByRegion = new(StringComparer.Ordinal);

    public static IReadOnlyList<Ec2Image> For(string region) =>
        Ec2Regions.All.Any(r => r.Name == region) ? ByRegion.GetOrAdd(region, Build) : Build(region);

    private static IReadOnlyList<Ec2Image> Build(string region) =>
        [.. Templates.Select(t => new Ec2Image(IdFor(region, t.Name), t.Name, t.Description, t.Architecture, t.Owner, t.Alias, t.Platform, t.WindowsPlatform, Published))];

    public static Ec2Image? Find(string region, string imageId) => For(region).FirstOrDefault(i => i.ImageId == imageId);

    private static string IdFor(string region, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(region + "/" + name));
        return "ami-" + Convert.ToHexStringLower(hash)[..17];
    }
}
