"""The Excel workbook for policy staff: formatted, charted, explained and traceable.

:func:`write_workbook` turns a :class:`~socreport.tables.Tables` bundle into one ``.xlsx`` file:

* **Summary** — headline figures and four native Excel charts (cost per beneficiary, who pays,
  project periods, budgets by NUTS 3 region), each with the numbers behind it beside the chart;
* one sheet per table — **Projects** (joined with the indicators; each project links to its first
  row on **Sources**), **Funding**, **Partners**, **Partner shares**, **Beneficiaries**,
  **Aggregates**, **Quality** (rows coloured by severity), **Sources** (every value a project field
  took, with its sentence), **Documents**;
* **About** — caveats, what is missing, the input files with their SHA-256, the socreport version,
  the LVL rate, and the data dictionary (every column of every sheet, from :mod:`socreport.schemas`).

Headers, sheet names and explanations are in English (``lang="en"``) or Latvian (``lang="lv"``):
column labels come from the schemas, every other text from ``data/workbook_text.csv``
(:func:`socreport.texts.text`).

The package, one job per module: :mod:`~socreport.excel.cells` (number formats, safe cell values,
styles, widths and print layout), :mod:`~socreport.excel.sheets` (the data sheets as data),
:mod:`~socreport.excel.words` (coded values as words of the workbook's language),
:mod:`~socreport.excel.data_sheet` (writing a data sheet, its rows streamed),
:mod:`~socreport.excel.summary` (headline figures; the charts as a list of :class:`ChartSpec`
placed by one loop, their data from :mod:`socreport.views`), :mod:`~socreport.excel.about` (what
the About sheet says, as data, then laid out) and :mod:`~socreport.excel.files` (deterministic
bytes, the zip written once straight into the file).

Guarantees: scraped text is always a string cell, never a formula; the file appears complete or
not at all (written to a temporary file in the same folder, then renamed); the same tables give
the same bytes (fixed document timestamps, fixed zip entry times).

Units: amounts are nominal euro (``#,##0.00``); percentages stated in the text (unit ``%``) are
divided by 100 and shown, like computed shares (unit ``share``, a fraction), in Excel's ``%``
format; dates are real date cells (``yyyy-mm-dd``).
"""

from __future__ import annotations

import datetime as dt
import os  # noqa: F401  (excel.os: the tests make the file system fail through it)
from pathlib import Path

from openpyxl import Workbook

from ..files import atomic_write
from ..tables import Tables
from ..texts import LANGS, check_lang, text
from ..views import cost_chart_data, decimal_year, project_labels, split_chart_data, timeline_chart_data
from .about import data_as_of, write_about
from .cells import (
    AVERAGE_FORMAT,
    BOOLEAN_FORMAT,
    COUNT_FORMAT,
    DATE_FORMAT,
    EUR_FORMAT,
    INTEGER_FORMAT,
    MAX_ROWS,
    MIN_WIDTH,
    PERCENT_FORMAT,
    SHARE_FORMAT,
    WRAP_WIDTH,
    clean_text,
    display_width,
    excel_value,
    localised,
    number_format,
    put,
    text_lines,
    unique_headers,
)
from .data_sheet import write_data_sheet
from .files import ZIP_TIME, FixedZipFile, normalise_zip, save_workbook, workbook_bytes
from .sheets import (
    SEVERITY_COLOURS,
    SHEET_ORDER,
    DataSheet,
    SheetColumn,
    build_data_sheets,
    projects_frame,
    quality_frame,
    sources_frame,
)
from .summary import CHARTS, ChartSpec, Headline, headline_figures, write_summary

#: The document timestamp used when no source has a publication date.
DEFAULT_STAMP = dt.datetime(2000, 1, 1)


def build_workbook(tables: Tables, lang: str = "en", *, max_rows: int = MAX_ROWS) -> Workbook:
    """The whole workbook in memory (see the module docstring for its sheets; ``max_rows``: see
    :func:`write_workbook`)."""
    check_lang(lang)
    sheets = build_data_sheets(tables, lang, max_rows=max_rows)
    wb = Workbook()
    summary = wb.active
    summary.title = text("sheet.summary", lang)
    heads = write_summary(summary, tables, lang)
    for sheet in sheets:
        write_data_sheet(wb.create_sheet(sheet.title), sheet)
    write_about(wb.create_sheet(text("sheet.about", lang)), tables, lang, sheets, heads, summary.title)
    wb.active = 0
    if lang != "en":
        localise_formats(wb, lang)
    stamp = data_as_of(tables) or DEFAULT_STAMP
    props = wb.properties
    props.creator = "socreport"
    props.lastModifiedBy = "socreport"
    props.title = text("summary.title", lang)
    props.language = lang
    props.created = stamp
    props.modified = stamp
    return wb


def localise_formats(wb: Workbook, lang: str) -> None:
    """Every number format of ``wb`` (cells, chart axes and data labels) in ``lang``'s locale
    (:func:`~socreport.excel.cells.localised`)."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                fmt = cell.number_format
                if fmt != "General":
                    cell.number_format = localised(fmt, lang)
        for chart in ws._charts:
            for axis in (chart.x_axis, chart.y_axis):
                if axis.numFmt is not None and axis.numFmt.formatCode:
                    axis.numFmt.formatCode = localised(axis.numFmt.formatCode, lang)
            labels = chart.dataLabels
            if labels is not None and labels.numFmt:
                labels.numFmt = localised(labels.numFmt, lang)


def write_workbook(tables: Tables, path: str | Path, *, lang: str = "en", max_rows: int = MAX_ROWS) -> Path:
    """Write the Excel report of ``tables`` to ``path`` (``.xlsx``) and return the path.

    ``lang`` is ``"en"`` or ``"lv"`` (sheet names, headers, explanations). Derived tables
    (indicators, partner_shares, aggregates, quality) are shown when present; the About sheet says
    which are missing. The file is complete or absent (temporary file, then rename), and the same
    tables give the same bytes. A sheet longer than ``max_rows`` rows (header included; Excel's
    limit by default) shows its first rows and a note pointing to the table's CSV and Parquet files."""
    out = Path(path)
    wb = build_workbook(tables, lang, max_rows=max_rows)
    out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(out, lambda tmp: save_workbook(wb, tmp))  # the zip is written once, into the file
    return out


__all__ = [
    "write_workbook",
    "build_workbook",
    "workbook_bytes",
    "save_workbook",
    "FixedZipFile",
    "normalise_zip",
    "atomic_write",
    "text",
    "excel_value",
    "number_format",
    "localised",
    "localise_formats",
    "LANGS",
    "put",
    "clean_text",
    "display_width",
    "text_lines",
    "unique_headers",
    "DataSheet",
    "SheetColumn",
    "build_data_sheets",
    "write_data_sheet",
    "projects_frame",
    "sources_frame",
    "quality_frame",
    "Headline",
    "headline_figures",
    "write_summary",
    "CHARTS",
    "ChartSpec",
    "write_about",
    "data_as_of",
    "cost_chart_data",
    "split_chart_data",
    "timeline_chart_data",
    "decimal_year",
    "project_labels",
    "SHEET_ORDER",
    "SEVERITY_COLOURS",
    "EUR_FORMAT",
    "PERCENT_FORMAT",
    "SHARE_FORMAT",
    "DATE_FORMAT",
    "COUNT_FORMAT",
    "INTEGER_FORMAT",
    "BOOLEAN_FORMAT",
    "AVERAGE_FORMAT",
    "MAX_ROWS",
    "MIN_WIDTH",
    "WRAP_WIDTH",
    "ZIP_TIME",
    "DEFAULT_STAMP",
]
