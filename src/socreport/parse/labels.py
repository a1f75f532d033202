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


__all__ = ["has", "last_start", "pattern", "roles"]
