"""Cell helpers of the workbook: number formats, safe cell values, styles, widths, heights, print layout."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table as ExcelTable
from openpyxl.worksheet.table import TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from .. import schemas
from ..texts import text

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

#: Locale tag that makes a number format show a language's separators (LibreOffice honours it when it
#: prints or converts; Excel shows the reader's own regional separators): Latvian, LCID 0x0426.
LOCALE_TAGS: Mapping[str, str] = {"lv": "[$-426]"}


def localised(fmt: str, lang: str) -> str:
    """Number format ``fmt`` for a workbook in ``lang``: booleans as the language's words (en TRUE/FALSE,
    lv jā/nē), other formats tagged with the language's locale (lv ``1 234,56``, ``85,0%``)."""
    if fmt == BOOLEAN_FORMAT:
        yes, no = text("value.bool.true", lang), text("value.bool.false", lang)
        return f'"{yes}";"{yes}";"{no}"'
    tag = LOCALE_TAGS.get(lang, "")
    if not tag or fmt == "General" or fmt.startswith(("[$", "@")) or fmt.startswith('"'):
        return fmt
    return tag + fmt


#: Units of whole-number columns shown with a thousands separator (others, e.g. years, plain).
COUNT_UNITS: frozenset[str] = frozenset({"people", "characters", "projects", "files", "findings", "families"})

#: Excel's limits.
MAX_CELL_CHARS = 32_767
MAX_ROWS = 1_048_576

#: Widths in characters: text columns wrap beyond WRAP_WIDTH; no column is wider than that.
MIN_WIDTH, WRAP_WIDTH, HEADER_WRAP = 6, 60, 18
#: Headers over numbers and dates wrap narrower; the Projects sheet wraps its texts at PROJECTS_WRAP.
NUMBER_HEADER_WRAP, PROJECTS_WRAP = 12, 36

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
TABLE_STYLE = "TableStyleLight9"

#: Row height (points): one line of text; Excel's maximum row height.
ROW_POINTS, MAX_ROW_POINTS = 15.0, 409.0
CM_PER_POINT = 2.54 / 72
#: Characters of ordinary text per unit of column width (a width unit is one "0"; text is narrower).
CHARS_PER_WIDTH = 1.2
#: A sheet whose columns add up to at most this many width units is printed one page wide, a wider
#: one two pages wide (scaled down to fit; its first column repeated on each page).
FIT_WIDTH_CHARS = 240.0

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
    if pd.isna(value):
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


# --------------------------------------------------------------------------------------------
# Writing sheets


def style_header(cell: Cell) -> None:
    cell.fill = HEADER_FILL
    cell.font = HEADER_FONT
    cell.alignment = Alignment(wrap_text=True, vertical="center")


def set_widths(ws: Worksheet, widths: Mapping[int, float]) -> None:
    for idx, w in sorted(widths.items()):
        ws.column_dimensions[get_column_letter(idx)].width = round(w, 1)


def text_lines(value: str, width: float) -> int:
    """Lines a wrapped text takes in a column ``width`` characters wide (an estimate: neither
    Excel nor LibreOffice fits row heights to wrapped text when opening a file)."""
    per_line = max(1.0, width * CHARS_PER_WIDTH)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n"))


def fit_height(ws: Worksheet, row: int, lines: int) -> None:
    """Give ``row`` the height of ``lines`` text lines (only when more than one)."""
    if lines > 1:
        ws.row_dimensions[row].height = min(MAX_ROW_POINTS, ROW_POINTS * lines)


def page_setup(
    ws: Worksheet,
    *,
    fit_width: bool = True,
    pages_wide: int = 1,
    title_rows: str | None = "1:1",
    title_cols: str | None = None,
) -> None:
    """Print (and PDF) layout: A4 landscape, ``pages_wide`` pages across (scaled to fit; as many pages
    down as it takes) when ``fit_width``, with the header rows (and columns) repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if fit_width:
        ws.page_setup.fitToWidth = pages_wide
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows
    if title_cols:
        ws.print_title_cols = title_cols
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5


def add_table(ws: Worksheet, name: str, ref: str) -> None:
    table = ExcelTable(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
    ws.add_table(table)
