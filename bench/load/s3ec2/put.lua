-- wrk script for the s3-PutObject scenario: presigned PUTs of a 4 KiB body, cycling over the paths in the
-- file named by ROLECALL_BENCH_PUT_PATHS (one key each, so no two PUTs of one key overlap: moto_server answers
-- 500 when they do). Presigned signatures cover UNSIGNED-PAYLOAD, so every replay is valid. Reported as
-- report.lua reports.
local paths = {}
for line in io.lines(os.getenv("ROLECALL_BENCH_PUT_PATHS")) do paths[#paths + 1] = line end
local body = string.rep("x", 4096)
local n = 0

-- wrk runs this file once per thread; each thread starts at its own offset.
setup = function(thread)
  thread:set("offset", math.random(#paths))
end

request = function()
  n = n + 1
  return wrk.format("PUT", paths[((n + (offset or 0)) % #paths) + 1], { ["Content-Type"] = "application/octet-stream" }, body)
end

dofile(os.getenv("ROLECALL_BENCH_ROOT") .. "/bench/load/report.lua")
