# Shared helpers of bench/run.sh: messages, processes started by the harness, HTTP waits.

log() { printf '[bench %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Every process the harness starts is recorded here and stopped on exit, by its own id.
started_pids=()
cleanup_steps=()
on_exit() {
  local step pid
  for step in "${cleanup_steps[@]}"; do eval "$step" || true; done
  for pid in "${started_pids[@]}"; do
    kill "$pid" 2> /dev/null && wait "$pid" 2> /dev/null || true
  done
}
trap on_exit EXIT
# set -e stops silently; this says where.
trap 'log "stopped: line $LINENO of ${BASH_SOURCE[0]##*/}: $BASH_COMMAND"' ERR
trap 'exit 130' INT TERM

stop_pid() {
  local pid="$1" i
  kill "$pid" 2> /dev/null || return 0
  for i in $(seq 50); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
}

port_free() { ! (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }

require_free_port() {
  port_free "$1" || die "port $1 is already taken on 127.0.0.1 ($2): set BENCH_PORT_BASE to another base"
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Waits until URL answers 200, polling every 20 ms; fails after $2 seconds or when process $3 dies.
wait_for_200() {
  local url="$1" seconds="$2" pid="${3:-}" deadline code
  deadline=$(( $(now_ms) + seconds * 1000 ))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$url" || true)"
    [ "$code" = 200 ] && return 0
    if [ -n "$pid" ] && ! kill -0 "$pid" 2> /dev/null; then return 1; fi
    sleep 0.02
  done
  return 1
}

# Status code of one GET, with the headers a browser sends.
http_status() { curl -s -o /dev/null -w '%{http_code}' --max-time 60 -H 'Accept-Encoding: gzip, deflate, br' "$1"; }

# Bytes that travel for one GET when the client accepts Brotli and gzip (what a browser downloads).
compressed_bytes() { curl -s -o /dev/null -w '%{size_download}' --max-time 60 -H 'Accept-Encoding: br, gzip' "$1"; }

# Floating-point helpers (bash has none).
# Waits (at most $1 seconds, 30 by default) until the two cores were at least 85 % idle over one second: a start
# measured right after publishing or generating the dataset measures the machine, not the application.
wait_for_quiet() {
  local deadline=$(( $(now_ms) + ${1:-30} * 1000 )) a b idle
  while [ "$(now_ms)" -lt "$deadline" ]; do
    a=($(head -n 1 /proc/stat)); sleep 1; b=($(head -n 1 /proc/stat))
    idle=$(( (b[4] + b[5] - a[4] - a[5]) * 100 / ( (b[1]+b[2]+b[3]+b[4]+b[5]+b[6]+b[7]+b[8]) - (a[1]+a[2]+a[3]+a[4]+a[5]+a[6]+a[7]+a[8]) + 1 ) ))
    [ "$idle" -ge 85 ] && return 0
  done
  log "the machine did not settle (last second ${idle:-?} % idle): measuring all the same"
}

# The median of its arguments (integers).
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
is_true() { [ "$(awk "BEGIN { print ($1) ? 1 : 0 }")" = 1 ]; }
