-- Requests the paths of a file (one per line, given after "--") in turn, each thread from its own
-- starting point, and ends with one line that bench/lib/load.sh reads.
local paths = {}
local next_index = 1
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("thread_number", counter)
end

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  assert(#paths > 0, "no path in " .. args[1])
  -- Threads start apart so that two of them do not ask the same path at the same moment.
  next_index = ((thread_number or 1) - 1) * 7919 % #paths + 1
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format(nil, path)
end

function done(summary, latency, requests)
  local e = summary.errors
  -- wrk counts as "status" errors the answers above 399; connect/read/write/timeout are socket errors.
  io.write(string.format(
    "BENCH requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f http_errors=%d socket_errors=%d\n",
    summary.requests, summary.requests / summary.duration * 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
