"""Whole numbers written out in words, in Latvian, English and Lithuanian, in their cases:
``divpadsmit``, ``divdesmit četrus``, ``twenty-four``, ``dvidešimt keturių`` (lexicon
``number_words.csv``). A ten may stand alone or before a unit (space or hyphen between), a unit or
a teen alone. No function here raises on any string.
"""

from __future__ import annotations

import re
from functools import lru_cache

from socreport.parse.lexicon import load
from socreport.parse.spellings import alternation


@lru_cache(maxsize=1)
def _values() -> dict[str, tuple[int, str]]:
    return {r["word"].casefold(): (int(r["value"]), r["kind"]) for r in load("number_words")}


def _forms(*kinds: str) -> list[str]:
    return [w for w, (_, k) in _values().items() if k in kinds]


@lru_cache(maxsize=1)
def number_words() -> str:
    """A regex (no groups) for one number in words: ``ten[ -]unit``, ``ten``, ``teen`` or ``unit``."""
    ten, unit, teen = alternation(_forms("ten")), alternation(_forms("unit")), alternation(_forms("teen"))
    return rf"(?:{ten}(?:(?:[ \t]*-[ \t]*|[ \t]+){unit})?|{teen}|{unit})"


_WORD = re.compile(r"[^\W\d_]+")


def words_value(s: str) -> int | None:
    """The number that ``s`` (a match of :func:`number_words`) writes: ``divdesmit četri`` -> 24;
    None when ``s`` holds a word that is no number."""
    if not isinstance(s, str):
        return None
    total = 0
    words = _WORD.findall(s)
    for w in words:
        v = _values().get(w.casefold())
        if v is None:
            return None
        total += v[0]
    return total if words else None
