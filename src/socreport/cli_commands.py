"""What the ``socreport`` commands do: ``build``, ``extract`` and ``report``, each a function of the
parsed arguments that returns the exit status and an :class:`Outcome` for the summary."""

from __future__ import annotations

import argparse
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import config

if TYPE_CHECKING:
    from collections.abc import Callable

    from .figures_process import FiguresProcess
    from .tables import Tables

EXIT_OK = 0  #: every input file was read
EXIT_SKIPPED = 1  #: some files were skipped; outputs written
EXIT_USAGE = 2  #: usage error, missing input path or tables folder, engine failure
EXIT_NOTHING = 3  #: no input file could be read
EXIT_WRITE = 4  #: an output could not be written
EXIT_INTERNAL = 5  #: an internal error (a bug): one line, --debug for the traceback


class OutputError(Exception):
    """An output could not be written."""


def _write(what: str, path: Path, fn, *args, **kw):
    """Run the writer ``fn``; an OS error becomes one clear :class:`OutputError` line."""
    try:
        return fn(*args, **kw)
    except OSError as exc:
        where = exc.filename or path
        raise OutputError(f"cannot write the {what} to {where}: {exc.strerror or exc}") from exc


def rel(p: Path) -> str:
    """``p`` as the command line shows it: relative to the current folder when it lies under it."""
    try:
        return str(p.relative_to(Path.cwd()))
    except ValueError:
        return str(p)


@dataclass
class Outcome:
    """What a command did, for the summary and the exit status."""

    command: str
    tables: Tables | None = None
    written: dict[str, object] = field(default_factory=dict)  # label -> Path or list of Paths
    notes: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)  # every file written, for the manifest


#: The stages each command goes through, as the progress bar and ``--verbose`` count them.
DERIVE_STAGES = ("indicators", "quality findings")
STAGES: dict[str, tuple[str, ...]] = {
    "extract": ("reading documents", "assembling projects", "checking the tables", *DERIVE_STAGES, "writing tables"),
    "build": (
        "reading documents",
        "assembling projects",
        "checking the tables",
        *DERIVE_STAGES,
        "writing tables",
        "workbook",
        "figures",
    ),
    "report": ("reading tables", *DERIVE_STAGES, "workbook"),
}


def _stages(args: argparse.Namespace):
    """The progress reporter of this run (:class:`socreport.progress.Stages`)."""
    from .progress import NORMAL, QUIET, VERBOSE, Stages

    stages = getattr(args, "stages", None)
    if stages is None:
        mode = QUIET if getattr(args, "quiet", False) else VERBOSE if getattr(args, "verbose", False) else NORMAL
        stages = args.stages = Stages(STAGES.get(args.command, ()), mode=mode)
    return stages


def extract_tables(args: argparse.Namespace, folder: Path):
    """The tables of the inputs named on the command line, the per-document results spooled to
    ``folder`` (:func:`socreport.api.extract_spooled`)."""
    from .api import extract_spooled

    return extract_spooled(
        list(args.inputs),
        folder,
        jobs=args.jobs,
        engine=args.engine,
        scheduler=args.scheduler,
        max_bytes=args.max_bytes,
        progress=_stages(args),
        staging=args.staging,
        seconds_per_mb=args.time_budget or None,
        per_document=getattr(args, "per_document", False),
    )


def derive(tables, stages=None):
    """Add indicators, partner shares, aggregates (indicators) and quality findings (checks), each a
    stage of ``stages`` when given."""
    from .checks import add_quality
    from .indicators import add_indicators
    from .progress import Stages

    stages = stages if stages is not None else Stages.off()
    with stages.step(DERIVE_STAGES[0]):
        tables = add_indicators(tables)
    with stages.step(DERIVE_STAGES[1]):
        return add_quality(tables)


def readable(tables) -> int:
    """Number of documents that were read (status ok or fallback)."""
    return int((tables.documents["status"] != "skipped").sum())


def exit_status(tables) -> int:
    """0 all read; 1 some skipped; 3 none readable (also when no input file was found)."""
    docs = tables.documents
    n_read = readable(tables)
    if n_read == 0:
        return EXIT_NOTHING
    return EXIT_SKIPPED if n_read < len(docs) else EXIT_OK


def _extract_and_write(
    args: argparse.Namespace, command: str, derived: Callable[[Tables], None] | None = None
) -> tuple[int, Outcome, Tables]:
    """Extract, derive and write the tables; the exit status, what was written so far, and the tables.

    ``derived``, when given, is called with the derived tables before they are written. The
    manifest is written first as unfinished, so a run killed later leaves one saying so. The
    per-document results wait in a spool folder inside the tables folder until the tables are
    written (the ``facts`` table is streamed from it), then the folder is removed."""
    from .manifest import write_manifest
    from .outputs import write_tables
    from .spool import spool_folder

    stages = _stages(args)
    with ExitStack() as stack:
        folder = _write("tables", args.out, stack.enter_context, spool_folder(args.out))
        spooled = extract_tables(args, folder)
        tables = derive(spooled.tables, stages)
        if derived is not None:
            derived(tables)
        out = Outcome(command, tables)
        with stages.step("writing tables"):
            _write("tables", args.out, write_manifest, args.out, command, complete=False)
            out.files = _write("tables", args.out, write_tables, tables, args.out, streamed=spooled.streamed())
        spooled.spool.close()
    out.written["tables"] = args.out
    return exit_status(tables), out, tables


def _finish(args: argparse.Namespace, out: Outcome) -> None:
    """The manifest of a finished run: every file it wrote, with its hash."""
    from .manifest import write_manifest

    _write("tables", args.out, write_manifest, args.out, out.command, out.files, complete=True)


def cmd_extract(args: argparse.Namespace) -> tuple[int, Outcome]:
    status, out, tables = _extract_and_write(args, "extract")
    if status == EXIT_NOTHING:
        out.notes.append("nothing readable: see documents.csv" if len(tables.documents) else "no input files found")
    _finish(args, out)
    return status, out


def cmd_build(args: argparse.Namespace) -> tuple[int, Outcome]:
    """Extract, derive and write the tables, then the workbook and the figures. The figures are
    drawn in a second process while the tables and the workbook are written
    (:mod:`socreport.figures_process`), in this one on a single-core machine."""
    from .figures_process import figures_process

    if not args.inputs:
        args.inputs = [config.DEFAULT_RAW]
    with ExitStack() as stack:
        worker = figures_process()
        if worker is not None:
            stack.callback(worker.close)
        status, out, tables = _extract_and_write(args, "build", _start_figures(args, worker))
        if status == EXIT_NOTHING:
            why = "nothing readable" if len(tables.documents) else "no input files found"
            out.notes.append(f"{why}: workbook and figures not written")
            _finish(args, out)
            return status, out
        from .excel import write_workbook

        stages = _stages(args)
        with stages.step("workbook"):
            book = _write("workbook", args.report, write_workbook, tables, args.report, lang=args.lang)
        out.written["workbook"] = book
        out.files.append(book)
        with stages.step("figures"):
            figures = _write("figures", args.figures, draw_figures, worker, tables, args)
    out.written["figures"] = figures
    out.files.extend(figures)
    _finish(args, out)
    return status, out


def _start_figures(args: argparse.Namespace, worker: FiguresProcess | None) -> Callable[[Tables], None]:
    """What :func:`_extract_and_write` calls with the derived tables: the worker starts drawing
    (when there is one and some document was read)."""

    def start(tables: Tables) -> None:
        if worker is not None and readable(tables):
            worker.draw(tables, args.figures, args.lang)

    return start


def draw_figures(worker: FiguresProcess | None, tables: Tables, args: argparse.Namespace) -> list[Path]:
    """The figure files: the worker's, or drawn here when there is no worker."""
    if worker is not None:
        return worker.wait()
    from .plots import save_all

    return save_all(tables, args.figures, lang=args.lang)


def cmd_report(args: argparse.Namespace) -> tuple[int, Outcome]:
    from .api import read_tables
    from .excel import write_workbook
    from .manifest import read_manifest

    stages = _stages(args)
    with stages.step("reading tables"):
        tables = read_tables(args.tables)
    if tables.indicators is None or tables.quality is None:
        tables = derive(tables, stages)
    else:
        stages.skip(*DERIVE_STAGES)
    out = Outcome("report", tables)
    manifest = read_manifest(args.tables)
    if manifest is not None and manifest.get("complete") is False:
        out.notes.append(f"the tables in {rel(Path(args.tables))} are from a run that did not finish")
    with stages.step("workbook"):
        out.written["workbook"] = _write("workbook", args.out, write_workbook, tables, args.out, lang=args.lang)
    return EXIT_OK, out
