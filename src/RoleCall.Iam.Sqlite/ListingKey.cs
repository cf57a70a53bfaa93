using RoleCall.Iam.Model;

namespace RoleCall.Iam.Sqlite;

/// <summary>What identifies one page of an entity listing in <see cref="ListingCache"/>.</summary>
internal readonly record struct ListingKey(string AccountId, EntityKind Kind, string PathPrefix, string? After, int Limit);
