using System.Globalization;
using Npgsql;
using RoleCall.Core.Errors;

namespace RoleCall.Store.Postgres;

/// <summary>
/// `--store postgresql://user@host:port/database[?sslmode=MODE]` (also `postgres://`), parsed. A password in
/// the URL is refused: it would sit in shell history, in `ps` output and in the start banner. The password
/// comes from PGPASSWORD or the password file (~/.pgpass, or PGPASSFILE), as for psql.
/// </summary>
public sealed class PostgresStoreUrl
{
    private const string Hint = "write postgresql://USER@HOST:PORT/DATABASE; a password goes in PGPASSWORD or ~/.pgpass, never in the URL";

    private PostgresStoreUrl(string? user, string host, int port, string database, SslMode? sslMode)
    {
        User = user;
        Host = host;
        Port = port;
        Database = database;
        SslMode = sslMode;
    }

    public string? User { get; }

    public string Host { get; }

    public int Port { get; }

    public string Database { get; }

    internal SslMode? SslMode { get; }

    /// <summary>What the banner shows: `postgresql://user@host:port/database`, never a password.</summary>
    public string Display => $"postgresql://{(User is null ? string.Empty : User + "@")}{Host}:{Port.ToString(CultureInfo.InvariantCulture)}/{Database}";

    /// <summary>True for a value `--store` should read as a PostgreSQL URL.</summary>
    public static bool IsPostgres(string value) =>
        value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    public static PostgresStoreUrl Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsPostgres(value) || !Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw new ConfigurationException("serve: --store is not a PostgreSQL URL", Hint);
        }

        // Checked before anything is echoed: no message may repeat a URL that carries a password.
        if (uri.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            throw new ConfigurationException("serve: --store must not contain a password", "put it in PGPASSWORD or ~/.pgpass (https://www.postgresql.org/docs/current/libpq-pgpass.html)");
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0 || database.Contains('/', StringComparison.Ordinal))
        {
            throw new ConfigurationException("serve: --store names no database", Hint);
        }

        var user = uri.UserInfo.Length == 0 ? null : Uri.UnescapeDataString(uri.UserInfo);
        return new PostgresStoreUrl(user, uri.Host, uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port, database, ParseQuery(uri.Query));
    }

    /// <summary>
    /// A data source; <paramref name="password"/> is PGPASSWORD when set (else Npgsql reads ~/.pgpass). Pooled
    /// connections are handed out as they were left (no `DISCARD ALL` before each reuse, which PostgreSQL
    /// otherwise runs on every borrowed connection, and which would also drop the prepared statements), so
    /// the stores leave no session state behind: transactions end, advisory locks are released
    /// (<see cref="PostgresWriteScope"/> clears the pool when it cannot), and LISTEN runs on a connection of
    /// its own (<paramref name="pooling"/> false). The statements the stores repeat are prepared on each
    /// connection after their second use (https://www.npgsql.org/doc/prepare.html#automatic-preparation).
    /// </summary>
    internal NpgsqlDataSource CreateDataSource(string? password, int maxPoolSize, bool asynchronousCommit = false, bool pooling = true)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = Host,
            Port = Port,
            Database = Database,
            Username = User,
            Password = password,
            ApplicationName = "rolecall",
            Pooling = pooling,
            MaxPoolSize = maxPoolSize,
            NoResetOnClose = true,
            MaxAutoPrepare = 64,
            AutoPrepareMinUsages = 2,
            IncludeErrorDetail = false,
        };
        if (asynchronousCommit)
        {
            // https://www.postgresql.org/docs/current/wal-async-commit.html: COMMIT returns before the WAL flush.
            builder.Options = "-c synchronous_commit=off";
        }

        if (SslMode is { } mode)
        {
            builder.SslMode = mode;
        }

        return new NpgsqlDataSourceBuilder(builder.ConnectionString).Build();
    }

    /// <summary>
    /// `?sslmode=MODE`, the one parameter taken. No message repeats the URL or a value from its query: libpq
    /// also reads `?password=...` there, and the error line would carry it into logs and terminals.
    /// </summary>
    private static SslMode? ParseQuery(string query)
    {
        SslMode? mode = null;
        foreach (var parameter in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = parameter.Split('=', 2);
            var name = Uri.UnescapeDataString(parts[0]);
            if (name != "sslmode")
            {
                var shown = name.Length is > 0 and <= 32 && name.All(char.IsAsciiLetterOrDigit) ? $"'{name}'" : "this one";
                throw new ConfigurationException($"serve: --store takes no query parameter {shown}: the only one taken is sslmode (disable, prefer, require, verify-ca, verify-full)", Hint);
            }

            if (parts.Length < 2 || !Enum.TryParse<SslMode>(parts[1].Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed)
                || !Enum.IsDefined(parsed))
            {
                throw new ConfigurationException("serve: --store has an sslmode that is not disable, prefer, require, verify-ca or verify-full", Hint);
            }

            mode = parsed;
        }

        return mode;
    }
}
