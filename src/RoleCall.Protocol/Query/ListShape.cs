namespace RoleCall.Protocol.Query;

/// <summary>A list, `&lt;Name&gt;&lt;member&gt;..&lt;/member&gt;&lt;/Name&gt;` (IAM and STS never flatten lists).</summary>
public sealed record ListShape(Shape Member, string MemberName = "member") : Shape;
