using System.Text.Json.Serialization;
using RoleCall.S3.Model;

namespace RoleCall.Iam.Sqlite.S3;

/// <summary>Source-generated JSON for the S3 columns kept as JSON: stored headers, key/value lists (tags, checksums) and multipart body segments.</summary>
[JsonSerializable(typeof(ObjectHeaders))]
[JsonSerializable(typeof(List<KeyValuePair<string, string>>))]
[JsonSerializable(typeof(List<BodySegment>))]
internal sealed partial class S3JsonContext : JsonSerializerContext;
