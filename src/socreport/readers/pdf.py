"""PDF files: the text layer with pdfplumber, page by page, columns in reading order.

Each page's words are grouped into lines (by their vertical position) and lines into paragraphs
(a vertical gap larger than :data:`PARAGRAPH_GAP` line heights starts a new one). A line that
reaches the right edge of the text was wrapped by the layout and continues on the next line after
a space, so a sentence or a title is one line again; a short line (a table row, a heading) keeps
its line break. A page set in
two columns is read column by column: a vertical gutter free of words in the middle part of the
page, with prose lines (on average at least :data:`MIN_COLUMN_WORDS` words) on both sides, splits
the page; lines that cross the gutter (a title over both columns) stay whole, and the columns
between two such lines are read left first, then right. A label-and-value table has short lines
on its right side and is therefore not taken for two columns.

A PDF whose pages give no letters has no text layer (a scan): skipped with ``no text layer``.
Encrypted PDFs that need a password and damaged files are skipped with the reason.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from . import PDF_TEXT, Converted

#: A gap between lines larger than this many line heights starts a new paragraph.
PARAGRAPH_GAP: float = 0.8
#: A line ending this close to the right edge of the text (share of its width) was wrapped.
WRAP_SLACK: float = 0.12
#: Prose columns have at least this many words per line on average.
MIN_COLUMN_WORDS: float = 4.0
#: A gutter is looked for between these fractions of the page width.
GUTTER_RANGE: tuple[float, float] = (0.3, 0.7)
#: ... and must be at least this wide (points).
MIN_GUTTER: float = 6.0
#: At most this many pages are read.
MAX_PAGES: int = 2000


@dataclass(frozen=True)
class _Word:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str


def _lines(words: list[_Word]) -> list[list[_Word]]:
    """Words grouped into lines: a word whose top lies within half a line height of the line's
    first word joins it; each line sorted left to right; lines top to bottom."""
    lines: list[list[_Word]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines:
            first = lines[-1][0]
            if w.top - first.top <= 0.5 * max(1.0, first.bottom - first.top):
                lines[-1].append(w)
                continue
        lines.append([w])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _paragraphs(lines: list[list[_Word]]) -> str:
    """Lines as text: a line that reaches the right edge of the text (within
    :data:`WRAP_SLACK` of the widest line) was wrapped by the layout, so the next line continues
    it after a space; otherwise a line break, or a blank line after a larger vertical gap."""
    out: list[str] = []
    prev = None
    right = max((max(w.x1 for w in line) for line in lines), default=0.0)
    left = min((min(w.x0 for w in line) for line in lines), default=0.0)
    for line in lines:
        top = min(w.top for w in line)
        bottom = max(w.bottom for w in line)
        if prev is not None:
            height = max(1.0, prev[1] - prev[0])
            if top - prev[1] > PARAGRAPH_GAP * height:
                out.append("\n\n")
            elif prev[2] >= right - WRAP_SLACK * (right - left):
                out.append(" ")
            else:
                out.append("\n")
        out.append(" ".join(w.text for w in line))
        prev = (top, bottom, max(w.x1 for w in line))
    return "".join(out)


def _gutter(words: list[_Word], width: float) -> float | None:
    """The x position of a two-column gutter, or ``None`` for a page in one column."""
    if len(words) < 20 or width <= 0:
        return None
    lo, hi = int(width * GUTTER_RANGE[0]), int(width * GUTTER_RANGE[1])
    # cover[x] = number of words crossing the vertical x (a difference array keeps it linear)
    diff = [0] * (hi - lo + 2)
    for w in words:
        a, b = max(lo, int(w.x0) + 1), min(hi, int(w.x1))
        if a <= b:
            diff[a - lo] += 1
            diff[b - lo + 1] -= 1
    runs: list[tuple[int, int, int]] = []  # (crossings, -width, start) of each stretch of equal cover
    run_start, run_val, cur = 0, None, 0
    for i in range(hi - lo + 1):
        cur += diff[i]
        if run_val is None:
            run_val = cur
        elif cur != run_val:
            runs.append((run_val, -(i - run_start), run_start))
            run_start, run_val = i, cur
    if run_val is not None:
        runs.append((run_val, -(hi - lo + 1 - run_start), run_start))
    wide = [r for r in runs if -r[1] >= MIN_GUTTER]
    if not wide:
        return None
    crossings, neg_len, start = min(wide)
    if crossings > max(1.0, 0.1 * len(_lines(words))):  # few lines may cross it (titles over both columns)
        return None
    x = lo + start - neg_len / 2
    left = [w for w in words if w.x1 <= x]
    right = [w for w in words if w.x0 >= x]
    for side in (left, right):
        lines = _lines(side)
        if len(lines) < 3 or len(side) / len(lines) < MIN_COLUMN_WORDS:
            return None
    return x


def _page_text(words: list[_Word], width: float) -> str:
    x = _gutter(words, width)
    if x is None:
        return _paragraphs(_lines(words))
    parts: list[str] = []
    block: list[_Word] = []

    def flush() -> None:
        if block:
            left = [w for w in block if w.x1 <= x]
            right = [w for w in block if w.x0 >= x]
            parts.extend(p for p in (_paragraphs(_lines(left)), _paragraphs(_lines(right))) if p)
            block.clear()

    for line in _lines(words):
        if any(w.x0 < x < w.x1 for w in line):
            flush()
            parts.append(" ".join(w.text for w in line))
        else:
            block.extend(line)
    flush()
    return "\n\n".join(parts)


def _problem(exc: BaseException) -> str:
    """The skip reason for an exception of pdfplumber (which wraps pdfminer's in its own)."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    inner = [exc, *getattr(exc, "args", ())]
    if any(isinstance(e, PDFPasswordIncorrect) for e in inner):
        return "encrypted PDF: a password is needed to read it"
    if any(isinstance(e, PDFEncryptionError) for e in inner):
        return "encrypted PDF with an unsupported encryption"
    return f"damaged PDF, cannot be read ({type(inner[-1]).__name__})"


def read_pdf(data: bytes) -> Converted:
    """The text of a PDF, one string per page (see the module docstring)."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - any parser failure means a damaged file
        return Converted(problem=_problem(exc))
    pages: list[str] = []
    try:
        with pdf:
            for page in pdf.pages[:MAX_PAGES]:
                words = [
                    _Word(float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]), w["text"])
                    for w in page.extract_words(keep_blank_chars=False, use_text_flow=False)
                ]
                pages.append(_page_text(words, float(page.width)))
    except Exception as exc:  # noqa: BLE001
        return Converted(problem=_problem(exc))
    if not pages:
        return Converted(problem="PDF without pages")
    if not any(ch.isalpha() for p in pages for ch in p):
        return Converted(problem="no text layer (a scanned PDF? text recognition is not done)")
    return Converted(tuple(pages), PDF_TEXT, None)
