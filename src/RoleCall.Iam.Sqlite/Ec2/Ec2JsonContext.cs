using System.Text.Json.Serialization;
using RoleCall.Ec2.Model;

namespace RoleCall.Iam.Sqlite.Ec2;

/// <summary>Source-generated (de)serializers for the EC2 records kept as JSON (no reflection on the read path).</summary>
[JsonSourceGenerationOptions(IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(Ec2Network))]
[JsonSerializable(typeof(Ec2Instance))]
internal sealed partial class Ec2JsonContext : JsonSerializerContext;
