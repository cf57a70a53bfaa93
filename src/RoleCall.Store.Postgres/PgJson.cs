using System.Text.Json;
using System.Text.Json.Serialization;
using RoleCall.Iam.Model;

namespace RoleCall.Store.Postgres;

/// <summary>
/// Source-generated (de)serializers for the records kept as JSON text, the same shape the SQLite store writes
/// (computed properties such as Arn and Kind are derived on read, never stored).
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
internal sealed partial class PgJson : JsonSerializerContext
{
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, value!.GetType(), Default);

    public static T Deserialize<T>(string json) => (T)JsonSerializer.Deserialize(json, typeof(T), Default)!;
}
