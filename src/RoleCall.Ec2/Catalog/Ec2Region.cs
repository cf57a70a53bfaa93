namespace RoleCall.Ec2.Catalog;

/// <summary>A region: its name, the prefix of its zone IDs (`use1` for `use1-az1`) and its zone letters.</summary>
public sealed record Ec2Region(string Name, string ZoneIdPrefix, string ZoneLetters)
{
    public string Endpoint => $"ec2.{Name}.amazonaws.com";

    /// <summary>(`us-east-1a`, `use1-az1`), ... in letter order.</summary>
    public IEnumerable<(string Name, string Id)> Zones =>
        ZoneLetters.Select((letter, i) => ($"{Name}{letter}", $"{ZoneIdPrefix}-az{i + 1}"));
}
