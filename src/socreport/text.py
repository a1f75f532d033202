"""Text normalisation and Latvian-aware sentence boundaries.

Every fact's ``start``/``end`` offsets refer to the text that :func:`normalise` returns, so the
normalised text is the one canonical form of a document. The rules, applied in this order:

1. Unicode NFC (Latvian letters written as base letter + combining macron/caron/cedilla become
   one character: ``a`` + U+0304 → ``ā``); NFC is applied again at the end if a removal below
   joined a letter and a mark. Before NFC, a run of more than :data:`MAX_COMBINING` combining
   marks in a row is cut to that many (the bound of Unicode's stream-safe text format, UAX #15):
   no writing system needs more, and reordering an unbounded run takes time quadratic in its length.
2. Line breaks: CRLF, CR, NEL, LINE/PARAGRAPH SEPARATOR, vertical tab and form feed become ``\\n``.
3. Invisible characters are removed: soft hyphen, zero-width space/joiner/non-joiner, word joiner,
   byte-order mark, bidirectional marks and the other control characters (newline stays).
4. Spaces: no-break, thin, narrow no-break, figure, em/en and the other Unicode spaces and tabs
   become an ordinary space; so ``661\\u00a0092.24`` becomes ``661 092.24`` and the thousands
   grouping stays readable.
5. Quotes: double quotes ``“ ” „ ‟ « » ″ ＂`` become ``"``, single quotes ``‘ ’ ‚ ‛ ‹ › ′``
   become ``'``; the typewriter substitutes ``,,`` (opening, before a word) and ``''`` become ``"``.
6. Dashes: one canonical *hyphen* ``-`` (U+002D) for the hyphen-like characters (hyphen U+2010,
   non-breaking hyphen U+2011, minus sign U+2212, small/full-width hyphen-minus), and one canonical
   *dash* ``–`` (en dash U+2013) for the dash-like ones (figure dash U+2012, em dash U+2014,
   horizontal bar U+2015, two/three-em dashes). A minus before a number is therefore ``-5`` and a
   range or parenthetical dash is ``–`` (``01.06.2020. – 31.05.2022.``), as the seed pages write it.
7. Lines: runs of spaces collapse to one space; spaces at the start and end of each line are
   removed; more than one blank line in a row becomes one blank line; blank lines at the start and
   end of the text are removed.
8. Markdown headings: the one to six ``#`` and the space that open a line (``## Projekta
   akronīms``, as a converter writes a fact box's label set as a heading) are removed, so the line
   reads as the label or the text it is; a line of ``#`` alone (``# # #``, a separator) stays.

:func:`normalise` is idempotent: ``normalise(normalise(s)) == normalise(s)``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# -- normalisation ------------------------------------------------------------------------------

_LINE_BREAK_CHARS = "\r\u0085\u2028\u2029\x0b\x0c"
_INVISIBLE = (
    "\u00ad"  # soft hyphen
    "\u180e"  # Mongolian vowel separator (formerly a space)
    "\u200b\u200c\u200d"  # zero-width space, non-joiner, joiner
    "\u200e\u200f"  # left-to-right / right-to-left marks
    "\u202a\u202b\u202c\u202d\u202e"  # bidirectional embeddings and overrides
    "\u2060\u2061\u2062\u2063\u2064"  # word joiner, invisible operators
    "\u2066\u2067\u2068\u2069"  # bidirectional isolates
    "\ufeff"  # byte-order mark / zero-width no-break space
)
_CONTROLS = "".join(chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0)] if c != 0x85)
_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02\u275d\u275e"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2039\u203a\u2032\u275b\u275c\uff07"
_HYPHENS = "\u2010\u2011\u2212\ufe63\uff0d"
_DASHES = "\u2012\u2014\u2015\u2e3a\u2e3b\ufe58\ufe31\ufe32"

_ONE_TO_ONE: dict[str, str] = {
    **{c: '"' for c in _DOUBLE_QUOTES},
    **{c: "'" for c in _SINGLE_QUOTES},
    **{c: "-" for c in _HYPHENS},
    **{c: "\u2013" for c in _DASHES},
}
_LINE_BREAK = re.compile("[" + re.escape(_LINE_BREAK_CHARS) + "]")
_REMOVE = re.compile("[" + re.escape(_INVISIBLE + _CONTROLS) + "]+")
_MAP = re.compile("[" + re.escape("".join(_ONE_TO_ONE)) + "]")
_LOW_DOUBLE_COMMA = re.compile(r"(?<![^\s(\[])(?:,,)+(?=\w)")  # ,,Ģimenes asistenti” → "Ģimenes ...
_TWO_SINGLE_QUOTES = re.compile(r"''+")  # ’’Sabiedrībā → "Sabiedrībā
_BLANK_LINES = re.compile(r"\n\n\n+")

#: Combining marks kept in a row after a base character (Unicode's stream-safe bound, UAX #15).
MAX_COMBINING: int = 30
#: Every character with a non-zero canonical combining class lies below this code point
#: (checked by a test over the whole code space for the running Python's Unicode version).
_COMBINING_BELOW: int = 0x1F000


@lru_cache(maxsize=1)
def _long_mark_runs() -> re.Pattern[str]:
    """Runs of more than :data:`MAX_COMBINING` combining marks; group 1 is the part kept."""
    marks = "".join(c for c in map(chr, range(_COMBINING_BELOW)) if unicodedata.combining(c))
    cls = "[" + re.escape(marks) + "]"
    return re.compile(f"({cls}{{{MAX_COMBINING}}}){cls}+")


def _nfc(s: str) -> str:
    """NFC of ``s`` in time linear in its length (long runs of marks cut first, see rule 1)."""
    if unicodedata.is_normalized("NFC", s):
        return s
    return unicodedata.normalize("NFC", _long_mark_runs().sub(r"\1", s))


#: Markdown heading marks opening a line, before text that is not a ``#`` (rule 8).
_HEADING_MARKS = re.compile(r"(?m)^(?:#{1,6} )+(?=[^#\s])")


def normalise(s: str) -> str:
    """The canonical form of ``s`` that all fact offsets refer to (rules in the module docstring).

    Never raises for any ``str``; idempotent."""
    s = _nfc(s)
    s = _LINE_BREAK.sub("\n", s.replace("\r\n", "\n"))
    s = _REMOVE.sub("", s)
    s = _MAP.sub(lambda m: _ONE_TO_ONE[m.group()], s)
    if ",," in s:
        s = _LOW_DOUBLE_COMMA.sub('"', s)
    if "''" in s:
        s = _TWO_SINGLE_QUOTES.sub('"', s)
    # str.split() splits at every Unicode space (all of _SPACES), so this maps them to " ",
    # collapses runs and strips both ends of each line in one pass.
    s = "\n".join([" ".join(line.split()) for line in s.split("\n")])
    s = _BLANK_LINES.sub("\n\n", s).strip("\n")
    if "#" in s:
        s = _HEADING_MARKS.sub("", s)
    if not unicodedata.is_normalized("NFC", s):  # removing an invisible character can join a mark
        s = normalise(_nfc(s))
    return s


# -- sentences ----------------------------------------------------------------------------------

#: A sentence longer than this (characters) is shown as a window around the span.
SENTENCE_CAP: int = 600
#: How far (characters) :func:`sentence_at` looks on each side of a span for sentence boundaries.
_WINDOW: int = 4000

_TERMINAL = re.compile(r"[.!?\u2026]+[\"')\]]*(?=\s)")
_WORD_CHARS = re.compile(r"[^\W\d_]+")
_DOTTED_ABBREV = re.compile(r"^(?:[^\W\d_]{1,4}\.){2,}$")
_NUMBER_TOKEN = re.compile(r"^[\d.]+$")
_YEAR = re.compile(r"^\d{4}\.$")
_ROMAN = re.compile(r"^[IVXLC]{1,5}\.$")
_OPENERS = "\"'([«„"


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(never-final, may-be-final) abbreviations from lexicon ``article_markers``, casefolded."""
    from .parse.lexicon import load

    never, final = set(), set()
    for row in load("article_markers"):
        if row["kind"] == "abbreviation":
            never.add(row["value"].casefold())
        elif row["kind"] == "abbreviation_final":
            final.add(row["value"].casefold())
    return frozenset(never - final), frozenset(final)


def _token_before(text: str, end: int) -> str:
    """The whitespace-delimited token that ends at ``end`` (at most 40 characters back)."""
    i = end
    lo = max(0, end - 40)
    while i > lo and not text[i - 1].isspace():
        i -= 1
    return text[i:end].lstrip(_OPENERS)


def _next_visible(text: str, i: int) -> tuple[int, str]:
    """Position and character of the first non-space character at or after ``i`` on the same run."""
    n = len(text)
    while i < n and text[i] in " \t":
        i += 1
    return i, (text[i] if i < n else "")


def _period_ends_sentence(token: str, nxt: str) -> bool:
    """Whether a period that ends ``token`` ends a sentence, given the next visible character ``nxt``.

    Never: after an abbreviation from the lexicon, a single letter (initials ``M. Kolneja``, ``g.``),
    a dotted lowercase abbreviation (``t.sk.``, ``u.tml.``), a Roman numeral, or a number other
    than a bare year (``1.`` list items, ``16.`` ordinals, ``01.05.2015.`` dates, ``9.2.2.1.``
    codes). Otherwise when a capital letter follows, or a digit after an ordinary word."""
    never, final = _abbreviations()
    low = token.casefold()
    # the token, or its tail after a non-letter ("(t.sk." → "t.sk."), is a listed abbreviation
    if any(low[i:] in never for i in range(len(low)) if i == 0 or not low[i - 1].isalpha()):
        return False
    words = _WORD_CHARS.findall(token)
    if low in final:
        return nxt.isupper()
    if len(token) == 2 and token[0].isalpha():
        return False
    if _ROMAN.match(token):
        return False
    if _DOTTED_ABBREV.match(token) and token == token.lower():
        return False
    bare = token.lstrip("-\u2013(")
    if _NUMBER_TOKEN.match(bare):
        return bool(_YEAR.match(bare)) and nxt.isupper()
    if nxt.isupper():
        return True
    return nxt.isdigit() and len(words) == 1 and len(words[0]) >= 3 and words[0] == token[:-1]


def _splits_in_line(text: str, lo: int, hi: int, terminals: Iterable[re.Match[str]] | None = None) -> list[int]:
    """Positions in ``text[lo:hi]`` (one line) where a new sentence starts after ``.!?…``.

    ``terminals``: the line's matches of ``_TERMINAL`` when the caller has them (else found here)."""
    out = []
    for m in _TERMINAL.finditer(text, lo, hi) if terminals is None else terminals:
        j, nxt = _next_visible(text, m.end())
        if j >= hi:
            continue
        first = nxt
        k = j
        while first in _OPENERS and k + 1 < hi:
            k += 1
            first = text[k]
        punct = m.group(0).rstrip("\"')]")
        if punct.endswith(".") and len(punct) == 1:
            if _period_ends_sentence(_token_before(text, m.start() + 1), first):
                out.append(j)
        elif first.isupper() or first.isdigit():
            out.append(j)
    return out


def _soft_wrap(prev_line: str, next_line: str) -> bool:
    """A single line break inside a sentence: the line does not end a clause and the next one
    continues in lowercase."""
    return bool(prev_line) and prev_line[-1] not in ".!?:;\u2026\"'" and next_line[:1].islower()


def _bounds(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Sentences of ``text[lo:hi]`` as stripped ``(start, end)`` spans; decisions look only at
    characters near each boundary, so a window gives the same sentences as the whole text."""
    cuts = [lo]
    pos = lo
    lines: list[tuple[int, int]] = []
    while pos <= hi:
        nl = text.find("\n", pos, hi)
        end = hi if nl < 0 else nl
        lines.append((pos, end))
        if nl < 0:
            break
        pos = nl + 1
    # One scan for sentence-final punctuation over the whole range, handed out line by line. A match
    # never holds a line break; one that a per-line scan would miss (it ends at the line's end, where
    # only the next line's break satisfies its look-ahead) is skipped by _splits_in_line anyway,
    # since no visible character follows it on the line.
    terminals = list(_TERMINAL.finditer(text, lo, hi))
    t = 0
    for idx, (a, b) in enumerate(lines):
        u = t
        while u < len(terminals) and terminals[u].start() < b:
            u += 1
        cuts.extend(_splits_in_line(text, a, b, terminals[t:u]))
        t = u
        if idx + 1 < len(lines):
            na, nb = lines[idx + 1]
            if a == b or na == nb or not _soft_wrap(text[a:b], text[na:nb]):
                cuts.append(na)
    cuts.append(hi)
    return spans_between(text, cuts)


def spans_between(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    """The non-blank pieces of ``text`` between consecutive ``cuts``, trimmed of white space."""
    out = []
    for a, b in zip(cuts, cuts[1:]):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Sentences of ``text`` as ``(start, end)`` character offsets, in order, without surrounding
    whitespace.

    Boundaries: every blank line; a single line break unless it is a soft wrap (the line does not
    end with punctuation and the next starts in lowercase); and ``.``/``!``/``?``/``…`` followed by
    a space and a capital letter (or an opening quote and a capital). A period does not end a
    sentence after an abbreviation (``t.sk.``, ``Nr.``, ``milj.``, ``tūkst.``, ``g.``, lexicon
    ``article_markers``), an initial, a list number or ordinal (``1.``, ``16. maijā``), inside dates,
    decimals and codes (``01.06.2020.``, ``661 092.24``, ``9.2.2.1./15/I/001``) or before lowercase."""
    return _bounds(text, 0, len(text))


def _collapse(s: str) -> str:
    return " ".join(s.split())


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence(s) of ``text`` containing the span ``[start, end)``, stripped, with internal
    line breaks and space runs collapsed to single spaces.

    Only the paragraph around the span (bounded by blank lines, at most ``_WINDOW`` characters each
    side) is examined, which gives the same sentences as :func:`sentence_bounds` because blank lines
    always end a sentence. A sentence longer than :data:`SENTENCE_CAP` characters is cut to a window
    of about that many characters centred on the span (cut at spaces, marked with ``…``); the span
    itself is never cut. Out-of-range offsets are clamped; a span of only whitespace gives ``""``."""
    n = len(text)
    start = max(0, min(start, n))
    end = max(start, min(end, n))
    lo = text.rfind("\n\n", max(0, start - _WINDOW), start)
    lo = max(0, start - _WINDOW) if lo < 0 else lo + 2
    hi = text.find("\n\n", end, min(n, end + _WINDOW))
    hi = min(n, end + _WINDOW) if hi < 0 else hi
    if start == end:
        hits = [(s, e) for s, e in _bounds(text, lo, hi) if s <= start <= e]
    else:
        hits = [(s, e) for s, e in _bounds(text, lo, hi) if s < end and e > start]
    if not hits:
        return _collapse(text[start:end])
    a, b = min(start, hits[0][0]), max(end, hits[-1][1])
    return _window(text, a, b, start, end)


class SentenceIndex:
    """The sentences of ``text[lo:hi]`` computed once, for looking up many spans (the facts of an
    article): :meth:`span` gives a sentence's bounds, :meth:`of` the same string as
    :func:`sentence_at`, shared by every fact of the sentence."""

    def __init__(self, text: str, lo: int = 0, hi: int | None = None):
        hi = len(text) if hi is None else hi
        self.text = text
        self.bounds = [(a + lo, b + lo) for a, b in sentence_bounds(text[lo:hi])]
        self.starts = [a for a, _ in self.bounds]
        self._cache: dict[tuple[int, int], str] = {}

    def span(self, pos: int) -> tuple[int, int]:
        """Bounds of the sentence at or before ``pos`` (the first sentence when none starts before)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return (0, 0) if not self.bounds else self.bounds[0]
        return self.bounds[i]

    def of(self, start: int, end: int) -> str:
        """The sentence(s) containing ``[start, end)``, collapsed and cut like :func:`sentence_at`."""
        a, b = self.span(start)
        if end > b:  # a span across a sentence boundary: join the sentences
            b = self.span(max(end - 1, start))[1]
        a, b = min(a, start), max(b, end)
        if b - a > SENTENCE_CAP:  # cut around this span: not shared
            return _window(self.text, a, b, start, end)
        s = self._cache.get((a, b))
        if s is None:
            s = self._cache[(a, b)] = _collapse(self.text[a:b])
        return s


def _window(text: str, a: int, b: int, start: int, end: int) -> str:
    """``text[a:b]`` collapsed, cut to about :data:`SENTENCE_CAP` characters around ``[start, end)``."""
    if b - a <= SENTENCE_CAP:
        return _collapse(text[a:b])
    room = max(0, SENTENCE_CAP - (end - start))
    left = min(start - a, room // 2)
    right = min(b - end, room - left)
    left = min(start - a, room - right)
    wa, wb = start - left, end + right
    if wa > a:
        sp = text.find(" ", wa, start)
        wa = sp + 1 if sp >= 0 else start
    if wb < b:
        sp = text.rfind(" ", end, wb)
        wb = sp if sp >= 0 else end
    body = _collapse(text[wa:wb])
    return ("\u2026 " if wa > a else "") + body + (" \u2026" if wb < b else "")
