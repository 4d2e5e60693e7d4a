"""Hottest methods of a dotnet-trace speedscope file, counting only the time of threads that work.

Thread-time samples include idle threads; a stack is left out when its innermost managed frame is a wait (thread
pool, timers, socket and file-watcher loops). Async continuations resume without the request's outer frames, so
stacks are not filtered on Kestrel's request loop. Prints inclusive time (the method and what it calls) and self time (the leaf).
Usage: python3 speedscope-top.py trace.speedscope.json [N]
"""
import collections
import json
import sys

IDLE_MARKERS = ("LowLevelLifoSemaphore", "WaitHandle.Wait", "Monitor.Wait", "ManualResetEventSlim.Wait", "SocketAsyncEngine",
                "Interop+Sys.Read", "TimerQueue", "Thread.Sleep", "WaitOneNoCheck", "GateThread", "Heartbeat.TimerLoop",
                "LowLevelSpinWaiter", "WaitForSocketEvents", "Thread.Join")
PSEUDO_FRAMES = ("UNMANAGED_CODE_TIME", "CPU_TIME")


def stacks(profile):
    """Yields (stack of frame indexes, weight) for sampled and evented profiles."""
    if profile["type"] == "sampled":
        yield from zip(profile["samples"], profile["weights"])
        return
    open_frames, last = [], profile["startValue"]
    for event in profile["events"]:
        if open_frames and event["at"] > last:
            yield list(open_frames), event["at"] - last
        last = event["at"]
        if event["type"] == "O":
            open_frames.append(event["frame"])
        elif open_frames:
            open_frames.pop()


def main(path, count):
    data = json.load(open(path))
    names = [f["name"] for f in data["shared"]["frames"]]
    inclusive, exclusive, total = collections.Counter(), collections.Counter(), 0.0
    for profile in data["profiles"]:
        for stack, weight in stacks(profile):
            frames = [names[i] for i in stack]
            managed = [name for name in frames if name not in PSEUDO_FRAMES]
            if not managed or any(marker in managed[-1] for marker in IDLE_MARKERS):
                continue
            total += weight
            for name in set(frames):
                inclusive[name] += weight
            # The leaf is a pseudo-frame (native or managed CPU): the method that called into it says more.
            leaf = frames[-1] if frames[-1] not in PSEUDO_FRAMES else f"{managed[-1] if managed else '?'} [{frames[-1]}]"
            exclusive[leaf] += weight
    if total == 0:
        print("no working stacks found")
        return
    print(f"working thread time sampled: {total:.0f} ms over all threads")
    for title, counter in (("inclusive", inclusive), ("self", exclusive)):
        print(f"\n{title}:")
        for name, weight in counter.most_common(count):
            print(f"{100 * weight / total:5.1f} %  {name[:160]}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25)
