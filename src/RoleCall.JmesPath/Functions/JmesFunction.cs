using RoleCall.JmesPath.Errors;
using RoleCall.JmesPath.Values;

namespace RoleCall.JmesPath.Functions;

/// <summary>
/// A built-in function: its signature and body. Arity is checked when the expression compiles, argument types
/// each time it runs, with jmespath.py's rules (for `array-number|array-string` the first element decides).
/// </summary>
internal sealed class JmesFunction(string name, ArgumentTypes[] parameters, Func<JmesValue[], JmesValue> body, bool variadic = false)
{
    public string Name { get; } = name;

    public void CheckArity(int count)
    {
        if (variadic ? count < parameters.Length : count != parameters.Length)
        {
            throw JmesPathErrors.Arity(Name, parameters.Length, count, variadic);
        }
    }

    public JmesValue Invoke(JmesValue[] arguments)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            var allowed = parameters[Math.Min(i, parameters.Length - 1)];
            if (allowed != ArgumentTypes.None)
            {
                TypeCheck(arguments[i], allowed);
            }
        }

        return body(arguments);
    }

    private void TypeCheck(JmesValue value, ArgumentTypes allowed)
    {
        if ((allowed & TypeOf(value)) == 0 &&
            !(value.Kind == JmesKind.Array && (allowed & (ArgumentTypes.ArrayOfNumbers | ArgumentTypes.ArrayOfStrings)) != 0))
        {
            throw TypeError(value, allowed);
        }

        var elementTypes = allowed & (ArgumentTypes.ArrayOfNumbers | ArgumentTypes.ArrayOfStrings);
        if (elementTypes == ArgumentTypes.None || value is not JmesArray { Count: > 0 } array)
        {
            return;
        }

        // With both element types allowed, the first element picks which one the whole array must be.
        var required = elementTypes switch
        {
            ArgumentTypes.ArrayOfNumbers => JmesKind.Number,
            ArgumentTypes.ArrayOfStrings => JmesKind.String,
            _ => array[0].Kind is JmesKind.Number or JmesKind.String ? array[0].Kind : throw TypeError(array[0], allowed),
        };
        foreach (var element in array)
        {
            if (element.Kind != required)
            {
                throw TypeError(element, allowed);
            }
        }
    }

    private static ArgumentTypes TypeOf(JmesValue value) => value.Kind switch
    {
        JmesKind.Boolean => ArgumentTypes.Boolean,
        JmesKind.Number => ArgumentTypes.Number,
        JmesKind.String => ArgumentTypes.String,
        JmesKind.Array => ArgumentTypes.Array,
        JmesKind.Object => ArgumentTypes.Object,
        JmesKind.Expression => ArgumentTypes.Expref,
        _ => ArgumentTypes.None,
    };

    private JmesPathException TypeError(JmesValue value, ArgumentTypes allowed) =>
        JmesPathErrors.Type(Name, value, value.TypeName, Describe(allowed));

    /// <summary>jmespath.py's spelling of a signature, e.g. ['array-number', 'array-string'].</summary>
    private static string Describe(ArgumentTypes allowed)
    {
        var names = new[]
        {
            (ArgumentTypes.Boolean, "boolean"), (ArgumentTypes.Number, "number"), (ArgumentTypes.String, "string"),
            (ArgumentTypes.Array, "array"), (ArgumentTypes.Object, "object"), (ArgumentTypes.Expref, "expref"),
            (ArgumentTypes.ArrayOfNumbers, "array-number"), (ArgumentTypes.ArrayOfStrings, "array-string"),
        };
        return "[" + string.Join(", ", names.Where(n => allowed.HasFlag(n.Item1)).Select(n => $"'{n.Item2}'")) + "]";
    }
}
