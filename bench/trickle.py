#!/usr/bin/env python3
"""Registrations arriving while a row is loaded (issue 8, ADR 0023): RATE a second, for SECONDS at most or until stopped
(SIGTERM), one place each, on the sessions listed in SESSIONS_FILE in turn, each registrant a different person.

    bench/trickle.py HOST PORT SESSIONS_FILE RATE SECONDS

Prints one line for the harness when it ends: BENCH requests=… statuses=201:250,… rate=…
"""
import http.client
import json
import signal
import sys
import time

host, port, sessions_file, rate, seconds = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4]), float(sys.argv[5])
sessions = [line.strip() for line in open(sessions_file) if line.strip()]
statuses = {}
stopping = False


def stop(*_):
    global stopping
    stopping = True


signal.signal(signal.SIGTERM, stop)
connection = http.client.HTTPConnection(host, port, timeout=30)
started = time.monotonic()
sent = 0
while not stopping and time.monotonic() - started < seconds:
    # A steady rate: each registration leaves at its own instant, however long the previous one took.
    due = started + sent / rate
    pause = due - time.monotonic()
    if pause > 0:
        time.sleep(pause)
        if stopping:
            break
    session = sessions[sent % len(sessions)]
    body = json.dumps({"kind": "individual", "name": f"Personne {sent}", "email": f"flux-{session}-{sent}@exemple.fr", "places": 1})
    try:
        connection.request("POST", f"/api/v1/sessions/{session}/registrations", body, {"Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        key = str(response.status)
    except (OSError, http.client.HTTPException):
        connection.close()
        connection = http.client.HTTPConnection(host, port, timeout=30)
        key = "socket"
    statuses[key] = statuses.get(key, 0) + 1
    sent += 1
elapsed = time.monotonic() - started
print("BENCH requests=%d statuses=%s rate=%.1f" % (
    sent, ",".join(f"{k}:{v}" for k, v in sorted(statuses.items())), sent / elapsed if elapsed > 0 else 0))
