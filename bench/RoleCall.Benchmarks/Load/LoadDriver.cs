using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace RoleCall.Benchmarks.Load;

/// <summary>
/// A closed-loop load generator, as wrk is (C connections, each sends its next request when the answer
/// arrives), for workloads wrk cannot replay from one URL: every request is signed afresh here, so each can
/// use a different session or mix writes into reads. Signing runs on the same machine and is part of the
/// client's cost, as with any real SDK client. Prints `RESULT rps=... p50_ms=... p99_ms=... requests=... bad=...`.
/// </summary>
internal static class LoadDriver
{
    public static async Task<int> RunAsync(Uri endpoint, LoadScenario scenario, int connections, double warmupSeconds, double seconds)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var requests = new SignedRequests(endpoint);
        await Phase(http, requests, scenario, connections, warmupSeconds);
        var (latencies, bad, elapsed) = await Phase(http, requests, scenario, connections, seconds);
        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)(p / 100 * latencies.Count))] * 1000.0 / Stopwatch.Frequency;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT rps={latencies.Count / elapsed.TotalSeconds:F0} p50_ms={Percentile(50):F2} p99_ms={Percentile(99):F2} requests={latencies.Count} bad={bad}"));
        return bad == 0 ? 0 : 1;
    }

    private static async Task<(List<long> Latencies, int Bad, TimeSpan Elapsed)> Phase(HttpClient http, SignedRequests requests, LoadScenario scenario, int connections, double seconds)
    {
        var stop = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var started = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, connections).Select(c => Task.Run(() => Loop(http, requests, scenario, c, stop))).ToArray();
        var results = await Task.WhenAll(loops);
        return ([.. results.SelectMany(r => r.Latencies)], results.Sum(r => r.Bad), started.Elapsed);
    }

    private static async Task<(List<long> Latencies, int Bad)> Loop(HttpClient http, SignedRequests requests, LoadScenario scenario, int connection, long stop)
    {
        var latencies = new List<long>(100_000);
        var bad = 0;
        var random = new Random(connection * 7919 + Environment.TickCount);
        for (var n = 0; Stopwatch.GetTimestamp() < stop; n++)
        {
            var (service, body, credentials) = scenario.Next(random, n);
            var begin = Stopwatch.GetTimestamp();
            using var message = requests.Create(service, body, credentials);
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead);
            latencies.Add(Stopwatch.GetTimestamp() - begin);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                bad++;
                if (bad == 1)
                {
                    Console.Error.WriteLine($"load: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        return (latencies, bad);
    }
}
