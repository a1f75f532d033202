"""Progress reporting on stderr: a tqdm bar on a terminal, nothing otherwise (:class:`Progress` for
units of work such as documents, :class:`Stages` for the stages of a whole run).

Progress never goes to stdout (stdout stays clean for pipes), and a run whose stderr is a file or a
pipe (CI, cron, ``2> log``) is not flooded with carriage-return updates.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TextIO


class Progress:
    """Count finished units of work out of ``total``.

    ``enabled`` is the caller's wish (``--progress`` / ``progress=True``); the bar is shown only when
    ``stream`` (default ``sys.stderr``) is also a terminal. Use as a context manager."""

    def __init__(
        self, total: int, *, desc: str = "documents", enabled: bool = True, stream: TextIO | None = None
    ) -> None:
        self.total = total
        self.done = 0
        self._bar = None
        out = stream if stream is not None else sys.stderr
        if enabled and total > 0 and _isatty(out):
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=desc, unit="doc", file=out, leave=False, dynamic_ncols=True)

    @property
    def visible(self) -> bool:
        return self._bar is not None

    def update(self, n: int = 1) -> None:
        """Record ``n`` more finished units."""
        self.done += n
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _isatty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


#: How much a run says on stderr: nothing, a progress bar on a terminal, or also a line per stage.
QUIET, NORMAL, VERBOSE = "quiet", "normal", "verbose"


class Stages:
    """Progress through the stages of a run (reading documents, assembling projects, indicators,
    quality findings, writing tables, workbook, figures), on stderr.

    ``names`` are the stages to come, in order; each runs in ``with stages.step(name):``. In
    ``normal`` mode a terminal shows one bar, ``[3/8] indicators``, that advances as each stage
    ends (the per-document bar of the reading stage appears under it); a file or pipe gets nothing.
    ``verbose`` also writes one line per finished stage with its time (``socreport: [3/8]
    indicators 0.42 s``), to a terminal, a file or a pipe alike. ``quiet`` writes nothing.
    A stage not in ``names`` still runs; it is counted as an extra one."""

    def __init__(self, names: Sequence[str] = (), *, mode: str = NORMAL, stream: TextIO | None = None) -> None:
        if mode not in (QUIET, NORMAL, VERBOSE):
            raise ValueError(f"mode must be quiet, normal or verbose, not {mode!r}")
        self.names = list(names)
        self.mode = mode
        self.done: list[tuple[str, float]] = []  # finished stages and their seconds
        self._out = stream if stream is not None else sys.stderr
        self._bar = None
        if mode != QUIET and self.names and _isatty(self._out):
            from tqdm import tqdm

            self._bar = tqdm(
                total=len(self.names),
                file=self._out,
                leave=False,
                dynamic_ncols=True,
                bar_format="{desc} {bar} {elapsed}",
            )

    @classmethod
    def off(cls) -> Stages:
        """A reporter that reports nothing (the stages still run)."""
        return cls(mode=QUIET)

    @property
    def documents_bar(self) -> bool:
        """Whether the reading stage should show its per-document bar."""
        return self.mode != QUIET

    def _label(self, name: str) -> str:
        total = max(len(self.names), len(self.done) + 1)
        return f"[{len(self.done) + 1}/{total}] {name}"

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        """Run one stage: shown while it runs, counted (and in verbose mode logged) when it ends."""
        label = self._label(name)
        if self._bar is not None:
            self._bar.set_description_str(f"socreport: {label}", refresh=True)
        t0 = time.perf_counter()
        yield
        seconds = time.perf_counter() - t0
        self.done.append((name, seconds))
        if self.mode == VERBOSE:
            line = f"socreport: {label} {seconds:.2f} s"
            if self._bar is not None:
                self._bar.write(line, file=self._out)
            else:
                print(line, file=self._out, flush=True)
        if self._bar is not None:
            self._bar.update(1)

    def skip(self, *names: str) -> None:
        """Count stages that this run does not need (``report`` on tables that already hold the
        indicators) as done, without a line."""
        for name in names:
            self.done.append((name, 0.0))
            if self._bar is not None:
                self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Stages:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
