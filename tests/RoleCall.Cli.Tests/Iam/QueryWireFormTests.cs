using System.Text.Json;
using System.Text.Json.Nodes;
using RoleCall.Cli.Commands.Iam.Model;
using RoleCall.Cli.Commands.Iam.Parameters;
using RoleCall.Testing;

namespace RoleCall.Cli.Tests.Iam;

/// <summary>
/// Issue 16 (1): botocore's Query serializer is the judge of the wire form of every IAM operation rolecall
/// offers. For each operation, botocore builds an input that sets every member (lists of two structures, maps of
/// two entries, nested lists inside structures), serializes it with the real IAM model, and rolecall's
/// <see cref="QueryFlattener"/> must produce exactly the same parameters from the same input. A list or
/// structure parameter sent in another shape (`PolicyArns.member.1` for `PolicyArns.member.1.arn`) is silently
/// dropped by AWS, so no such parameter may drift.
/// </summary>
public sealed class QueryWireFormTests
{
    // Builds sample inputs from botocore's own model and serializes them with botocore's Query serializer.
    private const string Script = """
        import sys, json, botocore.session, botocore.serialize
        model = botocore.session.get_session().get_service_model(sys.argv[1])
        serializer = botocore.serialize.create_serializer('query')
        def sample(shape, path, empty):
            t = shape.type_name
            if t == 'structure':
                return {m: sample(s, path + '.' + m, empty) for m, s in shape.members.items()}
            if t == 'list':
                return [] if empty else [sample(shape.member, path + '[' + str(i) + ']', empty) for i in (1, 2)]
            if t == 'map':
                return {path + '-k' + str(i): sample(shape.value, path + '-v' + str(i), empty) for i in (1, 2)}
            if t in ('integer', 'long'):
                return max(shape.metadata.get('min', 7), 7)
            if t == 'boolean':
                return True
            if t == 'string':
                return shape.enum[0] if shape.enum else 'v' + path
            raise Exception('no sample for ' + t + ' at ' + path)
        for op in sys.argv[2].split(','):
            om = model.operation_model(op)
            for empty in (False, True):
                params = sample(om.input_shape, op, empty) if om.input_shape else {}
                wire = serializer.serialize_to_request(params, om)['body']
                print(json.dumps({'op': op, 'input': params, 'wire': {k: str(v) for k, v in wire.items()}}))
        """;

    [Fact]
    public void Should_send_every_iam_operation_in_the_form_botocore_serializes()
    {
        var operations = IamModel.Instance.Operations.ToList();
        var judged = Peers.Run("python3", ["-c", Script, "iam", string.Join(',', operations.Select(o => o.Name))]);

        var lines = judged.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(operations.Count * 2, lines.Length);
        foreach (var line in lines)
        {
            var expected = JsonNode.Parse(line)!.AsObject();
            var operation = IamModel.Instance.Operation(expected["op"]!.GetValue<string>());
            var wire = expected["wire"]!.AsObject().Where(p => p.Key is not ("Action" or "Version"))
                .Select(p => $"{p.Key}={p.Value!.GetValue<string>()}").Order(StringComparer.Ordinal);
            var input = expected["input"]!.AsObject();
            var sent = (operation.Input is null ? [] : QueryFlattener.Flatten(operation.Input, input))
                .Select(p => $"{p.Key}={p.Value}").Order(StringComparer.Ordinal);
            Assert.True(wire.SequenceEqual(sent),
                $"{operation.Name} {input.ToJsonString(new JsonSerializerOptions())}\n--- botocore\n{string.Join('\n', wire)}\n--- rolecall\n{string.Join('\n', sent)}");
        }
    }
}
