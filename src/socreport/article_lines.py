"""Recognising the marker lines that split a page into articles (see :mod:`socreport.articles`):
publication lines with a date in digits or in words, image and separator lines, the lines that
open an item of a list of projects, and a date standing alone on its line. The spellings are in
the lexicon table ``article_markers``. Pure functions of one line; each is bounded by the line's
length."""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from .parse.layout import BULLET_MARK

#: The longest heading (characters after its project noun) that opens an item without a list number.
ITEM_HEADING_MAX: int = 100


@lru_cache(maxsize=1)
def _verbalpublication() -> re.Pattern[str]:
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


def verbal_date(line: str) -> _dt.date | None:
    """The day-precision date a publication line writes in words, when the line is one."""
    m = _verbalpublication().match(line)
    if not m:
        return None
    from .parse.dates import find_dates

    rest = m.group("rest")
    found = [f for f in find_dates(rest) if f.start <= 1 and f.value.precision == "day"]
    return found[0].value.date if found else None


@lru_cache(maxsize=1)
def marker_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
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


def publication(line: str) -> tuple[bool, _dt.date | None]:
    """Whether ``line`` is a publication line with a numeric date (``Publicēts: 12.02.2021.``,
    ``Informāciju 12.05.2015. ievietoja``), and its date (None for a date-shaped number that is no
    calendar date, ``31.02.2020``). The date is read by the date recogniser
    (:func:`socreport.parse.dates.scan`): a day-precision date written in digits right after the
    template's words, followed by its remaining words or by no digit. Dates written in words are
    :func:`verbal_date`'s."""
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


@lru_cache(maxsize=1)
def item_line() -> re.Pattern[str]:
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


#: Longest line read as a date standing alone (``2010 birželio 22``, ``29 August 2018``).
_DATE_LINE_MAX = 40
_TIME_TAIL = re.compile(r"[\s.]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[\s.]*")


#: A line set in Markdown emphasis (``*2010 birželio 22*``, ``**29 August 2018**``).
_EMPHASIS = re.compile(r"(?P<mark>[*_]{1,2})(?P<inner>[^*_\n]+)(?P=mark)")
#: A list bullet opening a line (``• 2010 birželio 22``).
_BULLET = re.compile(BULLET_MARK + r"[ \t]+")


def date_line(line: str) -> _dt.date | None:
    """The day-precision date a short line consists of (a time may follow, a list bullet may open
    it, Markdown emphasis may enclose it), else None."""
    s = line.strip()
    s = s[m.end() :] if (m := _BULLET.match(s)) else s
    s = e.group("inner") if (e := _EMPHASIS.fullmatch(s)) else s
    if not s or len(s) > _DATE_LINE_MAX or not s[0].isdigit() and not s[0].isalpha():
        return None
    from .parse.dates import find_dates

    found = find_dates(s)
    if not found or found[0].start != 0 or found[0].value.precision != "day":
        return None
    return found[0].value.date if _TIME_TAIL.fullmatch(s, found[0].end) else None
