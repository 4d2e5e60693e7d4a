# Load with wrk: one function measures one row of the results table.
# Rows are tab-separated with « - » for no value: bash's read merges consecutive tabs, so no field may be empty.

# Browsers accept Brotli; the GeoJSON rows ask gzip only, so that the application and nginx send comparable bytes.
browser_encoding='Accept-Encoding: gzip, deflate, br'
gzip_encoding='Accept-Encoding: gzip'
# The output cache stores nothing for a request that carries credentials (its default policy): this header measures the
# page as built for each request, as for a query nobody asked in the last minute. Nothing reads it otherwise.
no_cache='Authorization: Bearer bench-no-cache'

# as_options HEADER...: the headers as curl's and wrk's options (-H HEADER each), in the caller's array « options ».
as_options() {
  local h
  options=()
  for h in "$@"; do options+=(-H "$h"); done
}

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
  settle
  first_answers "$key" "$label" "$base" "$paths" "$@" || return 0
  fill_cache "$key" "$base" "$paths" "$@"
  warm_up "$base" "$paths" "$@"
  record_row "$key" "$label" "$(load_once "$key" "$base" "$paths" "$duration" "$@")"
}

# measure_alternated KEY LABEL BASE_URL PATHS_FILE EXTRA_HEADER [KEY LABEL BASE_URL PATHS_FILE EXTRA_HEADER]... -- HEADER...
# Rows loaded in turns, three slices of a third of the duration each, so that a row and the reference it is judged
# against meet the same moments of a shared machine: requests a second moved by a quarter from one minute to the next,
# more than the difference a ratio is meant to show. EXTRA_HEADER (« - » for none) goes to that row only, HEADER to all.
# Requests a second over the three slices, p50 the median of theirs, p99 the highest of theirs.
measure_alternated() {
  local -a keys=() labels=() bases=() paths=() extras=() lines=()
  while [ "$1" != -- ]; do
    keys+=("$1"); labels+=("$2"); bases+=("$3"); paths+=("$4"); extras+=("$5"); shift 5
  done
  shift
  local slice=$(( (duration + 2) / 3 )) i r
  local -a row_headers
  # The headers of row $1: those of all rows, and its own if it has one.
  headers_of() { row_headers=("${@:2}"); [ "${extras[$1]}" = - ] || row_headers+=("${extras[$1]}"); }
  settle
  for r in "${!keys[@]}"; do
    headers_of "$r" "$@"
    first_answers "${keys[$r]}" "${labels[$r]}" "${bases[$r]}" "${paths[$r]}" "${row_headers[@]}" || return 0
    warm_up "${bases[$r]}" "${paths[$r]}" "${row_headers[@]}"
  done
  for i in 1 2 3; do
    for r in "${!keys[@]}"; do
      headers_of "$r" "$@"
      lines[$r]+="$(load_once "${keys[$r]}-$i" "${bases[$r]}" "${paths[$r]}" "$slice" "${row_headers[@]}")"$'\n'
    done
  done
  for r in "${!keys[@]}"; do record_row "${keys[$r]}" "${labels[$r]}" "${lines[$r]}"; done
}

# first_answers KEY LABEL BASE_URL PATHS_FILE HEADER...: the first path answers 200, else the row is recorded as such.
first_answers() {
  local key="$1" label="$2" base="$3" paths="$4"; shift 4
  local -a options
  local status
  as_options "$@"
  # A first request that takes over a minute is a row without answer, not the end of the run.
  status="$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 "${options[@]}" "$base$(head -n 1 "$paths")")" || status="no answer in 60 s"
  [ "$status" = 200 ] && return 0
  log "$key: $base$(head -n 1 "$paths") answered $status"
  printf '%s\t%s\t-\t-\t-\t0\t1\t0\tHTTP %s\n' "$key" "$label" "$status" >> "$rows"
  endpoint_errors+=("$provider/$key (HTTP $status)")
  return 1
}

warm_up() {
  local base="$1" paths="$2"; shift 2
  local -a options
  as_options "$@"
  [ "$warmup" -gt 0 ] || return 0
  wrk -t "$threads" -c "$connections" -d "${warmup}s" --timeout 5s "${options[@]}" -s "$bench/wrk/paths.lua" "$base" -- "$paths" > /dev/null 2>&1 || true
}

# load_once KEY BASE_URL PATHS_FILE SECONDS HEADER...: prints wrk's BENCH line (its full output goes to the logs).
load_once() {
  local key="$1" base="$2" paths="$3" seconds="$4"; shift 4
  local -a options
  local out
  as_options "$@"
  out="$(wrk -t "$threads" -c "$connections" -d "${seconds}s" --timeout 5s --latency "${options[@]}" \
    -s "$bench/wrk/paths.lua" "$base" -- "$paths" 2>&1)" || { echo "$out" >&2; die "wrk failed on $key"; }
  echo "$out" > "$work/logs/wrk-$provider-$key.txt"
  grep '^BENCH ' <<< "$out" || { echo "$out" >&2; die "wrk printed no summary for $key"; }
}

# record_row KEY LABEL BENCH_LINES: appends the row of one load, or of several slices of it, to $rows.
record_row() {
  local key="$1" label="$2" line
  line="$(awk '/^BENCH / {
      for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      n++; requests += v["requests"]; rps += v["rps"]; p50[n] = v["p50_ms"] + 0; if (v["p99_ms"] + 0 > p99) p99 = v["p99_ms"] + 0
      http += v["http_errors"]; sock += v["socket_errors"]
    } END {
      for (i = 2; i <= n; i++) for (j = i; j > 1 && p50[j - 1] > p50[j]; j--) { t = p50[j]; p50[j] = p50[j - 1]; p50[j - 1] = t }
      printf "requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f http_errors=%d socket_errors=%d", requests, rps / n, p50[int((n + 1) / 2)], p99, http, sock
    }' <<< "$3")"
  local -A v=()
  for h in $line; do v[${h%%=*}]="${h#*=}"; done
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
  local -a options
  local h count started
  for h in "$@"; do [ "$h" = "$no_cache" ] && return 0; done
  as_options "$@"
  count="$(grep -c . "$paths")"
  [ "$count" -gt 1 ] || return 0
  started="$(now_ms)"
  sed "s|^|$base|" "$paths" | xargs -P 8 -n 50 curl -s --max-time 60 "${options[@]}" > /dev/null || true
  printf '%s\t%s\t%s\n' "$key" "$count" "$(( $(now_ms) - started ))" >> "$fills"
  log "$key: $count pages visited once in $(( $(now_ms) - started )) ms before the warm-up"
}

# A row for a scenario that cannot run yet, so that the table shows it.
not_available() {
  printf '%s\t%s\t-\t-\t-\t0\t0\t0\tnot available yet\n' "$1" "$2" >> "$rows"
  log "$1: not available yet ($3)"
}
