"""Runs one program through the page's Python runner (src/runner/python/runner.py) on CPython,
with the worker's side stood in for, and prints what the run drew as JSON.

Pyodide cannot run here (Node 20 has no JavaScript Promise Integration), so the runner's Pyodide
imports are stubs: a wait sleeps for real, and fast-forward moves time.monotonic() as the worker
moves performance.now(). Run with the CPython nearest Pyodide's (3.14): 3.13, whose asyncio has
the same C Task and loop seams; 3.14 renamed one class the runner names, aliased below.

Usage: python3.13 pythonTimeline.py RUNNER_PY PROGRAM_PY LIMIT BUSY_MS
Prints {"spans": [last version of each], "capped": t or null, "lines": [[text, lane]], "result": …}.
"""

import asyncio
import json
import sys
import time
import types
from asyncio import events

runner_file, program_file = sys.argv[1], sys.argv[2]
limit, busy_ms = int(sys.argv[3]), float(sys.argv[4])
real_monotonic, real_sleep = time.monotonic, time.sleep
skipped = 0.0
time.monotonic = lambda: real_monotonic() + skipped

ffi = types.ModuleType("pyodide.ffi")
ffi.run_sync = lambda awaited: None
webloop = types.ModuleType("pyodide.webloop")
webloop._orig_run = asyncio.run
pyodide = types.ModuleType("pyodide")
pyodide.ffi, pyodide.webloop = ffi, webloop
sys.modules.update({"pyodide": pyodide, "pyodide.ffi": ffi, "pyodide.webloop": webloop})
if not hasattr(events, "_BaseDefaultEventLoopPolicy"):
    events._BaseDefaultEventLoopPolicy = events.BaseDefaultEventLoopPolicy

runner = types.ModuleType("runner")
with open(runner_file, encoding="utf-8") as file:
    exec(compile(file.read(), runner_file, "exec"), runner.__dict__)
start = time.monotonic()


class Clock:
    fastForward = True

    def skip(self, ms):
        global skipped
        skipped += ms / 1000

    def sleep(self, ms):
        real_sleep(ms / 1000)


spans, capped, lines = {}, [], []


class Timeline:
    lane = None

    def __init__(self):
        self.limit = limit
        self.busyMs = busy_ms

    def now(self):
        return (time.monotonic() - start) * 1000

    def span(self, ident, kind, lane, label, begun, ended, line, outcome, inline):
        spans[ident] = dict(kind=kind, lane=lane, label=label, start=begun, end=ended, line=line)
        if outcome:
            spans[ident]["outcome"] = outcome
        if inline:
            spans[ident]["inline"] = True

    def capped(self, t):
        capped.append(t)


timeline = Timeline()


class Console:
    """The worker's stdout: each line with the lane the runner last set when its newline came."""

    pending = ""

    def write(self, text):
        *done, self.pending = (self.pending + text).split("\n")
        lines.extend([line, timeline.lane] for line in done)
        return len(text)

    def flush(self):
        pass


out = sys.stdout
sys.stdout = Console()
with open(program_file, encoding="utf-8") as file:
    result = runner.run(file.read(), Clock(), timeline)
sys.stdout = out
drawn = [dict(id=ident, **span) for ident, span in spans.items()]
print(json.dumps({"spans": drawn, "capped": (capped or [None])[0], "lines": lines, "result": result}))
