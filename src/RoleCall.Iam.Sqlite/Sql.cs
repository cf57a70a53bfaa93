using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace RoleCall.Iam.Sqlite;

/// <summary>Small helpers over commands: parameters as tuples, rows as JSON records.</summary>
internal static class Sql
{
    // Computed properties (Arn, Kind, IsRoot, ...) are derived on read, never stored.
    public static readonly JsonSerializerOptions Json = new() { IgnoreReadOnlyProperties = true };

    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] args)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in args)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static int Run(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] args)
    {
        using var command = Command(connection, transaction, sql, args);
        return command.ExecuteNonQuery();
    }

    public static long Scalar(SqliteConnection connection, string sql, params (string Name, object? Value)[] args)
    {
        using var command = Command(connection, null, sql, args);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Rows of (data, ...) mapped by <paramref name="map"/>.</summary>
    public static List<T> Rows<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] args)
    {
        using var command = Command(connection, null, sql, args);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public static T? One<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] args)
        where T : class
    {
        using var command = Command(connection, null, sql, args);
        using var reader = command.ExecuteReader();
        return reader.Read() ? map(reader) : null;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, value!.GetType(), Json);

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Json)!;

    /// <summary>True when the exception is a UNIQUE/PRIMARY KEY constraint violation (a duplicate name or key).</summary>
    public static bool IsConstraint(SqliteException e) => e.SqliteErrorCode == 19;
}
