"""Reading a corpus: find the input files, read each one into normalised text, never lose one.

:func:`discover` turns the paths a user gives into a deterministic list of files with unique
document ids. :func:`read_document` reads one file and always returns a :class:`Document`: a file
that cannot be used comes back with ``status="skipped"`` and a one-line reason, so one bad file
never stops a corpus.

Decoding, in order:

1. a UTF-16/UTF-32 byte-order mark → that encoding (status ``ok``);
2. strict UTF-8 (a UTF-8 byte-order mark is allowed) → status ``ok``;
3. text that is UTF-8 except for a few broken bytes (at most 1 per 20 valid multi-byte
   characters and at most 1 % of the bytes) → UTF-8 with U+FFFD replacements, status ``fallback``;
4. the Baltic legacy encodings Windows-1257 and ISO-8859-13 → status ``fallback``. A candidate
   that needs control characters to decode is implausible; when both remain and differ,
   charset-normalizer chooses between them;
5. otherwise skipped.

HTML (``.html``/``.htm``, or any file whose content starts like HTML) is read as a person reads
it (:mod:`socreport.readers.html`): hidden elements out, then the main content found by
trafilatura; when there is none, the whole visible page, turned into text by :func:`html_to_text`
with BeautifulSoup's ``html.parser``: ``script``, ``style``, ``noscript``, ``template``, ``head`` and
hidden elements are dropped, block elements (``p``, ``div``, ``li``, ``br``, ``h1``–``h6``,
``tr``, ...) become line breaks, ``hr`` becomes a ``---`` separator line, entities are decoded.
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
from collections import Counter
import re
import stat
import warnings
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Sequence

from .config import DEFAULT_MAX_BYTES, TEXT_SUFFIXES
from .readers import PAGE_BREAK, PDF_TEXT, PLAIN_TEXT
from .text import normalise

OK, FALLBACK, SKIPPED = "ok", "fallback", "skipped"

#: A document needs at least this many letters to count as text.
MIN_LETTERS: int = 20
#: ... and letters must be at least this share of its non-space characters.
MIN_LETTER_SHARE: float = 0.3

#: Characters of a document looked at to judge whether it is text at all.
_SAMPLE_CHARS: int = 200_000
#: Characters counted at a time by :func:`text_problem` before it checks whether it can stop.
_LETTER_CHUNK: int = 4096

#: File signatures of binary formats: (magic bytes at offset 0, what the file is).
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document (docx/xlsx/odt)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Microsoft Office document (doc/xls)"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"{\\rtf", "RTF document (not plain text)"),
    (b"SQLite format 3\x00", "SQLite database"),
)

_HTML_SUFFIXES = (".html", ".htm")
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|table|h[1-6]|span|ul|ol|main|header)\b",
    re.IGNORECASE | re.DOTALL,
)
_DROP_TAGS = ("script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg", "canvas")
_BLOCK_TAGS = frozenset((
    "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main",
    "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption",
))
_PARAGRAPH_TAGS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol", "pre"))
_CELL_TAGS = frozenset(("td", "th"))
_LEGACY = ("cp1257", "iso8859_13")
_LEGACY_NAMES = {"cp1257": "cp1257", "iso8859_13": "iso-8859-13"}


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
    pages: tuple[int, ...] = ()  # PDF: start offset of each page in ``text``

    def without_text(self) -> "Document":
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
        chosen = [f"{c}_{paths[i].suffix.lstrip('.').lower()}" if c in repeats else c
                  for c, i in zip(chosen, members)]
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

def read_document(path: str | Path, *, doc_id: str | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file into normalised text. Never raises for a bad file: it comes back ``skipped``
    with a one-line reason (see the module docstring for the decoding rules).

    ``max_bytes`` is the size limit in bytes, checked before reading."""
    p = Path(path)
    did = doc_id if doc_id is not None else p.stem
    base = Document(did, str(path), "", "", "", SKIPPED, "", *_fetched(p))

    def skip(reason: str, **kw: Any) -> Document:
        return replace(base, message=reason, **kw)

    try:
        st = os.stat(p)
    except FileNotFoundError:
        return skip("broken symbolic link (its target does not exist)" if os.path.islink(p) else "file not found")
    except PermissionError:
        return skip("cannot read file: permission denied")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return skip("symbolic link loop (the link leads back to itself)")
        return skip(f"cannot read file: {exc.strerror or exc}")
    if stat.S_ISDIR(st.st_mode):
        return skip("is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        return skip("not a regular file")
    if st.st_size > max_bytes:
        return skip(f"file too large: {st.st_size} bytes, limit {max_bytes} bytes")
    try:
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        return skip("cannot read file: permission denied")
    except OSError as exc:
        return skip(f"cannot read file: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return skip(f"file too large: over {max_bytes} bytes")
    sha = hashlib.sha256(data).hexdigest()
    if not data:
        return skip("empty file", sha256=sha)
    try:
        converted = read_binary(data)
    except Exception as exc:  # noqa: BLE001 - one broken PDF or Office file must not stop a corpus
        return skip(f"cannot convert file ({one_line(exc)})", sha256=sha)
    if converted is not None:
        return _from_pages(base, converted, sha)
    kind = binary_kind(data)
    if kind:
        return skip(f"binary data ({kind}), not text", sha256=sha)
    decoded = decode(data)
    if decoded is None:
        return skip("not valid UTF-8 and not plausible cp1257/ISO-8859-13 text", sha256=sha)
    raw, encoding, status, message = decoded
    if not raw.strip():
        return skip("only whitespace, no text", sha256=sha, encoding=encoding)
    is_html = p.suffix.lower() in _HTML_SUFFIXES or bool(_HTML_START.match(raw[:4096]))
    if is_html:
        from .readers.html import read_html

        try:
            page = read_html(raw, html_to_text, normalise)
        except HtmlTooLarge as exc:
            return skip(str(exc), sha256=sha, encoding=encoding)
        except Exception as exc:  # noqa: BLE001 - one bad page (deep, malformed) must not stop a corpus
            return skip(f"cannot convert HTML ({one_line(exc)})", sha256=sha, encoding=encoding)
        text, extraction, dropped = page.pages[0], page.extraction, page.dropped_chars
    else:
        text, extraction, dropped = normalise(raw), PLAIN_TEXT, None
    problem = text_problem(text)
    if problem:
        return skip(problem, sha256=sha, encoding=encoding)
    return replace(base, sha256=sha, text=text, encoding=encoding, status=status, message=message,
                   extraction=extraction, dropped_chars=dropped)


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
    return replace(base, sha256=sha, text=text, status=OK, extraction=conv.extraction,
                   dropped_chars=conv.dropped_chars, pages=starts if conv.extraction == PDF_TEXT else ())


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
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"


def skipped_document(path: str | Path, doc_id: str, reason: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """A ``skipped`` document with ``reason``, for a file whose reading or extraction failed
    later on: the file is hashed (when it can be read and is within ``max_bytes``), not decoded
    or converted again."""
    sha = ""
    try:
        if os.path.getsize(path) <= max_bytes:
            h = hashlib.sha256()
            with open(path, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
            sha = h.hexdigest()
    except OSError:
        pass
    return Document(doc_id, str(path), sha, "", "", SKIPPED, reason)


def binary_kind(data: bytes) -> str:
    """What binary format ``data`` is (a short description), or ``""`` when it may be text.

    Known signatures (:data:`BINARY_SIGNATURES`) and NUL bytes mark binary data; UTF-16/32 text
    with a byte-order mark is text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ""
    for magic, what in BINARY_SIGNATURES:
        if data.startswith(magic):
            return what
    if data[8:12] == b"WEBP" and data.startswith(b"RIFF"):
        return "WEBP image"
    if b"\x00" in data:
        return "contains NUL bytes"
    return ""


def decode(data: bytes) -> tuple[str, str, str, str] | None:
    """``(text, encoding, status, message)`` for ``data``, or ``None`` when nothing decodes
    plausibly."""
    for bom, enc in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                     (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc, OK, ""
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8-sig"), "utf-8", OK, ""
    except UnicodeDecodeError:
        pass
    loose = data.decode("utf-8-sig", errors="replace")
    bad = loose.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for ch in loose if ord(ch) > 0x7f and ch != "\ufffd")
    if bad > 0 and multibyte >= 20 * bad and bad <= len(data) / 100:
        return loose, "utf-8", FALLBACK, f"not valid UTF-8: {bad} broken byte sequence(s) replaced with U+FFFD"
    legacy = _decode_legacy(data)
    if legacy is None:
        return None
    text, codec = legacy
    name = _LEGACY_NAMES[codec]
    return text, name, FALLBACK, f"not valid UTF-8; decoded as {name}"


def _controls(s: str) -> int:
    """Number of control characters other than tab, line feed, carriage return and form feed."""
    return sum(1 for ch in s if (ord(ch) < 0x20 and ch not in "\t\n\r\x0c") or 0x7f <= ord(ch) < 0xa0)


def _decode_legacy(data: bytes) -> tuple[str, str] | None:
    """``(text, codec)`` for Windows-1257 or ISO-8859-13, or ``None`` if neither is plausible.

    Plausible: decodes strictly without control characters (the bytes 0x80–0x9F are printable
    in Windows-1257 but C1 controls in ISO-8859-13, which tells the two apart) and has letters.
    When both are plausible but give different text, charset-normalizer picks one."""
    cands: dict[str, str] = {}
    for codec in _LEGACY:
        try:
            s = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _controls(s) == 0 and any(ch.isalpha() for ch in s):
            cands[codec] = s
    if not cands:
        return None
    if len(cands) == 1 or len(set(cands.values())) == 1:
        codec = next(iter(cands))
        return cands[codec], codec
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=list(_LEGACY)).best()
        codec = best.encoding if best is not None and best.encoding in cands else _LEGACY[0]
    except Exception:  # noqa: BLE001 - the detector is an aid; fall back to the common encoding
        codec = _LEGACY[0]
    return cands[codec], codec


def text_problem(text: str) -> str:
    """Why normalised ``text`` is not usable text (``""`` when it is): too few letters, or too
    small a share of letters among its non-space characters (judged on the first
    ``_SAMPLE_CHARS`` characters)."""
    sample = text[:_SAMPLE_CHARS]
    # Letters are counted a chunk at a time; once they reach MIN_LETTERS and the share of the whole
    # sample's length (an upper bound of its visible characters), both tests below pass anyway.
    enough = max(MIN_LETTERS, MIN_LETTER_SHARE * len(sample))
    letters = 0
    for i in range(0, len(sample), _LETTER_CHUNK):
        letters += sum(map(str.isalpha, sample[i:i + _LETTER_CHUNK]))
        if letters >= enough:
            return ""
    return letters_verdict(letters, sample)


def letters_verdict(letters: int, sample: str) -> str:
    """Why a text sample with ``letters`` letters is not recognisable text ("" when it is)."""
    if letters < MIN_LETTERS:
        return f"no recognisable text ({letters} letters)"
    visible = len("".join(sample.split()))
    if letters < MIN_LETTER_SHARE * visible:
        return f"no recognisable text (only {100 * letters // visible}% letters)"
    return ""


# -- HTML -------------------------------------------------------------------------------------------

class HtmlTooLarge(ValueError):
    """An HTML page has more elements than :data:`MAX_HTML_TAGS` (its tree would not fit in memory)."""


#: An HTML page with more start tags than this is skipped: BeautifulSoup's tree costs about a
#: kilobyte per element, so a million tiny tags would take gigabytes. Real pages have a few thousand.
MAX_HTML_TAGS: int = 200_000
_START_TAG = re.compile(r"<[A-Za-z]")
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")


def html_to_text(html: str) -> str:
    """Visible text of an HTML document with block structure kept as line breaks.

    Dropped: comments, doctype, ``script``/``style``/``noscript``/``template``/``head`` and
    similar non-text elements, elements with the ``hidden`` attribute or ``aria-hidden="true"``.
    Whitespace inside text is collapsed as a browser does (except in ``pre``).

    The tree is walked with an explicit stack, so nesting depth costs no recursion (a page of a
    thousand unclosed ``<font>`` tags is as easy as a flat one), and time and memory are linear in
    the page. Raises :class:`HtmlTooLarge` for a page with more than :data:`MAX_HTML_TAGS` start
    tags (counted before parsing)."""
    from bs4 import BeautifulSoup, Comment, Declaration, Doctype, MarkupResemblesLocatorWarning, ProcessingInstruction
    from bs4.element import CData, NavigableString, Tag

    tags = html.count("<")  # an upper bound, counted at C speed; the exact count only when it matters
    if tags > MAX_HTML_TAGS:
        tags = sum(1 for _ in _START_TAG.finditer(html))
    if tags > MAX_HTML_TAGS:
        raise HtmlTooLarge(f"HTML too large: {tags} tags, limit {MAX_HTML_TAGS}")
    with warnings.catch_warnings():  # a page whose whole text looks like an address is still a page
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(lambda t: t.has_attr("hidden") or str(t.get("aria-hidden", "")).lower() == "true"):
        tag.decompose()
    skip_types = (Comment, Declaration, Doctype, ProcessingInstruction, CData)
    parts: list[str] = []
    # The stack holds what is still to do, last first: a node to visit (with whether it is inside
    # ``pre``) or a string to emit once a block element's children are done.
    stack: list[tuple[object, bool] | str] = [(soup, False)]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        node, pre = item
        if isinstance(node, NavigableString):
            if not isinstance(node, skip_types):
                s = str(node)
                parts.append(s if pre else _HTML_SPACE.sub(" ", s))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name.lower() if node.name and node is not soup else ""
        after = ""
        if name == "br":
            parts.append("\n")
            continue
        if name == "hr":
            parts.append("\n\n---\n\n")
            continue
        if name in _CELL_TAGS:
            parts.append(" ")
            after = " "
        elif name in _BLOCK_TAGS:
            after = "\n\n" if name in _PARAGRAPH_TAGS else "\n"
            parts.append(after)
            pre = pre or name == "pre"
        if after:
            stack.append(after)
        stack.extend((child, pre) for child in reversed(node.contents))
    return "".join(parts)
