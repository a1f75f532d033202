"""The About sheet: facts about the run, caveats, what is missing, the input files and the data dictionary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import pandas as pd
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from .. import schemas
from ..config import LTL_PER_EUR, LVL_PER_EUR
from ..tables import Tables
from ..texts import text, value_word
from .cells import (
    BOLD_FONT,
    COUNT_FORMAT,
    DATE_FORMAT,
    SECTION_FONT,
    TITLE_FONT,
    add_table,
    excel_value,
    fit_height,
    page_setup,
    put,
    set_widths,
    style_header,
    text_lines,
    unique_headers,
)
from .sheets import DataSheet
from .summary import Headline
from .words import speak

#: Column widths of the About sheet (A item, B, C value, D, E description).
ABOUT_WIDTHS: Mapping[int, float] = {1: 24.0, 2: 34.0, 3: 26.0, 4: 14.0, 5: 90.0}

#: The caveats, in order (text keys; ``{rate}`` is the LVL rate, ``{ltl}`` the LTL rate).
CAVEATS: tuple[str, ...] = (
    "about.caveat.nominal",
    "about.caveat.amended",
    "about.caveat.empty",
    "about.caveat.lvl",
    "about.caveat.percent",
    "about.caveat.text",
    "about.caveat.facts",
)

#: Derived tables whose absence the About sheet explains (text ``about.missing.<table>``).
DERIVED: tuple[str, ...] = ("indicators", "partner_shares", "aggregates", "quality")

#: Columns of the documents table listed as the input files.
INPUT_COLUMNS: tuple[str, ...] = ("doc_id", "path", "status", "encoding", "sha256")

#: Column headers of the data dictionary (text keys).
DICTIONARY_HEADERS: tuple[str, ...] = (
    "about.col.sheet",
    "about.col.column",
    "about.col.name",
    "about.col.unit",
    "about.col.description",
)


def _wide_row(ws: Worksheet, row: int, value: str, width_chars: float, last_col: str = "E") -> None:
    """A wrapped text spanning columns A..``last_col`` with a height that fits it."""
    cell = put(ws, row, 1, value)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(f"A{row}:{last_col}{row}")
    fit_height(ws, row, text_lines(value, width_chars - 2))


def data_as_of(tables: Tables) -> dt.datetime | None:
    """The latest publication date among the sources (midnight), or None."""
    pub = pd.to_datetime(tables.sources["published"], errors="coerce").dropna()
    if not len(pub):
        return None
    latest = pub.max()
    return dt.datetime(int(latest.year), int(latest.month), int(latest.day))


# --------------------------------------------------------------------------------------------
# What the About sheet says, as data


def about_facts(tables: Tables, lang: str) -> list[tuple[str, object, str | None]]:
    """(label, value, number format) of each fact about the run."""
    from .. import __version__

    return [
        (text("about.version", lang), __version__, None),
        (text("about.inputs_count", lang), len(tables.documents), COUNT_FORMAT),
        (text("about.data_as_of", lang), data_as_of(tables), DATE_FORMAT),
        (text("about.lvl", lang), LVL_PER_EUR, "0.000000"),
        (text("about.ltl", lang), LTL_PER_EUR, "0.0000"),
    ]


def about_notes(tables: Tables, lang: str, sheets: Sequence[DataSheet] = ()) -> list[tuple[str, list[str]]]:
    """(section title, bullet texts) of the caveats and, when derived tables are absent, what is missing."""
    rates = {"rate": f"{LVL_PER_EUR:g}", "ltl": f"{LTL_PER_EUR:g}"}
    sections = [(text("about.caveats", lang), [text(k, lang, **rates) for k in CAVEATS])]
    missing = [k for k in DERIVED if k not in tables.derived]
    bullets = [text(f"about.missing.{k}", lang) for k in missing]
    cut = [s.title for s in sheets if s.cut]
    if cut:
        bullets.append(text("about.cut", lang, sheets=", ".join(cut)))
    if bullets:
        sections.append((text("about.missing", lang), bullets))
    return sections


def _unit(unit: str, lang: str) -> str:
    """A unit as a reader of ``lang`` writes it (``values_text.csv``: ``value.unit.<unit>``)."""
    return (value_word(("unit",), unit, lang) or unit) if unit and lang != "en" else unit


def dictionary_entries(
    lang: str, sheets: Sequence[DataSheet], heads: Sequence[Headline], summary_title: str
) -> list[tuple[str, str, str, str, str]]:
    """(sheet, header, column name, unit, description) of every headline figure and every sheet column."""
    entries = [(summary_title, text(h.key, lang), "", _unit(h.unit, lang), text(h.describe_key, lang)) for h in heads]
    for sheet in sheets:
        for col, header in zip(sheet.columns, unique_headers([c.header for c in sheet.columns])):
            c = col.column
            desc = (c.description_lv if lang == "lv" else c.description_en) if c else ""
            if sheet.key == "aggregates" and col.name in ("sum", "median", "min", "max"):
                desc = (desc + " " if desc else "") + text("about.aggregates_units", lang)
            entries.append((sheet.title, header, col.name, _unit(c.unit, lang) if c else "", desc))
    return entries


# --------------------------------------------------------------------------------------------
# Laying it out


def _write_facts(ws: Worksheet, facts: Sequence[tuple[str, object, str | None]], lang: str) -> int:
    """The facts under an Item / Value header from row 3; returns the next free row."""
    style_header(put(ws, 3, 1, text("about.item", lang)))
    style_header(ws.cell(row=3, column=2))
    ws.merge_cells("A3:B3")
    style_header(put(ws, 3, 3, text("about.value", lang)))
    row = 4
    for label_, value, fmt in facts:
        put(ws, row, 1, label_).font = BOLD_FONT
        ws.merge_cells(f"A{row}:B{row}")
        cell = put(ws, row, 3, excel_value(value))
        cell.alignment = Alignment(horizontal="left")
        if fmt and cell.value is not None:
            cell.number_format = fmt
        row += 1
    return row


def _write_inputs(ws: Worksheet, tables: Tables, lang: str, row: int) -> int:
    """The input files (one row per document, an Excel table) from ``row``; returns the row after them."""
    docs = tables.documents
    top = row
    for j, name in enumerate(INPUT_COLUMNS, start=1):
        style_header(put(ws, row, j, schemas.label("documents", name, lang)))
    for rec in speak(docs[list(INPUT_COLUMNS)], "documents", lang).itertuples(index=False):
        row += 1
        for j, v in enumerate(rec, start=1):
            put(ws, row, j, excel_value(v)).alignment = Alignment(vertical="top")
    if len(docs):
        add_table(ws, "T_inputs", f"A{top}:E{row}")
    return row


def _write_dictionary(ws: Worksheet, entries: Sequence[tuple[str, ...]], lang: str, row: int) -> None:
    top = row
    for j, key in enumerate(DICTIONARY_HEADERS, start=1):
        style_header(put(ws, row, j, text(key, lang)))
    for entry in entries:
        row += 1
        for j, v in enumerate(entry, start=1):
            cell = put(ws, row, j, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        fit_height(ws, row, max(text_lines(v, ABOUT_WIDTHS[j] - 1) for j, v in enumerate(entry, start=1)))
    add_table(ws, "T_dictionary", f"A{top}:E{row}")


def write_about(
    ws: Worksheet, tables: Tables, lang: str, sheets: Sequence[DataSheet], heads: Sequence[Headline], summary_title: str
) -> None:
    """Facts about the run, caveats, what is missing, input files and the data dictionary."""
    span = sum(ABOUT_WIDTHS.values())
    put(ws, 1, 1, text("about.title", lang)).font = TITLE_FONT
    row = _write_facts(ws, about_facts(tables, lang), lang)
    for title, bullets in about_notes(tables, lang, sheets):
        row += 1
        put(ws, row, 1, title).font = SECTION_FONT
        row += 1
        for bullet in bullets:
            _wide_row(ws, row, "• " + bullet, span)
            row += 1
    row += 1
    put(ws, row, 1, text("about.inputs", lang)).font = SECTION_FONT
    row = _write_inputs(ws, tables, lang, row + 1) + 2
    put(ws, row, 1, text("about.dictionary", lang)).font = SECTION_FONT
    _write_dictionary(ws, dictionary_entries(lang, sheets, heads, summary_title), lang, row + 1)
    set_widths(ws, ABOUT_WIDTHS)
    page_setup(ws, title_rows=None)
