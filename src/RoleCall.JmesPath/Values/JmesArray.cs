using System.Collections;

namespace RoleCall.JmesPath.Values;

/// <summary>An immutable array. The constructor takes ownership of the list it is given.</summary>
public sealed class JmesArray : JmesValue, IReadOnlyList<JmesValue>
{
    private readonly List<JmesValue> _items;

    public JmesArray(List<JmesValue> items)
        : base(JmesKind.Array) => _items = items;

    public JmesArray(IEnumerable<JmesValue> items)
        : this(items.ToList())
    {
    }

    public static JmesArray Empty { get; } = new(new List<JmesValue>());

    public int Count => _items.Count;

    public JmesValue this[int index] => _items[index];

    public List<JmesValue>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<JmesValue> IEnumerable<JmesValue>.GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
