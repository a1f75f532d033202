"""The ``socreport`` command line's grammar: the sub-commands ``build``, ``extract`` and ``report``
(``fetch`` comes from :mod:`socreport.fetch_cli`), their arguments, the argument types, and the exit
statuses the help documents."""

from __future__ import annotations

import argparse
import os
import re
import textwrap
from pathlib import Path

from . import config
from .cli_commands import cmd_build, cmd_extract, cmd_report, rel

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


class UsageError(Exception):
    """Bad command line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see `{self.prog} --help`)")


# -- argument types -------------------------------------------------------------------------------

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}


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
    g.add_argument(
        "--jobs",
        "-j",
        type=parse_jobs,
        default=1,
        metavar="N",
        help="worker processes (default 1; 0 = one per core); output is identical to a serial run",
    )
    g.add_argument(
        "--engine",
        choices=("serial", "dask"),
        default="serial",
        help="serial (local, with --jobs processes) or dask (a dask bag; needs socreport[dask])",
    )
    g.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        default=None,
        help="dask.distributed scheduler, e.g. tcp://10.0.0.5:8786 (with --engine dask)",
    )
    g.add_argument(
        "--staging",
        metavar="DIR",
        type=Path,
        default=None,
        help="folder for dask's intermediate Parquet files; must be shared by all workers "
        "(default: a temporary folder, removed afterwards)",
    )
    p.add_argument(
        "--max-bytes",
        type=parse_size,
        default=config.DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"skip files larger than this (bytes; k/M/G suffixes; default {config.DEFAULT_MAX_BYTES // 1024**2}M)",
    )
    p.add_argument(
        "--time-budget",
        type=parse_seconds,
        default=config.DEFAULT_SECONDS_PER_MB,
        metavar="SECONDS",
        help=f"seconds a document may take per MB of its size (at least "
        f"{config.MIN_BUDGET_SECONDS:g} s), after which it is skipped with a reason; "
        f"0 = no limit (default {config.DEFAULT_SECONDS_PER_MB:g})",
    )
    _add_output_args(p)


def _add_output_args(p: argparse.ArgumentParser) -> None:
    """--quiet, --verbose and --json: what the run says on stderr, and the summary as JSON on stdout."""
    g = p.add_mutually_exclusive_group()
    g.add_argument("--quiet", "-q", action="store_true", help="no progress and no summary on stderr (errors only)")
    g.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="also a line per stage with its time on stderr, even when stderr is a file or a pipe",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="print the summary as one JSON object on stdout (instead of the text summary on stderr)",
    )


def _add_per_document_arg(p: argparse.ArgumentParser, *, default: bool) -> None:
    """``--per-document`` / ``--merge``: whether a project that several documents describe is one row
    (merged, newest article first) or one row per document. ``build`` merges by default (the
    researcher's table), ``extract`` keeps documents apart by default (what each page states)."""
    g = p.add_mutually_exclusive_group()
    g.add_argument(
        "--per-document",
        dest="per_document",
        action="store_true",
        help="one projects row per project and document: a project that several documents "
        "describe is not merged across them, each row holds only what its document states"
        + (" (the default of extract)" if default else ""),
    )
    g.add_argument(
        "--merge",
        dest="per_document",
        action="store_false",
        help="one projects row per project: a project that several documents describe is merged "
        "across them, each field from the newest article stating it" + ("" if default else " (the default of build)"),
    )
    p.set_defaults(per_document=default)


def _add_debug_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--debug", action="store_true", help="on an internal error, print the full traceback")


def build_parser() -> argparse.ArgumentParser:
    """The ``socreport`` parser: ``--version`` and the sub-commands, each with its arguments."""
    from . import __version__
    from .fetch_cli import add_fetch_command

    fmt = argparse.RawDescriptionHelpFormatter
    parser = _Parser(
        prog="socreport",
        formatter_class=fmt,
        epilog=EXIT_STATUS_HELP,
        description=_wrap(
            "Budgets, funding, dates and beneficiaries of EU-funded social-service projects, "
            "read from Latvian, English and Lithuanian project pages into tidy tables, indicators, findings, "
            "figures and an Excel workbook."
        ),
    )
    parser.add_argument("--version", "-V", action="version", version=f"socreport {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_build_command(sub, fmt)
    _add_extract_command(sub, fmt)
    _add_report_command(sub, fmt)
    add_fetch_command(sub, fmt, parse_size)
    return parser


def _add_build_command(sub, fmt: type[argparse.HelpFormatter]) -> None:
    """``build``: inputs -> tables, workbook and figures."""
    b = sub.add_parser(
        "build",
        formatter_class=fmt,
        epilog=EXIT_STATUS_HELP,
        help="the main job: pages -> tables, indicators, findings, workbook, figures",
        description=_wrap(
            "Read INPUT files and folders (recursively: .txt, .md, .html, .htm, .pdf, .docx, .odt), extract the "
            "tables, compute indicators and quality findings, and write the tables (CSV, "
            "Parquet, datapackage.json), the Excel workbook and the figures. With no "
            f"arguments: {rel(config.DEFAULT_RAW)} -> {rel(config.DEFAULT_CLEAN)}, "
            f"{rel(config.DEFAULT_REPORT)}, {rel(config.DEFAULT_FIGURES)}."
        ),
    )
    b.add_argument(
        "inputs", nargs="*", type=Path, metavar="INPUT", help=f"files or folders (default {rel(config.DEFAULT_RAW)})"
    )
    b.add_argument(
        "--out",
        type=Path,
        default=config.DEFAULT_CLEAN,
        metavar="DIR",
        help=f"tables folder (default {rel(config.DEFAULT_CLEAN)})",
    )
    b.add_argument(
        "--report",
        type=Path,
        default=config.DEFAULT_REPORT,
        metavar="FILE",
        help=f"Excel workbook (default {rel(config.DEFAULT_REPORT)})",
    )
    b.add_argument(
        "--figures",
        type=Path,
        default=config.DEFAULT_FIGURES,
        metavar="DIR",
        help=f"figures folder, PNG and SVG (default {rel(config.DEFAULT_FIGURES)})",
    )
    b.add_argument("--lang", choices=("en", "lv"), default="en", help="labels of workbook and figures")
    _add_engine_args(b)
    _add_per_document_arg(b, default=False)
    _add_debug_arg(b)
    b.set_defaults(func=cmd_build)


def _add_extract_command(sub, fmt: type[argparse.HelpFormatter]) -> None:
    """``extract``: inputs -> tables."""
    e = sub.add_parser(
        "extract",
        formatter_class=fmt,
        epilog=EXIT_STATUS_HELP,
        help="pages -> tables (with indicators and quality findings) as CSV + Parquet",
        description=_wrap(
            "Read INPUT files and folders and write every table (documents, projects, funding, "
            "partners, beneficiaries, facts, sources, indicators, partner_shares, aggregates, "
            "quality) as CSV and Parquet plus datapackage.json to --out. Each document's projects "
            "are rows of their own, holding what that page states (--merge joins a project that "
            "several documents describe into one row, as build does)."
        ),
    )
    e.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="files or folders")
    e.add_argument(
        "--out",
        type=Path,
        default=config.DEFAULT_CLEAN,
        metavar="DIR",
        help=f"tables folder (default {rel(config.DEFAULT_CLEAN)})",
    )
    _add_engine_args(e)
    _add_per_document_arg(e, default=True)
    _add_debug_arg(e)
    e.set_defaults(func=cmd_extract)


def _add_report_command(sub, fmt: type[argparse.HelpFormatter]) -> None:
    """``report``: written tables -> workbook."""
    r = sub.add_parser(
        "report",
        formatter_class=fmt,
        epilog="exit status:\n  0  workbook written\n  2  usage error, no tables in --tables, or a table\n"
        "     file there that cannot be read (corrupt or not written by socreport)\n"
        "  4  the workbook could not be written\n  5  internal error (--debug shows the traceback)\n",
        help="tables written by extract/build -> Excel workbook",
        description=_wrap(
            "Write the Excel workbook from the tables in --tables (as written by "
            "`socreport extract` or `socreport build`)."
        ),
    )
    r.add_argument(
        "--tables",
        type=Path,
        default=config.DEFAULT_CLEAN,
        metavar="DIR",
        help=f"tables folder (default {rel(config.DEFAULT_CLEAN)})",
    )
    r.add_argument(
        "--out",
        type=Path,
        default=config.DEFAULT_REPORT,
        metavar="FILE",
        help=f"workbook to write (default {rel(config.DEFAULT_REPORT)})",
    )
    r.add_argument("--lang", choices=("en", "lv"), default="en", help="labels of the workbook")
    _add_output_args(r)
    _add_debug_arg(r)
    r.set_defaults(func=cmd_report)


def _wrap(text: str) -> str:
    return textwrap.fill(text, width=78)
