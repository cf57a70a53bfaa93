using System.Text.Json;
using RoleCall.IdentityCenter.Model;

namespace RoleCall.IdentityCenter.Store;

/// <summary>The JSON text an Identity Center item is kept as, one shape for SQLite and PostgreSQL.</summary>
public static class StoredItemJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static string Serialize<T>(T item)
        where T : IcItem => JsonSerializer.Serialize(item, Options);

    /// <param name="json">The stored text.</param>
    /// <param name="where">The store, named in the error when the text holds null.</param>
    public static T Deserialize<T>(string json, string where)
        where T : IcItem =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"{where} holds a null {typeof(T).Name}");
}
