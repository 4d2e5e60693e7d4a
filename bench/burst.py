#!/usr/bin/env python3
"""Registration burst (issue 8, row 5): N people press « S'inscrire » at the same instant.

Opens N connections first, then sends one POST /api/v1/sessions/{id}/registrations on each at once (a different
person each), and waits for every answer. Prints one line for the harness:
BENCH rps=… p50_ms=… p99_ms=… requests=… http_errors=… socket_errors=… s201=… s5xx=… statuses=201:30,…
where http_errors counts 5xx only: 201 (confirmed or waitlisted), 409 and 429 are answers the API promises.
"""
import asyncio
import json
import sys
import time

host, port, session_id, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
timeout = float(sys.argv[5]) if len(sys.argv) > 5 else 30.0


def request(i):
    body = json.dumps({"kind": "individual", "name": f"Personne {i}", "email": f"rafale-{session_id}-{i}@exemple.fr",
                       "places": 1}).encode()
    head = (f"POST /api/v1/sessions/{session_id}/registrations HTTP/1.1\r\nHost: {host}:{port}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode()
    return head + body


async def one(i, go, connected, results):
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
    except Exception:
        results.append((None, 0.0))
        connected.append(False)
        return
    connected.append(True)
    payload = request(i)
    await go.wait()
    started = time.perf_counter()
    try:
        writer.write(payload)
        await writer.drain()
        status_line = await asyncio.wait_for(reader.readline(), timeout)
        await asyncio.wait_for(reader.read(), timeout)  # Connection: close: the body ends with the connection
        results.append((int(status_line.split()[1]), (time.perf_counter() - started) * 1000))
    except Exception:
        results.append((None, (time.perf_counter() - started) * 1000))
    finally:
        writer.close()


def percentile(values, p):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1)]


async def main():
    go = asyncio.Event()
    results, connected = [], []
    tasks = [asyncio.create_task(one(i, go, connected, results)) for i in range(count)]
    # Every connection open (or failed) before the first request leaves.
    deadline = time.perf_counter() + timeout
    while len(connected) < count and time.perf_counter() < deadline:
        await asyncio.sleep(0.05)
    started = time.perf_counter()
    go.set()
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - started
    statuses = {}
    for status, _ in results:
        key = str(status) if status else "socket"
        statuses[key] = statuses.get(key, 0) + 1
    times = [ms for status, ms in results if status]
    five = sum(n for k, n in statuses.items() if k.startswith("5"))
    print("BENCH rps=%.1f p50_ms=%.1f p99_ms=%.1f requests=%d http_errors=%d socket_errors=%d s201=%d s5xx=%d statuses=%s" % (
        len(times) / elapsed if elapsed > 0 else 0, percentile(times, 50), percentile(times, 99), len(times), five,
        statuses.get("socket", 0), statuses.get("201", 0), five, ",".join(f"{k}:{v}" for k, v in sorted(statuses.items()))))


asyncio.run(main())
