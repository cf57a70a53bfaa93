using System.Globalization;
using RoleCall.Config;
using RoleCall.Config.Profiles;
using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Sts;

/// <summary>
/// botocore's "standard" retry mode: at most <see cref="MaxAttempts"/> attempts (3), waiting
/// `min(random() * 2^(attempt-1) * BaseDelay, MaxBackoff)` between them (full jitter, 1 s base, 20 s cap).
/// <see cref="Delay"/> and <see cref="Random"/> are seams for tests.
/// </summary>
public sealed record RetryPolicy
{
    public static RetryPolicy Standard { get; } = new();

    public int MaxAttempts { get; init; } = 3;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Waits between attempts; Task.Delay by default.</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = static (delay, cancellation) => Task.Delay(delay, cancellation);

    /// <summary>A number in [0, 1) for the jitter.</summary>
    public Func<double> Random { get; init; } = static () => System.Random.Shared.NextDouble();

    /// <summary>
    /// Standard mode with botocore's `max_attempts` setting: AWS_MAX_ATTEMPTS, else the profile's
    /// `max_attempts`, else 3. A value that is not a positive integer is a configuration error.
    /// </summary>
    public static RetryPolicy For(ResolvedProfile profile, AwsEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(environment);
        var (text, source) = environment.Get("AWS_MAX_ATTEMPTS") is { Length: > 0 } fromEnvironment
            ? (fromEnvironment, "AWS_MAX_ATTEMPTS")
            : (profile.Get("max_attempts"), $"max_attempts in profile {profile.Name}");
        if (text is null)
        {
            return Standard;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var attempts) && attempts > 0
            ? Standard with { MaxAttempts = attempts }
            : throw new ConfigurationException($"Invalid max_attempts '{text}' (from {source})", "max_attempts must be a positive integer, e.g. 3");
    }

    /// <summary>The wait after failed attempt number <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan BackoffAfter(int attempt)
    {
        var seconds = Random() * Math.Pow(2, attempt - 1) * BaseDelay.TotalSeconds;
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxBackoff.TotalSeconds));
    }
}
