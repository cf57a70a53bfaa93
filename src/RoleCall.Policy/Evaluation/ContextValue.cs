namespace RoleCall.Policy.Evaluation;

/// <summary>
/// The value(s) of one condition key in a request. Single-valued keys hold one string; multivalued keys
/// (`aws:TagKeys`) hold any number, possibly none (an empty list counts as an absent key).
/// Values are kept as text and read by each operator family (numbers, dates, IPs, booleans) as it needs.
/// </summary>
public sealed class ContextValue
{
    private (UInt128 Address, bool IsV6, bool Valid)[]? _addresses;

    internal ContextValue(string[] values, bool isMultiValued)
    {
        Values = values;
        IsMultiValued = isMultiValued;
    }

    public IReadOnlyList<string> Values { get; }

    /// <summary>True for list-typed keys: ForAllValues/ForAnyValue apply to them.</summary>
    public bool IsMultiValued { get; }

    internal string[] Items => (string[])Values;

    /// <summary>Parsed IP addresses, cached: the same context is often evaluated against many statements.</summary>
    internal (UInt128 Address, bool IsV6, bool Valid)[] Addresses
    {
        get
        {
            if (_addresses is null)
            {
                var parsed = new (UInt128, bool, bool)[Items.Length];
                for (var i = 0; i < parsed.Length; i++)
                {
                    var ok = Model.IpNetwork.TryParseAddress(Items[i], out var address, out var isV6);
                    parsed[i] = (address, isV6, ok);
                }

                _addresses = parsed;
            }

            return _addresses;
        }
    }
}
