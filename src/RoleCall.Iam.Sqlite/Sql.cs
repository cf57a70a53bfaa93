using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace RoleCall.Iam.Sqlite;

/// <summary>Rows as JSON records, and the constraint-violation test.</summary>
internal static class Sql
{
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, value!.GetType(), StoreJsonContext.Default);

    public static T Deserialize<T>(string json) => (T)JsonSerializer.Deserialize(json, typeof(T), StoreJsonContext.Default)!;

    /// <summary>True when the exception is a UNIQUE/PRIMARY KEY constraint violation (a duplicate name or key).</summary>
    public static bool IsConstraint(SqliteException e) => e.SqliteErrorCode == 19;
}
