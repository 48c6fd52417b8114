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

It also records the run's timeline (the Span events of protocol.ts): each Task
from creation to its end, the timers it waits on, the calls that block the loop
(`time.sleep`, the inline executor) and the loop callbacks that held it from
BUSY_MS on. The hooks are the loop's own seams (create_task, call_at, the Handle
each callback runs in, run_in_executor), not a tracer, so a run pays two clock
readings per callback and a little bookkeeping per task and timer.

The worker imports this module once, before its memory snapshot is taken, and
calls `run(source, clock, timeline)` with the clock it owns and the timeline's
outlet (see pythonWorker.ts), whose `lane` the worker stamps console lines with.
"""

import asyncio
import contextvars
import functools
import heapq
import sys
import time
import traceback
from asyncio import base_events, events, futures, tasks, timeouts

from pyodide.ffi import run_sync

FILENAME = "main.py"
_clock = None
# Read before the program runs: the program may replace time.monotonic, the recorder's clock.
_monotonic = time.monotonic
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


# The timeline. Times are milliseconds since Run on the run's clock: time.monotonic() reads the
# worker's performance.now(), the clock the console's stamps use, shifted by the run's start.
_timeline = None
_offset = 0.0
_limit = 0
_busy_ms = 0.0
_next_id = 1
_capped = False
# Each recorded Task: [span, lane, label]; removed when it ends.
_tasks = {}
# The code running now that may hold the loop, innermost last: [since, lane, label, line] each (the
# program's top level, a loop callback). `since` moves past what was recorded inside it; `line` is
# the reader's line that read the clock first since then (_placed), where a block is drawn from.
_stretches = []
# Inside an inline executor call: its span covers the blocking calls it makes.
_inline = 0
# The lane last told to the worker, which stamps console lines with it. The worker cannot ask:
# a call into Python from its stdout handler fails (OSError, seen on Pyodide 314.0.8).
_shown_lane = None


def _ms():
    return _monotonic() * 1000 - _offset


def _begin(kind, lane, label, start, line, inline=False):
    """A span that begins; None past the cap (the run is told once)."""
    global _next_id, _capped
    if _next_id > _limit:
        if not _capped:
            _capped = True
            _timeline.capped(start)
        return None
    span = (_next_id, kind, lane, label, start, line, inline)
    _next_id += 1
    _timeline.span(*span[:5], None, line, None, inline)
    return span


def _end(span, at, outcome=None):
    if span is not None:
        ident, kind, lane, label, start, line, inline = span
        _timeline.span(ident, kind, lane, label, start, at, line, outcome, inline)


def _flush(stretch, at):
    """Draws the stretch's code since its last mark as a block when it held the loop that long."""
    since, lane, label, line = stretch
    if at - since >= _busy_ms:
        if not isinstance(label, str):
            label = _callable_label(label)
        _end(_begin("busy", lane, label, since, line), at)
    _mark(stretch, at)


def _mark(stretch, at):
    """What the stretch records next begins at `at`, its line not yet known."""
    stretch[0] = at
    stretch[3] = None


def _placed(read):
    """A clock reading that also places the running stretch: its first reading by the reader's own
    code names the line a block is drawn from (a busy loop reads the clock to know when to stop,
    as the twins' stand-in for time.sleep does). Only the direct caller is looked at: cheap enough
    for a loop that reads the clock millions of times."""

    def clock():
        if _stretches:
            stretch = _stretches[-1]
            if stretch[3] is None:
                caller = sys._getframe(1)
                if caller.f_code.co_filename == FILENAME:
                    stretch[3] = caller.f_lineno
        return read()

    clock.__name__ = clock.__qualname__ = read.__name__
    return clock


def _callable_label(callback):
    name = getattr(callback, "__qualname__", None) or getattr(callback, "__name__", None)
    if isinstance(callback, functools.partial):
        return _callable_label(callback.func)
    return f"{name or type(callback).__name__}()"


def _number(value):
    """A duration as the reader would write it: 1, 0.5, 0.873."""
    try:
        text = repr(round(float(value), 3))
    except (TypeError, ValueError):
        return repr(value)
    return text[:-2] if text.endswith(".0") else text


def _reader_frame(depth):
    """The innermost frame of the reader's file above `depth` (None when there is none), and the
    names of the functions between it and `depth` (the APIs the reader's code went through)."""
    frame = sys._getframe(depth + 1)
    names = []
    while frame is not None and frame.f_code.co_filename != FILENAME:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return frame, names


def _task_lane(task):
    entry = _tasks.get(task)
    return entry[1] if entry is not None else task.get_name()


def current_lane():
    """The lane of the code running now: its Task's name, None outside any Task (the loop)."""
    loop = events._get_running_loop()
    task = tasks.current_task(loop) if loop is not None else None
    return None if task is None else _task_lane(task)


def _show_lane(lane):
    global _shown_lane
    if lane != _shown_lane:
        _shown_lane = lane
        _timeline.lane = lane


def _task_created(task, coro):
    # The loop's own tasks (asyncio.run's shutdown steps) are not the program's.
    code = getattr(coro, "cr_code", None)
    if code is not None and code.co_filename == base_events.__file__:
        return
    name = getattr(coro, "__name__", None) or type(coro).__name__
    label = f"{name}()"
    lane = task.get_name()
    frame, _ = _reader_frame(2)
    span = _begin("task", lane, label, _ms(), frame.f_lineno if frame else None)
    if task.done():
        # An eager task that finished in its first step, inside create_task.
        _end(span, _ms(), _task_outcome(task))
    else:
        _tasks[task] = [span, lane, label]


def _task_outcome(task):
    if task.cancelled():
        return "cancelled"
    # Not task.exception(): that marks the error retrieved and silences asyncio's report of it.
    return "failed" if task._exception is not None else None


def _wait_label(names, delay, callback):
    """The timer in the reader's terms: the asyncio API that set it, known by its callback (the
    reader's frame may be the module's, when a Task runs asyncio's own coroutine)."""
    seconds = _number(delay)
    name = getattr(callback, "__name__", None)
    if callback is futures._set_result_unless_cancelled:
        return f"asyncio.sleep({seconds})"
    if name == "_on_timeout" and isinstance(getattr(callback, "__self__", None), timeouts.Timeout):
        if "wait_for" in names:
            return f"asyncio.wait_for(timeout={seconds})"
        return f"asyncio.timeout({seconds})"
    if name == "_release_waiter":
        return f"asyncio.wait(timeout={seconds})"
    if name == "_handle_timeout" and "as_completed" in names:
        return f"asyncio.as_completed(timeout={seconds})"
    what = _callable_label(callback)[:-2]
    if "call_later" in names:
        return f"loop.call_later({seconds}, {what})"
    return f"loop.call_at(…, {what}): {seconds} s"


def _run_handle(handle, start):
    """Runs a loop callback, drawing it as a block when it held the loop from BUSY_MS on, and
    ending its Task's span when it was the Task's last step."""
    owner = getattr(handle._callback, "__self__", None)
    entry = _tasks.get(owner) if isinstance(owner, tasks.Task) else None
    stretch = [start, None, handle._callback, None] if entry is None else [start, entry[1], entry[2], None]
    _stretches.append(stretch)
    _show_lane(stretch[1])
    try:
        events.Handle._run(handle)
    finally:
        at = _ms()
        _stretches.pop()
        _flush(stretch, at)
        if entry is not None and owner.done():
            del _tasks[owner]
            _end(entry[0], at, _task_outcome(owner))


class _Handle(events.Handle):
    """A callback the loop runs soon (a Task's step, a wakeup, call_soon)."""

    __slots__ = ()

    def _run(self):
        _run_handle(self, _ms())


class _Timer(events.TimerHandle):
    """A timer (call_at, call_later, so asyncio.sleep and timeouts), with the wait span it draws."""

    __slots__ = ("_span",)

    def _run(self):
        at = _ms()
        span, self._span = self._span, None
        _end(span, at)
        _run_handle(self, at)

    def cancel(self):
        # asyncio.sleep cancels its timer after it fired too: only a pending timer's span ends here.
        if not self._cancelled:
            span, self._span = self._span, None
            _end(span, _ms(), "cancelled")
        super().cancel()


def _blocking_call(label, inline, call, *args):
    """Runs a call that blocks the whole program as one block in the current lane."""
    global _inline
    if _inline:
        return call(*args)
    start = _ms()
    if _stretches:
        _flush(_stretches[-1], start)
    frame, _ = _reader_frame(2)
    span = _begin("busy", current_lane(), label, start, frame.f_lineno if frame else None, inline)
    _inline += inline
    try:
        return call(*args)
    finally:
        _inline -= inline
        at = _ms()
        _end(span, at)
        if _stretches:
            _mark(_stretches[-1], at)


def _executor_label(func):
    # asyncio.to_thread(f) hands the executor functools.partial(context.run, f, ...).
    if (
        isinstance(func, functools.partial)
        and isinstance(getattr(func.func, "__self__", None), contextvars.Context)
        and func.args
    ):
        return f"to_thread({_callable_label(func.args[0])[:-2]})"
    return f"run_in_executor({_callable_label(func)[:-2]})"


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
            future.set_result(_blocking_call(_executor_label(func), True, func, *args))
        except BaseException as error:  # noqa: BLE001 - handed to the awaiting task, as an executor does
            future.set_exception(error)
        return future

    # The timeline's hooks (see the recorder above).

    def create_task(self, coro, **kwargs):
        task = super().create_task(coro, **kwargs)
        if isinstance(task, tasks.Task):
            _task_created(task, coro)
        return task

    def _call_soon(self, callback, args, context):
        # BaseEventLoop._call_soon, with the timeline's Handle.
        handle = _Handle(callback, args, self, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        # BaseEventLoop.call_later, keeping the delay as written for the wait's label (recomputed
        # from `when`, it would lose what the clock moved meanwhile: `asyncio.sleep(0.994)`).
        if delay is None:
            raise TypeError("delay must not be None")
        now = self.time()
        return self._timer(now + delay, callback, args, context, now, delay)

    def call_at(self, when, callback, *args, context=None):
        now = self.time()
        return self._timer(when, callback, args, context, now, None if when is None else when - now)

    def _timer(self, when, callback, args, context, now, delay):
        # BaseEventLoop.call_at, with the timeline's TimerHandle and its wait span, which begins
        # when the timer was set (`now`, the clock `when` counts from: a wait as long as its delay).
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, "call_at")
        timer = _Timer(when, callback, args, self, context)
        if timer._source_traceback:
            # This method's frame, and call_at's or call_later's.
            del timer._source_traceback[-2:]
        task = tasks.current_task(self)
        frame, names = _reader_frame(1)
        timer._span = _begin(
            "wait",
            None if task is None else _task_lane(task),
            _wait_label(names, delay, callback),
            now * 1000 - _offset,
            frame.f_lineno if frame else None,
        )
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def run_forever(self):
        # The code before the loop started is over; what runs inside it is drawn callback by callback.
        if _stretches:
            _flush(_stretches[-1], _ms())
        try:
            super().run_forever()
        finally:
            _show_lane(None)
            if _stretches:
                _mark(_stretches[-1], _ms())


class _Policy(events._BaseDefaultEventLoopPolicy):
    _loop_factory = PageEventLoop


def _blocking_sleep(seconds):
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    # Suspends the whole program, event loop included: nothing else runs meanwhile, as in CPython.
    # Each call is one block on the timeline (s4-01's three calls: three blocks in a row).
    if seconds == 0:
        _wait(0)
    else:
        _blocking_call(f"time.sleep({_number(seconds)})", False, _wait, seconds * 1000)


# As the reader knows it (`to_thread(sleep)` on the timeline, `<function sleep …>` when printed).
_blocking_sleep.__name__ = _blocking_sleep.__qualname__ = "sleep"


def _install():
    import pyodide.webloop as webloop

    global _webloop
    _webloop = events._get_running_loop() or _policy().get_event_loop()
    asyncio.run = webloop._orig_run
    time.sleep = _blocking_sleep
    # Once per interpreter: each run has a worker of its own.
    for name in ("monotonic", "perf_counter", "time"):
        setattr(time, name, _placed(getattr(time, name)))
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


def _start_timeline(timeline):
    global _timeline, _offset, _limit, _busy_ms, _next_id, _capped, _inline, _shown_lane
    _timeline = timeline
    _limit = timeline.limit
    _busy_ms = timeline.busyMs
    _next_id, _capped, _inline, _shown_lane = 1, False, 0, None
    _tasks.clear()
    _stretches.clear()
    _offset = _monotonic() * 1000 - timeline.now()


def run(source, clock, timeline):
    """Runs the program; returns None when it ends normally, else [kind, text, [line, column] or None].

    `timeline` is the run's outlet for spans: limit (SPAN_LIMIT), busyMs (BUSY_MS), now() (the
    run's clock), span(id, kind, lane, label, start, end, line, outcome, inline), capped(t), and
    `lane`, which the runner sets to the lane of the code running now.
    """
    global _clock
    _clock = clock
    _install()
    _start_timeline(timeline)
    main = sys.modules["__main__"]
    try:
        code = compile(source, FILENAME, "exec")
    except SyntaxError as error:
        # As CPython reports a script that does not compile: where, and what (no traceback).
        lines = traceback.format_exception_only(error)
        print("".join(lines), end="", file=sys.stderr)
        return ["syntax", lines[-1].strip(), _user_position(error, source)]
    # The program's top level is the loop's lane (None) until asyncio.run starts a loop.
    _stretches.append([_ms(), None, "<module>", None])
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
        if _stretches:
            _flush(_stretches.pop(), _ms())
        sys.stdout.flush()
        sys.stderr.flush()
    return None
