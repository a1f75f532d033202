"""A document's time budget: how long its extraction may take, and the timer that stops it.

:func:`time_budget` gives the seconds a document of a given size may take; :func:`time_limit`
raises :class:`TimeUp` in the running code once they have passed (a real-time timer signal in a
process's main thread, an asynchronous exception in another thread)."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from .config import MIN_BUDGET_SECONDS


class TimeUp(BaseException):
    """A document's time budget ran out. A BaseException, so that no ``except Exception`` inside
    the per-document stage can swallow it."""


def time_budget(size: int, seconds_per_mb: float | None, min_seconds: float = MIN_BUDGET_SECONDS) -> float | None:
    """Seconds a document of ``size`` bytes may take: ``seconds_per_mb`` per MiB, at least
    ``min_seconds`` (:data:`~socreport.config.MIN_BUDGET_SECONDS`); None (no limit) when
    ``seconds_per_mb`` is None or 0."""
    if not seconds_per_mb or seconds_per_mb <= 0:
        return None
    return max(min_seconds, seconds_per_mb * size / (1024 * 1024))


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeUp` in the running code once ``seconds`` have passed (None: no limit).

    In a process's main thread (a serial run, every process-pool worker, dask's ``processes``
    scheduler) a real-time timer signal interrupts the code wherever it is, even inside one long
    regular-expression search (the regex engine checks for signals). A timer that was already
    running (e.g. a test harness's) is re-armed with its remaining time afterwards. In another
    thread (dask.distributed's worker threads) the exception is raised in that thread at its next
    Python instruction, so a single long call into C finishes first."""
    if seconds is None:
        yield
    elif threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds):
            yield
    else:
        with _thread_deadline(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    active = [True]

    def on_alarm(signum, frame):  # noqa: ARG001
        if active[0]:
            raise TimeUp

    previous = signal.signal(signal.SIGALRM, on_alarm)
    outer_delay, outer_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        active[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_delay > 0:  # give the outer timer back what is left of it
            left = outer_delay - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3), outer_interval)


@contextmanager
def _thread_deadline(seconds: float) -> Iterator[None]:
    try:
        import ctypes

        set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
    except (ImportError, AttributeError):  # not CPython: no way to interrupt a thread
        yield
        return
    tid = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                set_async_exc(tid, ctypes.py_object(TimeUp))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            if state["fired"]:
                set_async_exc(tid, None)  # withdraw it if not delivered yet
        timer.cancel()
