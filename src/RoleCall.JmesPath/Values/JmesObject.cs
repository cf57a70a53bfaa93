using System.Collections;

namespace RoleCall.JmesPath.Values;

/// <summary>
/// An immutable object whose keys keep insertion order, like a Python dict: a repeated key keeps its first
/// position and its last value. Small objects (most AWS responses) are scanned; larger ones get an index.
/// </summary>
public sealed class JmesObject : JmesValue, IReadOnlyList<KeyValuePair<string, JmesValue>>
{
    private const int IndexThreshold = 8;
    private readonly List<KeyValuePair<string, JmesValue>> _properties;
    private readonly Dictionary<string, int>? _index;

    public JmesObject(IEnumerable<KeyValuePair<string, JmesValue>> properties)
        : base(JmesKind.Object)
    {
        _properties = properties is ICollection<KeyValuePair<string, JmesValue>> sized ? new(sized.Count) : [];
        Dictionary<string, int>? index = null;
        foreach (var (key, value) in properties)
        {
            // Small objects (nearly all of them) find duplicates by scanning; large ones build the index.
            var at = index is not null ? (index.TryGetValue(key, out var found) ? found : -1) : IndexOf(key);
            if (at >= 0)
            {
                _properties[at] = new(key, value);
                continue;
            }

            _properties.Add(new(key, value));
            if (index is not null)
            {
                index.Add(key, _properties.Count - 1);
            }
            else if (_properties.Count > IndexThreshold)
            {
                index = new Dictionary<string, int>(_properties.Count * 2, StringComparer.Ordinal);
                for (var i = 0; i < _properties.Count; i++)
                {
                    index.Add(_properties[i].Key, i);
                }
            }
        }

        _index = index;
    }

    public static JmesObject Empty { get; } = new([]);

    public int Count => _properties.Count;

    public KeyValuePair<string, JmesValue> this[int index] => _properties[index];

    public IEnumerable<string> Keys => _properties.Select(p => p.Key);

    public IEnumerable<JmesValue> Values => _properties.Select(p => p.Value);

    /// <summary>The value of <paramref name="key"/>, or JMESPath null when it is absent.</summary>
    public JmesValue Get(string key) => TryGetValue(key, out var value) ? value : Null;

    public bool TryGetValue(string key, out JmesValue value)
    {
        if (_index is not null)
        {
            if (_index.TryGetValue(key, out var at))
            {
                value = _properties[at].Value;
                return true;
            }
        }
        else
        {
            foreach (var property in _properties)
            {
                if (string.Equals(property.Key, key, StringComparison.Ordinal))
                {
                    value = property.Value;
                    return true;
                }
            }
        }

        value = Null;
        return false;
    }

    private int IndexOf(string key)
    {
        for (var i = 0; i < _properties.Count; i++)
        {
            if (string.Equals(_properties[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public List<KeyValuePair<string, JmesValue>>.Enumerator GetEnumerator() => _properties.GetEnumerator();

    IEnumerator<KeyValuePair<string, JmesValue>> IEnumerable<KeyValuePair<string, JmesValue>>.GetEnumerator() =>
        _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _properties.GetEnumerator();
}
