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
from re import _casefix
from typing import Iterable


#: Characters for which case-insensitive regex matching is not mirrored by ``str.lower``: "İ"
#: (lower-cases to two characters) and those with extra case-insensitive twins in ``re``
#: (dotless ı, long ſ, Greek and Cyrillic letter variants). A text without them matches a
#: lower-case literal case-insensitively exactly where its ``str.lower()`` contains the literal.
CASE_TWINS = re.compile("[\u0130" + "".join(
    re.escape(chr(c)) for c in sorted({c for k, v in _casefix._EXTRA_CASES.items() for c in (k, *v)}) if c > 127
) + "]")


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
    whitespace (or the text's ends) so that no word is cut; overlapping ranges are merged."""
    n = len(text)
    out: list[tuple[int, int]] = []
    for s, e in sorted(hits):
        ws = max(0, s - radius)
        we = min(n, e + radius)
        while ws > 0 and not text[ws - 1].isspace():
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
