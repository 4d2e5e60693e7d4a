# The Markdown results of one provider: the table of rows with their targets (issue 8), page weights, the machine.

# target KEY: "reference|rule" where rule is an awk condition over rps, p50, p99 and ratio; reference is the row the
# ratio is taken against. The *-nocache rows are held to the same target as their cached row.
declare -A targets=(
  [geojson]="nginx-gzip|ratio >= 0.5|≥ 50 % of nginx (gzip_static)"
  [search]="|p99 <= 50 && rps >= 2000|p99 ≤ 50 ms and ≥ 2,000 req/s"
  [list]="template|ratio >= 0.7|≥ 70 % of the template page"
  [list-registering]="template|ratio >= 0.7|≥ 70 % of the template page"
  [event]="|p99 <= 50|p99 ≤ 50 ms"
  [registration]="|confirmed == 30 && taken == 30 && errors == 0 && p99 <= 500|30 confirmed, no 5xx, p99 ≤ 500 ms"
)

declare -A row_label row_rps row_p50 row_p99 row_requests row_http row_socket row_status row_confirmed row_taken
read_rows() {
  local key label rps p50 p99 requests http socket status confirmed taken
  # The burst's row carries two more columns: registrations confirmed and places taken, read back from the database.
  while IFS=$'\t' read -r key label rps p50 p99 requests http socket status confirmed taken; do
    row_confirmed[$key]="${confirmed:-0}"; row_taken[$key]="${taken:-0}"
    row_label[$key]="$label"; row_rps[$key]="$rps"; row_p50[$key]="$p50"; row_p99[$key]="$p99"
    row_requests[$key]="$requests"; row_http[$key]="$http"; row_socket[$key]="$socket"; row_status[$key]="$status"
  done < "$rows"
}

verdict() { if [ "$smoke" = true ]; then echo "not judged (smoke)"; elif is_true "$1"; then echo "**pass**"; else echo "**MISSED**"; fi; }

# One table line for row KEY, with ratio and target when it has one; missed targets are collected in $missed.
table_line() {
  local key="$1" base="${1%-nocache}" spec reference rule text ratio="" ratio_cell="" result="" condition
  spec="${targets[$base]:-}"
  # No answer at all within the load's duration is a failure, not a slow figure.
  [ "${row_status[$key]}" = 200 ] && [ "${row_requests[$key]}" = 0 ] && row_status[$key]="no answer in ${duration} s"
  if [ "${row_status[$key]}" != 200 ]; then
    [ -n "$spec" ] && text="${spec##*|}" || text=""
    if [ "${row_status[$key]}" = "not available yet" ]; then
      printf '| %s | — | — | — | — | — | %s | not available yet |\n' "${row_label[$key]}" "$text"
    else
      printf '| %s | — | — | — | — | %s | %s | **ERROR** |\n' "${row_label[$key]}" "${row_status[$key]}" "$text"
      [ -n "$spec" ] && missed+=("${row_label[$key]}: ${row_status[$key]}")
    fi
    return
  fi
  if [ -n "$spec" ]; then
    IFS='|' read -r reference rule text <<< "$spec"
    if [ -n "$reference" ] && [ -n "${row_rps[$reference]:-}" ]; then
      ratio="$(calc "${row_rps[$key]} / ${row_rps[$reference]}" 3)"
      ratio_cell="$(calc "$ratio * 100" "$(is_true "$ratio < 0.1" && echo 1 || echo 0)") % of ${reference}"
    fi
    [ "$base" = registration ] && ratio_cell="${row_confirmed[$key]} confirmed, ${row_taken[$key]} places taken"
    condition="$(awk -v rps="${row_rps[$key]}" -v p50="${row_p50[$key]}" -v p99="${row_p99[$key]}" -v ratio="${ratio:-0}" \
      -v confirmed="${row_confirmed[$key]}" -v taken="${row_taken[$key]}" -v errors="${row_http[$key]}" \
      "BEGIN { print ($rule) ? 1 : 0 }")"
    result="$(verdict "$condition")"
    [ "$condition" = 1 ] || [ "$smoke" = true ] || missed+=("${row_label[$key]}: ${ratio_cell:+$ratio_cell, }p99 ${row_p99[$key]} ms, ${row_rps[$key]} req/s (target: $text)")
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "${row_label[$key]}" "$(calc "${row_rps[$key]}" 0)" \
    "${row_p50[$key]}" "${row_p99[$key]}" "$ratio_cell" "$(( row_http[$key] + row_socket[$key] ))" "${text:-}" "$result"
}

kb() { calc "$1 / 1000" 1; }

write_report() {
  local file="$1" key page path html css js ev_bytes outlines total peak="$2"
  local -a missed=()
  read_rows
  {
    echo "# Benchmark on $provider, commit $app_commit ($(date +%F))"
    echo
    [ "$smoke" = true ] && echo "Smoke run: tiny dataset and a few seconds of load; the figures only prove that every scenario runs." && echo
    echo "Dataset: $editions edition(s) × $events events and $registrations registrations (seed 42), generated in $generate_seconds s; the open edition's map shows $map_features events."
    echo "Load: wrk, $threads threads, $connections connections, ${duration} s per row after ${warmup} s of warm-up, over loopback, wrk on the same 2 cores as the server."
    echo "Row 1's two lines and nginx with the same bytes are loaded in turns, three slices of $(( (duration + 2) / 3 )) s each: req/s over the three, p50 their median, p99 their highest."
    [ -s "$run_dir/trickle.txt" ] && echo "The row « while registrations arrive » is loaded while bench/trickle.py registers one person at a time on sessions of many places, none filling up: $(sed -n 's/^BENCH //p' "$run_dir/trickle.txt")."
    echo "Rows marked « output cache bypassed » send an \`Authorization\` header, which the output cache never serves from cache: each request is built afresh."
    echo
    echo "| scenario | req/s | p50 ms | p99 ms | ratio | errors | target | result |"
    echo "| --- | ---: | ---: | ---: | --- | ---: | --- | --- |"
    while IFS=$'\t' read -r key _; do table_line "$key"; done < "$rows"
    echo
    echo "| measure | value | target | result |"
    echo "| --- | ---: | --- | --- |"
    echo "| cold start, process start to first 200 on / (median of the starts: ${cold_starts:-?} ms) | $cold_start_ms ms | ≤ 2,000 ms | $(verdict "$cold_start_ms <= 2000") |"
    echo "| ref. cold start of the template app, same machine, same run (median, as above) | ${template_cold_start_ms:-not measured} ms | | |"
    is_true "$cold_start_ms <= 2000" || [ "$smoke" = true ] || missed+=("cold start: $cold_start_ms ms (target ≤ 2,000 ms)")
    echo "| peak memory of the application (VmHWM) | $peak MB | ≤ 400 MB | $(verdict "$peak <= 400") |"
    is_true "$peak <= 400" || [ "$smoke" = true ] || missed+=("peak memory: $peak MB (target ≤ 400 MB)")
    local key count ms
    while IFS=$'\t' read -r key count ms; do
      echo "| ${row_label[$key]:-$key}: first visit of each of its $count paths, 8 at a time, before the warm-up | $ms ms ($(calc "$count * 1000 / ($ms + 1)" 0) pages/s) | | |"
    done < <(cat "${fills:-/dev/null}" 2> /dev/null)
    while IFS=$'\t' read -r page path html css js ev_bytes outlines total; do
      if [ "$page" = home ]; then
        echo "| home page downloaded, compressed | $(kb "$total") kB | ≤ 500 kB | $(verdict "$total <= 500000") |"
        echo "| of which the map's events (GeoJSON) | $(kb "$ev_bytes") kB | ≤ 250 kB | $(verdict "$ev_bytes <= 250000") |"
        is_true "$total <= 500000" || [ "$smoke" = true ] || missed+=("home page: $(kb "$total") kB downloaded (target ≤ 500 kB)")
        is_true "$ev_bytes <= 250000" || [ "$smoke" = true ] || missed+=("map data: $(kb "$ev_bytes") kB (target ≤ 250 kB)")
      fi
    done < "$weights"
    echo
    echo "Bytes a browser downloads (Accept-Encoding: br, gzip; kB = 1,000 bytes; map tiles, fonts, icons and images aside):"
    echo
    echo "| page | HTML | CSS | JS | map events | department outlines | total |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    while IFS=$'\t' read -r page path html css js ev_bytes outlines total; do
      echo "| \`$path\` | $(kb "$html") | $(kb "$css") | $(kb "$js") | $(kb "$ev_bytes") | $(kb "$outlines") | $(kb "$total") |"
    done < "$weights"
    echo
    echo "## Targets missed"
    echo
    if [ "$smoke" = true ]; then echo "Not judged on a smoke run."
    elif [ ${#missed[@]} -eq 0 ]; then echo "None."
    else printf -- '- %s\n' "${missed[@]}"; fi
    echo
    echo "## Machine"
    echo
    echo "- $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) of memory, CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
    echo "- load average when this provider started: $load_before (other work on the machine shares the cores)"
    echo "- $(uname -sr); .NET SDK $(dotnet --version); $(wrk --version 2>&1 | sed -n 1p | cut -d' ' -f1-2); $("$(nginx_bin)" -v 2>&1)"
    [ "$provider" = postgres ] && echo "- PostgreSQL $("$(pg_bin)/postgres" --version | awk '{ print $3 }'), shared_buffers 256MB, on the same machine"
    echo "- commit $app_commit${app_ref:+ (--app-ref $app_ref)}; harness commit $(git -C "$repo" rev-parse --short HEAD)"
  } > "$file"
}
