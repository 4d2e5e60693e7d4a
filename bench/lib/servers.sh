# The servers of a run, all on 127.0.0.1: PostgreSQL (its own, not the tests' one), the application, the
# template app and nginx. Each is stopped when the harness exits.

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -n 1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# A PostgreSQL of the harness's own in a temporary folder; its data stays there between runs so that the
# dataset is generated once (bench/run.sh --fresh starts it anew).
start_postgres() {
  local bin dir="/tmp/semaine-bench-pg-$pg_port" pwfile
  bin="$(pg_bin)"
  [ -x "$bin/initdb" ] || die "PostgreSQL is not installed (apt-get install postgresql)"
  if "$bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port"; then
    log "PostgreSQL already answers on 127.0.0.1:$pg_port: using it"
    return
  fi
  if [ "$fresh" = true ] || [ ! -f "$dir/data/PG_VERSION" ]; then
    rm -rf "$dir"; mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    pwfile="$(mktemp)"; echo postgres > "$pwfile"; chmod 644 "$pwfile"
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 \
      > "$work/logs/initdb.log" 2>&1 || die "initdb failed (log: $work/logs/initdb.log)"
    rm -f "$pwfile"
  fi
  # Durable writes stay on (fsync): the registration burst will measure real commits.
  as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $pg_port -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=256MB" start > /dev/null \
    || die "PostgreSQL did not start (log: $dir/server.log)"
  cleanup_steps+=("as_postgres '$bin/pg_ctl' -D '$dir/data' -m fast stop > /dev/null")
  log "PostgreSQL started on 127.0.0.1:$pg_port (data in $dir)"
}

# Sets the database settings of the application for provider $1.
use_provider() {
  case "$1" in
    sqlite)
      local file="$work/data/$mode-sqlite.db"
      mkdir -p "$work/data"
      [ "$fresh" = true ] && rm -f "$file" "$file-wal" "$file-shm"
      export Database__Provider=Sqlite ConnectionStrings__Default="Data Source=$file" ;;
    postgres)
      start_postgres
      export Database__Provider=Postgres \
        ConnectionStrings__Default="Host=127.0.0.1;Port=$pg_port;Database=semaine_bench_$mode;Username=postgres;Password=postgres" ;;
  esac
}

# Production settings: no demo seeding, a rate limit far above what wrk sends, logs to a file.
app_environment() {
  export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production Demo__Seed=false Database__MigrateAtStartup=false \
    RateLimits__Api__PermitsPerMinute=1000000000 RateLimits__Registrations__PerAddress=1000000000 \
    RateLimits__Registrations__PerEmail=1000000000 DOTNET_CLI_TELEMETRY_OPTOUT=1
  unset ASPNETCORE_URLS
}

generate_dataset() {
  local started
  started="$(now_ms)"
  log "generating $editions editions × $events events and $registrations registrations on $1"
  (cd "$app_dir" && ./SemaineIndustrie.Web generate --editions "$editions" --events "$events" --registrations "$registrations" --seed 42) \
    > "$work/logs/generate-$1.log" 2>&1 || { tail -n 20 "$work/logs/generate-$1.log" >&2; die "generate failed on $1"; }
  generate_seconds="$(calc "($(now_ms) - $started) / 1000" 1)"
  log "dataset ready on $1 in $generate_seconds s"
}

# Starts the application three times and keeps the median of its cold starts (process start to the first 200 on /),
# each after the machine settles; the last start stays up for the load.
start_app() {
  local starts=() i
  require_free_port "$app_port" "application"
  for i in $(start_count); do
    [ "$i" = 1 ] || stop_app
    [ "${smoke:-true}" = true ] || wait_for_quiet
    launch_app "$1"
    starts+=("$launch_ms")
  done
  cold_start_ms="$(median "${starts[@]}")" cold_starts="${starts[*]}"
  log "application up on $1: cold starts $cold_starts ms, median $cold_start_ms ms (pid $app_pid)"
}

# Three measured starts, each after the machine settles; one at once in the smoke mode and when profiling.
start_count() { if [ "${smoke:-true}" = true ]; then echo 1; else echo 1 2 3; fi; }

# Starts the application once (app_pid) and sets launch_ms to the milliseconds to its first 200 on /.
launch_app() {
  local started
  started="$(now_ms)"
  (cd "$app_dir" && exec ./SemaineIndustrie.Web --urls "http://127.0.0.1:$app_port") > "$work/logs/app-$1.log" 2>&1 &
  app_pid=$!
  started_pids+=("$app_pid")
  wait_for_200 "http://127.0.0.1:$app_port/" 120 "$app_pid" \
    || { tail -n 30 "$work/logs/app-$1.log" >&2; die "the application did not answer 200 on / (log: $work/logs/app-$1.log)"; }
  launch_ms=$(( $(now_ms) - started ))
}

# Peak resident memory of the application since it started (VmHWM), in MB.
app_peak_memory_mb() { awk '/^VmHWM/ { printf "%.0f", $2 * 1024 / 1e6 }' "/proc/$app_pid/status"; }

stop_app() { stop_pid "$app_pid"; }

# The template's cold start is measured too, the same way: it says how much of the application's is the machine's.
start_template() {
  local starts=() started i
  require_free_port "$template_port" "template app"
  for i in $(start_count); do
    [ "$i" = 1 ] || stop_pid "$template_pid"
    [ "${smoke:-true}" = true ] || wait_for_quiet
    started="$(now_ms)"
    (cd "$template_dir" && exec env ASPNETCORE_ENVIRONMENT=Production ./TemplateApp --urls "http://127.0.0.1:$template_port") \
      > "$work/logs/template.log" 2>&1 &
    template_pid=$!
    started_pids+=("$template_pid")
    wait_for_200 "http://127.0.0.1:$template_port/" 60 "$template_pid" || die "the template app did not answer (log: $work/logs/template.log)"
    starts+=("$(( $(now_ms) - started ))")
  done
  template_cold_start_ms="$(median "${starts[@]}")"
  log "template app up: cold starts ${starts[*]} ms, median $template_cold_start_ms ms"
}

start_nginx() {
  local dir="$work/nginx-$nginx_port"
  require_free_port "$nginx_port" "nginx"
  rm -rf "$dir"; mkdir -p "$dir/www/raw" "$dir/www/gz" "$dir/tmp"
  sed -e "s|@WORK@|$dir|g" -e "s|@PORT@|$nginx_port|g" "$bench/nginx/nginx.conf.template" > "$dir/nginx.conf"
  "$(nginx_bin)" -c "$dir/nginx.conf" -p "$dir" > "$work/logs/nginx.log" 2>&1 &
  nginx_pid=$!
  started_pids+=("$nginx_pid")
  echo ok > "$dir/www/raw/ping"
  wait_for_200 "http://127.0.0.1:$nginx_port/raw/ping" 10 "$nginx_pid" || die "nginx did not start (log: $dir/error.log)"
}

# Puts the GeoJSON bytes in nginx's folders: raw, and beside a gzip -9 copy for gzip_static.
publish_geojson_to_nginx() {
  local dir="$work/nginx-$nginx_port/www"
  cp "$1" "$dir/raw/events.geojson"
  cp "$1" "$dir/gz/events.geojson"
  gzip -9 -n -c "$1" > "$dir/gz/events.geojson.gz"
}
