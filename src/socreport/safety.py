"""Keeping scraped text inert in spreadsheets (CSV injection, a.k.a. formula injection).

A cell whose text begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a
formula by Excel and LibreOffice. Scraped text must never run, so writers use these helpers: the
Excel writer stores such text as a string cell, the CSV writer prefixes it with an apostrophe
(the convention spreadsheet programs hide on display).
"""

from __future__ import annotations

FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value: object) -> bool:
    """True for a string a spreadsheet would treat as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


def csv_safe(value: object) -> object:
    """``value`` with an apostrophe in front if it is formula-like text; anything else unchanged."""
    return "'" + value if looks_like_formula(value) else value  # type: ignore[operator]
