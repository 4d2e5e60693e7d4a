#!/usr/bin/env bash
# The platform's benchmark (issue 8), in one command: see bench/README.md.
#   bench/run.sh [--smoke] [--provider sqlite|postgres|both] [--app-ref REF] [--fresh] [--results-dir DIR] [--report-only]
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$bench")"
for f in common build servers load scenarios report; do source "$bench/lib/$f.sh"; done

usage() { sed -n '2,3p' "$0" | sed 's/^# \{0,1\}//'; }
smoke=false provider_choice=both app_ref="" fresh=false results_dir="" report_only=false
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=true ;;
    --provider) provider_choice="${2:?--provider needs sqlite, postgres or both}"; shift ;;
    --provider=*) provider_choice="${1#*=}" ;;
    --app-ref) app_ref="${2:?--app-ref needs a git reference}"; shift ;;
    --app-ref=*) app_ref="${1#*=}" ;;
    --fresh) fresh=true ;;
    --report-only) report_only=true ;;
    --results-dir) results_dir="${2:?--results-dir needs a folder}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option $1" ;;
  esac
  shift
done
case "$provider_choice" in
  both) providers=(sqlite postgres) ;;
  sqlite|postgres) providers=("$provider_choice") ;;
  *) die "--provider takes sqlite, postgres or both, not $provider_choice" ;;
esac

if [ "$smoke" = true ]; then
  mode=smoke editions=1 events=300 registrations=500 threads=1 connections=8 duration=1 warmup=0 burst_size=50
  results_dir="${results_dir:-$bench/work/smoke-results}"
else
  mode=full editions=15 events=10000 registrations=300000 threads=2 connections=64 duration=20 warmup=5 burst_size=1000
  results_dir="${results_dir:-$bench/results}"
fi
port_base="${BENCH_PORT_BASE:-5290}"
app_port=$port_base template_port=$((port_base + 1)) nginx_port=$((port_base + 2)) pg_port="${BENCH_PG_PORT:-55433}"
want_postgres=false; [[ " ${providers[*]} " == *" postgres "* ]] && want_postgres=true

work="$bench/work"
mkdir -p "$work/logs" "$results_dir"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
started_at="$(now_ms)"

# Writes the results of the last run of each provider again from what it recorded (after a change to the report).
if [ "$report_only" = true ]; then
  for provider in "${providers[@]}"; do
    run_dir="$work/runs/$mode-$provider" rows="$run_dir/rows.tsv" weights="$run_dir/weights.tsv" fills="$run_dir/fills.tsv"
    [ -f "$run_dir/meta.sh" ] || die "no recorded run in $run_dir"
    source "$run_dir/meta.sh"
    write_report "$results_dir/$run_date-$provider-$app_commit.md" "$peak_mb"
    log "results: $results_dir/$run_date-$provider-$app_commit.md"
  done
  exit 0
fi

ensure_debian_packages
prepare_app_sources
publish_app
publish_template
app_environment
start_template
start_nginx

endpoint_errors=()
written=()
for provider in "${providers[@]}"; do
  log "=== $provider ==="
  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  run_dir="$work/runs/$mode-$provider"
  rm -rf "$run_dir"; mkdir -p "$run_dir"
  rows="$run_dir/rows.tsv" weights="$run_dir/weights.tsv" fills="$run_dir/fills.tsv"
  : > "$rows"; : > "$weights"; : > "$fills"
  use_provider "$provider"
  generate_dataset "$provider"
  start_app "$provider"
  discover
  page_weight home /
  page_weight list "/evenements?$(head -n 1 "$run_dir/search-query.txt")"
  for scenario in "${scenarios[@]}"; do "scenario_$scenario"; done
  peak_mb="$(app_peak_memory_mb)"
  stop_app
  run_date="$(date +%F)"
  declare -p app_commit app_build_key app_ref editions events generate_seconds map_features threads connections duration warmup \
    cold_start_ms cold_starts template_cold_start_ms peak_mb load_before run_date > "$run_dir/meta.sh"
  report="$results_dir/$run_date-$provider-$app_commit.md"
  write_report "$report" "$peak_mb"
  written+=("$report")
  log "results: $report"
done

log "done in $(( ($(now_ms) - started_at) / 1000 )) s: ${written[*]}"
if [ ${#endpoint_errors[@]} -gt 0 ]; then
  log "endpoints that answered errors: ${endpoint_errors[*]}"
  exit 2
fi
