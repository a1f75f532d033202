"""The ``socreport fetch`` command: a list of web addresses -> saved pages and ``fetch.csv``.

Registered by :mod:`socreport.cli_args` (this module does not import it back): ``cmd_fetch`` returns
the exit status and an outcome with the fields the CLI's summary reads."""

from __future__ import annotations

import argparse
import textwrap
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

EXIT_OK = 0  #: every address saved
EXIT_SOME_FAILED = 1  #: some addresses failed
EXIT_NOTHING = 3  #: no address saved (the usage error, 2, is the CLI's)

FETCH_EXIT_HELP = """\
exit status:
  0  every address was saved (or was already saved)
  1  some addresses failed; their reasons are in the error column of fetch.csv
  2  usage error, or the list of addresses cannot be read
  3  no address could be saved (or the list is empty)
"""


@dataclass
class FetchOutcome:
    """What ``fetch`` did, in the shape of the CLI's outcome (no tables)."""

    command: str = "fetch"
    tables: object = None
    written: dict[str, object] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def add_fetch_command(sub, fmt, size: Callable[[str], int]) -> None:
    """Register ``fetch`` on the CLI's sub-command parser; ``size`` parses ``--max-bytes``."""
    f = sub.add_parser(
        "fetch",
        formatter_class=fmt,
        epilog=FETCH_EXIT_HELP,
        help="web addresses -> saved pages (HTML, PDF, Word) with a manifest, for build",
        description=textwrap.fill(
            "Download every address in URLS (a text file, one address per line, # comments allowed; or a "
            "CSV file with a url column) into --into, politely: robots.txt respected, a delay per host, "
            "timeouts, retries with back-off on 429 and server errors, a size limit. The bytes are saved "
            "unchanged and fetch.csv lists every address (final address, HTTP status, content type, time, "
            "SHA-256, file, error). Addresses already saved are skipped unless --refresh. Then "
            "`socreport build DIR` reads the pages and gives each document its address.",
            width=78,
        ),
    )
    _fetch_arguments(f, size)
    f.set_defaults(func=cmd_fetch)


def _fetch_arguments(f: argparse.ArgumentParser, size: Callable[[str], int]) -> None:
    """The arguments of ``fetch``: the address list, the folder, and the politeness options with
    their defaults from :class:`socreport.fetch.Options`."""
    from .fetch import Options

    d = Options()
    f.add_argument("urls", type=Path, metavar="URLS", help="file listing the addresses")
    f.add_argument("--into", type=Path, required=True, metavar="DIR", help="folder for the pages and fetch.csv")
    f.add_argument(
        "--refresh",
        action="store_true",
        help="ask again for addresses already saved (a 304 Not Modified keeps the file)",
    )
    f.add_argument(
        "--delay",
        type=float,
        default=d.delay,
        metavar="S",
        help=f"seconds between two requests to the same host (default {d.delay:g}; robots.txt "
        "Crawl-delay wins when longer)",
    )
    f.add_argument(
        "--timeout",
        type=float,
        default=d.timeout,
        metavar="S",
        help=f"seconds for connecting, for each read and for a whole download (default {d.timeout:g})",
    )
    f.add_argument(
        "--retries",
        type=int,
        default=d.retries,
        metavar="N",
        help=f"extra attempts after a 429/5xx answer or a timeout (default {d.retries})",
    )
    f.add_argument(
        "--max-bytes",
        type=size,
        default=d.max_bytes,
        metavar="N",
        help=f"largest page kept (bytes; k/M suffixes; default {d.max_bytes // 1024**2}M)",
    )
    f.add_argument(
        "--contact",
        metavar="EMAIL",
        default="",
        help="an address for site owners, added to the User-Agent (recommended)",
    )
    f.add_argument("--quiet", "-q", action="store_true", help="no summary")
    f.add_argument("--debug", action="store_true", help="on an internal error, print the traceback too")


def cmd_fetch(args: argparse.Namespace) -> tuple[int, FetchOutcome]:
    from .fetch import MANIFEST, USER_AGENT, Options, UrlListError, fetch_urls, read_url_list

    if args.delay < 0 or args.timeout <= 0 or args.retries < 0:
        raise UrlListError("--delay must be 0 or more, --timeout more than 0, --retries 0 or more")
    agent = USER_AGENT[:-1] + f"; {args.contact})" if args.contact else USER_AGENT
    opts = Options(
        delay=args.delay,
        timeout=args.timeout,
        retries=args.retries,
        max_bytes=args.max_bytes,
        user_agent=agent,
        refresh=args.refresh,
    )
    urls = read_url_list(args.urls)
    entries = fetch_urls(urls, args.into, opts)
    out = FetchOutcome()
    failed = [e for e in entries if not e.ok]
    out.notes.append(f"{len(entries)} addresses: {len(entries) - len(failed)} saved, {len(failed)} failed")
    reasons = Counter(e.error for e in failed)
    for e in failed[:8]:
        out.notes.append(f"failed  {e.url}: {e.error}")
    if len(failed) > 8:
        out.notes.append(f"... and {len(failed) - 8} more failed ({len(reasons)} kinds of error; see {MANIFEST})")
    out.written["manifest"] = Path(args.into) / MANIFEST
    if not entries or len(failed) == len(entries):
        return EXIT_NOTHING, out
    return (EXIT_SOME_FAILED if failed else EXIT_OK), out
