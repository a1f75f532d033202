"""A workbook in another language than English speaks it: coded values as words, fields as labels,
numbers stored as text in the language's digits (the words from ``data/values_text.csv``,
:func:`socreport.texts.value_word`; the labels from :mod:`socreport.schemas`)."""

from __future__ import annotations

import math
from collections.abc import Mapping

import pandas as pd

from .. import schemas
from ..texts import format_number, value_word

#: Coded columns shown as words in a workbook of another language than English, by table: column ->
#: the value domains of ``values_text.csv`` tried in order (a funding source may be a fund; an aggregate's
#: group is a fund, a programme or "all"). ``field`` and ``indicator`` name a column: shown as its label.
WORD_COLUMNS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "projects": {"eu_fund": ("fund",), "programme": ("programme",)},
    "funding": {"scope": ("scope",), "source": ("source", "fund")},
    "partners": {"role": ("role",), "country": ("country",)},
    "partner_shares": {},
    "beneficiaries": {"qualifier": ("qualifier",), "kind": ("kind",)},
    "aggregates": {"dimension": ("dimension",), "group": ("group", "fund", "programme"), "indicator": ()},
    "quality": {"check": ("check",), "severity": ("severity",), "field": ()},
    "sources": {"field": ()},
    "documents": {"status": ("status",), "extraction": ("extraction",)},
}

#: Sources sheet: the value of a row whose field is one of these is a code of that domain.
SOURCE_VALUE_DOMAINS: Mapping[str, tuple[str, ...]] = {"eu_fund": ("fund",), "programme": ("programme",)}

#: Tables whose columns a ``field`` or ``indicator`` value may name, in lookup order.
FIELD_TABLES: tuple[str, ...] = ("projects", "indicators", "funding", "partner_shares")


def table_schema(name: str) -> schemas.Table | None:
    """The schema of table ``name``, or None for a table without one."""
    try:
        return schemas.get(name)
    except KeyError:
        return None


def field_label(name: str, lang: str) -> str | None:
    """The label in ``lang`` of the column ``name`` of the projects (or indicators, funding, partner
    shares) table, or ``None``."""
    for table in FIELD_TABLES:
        schema = table_schema(table)
        if schema is not None and name in schema.names:
            c = schema.column(name)
            return c.lv if lang == "lv" else c.en
    return None


def _words(values: pd.Series, domains: tuple[str, ...], lang: str) -> pd.Series:
    """``values`` with each code that has a word in ``lang`` replaced by it (a field name by its label)."""
    mapping: dict[object, str] = {}
    for v in values.dropna().unique().tolist():
        word = value_word(domains, str(v), lang) if domains else field_label(str(v), lang)
        if word is not None and word != v:
            mapping[v] = word
    return values.map(lambda v: mapping.get(v, v)).astype(values.dtype) if mapping else values


def _number_text(value: object, lang: str, decimals: int) -> object:
    """A number stored as text (``"11578801.00"``) as ``lang`` writes it (lv ``11 578 801,00``); other
    text as it is."""
    if not isinstance(value, str):
        return value
    try:
        number = float(value)
    except ValueError:
        return value
    return format_number(number, lang, decimals) if math.isfinite(number) else value


def speak(frame: pd.DataFrame, table: str, lang: str) -> pd.DataFrame:
    """``frame`` as a reader of ``lang`` sees it: the coded values of :data:`WORD_COLUMNS` as words,
    fields as their labels. English keeps the codes (they are the words of the CSV files and the docs)."""
    if lang == "en":
        return frame
    columns = WORD_COLUMNS.get(table, {})
    changed = {name: _words(frame[name], doms, lang) for name, doms in columns.items() if name in frame.columns}
    if table == "sources" and {"field", "value"} <= set(frame.columns):
        value = frame["value"].copy()
        for field_name, doms in SOURCE_VALUE_DOMAINS.items():
            rows = (frame["field"] == field_name).fillna(False).to_numpy(dtype=bool)
            if rows.any():
                value[rows] = _words(value[rows], doms, lang)
        projects = table_schema("projects")
        for c in projects.columns if projects is not None else ():
            if c.dtype in ("Float64", "Int64"):  # a number written as text: in the language's digits
                rows = (frame["field"] == c.name).fillna(False).to_numpy(dtype=bool)
                if rows.any():
                    value[rows] = value[rows].map(
                        lambda v, c=c: _number_text(v, lang, 2 if c.dtype == "Float64" else 0)
                    )
        changed["value"] = value
    return frame.assign(**changed) if changed else frame
