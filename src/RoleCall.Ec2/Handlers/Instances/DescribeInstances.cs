using System.Buffers.Text;
using System.Globalization;
using System.Text;
using RoleCall.Ec2.Authorization;
using RoleCall.Ec2.Model;
using RoleCall.Ec2.Service;
using RoleCall.Ec2.Shapes;
using RoleCall.Protocol.Query;

namespace RoleCall.Ec2.Handlers.Instances;

/// <summary>
/// DescribeInstances: InstanceId.N (every one must exist), Filter.N, MaxResults (5-1000, not with
/// InstanceId) and NextToken; instances in launch order, grouped into their reservations. A page counts
/// instances, so a reservation may continue on the next page, as on AWS.
/// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html
/// </summary>
internal sealed class DescribeInstances : Ec2Handler<DescribeInstances.Plan>
{
    // Answers to repeated requests, until an instance write or a timed state change (see there).
    private readonly DescribeInstancesAnswers answers = new();

    public override string Action => "DescribeInstances";

    public override bool Mutates => false;

    protected override Plan Prepare(Ec2Context context)
    {
        var p = context.Parameters;
        var ids = p.List("InstanceId");
        Ec2Validation.InstanceIds(ids);
        var filter = InstanceFilters.Set.Compile(p.Filters());
        var maxResults = Ec2Validation.OptionalInt(p, "MaxResults");
        if (maxResults is { } max)
        {
            if (ids.Count > 0)
            {
                throw Ec2Errors.Combination("instancesSet", "maxResults");
            }

            if (max is < 5 or > 1000)
            {
                throw Ec2Errors.InvalidValue("maxResults", $" {max} ", max < 5 ? "Expecting a value greater than 5." : "Expecting a value less than 1000.");
            }
        }

        var token = p.Optional("NextToken");
        return new Plan(ids, filter, maxResults, token is null ? null : DecodeToken(token));
    }

    protected override IReadOnlyList<Ec2AccessRequest> Access(Ec2Context context, Plan plan) => OnAnyResource(context);

    protected override ResultStruct Execute(Ec2Context context, Plan plan) => answers.GetOrBuild(context, stored => Answer(context, plan, stored));

    private static (ResultStruct Answer, int Instances) Answer(Ec2Context context, Plan plan, IReadOnlyList<Ec2Instance> stored)
    {
        IEnumerable<Ec2Instance> instances = context.Visible(stored);
        if (plan.Ids.Count > 0)
        {
            var known = instances.Where(i => plan.Ids.Contains(i.InstanceId)).ToList();
            var missing = plan.Ids.Where(id => !known.Exists(i => i.InstanceId == id)).Distinct().ToList();
            if (missing.Count > 0)
            {
                throw Ec2Errors.InstanceNotFound(missing);
            }

            instances = known;
        }

        var matching = instances.Where(plan.Filter).Where(i => plan.After is null || i.Sequence > plan.After);
        var page = matching.Take((plan.MaxResults ?? int.MaxValue - 1) + 1).ToList();
        string? next = null;
        if (plan.MaxResults is { } max && page.Count > max)
        {
            page.RemoveAt(page.Count - 1);
            next = EncodeToken(page[^1].Sequence);
        }

        // Marked reusable: the answer is kept (answers), so the writer renders the whole set once and copies it after.
        var reservations = ReusableResults.Reuse(X.List("reservationSet",
            Group(page).Select(g => InstanceShapes.Reservation(g[0].ReservationId, g[0].AccountId, g, context.Region))));
        return (X.Struct("DescribeInstancesResult", reservations, X.Optional("nextToken", next)), page.Count);
    }

    /// <summary>Consecutive instances of one reservation form one reservation entry.</summary>
    private static IEnumerable<List<Ec2Instance>> Group(List<Ec2Instance> page)
    {
        var current = new List<Ec2Instance>();
        foreach (var instance in page)
        {
            if (current.Count > 0 && current[0].ReservationId != instance.ReservationId)
            {
                yield return current;
                current = [];
            }

            current.Add(instance);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static string EncodeToken(long sequence) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes("seq:" + sequence.ToString(CultureInfo.InvariantCulture)));

    private static long DecodeToken(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            if (text.StartsWith("seq:", StringComparison.Ordinal) && long.TryParse(text.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                return sequence;
            }
        }
        catch (FormatException)
        {
            // Falls through to the error below.
        }

        throw Ec2Errors.InvalidNextToken(token);
    }

    internal sealed record Plan(IReadOnlyList<string> Ids, Func<Ec2Instance, bool> Filter, int? MaxResults, long? After);
}
