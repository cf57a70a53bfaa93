using Npgsql;

namespace RoleCall.Store.Postgres;

/// <summary>The PostgreSQL error codes the stores act on (https://www.postgresql.org/docs/current/errcodes-appendix.html).</summary>
internal static class PostgresErrors
{
    /// <summary>unique_violation: a duplicate name or key.</summary>
    public static bool IsUniqueViolation(PostgresException e) => e.SqlState == PostgresErrorCodes.UniqueViolation;

    /// <summary>foreign_key_violation: a row naming one that is gone, or a row still named.</summary>
    public static bool IsForeignKeyViolation(PostgresException e) => e.SqlState == PostgresErrorCodes.ForeignKeyViolation;

    /// <summary>Runs work, answering <paramref name="onViolation"/> when it hit a foreign key (the backstop behind a store's row locks).</summary>
    public static T GuardForeignKey<T>(Func<T> work, T onViolation)
    {
        try
        {
            return work();
        }
        catch (PostgresException e) when (IsForeignKeyViolation(e))
        {
            return onViolation;
        }
    }

    /// <summary>Runs work, answering <paramref name="onConflict"/> when it hit a unique constraint.</summary>
    public static T Guard<T>(Func<T> work, T onConflict)
    {
        try
        {
            return work();
        }
        catch (PostgresException e) when (IsUniqueViolation(e))
        {
            return onConflict;
        }
    }
}
