"""Downloading web pages politely into a folder, with a manifest of what came from where.

:func:`fetch_urls` reads a list of addresses (a text file with one address per line, ``#``
comments allowed, or a CSV file with a ``url`` column) and downloads each with requests:

* a clear User-Agent (:data:`USER_AGENT`, plus a contact address when given);
* robots.txt respected (its ``Disallow`` rules for our agent and its ``Crawl-delay``); a
  robots.txt that answers 401/403 forbids the host, a missing one (404) allows everything, one
  that answers with a server error forbids the host for this run;
* a delay between two requests to the same host (``delay`` seconds, or the Crawl-delay);
* a timeout for connecting, for each read and for the whole download;
* retries with back-off on 429 and 5xx answers and on timeouts: the server's ``Retry-After``
  (seconds or an HTTP date; one longer than ``max_wait`` ends the attempts) or
  ``backoff · 2^attempt`` seconds;
* redirects followed (at most :data:`MAX_REDIRECTS`), robots.txt checked for every hop;
* a size limit (``Content-Length`` checked first, then the bytes counted while reading);
* only HTML, plain text, PDF, Word (.docx) and OpenDocument text (.odt) are kept (by the
  ``Content-Type``, or by the content when the server says ``application/octet-stream``).

The bytes are saved unmodified (one file per address; the name comes from the address) and every
address gets a row in the manifest ``fetch.csv`` in the same folder, also when it fails (the
``error`` column says why). The manifest is rewritten after each address, so an interrupted run
loses nothing. Running again skips addresses already saved unless ``refresh``, which asks the
server again with the saved ``ETag``/``Last-Modified`` (a ``304 Not Modified`` keeps the file).

:func:`manifest_entry` finds the manifest row of a saved file, so that ``socreport build`` can
give each document its ``url`` and ``retrieved_at``.
"""

from __future__ import annotations

import csv
import email.utils
import hashlib
import io
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from . import __version__

MANIFEST = "fetch.csv"
USER_AGENT = f"socreport/{__version__} (reads public pages of EU-funded projects for research; python-requests)"
#: The name robots.txt rules are matched against.
ROBOTS_AGENT = "socreport"
MAX_REDIRECTS = 5
RETRY_STATUSES = frozenset((429, 500, 502, 503, 504))
REDIRECT_STATUSES = frozenset((301, 302, 303, 307, 308))
#: Content types kept, and the file ending they are saved with.
CONTENT_TYPES: dict[str, str] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "txt",
    "text/markdown": "md",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.oasis.opendocument.text": "odt",
}
_ROBOTS_MAX_BYTES = 512 * 1024
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Options:
    """How politely and how patiently to fetch (seconds, bytes)."""

    delay: float = 2.0  # between two requests to one host
    timeout: float = 30.0  # connect, each read, and the whole download
    retries: int = 3  # extra attempts after a 429/5xx answer or a timeout
    backoff: float = 2.0  # first back-off wait; doubles with each attempt
    max_wait: float = 120.0  # longest wait honoured for a Retry-After
    max_bytes: int = 20 * 1024 * 1024
    user_agent: str = USER_AGENT
    robots: bool = True
    refresh: bool = False


@dataclass(frozen=True)
class Entry:
    """One row of the manifest ``fetch.csv``."""

    url: str
    final_url: str = ""  # after redirects
    status: str = ""  # HTTP status of the last answer ("" when none came)
    content_type: str = ""
    retrieved_at: str = ""  # UTC, ISO 8601
    sha256: str = ""
    file: str = ""  # file name in the folder ("" when nothing was saved)
    bytes: str = ""
    etag: str = ""
    last_modified: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        return bool(self.file) and not self.error


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Entry))


class UrlListError(ValueError):
    """The list of addresses cannot be read."""


# -- the list of addresses and the manifest ------------------------------------------------------


def read_url_list(path: str | Path) -> list[str]:
    """Addresses from a text file (one per line, ``#`` comments and blank lines ignored) or a CSV
    file with a ``url`` column; duplicates dropped, order kept."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UrlListError(f"list of addresses not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UrlListError(f"cannot read the list of addresses {path}: {exc}") from None
    first = text.split("\n", 1)[0]
    if p.suffix.lower() == ".csv" or re.search(r"(?:^|[,;\t])\s*\"?url\"?\s*(?:[,;\t]|$)", first, re.IGNORECASE):
        dialect = csv.Sniffer().sniff(first, delimiters=",;\t") if any(c in first for c in ",;\t") else csv.excel
        rows = csv.DictReader(io.StringIO(text), dialect=dialect)
        key = next((f for f in rows.fieldnames or [] if f.strip().lower() == "url"), None)
        if key is None:
            raise UrlListError(f"{path}: a CSV list of addresses needs a 'url' column")
        urls = [(r.get(key) or "").strip() for r in rows]
    else:
        # an address has no spaces, so " #" starts a comment after it
        urls = [line.split(" #", 1)[0].strip() for line in text.splitlines()]
    out: list[str] = []
    seen: set[str] = set()
    for u in urls:
        if u and not u.startswith("#") and u not in seen:
            seen.add(u)
            out.append(u)
    return out


def read_manifest(folder: str | Path) -> list[Entry]:
    """The manifest rows of ``folder`` (``[]`` when it has none)."""
    p = Path(folder) / MANIFEST
    try:
        text = p.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return []
    rows = csv.DictReader(io.StringIO(text))
    return [Entry(**{c: (r.get(c) or "") for c in COLUMNS}) for r in rows if r.get("url")]


def write_manifest(folder: str | Path, entries: Sequence[Entry]) -> Path:
    """Write ``fetch.csv`` (atomically: a temporary file renamed into place)."""
    folder = Path(folder)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for e in entries:
        w.writerow([getattr(e, c) for c in COLUMNS])
    return _write_atomic(folder / MANIFEST, buf.getvalue().encode("utf-8"))


def _write_atomic(path: Path, data: bytes) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path


@lru_cache(maxsize=64)
def _manifest_files(folder: str, mtime_ns: int, size: int) -> dict[str, Entry]:
    return {e.file: e for e in read_manifest(folder) if e.file}


def manifest_entry(path: str | Path) -> Entry | None:
    """The manifest row of a file saved by :func:`fetch_urls` (from ``fetch.csv`` in the file's
    folder), or ``None``."""
    p = Path(path)
    m = p.parent / MANIFEST
    try:
        st = m.stat()
    except OSError:
        return None
    return _manifest_files(str(p.parent), st.st_mtime_ns, st.st_size).get(p.name)


# -- file names -----------------------------------------------------------------------------------


def file_name(url: str, ending: str) -> str:
    """A stable, readable file name for ``url``: host and path as ASCII words, a short hash of the
    whole address (so two addresses never share a name), and ``ending``."""
    parts = urlsplit(url)
    words = re.sub(r"[^a-z0-9]+", "-", f"{parts.hostname or ''} {parts.path} {parts.query}".lower()).strip("-")
    words = re.sub(r"-(?:html?|php|aspx?)$", "", words)[:80].strip("-") or "page"
    return f"{words}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:8]}.{ending}"


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _sniff(data: bytes) -> str:
    """File ending for bytes whose content type says nothing (``""`` when not a kept kind)."""
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        from .readers.office import office_kind

        return office_kind(data)
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return "html"
    return ""


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date), or ``None``."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


# -- fetching -------------------------------------------------------------------------------------


class _Failure(Exception):
    """A request that gave no usable answer (the message is the manifest's error)."""


class Fetcher:
    """Fetches addresses one after another with the politeness rules of the module docstring.

    ``session`` is a :class:`requests.Session` (one is made when not given); ``sleep`` and
    ``clock`` can be replaced in tests."""

    def __init__(
        self,
        options: Options = Options(),
        session=None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ):
        import requests

        self.options = options
        self.session = session if session is not None else requests.Session()
        self.session.headers["User-Agent"] = options.user_agent
        self._sleep, self._clock = sleep, clock
        self._last: dict[str, float] = {}
        self._robots: dict[str, object] = {}
        self._host_delay: dict[str, float] = {}

    # politeness
    def _wait_for(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            wait = last + self._host_delay.get(host, self.options.delay) - self._clock()
            if wait > 0:
                self._sleep(wait)

    def _request(self, url: str, headers: dict[str, str] | None = None, *, redirects: bool = False):
        """One GET with retries; returns the response (streamed) or raises :class:`_Failure`."""
        import requests

        host = urlsplit(url).netloc.lower()
        t = self.options.timeout
        attempt = 0
        while True:
            self._wait_for(host)
            try:
                resp = self.session.get(
                    url, headers=headers or {}, timeout=(t, t), stream=True, allow_redirects=redirects
                )
                failure = None
            except requests.Timeout:
                resp, failure = None, f"timed out after {t:g} s"
            except requests.exceptions.SSLError as exc:
                raise _Failure(f"TLS error: {_first_line(exc)}") from None
            except requests.ConnectionError as exc:
                raise _Failure(f"cannot connect: {_first_line(exc)}") from None
            except requests.RequestException as exc:
                raise _Failure(f"request failed: {_first_line(exc)}") from None
            finally:
                self._last[host] = self._clock()
            if resp is not None and resp.status_code not in RETRY_STATUSES:
                return resp
            if attempt >= self.options.retries:
                if resp is not None:
                    return resp
                raise _Failure(failure + (f" ({attempt + 1} attempts)" if attempt else ""))
            wait = None
            if resp is not None:
                wait = retry_after(resp.headers.get("Retry-After"))
                if wait is not None and wait > self.options.max_wait:
                    return resp  # the server asks for a longer pause than we wait: give up politely
                resp.close()
            if wait is None:
                wait = self.options.backoff * (2**attempt)
            self._sleep(min(wait, self.options.max_wait))
            attempt += 1

    def _allowed(self, url: str) -> bool:
        """Whether robots.txt of ``url``'s host lets us fetch it (fetched once per host)."""
        if not self.options.robots:
            return True
        from urllib.robotparser import RobotFileParser

        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}".lower()
        if key not in self._robots:
            rp = RobotFileParser()
            try:
                resp = self._request(key + "/robots.txt", redirects=True)
                try:
                    body = _read_limited(resp, _ROBOTS_MAX_BYTES, self.options.timeout, self._clock)
                except _Failure:
                    body = b""
                if resp.status_code == 200:
                    rp.parse(body.decode("utf-8", errors="replace").splitlines())
                elif resp.status_code in (401, 403) or resp.status_code >= 500:
                    rp.disallow_all = True
                else:
                    rp.allow_all = True
            except _Failure:
                rp.allow_all = True  # the page's own request will report the problem
            self._robots[key] = rp
            delay = rp.crawl_delay(ROBOTS_AGENT) if not (rp.allow_all or rp.disallow_all) else None
            if delay is not None:
                self._host_delay[parts.netloc.lower()] = max(self.options.delay, float(delay))
        rp = self._robots[key]
        return rp.can_fetch(ROBOTS_AGENT, url)  # type: ignore[attr-defined]

    def fetch(self, url: str, into: Path, previous: Entry | None = None) -> Entry:
        """Fetch one address into the folder ``into``; never raises for a bad address."""
        entry = Entry(url, retrieved_at=_now())
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
            return replace(entry, error="not an http(s) address")
        headers: dict[str, str] = {}
        if previous is not None and previous.ok and (into / previous.file).is_file():
            if previous.etag:
                headers["If-None-Match"] = previous.etag
            if previous.last_modified:
                headers["If-Modified-Since"] = previous.last_modified
        current = url
        try:
            for _hop in range(MAX_REDIRECTS + 1):
                if not self._allowed(current):
                    return replace(entry, final_url=current, error="forbidden by robots.txt")
                resp = self._request(current, headers)
                if resp.status_code in REDIRECT_STATUSES and resp.headers.get("Location"):
                    resp.close()
                    current = urljoin(current, resp.headers["Location"])
                    continue
                break
            else:
                return replace(entry, final_url=current, error=f"more than {MAX_REDIRECTS} redirects")
            with resp:
                return self._save(entry, resp, current, into, previous)
        except _Failure as exc:
            return replace(entry, final_url=current if current != url else "", error=str(exc))

    def _save(self, entry: Entry, resp, current: str, into: Path, previous: Entry | None) -> Entry:
        ctype = (resp.headers.get("Content-Type") or "").split(";", 1)[0].strip().lower()
        entry = replace(
            entry,
            final_url=current,
            status=str(resp.status_code),
            content_type=ctype,
            etag=resp.headers.get("ETag", ""),
            last_modified=resp.headers.get("Last-Modified", ""),
        )
        if resp.status_code == 304 and previous is not None:
            return replace(previous, retrieved_at=entry.retrieved_at, status="304", final_url=current, error="")
        if resp.status_code != 200:
            reason = f" {resp.reason}" if getattr(resp, "reason", "") else ""
            return replace(entry, error=f"HTTP {resp.status_code}{reason}")
        size = resp.headers.get("Content-Length", "")
        if size.isdigit() and int(size) > self.options.max_bytes:
            return replace(entry, error=f"too large: {size} bytes, limit {self.options.max_bytes} bytes")
        ending = CONTENT_TYPES.get(ctype, "")
        data = _read_limited(resp, self.options.max_bytes, self.options.timeout, self._clock)
        if not ending or ctype in ("application/octet-stream", "binary/octet-stream"):
            ending = _sniff(data) or ending
        if not ending:
            return replace(entry, error=f"not HTML, text, PDF or Word: content type {ctype or 'missing'}")
        name = file_name(entry.url, ending)
        _write_atomic(into / name, data)
        return replace(entry, sha256=hashlib.sha256(data).hexdigest(), file=name, bytes=str(len(data)))


def _first_line(exc: BaseException) -> str:
    s = " ".join(str(exc).split())
    return s[:300]


def _read_limited(resp, limit: int, timeout: float, clock: Callable[[], float]) -> bytes:
    """The body of a streamed response: at most ``limit`` bytes, within ``timeout`` seconds."""
    import requests

    start = clock()
    buf = bytearray()
    try:
        for chunk in resp.iter_content(_CHUNK):
            buf += chunk
            if len(buf) > limit:
                raise _Failure(f"too large: over {limit} bytes")
            if clock() - start > timeout:
                raise _Failure(f"timed out after {timeout:g} s while reading")
    except requests.RequestException as exc:
        if isinstance(exc, (requests.Timeout, requests.exceptions.ConnectionError)):
            raise _Failure(f"timed out after {timeout:g} s while reading") from None
        raise _Failure(f"download failed: {_first_line(exc)}") from None
    return bytes(buf)


def fetch_urls(
    urls: Iterable[str],
    into: str | Path,
    options: Options = Options(),
    *,
    fetcher: Fetcher | None = None,
    on_done: Callable[[Entry], None] | None = None,
) -> list[Entry]:
    """Fetch every address into ``into`` (created if needed) and write its manifest.

    Returns the manifest rows of ``urls`` in their order. Addresses saved by an earlier run are
    skipped (their rows kept) unless ``options.refresh``; rows of addresses no longer listed stay
    in the manifest after the listed ones."""
    into = Path(into)
    into.mkdir(parents=True, exist_ok=True)
    fetcher = fetcher or Fetcher(options)
    old = {e.url: e for e in read_manifest(into)}
    done: dict[str, Entry] = {}
    urls = list(dict.fromkeys(urls))
    for url in urls:
        prev = old.get(url)
        if prev is not None and prev.ok and not options.refresh and (into / prev.file).is_file():
            entry = prev
        else:
            entry = fetcher.fetch(url, into, prev)
        done[url] = entry
        write_manifest(into, [*done.values(), *(e for u, e in old.items() if u not in done)])
        if on_done is not None:
            on_done(entry)
    if not urls:
        write_manifest(into, list(old.values()))
    return [done[u] for u in urls]


__all__ = [
    "MANIFEST",
    "USER_AGENT",
    "Options",
    "Entry",
    "COLUMNS",
    "Fetcher",
    "UrlListError",
    "read_url_list",
    "read_manifest",
    "write_manifest",
    "manifest_entry",
    "file_name",
    "retry_after",
    "fetch_urls",
]
