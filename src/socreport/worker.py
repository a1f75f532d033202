"""One document in a worker: its extraction, which can neither lose the document nor stall the run.

Every engine (:mod:`socreport.engine`: serial, local processes; :mod:`socreport.dask_engine`)
runs :func:`extract_one` on each input file; a failure or a document over its time budget
(:mod:`socreport.budget`) becomes a ``skipped`` row with its reason. :class:`EngineError` is the
one error an engine raises when it cannot run at all."""

from __future__ import annotations

import os

from .budget import TimeUp, time_budget, time_limit
from .config import DEFAULT_MAX_BYTES, DEFAULT_SECONDS_PER_MB, MIN_BUDGET_SECONDS
from .pipeline import extract_document
from .records import DocResult
from .sources import one_line, skipped_document


class EngineError(RuntimeError):
    """The requested engine cannot run (bad option, dask missing, scheduler unreachable)."""


def extract_one(
    path: str,
    doc_id: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    seconds_per_mb: float | None = DEFAULT_SECONDS_PER_MB,
    min_seconds: float = MIN_BUDGET_SECONDS,
) -> DocResult:
    """:func:`socreport.pipeline.extract_document` that cannot lose the document nor stall the run.

    An unexpected exception (a recogniser bug, a ``RecursionError``, a ``MemoryError``) turns into
    a ``skipped`` row whose one-line message names the error. A document that takes longer than its
    time budget (:func:`socreport.budget.time_budget`: ``seconds_per_mb``, None or 0 = no limit, at least
    ``min_seconds``) is stopped and
    ``skipped`` with the reason "took longer than …". The run goes on either way."""
    limit = time_budget(file_size(path), seconds_per_mb, min_seconds)
    try:
        with time_limit(limit):
            return extract_document(path, doc_id=doc_id, max_bytes=max_bytes)
    except TimeUp:
        assert limit is not None  # TimeUp is raised only under a limit
        shown = f"{limit:.0f}" if limit >= 10 else f"{limit:.2g}"
        reason = (
            f"took longer than {shown} s (time budget {seconds_per_mb:g} s per MB, at least "
            f"{min_seconds:g} s; see --time-budget)"
        )
        return _skipped(path, doc_id, max_bytes, reason)
    except Exception as exc:  # noqa: BLE001 - one bad page must not stop a corpus
        return _skipped(path, doc_id, max_bytes, f"internal error while extracting ({one_line(exc)}); please report it")


def _skipped(path: str, doc_id: str, max_bytes: int, reason: str) -> DocResult:
    """A ``skipped`` result for a file whose extraction failed: the file is not read again (that
    could fail or stall the same way), only hashed."""
    return DocResult(skipped_document(path, doc_id, reason, max_bytes=max_bytes), (), ())


def file_size(path: str) -> int:
    """The size of ``path`` in bytes (0 when it cannot be read: the reader then says why)."""
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
