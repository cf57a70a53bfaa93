namespace RoleCall.Protocol.Query;

/// <summary>A map with string keys, `&lt;entry&gt;&lt;key/&gt;&lt;value/&gt;&lt;/entry&gt;` per entry.</summary>
public sealed record MapShape(Shape Value, string KeyName = "key", string ValueName = "value") : Shape;
