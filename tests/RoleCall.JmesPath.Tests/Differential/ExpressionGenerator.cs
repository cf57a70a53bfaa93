using System.Text.RegularExpressions;
using RoleCall.JmesPath.Values;

namespace RoleCall.JmesPath.Tests.Differential;

/// <summary>
/// Random, mostly well-typed JMESPath expressions of the kinds people pass to `--query` (fields, projections,
/// filters, multi-selects, pipes, functions, literals, slices), over the keys the documents actually hold.
/// </summary>
internal sealed partial class ExpressionGenerator(Random random, IReadOnlyList<string> keys)
{
    private static readonly string[] Literals = ["`1`", "`3600`", "`2.5`", "`\"deploy\"`", "'Allow'", "`true`", "`null`", "`[1, 2]`", "`{\"a\": 1}`", "`foo`", "'/'", "`0`", "`-1`"];
    private static readonly string[] Comparators = ["==", "!=", "<", "<=", ">", ">="];

    /// <summary>An expression for <paramref name="data"/>: mostly built on paths that exist in it, so most results are not null.</summary>
    public string Next(JmesValue data) => Pick(10) switch
    {
        0 or 1 or 2 => RealPath(data, out _),
        3 or 4 => Filtered(data),
        5 => $"length({RealPath(data, out _)})",
        6 => SortedProjection(data),
        7 => $"{RealPath(data, out _)} | {Expression(1)}",
        _ => Expression(3),
    };

    /// <summary>A path that exists: keys of objects, and [0], [-1] or [*] into arrays.</summary>
    private string RealPath(JmesValue data, out JmesValue reached)
    {
        var expression = string.Empty;
        reached = data;
        for (var steps = random.Next(1, 5); steps > 0; steps--)
        {
            if (reached is JmesObject { Count: > 0 } obj)
            {
                var (key, value) = obj[random.Next(obj.Count)];
                var name = Identifier().IsMatch(key) ? key : "\"" + key + "\"";
                expression = expression.Length == 0 ? name : expression + "." + name;
                reached = value;
            }
            else if (reached is JmesArray { Count: > 0 } array && expression.Length > 0)
            {
                expression += Pick(3) switch { 0 => "[0]", 1 => "[-1]", _ => "[*]" };
                reached = array[random.Next(array.Count)];
            }
            else
            {
                break;
            }
        }

        return expression.Length == 0 ? "@" : expression;
    }

    /// <summary>`path[?field op literal].field` over an array of objects found in the data.</summary>
    private string Filtered(JmesValue data)
    {
        var path = RealPath(data, out var reached);
        if (reached is not JmesObject { Count: > 0 } element)
        {
            return path;
        }

        var cut = path.LastIndexOf('[');
        var basis = cut > 0 ? path[..cut] : path;
        var (key, value) = element[random.Next(element.Count)];
        var literal = value is JmesString or JmesNumber or JmesBoolean ? $"`{value.ToJson()}`" : Literals[random.Next(Literals.Length)];
        var (field, _) = element[random.Next(element.Count)];
        return $"{basis}[?{Quote(key)} {Comparators[random.Next(Comparators.Length)]} {literal}].{Quote(field)}";
    }

    private string SortedProjection(JmesValue data)
    {
        var path = RealPath(data, out var reached);
        if (reached is not JmesObject { Count: > 0 } element)
        {
            return $"sort_by(@, &{Field()})";
        }

        var cut = path.LastIndexOf('[');
        var basis = cut > 0 ? path[..cut] : path;
        var (key, _) = element[random.Next(element.Count)];
        return Pick(3) switch
        {
            0 => $"sort_by({basis}, &{Quote(key)})[].{Quote(key)}",
            1 => $"max_by({basis}, &{Quote(key)})",
            _ => $"{basis}[].{Quote(key)} | sort(@)",
        };
    }

    private static string Quote(string key) => Identifier().IsMatch(key) ? key : "\"" + key + "\"";

    private string Expression(int depth)
    {
        if (depth <= 0)
        {
            return Pick(4) switch
            {
                0 => "@",
                1 => Literals[random.Next(Literals.Length)],
                _ => Field(),
            };
        }

        var d = depth - 1;
        return Pick(22) switch
        {
            0 or 1 or 2 => Field(),
            3 => $"{Expression(d)}.{Field()}",
            4 => $"{Expression(d)}[{random.Next(-3, 4)}]",
            5 => $"{Expression(d)}[{Slice()}]",
            6 => $"{Expression(d)}[*].{Field()}",
            7 => $"{Expression(d)}[]",
            8 => $"{Expression(d)}.*",
            9 => $"{Expression(d)}[?{Condition(d)}]" + (Pick(2) == 0 ? $".{Field()}" : string.Empty),
            10 => $"{Expression(d)} | {Expression(d)}",
            11 => $"{Expression(d)} || {Expression(d)}",
            12 => $"{Expression(d)} && {Expression(d)}",
            13 => $"!{Expression(d)}",
            14 => $"[{Expression(d)}, {Expression(d)}]",
            15 => $"{{a: {Expression(d)}, b: {Expression(d)}}}",
            16 or 17 or 18 => Function(d),
            19 => $"{Expression(d)}.[{Field()}, {Field()}]",
            20 => $"{Expression(d)}.{{n: {Field()}, m: {Field()}}}",
            _ => $"({Expression(d)})",
        };
    }

    private string Condition(int depth) => Pick(5) switch
    {
        0 => $"{Field()} {Comparators[random.Next(Comparators.Length)]} {Literals[random.Next(Literals.Length)]}",
        1 => $"{Expression(depth)} {Comparators[random.Next(Comparators.Length)]} {Expression(depth)}",
        2 => $"starts_with({Field()}, '{"adlz"[random.Next(4)]}')",
        3 => $"!{Field()}",
        _ => Field(),
    };

    private string Function(int d) => Pick(24) switch
    {
        0 => $"length({Expression(d)})",
        1 => $"keys({Expression(d)})",
        2 => $"values({Expression(d)})",
        3 => $"sort_by({Expression(d)}, &{Field()})",
        4 => $"max_by({Expression(d)}, &{Field()})",
        5 => $"min_by({Expression(d)}, &{Field()})",
        6 => $"contains({Expression(d)}, {Literals[random.Next(Literals.Length)]})",
        7 => $"starts_with({Expression(d)}, 'a')",
        8 => $"to_string({Expression(d)})",
        9 => $"to_number({Expression(d)})",
        10 => $"type({Expression(d)})",
        11 => $"not_null({Expression(d)}, {Expression(d)})",
        12 => $"reverse({Expression(d)})",
        13 => $"sort({Expression(d)})",
        14 => $"join(', ', {Expression(d)})",
        15 => $"sum({Expression(d)})",
        16 => $"avg({Expression(d)})",
        17 => $"abs({Expression(d)})",
        18 => $"floor({Expression(d)})",
        19 => $"ceil({Expression(d)})",
        20 => $"to_array({Expression(d)})",
        21 => $"map(&{Field()}, {Expression(d)})",
        22 => $"ends_with({Expression(d)}, 'Z')",
        _ => $"max({Expression(d)})",
    };

    private string Slice()
    {
        string Part() => Pick(2) == 0 ? string.Empty : random.Next(-4, 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var step = Pick(3) == 0 ? ":" + (random.Next(2) == 0 ? "-1" : "2") : string.Empty;
        return $"{Part()}:{Part()}{step}";
    }

    private string Field()
    {
        var key = keys[random.Next(keys.Count)];
        return Identifier().IsMatch(key) ? key : "\"" + key + "\"";
    }

    private int Pick(int choices) => random.Next(choices);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
