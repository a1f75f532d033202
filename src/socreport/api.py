"""The calls researchers use: :func:`extract`, :func:`add_indicators`, :func:`add_quality`,
:func:`read_tables` (and :meth:`Tables.write <socreport.tables.Tables.write>`).

The verbs are named so that none is also the name of a module of the package (``socreport.indicators``
and ``socreport.checks`` are modules; importing one never replaces an API function).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import DEFAULT_MAX_BYTES, DEFAULT_SECONDS_PER_MB
from .progress import Stages
from .tables import Tables

if TYPE_CHECKING:
    from .spool import Spooled


def extract(
    paths: Iterable[str | Path] | str | Path,
    *,
    jobs: int = 1,
    engine: str = "serial",
    scheduler: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool | Stages = False,
    staging: str | Path | None = None,
    seconds_per_mb: float | None = DEFAULT_SECONDS_PER_MB,
    per_document: bool = False,
) -> Tables:
    """Read files and folders (recursively: .txt, .md, .html, .htm, .pdf, .docx, .odt) into validated tidy tables.

    Raises :class:`socreport.sources.InputError` when an input path does not exist; a file that
    cannot be read is not an error but a ``skipped`` row in ``documents`` with its reason.

    ``jobs`` > 1 runs documents in local processes; ``engine="dask"`` maps them over a dask bag,
    on a cluster when ``scheduler`` gives its address, staging per-document results as Parquet in
    ``staging`` (a folder every worker can reach). The tables are identical whatever the engine.

    ``seconds_per_mb`` is the time budget per document (at least
    :data:`~socreport.config.MIN_BUDGET_SECONDS`; None = no limit): a document that takes longer
    is stopped and becomes a ``skipped`` row saying so.

    A project that several documents describe is one row of ``projects`` (merged across
    documents: each field from the newest article, every version in ``sources``). With
    ``per_document=True`` each document's projects stay rows of their own holding only what that
    document states (for checking pages one by one, or comparing them with per-page gold).

    ``progress=True`` shows, on a terminal's stderr, a bar of the stages (reading documents, with a
    bar of the documents under it, then assembling projects and checking the tables); a
    :class:`socreport.progress.Stages` reporter instead counts these stages among its own (the CLI
    passes one that covers the whole run)."""
    from .merge import build_tables

    stages, own = _stages(progress)
    try:
        with stages.step(EXTRACT_STAGES[0]):
            results = list(
                _read(
                    paths,
                    stages,
                    jobs=jobs,
                    engine=engine,
                    scheduler=scheduler,
                    max_bytes=max_bytes,
                    staging=staging,
                    seconds_per_mb=seconds_per_mb,
                )
            )
        with stages.step(EXTRACT_STAGES[1]):
            tables = build_tables(results, per_document=per_document)
        with stages.step(EXTRACT_STAGES[2]):
            return tables.validate()
    finally:
        if own:
            stages.close()


def extract_spooled(
    paths: Iterable[str | Path] | str | Path,
    folder: str | Path,
    *,
    jobs: int = 1,
    engine: str = "serial",
    scheduler: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool | Stages = False,
    staging: str | Path | None = None,
    seconds_per_mb: float | None = DEFAULT_SECONDS_PER_MB,
    per_document: bool = False,
) -> Spooled:
    """:func:`extract` with the per-document results written to ``folder`` (an empty folder) as
    they are made, so that memory does not grow with the corpus's facts and article records
    (:mod:`socreport.spool`). The options are those of :func:`extract`.

    Returns a :class:`~socreport.spool.Spooled`: every table but ``facts`` (``tables.facts`` is
    empty) and the spool that streams ``facts`` to :func:`socreport.outputs.write_tables`
    (``streamed=spooled.streamed()``; its batches are validated as they are written); the files
    written are the same, byte for byte, as those of :func:`extract`'s tables. The command line's
    ``build`` and ``extract`` run this way."""
    from .spool import Spool, Spooled

    stages, own = _stages(progress)
    try:
        with stages.step(EXTRACT_STAGES[0]):
            spool = Spool(folder)
            for r in _read(
                paths,
                stages,
                jobs=jobs,
                engine=engine,
                scheduler=scheduler,
                max_bytes=max_bytes,
                staging=staging,
                seconds_per_mb=seconds_per_mb,
            ):
                spool.add(r)
        with stages.step(EXTRACT_STAGES[1]):
            tables = spool.tables(per_document=per_document)
        with stages.step(EXTRACT_STAGES[2]):
            return Spooled(tables.validate(), spool)
    finally:
        if own:
            stages.close()


#: The stages of :func:`extract`, as a progress reporter names them.
EXTRACT_STAGES = ("reading documents", "assembling projects", "checking the tables")


def _stages(progress: bool | Stages) -> tuple[Stages, bool]:
    """The stage reporter for ``progress`` and whether this call owns it (and so closes it)."""
    if isinstance(progress, Stages):
        return progress, False
    return (Stages(EXTRACT_STAGES) if progress else Stages.off()), True


def _read(paths: Iterable[str | Path] | str | Path, stages: Stages, **options: Any) -> Iterator[Any]:
    """Each input document's result, in input order, as it is made (``options`` are those of
    :func:`socreport.engine.iter_documents`), its path shown relative to its input."""
    from .engine import iter_documents
    from .sources import discover

    found = discover([paths] if isinstance(paths, (str, Path)) else list(paths))
    names = {f.doc_id: f.name for f in found}
    results = iter_documents(
        [f.path for f in found], [f.doc_id for f in found], progress=stages.documents_bar, **options
    )
    return (_named(r, names) for r in results)


def _named(result, names: dict[str, str]):
    """``result`` with its document's path as the documents table shows it: relative to its input
    (:func:`socreport.sources.relative_names`)."""
    from dataclasses import replace

    doc = result.document
    name = names.get(doc.doc_id)
    return result if not name or name == doc.path else replace(result, document=replace(doc, path=name))


def add_indicators(tables: Tables) -> Tables:
    """``tables`` plus the ``indicators``, ``partner_shares`` and ``aggregates`` tables (a new bundle)."""
    from .indicators import add_indicators as _add

    return _add(tables)


def add_quality(tables: Tables, **params: Any) -> Tables:
    """``tables`` plus the ``quality`` table: one row per finding (a new bundle). ``params`` are the
    tolerances of :func:`socreport.checks.quality_table`."""
    from .checks import add_quality as _add

    return _add(tables, **params)


def read_tables(tables_dir: str | Path) -> Tables:
    """The tables in the folder ``tables_dir``, as written by :meth:`Tables.write` or by
    ``socreport build``/``socreport extract``: the extraction tables and whichever derived tables
    the folder holds, each with its schema's dtypes (read from the Parquet files).

    Raises :class:`socreport.outputs.TablesNotFound` naming what is missing when the folder lacks an
    extraction table, :class:`socreport.outputs.TablesUnreadable` when a file there is corrupt or
    not written by socreport."""
    return Tables.read(tables_dir)


def check(tables: Tables) -> Tables:
    """Deprecated name of :func:`add_quality` (kept because it collides with no module)."""
    warnings.warn("socreport.check is deprecated; use socreport.add_quality", DeprecationWarning, stacklevel=2)
    return add_quality(tables)
