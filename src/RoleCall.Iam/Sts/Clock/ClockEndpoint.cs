using System.Text.Json;
using RoleCall.Core.Time;

namespace RoleCall.Iam.Sts.Clock;

/// <summary>
/// The logic behind `POST /_rolecall/clock` (only mapped under `rolecall serve --dev-clock`): the body
/// `{"advanceSeconds": N}` moves the <see cref="ServiceClock"/> forward by N seconds (0 just reads it). The
/// HTTP host writes <see cref="ClockEndpointResult.Body"/> as `application/json` with the status given.
/// </summary>
public static class ClockEndpoint
{
    /// <summary>Largest single step (10 years): enough for any expiry test, small enough to stay in range.</summary>
    private const long MaxAdvanceSeconds = 10L * 366 * 24 * 3600;

    public static ClockEndpointResult Handle(ServiceClock clock, string requestBody)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (!TryReadAdvance(requestBody, out var seconds, out var problem))
        {
            return new ClockEndpointResult(400, Error(problem));
        }

        if (!clock.TryAdvance(TimeSpan.FromSeconds(seconds), out var now))
        {
            return new ClockEndpointResult(400, Error(
                $"advancing {seconds} seconds would move the clock past {AwsTimeFormats.ToIso8601(ServiceClock.Latest)}, the latest it may show; it stays at {AwsTimeFormats.ToIso8601(now)}"));
        }

        return new ClockEndpointResult(200, Describe(clock, now));
    }

    /// <summary>`GET /_rolecall/clock`: the service's current time and offset, nothing moved.</summary>
    public static ClockEndpointResult Read(ServiceClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new ClockEndpointResult(200, Describe(clock, clock.GetUtcNow()));
    }

    private static bool TryReadAdvance(string body, out long seconds, out string problem)
    {
        seconds = 0;
        problem = "";
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("advanceSeconds", out var value)
                || value.ValueKind != JsonValueKind.Number
                || !value.TryGetInt64(out seconds))
            {
                problem = "expected a JSON body {\"advanceSeconds\": N} with N a whole number of seconds";
                return false;
            }
        }
        catch (JsonException)
        {
            problem = "the body is not JSON; send {\"advanceSeconds\": N}";
            return false;
        }

        if (seconds is < 0 or > MaxAdvanceSeconds)
        {
            problem = $"advanceSeconds must be between 0 and {MaxAdvanceSeconds}; the clock only moves forward";
            return false;
        }

        return true;
    }

    private static string Describe(ServiceClock clock, DateTimeOffset now) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["now"] = AwsTimeFormats.ToIso8601(now),
            ["offsetSeconds"] = (long)clock.Offset.TotalSeconds,
        });

    private static string Error(string message) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = message });
}
