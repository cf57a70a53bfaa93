namespace RoleCall.Ec2.Catalog;

/// <summary>A public image of the built-in catalog, as DescribeImages shows it.</summary>
public sealed record Ec2Image(
    string ImageId,
    string Name,
    string Description,
    string Architecture,
    string OwnerId,
    string OwnerAlias,
    string PlatformDetails,
    string? Platform,
    DateTimeOffset CreationDate)
{
    public string Location => $"{OwnerAlias}/{Name}";
}
