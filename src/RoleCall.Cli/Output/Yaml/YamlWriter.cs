using RoleCall.JmesPath.Values;

namespace RoleCall.Cli.Output.Yaml;

/// <summary>
/// Writes one YAML document in block style as the AWS CLI v2's YAML dumper does (ruamel.yaml safe dump,
/// default_flow_style=False, which shares PyYAML's emitter): keys sorted, 2-space mappings, sequences inside
/// mappings not indented, empty collections as [] and {}, `...` after a plain scalar at the root.
/// </summary>
internal static class YamlWriter
{
    private const int BestIndent = 2;

    private enum Context
    {
        Root,
        MappingValue,
        SequenceItem,
    }

    public static void WriteDocument(JmesValue value, TextWriter output)
    {
        var emitter = new YamlEmitter(output);
        EmitNode(emitter, value, 0, Context.Root);
        emitter.WriteIndent(0);
        if (emitter.OpenEnded)
        {
            emitter.WriteIndicator("...", needWhitespace: true);
            emitter.WriteIndent(0);
        }
    }

    private static void EmitNode(YamlEmitter emitter, JmesValue value, int parentIndent, Context context)
    {
        switch (value)
        {
            case JmesArray { Count: 0 }:
                emitter.WriteIndicator("[", needWhitespace: true, whitespace: true);
                emitter.WriteIndicator("]", needWhitespace: false);
                break;
            case JmesObject { Count: 0 }:
                emitter.WriteIndicator("{", needWhitespace: true, whitespace: true);
                emitter.WriteIndicator("}", needWhitespace: false);
                break;
            case JmesArray array:
                // Sequences directly under a mapping key are "indentless": their dashes align with the key.
                var sequenceIndent = context switch
                {
                    Context.Root => 0,
                    Context.MappingValue => parentIndent,
                    _ => parentIndent + BestIndent,
                };
                foreach (var item in array)
                {
                    emitter.WriteIndent(sequenceIndent);
                    emitter.WriteIndicator("-", needWhitespace: true, indention: true);
                    EmitNode(emitter, item, sequenceIndent, Context.SequenceItem);
                }

                break;
            case JmesObject obj:
                var mappingIndent = context == Context.Root ? 0 : parentIndent + BestIndent;
                foreach (var key in SortedKeys(obj))
                {
                    emitter.WriteIndent(mappingIndent);
                    EmitScalar(emitter, key, mappingIndent, simpleKey: true, root: false);
                    emitter.WriteIndicator(":", needWhitespace: false);
                    EmitNode(emitter, obj.Get(key), mappingIndent, Context.MappingValue);
                }

                break;
            case JmesString s:
                EmitScalar(emitter, s.Value, context == Context.Root ? 0 : parentIndent, simpleKey: false, context == Context.Root);
                break;
            default:
                EmitPlain(emitter, NonString(value), context == Context.Root ? 0 : parentIndent, context == Context.Root);
                break;
        }
    }

    /// <summary>
    /// ruamel.yaml's SafeRepresenter writes a dict's keys sorted (sort_base_mapping_type_on_output), so the
    /// AWS CLI v2's yaml lists `Arn, CreateDate, Path, ...` where json keeps the API's order. Python sorts
    /// str by code point, which is ordinal order except that a surrogate pair (above U+FFFF) sorts after
    /// every other character.
    /// </summary>
    private static string[] SortedKeys(JmesObject obj)
    {
        var keys = new string[obj.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = obj[i].Key;
        }

        Array.Sort(keys, CodePointOrder);
        return keys;
    }

    private static int CodePointOrder(string a, string b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                // Only a surrogate against U+E000..U+FFFF orders differently by code unit than by code point.
                var surrogateA = char.IsSurrogate(a[i]);
                return surrogateA == char.IsSurrogate(b[i]) ? a[i].CompareTo(b[i]) : surrogateA ? 1 : -1;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static void EmitScalar(YamlEmitter emitter, string text, int parentIndent, bool simpleKey, bool root)
    {
        // A scalar's continuation lines are indented one step past its parent collection.
        var indent = parentIndent + BestIndent;
        switch (ScalarStyleChooser.Choose(text, simpleKey))
        {
            case ScalarStyle.Plain:
                EmitPlain(emitter, text, parentIndent, root, split: !simpleKey);
                break;
            case ScalarStyle.SingleQuoted:
                emitter.WriteSingleQuoted(text, indent, split: !simpleKey);
                break;
            default:
                emitter.WriteDoubleQuoted(text, indent, split: !simpleKey);
                break;
        }
    }

    private static void EmitPlain(YamlEmitter emitter, string text, int parentIndent, bool root, bool split = true)
    {
        emitter.WritePlain(text, parentIndent + BestIndent, split);
        if (root)
        {
            emitter.OpenEnded = true;
        }
    }

    /// <summary>ruamel.yaml's SafeRepresenter spelling of null, booleans and numbers.</summary>
    private static string NonString(JmesValue value) => value switch
    {
        JmesBoolean b => b.Value ? "true" : "false",
        JmesNumber { IsInteger: true } n => n.ToPythonString(),
        JmesNumber n => FloatText(n.Value),
        _ => "null",
    };

    private static string FloatText(double value)
    {
        if (double.IsNaN(value))
        {
            return ".nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? ".inf" : "-.inf";
        }

        // ruamel.yaml writes repr() lower-cased; only for YAML 1.1 would it turn 1e+16 into 1.0e+16.
        return new JmesNumber(value).ToPythonString().ToLowerInvariant();
    }
}
