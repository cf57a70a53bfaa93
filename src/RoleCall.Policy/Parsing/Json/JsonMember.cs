namespace RoleCall.Policy.Parsing.Json;

/// <summary>One "key": value pair of an object, in document order (duplicates kept for the validator to report).</summary>
internal sealed record JsonMember(string Key, JsonNode Value, Model.SourcePosition KeyPosition);
