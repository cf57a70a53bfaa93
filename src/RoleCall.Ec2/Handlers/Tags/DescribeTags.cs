using RoleCall.Ec2.Authorization;
using RoleCall.Ec2.Filters;
using RoleCall.Ec2.Service;
using RoleCall.Ec2.Shapes;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Handlers.Tags;

/// <summary>
/// DescribeTags: one entry per (resource, tag), filtered by key, value, resource-id and resource-type.
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTags.html
/// </summary>
internal sealed class DescribeTags : Ec2Handler<Func<DescribeTags.Entry, bool>>
{
    private static readonly FilterSet<Entry> Filters = new(
    [
        new("key", e => [e.Key]),
        new("value", e => [e.Value]),
        new("resource-id", e => [e.ResourceId]),
        new("resource-type", e => [e.ResourceType]),
    ]);

    public override string Action => "DescribeTags";

    public override bool Mutates => false;

    protected override Func<Entry, bool> Prepare(Ec2Context context) => Filters.Compile(context.Parameters.Filters());

    protected override IReadOnlyList<Ec2AccessRequest> Access(Ec2Context context, Func<Entry, bool> plan) => OnAnyResource(context);

    protected override ResultStruct Execute(Ec2Context context, Func<Entry, bool> plan)
    {
        var entries = TaggableResources.All(context)
            .SelectMany(r => r.Tags.Select(t => new Entry(r.Id, r.Type, t.Key, t.Value)))
            .Where(plan)
            .OrderBy(e => e.ResourceId, StringComparer.Ordinal);
        return X.Struct("DescribeTagsResult", X.List("tagSet", entries.Select(e => X.Item(
            X.Text("resourceId", e.ResourceId),
            X.Text("resourceType", e.ResourceType),
            X.Text("key", e.Key),
            X.Text("value", e.Value)))));
    }

    internal sealed record Entry(string ResourceId, string ResourceType, string Key, string Value);
}
