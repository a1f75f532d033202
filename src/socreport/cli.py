"""The ``socreport`` command: ``build`` (the main job), ``extract`` and ``report``.

stdout stays empty unless ``--json`` asks for the summary there; progress (on a terminal, or a line
per stage with ``--verbose``), the closing summary and errors go to stderr. The exit status says how
the run went (see :data:`EXIT_STATUS_HELP`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import textwrap
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence, TextIO

from . import config

EXIT_OK = 0  #: every input file was read
EXIT_SKIPPED = 1  #: some files were skipped; outputs written
EXIT_USAGE = 2  #: usage error, missing input path or tables folder, engine failure
EXIT_NOTHING = 3  #: no input file could be read
EXIT_WRITE = 4  #: an output could not be written
EXIT_INTERNAL = 5  #: an internal error (a bug): one line, --debug for the traceback

EXIT_STATUS_HELP = """\
exit status:
  0  every input file was read (some perhaps with a legacy-encoding fallback)
  1  some input files were skipped; their reasons are in documents.csv and the
     summary, and every output was still written
  2  usage error, a missing input path or tables folder, or the engine failed
     (dask not installed, scheduler unreachable, a worker process died)
  3  no input file could be read: tables are written (documents.csv says why),
     the workbook and figures are not
  4  an output file could not be written (earlier outputs are left intact), or
     another run kept the output folder locked for too long
  5  internal error (a bug in socreport): one line on stderr; rerun with
     --debug for the traceback, and please report it
"""

#: Seconds a run waits for another run that writes to the same output folder, then exits 4.
LOCK_WAIT: float = 600.0

#: At most this many skipped/fallback files are named in the summary.
SUMMARY_LIST = 8


class UsageError(Exception):
    """Bad command line."""


class OutputError(Exception):
    """An output could not be written."""


def _write(what: str, path: Path, fn, *args, **kw):
    """Run the writer ``fn``; an OS error becomes one clear :class:`OutputError` line."""
    try:
        return fn(*args, **kw)
    except OSError as exc:
        where = exc.filename or path
        raise OutputError(f"cannot write the {what} to {where}: {exc.strerror or exc}") from exc


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see `{self.prog} --help`)")


# -- argument types -------------------------------------------------------------------------------

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3, "t": 1024 ** 4}


def parse_size(text: str) -> int:
    """Bytes from ``2048``, ``500k``, ``50M``, ``1.5GB`` (binary multiples: 1 k = 1024 bytes)."""
    m = _SIZE.match(text)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 50M or 1048576)")
    n = int(float(m.group(1)) * _UNITS[m.group(2).lower()])
    if n < 1:
        raise argparse.ArgumentTypeError(f"size must be at least 1 byte: {text!r}")
    return n


def parse_jobs(text: str) -> int:
    """Worker processes: a positive integer, or 0 for one per CPU core."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of jobs: {text!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"--jobs must be 0 (all cores) or more, got {n}")
    return n or (os.cpu_count() or 1)


def parse_seconds(text: str) -> float:
    """A time budget in seconds per MB: a number, 0 for no limit."""
    try:
        x = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not x >= 0 or x == float("inf"):
        raise argparse.ArgumentTypeError(f"--time-budget must be 0 (no limit) or a positive number, got {text!r}")
    return x


# -- parser ---------------------------------------------------------------------------------------

def _add_engine_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("engine")
    g.add_argument("--jobs", "-j", type=parse_jobs, default=1, metavar="N",
                   help="worker processes (default 1; 0 = one per core); output is identical to a serial run")
    g.add_argument("--engine", choices=("serial", "dask"), default="serial",
                   help="serial (local, with --jobs processes) or dask (a dask bag; needs socreport[dask])")
    g.add_argument("--scheduler", metavar="ADDRESS", default=None,
                   help="dask.distributed scheduler, e.g. tcp://10.0.0.5:8786 (with --engine dask)")
    g.add_argument("--staging", metavar="DIR", type=Path, default=None,
                   help="folder for dask's intermediate Parquet files; must be shared by all workers "
                        "(default: a temporary folder, removed afterwards)")
    p.add_argument("--max-bytes", type=parse_size, default=config.DEFAULT_MAX_BYTES, metavar="N",
                   help=f"skip files larger than this (bytes; k/M/G suffixes; default "
                        f"{config.DEFAULT_MAX_BYTES // 1024 ** 2}M)")
    p.add_argument("--time-budget", type=parse_seconds, default=config.DEFAULT_SECONDS_PER_MB, metavar="SECONDS",
                   help=f"seconds a document may take per MB of its size (at least "
                        f"{config.MIN_BUDGET_SECONDS:g} s), after which it is skipped with a reason; "
                        f"0 = no limit (default {config.DEFAULT_SECONDS_PER_MB:g})")
    _add_output_args(p)


def _add_output_args(p: argparse.ArgumentParser) -> None:
    """--quiet, --verbose and --json: what the run says on stderr, and the summary as JSON on stdout."""
    g = p.add_mutually_exclusive_group()
    g.add_argument("--quiet", "-q", action="store_true", help="no progress and no summary on stderr (errors only)")
    g.add_argument("--verbose", "-v", action="store_true",
                   help="also a line per stage with its time on stderr, even when stderr is a file or a pipe")
    p.add_argument("--json", action="store_true",
                   help="print the summary as one JSON object on stdout (instead of the text summary on stderr)")


def _add_per_document_arg(p: argparse.ArgumentParser, *, default: bool) -> None:
    """``--per-document`` / ``--merge``: whether a project that several documents describe is one row
    (merged, newest article first) or one row per document. ``build`` merges by default (the
    researcher's table), ``extract`` keeps documents apart by default (what each page states)."""
    g = p.add_mutually_exclusive_group()
    g.add_argument("--per-document", dest="per_document", action="store_true",
                   help="one projects row per project and document: a project that several documents "
                        "describe is not merged across them, each row holds only what its document states"
                        + (" (the default of extract)" if default else ""))
    g.add_argument("--merge", dest="per_document", action="store_false",
                   help="one projects row per project: a project that several documents describe is merged "
                        "across them, each field from the newest article stating it"
                        + ("" if default else " (the default of build)"))
    p.set_defaults(per_document=default)


def _add_debug_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--debug", action="store_true", help="on an internal error, print the full traceback")


def build_parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    parser = _Parser(
        prog="socreport", formatter_class=fmt, epilog=EXIT_STATUS_HELP,
        description=_wrap("Budgets, funding, dates and beneficiaries of EU-funded social-service projects, "
                    "read from Latvian web pages into tidy tables, indicators, findings, figures and an "
                    "Excel workbook."))
    from . import __version__

    parser.add_argument("--version", "-V", action="version", version=f"socreport {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    b = sub.add_parser(
        "build", formatter_class=fmt, epilog=EXIT_STATUS_HELP,
        help="the main job: pages -> tables, indicators, findings, workbook, figures",
        description=_wrap("Read INPUT files and folders (recursively: .txt, .md, .html, .htm, .pdf, .docx, .odt), extract the "
                    "tables, compute indicators and quality findings, and write the tables (CSV, "
                    "Parquet, datapackage.json), the Excel workbook and the figures. With no "
                    f"arguments: {_rel(config.DEFAULT_RAW)} -> {_rel(config.DEFAULT_CLEAN)}, "
                    f"{_rel(config.DEFAULT_REPORT)}, {_rel(config.DEFAULT_FIGURES)}."))
    b.add_argument("inputs", nargs="*", type=Path, metavar="INPUT",
                   help=f"files or folders (default {_rel(config.DEFAULT_RAW)})")
    b.add_argument("--out", type=Path, default=config.DEFAULT_CLEAN, metavar="DIR",
                   help=f"tables folder (default {_rel(config.DEFAULT_CLEAN)})")
    b.add_argument("--report", type=Path, default=config.DEFAULT_REPORT, metavar="FILE",
                   help=f"Excel workbook (default {_rel(config.DEFAULT_REPORT)})")
    b.add_argument("--figures", type=Path, default=config.DEFAULT_FIGURES, metavar="DIR",
                   help=f"figures folder, PNG and SVG (default {_rel(config.DEFAULT_FIGURES)})")
    b.add_argument("--lang", choices=("en", "lv"), default="en", help="labels of workbook and figures")
    _add_engine_args(b)
    _add_per_document_arg(b, default=False)
    _add_debug_arg(b)
    b.set_defaults(func=cmd_build)

    e = sub.add_parser(
        "extract", formatter_class=fmt, epilog=EXIT_STATUS_HELP,
        help="pages -> tables (with indicators and quality findings) as CSV + Parquet",
        description=_wrap("Read INPUT files and folders and write every table (documents, projects, funding, "
                    "partners, beneficiaries, facts, sources, indicators, partner_shares, aggregates, "
                    "quality) as CSV and Parquet plus datapackage.json to --out. Each document's projects "
                    "are rows of their own, holding what that page states (--merge joins a project that "
                    "several documents describe into one row, as build does)."))
    e.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="files or folders")
    e.add_argument("--out", type=Path, default=config.DEFAULT_CLEAN, metavar="DIR",
                   help=f"tables folder (default {_rel(config.DEFAULT_CLEAN)})")
    _add_engine_args(e)
    _add_per_document_arg(e, default=True)
    _add_debug_arg(e)
    e.set_defaults(func=cmd_extract)

    r = sub.add_parser(
        "report", formatter_class=fmt,
        epilog="exit status:\n  0  workbook written\n  2  usage error, no tables in --tables, or a table\n"
               "     file there that cannot be read (corrupt or not written by socreport)\n"
               "  4  the workbook could not be written\n  5  internal error (--debug shows the traceback)\n",
        help="tables written by extract/build -> Excel workbook",
        description=_wrap("Write the Excel workbook from the tables in --tables (as written by "
                    "`socreport extract` or `socreport build`)."))
    r.add_argument("--tables", type=Path, default=config.DEFAULT_CLEAN, metavar="DIR",
                   help=f"tables folder (default {_rel(config.DEFAULT_CLEAN)})")
    r.add_argument("--out", type=Path, default=config.DEFAULT_REPORT, metavar="FILE",
                   help=f"workbook to write (default {_rel(config.DEFAULT_REPORT)})")
    r.add_argument("--lang", choices=("en", "lv"), default="en", help="labels of the workbook")
    _add_output_args(r)
    _add_debug_arg(r)
    r.set_defaults(func=cmd_report)

    from .fetch_cli import add_fetch_command

    add_fetch_command(sub, fmt, parse_size)
    return parser


def _wrap(text: str) -> str:
    return textwrap.fill(text, width=78)


def _rel(p: Path) -> str:
    try:
        return str(p.relative_to(Path.cwd()))
    except ValueError:
        return str(p)


# -- the steps ------------------------------------------------------------------------------------

@dataclass
class Outcome:
    """What a command did, for the summary and the exit status."""

    command: str
    tables: object = None  # socreport.tables.Tables
    written: dict[str, object] = field(default_factory=dict)  # label -> Path or list of Paths
    notes: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)  # every file written, for the manifest


#: The stages each command goes through, as the progress bar and ``--verbose`` count them.
DERIVE_STAGES = ("indicators", "quality findings")
STAGES: dict[str, tuple[str, ...]] = {
    "extract": ("reading documents", "assembling projects", "checking the tables", *DERIVE_STAGES, "writing tables"),
    "build": ("reading documents", "assembling projects", "checking the tables", *DERIVE_STAGES, "writing tables",
              "workbook", "figures"),
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

    return extract_spooled(list(args.inputs), folder, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
                           max_bytes=args.max_bytes, progress=_stages(args), staging=args.staging,
                           seconds_per_mb=args.time_budget or None,
                           per_document=getattr(args, "per_document", False))


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


def _output_folders(args: argparse.Namespace) -> list[Path]:
    """The folders a command writes to (each gets the run's lock)."""
    if args.command == "report":
        return [Path(args.out).parent]
    if args.command == "fetch":
        return [Path(args.into)]
    folders = [Path(args.out)]
    if args.command == "build":
        folders += [Path(args.report).parent, Path(args.figures)]
    return folders


def _precheck(args: argparse.Namespace) -> None:
    """The errors that need no output: a missing input path, a missing tables folder."""
    from .outputs import check_tables_folder
    from .sources import InputError

    if args.command == "report":
        check_tables_folder(args.tables)
        return
    if args.command == "fetch":
        return
    if args.command == "build" and not args.inputs:
        args.inputs = [config.DEFAULT_RAW]
    missing = [str(p) for p in args.inputs if not os.path.lexists(p)]
    if missing:
        raise InputError("input not found: " + ", ".join(missing))


def _extract_and_write(args: argparse.Namespace, command: str) -> tuple[int, Outcome]:
    """Extract, derive and write the tables; the exit status and what was written so far.

    The manifest is written first as unfinished, so a run killed later leaves one saying so. The
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
        out = Outcome(command, tables)
        with stages.step("writing tables"):
            _write("tables", args.out, write_manifest, args.out, command, complete=False)
            out.files = _write("tables", args.out, write_tables, tables, args.out, streamed=spooled.streamed())
        spooled.spool.close()
    out.written["tables"] = args.out
    return exit_status(tables), out


def _finish(args: argparse.Namespace, out: Outcome) -> None:
    """The manifest of a finished run: every file it wrote, with its hash."""
    from .manifest import write_manifest

    _write("tables", args.out, write_manifest, args.out, out.command, out.files, complete=True)


def cmd_extract(args: argparse.Namespace) -> tuple[int, Outcome]:
    status, out = _extract_and_write(args, "extract")
    if status == EXIT_NOTHING:
        out.notes.append("nothing readable: see documents.csv" if len(out.tables.documents) else "no input files found")
    _finish(args, out)
    return status, out


def cmd_build(args: argparse.Namespace) -> tuple[int, Outcome]:
    if not args.inputs:
        args.inputs = [config.DEFAULT_RAW]
    status, out = _extract_and_write(args, "build")
    tables = out.tables
    if status == EXIT_NOTHING:
        why = "nothing readable" if len(tables.documents) else "no input files found"
        out.notes.append(f"{why}: workbook and figures not written")
        _finish(args, out)
        return status, out
    from .excel import write_workbook
    from .plots import save_all

    stages = _stages(args)
    with stages.step("workbook"):
        out.written["workbook"] = _write("workbook", args.report, write_workbook, tables, args.report, lang=args.lang)
    out.files.append(out.written["workbook"])
    with stages.step("figures"):
        out.written["figures"] = _write("figures", args.figures, save_all, tables, args.figures, lang=args.lang)
    out.files.extend(out.written["figures"])
    _finish(args, out)
    return status, out


def cmd_report(args: argparse.Namespace) -> tuple[int, Outcome]:
    from .excel import write_workbook
    from .api import read_tables
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
        out.notes.append(f"the tables in {_rel(Path(args.tables))} are from a run that did not finish")
    with stages.step("workbook"):
        out.written["workbook"] = _write("workbook", args.out, write_workbook, tables, args.out, lang=args.lang)
    return EXIT_OK, out


# -- summary --------------------------------------------------------------------------------------

def summary_lines(outcome: Outcome, lang: str = "en") -> list[str]:
    """The closing summary in ``lang``: documents (with reasons), projects, findings by severity, outputs
    (texts: ``data/cli_text.csv``; severities and check ids as the workbook words them)."""
    from .texts import text, text_or, value_word

    def label(key: str) -> str:
        return text_or(f"cli.label.{key}", lang, key)

    def word(domain: str, code: str) -> str:
        return (value_word((domain,), code, lang) or code) if lang != "en" else code

    keys = ("documents", "projects", "findings", "note", *outcome.written)
    pad = max(10, *(len(label(k)) + 1 for k in keys))

    t = outcome.tables
    lines: list[str] = [f"socreport {outcome.command}:"]
    if t is not None and outcome.command != "report":
        docs = t.documents
        st = Counter(docs["status"].tolist())
        found = text("cli.documents", lang, n=len(docs), ok=st.get("ok", 0), fallback=st.get("fallback", 0),
                     skipped=st.get("skipped", 0))
        lines.append(f"  {label('documents'):<{pad}} {found}")
        for status in ("skipped", "fallback"):
            rows = docs[docs["status"] == status]
            for _, row in rows.head(SUMMARY_LIST).iterrows():
                msg = row["message"] if isinstance(row["message"], str) and row["message"] else status
                lines.append(f"    {word('status', status):<8} {row['path']}: {msg}")
            if len(rows) > SUMMARY_LIST:
                lines.append("    " + text("cli.more", lang, n=len(rows) - SUMMARY_LIST, status=word("status", status)))
    if t is not None:
        lines.append(f"  {label('projects'):<{pad}} {len(t.projects)}")
        q = t.quality
        if q is not None:
            sev = Counter(q["severity"].tolist())
            parts = [f"{word('severity', s)}: {sev[s]}" for s in ("error", "warning", "info") if sev.get(s)]
            lines.append(f"  {label('findings'):<{pad}} {len(q)}" + (f" ({', '.join(parts)})" if parts else ""))
            checks = Counter(q["check"].tolist()).most_common()
            if checks:
                shown = ", ".join(f"{n} {word('check', c)}" for c, n in checks[:4])
                more = ", " + text("cli.more_kinds", lang, n=len(checks) - 4) if len(checks) > 4 else ""
                lines.append(" " * (pad + 3) + f"{shown}{more} {text('cli.see_quality', lang)}")
    for key, what in outcome.written.items():
        if isinstance(what, (list, tuple)):
            folders = sorted({_rel(Path(p).parent) for p in what})
            files = text("cli.file" if len(what) == 1 else "cli.files", lang, n=len(what),
                         folders=", ".join(folders) or "-")
            lines.append(f"  {label(key):<{pad}} {files}")
        else:
            lines.append(f"  {label(key):<{pad}} {_rel(Path(str(what)))}")
    lines.extend(f"  {label('note'):<{pad}} {n}" for n in outcome.notes)
    return lines


def summary_json(outcome: Outcome | None, status: int, *, command: str, error: str | None = None) -> dict:
    """The summary as a JSON-ready dict for scripts (``--json``): the same facts as
    :func:`summary_lines`, with counts as numbers and paths as strings (relative to the current
    folder where they lie under it). Keys: ``command``, ``status`` (the exit status), ``ok`` (status
    0 or 1), then ``documents`` (``found``, ``read``, ``fallback``, ``skipped`` and the ``problems``:
    path, status and message of every skipped or fallback file), ``projects``, ``findings``
    (``total``, ``by_severity``, ``by_check``), ``outputs`` (label -> path, or list of paths),
    ``notes``, and ``error`` (a one-line message, or null)."""
    doc: dict[str, object] = {"command": command, "status": status, "ok": status in (EXIT_OK, EXIT_SKIPPED)}
    t = outcome.tables if outcome is not None else None
    if t is not None and command != "report":
        docs = t.documents  # type: ignore[attr-defined]
        st = Counter(docs["status"].tolist())
        bad = docs[docs["status"] != "ok"]
        doc["documents"] = {
            "found": len(docs), "read": st.get("ok", 0), "fallback": st.get("fallback", 0),
            "skipped": st.get("skipped", 0),
            "problems": [{"path": str(r["path"]), "status": str(r["status"]),
                          "message": r["message"] if isinstance(r["message"], str) else None}
                         for _, r in bad.iterrows()],
        }
    if t is not None:
        doc["projects"] = len(t.projects)  # type: ignore[attr-defined]
        q = t.quality  # type: ignore[attr-defined]
        if q is not None:
            sev = Counter(q["severity"].tolist())
            doc["findings"] = {"total": len(q),
                               "by_severity": {s: sev.get(s, 0) for s in ("error", "warning", "info")},
                               "by_check": dict(sorted(Counter(q["check"].tolist()).items()))}
    if outcome is not None:
        outs: dict[str, object] = {}
        for label, what in outcome.written.items():
            if isinstance(what, (list, tuple)):
                outs[label] = [_rel(Path(p)) for p in what]
            else:
                outs[label] = _rel(Path(str(what)))
        doc["outputs"] = outs
        doc["notes"] = list(outcome.notes)
    doc["error"] = error
    return doc


def _print_json(doc: dict) -> None:
    print(json.dumps(doc, ensure_ascii=False, indent=2), file=sys.stdout, flush=True)


# -- entry point ----------------------------------------------------------------------------------

def _error(msg: str, stream: TextIO) -> None:
    print(f"socreport: error: {msg}", file=stream)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (see :data:`EXIT_STATUS_HELP`)."""
    err = sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
    except UsageError as exc:
        _error(str(exc), err)
        if "--json" in (list(argv) if argv is not None else sys.argv[1:]):
            _print_json(summary_json(None, EXIT_USAGE, command="", error=str(exc)))
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    try:
        return _run(args, err)
    finally:
        stages = getattr(args, "stages", None)
        if stages is not None:
            stages.close()


def _run(args: argparse.Namespace, err: TextIO) -> int:
    """Run the parsed command: lock its output folders, run it, report (see :func:`main`)."""
    as_json = getattr(args, "json", False)

    def fail(msg: str, status: int) -> int:
        if getattr(args, "stages", None) is not None:
            args.stages.close()
        _error(msg, err)
        if as_json:
            _print_json(summary_json(None, status, command=args.command, error=msg))
        return status

    from .engine import EngineError
    from .fetch import UrlListError
    from .files import LockTimeout, output_lock
    from .outputs import TablesNotFound, TablesUnreadable
    from .sources import InputError, one_line

    def waiting(folder: Path) -> None:
        if not getattr(args, "quiet", False):
            print(f"socreport: waiting for another socreport run writing to {_rel(folder)} ...", file=err)

    folders = _output_folders(args)
    try:
        _precheck(args)  # before any output folder is created or locked
    except (InputError, TablesNotFound) as exc:
        return fail(str(exc), EXIT_USAGE)
    what = "workbook" if args.command == "report" else "tables"
    try:
        with ExitStack() as stack:
            try:
                stack.enter_context(output_lock(folders, wait=LOCK_WAIT, on_wait=waiting))
            except LockTimeout:
                raise
            except OSError as exc:  # an output folder cannot be created
                raise OutputError(f"cannot write the {what} to {exc.filename or folders[0]}: "
                                  f"{exc.strerror or exc}") from exc
            status, outcome = args.func(args)
    except (InputError, EngineError, TablesNotFound, TablesUnreadable, UrlListError) as exc:
        return fail(str(exc), EXIT_USAGE)
    except (OutputError, LockTimeout) as exc:
        return fail(str(exc), EXIT_WRITE)
    except Exception as exc:  # noqa: BLE001 - a bug: one line (the traceback with --debug), own exit status
        if getattr(args, "debug", False):
            import traceback

            traceback.print_exc(file=err)
        return fail(f"internal error ({one_line(exc)}); rerun with --debug for the traceback and please report it",
                    EXIT_INTERNAL)
    stages = getattr(args, "stages", None)
    if stages is not None:
        stages.close()  # the bar is gone before the summary is printed
    if as_json:
        _print_json(summary_json(outcome, status, command=args.command))
    elif not getattr(args, "quiet", False):
        print("\n".join(summary_lines(outcome, getattr(args, "lang", "en"))), file=err)
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
