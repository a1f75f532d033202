"""Words and numbers as people read them: the text tables, the languages and the number formatters.

Every sentence the package shows a person — workbook texts, chart texts, the quality findings'
messages and the checks' meanings — is a row of a text table in ``socreport/data/`` with one column
per language (:data:`LANGS`); :func:`text` looks a key up in any of them. Adding a language is
adding a column; rewording a message is a data edit.

The tables are CSV files whose lines starting with ``#`` are comments, read by
:func:`read_commented_csv` (the one reader of such files in the package outside ``parse/``).

This module imports nothing else from the package, so every layer may use it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

#: Languages of every text table (and of the workbook, the charts and the messages).
LANGS: tuple[str, ...] = ("en", "lv")

#: Severities of quality findings, most serious first.
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")

#: The text tables, in lookup order: workbook texts, chart texts, quality-check texts, words of coded values.
TEXT_TABLES: tuple[str, ...] = (
    "workbook_text.csv",
    "plots_text.csv",
    "checks_text.csv",
    "values_text.csv",
    "cli_text.csv",
)


def read_commented_csv(text: str) -> list[dict[str, str]]:
    """The rows of CSV ``text`` (with a header row) whose lines starting with ``#`` are comments.

    Blank lines are skipped; a comment line may be indented. Cells are returned as written."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def read_csv_file(path: str | Path) -> list[dict[str, str]]:
    """:func:`read_commented_csv` of a UTF-8 file on disk."""
    return read_commented_csv(Path(path).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def data_table(name: str) -> tuple[Mapping[str, str], ...]:
    """Rows of the package data file ``socreport/data/<name>`` (read once; rows are read-only)."""
    raw = resources.files("socreport").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return tuple(MappingProxyType(row) for row in read_commented_csv(raw))


@lru_cache(maxsize=None)
def text_table() -> Mapping[str, Mapping[str, str]]:
    """``key -> {lang: text}`` over every table of :data:`TEXT_TABLES`; a key defined twice is an error."""
    out: dict[str, Mapping[str, str]] = {}
    for name in TEXT_TABLES:
        for row in data_table(name):
            key = row["key"]
            if key in out:
                raise ValueError(f"text key {key!r} is defined twice (socreport/data/{name})")
            out[key] = MappingProxyType({lang: row[lang] for lang in LANGS})
    return MappingProxyType(out)


def check_lang(lang: str) -> None:
    """Raise ``ValueError`` unless ``lang`` is one of :data:`LANGS`."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")


def text(key: str, lang: str = "en", **values: object) -> str:
    """The text ``key`` in ``lang``, with its ``{name}`` fields filled in from ``values``.

    Raises ``KeyError`` naming the key for an unknown key, ``ValueError`` for an unknown language."""
    check_lang(lang)
    try:
        template = text_table()[key][lang]
    except KeyError:
        raise KeyError(f"no text {key!r} in {lang!r} (socreport/data/{', '.join(TEXT_TABLES)})") from None
    return template.format(**values) if values else template


def text_or(key: str, lang: str, fallback: str) -> str:
    """The text ``key`` in ``lang``, or ``fallback`` when there is no such key."""
    row = text_table().get(key)
    return row[lang] if row is not None else fallback


def value_word(domains: tuple[str, ...], code: str, lang: str) -> str | None:
    """The word for the coded value ``code`` in ``lang``: the first text ``value.<domain>.<code>`` of
    ``domains`` (``values_text.csv``), or ``None`` when no domain has one."""
    table = text_table()
    for domain in domains:
        row = table.get(f"value.{domain}.{code}")
        if row is not None:
            return row[lang]
    return None


# --------------------------------------------------------------------------------------------- numbers


def format_number(value: float, lang: str = "en", decimals: int = 2) -> str:
    """``value`` with thousands grouped: en ``12,345.60``; lv ``12 345,60`` (no-break space)."""
    s = f"{value:,.{decimals}f}"
    if lang == "lv":
        s = s.replace(",", "\u00a0").replace(".", ",")
    return s


def format_percent(fraction: float, lang: str = "en", decimals: int = 1) -> str:
    """A fraction (0.85) as a percentage (en ``85.0 %``, lv ``85,0 %``, no-break space)."""
    return format_number(100.0 * fraction, lang, decimals) + "\u00a0%"


def format_eur(x: float, lang: str = "en") -> str:
    """An amount in a message: :func:`format_number` with two decimals and the currency,
    ``9412350.0`` -> ``"9,412,350.00 EUR"`` (en) or ``"9 412 350,00 EUR"`` (lv, no-break spaces):
    nominal euro, written as the charts and the console write numbers."""
    return format_number(x, lang, 2) + " EUR"


def format_stated_percent(x: float, lang: str = "en", digits: int = 1) -> str:
    """A percentage in a message: ``89.784`` -> ``"89.8%"`` (en) or ``"89,8%"`` (lv); whole numbers
    without decimals (``"90%"``)."""
    s = f"{x:.0f}" if float(x).is_integer() else f"{x:.{digits}f}"
    return (s.replace(".", ",") if lang == "lv" else s) + "%"


__all__ = [
    "LANGS",
    "SEVERITIES",
    "TEXT_TABLES",
    "read_commented_csv",
    "read_csv_file",
    "data_table",
    "text_table",
    "check_lang",
    "text",
    "text_or",
    "value_word",
    "format_number",
    "format_percent",
    "format_eur",
    "format_stated_percent",
]
