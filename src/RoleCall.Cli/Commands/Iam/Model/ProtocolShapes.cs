using RoleCall.Protocol.Query;

namespace RoleCall.Cli.Commands.Iam.Model;

/// <summary>Turns a model shape into the Protocol's reading shape, so the XML reader keeps API order and types.</summary>
internal static class ProtocolShapes
{
    public static StructureShape ForOutput(ModelShape? output) =>
        output is null ? Shape.Structure() : (StructureShape)Convert(output, depth: 0);

    private static Shape Convert(ModelShape shape, int depth)
    {
        // IAM's and EC2's DescribeInstances shapes are not recursive; the bound only guards a malformed model from looping.
        if (depth > 32)
        {
            throw new InvalidOperationException($"shape {shape.Name} nests too deeply");
        }

        return shape.Type switch
        {
            "structure" => Shape.Structure([.. shape.Members.Select(m => new ShapeMember(m.Name, Convert(m.Shape, depth + 1), m.XmlName))]),
            "list" => new ListShape(Convert(shape.Element!, depth + 1), shape.ElementName),
            "map" => Shape.Map(Convert(shape.Element!, depth + 1)),
            "integer" or "long" or "double" or "float" => Shape.Number,
            "boolean" => Shape.Boolean,
            "timestamp" => Shape.Timestamp,
            _ => Shape.Text,
        };
    }
}
