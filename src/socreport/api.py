"""The three calls researchers use: :func:`extract`, :func:`indicators`, :func:`check`."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from .config import DEFAULT_MAX_BYTES, DEFAULT_SECONDS_PER_MB
from .tables import Tables


def extract(paths: Iterable[str | Path] | str | Path, *, jobs: int = 1, engine: str = "serial",
            scheduler: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
            progress: bool = False, staging: str | Path | None = None,
            seconds_per_mb: float | None = DEFAULT_SECONDS_PER_MB) -> Tables:
    """Read files and folders (recursively: .txt, .md, .html, .htm, .pdf, .docx, .odt) into validated tidy tables.

    Raises :class:`socreport.sources.InputError` when an input path does not exist; a file that
    cannot be read is not an error but a ``skipped`` row in ``documents`` with its reason.

    ``jobs`` > 1 runs documents in local processes; ``engine="dask"`` maps them over a dask bag,
    on a cluster when ``scheduler`` gives its address, staging per-document results as Parquet in
    ``staging`` (a folder every worker can reach). The tables are identical whatever the engine.

    ``seconds_per_mb`` is the time budget per document (at least
    :data:`~socreport.config.MIN_BUDGET_SECONDS`; None = no limit): a document that takes longer
    is stopped and becomes a ``skipped`` row saying so."""
    from .merge import build_tables
    from .engine import map_documents
    from .sources import discover

    if isinstance(paths, (str, Path)):
        paths = [paths]
    found = discover(list(paths))
    results = map_documents([f.path for f in found], [f.doc_id for f in found], jobs=jobs, engine=engine,
                            scheduler=scheduler, max_bytes=max_bytes, progress=progress, staging=staging,
                            seconds_per_mb=seconds_per_mb)
    return build_tables(results).validate()


def indicators(tables: Tables) -> Tables:
    """``tables`` plus the ``indicators``, ``partner_shares`` and ``aggregates`` tables."""
    from .indicators import add_indicators

    return add_indicators(tables)


def check(tables: Tables) -> Tables:
    """``tables`` plus the ``quality`` table: one row per finding."""
    from .checks import add_quality

    return add_quality(tables)
