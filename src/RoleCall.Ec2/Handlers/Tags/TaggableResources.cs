using RoleCall.Ec2.Authorization;
using RoleCall.Ec2.Service;
using RoleCall.Protocol.Ec2Query;

namespace RoleCall.Ec2.Handlers.Tags;

/// <summary>
/// The resources CreateTags, DeleteTags and DescribeTags reach: instances, the default VPC and its subnets.
/// An unknown ID gets its type's NotFound error (InvalidInstanceID.NotFound, InvalidVpcID.NotFound,
/// InvalidSubnetID.NotFound), an ID of no known type InvalidID.
/// </summary>
internal static class TaggableResources
{
    public static IReadOnlyList<TaggedResource> All(Ec2Context context)
    {
        var network = context.Network;
        var resources = context.Instances()
            .Select(i => new TaggedResource(i.InstanceId, "instance", Ec2Arns.Instance(context.Region, context.AccountId, i.InstanceId), i.Tags))
            .ToList();
        resources.Add(new TaggedResource(network.VpcId, "vpc", Ec2Arns.Vpc(context.Region, context.AccountId, network.VpcId), network.VpcTags));
        resources.AddRange(network.Subnets.Select(s => new TaggedResource(s.SubnetId, "subnet", Ec2Arns.Subnet(context.Region, context.AccountId, s.SubnetId), s.Tags)));
        return resources;
    }

    /// <summary>The resources named by `ResourceId.N` (at least one), in request order.</summary>
    public static IReadOnlyList<TaggedResource> Named(Ec2Context context)
    {
        var ids = context.Parameters.List("ResourceId");
        if (ids.Count == 0)
        {
            throw Ec2Errors.Missing("ResourceId");
        }

        var all = All(context).ToDictionary(r => r.Id, StringComparer.Ordinal);
        return [.. ids.Distinct().Select(id => all.GetValueOrDefault(id) ?? throw NotFound(id))];
    }

    /// <summary>Writes a resource's new tag list back to where it lives.</summary>
    public static void Save(Ec2Context context, TaggedResource resource, IReadOnlyList<Ec2Tag> tags)
    {
        if (resource.Type == "instance")
        {
            var instance = context.Store.ListInstances(context.AccountId, context.Region).First(i => i.InstanceId == resource.Id);
            context.Store.SaveInstances([instance with { Tags = tags }]);
            return;
        }

        var network = context.Network;
        context.Store.SaveNetwork(resource.Type == "vpc"
            ? network with { VpcTags = tags }
            : network with { Subnets = [.. network.Subnets.Select(s => s.SubnetId == resource.Id ? s with { Tags = tags } : s)] });
    }

    private static Core.Errors.AwsServiceException NotFound(string id) => id switch
    {
        _ when id.StartsWith("i-", StringComparison.Ordinal) => Ec2Ids.IsWellFormed(id, "i") ? Ec2Errors.InstanceNotFound([id]) : Ec2Errors.MalformedInstanceId(id),
        _ when id.StartsWith("vpc-", StringComparison.Ordinal) => Ec2Errors.VpcNotFound(id),
        _ when id.StartsWith("subnet-", StringComparison.Ordinal) => Ec2Errors.SubnetNotFound(id),
        _ => Ec2Errors.InvalidId(id),
    };
}
