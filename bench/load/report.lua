-- wrk reporting hook for bench/load/run.sh: one machine-readable line per run.
-- Latencies come from wrk's own histogram (microseconds); "bad" counts socket errors and non-2xx/3xx replies.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT rps=%.0f p50_ms=%.2f p99_ms=%.2f requests=%d bad=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.connect + e.read + e.write + e.timeout + e.status))
end
