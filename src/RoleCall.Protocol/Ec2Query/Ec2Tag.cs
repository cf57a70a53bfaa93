namespace RoleCall.Protocol.Ec2Query;

/// <summary>A tag as EC2 requests carry it (`Tag.N.Key`, `Tag.N.Value`; a missing value is empty).</summary>
public sealed record Ec2Tag(string Key, string Value);
