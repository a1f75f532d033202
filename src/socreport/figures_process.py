"""The figures of ``build`` drawn in a second process while this one writes the tables and the workbook.

:class:`FiguresProcess` starts its worker processes when ``build`` starts, with ``spawn`` (a fresh
interpreter: never a fork of a process whose pyarrow or reader threads may hold locks). The worker
imports matplotlib and the charts while the documents are read, so neither the import nor the
drawing waits on this process: once the derived tables are known, :meth:`FiguresProcess.draw`
sends the tables the charts read (the documents, the projects and the derived tables; the others
go as empty frames), pickled once to a file in the figures folder that the worker reads, and the
worker draws and writes them with :func:`socreport.plots.save_all` while this process writes the
tables and the workbook. The worker runs the same code on the same
tables, so the figure files are byte-identical to drawing them here.

If the worker cannot be started or dies, the figures are drawn in this process (:meth:`wait` says
how). On a machine with one core there is nothing to overlap, and :func:`figures_process` gives
``None``: the caller draws the figures itself.
"""

from __future__ import annotations

import os
import pickle
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING

from . import schemas
from .files import remove_stale_temporaries, temporary_name

if TYPE_CHECKING:
    from .tables import Tables

#: The extracted tables no chart reads (the charts read the projects, documents and derived tables):
#: sent to the workers as empty frames of their schema, so what is pickled for them stays small.
UNREAD: tuple[str, ...] = ("facts", "sources", "funding", "partners", "beneficiaries")

#: The charts of each worker, about the same drawing time each (measured on the bundled corpus:
#: the funding split, with its stacked segments and labels, is the slowest; the findings the fastest).
SHARES: tuple[tuple[str, ...], ...] = (
    ("funding_split", "timeline", "findings_overview"),
    ("cost_per_beneficiary", "eu_share_vs_ceiling", "regions"),
)


def _warm_up() -> None:
    """Import what drawing needs (run in the workers while the documents are read)."""
    from . import plots  # noqa: F401


def _save_all(tables: Tables, out_dir: Path, lang: str) -> list[Path]:
    from .plots import save_all

    return save_all(tables, out_dir, lang=lang)


def _save_share(tables: Tables, out_dir: Path, lang: str, names: tuple[str, ...]) -> list[tuple[int, Path]]:
    """The files of the charts ``names`` (run in a worker), each with its chart's place in
    :data:`socreport.plots.FIGURES`, so that this process puts the shares' files in order without
    importing matplotlib."""
    from .plots import FIGURES, save_all

    place = {name: i for i, (name, _draw) in enumerate(FIGURES)}
    return [(place[path.stem], path) for path in save_all(tables, out_dir, lang=lang, names=names)]


def _save_share_from(sent: Path, out_dir: Path, lang: str, names: tuple[str, ...]) -> list[tuple[int, Path]]:
    """:func:`_save_share` on the tables pickled to the file ``sent`` (run in a worker)."""
    with open(sent, "rb") as fh:
        tables = pickle.load(fh)
    return _save_share(tables, out_dir, lang, names)


#: The file that hands the chart tables to the workers: a temporary file of this name in the figures
#: folder while they draw (:func:`socreport.files.temporary_name`, so a killed run's is removed later).
SENT_NAME = "figure-tables.pickle"


def chart_tables(tables: Tables) -> Tables:
    """``tables`` without the rows of :data:`UNREAD` (what the workers are sent)."""
    from dataclasses import replace

    return replace(tables, **{name: schemas.empty(name) for name in UNREAD})


class FiguresProcess:
    """Spawned workers (one per share of :data:`SHARES`) that import matplotlib at once and draw
    the figures when asked."""

    def __init__(self, workers: int) -> None:
        import multiprocessing as mp

        self._shares = SHARES if workers > 1 else (tuple(name for share in SHARES for name in share),)
        self._pool = ProcessPoolExecutor(max_workers=len(self._shares), mp_context=mp.get_context("spawn"))
        for _ in self._shares:
            self._pool.submit(_warm_up)
        self._jobs: list[Future] = []
        self._args: tuple[Tables, Path, str] | None = None
        self._sent: Path | None = None

    def draw(self, tables: Tables, out_dir: Path, lang: str) -> None:
        """Start drawing the figures of ``tables`` into ``out_dir`` in the workers. The chart tables
        are pickled once, straight to a temporary file in ``out_dir`` that the workers read: no copy of
        their bytes waits in this process's memory for each worker."""
        self._args = (tables, out_dir, lang)
        out_dir = Path(out_dir)
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            remove_stale_temporaries(out_dir)
            self._sent = temporary_name(out_dir / SENT_NAME)
            with open(self._sent, "xb") as fh:
                pickle.dump(chart_tables(tables), fh, protocol=pickle.HIGHEST_PROTOCOL)
            sent = self._sent
            self._jobs = [self._pool.submit(_save_share_from, sent, out_dir, lang, share) for share in self._shares]
        except (BrokenProcessPool, RuntimeError, OSError):
            self._jobs = []

    def wait(self) -> list[Path]:
        """The figure files written, in the order of :data:`socreport.plots.FIGURES` (an error of
        the drawing is raised here); drawn in this process when the workers could not do it."""
        assert self._args is not None, "draw() first"
        try:
            if self._jobs:
                try:
                    written = [placed for job in self._jobs for placed in job.result()]
                except BrokenProcessPool:
                    return _save_all(*self._args)
                # a stable sort: each chart's PNG and SVG stay in the order save_all wrote them
                return [path for _place, path in sorted(written, key=lambda placed: placed[0])]
            return _save_all(*self._args)
        finally:
            self._remove_sent()

    def _remove_sent(self) -> None:
        if self._sent is not None:
            self._sent.unlink(missing_ok=True)
            self._sent = None

    def close(self) -> None:
        """Stop the workers (a figure being drawn is abandoned: its temporary file is removed by the
        next run, like any killed write)."""
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._remove_sent()


def figures_process() -> FiguresProcess | None:
    """A :class:`FiguresProcess` with a worker for every core but this process's (at most one per
    share of :data:`SHARES`), or ``None`` when this machine has a single core or the workers cannot
    be started. On two cores that is one worker: a second would only take turns with this process
    (measured on the bundled corpus: the same wall time, more CPU time)."""
    cores = os.cpu_count() or 1
    if cores < 2:
        return None
    try:
        return FiguresProcess(min(cores - 1, len(SHARES)))
    except OSError:
        return None
