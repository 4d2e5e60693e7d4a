# Load with wrk: one function measures one row of the results table.
# Rows are tab-separated with « - » for no value: bash's read merges consecutive tabs, so no field may be empty.

# Browsers accept Brotli; the GeoJSON rows ask gzip only, so that the application and nginx send comparable bytes.
browser_encoding='Accept-Encoding: gzip, deflate, br'
gzip_encoding='Accept-Encoding: gzip'
# The output cache stores nothing for a request that carries credentials (its default policy): this header measures the
# page as built for each request, as for a query nobody asked in the last minute. Nothing reads it otherwise.
no_cache='Authorization: Bearer bench-no-cache'

# Waits (30 s at most) until the application has stopped working: requests cut off at the end of a load, such as
# uncached GeoJSON, keep the server busy for seconds and would weigh on the next row, nginx's included.
settle() {
  local before after i
  for i in $(seq 30); do
    before="$(awk '{ print $14 + $15 }' "/proc/$app_pid/stat" 2> /dev/null)" || return 0
    sleep 1
    after="$(awk '{ print $14 + $15 }' "/proc/$app_pid/stat" 2> /dev/null)" || return 0
    # Clock ticks are 1/100 s: under 10 ticks in a second is less than a tenth of a core.
    [ $(( after - before )) -lt 10 ] && return 0
  done
  log "the application was still busy after 30 s"
}

# measure KEY LABEL BASE_URL PATHS_FILE HEADER...
# Checks that the first path answers 200, warms up, loads, and appends a row to $rows.
measure() {
  local key="$1" label="$2" base="$3" paths="$4"; shift 4
  local headers=() h status out line
  for h in "$@"; do headers+=(-H "$h"); done
  settle
  # A first request that takes over a minute is a row without answer, not the end of the run.
  status="$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 "${headers[@]}" "$base$(head -n 1 "$paths")")" || status="no answer in 60 s"
  if [ "$status" != 200 ]; then
    log "$key: $base$(head -n 1 "$paths") answered $status"
    printf '%s\t%s\t-\t-\t-\t0\t1\t0\tHTTP %s\n' "$key" "$label" "$status" >> "$rows"
    endpoint_errors+=("$provider/$key (HTTP $status)")
    return
  fi
  fill_cache "$key" "$base" "$paths" "$@"
  if [ "$warmup" -gt 0 ]; then
    wrk -t "$threads" -c "$connections" -d "${warmup}s" --timeout 5s "${headers[@]}" -s "$bench/wrk/paths.lua" "$base" -- "$paths" > /dev/null 2>&1 || true
  fi
  out="$(wrk -t "$threads" -c "$connections" -d "${duration}s" --timeout 5s --latency "${headers[@]}" \
    -s "$bench/wrk/paths.lua" "$base" -- "$paths" 2>&1)" || { echo "$out" >&2; die "wrk failed on $key"; }
  echo "$out" > "$work/logs/wrk-$provider-$key.txt"
  line="$(grep '^BENCH ' <<< "$out")" || { echo "$out" >&2; die "wrk printed no summary for $key"; }
  local -A v=()
  for h in ${line#BENCH }; do v[${h%%=*}]="${h#*=}"; done
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t200\n' "$key" "$label" "${v[rps]}" "${v[p50_ms]}" "${v[p99_ms]}" \
    "${v[requests]}" "${v[http_errors]}" "${v[socket_errors]}" >> "$rows"
  log "$key: ${v[rps]} req/s, p50 ${v[p50_ms]} ms, p99 ${v[p99_ms]} ms, errors ${v[http_errors]}+${v[socket_errors]}"
  if [ "${v[requests]}" = 0 ]; then
    endpoint_errors+=("$provider/$key (no answer within ${duration} s)")
  elif [ "${v[http_errors]}" != 0 ] || [ "${v[socket_errors]}" != 0 ]; then
    endpoint_errors+=("$provider/$key (${v[http_errors]} HTTP errors, ${v[socket_errors]} socket errors)")
  fi
}

# fill_cache KEY BASE_URL PATHS_FILE HEADER...
# A cached row of several paths first visits each of them once, eight at a time, and records how long that took in
# $fills: the row then measures the pages as visitors get them once the output cache holds them (it keeps each for a
# minute), instead of whichever pages the warm-up did not reach being built during the measure (on PostgreSQL, 2,000
# event pages at some 500 per second). Rows that bypass the cache, or of one path, are left as they are.
fill_cache() {
  local key="$1" base="$2" paths="$3"; shift 3
  local headers=() h count started
  for h in "$@"; do [ "$h" = "$no_cache" ] && return 0; headers+=(-H "$h"); done
  count="$(grep -c . "$paths")"
  [ "$count" -gt 1 ] || return 0
  started="$(now_ms)"
  sed "s|^|$base|" "$paths" | xargs -P 8 -n 50 curl -s --max-time 60 "${headers[@]}" > /dev/null || true
  printf '%s\t%s\t%s\n' "$key" "$count" "$(( $(now_ms) - started ))" >> "$fills"
  log "$key: $count pages visited once in $(( $(now_ms) - started )) ms before the warm-up"
}

# A row for a scenario that cannot run yet, so that the table shows it.
not_available() {
  printf '%s\t%s\t-\t-\t-\t0\t0\t0\tnot available yet\n' "$1" "$2" >> "$rows"
  log "$1: not available yet ($3)"
}
