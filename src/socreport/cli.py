"""The ``socreport`` command: ``build`` (the main job), ``extract`` and ``report``.

stdout stays empty unless ``--json`` asks for the summary there; progress (on a terminal, or a line
per stage with ``--verbose``), the closing summary and errors go to stderr. The exit status says how
the run went (see :data:`EXIT_STATUS_HELP`).

This module is the entry point (:func:`main`: parse, lock the output folders, run, report, map
errors to exit statuses); the grammar is :mod:`socreport.cli_args`, what each command does
:mod:`socreport.cli_commands`, the closing summary :mod:`socreport.cli_summary`, and ``fetch``
:mod:`socreport.fetch_cli`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import TextIO

from . import config
from .cli_args import EXIT_STATUS_HELP, UsageError, build_parser
from .cli_commands import (
    EXIT_INTERNAL,
    EXIT_NOTHING,
    EXIT_OK,
    EXIT_SKIPPED,
    EXIT_USAGE,
    EXIT_WRITE,
    OutputError,
    rel,
)
from .cli_summary import summary_json, summary_lines

__all__ = [
    "EXIT_INTERNAL",
    "EXIT_NOTHING",
    "EXIT_OK",
    "EXIT_SKIPPED",
    "EXIT_STATUS_HELP",
    "EXIT_USAGE",
    "EXIT_WRITE",
    "build_parser",
    "main",
    "summary_lines",
]

#: Seconds a run waits for another run that writes to the same output folder, then exits 4.
LOCK_WAIT: float = 600.0


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


# -- entry point ----------------------------------------------------------------------------------


def _print_json(doc: dict) -> None:
    print(json.dumps(doc, ensure_ascii=False, indent=2), file=sys.stdout, flush=True)


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
            print(f"socreport: waiting for another socreport run writing to {rel(folder)} ...", file=err)

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
                raise OutputError(
                    f"cannot write the {what} to {exc.filename or folders[0]}: {exc.strerror or exc}"
                ) from exc
            status, outcome = args.func(args)
    except (InputError, EngineError, TablesNotFound, TablesUnreadable, UrlListError) as exc:
        return fail(str(exc), EXIT_USAGE)
    except (OutputError, LockTimeout) as exc:
        return fail(str(exc), EXIT_WRITE)
    except Exception as exc:  # noqa: BLE001 - a bug: one line (the traceback with --debug), own exit status
        if getattr(args, "debug", False):
            import traceback

            traceback.print_exc(file=err)
        return fail(
            f"internal error ({one_line(exc)}); rerun with --debug for the traceback and please report it",
            EXIT_INTERNAL,
        )
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
