"""Words that are never a project's short name, wherever they stand: codes, funds, currencies and
the programme, method and body words of lexicon ``acronym_stops`` (``LEADER``, ``ES``, ``CFLA``).
Shared by the short-name rules of :mod:`socreport.parse.acronyms` and
:mod:`socreport.parse.acronym_headings`."""

from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .codes import find_codes
from .funds import parse_fund


def is_code(s: str) -> bool:
    """``s`` is a project or measure number (``LLI-402``), which is never a short name."""
    return any(ch.isdigit() for ch in s) and any(c.start == 0 and c.end == len(s) for c in find_codes(s))


def never_short_name(s: str) -> bool:
    """``s`` is a code, a fund (``ERAF``, ``ESF``), a currency (``EUR``, lexicon ``currencies``) or a
    word of ``acronym_stops`` (``LEADER``, ``ES``, ``CFLA``): never a project's short name, wherever
    it stands (``… attīstības fonda (ERAF)``, ``Projekta kopējās izmaksas (EUR)``)."""
    s = s.strip()
    folded = s.casefold()
    return is_code(s) or parse_fund(s) is not None or folded in acronym_stops() or folded in _currency_words()


@lru_cache(maxsize=None)
def _currency_words() -> frozenset[str]:
    """The currencies' letter forms (``EUR``, ``LVL``, ``Lt``), case-folded."""
    return frozenset(r["form"].casefold() for r in lexicon.load("currencies") if r["form"].isalpha())


@lru_cache(maxsize=None)
def acronym_stops() -> frozenset[str]:
    """Words shaped like acronyms that name a programme, method or kind of body (lexicon ``acronym_stops``)."""
    return frozenset(r["word"].casefold() for r in lexicon.load("acronym_stops"))
