namespace RoleCall.Policy.Parsing.Json;

internal enum JsonKind : byte
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}
