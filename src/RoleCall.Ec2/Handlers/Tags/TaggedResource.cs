using RoleCall.Protocol.Ec2Query;

namespace RoleCall.Ec2.Handlers.Tags;

/// <summary>A resource that carries tags: its ID, its DescribeTags type (`instance`, `vpc`, `subnet`), ARN and tags.</summary>
internal sealed record TaggedResource(string Id, string Type, string Arn, IReadOnlyList<Ec2Tag> Tags);
