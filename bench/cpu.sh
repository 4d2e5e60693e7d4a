#!/usr/bin/env bash
# The application's processor time per request on one row of the benchmark, steadier than requests per second on a
# shared machine: starts the published application on the dataset of the last full run of a provider, warms the row
# up, then for each round loads it with wrk and divides the process's user and system time by the requests answered.
#   bench/cpu.sh sqlite|postgres geojson|search|list|event [ROUNDS] [SECONDS]
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$bench")"
for f in common build servers load; do source "$bench/lib/$f.sh"; done

provider="${1:?provider: sqlite or postgres}" row="${2:?row: geojson, search, list or event}"
rounds="${3:-4}" seconds="${4:-8}"
header="$browser_encoding"; [ "$row" = geojson ] && header="$gzip_encoding"
mode=full fresh=false work="$bench/work"
app_port="${BENCH_PORT_BASE:-5290}" pg_port="${BENCH_PG_PORT:-55433}"
run_dir="$work/runs/full-$provider"
[ -f "$run_dir/meta.sh" ] || die "no recorded run in $run_dir: run bench/run.sh --provider $provider first"
source "$run_dir/meta.sh"
app_dir="$work/publish/app-$app_build_key"
paths="$run_dir/$row-paths.txt"; [ "$row" = geojson ] && paths="$run_dir/geojson-path.txt"
[ -f "$paths" ] || die "no recorded paths in $paths: run bench/run.sh --provider $provider first"
[ -x "$app_dir/SemaineIndustrie.Web" ] || die "no published application in $app_dir"
mkdir -p "$work/logs"

app_environment
use_provider "$provider"
start_app "$provider"
load() { wrk -t 2 -c 64 -d "$1" -H "$header" -s "$bench/wrk/paths.lua" "http://127.0.0.1:$app_port" -- "$paths"; }
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
