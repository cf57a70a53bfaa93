using RoleCall.Core.Errors;
using RoleCall.S3;

namespace RoleCall.Store.Postgres.S3;

/// <summary>
/// PostgreSQL text cannot hold U+0000 (SQLite's can), and every S3 name arrives from a URL (`%00`): a bucket
/// name, key, prefix or upload id with it is never stored here, so a read finds nothing, and a write is
/// refused with InvalidArgument instead of failing in the database as an internal error.
/// </summary>
internal static class NulCharacter
{
    public static bool In([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value) => value is not null && value.Contains('\0', StringComparison.Ordinal);

    public static AwsServiceException Refused(string key) =>
        S3Errors.InvalidArgument("Object keys containing the NUL character (U+0000) cannot be stored by rolecall serve --store postgresql://.", "key", key.Replace("\0", "\\0", StringComparison.Ordinal));
}
