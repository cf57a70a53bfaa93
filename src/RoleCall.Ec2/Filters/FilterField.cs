namespace RoleCall.Ec2.Filters;

/// <summary>A filter name an operation supports and the values of an item it compares against.</summary>
public sealed record FilterField<T>(string Name, Func<T, IEnumerable<string?>> Values);
