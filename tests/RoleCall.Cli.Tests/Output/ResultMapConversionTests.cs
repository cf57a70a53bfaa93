using RoleCall.Cli.Output;
using RoleCall.JmesPath.Values;
using RoleCall.Protocol.Query;

namespace RoleCall.Cli.Tests.Output;

public sealed class ResultMapConversionTests
{
    [Fact]
    public void Should_print_a_summary_map_as_an_object_in_entry_order()
    {
        var result = new ResultStruct("GetAccountSummaryResult",
        [
            new ResultMap("SummaryMap",
            [
                new("Users", new ResultValue("value", "2", ScalarKind.Number)),
                new("Roles", new ResultValue("value", "1", ScalarKind.Number)),
            ]),
        ]);
        var value = (JmesObject)ResultNodeConverter.Convert(result);
        var map = Assert.IsType<JmesObject>(value.Get("SummaryMap"));
        Assert.Equal(["Users", "Roles"], map.Keys);
        Assert.Equal(2, ((JmesNumber)map.Get("Users")).LongValue);
    }
}
