"""Month names of ``lexicon/months.csv`` (every grammatical case, abbreviations, three languages)
as regular expressions and as month numbers, for the date recogniser."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from socreport.parse.lexicon import load
from socreport.parse.spellings import alternation, fold


@lru_cache(maxsize=None)
def month_numbers() -> Mapping[str, int]:
    """Month number by lower-case spelling, with and without diacritics, without a final dot."""
    out: dict[str, int] = {}
    for r in load("months"):
        n = int(r["month"])
        out.setdefault(r["form"].lower(), n)
        out.setdefault(fold(r["form"]), n)
    return out


def month_pattern(languages: tuple[str, ...]) -> str:
    """Alternation of month spellings of ``languages``.

    Latvian and Lithuanian spellings match in any letter case and also without diacritics;
    English names must be capitalised (``May``) or upper case so the verb "may" is no month.
    Abbreviations (``Sept``, ``janv``) may carry their dot."""
    rows = [r for r in load("months") if r["language"] in languages]

    def spellings(form: str, english: bool) -> set[str]:
        return {form[:1].upper() + form[1:], form.upper()} if english else {form, fold(form)}

    parts = []
    for english in (False, True):
        for abbr in (False, True):
            forms: set[str] = set()
            for r in rows:
                if (r["language"] == "en") == english and (r["case"] == "abbr") == abbr:
                    forms |= spellings(r["form"], english)
            if forms:
                p = alternation(forms) + (r"\.?" if abbr else "")
                parts.append(f"(?-i:{p})" if english else p)
    return "(?:" + "|".join(parts) + ")"


def month_initials(languages: tuple[str, ...]) -> str:
    """Character-class body of the letters month names of ``languages`` can start with
    (English capitalised only, Baltic in both cases and without diacritics)."""
    chars: set[str] = set()
    for r in load("months"):
        if r["language"] in languages:
            f = r["form"]
            chars |= {f[0].upper()} if r["language"] == "en" else {f[0].upper(), f[0].lower(), fold(f[0])}
    return "".join(re.escape(c) for c in sorted(chars))


def month_of(token: str) -> int | None:
    """The month a spelling names (any case, with or without diacritics or a final dot), or None."""
    t = token.rstrip(".").lower()
    table = month_numbers()
    return table.get(t) or table.get(fold(t))
