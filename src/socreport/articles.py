"""Splitting a page into articles, with each article's publication date and repeats marked.

A municipality page often carries many news items about different projects, one after another.
The split is driven by three kinds of marker lines (their spellings are in the lexicon table
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
from functools import lru_cache

from .parse.layout import BULLET_MARK, is_navigation

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


@dataclass(frozen=True)
class _Line:
    start: int
    end: int  # end of the line's text (before "\n")
    kind: str  # blank | separator | image | item | publication | text
    letters: int  # letters outside markers (image name removed), counted up to at least MIN_ARTICLE_LETTERS
    published: _dt.date | None


@lru_cache(maxsize=1)
def _verbal_publication() -> re.Pattern[str]:
    """A publication label whose date is written in words (``Publicēts: 2021. gada 12. februārī``):
    the label, then the rest of the line in group ``rest``."""
    from .parse.lexicon import load

    labels = []
    for r in load("article_markers"):
        if r["kind"] == "publication" and r["value"].endswith("{date}"):
            before = r["value"][: -len("{date}")].strip().rstrip(":")
            labels.append(r"[ \t]*".join(re.escape(w) for w in before.split()))
    labels.sort(key=len, reverse=True)
    return re.compile(r"^[ \t]*(?:" + "|".join(labels) + r")[ \t]*:?[ \t]*(?P<rest>\S.{4,60})$", re.IGNORECASE)


def _verbal_date(line: str) -> _dt.date | None:
    """The day-precision date a publication line writes in words, when the line is one."""
    m = _verbal_publication().match(line)
    if not m:
        return None
    from .parse.dates import find_dates

    rest = m.group("rest")
    found = [f for f in find_dates(rest) if f.start <= 1 and f.value.precision == "day"]
    return found[0].value.date if found else None


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(image line, image name anywhere, separator line) from the lexicon."""
    from .parse.lexicon import load

    rows = load("article_markers")
    exts, seps = [], []
    for r in rows:
        if r["kind"] == "image_ext":
            exts.append(re.escape(r["value"]))
        elif r["kind"] == "separator_char":
            seps.append(re.escape(r["value"]))
    ext = "(?:" + "|".join(exts) + ")"
    image_name = r"(?<![\w.\-()%+])[\w.\-()%+]+\." + ext + r"(?![\w])"
    image_line = re.compile(r"^[ \t]*" + image_name + r"(?:[ \t]|$)", re.IGNORECASE)
    image_any = re.compile(image_name, re.IGNORECASE)
    sep = "(?:" + "|".join(seps) + ")"
    separator = re.compile(r"^[ \t]*(" + sep + r")(?:[ \t]*\1){2,}[ \t]*$")
    return image_line, image_any, separator


@lru_cache(maxsize=1)
def _publication_templates() -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]:
    """The publication templates of the lexicon, longest first, each as the words before ``{date}``
    (matched at a line's start) and the words after it (None when the date ends the template)."""
    from .parse.lexicon import load

    values = sorted((r["value"] for r in load("article_markers") if r["kind"] == "publication"), key=len, reverse=True)
    out = []
    for value in values:
        before, _, after = value.partition("{date}")
        out.append(
            (
                re.compile(r"[ \t]*" + _template(before), re.IGNORECASE),
                re.compile(_template(after), re.IGNORECASE) if after.strip() else None,
            )
        )
    return tuple(out)


def _publication(line: str) -> tuple[bool, _dt.date | None]:
    """Whether ``line`` is a publication line with a numeric date (``Publicēts: 12.02.2021.``,
    ``Informāciju 12.05.2015. ievietoja``), and its date (None for a date-shaped number that is no
    calendar date, ``31.02.2020``). The date is read by the date recogniser
    (:func:`socreport.parse.dates.scan`): a day-precision date written in digits right after the
    template's words, followed by its remaining words or by no digit. Dates written in words are
    :func:`_verbal_date`'s."""
    from .parse.dates import scan

    for words, after in _publication_templates():
        m = words.match(line)
        if m is None or not line[m.end() : m.end() + 1].isdigit():
            continue
        rest = line[m.end() :]
        hit = next((h for h in scan(rest) if h.start == 0), None)
        if hit is None or hit.precision != "day" or any(ch.isalpha() for ch in rest[: hit.end]):
            continue
        if after is not None and after.match(rest, hit.end) is None:
            continue
        if after is None and rest[hit.end : hit.end + 1].isdigit():
            continue
        value = hit.value()
        return True, value.date if value is not None else None
    return False, None


#: Fewest item lines on a page for them to be a list of projects.
MIN_LIST_ITEMS: int = 2
#: The longest heading (characters after its project noun) that opens an item without a list number.
ITEM_HEADING_MAX: int = 100
#: A list item needs this many letters to be an article on its own (a fact box of its project:
#: ``2. Project "Blue Care" (LLI-102)`` / ``Total budget: EUR 600 000`` / ...).
MIN_ITEM_LETTERS: int = 30


@lru_cache(maxsize=1)
def _item_line() -> re.Pattern[str]:
    """A line that opens an item of a list of projects: a list number or bullet and a project noun
    followed by its name or number (``1. Projektas „...“``, ``2) Project No. LLI-525``,
    ``• Projektas „...“``), or a title label (``Projekto pavadinimas: ...``, lexicon
    ``name_labels``), maybe numbered."""
    from .parse.lexicon import load

    nouns = sorted({r["pattern"] for r in load("roles") if r["role"] == "project_word"}, key=len, reverse=True)
    titles = sorted(
        {r"\s+".join(map(re.escape, r["label"].split())) for r in load("name_labels") if r["kind"] == "title"},
        key=len,
        reverse=True,
    )
    number = r"(?:\d{1,2}[.)]|\(\d{1,2}\)|[•▪●◦–*-])"
    noun = r"(?:" + "|".join(nouns) + r")\w*"
    # a project number right after the noun: letters or digits with a separator before a digit (LLI-525)
    code = r"[A-Z0-9]+[-./][\w./-]*\d"
    # (``Projekta Nr.: …`` with a label's colon is a fact box's line, not an item of a list)
    named = noun + rf"[ \t]+(?:[\"'„“”«‘]|(?:Nr|No)(?!\.?[ \t]*:)\.?[ \t]*\S|{code})"
    title = r"(?:" + "|".join(titles) + r")[ \t]*[:–—-]"
    # unnumbered, a heading only: a short line ending with no sentence end (``Project "Blue Care" (LLI-102)``)
    # (a label line such as ``Projekta Nr.: …`` is a fact box's, not a heading)
    heading = (
        noun
        + rf"[ \t]+(?:[\"'„“”«‘]|(?:Nr|No)(?![^\W\d_])\.?[ \t]*[A-Z0-9#]|{code})"
        + rf"(?=[^\n]{{0,{ITEM_HEADING_MAX}}}$)(?![^\n]*[.!?:;,][ \t]*$)"
    )
    return re.compile(
        rf"^[ \t]*(?:{number}[ \t]*{named}|(?:{number}[ \t]*)?{title}[ \t]*\S|{heading})", re.IGNORECASE | re.MULTILINE
    )


def _template(words: str) -> str:
    """Regex for words of a publication template: spaces → any run of spaces, a colon → an optional colon."""
    out = []
    for ch in words:
        if ch == " ":
            out.append(r"[ \t]*")
        elif ch == ":":
            out.append(r":?")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _letters(s: str) -> int:
    """Number of letters in ``s``, or at least :data:`MIN_ARTICLE_LETTERS` of them (every rule
    compares letter counts with thresholds up to that, so long lines are not counted in full)."""
    if len(s) > _COUNT_PREFIX:
        head = sum(map(str.isalpha, s[:_COUNT_PREFIX]))
        if head >= MIN_ARTICLE_LETTERS:
            return head
    return sum(map(str.isalpha, s))


#: Longest line read as a date standing alone (``2010 birželio 22``, ``29 August 2018``).
_DATE_LINE_MAX = 40
_TIME_TAIL = re.compile(r"[\s.]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[\s.]*")


#: A list bullet opening a line (``• 2010 birželio 22``).
_BULLET = re.compile(BULLET_MARK + r"[ \t]+")


def _date_line(line: str) -> _dt.date | None:
    """The day-precision date a short line consists of (a time may follow, a list bullet may open
    it), else None."""
    s = line.strip()
    s = s[m.end() :] if (m := _BULLET.match(s)) else s
    if not s or len(s) > _DATE_LINE_MAX or not s[0].isdigit() and not s[0].isalpha():
        return None
    from .parse.dates import find_dates

    found = find_dates(s)
    if not found or found[0].start != 0 or found[0].value.precision != "day":
        return None
    return found[0].value.date if _TIME_TAIL.fullmatch(s, found[0].end) else None


def _classify(text: str) -> list[_Line]:
    image_line, image_any, separator = _patterns()
    item = _item_line()
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
        else:
            m, published = _publication(line)
            verbal = None if m else _verbal_date(line)
            # a date alone on its line after a finished paragraph (or first on the page) dates the
            # news item it opens or closes; after a label ("Sutarties įsigaliojimo data") it is a value
            finished = not prev or prev[-1] in ".!?" or is_navigation(prev)
            alone = None if m or verbal or not finished else _date_line(line)
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


def split_articles(text: str) -> list[Article]:
    """Articles of a page, in order, covering ``text`` exactly (see the module docstring).

    Always at least one article (the whole text, possibly empty)."""
    n = len(text)
    lines = _classify(text)
    header = _header_layout(lines)
    # where each list item starts (its fact box may open above its item line)
    items = {_item_start(text, lines, i): ln for i, ln in enumerate(lines) if ln.kind == "item"}
    bounds = [0, *_cuts(lines, n, header, items), n]
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
    spans = _merge(pieces, letters, [a in item_starts for a, _ in pieces], [a in numbered for a, _ in pieces])
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
        out.append(Article(i, a, b, d, dup))
    return out


def _names_number(text: str, start: int, end: int) -> bool:
    """The line ``text[start:end]`` names a project number (not a contract's): the item of a list
    of projects that gives it is about that project however short it is."""
    from .parse.codes import find_codes, is_project_number

    return any(is_project_number(f) for f in find_codes(text[start:end]))


def _merge(
    pieces: list[tuple[int, int]], letters: list[int], items: list[bool], numbered: list[bool] | None = None
) -> list[tuple[int, int]]:
    """Join pieces with fewer than :data:`MIN_ARTICLE_LETTERS` letters (:data:`MIN_ITEM_LETTERS` for a
    piece opened by a list item, ``items``) to a neighbour: to the next piece when they have letters
    (or come first), else to the previous one. A piece opened by a list item that names its project's
    number (``numbered``: ``1. Projekts Nr. 9.2.2.1/15/I/031 “…”.``) is an article whatever its length."""
    numbered = numbered or [False] * len(pieces)
    enough = [
        k or n >= (MIN_ITEM_LETTERS if item else MIN_ARTICLE_LETTERS) for n, item, k in zip(letters, items, numbered)
    ]
    if not any(enough):
        return [(pieces[0][0], pieces[-1][1])]
    out: list[list[int]] = []
    carry: int | None = None  # start of short pieces waiting to join the next article
    for (a, b), n, ok in zip(pieces, letters, enough):
        if ok:
            out.append([a if carry is None else carry, b])
            carry = None
        elif (n > 0 or not out) and carry is None:
            carry = a
        elif carry is None:
            out[-1][1] = b
    if carry is not None:
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
    _, image_any, _ = _patterns()
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
