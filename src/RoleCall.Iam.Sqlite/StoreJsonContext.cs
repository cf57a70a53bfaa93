using System.Text.Json.Serialization;
using RoleCall.Iam.Model;

namespace RoleCall.Iam.Sqlite;

/// <summary>
/// Source-generated (de)serializers for the records kept as JSON: no reflection on the read path, which
/// matters for listings that deserialize a page of 100 entities per request. Computed properties (Arn,
/// Kind, IsRoot, ...) are derived on read, never stored.
/// </summary>
[JsonSourceGenerationOptions(IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(IamAccount))]
[JsonSerializable(typeof(IamUser))]
[JsonSerializable(typeof(IamGroup))]
[JsonSerializable(typeof(IamRole))]
[JsonSerializable(typeof(ManagedPolicy))]
[JsonSerializable(typeof(AccessKey))]
[JsonSerializable(typeof(MfaDevice))]
[JsonSerializable(typeof(TemporarySession))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
