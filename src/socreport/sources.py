"""Reading a corpus: find the input files, read each one into normalised text, never lose one.

:func:`discover` turns the paths a user gives into a deterministic list of files with unique
document ids. :func:`read_document` reads one file and always returns a :class:`Document`: a file
that cannot be used comes back with ``status="skipped"`` and a one-line reason, so one bad file
never stops a corpus.

Bytes become text by :mod:`socreport.decoding` (UTF-8, then UTF-8 with a few broken bytes, then
the Baltic legacy encodings; binary formats and texts without enough letters are skipped).

HTML (``.html``/``.htm``, or any file whose content starts like HTML) is read as a person reads
it (:mod:`socreport.readers.html`): hidden elements out, then the main content found by
trafilatura; when there is none (or the page is nested too deep for lxml), the whole visible page,
turned into text by :func:`html_to_text` in one streaming pass over its tags: ``script``,
``style``, ``noscript``, ``template``, ``head`` and hidden elements are dropped, block elements
(``p``, ``div``, ``li``, ``br``, ``h1``–``h6``, ``tr``, ...) become line breaks, ``hr`` becomes a
``---`` separator line, entities are decoded.
PDF, Word (``.docx``) and OpenDocument (``.odt``) files, recognised by their content, are read by
:mod:`socreport.readers.pdf` and :mod:`socreport.readers.office` (a PDF keeps each page's offset).
Markdown and plain text are kept as they are. All text then goes through
:func:`socreport.text.normalise`. A file saved by ``socreport fetch`` gets its web address and
retrieval time from the manifest ``fetch.csv`` in its folder.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .config import DEFAULT_MAX_BYTES, TEXT_SUFFIXES
from .decoding import (
    BINARY_SIGNATURES,
    FALLBACK,
    MIN_LETTER_SHARE,
    MIN_LETTERS,
    OK,
    SKIPPED,
    binary_kind,
    decode,
    letters_verdict,
    text_problem,
)
from .files import file_sha256
from .readers import PAGE_BREAK, PDF_TEXT, PLAIN_TEXT
from .readers.plain import unwrap
from .readers.visible import MAX_HTML_TAGS, HtmlTooLarge, html_to_text
from .text import normalise

_HTML_SUFFIXES = (".html", ".htm")
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|table|h[1-6]|span|ul|ol|main|header)\b",
    re.IGNORECASE | re.DOTALL,
)


class InputError(Exception):
    """An input path given by the user does not exist."""


@dataclass(frozen=True)
class Found:
    """One input file and its document id (unique within a run).

    ``name`` is what the ``documents`` table shows as its path: relative to the input it was found
    under (see :func:`relative_names`), so the same files at another place give the same tables."""

    path: Path
    doc_id: str
    name: str = ""


@dataclass(frozen=True)
class Document:
    """One input file after reading: its normalised text, or why it was skipped."""

    doc_id: str
    path: str
    sha256: str
    text: str
    encoding: str
    status: str  # "ok" | "fallback" | "skipped"
    message: str
    url: str = ""  # web address the file was fetched from (its fetch manifest), else ""
    retrieved_at: str = ""  # when it was fetched, UTC ISO 8601, else ""
    extraction: str = ""  # how the text was taken (socreport.readers.EXTRACTIONS)
    dropped_chars: int | None = None  # HTML: characters of the visible page left out
    unread_chars: int | None = None  # characters of repeated articles and lists of other items (no facts)
    pages: tuple[int, ...] = ()  # PDF: start offset of each page in ``text``

    def without_text(self) -> Document:
        """The same document with ``text=""`` (the tables need the metadata only)."""
        return replace(self, text="")

    def row(self) -> dict:
        """This document's row of the ``documents`` table (empty strings become missing values;
        ``characters`` is the length of the normalised text, missing when skipped)."""
        return {
            "doc_id": self.doc_id,
            "path": self.path,
            "sha256": self.sha256 or None,
            "characters": None if self.status == SKIPPED else len(self.text),
            "encoding": self.encoding or None,
            "status": self.status,
            "message": self.message or None,
            "url": self.url or None,
            "retrieved_at": self.retrieved_at or None,
            "extraction": self.extraction or None,
            "dropped_chars": self.dropped_chars,
            "unread_chars": self.unread_chars,
            "pages": len(self.pages) if self.pages else None,
        }


# -- discovering files ----------------------------------------------------------------------------


def discover(inputs: Sequence[str | Path]) -> list[Found]:
    """Input files with unique document ids, in a deterministic order.

    A file given explicitly is taken whatever its ending; a folder is walked recursively for
    :data:`socreport.config.TEXT_SUFFIXES` (case-insensitive), skipping hidden files and folders,
    in order of relative path. Inputs keep the order given; a file reached twice is listed once.
    The document id is the file name without its ending; files that share one get the names of
    their parent folders prepended (``sub__name``), then their ending appended (``name_html``).

    A symbolic link is listed like a file even when it is broken or part of a loop (reading it
    then gives a ``skipped`` row saying why); links to folders are not followed inside a folder, so
    no loop of links can make the walk run forever.

    Raises :class:`InputError` naming every input path that does not exist (a link that exists
    but points nowhere is an input, not a missing one)."""
    missing = [str(p) for p in inputs if not os.path.lexists(p)]
    if missing:
        raise InputError("input not found: " + ", ".join(missing))
    paths: list[Path] = []
    roots: list[Path] = []
    seen: set[Path] = set()
    for item in inputs:
        root = Path(item)
        is_dir = _is_dir(root)
        files = _walk(root) if is_dir else [root]
        for f in files:
            key = _identity(f)
            if key not in seen:
                seen.add(key)
                paths.append(f)
                roots.append(root if is_dir else root.parent)
    names = relative_names(paths, roots)
    return [Found(p, d, n) for p, d, n in zip(paths, unique_ids(paths), names)]


def relative_names(paths: Sequence[Path], roots: Sequence[Path]) -> list[str]:
    """The path of each file as the ``documents`` table shows it, with ``/`` separators: relative to
    the folder given as input (``sub/page.txt``), or the file name for a file given as input. Where
    two files would get the same name (two input folders both holding ``page.txt``), each gets the
    name of its input folder in front (``raw/page.txt``, ``more/page.txt``); where that still does
    not tell them apart, the path as given. Nothing of where the inputs lie on the disk is kept, so
    the same files copied elsewhere give the same tables."""

    def below(p: Path, root: Path, keep_root: bool) -> str:
        rel = Path(os.path.relpath(p, root))
        if keep_root:
            rel = Path(Path(os.path.abspath(root)).name or "_") / rel
        return rel.as_posix()

    names = [below(p, r, False) for p, r in zip(paths, roots)]
    for keep_root in (True, None):
        counts = Counter(names)
        clash = [i for i, n in enumerate(names) if counts[n] > 1]
        if not clash:
            break
        for i in clash:
            names[i] = below(paths[i], roots[i], True) if keep_root else str(paths[i])
    return names


def _is_dir(p: Path) -> bool:
    """Whether ``p`` is a folder (following links); False for a broken link or a loop of links."""
    try:
        return p.is_dir()
    except (OSError, RuntimeError):
        return False


def _identity(p: Path) -> Path:
    """The real path of ``p`` (a file reached by two routes is listed once), or its absolute path
    when it cannot be resolved (a loop of links: Python raises RuntimeError before 3.13, OSError
    from 3.13)."""
    try:
        return p.resolve(strict=False)
    except (OSError, RuntimeError):
        return Path(os.path.abspath(p))


def _walk(root: Path) -> list[Path]:
    """Text files under ``root``, hidden entries skipped, sorted by relative path."""
    out: list[tuple[tuple[str, ...], Path]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith(".") or not name.lower().endswith(TEXT_SUFFIXES):
                continue
            p = Path(dirpath) / name
            out.append((p.relative_to(root).parts, p))
    out.sort(key=lambda t: t[0])
    return [p for _, p in out]


def unique_ids(paths: Sequence[Path]) -> list[str]:
    """Document ids for ``paths``: the file stem, made unique deterministically (see :func:`discover`)."""
    ids = [p.stem for p in paths]
    groups: dict[str, list[int]] = {}
    for i, d in enumerate(ids):
        groups.setdefault(d, []).append(i)
    for stem, members in groups.items():
        if len(members) < 2:
            continue
        parents = [Path(os.path.abspath(paths[i])).parent.parts for i in members]
        # fewest trailing folder names that tell the different folders apart
        k = 1
        while len({pp[-k:] for pp in parents}) < len(set(parents)):
            k += 1
        chosen = ["__".join([*[x for x in pp[-k:] if x not in ("/", "\\")], stem]) for pp in parents]
        # files of the same folder that share the stem: add the ending
        repeats = {c for c in chosen if chosen.count(c) > 1}
        chosen = [f"{c}_{paths[i].suffix.lstrip('.').lower()}" if c in repeats else c for c, i in zip(chosen, members)]
        for i, c in zip(members, chosen):
            ids[i] = c
    # last resort (e.g. a file literally named like another's disambiguated id): number repeats
    counts: dict[str, int] = {}
    for i, d in enumerate(ids):
        if d in counts:
            counts[d] += 1
            ids[i] = f"{d}~{counts[d]}"
        else:
            counts[d] = 1
    return ids


# -- reading one file -------------------------------------------------------------------------------


def read_document(path: str | Path, *, doc_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file into normalised text. Never raises for a bad file: it comes back ``skipped``
    with a one-line reason (see the module docstring for the decoding rules).

    ``max_bytes`` is the size limit in bytes, checked before reading."""
    p = Path(path)
    did = doc_id if doc_id is not None else p.stem
    base = Document(did, str(path), "", "", "", SKIPPED, "", *_fetched(p))
    data, reason = _read_bytes(p, max_bytes)
    if reason:
        return replace(base, message=reason)
    sha = hashlib.sha256(data).hexdigest()
    if not data:
        return replace(base, message="empty file", sha256=sha)
    try:
        converted = read_binary(data)
    except Exception as exc:  # noqa: BLE001 - one broken PDF or Office file must not stop a corpus
        return replace(base, message=f"cannot convert file ({one_line(exc)})", sha256=sha)
    if converted is not None:
        return _from_pages(base, converted, sha)
    kind = binary_kind(data)
    if kind:
        return replace(base, message=f"binary data ({kind}), not text", sha256=sha)
    return _from_text(replace(base, sha256=sha), p, data)


def _read_bytes(p: Path, max_bytes: int) -> tuple[bytes, str]:
    """The bytes of the file ``p``, or ``b""`` and why they cannot be read (a missing file, a
    broken link or a link loop, a folder, a device, a file over ``max_bytes``, no permission)."""
    try:
        st = os.stat(p)
    except FileNotFoundError:
        return b"", "broken symbolic link (its target does not exist)" if os.path.islink(p) else "file not found"
    except PermissionError:
        return b"", "cannot read file: permission denied"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return b"", "symbolic link loop (the link leads back to itself)"
        return b"", f"cannot read file: {exc.strerror or exc}"
    if stat.S_ISDIR(st.st_mode):
        return b"", "is a directory, not a file"
    if not stat.S_ISREG(st.st_mode):
        return b"", "not a regular file"
    if st.st_size > max_bytes:
        return b"", f"file too large: {st.st_size} bytes, limit {max_bytes} bytes"
    try:
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        return b"", "cannot read file: permission denied"
    except OSError as exc:
        return b"", f"cannot read file: {exc.strerror or exc}"
    if len(data) > max_bytes:
        return b"", f"file too large: over {max_bytes} bytes"
    return data, ""


def _from_text(base: Document, p: Path, data: bytes) -> Document:
    """The document of a text file (plain, Markdown or HTML) whose bytes are ``data``."""

    def skip(reason: str, **kw: Any) -> Document:
        return replace(base, message=reason, **kw)

    decoded = decode(data)
    if decoded is None:
        return skip("not valid UTF-8 and not plausible cp1257/ISO-8859-13 text")
    raw, encoding, status, message = decoded
    if not raw.strip():
        return skip("only whitespace, no text", encoding=encoding)
    is_html = p.suffix.lower() in _HTML_SUFFIXES or bool(_HTML_START.match(raw[:4096]))
    if is_html:
        from .readers.html import read_html

        try:
            page = read_html(raw, html_to_text, normalise)
        except HtmlTooLarge as exc:
            return skip(str(exc), encoding=encoding)
        except Exception as exc:  # noqa: BLE001 - one bad page (deep, malformed) must not stop a corpus
            return skip(f"cannot convert HTML ({one_line(exc)})", encoding=encoding)
        text, extraction, dropped = page.pages[0], page.extraction, page.dropped_chars
    else:
        text, extraction, dropped = unwrap(normalise(raw)), PLAIN_TEXT, None
    problem = text_problem(text)
    if problem:
        return skip(problem, encoding=encoding)
    return replace(
        base, text=text, encoding=encoding, status=status, message=message, extraction=extraction, dropped_chars=dropped
    )


def read_binary(data: bytes):
    """A PDF, Word (.docx) or OpenDocument (.odt) file as :class:`socreport.readers.Converted`
    (recognised by content, whatever the file's ending); ``None`` for any other bytes."""
    if data.startswith(b"%PDF"):
        from .readers.pdf import read_pdf

        return read_pdf(data)
    if data.startswith(b"PK\x03\x04"):
        from .readers.office import office_kind, read_docx, read_odt

        kind = office_kind(data)
        if kind:
            return read_docx(data) if kind == "docx" else read_odt(data)
    return None


def join_pages(pages: Sequence[str]) -> tuple[str, tuple[int, ...]]:
    """Normalised pages joined by :data:`socreport.readers.PAGE_BREAK`, with each page's start
    offset in the joined text (an empty page starts where the next one does)."""
    parts: list[str] = []
    starts: list[int] = []
    size = 0
    for raw in pages:
        page = normalise(raw)
        if page and parts:
            parts.append(PAGE_BREAK)
            size += len(PAGE_BREAK)
        starts.append(size)
        if page:
            parts.append(page)
            size += len(page)
    text = "".join(parts)
    if normalise(text) != text:  # cannot happen for normalised pages; keep offsets honest anyway
        return normalise(text), ()
    return text, tuple(starts)


def _from_pages(base: Document, conv, sha: str) -> Document:
    """The document of a converted binary file (PDF, Word, OpenDocument)."""
    if conv.problem:
        return replace(base, message=conv.problem, sha256=sha)
    text, starts = join_pages(conv.pages)
    problem = text_problem(text)
    if problem:
        return replace(base, message=problem, sha256=sha)
    return replace(
        base,
        sha256=sha,
        text=text,
        status=OK,
        extraction=conv.extraction,
        dropped_chars=conv.dropped_chars,
        pages=starts if conv.extraction == PDF_TEXT else (),
    )


def _fetched(path: Path) -> tuple[str, str]:
    """``(url, retrieved_at)`` of a file saved by ``socreport fetch`` (from the fetch manifest
    in its folder), else ``("", "")``."""
    from .fetch import manifest_entry

    entry = manifest_entry(path)
    return (entry.url, entry.retrieved_at) if entry else ("", "")


def one_line(exc: BaseException, limit: int = 300) -> str:
    """``Type: message`` of an exception on one line, at most ``limit`` characters."""
    detail = " ".join(str(exc).split())
    text = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def skipped_document(path: str | Path, doc_id: str, reason: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """A ``skipped`` document with ``reason``, for a file whose reading or extraction failed
    later on: the file is hashed (when it can be read and is within ``max_bytes``), not decoded
    or converted again."""
    sha = ""
    try:
        if os.path.getsize(path) <= max_bytes:
            sha = file_sha256(path)
    except OSError:
        pass
    return Document(doc_id, str(path), sha, "", "", SKIPPED, reason)


__all__ = [
    "BINARY_SIGNATURES",
    "FALLBACK",
    "MAX_HTML_TAGS",
    "MIN_LETTERS",
    "MIN_LETTER_SHARE",
    "OK",
    "SKIPPED",
    "Document",
    "Found",
    "HtmlTooLarge",
    "InputError",
    "binary_kind",
    "decode",
    "discover",
    "html_to_text",
    "join_pages",
    "letters_verdict",
    "one_line",
    "read_binary",
    "read_document",
    "skipped_document",
    "text_problem",
    "unique_ids",
]
