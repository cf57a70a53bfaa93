using RoleCall.Policy.Model;

namespace RoleCall.Policy.Parsing.Json;

/// <summary>Where and why the text stopped being JSON.</summary>
internal sealed record JsonSyntaxError(string Detail, SourcePosition Position);
