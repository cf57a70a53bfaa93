namespace RoleCall.Credentials.Sts;

/// <summary>GetFederationToken's parameters.</summary>
public sealed record GetFederationTokenRequest(string Name)
{
    public string? Policy { get; init; }

    public IReadOnlyList<string> PolicyArns { get; init; } = [];

    public int? DurationSeconds { get; init; }

    public IReadOnlyList<StsTag> Tags { get; init; } = [];
}
