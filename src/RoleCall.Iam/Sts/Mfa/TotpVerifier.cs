using System.Collections.Concurrent;

namespace RoleCall.Iam.Sts.Mfa;

/// <summary>
/// Checks a 6-digit code against a device seed at the service clock's time: the current step and its two
/// neighbours are accepted (AWS tolerates one step of drift), and a step already used with a device is
/// refused, so a code that succeeded once cannot be replayed.
/// </summary>
internal sealed class TotpVerifier
{
    // Serial -> the newest step accepted for it. A code is valid only for a step after that one.
    private readonly ConcurrentDictionary<string, long> lastAcceptedStep = new(StringComparer.Ordinal);

    public bool TryAccept(string serialNumber, ReadOnlySpan<byte> seed, string code, DateTimeOffset now)
    {
        var current = Totp.StepAt(now);
        for (var step = current - 1; step <= current + 1; step++)
        {
            if (!string.Equals(Totp.Code(seed, step), code, StringComparison.Ordinal))
            {
                continue;
            }

            return TryConsume(serialNumber, step);
        }

        return false;
    }

    /// <summary>Records that a step was used (also by EnableMFADevice), refusing it when it is not newer.</summary>
    public bool TryConsume(string serialNumber, long step)
    {
        while (true)
        {
            if (!lastAcceptedStep.TryGetValue(serialNumber, out var last))
            {
                if (lastAcceptedStep.TryAdd(serialNumber, step))
                {
                    return true;
                }

                continue;
            }

            if (step <= last)
            {
                return false;
            }

            if (lastAcceptedStep.TryUpdate(serialNumber, step, last))
            {
                return true;
            }
        }
    }
}
