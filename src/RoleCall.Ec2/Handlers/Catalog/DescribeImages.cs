using RoleCall.Ec2.Authorization;
using RoleCall.Ec2.Catalog;
using RoleCall.Ec2.Filters;
using RoleCall.Ec2.Service;
using RoleCall.Ec2.Shapes;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Handlers.Catalog;

/// <summary>
/// DescribeImages over the region's built-in catalog: ImageId.N (each must exist), Owner.N (`amazon`,
/// `self` or an account ID) and the name, image-id, architecture, owner-alias, owner-id, state, is-public,
/// platform-details, root-device-type and virtualization-type filters.
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImages.html
/// </summary>
internal sealed class DescribeImages : Ec2Handler<IReadOnlyList<Ec2Image>>
{
    private static readonly FilterSet<Ec2Image> Filters = new(
    [
        new("name", i => [i.Name]),
        new("image-id", i => [i.ImageId]),
        new("architecture", i => [i.Architecture]),
        new("owner-alias", i => [i.OwnerAlias]),
        new("owner-id", i => [i.OwnerId]),
        new("state", _ => ["available"]),
        new("is-public", _ => ["true"]),
        new("platform-details", i => [i.PlatformDetails]),
        new("root-device-type", _ => ["ebs"]),
        new("virtualization-type", _ => ["hvm"]),
    ]);

    public override string Action => "DescribeImages";

    public override bool Mutates => false;

    protected override IReadOnlyList<Ec2Image> Prepare(Ec2Context context)
    {
        var p = context.Parameters;
        var ids = p.List("ImageId");
        foreach (var id in ids.Where(id => !Ec2Ids.IsWellFormed(id, "ami")))
        {
            throw Ec2Errors.MalformedImageId(id);
        }

        var filter = Filters.Compile(p.Filters());
        var owners = p.List("Owner");
        var images = ImageCatalog.For(context.Region);
        var missing = ids.Where(id => !images.Any(i => i.ImageId == id)).ToList();
        if (missing.Count > 0)
        {
            throw missing.Count == 1 ? Ec2Errors.ImageNotFound(missing[0]) : Ec2Errors.ImagesNotFound(missing);
        }

        return [.. images
            .Where(i => ids.Count == 0 || ids.Contains(i.ImageId))
            .Where(i => owners.Count == 0 || owners.Contains(i.OwnerAlias) || owners.Contains(i.OwnerId))
            .Where(filter)];
    }

    protected override IReadOnlyList<Ec2AccessRequest> Access(Ec2Context context, IReadOnlyList<Ec2Image> plan) => OnAnyResource(context);

    protected override ResultStruct Execute(Ec2Context context, IReadOnlyList<Ec2Image> plan) =>
        X.Struct("DescribeImagesResult", X.List("imagesSet", plan.Select(i => X.Item(
            X.Text("imageId", i.ImageId),
            X.Text("imageLocation", i.Location),
            X.Text("imageState", "available"),
            X.Text("imageOwnerId", i.OwnerId),
            X.Time("creationDate", i.CreationDate),
            X.Bool("isPublic", true),
            X.Text("architecture", i.Architecture),
            X.Text("imageType", "machine"),
            X.Optional("platform", i.Platform),
            X.Text("platformDetails", i.PlatformDetails),
            X.Text("usageOperation", i.Platform is null ? "RunInstances" : "RunInstances:0002"),
            X.Text("imageOwnerAlias", i.OwnerAlias),
            X.Text("name", i.Name),
            X.Text("description", i.Description),
            X.Text("rootDeviceType", "ebs"),
            X.Text("rootDeviceName", "/dev/xvda"),
            X.List("blockDeviceMapping", []),
            X.Text("virtualizationType", "hvm"),
            X.Text("hypervisor", "xen"),
            X.Bool("enaSupport", true)))));
}
