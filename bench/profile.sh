#!/usr/bin/env bash
# CPU profile of one row of the benchmark: starts the published application on the dataset of the last full run of
# a provider, loads the row's paths with wrk while dotnet-trace samples the process, and prints the hottest methods.
#   bench/profile.sh sqlite|postgres geojson|search|list|event [--no-cache] [SECONDS]
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$bench")"
for f in common build servers load recorded; do source "$bench/lib/$f.sh"; done

provider="${1:?provider: sqlite or postgres}" row="${2:?row: geojson, search, list or event}"; shift 2
headers=("$browser_encoding")
[ "$row" = geojson ] && headers=("$gzip_encoding")
if [ "${1:-}" = --no-cache ]; then headers+=("$no_cache"); shift; fi
seconds="${1:-15}"
out="$bench/work/profiles/$provider-$row"
mkdir -p "$out"
(cd "$repo" && dotnet tool restore > /dev/null) || die "dotnet tool restore failed (dotnet-trace)"
start_recorded_app "$provider" "$row"
wrk -t 2 -c 64 -d 5s -H "${headers[0]}" ${headers[1]:+-H "${headers[1]}"} -s "$bench/wrk/paths.lua" "http://127.0.0.1:$app_port" -- "$paths" > /dev/null
log "tracing $row for $seconds s"
(cd "$repo" && dotnet tool run dotnet-trace collect -p "$app_pid" --profile dotnet-sampled-thread-time --duration "00:00:00:$seconds" \
  -o "$out/trace.nettrace" > "$out/collect.log" 2>&1) &
tracer=$!
sleep 2
wrk -t 2 -c 64 -d "$((seconds - 2))s" -H "${headers[0]}" ${headers[1]:+-H "${headers[1]}"} -s "$bench/wrk/paths.lua" \
  "http://127.0.0.1:$app_port" -- "$paths" | grep '^BENCH' || true
wait "$tracer" || { cat "$out/collect.log" >&2; die "dotnet-trace failed"; }
stop_app
(cd "$repo" && dotnet tool run dotnet-trace convert --format Speedscope "$out/trace.nettrace" -o "$out/trace" > /dev/null)
python3 "$bench/speedscope-top.py" "$out/trace.speedscope.json" | tee "$out/top.txt"
log "profile: $out (open trace.speedscope.json in speedscope, or trace.nettrace in PerfView)"
