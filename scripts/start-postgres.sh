#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 on 127.0.0.1:${PGPORT:-55432} for the tests (no systemd):
# initdb and pg_ctl into a temporary folder, as the postgres user when run as root.
# Does nothing when a server already answers there.
set -euo pipefail
port="${PGPORT:-55432}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed: run scripts/install-test-prerequisites.sh" >&2; exit 1; }
if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  echo "PostgreSQL already answers on 127.0.0.1:$port"
  exit 0
fi
dir="${PGDATA_DIR:-/tmp/semaine-industrie-pg-$port}"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
rm -rf "$dir"; mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
pwfile="$(mktemp)"; echo postgres > "$pwfile"; chmod 644 "$pwfile"
as_pg "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log"
rm -f "$pwfile"
as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start > /dev/null
echo "PostgreSQL started on 127.0.0.1:$port (data in $dir; user postgres, password postgres)"
