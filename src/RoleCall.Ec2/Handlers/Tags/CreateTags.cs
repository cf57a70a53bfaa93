using RoleCall.Ec2.Authorization;
using RoleCall.Ec2.Service;
using RoleCall.Ec2.Shapes;
using RoleCall.Protocol.Ec2Query;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Handlers.Tags;

/// <summary>
/// CreateTags: adds or overwrites Tag.N on every ResourceId.N; authorized per resource with the request
/// tags (aws:RequestTag/K, aws:TagKeys) and the resource's current tags (ec2:ResourceTag/K).
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTags.html
/// </summary>
internal sealed class CreateTags : Ec2Handler<CreateTags.Plan>
{
    public override string Action => "CreateTags";

    public override bool Mutates => true;

    protected override Plan Prepare(Ec2Context context)
    {
        var tags = context.Parameters.Tags();
        if (tags.Count == 0)
        {
            throw Ec2Errors.Missing("Tag");
        }

        Ec2Validation.Tags(tags);
        return new Plan(TaggableResources.Named(context), tags);
    }

    protected override IReadOnlyList<Ec2AccessRequest> Access(Ec2Context context, Plan plan) =>
        [.. plan.Resources.Select(r => new Ec2AccessRequest(PolicyAction, r.Arn, context.Conditions().ResourceTags(r.Tags).RequestTags(plan.Tags).Build()))];

    protected override ResultStruct Execute(Ec2Context context, Plan plan)
    {
        var merged = plan.Resources.Select(r => (Resource: r, Tags: Ec2Validation.Merge(r.Tags, plan.Tags))).ToList();
        foreach (var (resource, tags) in merged)
        {
            TaggableResources.Save(context, resource, tags);
        }

        return X.Struct("CreateTagsResult", X.Bool("return", true));
    }

    internal sealed record Plan(IReadOnlyList<TaggedResource> Resources, IReadOnlyList<Ec2Tag> Tags);
}
