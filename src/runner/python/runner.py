"""The page's Python runner: runs one reader's program as CPython runs a script.

Pyodide's own event loop (WebLoop) hands every callback to the browser, so it
cannot tell when a program is idle, and its `time.sleep` lets other tasks run
while it waits. This runner uses CPython's own asyncio event loop instead
(BaseEventLoop, so tasks are scheduled in CPython's order), with a selector that
has no sockets to watch: waiting for the next timer is a sleep on the JavaScript
side (the WebAssembly stack is suspended, JSPI) or, under fast-forward, a jump
of the clock that `time.monotonic()`, `time.time()` and the console share.
`time.sleep` blocks the whole program, as in CPython. Threads and processes
cannot start in the browser: `run_in_executor` (and so `to_thread`) runs the
function inline, as Pyodide's WebLoop does.

The worker imports this module once, before its memory snapshot is taken, and
calls `run(source, clock)` with the clock it owns (see pythonWorker.ts).
"""

import asyncio
import sys
import time
import traceback
from asyncio import base_events, events

from pyodide.ffi import run_sync

FILENAME = "main.py"
_clock = None
# Pyodide's own loop, made current again while the program waits (see _wait).
_webloop = None


def _policy():
    get = getattr(events, "_get_event_loop_policy", None) or asyncio.get_event_loop_policy
    return get()


def _wait(ms):
    """Suspends the whole program for `ms` milliseconds (the WebAssembly stack, through JSPI).

    Pyodide's run_sync crashes the page's renderer when the current event loop is not Pyodide's own
    (seen with Chromium 150 and Pyodide 314.0.8: the tab dies, no Python error), so Pyodide's loop is
    the current one, and no loop is running, for the length of the wait.
    """
    running = events._get_running_loop()
    local = getattr(_policy(), "_local", None)
    current = getattr(local, "_loop", None)
    events._set_running_loop(None)
    if local is not None:
        local._loop = _webloop
    try:
        run_sync(_clock.sleep(ms))
    finally:
        if local is not None:
            local._loop = current
        events._set_running_loop(running)


class _TimerSelector:
    """A selector with nothing to select: it only waits for the next timer."""

    def select(self, timeout=None):
        if timeout is None:
            # Nothing is scheduled and nothing can wake the loop: CPython would block forever.
            raise RuntimeError("the event loop has nothing left to wait for and would block forever")
        if timeout > 0:
            if _clock.fastForward:
                _clock.skip(timeout * 1000)
            else:
                _wait(timeout * 1000)
        return []

    def close(self):
        pass


class PageEventLoop(base_events.BaseEventLoop):
    def __init__(self):
        super().__init__()
        self._selector = _TimerSelector()

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass

    def run_in_executor(self, executor, func, *args):
        # No thread can start here: run the function now, in this thread.
        future = self.create_future()
        try:
            future.set_result(func(*args))
        except BaseException as error:  # noqa: BLE001 - handed to the awaiting task, as an executor does
            future.set_exception(error)
        return future


class _Policy(events._BaseDefaultEventLoopPolicy):
    _loop_factory = PageEventLoop


def _blocking_sleep(seconds):
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    # Suspends the whole program, event loop included: nothing else runs meanwhile, as in CPython.
    _wait(seconds * 1000)


def _install():
    import pyodide.webloop as webloop

    global _webloop
    _webloop = events._get_running_loop() or _policy().get_event_loop()
    asyncio.run = webloop._orig_run
    time.sleep = _blocking_sleep
    events._set_running_loop(None)
    set_policy = getattr(events, "_set_event_loop_policy", None) or asyncio.set_event_loop_policy
    set_policy(_Policy())


def _user_position(error, source):
    """[line, column] (1-based, in characters as the editor counts) of the error in the reader's
    file: a SyntaxError's own, else the innermost frame of the traceback that is in the reader's
    file; None when there is none."""
    if isinstance(error, SyntaxError) and error.filename == FILENAME and error.lineno:
        return [error.lineno, error.offset or 1]
    lines = source.splitlines()
    position = None
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename == FILENAME and frame.lineno:
            # A frame's column counts UTF-8 bytes (a SyntaxError's counts characters).
            line = lines[frame.lineno - 1] if frame.lineno <= len(lines) else ""
            column = len(line.encode()[: frame.colno or 0].decode(errors="ignore"))
            position = [frame.lineno, column + 1]
    return position


def run(source, clock):
    """Runs the program; returns None when it ends normally, else [kind, text, [line, column] or None]."""
    global _clock
    _clock = clock
    _install()
    main = sys.modules["__main__"]
    try:
        code = compile(source, FILENAME, "exec")
    except SyntaxError as error:
        # As CPython reports a script that does not compile: where, and what (no traceback).
        lines = traceback.format_exception_only(error)
        print("".join(lines), end="", file=sys.stderr)
        return ["syntax", lines[-1].strip(), _user_position(error, source)]
    try:
        exec(code, main.__dict__)
    except SystemExit as error:
        if error.code is None or error.code == 0:
            return None
        if not isinstance(error.code, int):
            print(error.code, file=sys.stderr)
        return ["exit", f"SystemExit: {error.code}", None]
    except BaseException as error:  # noqa: BLE001 - the reader's uncaught exception, reported as CPython does
        # Leave out this function's own frame, as CPython's traceback starts at the script.
        error.__traceback__ = error.__traceback__.tb_next
        traceback.print_exception(error)
        return ["uncaught", traceback.format_exception_only(error)[-1].strip(), _user_position(error, source)]
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return None
