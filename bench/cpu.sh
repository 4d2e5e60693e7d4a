#!/usr/bin/env bash
# The application's processor time per request on one row of the benchmark, steadier than requests per second on a
# shared machine: starts the published application on the dataset of the last full run of a provider, warms the row
# up, then for each round loads it with wrk and divides the process's user and system time by the requests answered.
#   bench/cpu.sh sqlite|postgres geojson|search|list|event [--no-cache] [ROUNDS] [SECONDS]
# With --no-cache the requests carry the Authorization header that keeps the output cache out (pages built afresh).
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$bench")"
for f in common build servers load recorded; do source "$bench/lib/$f.sh"; done

provider="${1:?provider: sqlite or postgres}" row="${2:?row: geojson, search, list or event}"; shift 2
headers=("$browser_encoding"); [ "$row" = geojson ] && headers=("$gzip_encoding")
if [ "${1:-}" = --no-cache ]; then headers+=("$no_cache"); shift; fi
as_options "${headers[@]}"
rounds="${1:-4}" seconds="${2:-8}"
start_recorded_app "$provider" "$row"
load() { wrk -t 2 -c 64 -d "$1" "${options[@]}" -s "$bench/wrk/paths.lua" "http://127.0.0.1:$app_port" -- "$paths"; }
field() { tr ' ' '\n' <<< "$2" | sed -n "s/^$1=//p"; }
ticks() { awk '{ print $14 + $15 }' "/proc/$app_pid/stat"; }
load 5s > /dev/null
for round in $(seq "$rounds"); do
  before="$(ticks)"
  result="$(load "${seconds}s" | grep '^BENCH')"
  after="$(ticks)"
  answered="$(field requests "$result")"
  log "$row, round $round: $(field rps "$result") req/s, $(calc "($after - $before) * 1000000 / $(getconf CLK_TCK) / $answered" 1) µs of processor per request"
done
stop_app
