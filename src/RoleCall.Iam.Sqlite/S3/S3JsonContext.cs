using System.Text.Json.Serialization;
using RoleCall.S3.Model;

namespace RoleCall.Iam.Sqlite.S3;

/// <summary>Source-generated JSON for the S3 columns kept as JSON: stored headers and key/value lists (tags, checksums).</summary>
[JsonSerializable(typeof(ObjectHeaders))]
[JsonSerializable(typeof(List<KeyValuePair<string, string>>))]
internal sealed partial class S3JsonContext : JsonSerializerContext;
