# The scenarios of issue 8, in order. Each is a function scenario_NAME that calls `measure` (lib/load.sh) once per row;
# adding one is a function here and its name in `scenarios`, plus its target in lib/report.sh.
scenarios=(geojson search list event registration)

# What the scenarios ask, read from the running application: the map's data URL on the home page, and from that
# GeoJSON the open edition's events, departments and week.
discover() {
  local base="http://127.0.0.1:$app_port" home="$run_dir/home.html"
  curl -s --compressed "$base/" > "$home"
  geojson_path="$( (grep -o 'data-events="[^"]*"' "$home" || true) | sed -n 1p | sed -e 's/^data-events="//' -e 's/"$//' -e 's/&amp;/\&/g')"
  [ -n "$geojson_path" ] || die "the home page has no map data URL (data-events)"
  # Row 1 loads the map's own data (lean: id, point, title); what the other rows ask is read from the full public GeoJSON
  # of the same search.
  geojson_file="$run_dir/open-edition.geojson"
  curl -s -f --compressed "$base$geojson_path" > "$geojson_file" || die "$geojson_path does not answer"
  local full_file="$run_dir/open-edition-full.geojson"
  curl -s -f --compressed "$base${geojson_path/events.map.geojson/events.geojson}" > "$full_file" || die "the public GeoJSON does not answer"
  jq -r '.features[:2000][].id' "$full_file" | sed 's|^|/evenements/|' > "$run_dir/event-paths.txt"
  [ -s "$run_dir/event-paths.txt" ] || die "the open edition has no event on the map"
  local first_day from to departments
  first_day="$(jq -r '[.features[].properties.startsAt | select(. != null)] | min | .[0:10]' "$full_file")"
  from="$first_day"; to="$(date -d "$first_day + 6 days" +%F)"
  departments="$(jq -r '[.features[].properties.department] | group_by(.) | map({d: .[0], n: length}) | sort_by(-.n) | .[0:24][] | .d' "$full_file")"
  # Text, department, kind and dates, as a visitor combines them: 4 words × up to 24 departments.
  : > "$run_dir/search-query.txt"
  local word department
  for department in $departments; do
    for word in visite usine m%C3%A9tiers d%C3%A9couverte; do
      echo "q=$word&department=$department&kind=visite-entreprise&from=$from&to=$to" >> "$run_dir/search-query.txt"
    done
  done
  sed 's|^|/api/v1/events?|' "$run_dir/search-query.txt" > "$run_dir/search-paths.txt"
  sed 's|^|/evenements?|' "$run_dir/search-query.txt" > "$run_dir/list-paths.txt"
  echo "$geojson_path" > "$run_dir/geojson-path.txt"
  echo / > "$run_dir/home-path.txt"
  map_features="$(jq '.features | length' "$geojson_file")"
  log "open edition: $map_features events on the map, week $from – $to, data at $geojson_path"
}

scenario_geojson() {
  local app="http://127.0.0.1:$app_port" nginx="http://127.0.0.1:$nginx_port"
  publish_geojson_to_nginx "$geojson_file"
  echo /gz/events.geojson > "$run_dir/nginx-gz-path.txt"
  echo /raw/events.geojson > "$run_dir/nginx-raw-path.txt"
  # The rows judged against nginx and nginx itself in turns: the same moments of the machine for all three.
  measure_alternated \
    geojson "1. Map data (GeoJSON) of the open edition" "$app" "$run_dir/geojson-path.txt" - \
    geojson-nocache "1. Map data, Authorization header (held by the map data cache all the same)" "$app" "$run_dir/geojson-path.txt" "$no_cache" \
    nginx-gzip "1. ref. nginx, same bytes pre-gzipped (gzip_static)" "$nginx" "$run_dir/nginx-gz-path.txt" - \
    -- "$gzip_encoding"
  measure nginx-raw "1. ref. nginx, same bytes uncompressed" "$nginx" "$run_dir/nginx-raw-path.txt" "$gzip_encoding"
}

scenario_search() {
  local app="http://127.0.0.1:$app_port"
  measure search "2. Filtered search, JSON" "$app" "$run_dir/search-paths.txt" "$browser_encoding"
  measure search-nocache "2. Filtered search, output cache bypassed" "$app" "$run_dir/search-paths.txt" "$browser_encoding" "$no_cache"
}

scenario_list() {
  local app="http://127.0.0.1:$app_port"
  measure list "3. List page with filters, HTML" "$app" "$run_dir/list-paths.txt" "$browser_encoding"
  start_trickle
  measure list-registering "3. List page with filters, while $trickle_rate registrations a second arrive" "$app" "$run_dir/list-paths.txt" "$browser_encoding"
  stop_trickle
  measure list-nocache "3. List page, output cache bypassed" "$app" "$run_dir/list-paths.txt" "$browser_encoding" "$no_cache"
  measure template "3. ref. dotnet new webapp home page" "http://127.0.0.1:$template_port" "$run_dir/home-path.txt" "$browser_encoding"
}

scenario_event() {
  local app="http://127.0.0.1:$app_port"
  measure event "4. Event page" "$app" "$run_dir/event-paths.txt" "$browser_encoding"
  measure event-nocache "4. Event page, output cache bypassed" "$app" "$run_dir/event-paths.txt" "$browser_encoding" "$no_cache"
}

# SQL on the database of the provider being measured: one value per line, nothing else.
db_sql() {
  case "$provider" in
    sqlite) sqlite3 -batch -noheader -cmd ".timeout 30000" "$work/data/$mode-sqlite.db" "$1" ;;
    postgres) PGPASSWORD=postgres psql -q -tA -h 127.0.0.1 -p "$pg_port" -U postgres -d "semaine_bench_$mode" -c "$1" ;;
  esac
}

# new_session EVENT_ID CAPACITY: a session on the platform, ten days ahead, one place per person; prints its id.
new_session() {
  local starts ends
  starts="$(date -u -d '+10 days' '+%F 09:00:00')"; ends="$(date -u -d '+10 days' '+%F 11:00:00')"
  db_sql "INSERT INTO \"Sessions\" (\"EventId\", \"StartsAtUtc\", \"EndsAtUtc\", \"RegistrationMode\", \"Capacity\",
    \"PlacesTaken\", \"MaxPlacesPerPerson\", \"RegistrationsClosed\", \"Arrivals\")
    VALUES ($1, '$starts', '$ends', 'Platform', $2, 0, 1, false, 0) RETURNING \"Id\";" | head -n 1
}

# Registrations arriving while a row is loaded, as in the open week (bench/trickle.py, ADR 0023): $trickle_rate a second,
# one place each, on sessions of 100,000 places of twenty events of the open edition, so that none fills up.
trickle_rate=10
start_trickle() {
  local sessions="$run_dir/trickle-sessions.txt" id
  : > "$sessions"
  for id in $(sed -n '2,21p' "$run_dir/event-paths.txt" | sed 's|.*/||'); do new_session "$id" 100000 >> "$sessions"; done
  [ -s "$sessions" ] || die "could not add the sessions that registrations arrive on"
  python3 "$bench/trickle.py" 127.0.0.1 "$app_port" "$sessions" "$trickle_rate" 600 > "$run_dir/trickle.txt" 2>&1 &
  trickle_pid=$!
}

stop_trickle() {
  kill "$trickle_pid" 2> /dev/null || true
  wait "$trickle_pid" 2> /dev/null || true
  log "registrations while the list was loaded: $(sed -n 's/^BENCH //p' "$run_dir/trickle.txt")"
}

# 5. Registration burst: a new session of 30 places (one per person) on an event of the open edition, ten days ahead,
# then 1,000 different people post their registration on it at the same instant (bench/burst.py: every connection
# open first, then all the requests at once). The registrations' rate limits are raised by the documented settings
# (app_environment). The database then says how many were confirmed and how many places the session counts taken.
scenario_registration() {
  local label="5. Registration burst (1,000 attempts, 30 places)" event_id session_id out line confirmed taken
  local -A v=()
  event_id="$(head -n 1 "$run_dir/event-paths.txt" | sed 's|.*/||')"
  session_id="$(new_session "$event_id" 30)"
  [ -n "$session_id" ] || die "could not add the burst's session to event $event_id"
  settle
  out="$(python3 "$bench/burst.py" 127.0.0.1 "$app_port" "$session_id" "$burst_size" 60 2>&1)" || { echo "$out" >&2; die "the burst client failed"; }
  echo "$out" > "$work/logs/burst-$provider.txt"
  line="$(grep '^BENCH ' <<< "$out")" || { echo "$out" >&2; die "the burst client printed no summary"; }
  for h in ${line#BENCH }; do v[${h%%=*}]="${h#*=}"; done
  confirmed="$(db_sql "SELECT COUNT(*) FROM \"Registrations\" WHERE \"SessionId\" = $session_id AND \"Status\" = 'Confirmed';")"
  taken="$(db_sql "SELECT \"PlacesTaken\" FROM \"Sessions\" WHERE \"Id\" = $session_id;")"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t200\t%s\t%s\n' registration "$label" "${v[rps]}" "${v[p50_ms]}" "${v[p99_ms]}" \
    "${v[requests]}" "${v[http_errors]}" "${v[socket_errors]}" "$confirmed" "$taken" >> "$rows"
  log "registration: session $session_id, answers ${v[statuses]}, $confirmed confirmed, $taken places taken, p50 ${v[p50_ms]} ms, p99 ${v[p99_ms]} ms"
  [ "${v[http_errors]}" = 0 ] && [ "${v[socket_errors]}" = 0 ] || endpoint_errors+=("$provider/registration (${v[statuses]})")
}

# Bytes a browser downloads for a page, compressed: the HTML, its stylesheets, its scripts (the module one, as a
# modern browser skips `nomodule`) and the map's data (events and department outlines). Map tiles, fonts, icons and
# images are left aside. Appends a row to $weights: page, html, css, js, events data, outlines, total.
page_weight() {
  local name="$1" path="$2" base="http://127.0.0.1:$app_port" html css=0 js=0 events=0 outlines=0 asset
  local page="$run_dir/weight-page.html"
  curl -s --compressed "$base$path" > "$page"
  html="$(compressed_bytes "$base$path")"
  while read -r asset; do css=$(( css + $(compressed_bytes "$base$asset") )); done \
    < <( (grep -o '<link rel="stylesheet" href="[^"]*"' "$page" || true) | sed -e 's/.*href="//' -e 's/"$//' -e 's/&amp;/\&/g')
  while read -r asset; do js=$(( js + $(compressed_bytes "$base$asset") )); done \
    < <( (grep -o '<script[^>]*src="[^"]*"' "$page" || true) | (grep -v nomodule || true) | sed -e 's/.*src="//' -e 's/"$//' -e 's/&amp;/\&/g')
  asset="$( (grep -o 'data-events="[^"]*"' "$page" || true) | sed -n 1p | sed -e 's/.*="//' -e 's/"$//' -e 's/&amp;/\&/g')"
  [ -n "$asset" ] && events="$(compressed_bytes "$base$asset")"
  asset="$( (grep -o 'data-outlines="[^"]*"' "$page" || true) | sed -n 1p | sed -e 's/.*="//' -e 's/"$//')"
  [ -n "$asset" ] && outlines="$(compressed_bytes "$base$asset")"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$path" "$html" "$css" "$js" "$events" "$outlines" \
    $(( html + css + js + events + outlines )) >> "$weights"
}
