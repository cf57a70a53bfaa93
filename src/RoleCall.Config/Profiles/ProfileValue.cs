namespace RoleCall.Config.Profiles;

/// <summary>
/// One setting's value with its <see cref="Origin"/>. A nested setting (<c>s3 =</c> followed by indented
/// <c>key = value</c> lines) has <see cref="SubProperties"/>; its <see cref="Value"/> is then the raw text
/// ("\nkey = value..."), as botocore keeps it before nesting. ToString never prints the value (it may be a secret).
/// </summary>
public sealed record ProfileValue(string Value, ValueOrigin Origin)
{
    /// <summary>Sub-settings by name (case kept, the last duplicate wins, as in botocore); null for a plain value.</summary>
    public IReadOnlyDictionary<string, string>? SubProperties { get; init; }

    public bool IsNested => SubProperties is not null;

    public override string ToString() => $"<value from {Origin}>";
}
