using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace RoleCall.Benchmarks.Load;

/// <summary>
/// `load bodies STORE_URL DIR`: what an S3 object body costs to PUT and GET in each place a PostgreSQL-backed
/// serve could keep it (issue 15). Both ways are durable on PUT and stream in 64 KiB chunks, as serve does:
///
///   - file: written to DIR/tmp, fsynced, renamed into DIR/ab/ID (FileObjectBodies' protocol, on the directory
///     every replica would mount); GET reads the file;
///   - large object: lo_create + lo_write in one transaction, committed with PostgreSQL's default durability
///     (fsync, synchronous_commit on); GET lo_read in a transaction. Also the bytes PostgreSQL wrote to its WAL.
///
/// Sizes 4 KiB (COUNT_SMALL times) and 64 MiB (COUNT_LARGE times); prints one Markdown row per way and size.
/// </summary>
internal static class BodyStorageBench
{
    private const int Chunk = 64 * 1024;

    public static void Run(string url, string directory, int smallCount, int largeCount)
    {
        var parsed = new Uri(url);
        using var source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder
        {
            Host = parsed.Host,
            Port = parsed.Port,
            Username = parsed.UserInfo,
            Database = parsed.AbsolutePath.TrimStart('/'),
            CommandTimeout = 0,
        }.ConnectionString);
        Directory.CreateDirectory(Path.Combine(directory, "tmp"));
        Console.WriteLine("| way | size | count | PUT ms (median) | PUT MB/s | GET ms (median) | GET MB/s | WAL bytes per PUT byte |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var (size, count) in new[] { (4 * 1024, smallCount), (64 * 1024 * 1024, largeCount) })
        {
            var body = new byte[size];
            Random.Shared.NextBytes(body);
            Report("shared directory (file, fsync, rename)", size, count, () => PutFile(directory, body), id => GetFile(directory, id), walBytes: null);
            var wal0 = Wal(source);
            long written = 0;
            var row = Measure(size, count, () =>
            {
                written += size;
                return PutLarge(source, body);
            }, id => GetLarge(source, id));
            Print("PostgreSQL large object", size, count, row, (double)(Wal(source) - wal0) / written);
        }
    }

    private static void Report(string way, int size, int count, Func<string> put, Func<string, long> get, double? walBytes) =>
        Print(way, size, count, Measure(size, count, put, get), walBytes);

    private static (double PutMs, double GetMs) Measure(int size, int count, Func<string> put, Func<string, long> get)
    {
        var ids = new List<string>();
        var puts = new List<double>();
        var gets = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            ids.Add(put());
            puts.Add(clock.Elapsed.TotalMilliseconds);
        }

        foreach (var id in ids)
        {
            var clock = Stopwatch.StartNew();
            if (get(id) != size)
            {
                throw new InvalidDataException($"body {id} read back with the wrong length");
            }

            gets.Add(clock.Elapsed.TotalMilliseconds);
        }

        return (Median(puts), Median(gets));
    }

    private static void Print(string way, int size, int count, (double PutMs, double GetMs) row, double? walPerByte)
    {
        var mb = size / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {way} | {(size < 1 << 20 ? $"{size / 1024} KiB" : $"{size >> 20} MiB")} | {count} | {row.PutMs:F2} | {mb / (row.PutMs / 1000):F1} | {row.GetMs:F2} | {mb / (row.GetMs / 1000):F1} | {(walPerByte is { } w ? w.ToString("F2", CultureInfo.InvariantCulture) : "-")} |"));
    }

    private static string PutFile(string directory, byte[] body)
    {
        var id = Guid.NewGuid().ToString("N");
        var temp = Path.Combine(directory, "tmp", id);
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1))
        {
            for (var offset = 0; offset < body.Length; offset += Chunk)
            {
                stream.Write(body, offset, Math.Min(Chunk, body.Length - offset));
            }

            stream.Flush(flushToDisk: true);
        }

        var final = Path.Combine(directory, id[..2], id);
        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        File.Move(temp, final);
        return id;
    }

    private static long GetFile(string directory, string id)
    {
        using var stream = new FileStream(Path.Combine(directory, id[..2], id), FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Drain(stream);
    }

    private static string PutLarge(NpgsqlDataSource source, byte[] body)
    {
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var oid = Scalar(connection, "SELECT lo_create(0);");
        var fd = Scalar(connection, $"SELECT lo_open({oid}, 131072);"); // INV_WRITE
        using var write = new NpgsqlCommand("SELECT lowrite(@fd, @data);", connection);
        var fdParameter = write.Parameters.AddWithValue("fd", (int)fd);
        var data = write.Parameters.Add("data", NpgsqlTypes.NpgsqlDbType.Bytea);
        for (var offset = 0; offset < body.Length; offset += Chunk)
        {
            data.Value = new ReadOnlyMemory<byte>(body, offset, Math.Min(Chunk, body.Length - offset));
            write.ExecuteNonQuery();
        }

        GC.KeepAlive(fdParameter);
        transaction.Commit();
        return oid.ToString(CultureInfo.InvariantCulture);
    }

    private static long GetLarge(NpgsqlDataSource source, string oid)
    {
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var fd = Scalar(connection, $"SELECT lo_open({oid}, 262144);"); // INV_READ
        using var read = new NpgsqlCommand($"SELECT loread({fd}, {Chunk});", connection);
        long total = 0;
        while (read.ExecuteScalar() is byte[] { Length: > 0 } chunk)
        {
            total += chunk.Length;
        }

        transaction.Commit();
        return total;
    }

    private static long Drain(Stream stream)
    {
        var buffer = new byte[Chunk];
        long total = 0;
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            total += n;
        }

        return total;
    }

    private static long Wal(NpgsqlDataSource source)
    {
        using var connection = source.OpenConnection();
        return Scalar(connection, "SELECT pg_current_wal_lsn() - '0/0'::pg_lsn;");
    }

    private static long Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
