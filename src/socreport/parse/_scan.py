"""Scanning helpers shared by the name, code, fund, count and organisation recognisers.

Python's regular expressions are fast when a pattern starts with a literal or a character class
and slow when it starts with a look-behind or is case-insensitive. The recognisers therefore first
find cheap *triggers* (a literal every match must contain, searched in a lower-cased copy of the
text with ``str.find``) and run their detailed patterns only in windows around them. Offsets are unchanged: the
lower-cased copy has the same length as the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache

try:  # Python 3.11+
    from re import _constants as _re_constants
    from re import _parser as _re_parser
    from re._casefix import _EXTRA_CASES
except ImportError:  # Python 3.10
    import sre_constants as _re_constants  # type: ignore[no-redef]
    import sre_parse as _re_parser  # type: ignore[no-redef]
    from sre_compile import _ignorecase_fixes as _EXTRA_CASES  # type: ignore[attr-defined, no-redef]


#: Characters for which case-insensitive regex matching is not mirrored by ``str.lower``: "İ"
#: (lower-cases to two characters) and those with extra case-insensitive twins in ``re``
#: (dotless ı, long ſ, Greek and Cyrillic letter variants). A text without them matches a
#: lower-case literal case-insensitively exactly where its ``str.lower()`` contains the literal.
CASE_TWINS = re.compile(
    "[\u0130"
    + "".join(re.escape(chr(c)) for c in sorted({c for k, v in _EXTRA_CASES.items() for c in (k, *v)}) if c > 127)
    + "]"
)


def lower_same_length(text: str) -> str:
    """``text.lower()`` with every character kept one character long (so offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def find_literals(low: str, literals: Iterable[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of every occurrence of each literal in ``low`` (``str.find``, C speed), sorted."""
    hits: list[tuple[int, int]] = []
    for lit in {x for x in literals if x}:
        k = len(lit)
        i = low.find(lit)
        while i >= 0:
            hits.append((i, i + k))
            i = low.find(lit, i + 1)
    hits.sort()
    return hits


def windows(text: str, hits: Iterable[tuple[int, int]], radius: int) -> list[tuple[int, int]]:
    """Disjoint ``[start, end)`` ranges covering ``radius`` characters around each hit, widened to
    whitespace (or the text's ends) so that no word is cut; overlapping ranges are merged.

    Time is linear in the text plus the hits: a hit inside the range already built adds nothing,
    and widening stops where the previous range ends (it would be merged there anyway), so no
    character is stepped over twice however long a word is."""
    n = len(text)
    out: list[tuple[int, int]] = []
    for s, e in sorted(hits):
        we = min(n, e + radius)
        if out and we <= out[-1][1]:
            continue  # inside the previous range, which already ends at white space
        ws = max(0, s - radius)
        floor = out[-1][1] if out else 0
        while ws > floor and not text[ws - 1].isspace():
            ws -= 1
        while we < n and not text[we].isspace():
            we += 1
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], we))
        else:
            out.append((ws, we))
    return out


def word_starts(text: str, hits: Iterable[tuple[int, int]]) -> list[int]:
    """Sorted, distinct start offsets of the words that contain the hits."""
    out: set[int] = set()
    for s, _ in hits:
        i = s
        while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
            i -= 1
        out.add(i)
    return sorted(out)


class Lines:
    """Where the lines of a text begin and end, from one pass over it: :meth:`start` and
    :meth:`end` answer ``text.rfind("\\n", 0, pos) + 1`` and ``text.find("\\n", pos)`` (or the
    text's length) by bisection, so asking for every match of a long line stays linear."""

    __slots__ = ("_breaks", "_n")

    def __init__(self, text: str) -> None:
        breaks = []
        i = text.find("\n")
        while i >= 0:
            breaks.append(i)
            i = text.find("\n", i + 1)
        self._breaks = breaks
        self._n = len(text)

    def start(self, pos: int) -> int:
        """Offset of the first character of the line holding ``pos`` (after the last break before it)."""
        i = bisect_left(self._breaks, pos)
        return self._breaks[i - 1] + 1 if i else 0

    def end(self, pos: int) -> int:
        """Offset of the first line break at or after ``pos``, or the text's length."""
        i = bisect_left(self._breaks, pos)
        return self._breaks[i] if i < len(self._breaks) else self._n


class Disjoint:
    """A set of non-overlapping ``[start, end)`` spans; :meth:`add` refuses a span that overlaps."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, end)
        return i > 0 and self._ends[i - 1] > start

    def add(self, start: int, end: int) -> bool:
        """Add the span and return True, or return False when it overlaps one already taken."""
        if self.overlaps(start, end):
            return False
        i = bisect_left(self._starts, end)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True


@lru_cache(maxsize=1024)
def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Lower-case literals of which every match of ``pattern`` (compiled with any flags) starts with
    one: the literal start of each alternative, found in the parsed pattern past zero-width
    assertions (``\\b``, look-arounds, ``^``), into leading groups, and on past an optional
    leading part (``(?:projekta\\s+)?finansējuma`` -> ``finansējuma``, ``projekta``). None when
    some alternative starts with no literal or a literal holds a character of :data:`CASE_TWINS`
    (nothing to test). A literal that another one begins is left out (its hits are among the
    other's).

    With :func:`may_match` this makes a C-speed ``str``-membership test that rules out a text before
    a slow case-insensitive ``search``; e.g. ``r"\\beasi\\b"`` -> ``("easi",)``. Cached per pattern."""
    try:
        found = _starts(list(_re_parser.parse(pattern)))
    except Exception:  # noqa: BLE001 - an unparsable pattern simply gets no prefilter
        return None
    if not found or "" in found:
        return None
    return tuple(sorted(x for x in found if not any(x != y and x.startswith(y) for y in found)))


# A set of starts holds "" when the part can match the empty string: the literal is then whatever
# follows the part.
def _then(found: set[str] | None, rest: list) -> set[str] | None:
    if found is None or "" not in found:
        return found
    more = _starts(rest)
    return None if more is None else (found - {""}) | more


def _starts(items: list) -> set[str] | None:
    """The literal starts of the parsed pattern sequence ``items`` ("" for an empty match), or None."""
    c = _re_constants
    i = 0
    while i < len(items) and items[i][0] in (c.AT, c.ASSERT, c.ASSERT_NOT):
        i += 1
    if i == len(items):
        return {""}
    op, av = items[i]
    if op is c.LITERAL:
        chars = []
        while i < len(items) and items[i][0] is c.LITERAL:
            chars.append(chr(items[i][1]))
            i += 1
        lit = "".join(chars)
        if CASE_TWINS.search(lit) or len(lit.lower()) != len(lit):
            return None
        # the parser factors a common prefix out of alternatives ("latvi…|lietuv…" is read as
        # "l(?:atvi…|ietuv…)"): a group right after the literal lengthens it, so the prefilter
        # is "latvi", "lietuv" and not every "l" of the text
        more = _starts(items[i:]) if i < len(items) and items[i][0] in (c.SUBPATTERN, c.BRANCH) else None
        return {lit.lower() + m for m in more} if more else {lit.lower()}
    if op is c.SUBPATTERN:
        return _then(_starts(list(av[-1])), items[i + 1 :])
    if op is c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            s = _starts(list(alt))
            if s is None:
                return None
            out |= s
        return _then(out, items[i + 1 :])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0:  # an optional part: it, or what follows it
        inner = _starts(list(av[2]))
        return None if inner is None else _then(inner | {""}, items[i + 1 :])
    return None


def safe_lower(text: str) -> str | None:
    """``text.lower()`` when it mirrors case-insensitive regex matching character by character (same
    length, same offsets), else None: ``text`` holds a character of :data:`CASE_TWINS`."""
    return None if CASE_TWINS.search(text) else text.lower()


def may_match(literals: tuple[str, ...] | None, low: str | None) -> bool:
    """False only when no match of the pattern whose :func:`required_literals` are ``literals`` can
    be in the text whose :func:`safe_lower` is ``low`` (None: the text must be searched)."""
    return literals is None or low is None or any(lit in low for lit in literals)


@lru_cache(maxsize=64)
def _phrases(forms: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], bool], ...]:
    return tuple(sorted({(tuple(f.lower().split()), f[:1].isalnum()) for f in forms if f.split()}))


def _words_at(text: str, low: str, i: int, words: tuple[str, ...]) -> bool:
    """Whether ``words`` stand in ``low`` from ``i`` on, separated by white space runs of ``text``."""
    pos, n = i, len(text)
    for k, word in enumerate(words):
        if k:
            j = pos
            while j < n and text[j].isspace():
                j += 1
            if j == pos:
                return False
            pos = j
        if not low.startswith(word, pos):
            return False
        pos += len(word)
    return True


def phrase_starts(text: str, forms: tuple[str, ...]) -> list[int] | None:
    """Every offset where one of the lexicon spellings ``forms`` stands in ``text``, ignoring case,
    its words separated by any run of white space, and a spelling that begins with a letter or
    digit only at a word start (as :func:`socreport.parse.spellings.form_pattern` reads it); in
    order, found with C-speed ``str.find`` on the lower-cased text. None when the text cannot be
    lower-cased safely (:func:`safe_lower`): then the caller must search every position."""
    low = safe_lower(text)
    if low is None:
        return None
    out: set[int] = set()
    for words, at_word_start in _phrases(forms):
        i = low.find(words[0])
        while i >= 0:
            starts = not at_word_start or i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")
            if starts and _words_at(text, low, i, words):
                out.add(i)
            i = low.find(words[0], i + 1)
    return sorted(out)


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, found by trying ``pattern.match`` only at the
    ascending offsets ``starts`` (skipping those inside the previous match).

    Exact when every non-empty match of ``pattern`` starts at one of ``starts`` (e.g. the starts of
    digit runs for a number that cannot start after a digit); empty matches are never reported.
    ``match`` at an offset sees the text before it, so look-behinds read what ``finditer`` reads."""
    last_end = 0
    for i in starts:
        if i < last_end:
            continue
        m = pattern.match(text, i)
        if m is not None and m.end() > m.start():
            yield m
            last_end = m.end()


def search_at_literals(
    pattern: re.Pattern[str], literals: tuple[str, ...] | None, text: str, low: str | None
) -> re.Match[str] | None:
    """``pattern.search(text)``, with ``pattern`` tried only where one of its
    :func:`required_literals` (``literals``) stands in ``low`` (``safe_lower(text)``): every match
    starts with one of them, so the first of those positions that matches is the match ``search``
    finds. Falls back to ``search`` when ``literals`` or ``low`` is None."""
    if literals is None or low is None:
        return pattern.search(text)
    for start, _ in find_literals(low, literals):
        m = pattern.match(text, start)
        if m is not None:
            return m
    return None


def finditer_at_literals(
    pattern: re.Pattern[str], text: str, low: str | None = None, stem: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, found by trying ``pattern`` only where one of its
    :func:`required_literals` stands in ``low`` (``safe_lower(text)``, made here when not given);
    every match starts with one of them. ``stem`` cuts the literals to that many characters first:
    a pattern with hundreds of case forms (``dalībnieki``, ``dalībnieku`` ...) then needs one
    ``str.find`` per shared stem, not per form. Falls back to ``finditer`` when the pattern has no
    literals or the text cannot be lower-cased safely."""
    literals = required_literals(pattern.pattern)
    if low is None:
        low = safe_lower(text)
    if literals is None or low is None:
        return pattern.finditer(text)
    if stem is not None:
        literals = _cut(literals, stem)
    return matches_at(pattern, text, sorted({s for s, _ in find_literals(low, literals)}))


@lru_cache(maxsize=256)
def _cut(literals: tuple[str, ...], stem: int) -> tuple[str, ...]:
    return tuple(sorted({lit[:stem] for lit in literals}))
