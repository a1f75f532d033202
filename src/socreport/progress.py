"""Progress reporting on stderr: a tqdm bar on a terminal, nothing otherwise.

Progress never goes to stdout (stdout stays clean for pipes), and a run whose stderr is a file or a
pipe (CI, cron, ``2> log``) is not flooded with carriage-return updates.
"""

from __future__ import annotations

import sys
from typing import TextIO


class Progress:
    """Count finished units of work out of ``total``.

    ``enabled`` is the caller's wish (``--progress`` / ``progress=True``); the bar is shown only when
    ``stream`` (default ``sys.stderr``) is also a terminal. Use as a context manager."""

    def __init__(self, total: int, *, desc: str = "documents", enabled: bool = True,
                 stream: TextIO | None = None) -> None:
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

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _isatty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # closed or replaced streams
        return False
