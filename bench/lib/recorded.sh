# The build and dataset of the last full run of a provider, for the tools that look at one row of it (profile.sh,
# cpu.sh): sets app_dir and paths for ROW, then starts the application on that dataset (app_pid).
start_recorded_app() {
  local provider="$1" row="$2"
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
}
