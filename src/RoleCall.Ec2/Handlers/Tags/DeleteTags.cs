using RoleCall.Ec2.Authorization;
using RoleCall.Ec2.Service;
using RoleCall.Ec2.Shapes;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Handlers.Tags;

/// <summary>
/// DeleteTags: removes Tag.N.Key from every ResourceId.N, only where the value matches when Tag.N.Value is
/// given; with no Tag.N at all, every tag. Authorized per resource with aws:TagKeys and ec2:ResourceTag/K.
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteTags.html
/// </summary>
internal sealed class DeleteTags : Ec2Handler<DeleteTags.Plan>
{
    public override string Action => "DeleteTags";

    public override bool Mutates => true;

    protected override Plan Prepare(Ec2Context context)
    {
        var p = context.Parameters;
        var removals = new List<(string Key, string? Value)>();
        for (var i = 1; p.Optional($"Tag.{i}.Key") is { } key; i++)
        {
            removals.Add((key, p.Optional($"Tag.{i}.Value")));
        }

        return new Plan(TaggableResources.Named(context), removals);
    }

    protected override IReadOnlyList<Ec2AccessRequest> Access(Ec2Context context, Plan plan) =>
        [.. plan.Resources.Select(r => new Ec2AccessRequest(PolicyAction, r.Arn,
            context.Conditions().ResourceTags(r.Tags).TagKeys(plan.Removals.Count == 0 ? r.Tags.Select(t => t.Key) : plan.Removals.Select(t => t.Key)).Build()))];

    protected override ResultStruct Execute(Ec2Context context, Plan plan)
    {
        foreach (var resource in plan.Resources)
        {
            var kept = plan.Removals.Count == 0
                ? []
                : resource.Tags.Where(t => !plan.Removals.Exists(r => r.Key == t.Key && (r.Value is null || r.Value == t.Value))).ToList();
            if (kept.Count != resource.Tags.Count)
            {
                TaggableResources.Save(context, resource, kept);
            }
        }

        return X.Struct("DeleteTagsResult", X.Bool("return", true));
    }

    internal sealed record Plan(IReadOnlyList<TaggedResource> Resources, List<(string Key, string? Value)> Removals);
}
