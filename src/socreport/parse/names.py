"""Project titles (kind ``title``): the quoted text after a project word, optionally after its number
(``Projekta Nr. 9.2.2.1./15/I/001 “Atver sirdi Zemgalē!”``, ``projektu ,,Mans budžets”``), the
quoted text right after a known project code (``LLI-425 “Development of …”``), the value of a title
label (``Projekta nosaukums: …``), the rest of a ``Projekts: LLI-425 …`` line, and an unquoted
heading before a short name in brackets. The short names themselves: :mod:`~socreport.parse.acronyms`.

Any typographic quotes are accepted (“ ” „ « » ,, ’’ and straight ``"``, and a pair of single
straight quotes), since readers may or may not have normalised them. A fact's span is the name itself, without quotes or label.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._scan import Lines
from .acronyms import acronyms_in, find_acronyms
from .name_parts import (
    CLOSE_QUOTE,
    MAX_TITLE,
    OPEN_QUOTE,
    QUOTED,
    SPACE,
    NameText,
    dedupe,
    keywords,
    label_matches,
    label_value,
    looks_like_acronym,
    trim,
)
from .spans import Fact, Name, fact

__all__ = [
    "CLOSE_QUOTE",
    "OPEN_QUOTE",
    "acronyms_in",
    "find_acronyms",
    "find_titles",
    "parse_name",
    "titles_given",
    "titles_in",
]


_TRAILING_BRACKET = re.compile(r"\s*\(\s*([^()]{2,40}?)\s*\)\s*$")


def _strip_trailing_acronym(text: str, start: int, end: int, short_names: set[tuple[int, int]] = frozenset()) -> int:
    """End of a title without a trailing ``(Acronym)`` (or a bracketed short name found in ``short_names``).

    The bracket can only be the span's last ``(`` (nothing inside it is a bracket), with the white
    space before it: only that tail is searched, so a long span costs no more than its tail."""
    opening = text.rfind("(", start, end)
    if opening < 0:
        return end
    lo = opening
    while lo > start and text[lo - 1].isspace():
        lo -= 1
    m = _TRAILING_BRACKET.search(text, lo, end)
    if m and m.start() == lo and lo > start and (looks_like_acronym(m.group(1)) or m.span(1) in short_names):
        return lo
    return end


@lru_cache(maxsize=None)
def _project_head() -> re.Pattern[str]:
    """A line's beginning that is only a project word before a code: ``Projekts: Nr. ``."""
    return re.compile(rf"{SPACE}*(?:{keywords('project')}){SPACE}*:?{SPACE}*(?:Nr\.?{SPACE}*)?", re.IGNORECASE)


_TOKEN = re.compile(r"\S+")
_OPEN_QUOTE = re.compile(OPEN_QUOTE)


class _HeadingWords:
    """For the heading before a short name in brackets, per line and computed once per line: how
    many words stand before a position (up to three) and whether an opening quote does, so many
    short names on one long line cost one look at it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: dict[int, list[int]] = {}  # line start -> where its first three words start
        self._quote: dict[int, tuple[int, int] | None] = {}  # line start -> its first opening quote

    def words_before(self, line_start: int, pos: int) -> int:
        """``min(3, len(text[line_start:pos].split()))`` for a ``line_start`` that begins a line."""
        starts = self._words.get(line_start)
        if starts is None:
            end = self.text.find("\n", line_start)
            starts = []
            for m in _TOKEN.finditer(self.text, line_start, len(self.text) if end < 0 else end):
                starts.append(m.start())
                if len(starts) == 3:
                    break
            self._words[line_start] = starts
        return sum(1 for s in starts if s < pos)

    def quote_before(self, line_start: int, pos: int) -> bool:
        """Whether ``OPEN_QUOTE`` matches in ``text[line_start:pos]`` (``pos`` on the same line)."""
        if line_start not in self._quote:
            end = self.text.find("\n", line_start)
            m = _OPEN_QUOTE.search(self.text, line_start, len(self.text) if end < 0 else end)
            self._quote[line_start] = m.span() if m else None
        first = self._quote[line_start]
        if first is None or first[0] >= pos:
            return False  # the line's first quote is at or after pos: none before it
        if first[1] <= pos:
            return True
        return _OPEN_QUOTE.search(self.text, line_start, pos) is not None  # a quote across pos


def find_titles(text: str) -> list[Fact]:
    """Quoted or labelled project titles in ``text``, in order (one fact per span)."""
    if not isinstance(text, str) or not text:
        return []
    names = NameText(text)
    return titles_in(names, acronyms_in(names))


def titles_given(text: str, codes: list[Fact], acronyms: list[Fact]) -> list[Fact]:
    """:func:`find_titles` for a caller that already has ``find_codes(text)`` and
    ``find_acronyms(text)``, so they are not found twice."""
    if not text:
        return []
    return titles_in(NameText(text, codes), acronyms)


def titles_in(names: NameText, acronyms: list[Fact]) -> list[Fact]:
    """:func:`find_titles` of a :class:`~socreport.parse.name_parts.NameText` whose acronyms
    (:func:`~socreport.parse.acronyms.acronyms_in`) are known (as :func:`socreport.parse.find_facts` has them)."""
    text, low, codes = names.text, names.low, names.codes
    found: list[Fact] = []

    short_names = {(a.start, a.end) for a in acronyms}

    def add(s: int, e: int, rule: str) -> None:
        s, e = trim(text, s, e)
        e = _strip_trailing_acronym(text, s, e, short_names)
        s, e = trim(text, s, e)
        if e - s < 2 or e - s > MAX_TITLE:  # before copying the span: it may be a whole long line
            return
        name = text[s:e]
        if not any(c.isalpha() for c in name) or looks_like_acronym(name):
            return
        found.append(fact("title", text, s, e, Name(name), rule))

    for m in names.project_matches:
        add(*m.span("q"), "title.quoted_after_project")
    quoted = re.compile(rf"{SPACE}+{QUOTED}")
    lines = Lines(text)
    heading = _HeadingWords(text)
    for c in codes:
        m = quoted.match(text, c.end)
        if m:
            add(*m.span("q"), "title.quoted_after_code")
        # "Projekts: LLI-425 Daudzfunkcionālo centru ... attīstība" (unquoted, rest of the line)
        line_start = lines.start(c.start)
        if _project_head().fullmatch(text, line_start, c.start) and not m:
            span = label_value(text, c.end, MAX_TITLE)
            if span and len(text[span[0] : span[1]].split()) >= 2 and not re.match(OPEN_QUOTE, text[span[0] :]):
                add(*span, "title.line_after_code")
    for a in acronyms:
        # "Sociālajam riskam ... pašvaldībās (RiskChildren) Nr. LLI-491": an unquoted heading.
        if a.rule != "acronym.brackets" or text[a.end + 1 : a.end + 3].strip() in {"”", '"', "“", "»"}:
            continue
        line_start = lines.start(a.start)
        head_end = a.start - 1  # the opening bracket
        if heading.words_before(line_start, head_end) >= 3 and not heading.quote_before(line_start, head_end):
            add(line_start, head_end, "title.heading_before_acronym")
    for m in label_matches(text, low, "title"):
        span = label_value(text, m.end(), MAX_TITLE)
        if span:
            add(*span, "title.label")
    return dedupe(found)


def parse_name(s: str) -> Name | None:
    """The name in ``s`` without surrounding quotes and spaces, or None when nothing is left."""
    if not isinstance(s, str):
        return None
    m = re.fullmatch(rf"\s*{QUOTED}\s*", s)
    body = (m.group("q") if m else s).strip()
    return Name(body) if body and any(c.isalnum() for c in body) else None
