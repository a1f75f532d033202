"""The Excel workbook for policy staff: formatted, charted, explained and traceable.

:func:`write_workbook` turns a :class:`~socreport.tables.Tables` bundle into one ``.xlsx`` file:

* **Summary** — headline figures and three native Excel charts (cost per beneficiary, who pays,
  project periods), each with the numbers behind it beside the chart;
* one sheet per table — **Projects** (joined with the indicators; each project links to its first
  row on **Sources**), **Funding**, **Partners**, **Partner shares**, **Beneficiaries**,
  **Aggregates**, **Quality** (rows coloured by severity), **Sources** (every value a project field
  took, with its sentence), **Documents**;
* **About** — caveats, what is missing, the input files with their SHA-256, the socreport version,
  the LVL rate, and the data dictionary (every column of every sheet, from :mod:`socreport.schemas`).

Headers, sheet names and explanations are in English (``lang="en"``) or Latvian (``lang="lv"``):
column labels come from the schemas, every other text from ``data/workbook_text.csv``.

Guarantees: scraped text is always a string cell, never a formula; the file appears complete or
not at all (written to a temporary file in the same folder, then renamed); the same tables give
the same bytes (fixed document timestamps, fixed zip entry times).

Units: amounts are nominal euro (``#,##0.00``); percentages stated in the text (unit ``%``) are
divided by 100 and shown, like computed shares (unit ``share``, a fraction), in Excel's ``%``
format; dates are real date cells (``yyyy-mm-dd``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import import_module, resources
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.data_source import AxDataSource, StrRef
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.table import Table as ExcelTable
from openpyxl.worksheet.table import TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from . import schemas
from .config import LTL_PER_EUR, LVL_PER_EUR
from .files import atomic_write
from .tables import Tables

LANGS: tuple[str, ...] = ("en", "lv")

# Number formats (Excel format codes).
EUR_FORMAT = "#,##0.00"  #: nominal euro, thousands separator, two decimals
PERCENT_FORMAT = "0.0#%"  #: a stated percentage, stored as a fraction (85 % -> 0.85; 3.75 % kept)
SHARE_FORMAT = "0.0%"  #: a computed fraction 0..1
DATE_FORMAT = "yyyy-mm-dd"
COUNT_FORMAT = "#,##0"
INTEGER_FORMAT = "0"
#: Booleans read TRUE/FALSE in Excel whatever the format; LibreOffice needs this format to say so too.
BOOLEAN_FORMAT = '"TRUE";"TRUE";"FALSE"'
AVERAGE_FORMAT = "#,##0.0"  #: a median or sum of whole numbers (months, people) in the aggregates

#: Units of whole-number columns shown with a thousands separator (others, e.g. years, plain).
COUNT_UNITS: frozenset[str] = frozenset({"people", "characters", "projects", "files", "findings", "families"})

#: Excel's limits.
MAX_CELL_CHARS = 32_767
MAX_ROWS = 1_048_576

#: Widths in characters: text columns wrap beyond WRAP_WIDTH; no column is wider than that.
MIN_WIDTH, WRAP_WIDTH, HEADER_WRAP = 6, 60, 18

#: The zip entry time of every part (the earliest a zip can store), and the document timestamp
#: used when no source has a publication date.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
DEFAULT_STAMP = dt.datetime(2000, 1, 1)

#: Derived tables the workbook shows, and the module that registers each one's schema.
DERIVED_MODULES: Mapping[str, str] = {
    "indicators": "socreport.indicators",
    "partner_shares": "socreport.indicators",
    "aggregates": "socreport.indicators",
    "quality": "socreport.checks",
}

#: Sheet order: (text key, table name). "summary" and "about" are built, not tables.
SHEET_ORDER: tuple[tuple[str, str], ...] = (
    ("summary", ""), ("projects", "projects"), ("funding", "funding"), ("partners", "partners"),
    ("partner_shares", "partner_shares"), ("beneficiaries", "beneficiaries"), ("aggregates", "aggregates"),
    ("quality", "quality"), ("sources", "sources"), ("documents", "documents"), ("about", ""),
)

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
#: Row fill and text colour per finding severity (RGB hex).
SEVERITY_COLOURS: Mapping[str, tuple[str, str]] = {
    "error": ("FFC7CE", "9C0006"),
    "warning": ("FFEB9C", "9C5700"),
    "info": ("DDEBF7", "1F4E78"),
}

HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
#: Font of every styled cell (the workbook default is Calibri 11; naming it keeps bold text in the
#: same face in LibreOffice, which substitutes the metric-compatible Carlito).
FONT = "Calibri"
HEADER_FONT = Font(name=FONT, bold=True, color="FFFFFF")
LINK_FONT = Font(name=FONT, color="0563C1", underline="single")
TITLE_FONT = Font(name=FONT, bold=True, size=16, color="1F4E78")
SECTION_FONT = Font(name=FONT, bold=True, size=12, color="1F4E78")
BOLD_FONT = Font(name=FONT, bold=True)
NOTE_FONT = Font(name=FONT, italic=True)
SERIES_COLOURS: tuple[str, ...] = ("2F5597", "ED7D31", "70AD47", "A5A5A5")
TABLE_STYLE = "TableStyleLight9"

#: Row height (points): one line of text; Excel's maximum row height.
ROW_POINTS, MAX_ROW_POINTS = 15.0, 409.0
CM_PER_POINT = 2.54 / 72
#: Characters of ordinary text per unit of column width (a width unit is one "0"; text is narrower).
CHARS_PER_WIDTH = 1.2
#: A sheet whose columns add up to at most this many width units is printed one page wide.
FIT_WIDTH_CHARS = 240.0
#: Summary columns: A figure, B value, C note (the charts span A..C), D gap, E.. the chart data.
SUMMARY_WIDTHS: Mapping[int, float] = {1: 36.0, 2: 17.0, 3: 46.0, 4: 2.0, 5: 36.0, 6: 12.0, 7: 12.0, 8: 12.0,
                                       9: 12.0, 10: 12.0}
#: Chart width: about the width of Summary columns A..C (a width unit is ~0.19 cm).
CHART_WIDTH_CM = 18.5


# --------------------------------------------------------------------------------------------
# Texts


@lru_cache(maxsize=None)
def _text_table() -> Mapping[str, Mapping[str, str]]:
    """``key -> {lang: text}`` from ``data/workbook_text.csv`` (``#`` lines are comments)."""
    raw = resources.files("socreport").joinpath("data", "workbook_text.csv").read_text(encoding="utf-8")
    lines = [ln for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]
    out: dict[str, dict[str, str]] = {}
    for row in csv.DictReader(io.StringIO("\n".join(lines))):
        out[row["key"]] = {lang: row[lang] for lang in LANGS}
    return out


def text(key: str, lang: str = "en", **values: object) -> str:
    """The workbook text ``key`` in ``lang``, with ``{name}`` placeholders filled from ``values``."""
    try:
        template = _text_table()[key][lang]
    except KeyError:
        raise KeyError(f"no workbook text {key!r} in {lang!r} (socreport/data/workbook_text.csv)") from None
    return template.format(**values) if values else template


# --------------------------------------------------------------------------------------------
# Cell values and formats


#: Characters an xlsx part cannot hold: C0 controls other than tab, LF and CR (openpyxl's list),
#: lone surrogates (not encodable as UTF-8) and the XML non-characters U+FFFE, U+FFFF.
XML_ILLEGAL_RE = re.compile(ILLEGAL_CHARACTERS_RE.pattern + "|[\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str) -> str:
    """``value`` made storable: characters an xlsx file cannot hold become U+FFFD, and text longer
    than Excel's 32 767 characters per cell is cut, ending in an ellipsis."""
    s = XML_ILLEGAL_RE.sub("\ufffd", value)
    return s if len(s) <= MAX_CELL_CHARS else s[: MAX_CELL_CHARS - 1] + "…"


def excel_value(value: object, divisor: float = 1.0) -> object:
    """A pandas/numpy scalar as the value of an Excel cell; ``None`` (an empty cell) for missing.

    Numbers are divided by ``divisor`` (100 for a stated percentage, stored as a fraction).
    Non-finite floats are missing (Excel cannot store them). Timestamps become naive datetimes."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, pd.Timestamp):
        ts = value.tz_convert("UTC").tz_localize(None) if value.tzinfo else value
        return ts.to_pydatetime()
    if isinstance(value, (dt.datetime, dt.date)):
        return value
    if isinstance(value, (int, np.integer)):
        return int(value) if divisor == 1.0 else int(value) / divisor
    if isinstance(value, (float, np.floating)):
        f = float(value)
        if not math.isfinite(f):
            return None
        return f if divisor == 1.0 else f / divisor
    if pd.isna(value):  # type: ignore[call-overload]
        return None
    return clean_text(str(value))


def put(ws: Worksheet, row: int, col: int, value: object) -> Cell:
    """Write ``value`` to a cell; text is always a string cell, never a formula or an error code.

    openpyxl reads ``"=..."`` as a formula and ``"#N/A"`` as an error; scraped text must stay
    inert (:func:`socreport.safety.looks_like_formula`), so every ``str`` gets data type ``s``."""
    cell = ws.cell(row=row, column=col)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def number_format(column: schemas.Column | None, name: str = "") -> tuple[str | None, float]:
    """The Excel number format of a column and the divisor applied to its values.

    EUR amounts (unit starting ``EUR``, or a ``*_eur`` name) ``#,##0.00``; stated percentages
    (unit ``%``) divided by 100 and shown as ``0.0#%``; fractions (unit ``share``) ``0.0%``; dates
    ``yyyy-mm-dd``; counts of people, projects, characters ``#,##0``; years, months, offsets and
    indices ``0``; other floats ``#,##0.00``; booleans TRUE/FALSE; text ``None`` (General)."""
    if column is None:
        return (EUR_FORMAT, 1.0) if name.endswith("_eur") else (None, 1.0)
    unit, dtype = column.unit, column.dtype
    if dtype == schemas.DATE:
        return DATE_FORMAT, 1.0
    if unit.startswith("EUR") or column.name.endswith("_eur"):
        return EUR_FORMAT, 1.0
    if unit == "%":
        return PERCENT_FORMAT, 100.0
    if unit == "share":
        return SHARE_FORMAT, 1.0
    if dtype == "Int64":
        return (COUNT_FORMAT if unit in COUNT_UNITS else INTEGER_FORMAT), 1.0
    if dtype == "Float64":
        return EUR_FORMAT if not unit else "#,##0.0#", 1.0
    if dtype == "boolean":
        return BOOLEAN_FORMAT, 1.0
    return None, 1.0


def display_width(value: object, fmt: str | None) -> int:
    """Approximate characters ``value`` takes on screen in format ``fmt`` (longest line of text)."""
    if value is None:
        return 0
    if isinstance(value, str):
        return max((len(line) for line in value.splitlines()), default=0)
    if isinstance(value, bool):
        return 5
    if isinstance(value, (dt.date, dt.datetime)):
        return 10
    if isinstance(value, (int, float)):
        if fmt in (PERCENT_FORMAT, SHARE_FORMAT):
            return len(f"{value * 100:.2f}%")
        if fmt == EUR_FORMAT:
            return len(f"{value:,.2f}")
        if fmt == COUNT_FORMAT:
            return len(f"{value:,.0f}")
        return len(f"{value:g}")
    return len(str(value))


# --------------------------------------------------------------------------------------------
# Sheet model


@dataclass(frozen=True)
class SheetColumn:
    """One column of a data sheet: the frame column, its header and its schema entry."""

    name: str
    header: str
    column: schemas.Column | None
    table: str


@dataclass
class DataSheet:
    """A table laid out as a sheet: header row, one row per frame row, formats per column."""

    key: str
    title: str
    frame: pd.DataFrame
    columns: list[SheetColumn]
    freeze: str = "A2"
    #: column name -> row position -> (location of an internal link)
    links: dict[str, dict[int, str]] = field(default_factory=dict)
    #: column name -> per-row (format, divisor); overrides the column's format
    row_formats: dict[str, list[tuple[str | None, float]]] = field(default_factory=dict)
    #: per-row fill colour (RGB) and text colour, or None
    row_colours: list[tuple[str, str] | None] = field(default_factory=list)


def _schema(name: str) -> schemas.Table | None:
    """The registered schema of table ``name``; imports the module that registers a derived table."""
    try:
        return schemas.get(name)
    except KeyError:
        module = DERIVED_MODULES.get(name)
        if module is None:
            return None
    try:
        import_module(module)
        return schemas.get(name)
    except (ImportError, KeyError):
        return None


def _columns_for(frame: pd.DataFrame, table: str, lang: str, names: Iterable[str] | None = None) -> list[SheetColumn]:
    """Sheet columns for the frame's columns (schema order first), headers from the schema labels."""
    schema = _schema(table)
    wanted = list(names) if names is not None else (
        [n for n in schema.names if n in frame.columns] + [n for n in frame.columns if n not in schema.names]
        if schema else list(frame.columns))
    out = []
    for name in wanted:
        col = schema.column(name) if schema and name in schema.names else None
        header = (col.lv if lang == "lv" else col.en) if col else str(name)
        out.append(SheetColumn(str(name), header, col, table))
    return out


def unique_headers(headers: Sequence[str]) -> list[str]:
    """``headers`` with repeats numbered (``X``, ``X (2)``): Excel table headers must be unique."""
    seen: dict[str, int] = {}
    out = []
    for h in headers:
        base = h or "-"
        n = seen.get(base.casefold(), 0) + 1
        seen[base.casefold()] = n
        out.append(base if n == 1 else f"{base} ({n})")
    return out


def _stable_sort(frame: pd.DataFrame, key: pd.Series) -> pd.DataFrame:
    """``frame`` ordered by ``key`` (ties keep their order); index reset."""
    order = np.argsort(key.to_numpy(), kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def project_order(tables: Tables) -> dict[str, int]:
    """Position of each project id in the projects table."""
    return {str(p): i for i, p in enumerate(tables.projects["project_id"].tolist())}


def sources_frame(tables: Tables) -> pd.DataFrame:
    """The sources table grouped by project (projects-table order, unknown ids last), rows of one
    project in their original order, so that each project's rows are contiguous."""
    src = tables.sources
    pos = project_order(tables)
    key = src["project_id"].map(lambda p: pos.get(str(p), len(pos)) if not pd.isna(p) else len(pos))
    return _stable_sort(src, key.astype("int64"))


def quality_frame(quality: pd.DataFrame) -> pd.DataFrame:
    """Findings with errors first, then warnings, then information (ties keep their order)."""
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    key = quality["severity"].map(lambda s: rank.get(str(s), len(rank)) if not pd.isna(s) else len(rank))
    return _stable_sort(quality, key.astype("int64"))


def _same_values(a: pd.Series, b: pd.Series) -> bool:
    """Equal element by element, missing equal to missing (floats within 1e-9 relative)."""
    if len(a) != len(b):
        return False
    for x, y in zip(a.tolist(), b.tolist()):
        if pd.isna(x) or pd.isna(y):
            if not (pd.isna(x) and pd.isna(y)):
                return False
        elif isinstance(x, float) or isinstance(y, float):
            if not math.isclose(float(x), float(y), rel_tol=1e-9):
                return False
        elif x != y:
            return False
    return True


def projects_frame(tables: Tables) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """Projects joined with the indicator columns they lack (left join on ``project_id``).

    An indicator column is left out when the projects table already has it: the same name, or the
    same English label with the same values (``eu_share_pct_stated`` repeats ``eu_share_pct``).
    Returns the frame and, per column, the schema table it comes from."""
    proj = tables.projects.reset_index(drop=True)
    origin = [(c, "projects") for c in proj.columns]
    ind = tables.indicators
    if ind is None:
        return proj, origin
    extra = [c for c in ind.columns if c not in proj.columns]
    if not extra:
        return proj, origin
    right = ind[["project_id", *extra]].drop_duplicates("project_id")
    joined = proj.merge(right, on="project_id", how="left", sort=False)
    ind_schema, proj_schema = _schema("indicators"), _schema("projects")
    if ind_schema is not None and proj_schema is not None:
        by_label = {c.en: c.name for c in proj_schema.columns if c.name in proj.columns}
        for name in list(extra):
            if name in ind_schema.names:
                twin = by_label.get(ind_schema.column(name).en)
                if twin is not None and _same_values(joined[name], joined[twin]):
                    extra.remove(name)
        joined = joined[[*proj.columns, *extra]]
    return joined, origin + [(c, "indicators") for c in extra]


def _aggregate_formats(agg: pd.DataFrame) -> dict[str, list[tuple[str | None, float]]]:
    """Per-row formats of the aggregates' value columns: the unit of the indicator in each row."""
    ind_schema = _schema("indicators")
    formats: list[tuple[str | None, float]] = []
    for name in agg["indicator"].tolist() if "indicator" in agg.columns else []:
        col = None
        if ind_schema is not None and isinstance(name, str) and name in ind_schema.names:
            col = ind_schema.column(name)
        fmt, div = number_format(col, name if isinstance(name, str) else "")
        if fmt in (None, COUNT_FORMAT, INTEGER_FORMAT):
            fmt = AVERAGE_FORMAT  # a median of whole numbers may be a half
        formats.append((fmt, div))
    return {c: formats for c in ("sum", "median", "min", "max") if c in agg.columns}


def build_data_sheets(tables: Tables, lang: str) -> list[DataSheet]:
    """Every table sheet present in ``tables``, in :data:`SHEET_ORDER`."""
    titles = {k: text(f"sheet.{k}", lang) for k, _ in SHEET_ORDER}
    sheets: dict[str, DataSheet] = {}

    proj, origin = projects_frame(tables)
    cols: list[SheetColumn] = []
    for name, table in origin:
        cols.extend(_columns_for(proj, table, lang, [name]))
    sheets["projects"] = DataSheet("projects", titles["projects"], proj, cols, freeze="B2")

    for key in ("funding", "partners", "beneficiaries", "documents"):
        frame = tables[key].reset_index(drop=True)
        sheets[key] = DataSheet(key, titles[key], frame, _columns_for(frame, key, lang))

    src = sources_frame(tables)
    sheets["sources"] = DataSheet("sources", titles["sources"], src, _columns_for(src, "sources", lang))

    for key in ("partner_shares", "aggregates"):
        derived = tables.derived.get(key)
        if derived is not None:
            frame = derived.reset_index(drop=True)
            sheet = DataSheet(key, titles[key], frame, _columns_for(frame, key, lang))
            if key == "aggregates":
                sheet.row_formats = _aggregate_formats(frame)
            sheets[key] = sheet

    quality = tables.derived.get("quality")
    if quality is not None:
        q = quality_frame(quality.reset_index(drop=True)) if "severity" in quality.columns else quality
        sheet = DataSheet("quality", titles["quality"], q, _columns_for(q, "quality", lang))
        sev = q["severity"].tolist() if "severity" in q.columns else [None] * len(q)
        sheet.row_colours = [SEVERITY_COLOURS.get(str(s)) if not pd.isna(s) else None for s in sev]
        sheets["quality"] = sheet

    # Each project row links to the project's first row on the Sources sheet.
    first: dict[str, int] = {}
    for i, p in enumerate(src["project_id"].tolist()):
        if not pd.isna(p):
            first.setdefault(str(p), i + 2)  # header is row 1
    loc = _quote_sheet(titles["sources"])
    sheets["projects"].links["project_id"] = {
        i: f"{loc}!A{first[str(p)]}" for i, p in enumerate(proj["project_id"].tolist()) if str(p) in first}

    # Each figure's document links to the web address it was fetched from (where known).
    docs = tables.documents
    if "url" in docs.columns:
        urls = {str(d): str(u) for d, u in zip(docs["doc_id"].tolist(), docs["url"].tolist())
                if not pd.isna(u) and str(u).lower().startswith(("http://", "https://"))}
        if urls:
            sheets["sources"].links["doc_id"] = {
                i: urls[str(d)] for i, d in enumerate(src["doc_id"].tolist()) if str(d) in urls}
            sheets["documents"].links["url"] = {
                i: str(u) for i, u in enumerate(sheets["documents"].frame["url"].tolist()) if str(u) in urls.values()}

    return [sheets[k] for k, _ in SHEET_ORDER if k in sheets]


def _quote_sheet(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


# --------------------------------------------------------------------------------------------
# Writing sheets


def _style_header(cell: Cell) -> None:
    cell.fill = HEADER_FILL
    cell.font = HEADER_FONT
    cell.alignment = Alignment(wrap_text=True, vertical="center")


def _set_widths(ws: Worksheet, widths: Mapping[int, float]) -> None:
    for idx, w in sorted(widths.items()):
        ws.column_dimensions[get_column_letter(idx)].width = round(w, 1)


def text_lines(value: str, width: float) -> int:
    """Lines a wrapped text takes in a column ``width`` characters wide (an estimate: neither
    Excel nor LibreOffice fits row heights to wrapped text when opening a file)."""
    per_line = max(1.0, width * CHARS_PER_WIDTH)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n"))


def _fit_height(ws: Worksheet, row: int, lines: int) -> None:
    """Give ``row`` the height of ``lines`` text lines (only when more than one)."""
    if lines > 1:
        ws.row_dimensions[row].height = min(MAX_ROW_POINTS, ROW_POINTS * lines)


def _page_setup(ws: Worksheet, *, fit_width: bool = True, title_rows: str | None = "1:1",
                title_cols: str | None = None) -> None:
    """Print (and PDF) layout: A4 landscape; all columns on one page width when that stays legible,
    else pages across with the header row (and the first column) repeated."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if fit_width:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows
    if title_cols:
        ws.print_title_cols = title_cols


def write_data_sheet(ws: Worksheet, sheet: DataSheet) -> None:
    """Header row, values with number formats, links, severity colours, widths and row heights,
    frozen header, an Excel table (or a bare autofilter when there are no rows), print layout."""
    headers = unique_headers([c.header for c in sheet.columns])
    for j, h in enumerate(headers, start=1):
        _style_header(put(ws, 1, j, h))
    widths = {j: float(min(len(h), HEADER_WRAP)) for j, h in enumerate(headers, start=1)}
    n = len(sheet.frame)
    if n + 1 > MAX_ROWS:
        raise ValueError(f"table {sheet.key!r} has {n} rows; an Excel sheet holds at most {MAX_ROWS - 1}")

    wrapped: list[tuple[int, list[object]]] = []
    top = Alignment(vertical="top")
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="top")
    for j, col in enumerate(sheet.columns, start=1):
        fmt, divisor = number_format(col.column, col.name)
        per_row = sheet.row_formats.get(col.name)
        links = sheet.links.get(col.name, {})
        values = []
        longest = 0
        for i, raw in enumerate(sheet.frame[col.name].tolist()):
            f, d = per_row[i] if per_row else (fmt, divisor)
            v = excel_value(raw, d)
            values.append(v)
            cell = put(ws, i + 2, j, v)
            cell.alignment = centre if isinstance(v, bool) else top
            if f and v is not None and not isinstance(v, str):
                cell.number_format = f
            if i in links:
                if links[i].startswith(("http://", "https://")):  # a web page
                    cell.hyperlink = links[i]
                else:  # a place in the workbook
                    cell.hyperlink = Hyperlink(ref=cell.coordinate, location=links[i])
                cell.font = LINK_FONT
            longest = max(longest, display_width(v, f))
        if longest > WRAP_WIDTH:
            wrapped.append((j, values))
            for i in range(n):
                ws.cell(row=i + 2, column=j).alignment = wrap
        widths[j] = max(widths[j], float(min(longest, WRAP_WIDTH)))

    for i, colours in enumerate(sheet.row_colours):
        if colours is None:
            continue
        fill = PatternFill("solid", fgColor=colours[0])
        for j in range(1, len(sheet.columns) + 1):
            c = ws.cell(row=i + 2, column=j)
            c.fill = fill
            if sheet.columns[j - 1].name == "severity":
                c.font = Font(name=FONT, bold=True, color=colours[1])

    final = {j: max(MIN_WIDTH, w + 2) for j, w in widths.items()}
    _set_widths(ws, final)
    _fit_height(ws, 1, max((text_lines(h, final[j] - 1) for j, h in enumerate(headers, start=1)), default=1))
    for i in range(n):
        lines = max((text_lines(v[i], final[j] - 1) for j, v in wrapped if isinstance(v[i], str)), default=1)
        _fit_height(ws, i + 2, lines)

    ws.freeze_panes = sheet.freeze
    last = get_column_letter(max(1, len(sheet.columns)))
    if n:
        _add_table(ws, f"T_{sheet.key}", f"A1:{last}{n + 1}")
    else:
        ws.auto_filter.ref = f"A1:{last}1"
    fits = sum(final.values()) <= FIT_WIDTH_CHARS
    _page_setup(ws, fit_width=fits, title_cols=None if fits else "A:A")


# --------------------------------------------------------------------------------------------
# Summary


@dataclass(frozen=True)
class Headline:
    """One headline figure of the Summary sheet."""

    key: str  # text key of its label
    value: object  # number, or None when not computed
    number_format: str | None
    note: str
    describe_key: str  # text key of its description in the data dictionary
    unit: str = ""


def headline_figures(tables: Tables, lang: str) -> list[Headline]:
    """The Summary's figures. Sums use the projects table only: one (the latest) version per
    project, so amended budgets are never added; medians and findings come from derived tables."""
    docs = tables.documents
    proj = tables.projects
    m = len(proj)
    skipped = int((docs["status"] == "skipped").sum()) if len(docs) else 0
    out = [
        Headline("h.documents", len(docs) - skipped, COUNT_FORMAT, text("h.documents.note", lang, skipped=skipped),
                 "h.documents.describe", "files"),
        Headline("h.projects", m, COUNT_FORMAT, text("h.projects.note", lang), "h.projects.describe", "projects"),
    ]
    for key, col in (("h.total_budget", "total_budget_eur"), ("h.eu_funding", "eu_funding_eur")):
        s = pd.to_numeric(proj[col], errors="coerce").astype("Float64").dropna()
        out.append(Headline(key, float(s.sum()) if len(s) else None, EUR_FORMAT,
                            text(f"{key}.note", lang, n=len(s), m=m), f"{key}.describe", "EUR"))
    ind = tables.indicators
    if ind is not None and "cost_per_beneficiary_eur" in ind.columns:
        cpb = pd.to_numeric(ind["cost_per_beneficiary_eur"], errors="coerce").astype("Float64").dropna()
        cpb = cpb[np.isfinite(cpb.to_numpy(dtype="float64"))]
        out.append(Headline("h.median_cpb", float(cpb.median()) if len(cpb) else None, EUR_FORMAT,
                            text("h.median_cpb.note", lang, n=len(cpb), m=m), "h.median_cpb.describe", "EUR"))
    else:
        out.append(Headline("h.median_cpb", None, EUR_FORMAT, text("h.not_computed", lang),
                            "h.median_cpb.describe", "EUR"))
    q = tables.quality
    for sev in SEVERITIES:
        if q is not None and "severity" in q.columns:
            count: int | None = int((q["severity"] == sev).fillna(False).sum())
            note = text("h.findings.note", lang)
        else:
            count, note = None, text("h.findings.none", lang)
        out.append(Headline(f"h.findings_{sev}", count, COUNT_FORMAT, note, "h.findings.describe", "findings"))
    return out


def project_labels(tables: Tables) -> dict[str, str]:
    """Short chart label per project id: the indicators' label, else acronym, code, title, id."""
    labels: dict[str, str] = {}
    ind = tables.indicators
    if ind is not None and "label" in ind.columns:
        for p, lab in zip(ind["project_id"].tolist(), ind["label"].tolist()):
            if not pd.isna(lab) and str(lab).strip():
                labels[str(p)] = str(lab)
    for row in tables.projects.itertuples(index=False):
        pid = str(row.project_id)
        if pid not in labels:
            for cand in (row.acronym, row.code, row.title, row.project_id):
                if not pd.isna(cand) and str(cand).strip():
                    labels[pid] = str(cand)
                    break
    return {p: (lab if len(lab) <= 40 else lab[:39] + "…") for p, lab in labels.items()}


def cost_chart_data(tables: Tables) -> pd.DataFrame:
    """``project_id, label, value``: cost per beneficiary (EUR), projects that have one, largest first."""
    ind = tables.indicators
    if ind is None or "cost_per_beneficiary_eur" not in ind.columns:
        return pd.DataFrame(columns=["project_id", "label", "value"])
    labels = project_labels(tables)
    v = pd.to_numeric(ind["cost_per_beneficiary_eur"], errors="coerce").astype("float64")
    df = pd.DataFrame({"project_id": ind["project_id"].astype(str).to_numpy(), "value": v.to_numpy()})
    df = df[np.isfinite(df["value"])]
    df["label"] = df["project_id"].map(labels)
    df = _stable_sort(df.reset_index(drop=True), -df["value"].reset_index(drop=True))
    return df[["project_id", "label", "value"]]


SPLIT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("eu_share", "chart.split.eu"), ("state_share", "chart.split.state"),
    ("municipality_share", "chart.split.municipality"), ("other_share", "chart.split.other"))


def split_chart_data(tables: Tables) -> pd.DataFrame:
    """``project_id, label`` and the four shares (fractions of the total) for projects with any share."""
    ind = tables.indicators
    names = [c for c, _ in SPLIT_COLUMNS]
    if ind is None or not set(names) <= set(ind.columns):
        return pd.DataFrame(columns=["project_id", "label", *names])
    labels = project_labels(tables)
    df = pd.DataFrame({"project_id": ind["project_id"].astype(str).to_numpy()})
    for c in names:
        df[c] = pd.to_numeric(ind[c], errors="coerce").astype("float64").to_numpy()
    if "eu_share_pct_stated" in ind.columns:
        # where the text states the EU share but not the EU amount, the stated share is shown
        stated = pd.to_numeric(ind["eu_share_pct_stated"], errors="coerce").astype("float64").to_numpy() / 100.0
        df["eu_share"] = np.where(np.isfinite(df["eu_share"]), df["eu_share"], stated)
    df = df[np.isfinite(df[names]).any(axis=1)].reset_index(drop=True)
    df["label"] = df["project_id"].map(labels)
    return df[["project_id", "label", *names]]


def decimal_year(day: dt.date) -> float:
    """``day`` as a year with a fraction: year + (days since 1 January) ÷ (days in that year).

    2020-07-01 -> 2020.4973 (182 of 366 days). The timeline plots these numbers: an axis of
    whole years then has exact yearly ticks in Excel and LibreOffice alike (a date-serial axis with
    a 365.25-day step is labelled inconsistently by LibreOffice)."""
    jan1 = dt.date(day.year, 1, 1)
    days = (dt.date(day.year + 1, 1, 1) - jan1).days
    return day.year + (day - jan1).days / days


def timeline_chart_data(tables: Tables) -> pd.DataFrame:
    """``project_id, label, start, end, days, start_year, years`` for projects with both dates,
    earliest start first (dates from the projects table). ``days`` = end − start + 1;
    ``start_year`` = :func:`decimal_year` of the start; ``years`` = decimal year of the day after
    the end − ``start_year`` (the bar's length)."""
    proj = tables.projects
    labels = project_labels(tables)
    start = pd.to_datetime(proj["start_date"], errors="coerce")
    end = pd.to_datetime(proj["end_date"], errors="coerce")
    df = pd.DataFrame({"project_id": proj["project_id"].astype(str).to_numpy(),
                       "start": start.to_numpy(), "end": end.to_numpy()})
    df = df[df["start"].notna() & df["end"].notna() & (df["end"] >= df["start"])].reset_index(drop=True)
    df["days"] = (df["end"] - df["start"]).dt.days.astype("int64") + 1
    df["start_year"] = [decimal_year(d.date()) for d in df["start"]]
    df["years"] = [decimal_year(e.date() + dt.timedelta(days=1)) - s for e, s in zip(df["end"], df["start_year"])]
    df["label"] = df["project_id"].map(labels)
    df = _stable_sort(df, df["start"])
    return df[["project_id", "label", "start", "end", "days", "start_year", "years"]]


def _chart_height_cm(n: int) -> float:
    """Height of a bar chart with ``n`` bars: room for the title, axis and legend plus 0.6 cm a bar."""
    return max(7.5, 3.0 + 0.6 * n)


def _rows_for(height_cm: float) -> int:
    return math.ceil(height_cm / (ROW_POINTS * CM_PER_POINT)) + 1


def _axes_visible(chart: BarChart) -> None:
    """openpyxl 3.1 leaves ``delete`` unset, which newer Excel reads as hidden axes."""
    chart.x_axis.delete = False
    chart.y_axis.delete = False


def _solid(series, colour: str) -> None:
    series.graphicalProperties.solidFill = colour
    series.graphicalProperties.line.solidFill = colour


def _set_categories(chart: BarChart, ws: Worksheet, col: int, first: int, last: int) -> None:
    """Category labels (project names) as a text reference; openpyxl would make it numeric."""
    ref = Reference(ws, min_col=col, min_row=first, max_row=last)
    for s in chart.series:
        s.cat = AxDataSource(strRef=StrRef(f=str(ref)))


def _horizontal_bar(title: str, n: int) -> BarChart:
    chart = BarChart()
    chart.type = "bar"
    chart.title = title
    chart.gapWidth = 60
    chart.width = CHART_WIDTH_CM
    chart.height = _chart_height_cm(n)
    chart.x_axis.scaling.orientation = "maxMin"  # first row at the top
    chart.y_axis.crosses = "max"  # ... and the value axis at the bottom
    chart.x_axis.axPos = "l"
    chart.y_axis.axPos = "b"
    _axes_visible(chart)
    return chart


def _data_block(ws: Worksheet, top: int, left: int, headers: Sequence[str], rows: Sequence[Sequence[object]],
                formats: Sequence[str | None], lang: str) -> int:
    """A small table with a caption at ``(top, left)``; returns the header row."""
    put(ws, top, left, text("chart.data", lang)).font = Font(name=FONT, bold=True, italic=True)
    hdr = top + 1
    for j, h in enumerate(headers):
        _style_header(put(ws, hdr, left + j, h))
    _fit_height(ws, hdr, max(text_lines(h, SUMMARY_WIDTHS.get(left + j, 10.0) - 1) for j, h in enumerate(headers)))
    for i, row in enumerate(rows, start=1):
        for j, (v, f) in enumerate(zip(row, formats)):
            cell = put(ws, hdr + i, left + j, excel_value(v))
            if f and cell.value is not None and not isinstance(cell.value, str):
                cell.number_format = f
    return hdr


def write_summary(ws: Worksheet, tables: Tables, lang: str) -> list[Headline]:
    """Title, headline figures and the three charts with their data. Returns the headlines."""
    put(ws, 1, 1, text("summary.title", lang)).font = TITLE_FONT
    subtitle = text("summary.subtitle", lang)
    c = put(ws, 2, 1, subtitle)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A2:C2")
    widths = SUMMARY_WIDTHS
    _fit_height(ws, 2, text_lines(subtitle, widths[1] + widths[2] + widths[3] - 2))

    put(ws, 4, 1, text("summary.headline", lang)).font = SECTION_FONT
    for j, key in enumerate(("summary.figure", "summary.value", "summary.note"), start=1):
        _style_header(put(ws, 5, j, text(key, lang)))
    heads = headline_figures(tables, lang)
    for i, h in enumerate(heads, start=6):
        label_cell = put(ws, i, 1, text(h.key, lang))
        label_cell.font = BOLD_FONT
        label_cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell = put(ws, i, 2, excel_value(h.value))
        if h.number_format and cell.value is not None:
            cell.number_format = h.number_format
        put(ws, i, 3, h.note).alignment = Alignment(wrap_text=True, vertical="top", indent=1)
        cell.alignment = Alignment(vertical="top")
        _fit_height(ws, i, max(text_lines(h.note, widths[3] - 2), text_lines(label_cell.value, widths[1] - 2)))
    row = 6 + len(heads) + 1
    put(ws, row, 1, text("summary.charts", lang)).font = SECTION_FONT
    row += 1
    charts = 0

    def place(chart: BarChart, at: int) -> None:
        """Anchor ``chart`` at row ``at``; every chart after the first starts a printed page."""
        nonlocal charts
        if charts:  # the break goes above the blank row before the chart: no frame edge on the page before
            ws.row_breaks.append(Break(id=at - 2))
        ws.add_chart(chart, f"A{at}")
        charts += 1

    notes: list[str] = []
    ind_ok = tables.indicators is not None
    if not ind_ok:
        notes.append(text("chart.no_indicators", lang))
    project_hdr = text("chart.project", lang)

    cost = cost_chart_data(tables)
    if ind_ok and len(cost):
        hdr = _data_block(ws, row, 5, [project_hdr, text("chart.cost.series", lang)],
                          list(zip(cost["label"], cost["value"])), [None, EUR_FORMAT], lang)
        chart = _horizontal_bar(text("chart.cost.title", lang), len(cost))
        chart.add_data(Reference(ws, min_col=6, min_row=hdr, max_row=hdr + len(cost)), titles_from_data=True)
        _set_categories(chart, ws, 5, hdr + 1, hdr + len(cost))
        chart.legend = None
        chart.y_axis.number_format = "#,##0"
        _solid(chart.series[0], SERIES_COLOURS[0])
        chart.y_axis.scaling.min = 0
        chart.dataLabels = DataLabelList(showVal=True, showCatName=False, showSerName=False, showLegendKey=False,
                                         showPercent=False, showLeaderLines=False)
        chart.dataLabels.numFmt = "#,##0"
        place(chart, row)
        row += max(_rows_for(chart.height), len(cost) + 3) + 1
    elif ind_ok:
        notes.append(text("chart.cost.none", lang))

    split = split_chart_data(tables)
    if ind_ok and len(split):
        names = [c for c, _ in SPLIT_COLUMNS]
        hdr = _data_block(ws, row, 5, [project_hdr, *[text(k, lang) for _, k in SPLIT_COLUMNS]],
                          [[r["label"], *[r[c] for c in names]] for _, r in split.iterrows()],
                          [None, *[SHARE_FORMAT] * len(names)], lang)
        chart = _horizontal_bar(text("chart.split.title", lang), len(split))
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.add_data(Reference(ws, min_col=6, max_col=5 + len(names), min_row=hdr, max_row=hdr + len(split)),
                       titles_from_data=True)
        _set_categories(chart, ws, 5, hdr + 1, hdr + len(split))
        for s, colour in zip(chart.series, SERIES_COLOURS):
            _solid(s, colour)
        chart.y_axis.number_format = "0%"
        chart.y_axis.scaling.min = 0
        if float(np.nansum(split[names].to_numpy(dtype="float64"), axis=1).max()) <= 1.0 + 1e-9:
            chart.y_axis.scaling.max = 1
        chart.legend.position = "b"
        chart.height = _chart_height_cm(len(split)) + 1.0
        place(chart, row)
        row += max(_rows_for(chart.height), len(split) + 3) + 1
    elif ind_ok:
        notes.append(text("chart.split.none", lang))

    tl = timeline_chart_data(tables)
    if len(tl):
        hdr = _data_block(ws, row, 5, [project_hdr, *[text(f"chart.timeline.{k}", lang) for k in
                                                      ("start", "end", "days", "start_year", "years")]],
                          [[r["label"], r["start"], r["end"], r["days"], r["start_year"], r["years"]]
                           for _, r in tl.iterrows()],
                          [None, DATE_FORMAT, DATE_FORMAT, COUNT_FORMAT, "0.00", "0.00"], lang)
        chart = _horizontal_bar(text("chart.timeline.title", lang), len(tl))
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.add_data(Reference(ws, min_col=9, max_col=10, min_row=hdr, max_row=hdr + len(tl)), titles_from_data=True)
        _set_categories(chart, ws, 5, hdr + 1, hdr + len(tl))
        offset, bar = chart.series
        offset.graphicalProperties.noFill = True  # the invisible start offset
        offset.graphicalProperties.line.noFill = True
        _solid(bar, SERIES_COLOURS[0])
        lo = int(tl["start"].min().year)
        hi = int(math.ceil(max(s + y for s, y in zip(tl["start_year"], tl["years"]))))
        chart.y_axis.scaling.min = lo
        chart.y_axis.scaling.max = max(hi, lo + 1)
        chart.y_axis.majorUnit = max(1, math.ceil((hi - lo) / 12))
        chart.y_axis.number_format = "0"
        chart.legend = None
        place(chart, row)
        row += max(_rows_for(chart.height), len(tl) + 3) + 1
    else:
        notes.append(text("chart.timeline.none", lang))

    for note in notes:
        put(ws, row, 1, note).font = NOTE_FONT
        row += 1
    _set_widths(ws, widths)
    ws.freeze_panes = None
    _page_setup(ws, title_rows=None)
    return heads


# --------------------------------------------------------------------------------------------
# About


def _wide_row(ws: Worksheet, row: int, value: str, width_chars: float, last_col: str = "E") -> None:
    """A wrapped text spanning columns A..``last_col`` with a height that fits it."""
    cell = put(ws, row, 1, value)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(f"A{row}:{last_col}{row}")
    _fit_height(ws, row, text_lines(value, width_chars - 2))


def data_as_of(tables: Tables) -> dt.datetime | None:
    """The latest publication date among the sources (midnight), or None."""
    pub = pd.to_datetime(tables.sources["published"], errors="coerce").dropna()
    if not len(pub):
        return None
    latest = pub.max()
    return dt.datetime(int(latest.year), int(latest.month), int(latest.day))


def write_about(ws: Worksheet, tables: Tables, lang: str, sheets: Sequence[DataSheet],
                heads: Sequence[Headline], summary_title: str) -> None:
    """Facts about the run, caveats, what is missing, input files and the data dictionary."""
    from . import __version__

    widths = {1: 24.0, 2: 34.0, 3: 26.0, 4: 14.0, 5: 90.0}
    span = sum(widths.values())
    put(ws, 1, 1, text("about.title", lang)).font = TITLE_FONT
    _style_header(put(ws, 3, 1, text("about.item", lang)))
    _style_header(ws.cell(row=3, column=2))
    ws.merge_cells("A3:B3")
    _style_header(put(ws, 3, 3, text("about.value", lang)))
    asof = data_as_of(tables)
    facts: list[tuple[str, object, str | None]] = [
        (text("about.version", lang), __version__, None),
        (text("about.inputs_count", lang), len(tables.documents), COUNT_FORMAT),
        (text("about.data_as_of", lang), asof, DATE_FORMAT),
        (text("about.lvl", lang), LVL_PER_EUR, "0.000000"),
        (text("about.ltl", lang), LTL_PER_EUR, "0.0000"),
    ]
    row = 4
    for label_, value, fmt in facts:
        put(ws, row, 1, label_).font = BOLD_FONT
        ws.merge_cells(f"A{row}:B{row}")
        cell = put(ws, row, 3, excel_value(value))
        cell.alignment = Alignment(horizontal="left")
        if fmt and cell.value is not None:
            cell.number_format = fmt
        row += 1

    row += 1
    put(ws, row, 1, text("about.caveats", lang)).font = SECTION_FONT
    row += 1
    caveats = ["about.caveat.nominal", "about.caveat.amended", "about.caveat.empty", "about.caveat.lvl",
               "about.caveat.percent", "about.caveat.text", "about.caveat.facts"]
    for key in caveats:
        _wide_row(ws, row, "• " + text(key, lang, rate=f"{LVL_PER_EUR:g}", ltl=f"{LTL_PER_EUR:g}"), span)
        row += 1

    missing = [k for k in ("indicators", "partner_shares", "aggregates", "quality") if k not in tables.derived]
    if missing:
        row += 1
        put(ws, row, 1, text("about.missing", lang)).font = SECTION_FONT
        row += 1
        for key in missing:
            _wide_row(ws, row, "• " + text(f"about.missing.{key}", lang), span)
            row += 1

    row += 1
    put(ws, row, 1, text("about.inputs", lang)).font = SECTION_FONT
    row += 1
    docs = tables.documents
    doc_cols = ["doc_id", "path", "status", "encoding", "sha256"]
    top = row
    for j, name in enumerate(doc_cols, start=1):
        _style_header(put(ws, row, j, schemas.label("documents", name, lang)))
    for rec in docs[doc_cols].itertuples(index=False):
        row += 1
        for j, v in enumerate(rec, start=1):
            put(ws, row, j, excel_value(v)).alignment = Alignment(vertical="top")
    if len(docs):
        _add_table(ws, "T_inputs", f"A{top}:E{row}")
    row += 2

    put(ws, row, 1, text("about.dictionary", lang)).font = SECTION_FONT
    row += 1
    top = row
    for j, key in enumerate(("about.col.sheet", "about.col.column", "about.col.name", "about.col.unit",
                             "about.col.description"), start=1):
        _style_header(put(ws, row, j, text(key, lang)))
    entries: list[tuple[str, str, str, str, str]] = []
    for h in heads:
        entries.append((summary_title, text(h.key, lang), "", h.unit, text(h.describe_key, lang)))
    for sheet in sheets:
        for col, header in zip(sheet.columns, unique_headers([c.header for c in sheet.columns])):
            c = col.column
            desc = (c.description_lv if lang == "lv" else c.description_en) if c else ""
            if sheet.key == "aggregates" and col.name in ("sum", "median", "min", "max"):
                desc = (desc + " " if desc else "") + text("about.aggregates_units", lang)
            entries.append((sheet.title, header, col.name, c.unit if c else "", desc))
    for entry in entries:
        row += 1
        for j, v in enumerate(entry, start=1):
            cell = put(ws, row, j, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        _fit_height(ws, row, max(text_lines(v, widths[j] - 1) for j, v in enumerate(entry, start=1)))
    _add_table(ws, "T_dictionary", f"A{top}:E{row}")
    _set_widths(ws, widths)
    _page_setup(ws, title_rows=None)


def _add_table(ws: Worksheet, name: str, ref: str) -> None:
    table = ExcelTable(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
    ws.add_table(table)


# --------------------------------------------------------------------------------------------
# Workbook, bytes, file


def build_workbook(tables: Tables, lang: str = "en") -> Workbook:
    """The whole workbook in memory (see the module docstring for its sheets)."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    sheets = build_data_sheets(tables, lang)
    wb = Workbook()
    summary = wb.active
    summary.title = text("sheet.summary", lang)
    heads = write_summary(summary, tables, lang)
    for sheet in sheets:
        write_data_sheet(wb.create_sheet(sheet.title), sheet)
    write_about(wb.create_sheet(text("sheet.about", lang)), tables, lang, sheets, heads, summary.title)
    wb.active = 0
    stamp = data_as_of(tables) or DEFAULT_STAMP
    props = wb.properties
    props.creator = "socreport"
    props.lastModifiedBy = "socreport"
    props.title = text("summary.title", lang)
    props.language = lang
    props.created = stamp
    props.modified = stamp
    return wb


def normalise_zip(data: bytes) -> bytes:
    """The same zip with entries sorted by name, every entry time :data:`ZIP_TIME`, fixed
    attributes and deflate compression: equal contents give equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            dst.writestr(info, src.read(name))
    return out.getvalue()


def workbook_bytes(wb: Workbook) -> bytes:
    """The ``.xlsx`` bytes of ``wb`` with its own (fixed) document timestamps.

    ``Workbook.save`` stamps the modification time with the clock; writing through
    :class:`openpyxl.writer.excel.ExcelWriter` keeps the timestamps set in ``wb.properties``."""
    buf = io.BytesIO()
    archive = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(wb, archive).save()
    finally:
        archive.close()
    return normalise_zip(buf.getvalue())


def write_workbook(tables: Tables, path: str | Path, *, lang: str = "en") -> Path:
    """Write the Excel report of ``tables`` to ``path`` (``.xlsx``) and return the path.

    ``lang`` is ``"en"`` or ``"lv"`` (sheet names, headers, explanations). Derived tables
    (indicators, partner_shares, aggregates, quality) are shown when present; the About sheet says
    which are missing. The file is complete or absent (temporary file, then rename), and the same
    tables give the same bytes."""
    out = Path(path)
    data = workbook_bytes(build_workbook(tables, lang))
    out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(out, data)
    return out


__all__ = ["write_workbook", "build_workbook", "workbook_bytes", "normalise_zip", "atomic_write", "text",
           "excel_value", "number_format", "LANGS"]
