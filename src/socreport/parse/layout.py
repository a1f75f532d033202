"""Where the label of a value is written, in the layouts project pages use.

A figure's label is usually the words just before it on its line: in a sentence
(``Projekta kopējās izmaksas ir 622 522 eiro``), after a colon or a dash
(``Total budget: 2 630 900,00 €``, ``Projekto vertė – 295 654,05 Eur``), glued to it
(``Projekto vertė2 849 677,25``) or in the cell before it in a table row
(``| Projekta kopējās izmaksas | 1 234,00 |``). Fact boxes and contract cards put the label on a
line of its own and the value on the next one::

    Kopējās projekta izmaksas

    177 839,95 EUR ( ERAF līdzfinansējums151 163,96 EUR)

:func:`value_label` returns that text and where it starts, so that the roles of amounts, dates
and counts can be read from one place whatever the layout. Pure functions on strings; the work
is bounded by the label width and a few lines, never by the length of the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon

_LETTER = re.compile(r"[^\W\d_]")
#: A line that ends a sentence is text, not a label: "... tiks izveidotas."
_SENTENCE_END = re.compile(r"[.!?]\s*$")

#: A list bullet's mark as a character class (``•``, ``▪``, ``*``, a dash): a line may open with one
#: and spaces before its label, its value or its sentence (``• Projekta akronīms``).
BULLET_MARK = "[•▪●◦·*–—-]"

#: The longest line taken as a label of the value on the next line.
LABEL_LINE_MAX = 100
#: How many blank lines may stand between a label line and its value.
BLANK_LINES_MAX = 2


#: What joins the items of a breadcrumb or a menu line.
_CRUMB_SEP = re.compile(r"\s+(?:/|>|»|›|\||→)\s+|\s*[»›→|]\s*")


@lru_cache(maxsize=1)
def _navigation() -> tuple[frozenset[str], frozenset[str]]:
    """(navigation words, those that may stand alone as chrome), casefolded (``article_markers``)."""
    words = frozenset(r["value"].casefold() for r in lexicon.load("article_markers") if r["kind"] == "navigation")
    date_words = {r["keyword"].casefold() for r in lexicon.load("date_roles")}
    return words, frozenset(w for w in words if w not in date_words)


@lru_cache(maxsize=1)
def _other_items() -> frozenset[str]:
    """Headings of a list of the site's other items (``article_markers`` kind ``other_items``), casefolded."""
    return frozenset(r["value"].casefold() for r in lexicon.load("article_markers") if r["kind"] == "other_items")


#: What may surround a heading of other items on its line: a bullet, a colon, an arrow, spaces.
_HEADING_EDGES = re.compile(r"^[•▪●◦·*–—:»›→\s-]+|[•▪●◦·*–—:»›→\s-]+$")


def is_other_items_heading(line: str) -> bool:
    """True for a line that is only the heading of a list of the site's other items (``Citi
    jaunumi``, ``Related news``, ``Kitos naujienos``: lexicon ``article_markers``): what follows it
    is other pages' headlines, not the article's text."""
    if len(line) > 60:
        return False
    s = _HEADING_EDGES.sub("", line)
    return " ".join(s.split()).casefold() in _other_items()


def is_navigation(line: str) -> bool:
    """True for a line of site navigation: navigation words of ``lexicon/article_markers.csv`` joined
    by ``/ > » › |`` (``Sākums / Jaunumi``, ``Home > News``), or one such word that is no date's label."""
    s = line.strip()
    if not s or len(s) > 200 or ":" in s or any(ch.isdigit() for ch in s):
        return False
    words, alone = _navigation()
    items = [i.strip().casefold() for i in _CRUMB_SEP.split(s) if i.strip()]
    if len(items) == 1:
        return items[0] in alone
    return all(i in words for i in items)


def value_label(text: str, pos: int, floor: int = 0, width: int = 110) -> tuple[str, int]:
    """The label of a value starting at ``pos``: ``(label, start of label)``.

    The words before ``pos`` on its line (at most ``width`` characters, never before ``floor``,
    which is typically the end of the previous figure). When those hold no word — the value opens
    its line, maybe after a bullet or a table bar — the label is the nearest non-blank line above,
    at most :data:`BLANK_LINES_MAX` blank lines up, when it is short (at most
    :data:`LABEL_LINE_MAX` characters), holds a word, does not end a sentence, is no line of site
    navigation (:func:`is_navigation`) and does not start before ``floor``. Otherwise the (wordless) same-line text is returned."""
    # a line break further back than ``width`` characters leaves the label the same-line text, so
    # only that far is searched (time independent of the length of the line)
    line_start = text.rfind("\n", max(0, pos - width - 1), pos) + 1
    lo = max(floor, pos - width, line_start)
    same = text[lo:pos]
    if _LETTER.search(same) or lo > line_start:
        return same, lo
    end = line_start - 1  # the newline ending the line above
    for _ in range(BLANK_LINES_MAX + 1):
        if end < 0 or end < floor:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip():
            if (
                start >= floor
                and len(line.strip()) <= LABEL_LINE_MAX
                and _LETTER.search(line)
                and not _SENTENCE_END.search(line)
                and not is_navigation(line)
            ):
                return line, start
            break
        end = start - 1
    return same, lo
