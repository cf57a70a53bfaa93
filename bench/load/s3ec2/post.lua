-- wrk script for the ec2-DescribeInstances scenario: one header-signed form POST, replayed (the signature is
-- good for 15 minutes; runs last seconds). The file named by ROLECALL_BENCH_POST holds the body on its first
-- line and one header per line after it (s3ec2kit.py signed-post). Reported as report.lua reports.
local body, headers = nil, {}
for line in io.lines(os.getenv("ROLECALL_BENCH_POST")) do
  if body == nil then
    body = line
  else
    local name, value = line:match("^([^:]+): (.*)$")
    headers[name] = value
  end
end

request = function()
  return wrk.format("POST", "/", headers, body)
end

dofile(os.getenv("ROLECALL_BENCH_ROOT") .. "/bench/load/report.lua")
