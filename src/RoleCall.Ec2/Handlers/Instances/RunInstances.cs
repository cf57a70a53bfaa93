using RoleCall.Ec2.Authorization;
using RoleCall.Ec2.Catalog;
using RoleCall.Ec2.Model;
using RoleCall.Ec2.Service;
using RoleCall.Ec2.Shapes;
using RoleCall.Protocol.Ec2Query;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Handlers.Instances;

/// <summary>
/// RunInstances: ImageId from the region's catalog, InstanceType (default m1.small) matching the image's
/// architecture, MinCount/MaxCount, SubnetId or Placement.AvailabilityZone, TagSpecifications. Authorized
/// as on AWS: ec2:RunInstances on the instance (with ec2:InstanceType and the request tags), the image and
/// the subnet, and ec2:CreateTags (ec2:CreateAction=RunInstances) when it tags on create.
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html
/// </summary>
internal sealed class RunInstances : Ec2Handler<RunInstances.Plan>
{
    public override string Action => "RunInstances";

    public override bool Mutates => true;

    protected override Plan Prepare(Ec2Context context)
    {
        var p = context.Parameters;
        var imageId = p.Optional("ImageId") ?? throw Ec2Errors.Missing("ImageId");
        var min = Ec2Validation.OptionalInt(p, "MinCount") ?? throw Ec2Errors.Missing("MinCount");
        var max = Ec2Validation.OptionalInt(p, "MaxCount") ?? throw Ec2Errors.Missing("MaxCount");
        if (min < 1)
        {
            throw Ec2Errors.InvalidValue("minCount", $"{min}", "Expecting a value greater than 0.");
        }

        if (max < min)
        {
            throw Ec2Errors.InvalidValue("maxCount", $"{max}", $"Expecting a value greater than or equal to minCount ({min}).");
        }

        if (!Ec2Ids.IsWellFormed(imageId, "ami"))
        {
            throw Ec2Errors.MalformedImageId(imageId);
        }

        var image = ImageCatalog.Find(context.Region, imageId) ?? throw Ec2Errors.ImageNotFound(imageId);
        var type = p.Optional("InstanceType") ?? InstanceTypes.Default;
        var architecture = InstanceTypes.Architecture(type) ?? throw Ec2Errors.InvalidInstanceType(type);
        if (architecture != image.Architecture)
        {
            throw Ec2Errors.ArchitectureMismatch(architecture, image.Architecture);
        }

        return new Plan(image, type, min, max, PickSubnet(context), InstanceTags(p));
    }

    protected override IReadOnlyList<Ec2AccessRequest> Access(Ec2Context context, Plan plan)
    {
        var instances = Ec2Arns.Instance(context.Region, context.AccountId, "*");
        var requests = new List<Ec2AccessRequest>
        {
            new(PolicyAction, instances, context.Conditions().Set("ec2:InstanceType", plan.InstanceType).RequestTags(plan.Tags).Build()),
            new(PolicyAction, Ec2Arns.Image(context.Region, plan.Image.ImageId), context.Conditions().Set("ec2:Owner", plan.Image.OwnerAlias).Build()),
            new(PolicyAction, Ec2Arns.Subnet(context.Region, context.AccountId, plan.Subnet.SubnetId), context.Conditions().Set("ec2:Vpc", Ec2Arns.Vpc(context.Region, context.AccountId, context.Network.VpcId)).Build()),
        };
        if (plan.Tags.Count > 0)
        {
            requests.Add(new("ec2:CreateTags", instances, context.Conditions().Set("ec2:CreateAction", Action).RequestTags(plan.Tags).Build()));
        }

        return requests;
    }

    protected override ResultStruct Execute(Ec2Context context, Plan plan)
    {
        var reservationId = Ec2Ids.New("r");
        var clientToken = context.Parameters.Optional("ClientToken");
        var instances = Enumerable.Range(0, plan.MaxCount).Select(index => new Ec2Instance(
            context.AccountId, context.Region, Ec2Ids.New("i"), reservationId, context.Store.NextSequence(), index,
            plan.Image.ImageId, plan.InstanceType, plan.Image.Architecture, plan.Subnet.AvailabilityZone, context.Network.VpcId,
            plan.Subnet.SubnetId, PrivateIp(plan.Subnet), context.Now, InstanceStateName.Pending, context.Now, plan.Tags, clientToken)).ToList();
        context.Store.SaveInstances(instances);
        var reservation = InstanceShapes.Reservation(reservationId, context.AccountId, instances, context.Region);
        return X.Struct("RunInstancesResult", [.. reservation.Children]);
    }

    private static Ec2Subnet PickSubnet(Ec2Context context)
    {
        var subnets = context.Network.Subnets;
        if (context.Parameters.Optional("SubnetId") is { } subnetId)
        {
            return subnets.FirstOrDefault(s => s.SubnetId == subnetId) ?? throw Ec2Errors.SubnetNotFound(subnetId);
        }

        if (context.Parameters.Optional("Placement.AvailabilityZone") is { } zone)
        {
            return subnets.FirstOrDefault(s => s.AvailabilityZone == zone)
                ?? throw new Core.Errors.AwsServiceException("InvalidParameterValue", $"Invalid availability zone: [{zone}]", 400);
        }

        return subnets[0];
    }

    /// <summary>The tags of `TagSpecification.N` with ResourceType `instance`; volumes and interfaces are not modelled.</summary>
    private static List<Ec2Tag> InstanceTags(Ec2Parameters parameters)
    {
        var tags = new List<Ec2Tag>();
        foreach (var specification in parameters.TagSpecifications())
        {
            var type = specification.ResourceType ?? throw Ec2Errors.Missing("TagSpecification.ResourceType");
            if (type is not ("instance" or "volume" or "network-interface" or "spot-instances-request"))
            {
                throw Ec2Errors.InvalidTagResourceType(type);
            }

            if (type == "instance")
            {
                tags = [.. Ec2Validation.Merge(tags, specification.Tags)];
            }
        }

        Ec2Validation.Tags(tags);
        return tags;
    }

    /// <summary>An address inside the subnet's /20, avoiding the five addresses AWS reserves at each end.</summary>
    private static string PrivateIp(Ec2Subnet subnet)
    {
        var third = int.Parse(subnet.CidrBlock.Split('.')[2], System.Globalization.CultureInfo.InvariantCulture);
        return $"172.31.{third + Random.Shared.Next(0, 16)}.{Random.Shared.Next(4, 255)}";
    }

    internal sealed record Plan(Ec2Image Image, string InstanceType, int MinCount, int MaxCount, Ec2Subnet Subnet, IReadOnlyList<Ec2Tag> Tags);
}
