using RoleCall.Protocol.Query;

namespace RoleCall.Iam.Tests.Support;

/// <summary>Navigating a response tree by element names: `result.Text("User", "UserName")`.</summary>
public static class ResultReading
{
    public static ResultNode Node(this ResultNode node, params string[] path)
    {
        var current = node;
        foreach (var name in path)
        {
            current = current is ResultStruct s
                ? s.Children.FirstOrDefault(c => c.Name == name) ?? throw new KeyNotFoundException($"no <{name}> in <{current.Name}>: {string.Join(", ", s.Children.Select(c => c.Name))}")
                : throw new KeyNotFoundException($"<{current.Name}> is not a structure");
        }

        return current;
    }

    public static bool Has(this ResultNode node, string name) => node is ResultStruct s && s.Children.Any(c => c.Name == name);

    public static string Text(this ResultNode node, params string[] path) => ((ResultValue)node.Node(path)).Value;

    public static IReadOnlyList<ResultNode> Members(this ResultNode node, params string[] path) => ((ResultList)node.Node(path)).Members;

    public static IReadOnlyList<string> Names(this ResultNode node) => ((ResultStruct)node).Children.Select(c => c.Name).ToList();
}
