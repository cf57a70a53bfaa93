using System.Text.Json;
using System.Text.Json.Serialization;
using RoleCall.S3.Model;
using Model = RoleCall.S3.Model;

namespace RoleCall.Store.Postgres.S3;

/// <summary>Source-generated JSON for the S3 columns kept as JSON text: stored headers and key/value lists (tags, checksums), as in the SQLite store.</summary>
[JsonSerializable(typeof(ObjectHeaders))]
[JsonSerializable(typeof(List<KeyValuePair<string, string>>))]
internal sealed partial class S3Json : JsonSerializerContext
{
    public static string Write(Model.ObjectHeaders headers) => JsonSerializer.Serialize(headers, Default.ObjectHeaders);

    /// <summary>Null for an empty list, so a row without tags stores no JSON.</summary>
    public static string? Write(IReadOnlyList<KeyValuePair<string, string>> pairs) =>
        pairs.Count == 0 ? null : JsonSerializer.Serialize([.. pairs], Default.ListKeyValuePairStringString);

    public static Model.ObjectHeaders Headers(string json) => JsonSerializer.Deserialize(json, Default.ObjectHeaders) ?? Model.ObjectHeaders.Empty;

    public static List<KeyValuePair<string, string>> Pairs(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize(json, Default.ListKeyValuePairStringString) ?? [];
}
