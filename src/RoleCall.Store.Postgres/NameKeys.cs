namespace RoleCall.Store.Postgres;

/// <summary>
/// The sort and uniqueness key of a name: ASCII lower case, as SQLite's NOCASE compares (IAM names and
/// Identity Center names compare case-insensitively; non-ASCII letters are left as they are, as in SQLite).
/// </summary>
internal static class NameKeys
{
    public static string Of(string name) => string.Create(name.Length, name, (span, n) =>
    {
        for (var i = 0; i < n.Length; i++)
        {
            span[i] = n[i] is >= 'A' and <= 'Z' ? (char)(n[i] + 32) : n[i];
        }
    });
}
