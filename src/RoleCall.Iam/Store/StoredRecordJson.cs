using System.Text.Json;
using System.Text.Json.Serialization;
using RoleCall.Iam.Model;

namespace RoleCall.Iam.Store;

/// <summary>
/// Source-generated (de)serializers for the IAM records the stores keep as JSON text, one shape for SQLite and
/// PostgreSQL: no reflection on the read path, which matters for listings that deserialize a page of 100
/// entities per request. Computed properties (Arn, Kind, IsRoot, ...) are derived on read, never stored.
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
public sealed partial class StoredRecordJson : JsonSerializerContext
{
    /// <summary>The record as JSON, by its runtime type (an IamEntity is written as the user, group or role it is).</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, value!.GetType(), Default);

    public static T Deserialize<T>(string json) => (T)JsonSerializer.Deserialize(json, typeof(T), Default)!;
}
