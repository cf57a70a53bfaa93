using System.Text.Json;
using System.Text.Json.Serialization;
using RoleCall.Ec2.Model;

namespace RoleCall.Ec2.Store;

/// <summary>
/// Source-generated (de)serializers for the EC2 records the stores keep as JSON text, one shape for SQLite and
/// PostgreSQL (no reflection on the read path: DescribeInstances may deserialize a thousand instances).
/// </summary>
[JsonSourceGenerationOptions(IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(Ec2Network))]
[JsonSerializable(typeof(Ec2Instance))]
public sealed partial class StoredEc2Json : JsonSerializerContext
{
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, typeof(T), Default);

    public static T Deserialize<T>(string json) => (T)JsonSerializer.Deserialize(json, typeof(T), Default)!;
}
