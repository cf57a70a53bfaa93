namespace RoleCall.Protocol.Query;

/// <summary>
/// A map (IAM's `SummaryMap`), written as `&lt;Name&gt;&lt;entry&gt;&lt;key&gt;k&lt;/key&gt;&lt;value&gt;v&lt;/value&gt;&lt;/entry&gt;...`;
/// entry values are nodes whose own Name is ignored. JSON output prints it as an object.
/// </summary>
public sealed record ResultMap(string Name, IReadOnlyList<KeyValuePair<string, ResultNode>> Entries) : ResultNode(Name);
