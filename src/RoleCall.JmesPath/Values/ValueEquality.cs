namespace RoleCall.JmesPath.Values;

/// <summary>
/// JMESPath equality (https://jmespath.org/specification.html#comparison-operators): deep, numbers by value
/// (`1 == 1.0`), objects regardless of key order, arrays in order.
/// </summary>
internal static class ValueEquality
{
    public static bool AreEqual(JmesValue left, JmesValue right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Kind != right.Kind)
        {
            return false;
        }

        return left.Kind switch
        {
            JmesKind.Number => ((JmesNumber)left).CompareTo((JmesNumber)right) == 0,
            JmesKind.String => string.Equals(((JmesString)left).Value, ((JmesString)right).Value, StringComparison.Ordinal),
            JmesKind.Array => ArraysEqual((JmesArray)left, (JmesArray)right),
            JmesKind.Object => ObjectsEqual((JmesObject)left, (JmesObject)right),

            // Null and the two booleans are singletons, so unequal references mean unequal values.
            _ => false,
        };
    }

    public static int GetHashCode(JmesValue value) => value switch
    {
        JmesNumber n => n.Value.GetHashCode(),
        JmesString s => StringComparer.Ordinal.GetHashCode(s.Value),
        JmesArray a => a.Aggregate(17, (hash, item) => unchecked((hash * 31) + GetHashCode(item))),

        // Order-insensitive, to agree with Equals.
        JmesObject o => o.Aggregate(19, (hash, p) => hash ^ HashCode.Combine(p.Key, GetHashCode(p.Value))),
        JmesBoolean b => b.Value ? 1 : 2,
        _ => 0,
    };

    private static bool ArraysEqual(JmesArray left, JmesArray right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!AreEqual(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ObjectsEqual(JmesObject left, JmesObject right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var (key, value) in left)
        {
            if (!right.TryGetValue(key, out var other) || !AreEqual(value, other))
            {
                return false;
            }
        }

        return true;
    }
}
