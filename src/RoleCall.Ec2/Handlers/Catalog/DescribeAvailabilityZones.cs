using RoleCall.Ec2.Authorization;
using RoleCall.Ec2.Catalog;
using RoleCall.Ec2.Filters;
using RoleCall.Ec2.Service;
using RoleCall.Ec2.Shapes;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Handlers.Catalog;

/// <summary>
/// DescribeAvailabilityZones: the zones of the request's region; ZoneName.N, ZoneId.N and the zone-name,
/// zone-id, region-name and state filters.
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeAvailabilityZones.html
/// </summary>
internal sealed class DescribeAvailabilityZones : Ec2Handler<IReadOnlyList<(string Name, string Id)>>
{
    public override string Action => "DescribeAvailabilityZones";

    public override bool Mutates => false;

    protected override IReadOnlyList<(string Name, string Id)> Prepare(Ec2Context context)
    {
        var region = context.Region;
        var filters = new FilterSet<(string Name, string Id)>(
        [
            new("zone-name", z => [z.Name]),
            new("zone-id", z => [z.Id]),
            new("region-name", _ => [region]),
            new("state", _ => ["available"]),
            new("zone-type", _ => ["availability-zone"]),
        ]).Compile(context.Parameters.Filters());
        var names = context.Parameters.List("ZoneName");
        var ids = context.Parameters.List("ZoneId");
        var zones = Ec2Regions.Find(region).Zones.ToList();
        foreach (var name in names.Where(n => !zones.Exists(z => z.Name == n)))
        {
            throw new Core.Errors.AwsServiceException("InvalidParameterValue", $"The zone '{name}' does not exist.", 400);
        }

        return [.. zones.Where(z => (names.Count == 0 || names.Contains(z.Name)) && (ids.Count == 0 || ids.Contains(z.Id))).Where(filters)];
    }

    protected override IReadOnlyList<Ec2AccessRequest> Access(Ec2Context context, IReadOnlyList<(string Name, string Id)> plan) => OnAnyResource(context);

    protected override ResultStruct Execute(Ec2Context context, IReadOnlyList<(string Name, string Id)> plan) =>
        X.Struct("DescribeAvailabilityZonesResult", X.List("availabilityZoneInfo", plan.Select(z => X.Item(
            X.Text("zoneName", z.Name),
            X.Text("zoneState", "available"),
            X.Text("regionName", context.Region),
            X.Text("zoneId", z.Id),
            X.Text("groupName", context.Region),
            X.Text("networkBorderGroup", context.Region),
            X.Text("zoneType", "availability-zone"),
            X.Text("optInStatus", "opt-in-not-required"),
            X.List("messageSet", [])))));
}
