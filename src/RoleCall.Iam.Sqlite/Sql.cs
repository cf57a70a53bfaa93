using Microsoft.Data.Sqlite;
using RoleCall.Iam.Store;

namespace RoleCall.Iam.Sqlite;

/// <summary>Rows as JSON records, and the constraint-violation test.</summary>
internal static class Sql
{
    public static string Serialize<T>(T value) => StoredRecordJson.Serialize(value);

    public static T Deserialize<T>(string json) => StoredRecordJson.Deserialize<T>(json);

    /// <summary>True when the exception is a UNIQUE/PRIMARY KEY constraint violation (a duplicate name or key).</summary>
    public static bool IsConstraint(SqliteException e) => e.SqliteErrorCode == 19;
}
