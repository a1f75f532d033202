"""What both name recognisers (:mod:`~socreport.parse.acronyms` and :mod:`~socreport.parse.names`) read:
quotes, the labels and keywords of lexicon ``name_labels`` and ``name_keywords`` as patterns, a
label's value, and :class:`NameText`, one text as they read it (lower-cased once, its project
codes, the quoted names after a project word found once for both)."""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from . import lexicon
from ._scan import find_literals, lower_same_length, windows, word_starts
from .codes import find_codes
from .funds import parse_fund
from .layout import BULLET_MARK
from .spans import Fact

#: Opening quotes (two-character ones first) and closing quotes.
OPEN_QUOTE = r"(?:,,|’’|‘‘|''|‚‚|„|“|”|\"|«|‹|‟)"
CLOSE_QUOTE = r"(?:’’|‘’|''|‘‘|”|“|\"|»|›|‟)"
#: A quoted name: typographic or double quotes, or single straight quotes (``projektas 'Universalaus
#: daugiafunkcinio centro … įkūrimas'``), which close only before a non-letter so that an
#: apostrophe inside a word does not.
QUOTED = (
    rf"(?:{OPEN_QUOTE}|(?P<sq>'(?=[^\W\d_])))(?P<q>[^\n\"“”„«»‟]{{1,300}}?)"
    rf"(?(sq)'(?![^\W\d_])|{CLOSE_QUOTE})"
)

#: Longest acronym and title taken.
MAX_ACRONYM = 60
MAX_TITLE = 300

#: Characters searched around the last word of a label for the whole label.
_LABEL_RADIUS = 60

_ACRONYM_TOKEN = re.compile(r"[^\W_][\w&+.-]{1,40}")
SPACE = "[ \t\u00a0]"
#: A list bullet that may open a line before a label or its value (``• Projekta akronīms``).
BULLET = rf"(?:{BULLET_MARK}{SPACE}+)?"


def looks_like_acronym(s: str) -> bool:
    """One token with capitals inside (RiskChildren, SocQuality, OCTOPUS, ESF4U, Care4You, SOC-Link,
    e-Senior), not a fund name."""
    if not _ACRONYM_TOKEN.fullmatch(s):
        return False
    if hyphenated(s):
        return parse_fund(s) is None
    letters = [c for c in s if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if len(letters) < 3 or upper < 2:
        return False
    return (camel(s) or upper == len(letters)) and parse_fund(s) is None


#: Two runs of letters joined by one hyphen (which part is a capital is checked by :func:`hyphenated`).
_HYPHENATED = re.compile(r"(?P<first>[^\W\d_]+)-(?P<second>[^\W\d_]{3,})")


def hyphenated(s: str) -> bool:
    """A short name of two parts joined by a hyphen, the first a letter alone or in capitals and the
    second capitalised: ``SOC-Link``, ``CBC-Youth``, ``e-Senior``, ``B-Safe`` (not ``EU-funded``,
    ``ES-Latvija``, ``ERAF-Projekts``, ``Latvija-Lietuva``, ``COVID-19``)."""
    m = _HYPHENATED.fullmatch(s)
    if m is None:
        return False
    first = m.group("first")
    return (
        (len(first) == 1 or (len(first) >= 3 and first.isupper()))
        and m.group("second")[0].isupper()
        and (parse_fund(first) is None)
    )


def camel(s: str) -> bool:
    """A capital after a small letter inside the word, digits between them or not: ``SmartAge``,
    ``eHealth``, ``Care4You`` (not ``SMART``)."""
    t = "".join(c for c in s if not c.isdigit())
    return any(a.islower() and b.isupper() for a, b in zip(t, t[1:]))


@lru_cache(maxsize=None)
def label_alternation(kind: str) -> str:
    """The labels of ``kind`` (acronym or title) of lexicon ``name_labels`` as one alternation,
    longest first, any run of spaces between their words."""
    rows = sorted(
        (r for r in lexicon.load("name_labels") if r["kind"] == kind), key=lambda r: len(r["label"]), reverse=True
    )
    return "|".join(r"\s+".join(re.escape(w) for w in r["label"].split()) for r in rows)


@lru_cache(maxsize=None)
def label_pattern(kind: str) -> re.Pattern[str]:
    """All labels of ``kind`` (acronym or title) in one pattern, longest first, then ``:`` or a
    dash; or the label directly before a quoted value (``Projekta akronīms “Potenciāla attīstība”``),
    maybe after a copula of lexicon ``name_keywords`` (``… saīsinātais nosaukums ir “Drošs solis”``);
    or a label alone on its line with the value on the next non-blank line (fact boxes:
    ``Projekto pavadinimas`` / blank line / the title), each line maybe opened by a list bullet."""
    alts = label_alternation(kind)
    own_line = (
        rf"(?:^|(?<=\n)){SPACE}*{BULLET}(?:{alts}){SPACE}*:?{SPACE}*\n(?:{SPACE}*\n){{0,2}}{SPACE}*{BULLET}(?=\S)"
    )
    # "… saīsinātais nosaukums ir “Drošs solis”": a copula only before a quoted value
    copula = rf"(?:(?:{keywords('copula')}){SPACE}+)?"
    inline = rf"(?<!\w)(?:{alts})(?:{SPACE}*[:–—|-]{SPACE}*|{SPACE}+{copula}(?={OPEN_QUOTE}))"
    return re.compile(rf"{own_line}|{inline}", re.IGNORECASE)


@lru_cache(maxsize=None)
def keywords(role: str) -> str:
    return "|".join(r["keyword"] for r in lexicon.load("name_keywords") if r["role"] == role)


@lru_cache(maxsize=None)
def project_quoted() -> re.Pattern[str]:
    """project word, optional ``Nr. <code>``, then a quoted name."""
    code = r"(?:(?:Nr|No)\.?\s*)?[A-Za-z0-9]*\d[\w.?/-]*"
    return re.compile(
        rf"(?<!\w)(?:{keywords('project')})(?:{SPACE}*:{SPACE}*|{SPACE}+)(?:{code}{SPACE}+)?{QUOTED}",
        re.IGNORECASE,
    )


@lru_cache(maxsize=None)
def alias_quoted() -> re.Pattern[str]:
    """alias word then a quoted name; the caller checks that a closing quote stands before it."""
    return re.compile(rf"(?:{keywords('alias')}){SPACE}+{QUOTED}", re.IGNORECASE)


@lru_cache(maxsize=None)
def number_word_after() -> re.Pattern[str]:
    """``Nr. X`` right after a bracket: the number words of lexicon ``code_number_words``, whole
    (``NOSAUKUMS`` does not open with ``No``)."""
    words = "|".join(re.escape(r["form"]) for r in lexicon.load("code_number_words"))
    return re.compile(rf"{SPACE}*(?:{words})(?![^\W\d_])\.?{SPACE}*[A-Za-z0-9]", re.IGNORECASE)


@lru_cache(maxsize=None)
def _label_words(kind: str) -> frozenset[str]:
    """The last words of the labels of ``kind`` (acronym or title), lower case."""
    return frozenset(r["label"].split()[-1].lower() for r in lexicon.load("name_labels") if r["kind"] == kind)


def label_windows(text: str, low: str, kind: str) -> list[tuple[int, int]]:
    """Windows around the last words of the labels of ``kind`` (acronym or title)."""
    return windows(text, find_literals(low, _label_words(kind)), _LABEL_RADIUS)


def label_matches(text: str, low: str, kind: str) -> list[re.Match[str]]:
    pat = label_pattern(kind)
    return [m for ws, we in label_windows(text, low, kind) for m in pat.finditer(text, ws, we)]


@lru_cache(maxsize=None)
def _keyword_literals(role: str) -> tuple[str, ...]:
    """Literal beginnings of the keywords of ``role`` (the letters before any regex syntax)."""
    out = []
    for r in lexicon.load("name_keywords"):
        if r["role"] == role:
            kw = r["keyword"]
            lit = re.match(r"[^\\()\[\]?*+|{}.]+", kw)
            word = lit.group(0) if lit else kw
            if len(word) < len(kw) and kw[len(word)] in "?*{":
                word = word[:-1]  # "projects?": the s is optional
            out.append(word.lower())
    return tuple(out)


def keyword_starts(text: str, low: str, role: str) -> list[int]:
    """Start offsets of the words that begin like a keyword of ``role``."""
    return word_starts(text, find_literals(low, _keyword_literals(role)))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past surrounding spaces and trailing ``,;:`` punctuation."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:–-"):
        end -= 1
    return start, end


def label_value(text: str, pos: int, limit: int, end: int | None = None) -> tuple[int, int] | None:
    """Span of a label's value starting at ``pos``: quoted text, else the line up to `` / `` or ``. ``
    (and not past ``end`` when given)."""
    m = re.compile(QUOTED).match(text, pos)
    if m:
        s, e = trim(text, *m.span("q"))
        return (s, e) if e > s else None
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    line_end = line_end if end is None else min(line_end, end)
    stop = line_end
    for sep in (" / ", ". ", " |"):
        k = text.find(sep, pos, line_end)
        if k >= 0:
            stop = min(stop, k)
    s, e = trim(text, pos, stop)
    if e > s and text[e - 1] == ".":
        e -= 1
    if e <= s or e - s > limit or not any(c.isalpha() for c in text[s:e]):
        return None
    return s, e


def dedupe(found: list[Fact]) -> list[Fact]:
    seen: set[tuple[int, int]] = set()
    out = []
    for f in sorted(found, key=lambda f: (f.start, f.end, f.rule)):
        if (f.start, f.end) not in seen and f.end > f.start:
            seen.add((f.start, f.end))
            out.append(f)
    return out


class NameText:
    """One text as the name recognisers read it: ``text``, ``low`` (lower-cased, same length), its
    project ``codes`` (:func:`~socreport.parse.codes.find_codes`, unless the caller has them) and,
    found once when first asked for, :attr:`project_matches`."""

    def __init__(self, text: str, codes: list[Fact] | None = None) -> None:
        self.text = text
        self.low = lower_same_length(text)
        self.codes = find_codes(text) if codes is None else codes

    @cached_property
    def project_matches(self) -> tuple[re.Match[str], ...]:
        """Quoted names after a project word (``Projekts “…”``, ``projekta Nr. … “…”``): the titles
        and the acronyms both start from them."""
        pat = project_quoted()
        return tuple(m for p in keyword_starts(self.text, self.low, "project") if (m := pat.match(self.text, p)))
