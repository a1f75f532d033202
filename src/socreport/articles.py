"""Splitting a page into articles, with each article's publication date and repeats marked.

A municipality page often carries many news items about different projects, one after another.
The split is driven by these kinds of marker lines (their spellings are in the lexicon table
``article_markers``):

* **separator lines** — a run of three or more ``_ - = * ~ – ─ #`` (spaces allowed between):
  an article ends after the line;
* **image lines** — a line that starts with an image file name (``projekta_logo.png``,
  ``ES_logo.JPG``, optionally followed by the title): an article starts at the line;
* **item lines** — on a page with at least :data:`MIN_LIST_ITEMS` of them, a line that opens an
  item of a list of projects: a list number and a project noun with its name or number
  (``1. Projektas „Socialinio būsto fondo plėtra“``, ``2) Project No. LLI-525``, ``3. Project LLI-584``), a short heading of
  that shape without a number (``Project "Blue Care" (LLI-102)``), or a title label
  (``Projekto pavadinimas: ...``): an article starts at the line, or at the first line of the
  fact box right above it when that box is a block of its own (``Projekta Nr.: …`` / ``Kārta: I``
  / ``Projekta nosaukums: …``: the number above the title stays with its project);
* **headings of other items** — a line that is only the heading of a list of the site's other
  items (``Citi jaunumi``, ``Related news``, ``Kitos naujienos``): the list after it, up to a
  separator line, the next paragraph of prose or the page's end, is an article of its own marked
  ``other_items`` (its headlines, dates and counts are other pages', so it is read for no facts);
  the cuts inside it do not count;
* **publication lines** — a label and a numeric date at the start of a line (``Publicēts:
  12.02.2021.``, ``Publicēšanas datums: 21.09.2020.``, ``Informāciju 12.05.2015. ievietoja``), or
  a date alone on its line (``2010 birželio 22``, ``29 August 2018``) first on the page, after a
  finished paragraph or after a line of site navigation (``Sākums / Jaunumi``; after a label line
  such as ``Sutarties įsigaliojimo data`` it is the label's value, not a marker).
  Usually they close an article (*footer* layout); on pages that put them first each one opens
  an article (*header* layout). The layout is voted by the other markers (a publication line just
  before a separator or image line votes footer, just after votes header); without votes it is
  header when the first publication line has hardly any text before it.

The pieces between cuts are then merged so that every article has text: a piece with fewer than
:data:`MIN_ARTICLE_LETTERS` letters outside marker lines (:data:`MIN_ITEM_LETTERS` for a list item) (page chrome, a blank gap, a title line
before its image) joins the next piece when it has any letters, else the previous one; a list item
that names its project's number is an article however short. A page
without markers is one article. Articles cover the text without gaps or overlaps.

An article's publication date is the date on its own publication line (the first in header
layout, the last in footer layout, when merging brought in more than one). An article whose text
repeats an earlier one on the same page (same sequence of substantial paragraphs, compared by
their whole letters and digits, ignoring case, punctuation, spacing, image names and marker lines)
gets ``duplicate_of`` = the index of the first. Numbers count: two articles that differ only in
their figures or codes are two articles.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from .article_lines import date_line, item_line, marker_patterns, publication, verbal_date
from .parse.layout import is_navigation, is_other_items_heading

#: A piece of a page needs this many letters (outside marker lines) to be an article on its own.
MIN_ARTICLE_LETTERS: int = 60
#: Paragraphs with at least this many letters are compared to find repeated articles.
PARAGRAPH_LETTERS: int = 40

#: Characters looked at from each end of a line for letter counts (see :func:`_letters`).
_COUNT_PREFIX: int = 200
_IMAGE_HINT = re.compile(r"\.[a-z]{3,4}\b")


@dataclass(frozen=True)
class Article:
    """One article of a page: ``text[start:end]``; ``index`` counts from 0 in page order."""

    index: int
    start: int
    end: int
    published: _dt.date | None
    duplicate_of: int | None
    #: a list of the site's other items (``Citi jaunumi`` / ``Related news`` and their headlines)
    other_items: bool = False


@dataclass(frozen=True)
class _Line:
    start: int
    end: int  # end of the line's text (before "\n")
    kind: str  # blank | separator | image | item | publication | others | text
    letters: int  # letters outside markers (image name removed), counted up to at least MIN_ARTICLE_LETTERS
    published: _dt.date | None


#: Fewest item lines on a page for them to be a list of projects.
MIN_LIST_ITEMS: int = 2
#: A list item needs this many letters to be an article on its own (a fact box of its project:
#: ``2. Project "Blue Care" (LLI-102)`` / ``Total budget: EUR 600 000`` / ...).
MIN_ITEM_LETTERS: int = 30


def _letters(s: str) -> int:
    """Number of letters in ``s``, or at least :data:`MIN_ARTICLE_LETTERS` of them (every rule
    compares letter counts with thresholds up to that, so long lines are not counted in full)."""
    if len(s) > _COUNT_PREFIX:
        head = sum(map(str.isalpha, s[:_COUNT_PREFIX]))
        if head >= MIN_ARTICLE_LETTERS:
            return head
    return sum(map(str.isalpha, s))


def _classify(text: str) -> list[_Line]:
    image_line, image_any, separator = marker_patterns()
    item = item_line()
    out = []
    pos = 0
    n = len(text)
    prev = ""  # the last non-blank line
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end]
        if not line.strip():
            out.append(_Line(pos, end, "blank", 0, None))
        elif separator.match(line):
            out.append(_Line(pos, end, "separator", 0, None))
        elif is_other_items_heading(line):
            out.append(_Line(pos, end, "others", 0, None))
        else:
            m, published = publication(line)
            verbal = None if m else verbal_date(line)
            # a date alone on its line after a finished paragraph (or first on the page) dates the
            # news item it opens or closes; after a label ("Sutarties įsigaliojimo data") it is a value
            finished = not prev or prev[-1] in ".!?" or is_navigation(prev)
            alone = None if m or verbal or not finished else date_line(line)
            if m:
                out.append(_Line(pos, end, "publication", 0, published))
            elif verbal is not None:
                out.append(_Line(pos, end, "publication", 0, verbal))
            elif alone is not None:
                out.append(_Line(pos, end, "publication", 0, alone))
            elif image_line.match(line):
                out.append(_Line(pos, end, "image", _letters(image_any.sub("", line)), None))
            elif item.match(line):
                out.append(_Line(pos, end, "item", _letters(line), None))
            else:
                out.append(_Line(pos, end, "text", _letters(line), None))
        if line.strip():
            prev = line.strip()
        if nl < 0:
            break
        pos = nl + 1
    if sum(1 for ln in out if ln.kind == "item") < MIN_LIST_ITEMS:  # one item line is no list
        out = [_Line(ln.start, ln.end, "text", ln.letters, None) if ln.kind == "item" else ln for ln in out]
    return out


def _header_layout(lines: list[_Line]) -> bool:
    """Whether publication lines open articles (header layout) rather than close them.

    Votes from the page's other markers: a publication line just before a separator or image line
    (blank lines aside) is a footer vote, one just after is a header vote. Without votes, or on a
    tie: header when fewer than :data:`MIN_ARTICLE_LETTERS` letters precede the first one."""
    kinds = [ln.kind for ln in lines if ln.kind != "blank"]
    marker = [k in ("separator", "image") for k in kinds]
    # kind of the nearest non-marker line before / after each position (None at the page edges)
    before: list[str | None] = []
    last = None
    for k, m in zip(kinds, marker):
        before.append(last)
        if not m:
            last = k
    after: list[str | None] = [None] * len(kinds)
    nxt = None
    for i in range(len(kinds) - 1, -1, -1):
        after[i] = nxt
        if not marker[i]:
            nxt = kinds[i]
    footer = sum(1 for i, m in enumerate(marker) if m and before[i] == "publication")
    header = sum(1 for i, m in enumerate(marker) if m and after[i] == "publication")
    if footer != header:
        return header > footer
    first_pub = next((i for i, ln in enumerate(lines) if ln.kind == "publication"), None)
    return first_pub is not None and sum(ln.letters for ln in lines[:first_pub]) < MIN_ARTICLE_LETTERS


#: A line of a fact box: a short label, a colon and its value (``Projekta Nr.: 16-02-AL06-…``).
_BOX_LINE = re.compile(r"\s*[^\W\d_][^:\n]{0,60}:[ \t]*\S")


def _item_start(text: str, lines: list[_Line], i: int) -> int:
    """Where the list item opened by the item line ``lines[i]`` starts: at the first of the fact-box
    lines right above it when the box is a block of its own (a blank line, a marker line, a prose
    line or the page's start above it) — ``Projekta Nr.: …`` / ``Kārta: I`` / ``Projekta
    nosaukums: …`` is one project's box, opened by its first line; a box line reached from the
    previous item is that item's (``Nosaukums: A`` / ``Summa: 100`` / ``Nosaukums: B``)."""
    k = i
    while k > 0 and lines[k - 1].kind == "text" and _BOX_LINE.match(text, lines[k - 1].start, lines[k - 1].end):
        k -= 1
    if k == i or (k > 0 and lines[k - 1].kind == "item"):
        return lines[i].start
    return lines[k].start


def _cuts(lines: list[_Line], n: int, header: bool, item_starts: Iterable[int]) -> list[int]:
    """Positions where an article may start, from the marker lines and where the list items start
    (``item_starts``, :func:`_item_start`) (0 and ``n`` excluded)."""
    cuts: set[int] = set(item_starts)
    for i, ln in enumerate(lines):
        after = lines[i + 1].start if i + 1 < len(lines) else n
        if ln.kind == "separator":
            cuts.add(after)
        elif ln.kind == "image":
            cuts.add(ln.start)
        elif ln.kind == "publication":
            cuts.add(ln.start if header else after)
    return sorted(c for c in cuts if 0 < c < n)


#: A line with this many letters that is not cut short (``…``) is the article's prose again: it ends a
#: list of other items (a headline or a teaser under it is shorter).
PROSE_LETTERS: int = 100
_CUT_SHORT = re.compile(r"(?:…|\.\.\.)\W*$")


def _prose(text: str, ln: _Line) -> bool:
    """The line has :data:`PROSE_LETTERS` letters (counted in its first ``2 × PROSE_LETTERS``
    characters) and is not cut short with an ellipsis."""
    head = text[ln.start : min(ln.end, ln.start + 2 * PROSE_LETTERS)]
    return sum(map(str.isalpha, head)) >= PROSE_LETTERS and not _CUT_SHORT.search(text, ln.start, ln.end)


def _other_items(text: str, lines: list[_Line]) -> list[tuple[int, int]]:
    """Spans of the lists of the site's other items: from a heading line (``Citi jaunumi``) to the
    next separator line, the next such heading, a paragraph of prose (:data:`PROSE_LETTERS`
    letters, not cut short) or the page's end. Publication dates, images and list items inside
    are the listed pages', not cuts. Time is linear in the number of lines."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if lines[i].kind != "others":
            i += 1
            continue
        k = i + 1
        while k < len(lines) and lines[k].kind not in ("separator", "others"):
            ln = lines[k]
            if ln.kind == "text" and ln.letters >= MIN_ARTICLE_LETTERS and _prose(text, ln):
                break
            k += 1
        spans.append((lines[i].start, lines[k].start if k < len(lines) else len(text)))
        i = k
    return spans


def split_articles(text: str) -> list[Article]:
    """Articles of a page, in order, covering ``text`` exactly (see the module docstring).

    Always at least one article (the whole text, possibly empty)."""
    n = len(text)
    lines = _classify(text)
    header = _header_layout(lines)
    # where each list item starts (its fact box may open above its item line)
    items = {_item_start(text, lines, i): ln for i, ln in enumerate(lines) if ln.kind == "item"}
    bounds = [0, *_cuts(lines, n, header, items), n]
    others = _other_items(text, lines)
    if others:
        bounds = _without_cuts_inside(bounds, others)
    pieces = [(a, b) for a, b in zip(bounds, bounds[1:])]
    # letters per piece, from its lines
    letters = []
    li = 0
    for a, b in pieces:
        total = 0
        while li < len(lines) and lines[li].start < b:
            if lines[li].start >= a:
                total += lines[li].letters
            li += 1
        letters.append(total)
    item_starts = set(items)
    numbered = {a for a, ln in items.items() if _names_number(text, ln.start, ln.end)}
    listed = {a for a, _ in others}
    spans = _merge(
        pieces,
        letters,
        [a in item_starts for a, _ in pieces],
        [a in numbered for a, _ in pieces],
        [a in listed for a, _ in pieces],
    )
    starts = [ln.start for ln in lines]
    dates = [_published(_lines_in(lines, starts, a, b), header) for a, b in spans]
    prints = [_fingerprint(text, _lines_in(lines, starts, a, b), a, b) for a, b in spans]
    first_seen: dict[str, int] = {}
    out = []
    for i, ((a, b), d, fp) in enumerate(zip(spans, dates, prints)):
        dup = None
        if fp:
            dup = first_seen.get(fp)
            if dup is None:
                first_seen[fp] = i
        out.append(Article(i, a, b, d, dup, a in listed))
    return out


def _without_cuts_inside(bounds: list[int], spans: list[tuple[int, int]]) -> list[int]:
    """``bounds`` (sorted) with each span's start and end added and every bound inside a span
    dropped: a list of other items is one piece. ``spans`` are sorted and do not overlap."""
    keep: set[int] = {b for span in spans for b in span}
    j = 0
    for b in bounds:
        while j < len(spans) and spans[j][1] <= b:
            j += 1
        if j == len(spans) or not spans[j][0] < b < spans[j][1]:
            keep.add(b)
    return sorted(keep)


def _names_number(text: str, start: int, end: int) -> bool:
    """The line ``text[start:end]`` names a project number (not a contract's): the item of a list
    of projects that gives it is about that project however short it is."""
    from .parse.codes import find_codes, is_project_number

    return any(is_project_number(f) for f in find_codes(text[start:end]))


def _merge(
    pieces: list[tuple[int, int]],
    letters: list[int],
    items: list[bool],
    numbered: list[bool] | None = None,
    others: list[bool] | None = None,
) -> list[tuple[int, int]]:
    """Join pieces with fewer than :data:`MIN_ARTICLE_LETTERS` letters (:data:`MIN_ITEM_LETTERS` for a
    piece opened by a list item, ``items``) to a neighbour: to the next piece when they have letters
    (or come first), else to the previous one. A piece opened by a list item that names its project's
    number (``numbered``: ``1. Projekts Nr. 9.2.2.1/15/I/031 “…”.``) is an article whatever its length.
    A list of other items (``others``) is an article of its own that takes no short piece: one
    waiting before it joins the article before it (or stays on its own)."""
    numbered = numbered or [False] * len(pieces)
    others = others or [False] * len(pieces)
    enough = [
        k or n >= (MIN_ITEM_LETTERS if item else MIN_ARTICLE_LETTERS) for n, item, k in zip(letters, items, numbered)
    ]
    if not any(enough) and not any(others):
        return [(pieces[0][0], pieces[-1][1])]
    out: list[list[int]] = []
    listed: set[int] = set()  # starts of the lists of other items in ``out``
    carry: int | None = None  # start of short pieces waiting to join the next article
    for (a, b), n, ok, is_list in zip(pieces, letters, enough, others):
        if is_list:
            if carry is not None and out:
                out[-1][1] = a
            elif carry is not None:
                out.append([carry, a])
            out.append([a, b])
            listed.add(a)
            carry = None
        elif ok:
            out.append([a if carry is None else carry, b])
            carry = None
        elif (n > 0 or not out) and carry is None:
            carry = a
        elif carry is None:
            out[-1][1] = b
    if carry is not None and out[-1][0] in listed:  # (text after a list of other items is the page's own)
        out.append([carry, pieces[-1][1]])
    elif carry is not None:
        out[-1][1] = pieces[-1][1]
    return [(a, b) for a, b in out]


def _lines_in(lines: list[_Line], starts: list[int], a: int, b: int) -> list[_Line]:
    """The lines that start in ``[a, b)``."""
    return lines[bisect_left(starts, a) : bisect_left(starts, b)]


def _published(lines: list[_Line], header: bool) -> _dt.date | None:
    """Date of the article's own publication line: the first one in header layout, the last one in
    footer layout (a short piece merged into the article may bring another)."""
    dated = [ln.published for ln in lines if ln.kind == "publication" and ln.published is not None]
    if not dated:
        return None
    return dated[0] if header else dated[-1]


def _fingerprint(text: str, lines: list[_Line], a: int, b: int) -> str:
    """Hash of the article's substantial paragraphs, or ``""`` when it has none.

    Each paragraph (line with at least :data:`PARAGRAPH_LETTERS` letters) contributes all its
    letters and digits, casefolded, with image file names removed — so labels' punctuation,
    spacing, case and image lines do not matter, while every word and number does. Time is linear
    in the article's length."""
    _, image_any, _ = marker_patterns()
    h = hashlib.sha256()
    used = False
    for ln in lines:
        if ln.start < a or ln.start >= b or ln.kind not in ("text", "image", "item") or ln.letters < PARAGRAPH_LETTERS:
            continue
        low = text[ln.start : ln.end].casefold()
        if _IMAGE_HINT.search(low):
            low = image_any.sub("", low)
        h.update("".join(filter(str.isalnum, low)).encode("utf-8", "surrogatepass") + b"\n")
        used = True
    return h.hexdigest() if used else ""
