using RoleCall.Ec2.Authorization;
using RoleCall.Ec2.Catalog;
using RoleCall.Ec2.Filters;
using RoleCall.Ec2.Service;
using RoleCall.Ec2.Shapes;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Handlers.Catalog;

/// <summary>
/// DescribeRegions: RegionName.N and the region-name, endpoint and opt-in-status filters. An unknown
/// RegionName is InvalidParameterValue, as on AWS.
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRegions.html
/// </summary>
internal sealed class DescribeRegions : Ec2Handler<IReadOnlyList<Ec2Region>>
{
    private static readonly FilterSet<Ec2Region> Filters = new(
    [
        new("region-name", r => [r.Name]),
        new("endpoint", r => [r.Endpoint]),
        new("opt-in-status", _ => ["opt-in-not-required"]),
    ]);

    public override string Action => "DescribeRegions";

    public override bool Mutates => false;

    protected override IReadOnlyList<Ec2Region> Prepare(Ec2Context context)
    {
        var names = context.Parameters.List("RegionName");
        var filter = Filters.Compile(context.Parameters.Filters());
        foreach (var name in names.Where(n => !Ec2Regions.All.Any(r => r.Name == n)))
        {
            throw new Core.Errors.AwsServiceException("InvalidParameterValue", $"Invalid region: {name}", 400);
        }

        return [.. Ec2Regions.All.Where(r => names.Count == 0 || names.Contains(r.Name)).Where(filter)];
    }

    protected override IReadOnlyList<Ec2AccessRequest> Access(Ec2Context context, IReadOnlyList<Ec2Region> plan) => OnAnyResource(context);

    protected override ResultStruct Execute(Ec2Context context, IReadOnlyList<Ec2Region> plan) =>
        X.Struct("DescribeRegionsResult", X.List("regionInfo", plan.Select(r => X.Item(
            X.Text("regionName", r.Name),
            X.Text("regionEndpoint", r.Endpoint),
            X.Text("optInStatus", "opt-in-not-required")))));
}
