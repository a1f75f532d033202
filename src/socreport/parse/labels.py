"""Label lookup: the words that give a figure its role (``lexicon/roles.csv``).

Each role (``total``, ``partner``, ``breakdown``, ``period``, ``target``, ...) is one
case-insensitive alternation of the lexicon's patterns. :func:`has` asks whether a label of a role
stands in a piece of text; it tries the pattern only where one of the literals every match starts
with occurs (see :func:`socreport.parse._scan.required_literals`), so a miss costs a few
``str.find`` calls.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from . import lexicon
from ._scan import required_literals, safe_lower, search_at_literals


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    by_role: dict[str, list[str]] = defaultdict(list)
    for r in lexicon.load("roles"):
        by_role[r["role"]].append(f"(?:{r['pattern']})")
    return {role: re.compile("|".join(pats), re.IGNORECASE) for role, pats in by_role.items()}


@lru_cache(maxsize=1)
def _literals() -> dict[str, tuple[str, ...] | None]:
    """Per role, literals one of which every match of its pattern starts with (None: no filter)."""
    return {role: required_literals(pat.pattern) for role, pat in _patterns().items()}


def roles() -> tuple[str, ...]:
    """The roles the lexicon defines, sorted."""
    return tuple(sorted(_patterns()))


def pattern(role: str) -> re.Pattern[str]:
    """The compiled case-insensitive pattern of ``role``'s labels."""
    return _patterns()[role]


def has(role: str, s: str) -> bool:
    """True when a label of ``role`` stands anywhere in ``s``."""
    return search_at_literals(_patterns()[role], _literals()[role], s, safe_lower(s)) is not None


def last_start(role: str, s: str) -> int | None:
    """Where the last label of ``role`` in ``s`` starts (the one nearest a figure that follows), or None."""
    pat, lits = _patterns()[role], _literals()[role]
    if search_at_literals(pat, lits, s, safe_lower(s)) is None:
        return None
    out = None
    for m in pat.finditer(s):  # labels are short (one line at most): a scan is cheap
        out = m.start()
    return out


class Scan:
    """A text, or the part ``[start, end)`` of it, lower-cased once for many label lookups in its
    pieces: :meth:`has` and :meth:`search` on ``[a, b)`` answer exactly as :func:`has` and
    ``pattern.search`` on ``text[a:b]`` do, but look for the literals in the one lower-cased copy
    (``str.find`` within bounds) and copy the piece only when one is found. Pieces outside
    ``[start, end)`` are answered the plain way. :meth:`has` remembers its answers, so the many
    figures of one sentence asking about their sentence cost one lookup: an article's label lookups
    take time linear in its length however many figures a (long) sentence holds."""

    __slots__ = ("text", "start", "end", "low", "_seen")

    def __init__(self, text: str, start: int = 0, end: int | None = None):
        self.text = text
        self.start = start
        self.end = len(text) if end is None else end
        self.low = safe_lower(text[self.start : self.end])  # None: the text holds a case twin
        self._seen: dict[tuple[str, int, int], bool] = {}

    def has(self, role: str, a: int, b: int) -> bool:
        """True when a label of ``role`` stands in ``text[a:b]``."""
        key = (role, a, b)
        hit = self._seen.get(key)
        if hit is None:
            hit = self._seen[key] = self._search(_patterns()[role], _literals()[role], a, b) is not None
        return hit

    def search(self, pat: re.Pattern[str], a: int, b: int) -> re.Match[str] | None:
        """``pat.search(text[a:b])`` (positions relative to ``a``)."""
        return self._search(pat, required_literals(pat.pattern), a, b)

    def _search(self, pat: re.Pattern[str], literals: tuple[str, ...] | None, a: int, b: int) -> re.Match[str] | None:
        if literals is None or self.low is None or a < self.start or b > self.end:
            piece = self.text[a:b]
            return search_at_literals(pat, literals, piece, safe_lower(piece))
        i, j = a - self.start, b - self.start
        hits = []
        for lit in literals:
            k = self.low.find(lit, i, j)
            while k >= 0:
                hits.append(k)
                k = self.low.find(lit, k + 1, j)
        if not hits:
            return None
        piece = self.text[a:b]
        for k in sorted(hits):
            m = pat.match(piece, k - i)
            if m is not None:
                return m
        return None


__all__ = ["Scan", "has", "last_start", "pattern", "roles"]
