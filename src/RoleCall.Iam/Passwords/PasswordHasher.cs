using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RoleCall.Iam.Passwords;

/// <summary>
/// Console passwords as salted PBKDF2-HMAC-SHA256 hashes (`pbkdf2-sha256$ITERATIONS$SALT$HASH`), the
/// iteration count OWASP's password storage cheat sheet recommends for this function. The count is stored
/// with each hash, so raising it later still verifies older hashes. The password itself is never kept.
/// </summary>
public static class PasswordHasher
{
    public const int Iterations = 600_000;

    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Hash(string password) => Hash(password, RandomNumberGenerator.GetBytes(SaltBytes), Iterations);

    public static bool Verify(string password, string stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        var parts = (stored ?? "").Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations))
        {
            return false;
        }

        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), Convert.FromBase64String(parts[2]), iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static string Hash(string password, byte[] salt, int iterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Create(CultureInfo.InvariantCulture, $"{Scheme}${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }
}
