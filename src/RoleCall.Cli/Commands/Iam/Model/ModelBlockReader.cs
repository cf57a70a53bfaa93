using RoleCall.Cli.Output.Pagination;

namespace RoleCall.Cli.Commands.Iam.Model;

/// <summary>
/// Reads one operation's block of iam-model.txt (written by tools/gen-iam-model.py). Lines are space-separated:
/// <code>
/// op NAME CLI-NAME INPUT|- OUTPUT|-
/// page INPUT-TOKEN OUTPUT-TOKEN MORE-RESULTS|- LIMIT-KEY|- RESULT-KEY,... NON-AGGREGATE-KEY,...|-
/// shape NAME TYPE          then, for that shape:
/// m MEMBER SHAPE CLI-NAME [XML-NAME QUERY-NAME]  (structure members in API order; EC2's wire names)
/// r MEMBER ...             (required members)
/// e SHAPE [ITEM-NAME]      (list element, map value; EC2's list member element name)
/// enum VALUE ...
/// min N                  (least length or value)
/// </code>
/// Every shape the operation reaches is in its block, so links resolve within it.
/// </summary>
internal static class ModelBlockReader
{
    public static IamOperation Read(string block)
    {
        var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var shapes = new Dictionary<string, ModelShape>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.StartsWith("shape ", StringComparison.Ordinal))
            {
                var fields = line.Split(' ');
                shapes[fields[1]] = new ModelShape(fields[1], fields[2]);
            }
        }

        // Second pass: links between shapes, now that every shape of the block exists.
        string[] op = [];
        PaginatorConfig? paginator = null;
        ModelShape? current = null;
        foreach (var line in lines)
        {
            var fields = line.Split(' ');
            switch (fields[0])
            {
                case "op": op = fields; break;
                case "page": paginator = Paginator(fields); break;
                case "shape": current = shapes[fields[1]]; break;
                case "m": current!.Members.Add(Member(fields, shapes)); break;
                case "r": current!.Required.UnionWith(fields[1..]); break;
                case "e":
                    current!.Element = shapes[fields[1]];
                    current.ElementName = fields.Length > 2 ? fields[2] : "member";
                    break;
                case "enum": current!.Enum = fields[1..]; break;
                case "min": current!.Min = long.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture); break;
                default: throw new InvalidOperationException($"service model: unknown line '{line}'");
            }
        }

        return new IamOperation(op[1], op[2], Find(shapes, op[3]), Find(shapes, op[4]), paginator);
    }

    // IAM's lines carry no wire names (they are the member names); EC2's carry both.
    private static ModelMember Member(string[] fields, Dictionary<string, ModelShape> shapes) => fields.Length > 5
        ? new ModelMember(fields[1], shapes[fields[2]], fields[3], fields[4], fields[5])
        : new ModelMember(fields[1], shapes[fields[2]], fields[3]);

    private static ModelShape? Find(Dictionary<string, ModelShape> shapes, string name) => name == "-" ? null : shapes[name];

    private static PaginatorConfig Paginator(string[] fields) => new(
        fields[1],
        fields[2],
        fields[3] == "-" ? null : fields[3],
        fields[4] == "-" ? null : fields[4],
        fields[5].Split(','),
        fields[6] == "-" ? [] : fields[6].Split(','));
}
