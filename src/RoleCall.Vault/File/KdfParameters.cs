namespace RoleCall.Vault.File;

/// <summary>
/// Argon2id's cost and salt for one vault (RFC 9106). The defaults follow RFC 9106's second recommended
/// option (64 MiB, 3 passes) with 2 lanes; a header asking for less than <see cref="MinimumMemoryKiB"/> or
/// <see cref="MinimumIterations"/> is refused, so an altered header cannot weaken the key.
/// </summary>
public sealed record KdfParameters(int MemoryKiB, int Iterations, int Parallelism, byte[] Salt)
{
    public const int MinimumMemoryKiB = 64 * 1024;
    public const int MinimumIterations = 3;

    public static KdfParameters NewDefault() =>
        new(MinimumMemoryKiB, MinimumIterations, 2, System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public bool IsStrongEnough => MemoryKiB >= MinimumMemoryKiB && Iterations >= MinimumIterations && Parallelism is >= 1 and <= 16 && Salt.Length >= 16;
}
