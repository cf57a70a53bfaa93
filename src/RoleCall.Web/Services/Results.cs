using RoleCall.Protocol.Query;

namespace RoleCall.Web.Services;

/// <summary>Reading an IAM/STS response tree by element names: `result.Text("User", "Arn")`; absent elements read as null.</summary>
internal static class Results
{
    public static ResultNode? Node(this ResultNode? node, params string[] path)
    {
        var current = node;
        foreach (var name in path)
        {
            current = current is ResultStruct s ? s.Children.FirstOrDefault(c => c.Name == name) : null;
        }

        return current;
    }

    public static string? Text(this ResultNode? node, params string[] path) => (node.Node(path) as ResultValue)?.Value;

    public static IReadOnlyList<ResultNode> Members(this ResultNode? node, params string[] path) =>
        (node.Node(path) as ResultList)?.Members ?? [];
}
