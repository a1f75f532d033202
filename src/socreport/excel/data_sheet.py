"""Writing one data sheet: header, widths, the rows streamed while the workbook is saved
(:class:`DataRows`), frozen header, an Excel table and the print layout."""

from __future__ import annotations

from collections.abc import Iterator
from copy import copy
from dataclasses import dataclass

from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from ..texts import text
from .cells import (
    FIT_WIDTH_CHARS,
    FONT,
    HEADER_WRAP,
    LINK_FONT,
    MAX_ROW_POINTS,
    MAX_ROWS,
    MIN_WIDTH,
    NOTE_FONT,
    NUMBER_HEADER_WRAP,
    ROW_POINTS,
    add_table,
    display_width,
    excel_value,
    fit_height,
    localised,
    number_format,
    page_setup,
    put,
    set_widths,
    style_header,
    text_lines,
    unique_headers,
)
from .files import stream_rows
from .sheets import DataSheet

#: Rows of a table converted to Python values at a time while a data sheet is written.
CHUNK_ROWS = 8192

_TOP = Alignment(vertical="top")
_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTRE = Alignment(horizontal="center", vertical="top")


@dataclass
class DataRows:
    """The rows of a data sheet below its header, made while the workbook is saved (a
    :class:`~socreport.excel.files.RowStream`): one chunk of the table at a time becomes cells,
    which are written and dropped, so the workbook never holds the table's cells."""

    sheet: DataSheet
    formats: list[tuple[str | None, float]]  # each column's number format and divisor
    wrapped: set[int]  # columns (0-based) whose text wraps
    widths: list[float]  # each column's width
    first: int = 2
    last: int = 1
    dimension: str = "A1"

    def rows(self, ws: Worksheet) -> Iterator[tuple[int, list[Cell], float | None]]:
        sheet = self.sheet
        names = [c.name for c in sheet.columns]
        links = [sheet.links.get(name, {}) for name in names]
        per_row = [sheet.row_formats.get(name) for name in names]
        severity = names.index("severity") if "severity" in names else -1
        lang = sheet.lang
        fills: dict[tuple[str, str], tuple[PatternFill, Font]] = {}
        # each look a cell can have (alignment, number format, link, row colours) as the style array
        # openpyxl made for its first cell: setting styles one by one costs more than the rest of the sheet
        styles: dict[tuple[object, ...], StyleArray] = {}
        n = len(sheet.frame)
        for start in range(0, n, CHUNK_ROWS):
            chunk = sheet.frame.iloc[start : start + CHUNK_ROWS]
            columns = [chunk[name].tolist() for name in names]
            for k in range(len(chunk)):
                i = start + k
                colours = sheet.row_colours[i] if i < len(sheet.row_colours) else None
                if colours is not None and colours not in fills:
                    fills[colours] = (
                        PatternFill("solid", fgColor=colours[0]),
                        Font(name=FONT, bold=True, color=colours[1]),
                    )
                cells: list[Cell] = []
                lines = 1
                for j, values in enumerate(columns):
                    rows_format = per_row[j]
                    f, d = rows_format[i] if rows_format else self.formats[j]
                    v = excel_value(values[k], d)
                    cell = Cell(ws, row=i + 2, column=j + 1)
                    cell.value = v
                    if isinstance(v, str):
                        cell.data_type = "s"  # scraped text is never a formula or an error code
                        if j in self.wrapped:
                            lines = max(lines, text_lines(v, self.widths[j] - 1))
                    wrap = j in self.wrapped
                    fmt = f if f and v is not None and not isinstance(v, str) else None
                    link = links[j].get(i)
                    key = (wrap, isinstance(v, bool), fmt, link is not None, colours, j == severity)
                    style = styles.get(key)
                    if style is not None:  # the same look as a cell before: its style, not set again
                        cell._style = copy(style)
                    else:
                        _set_look(cell, key, lang, fills.get(colours) if colours is not None else None)
                        styles[key] = copy(cell._style)
                    if link is not None:
                        if link.startswith(("http://", "https://")):  # a web page
                            cell.hyperlink = link
                        else:  # a place in the workbook
                            cell.hyperlink = Hyperlink(ref=cell.coordinate, location=link)
                    cells.append(cell)
                yield i + 2, cells, min(MAX_ROW_POINTS, ROW_POINTS * lines) if lines > 1 else None


def _set_look(cell: Cell, key: tuple[object, ...], lang: str, colours: tuple[PatternFill, Font] | None) -> None:
    """Give ``cell`` the look ``key`` names (wrapped, a truth value, number format, a link, row colours,
    the severity column), style by style: what :meth:`DataRows.rows` does for the first cell of a look."""
    wrap, is_bool, fmt, linked, _, severity = key
    cell.alignment = _WRAP if wrap else (_CENTRE if is_bool else _TOP)
    if fmt:
        cell.number_format = localised(str(fmt), lang)
    if linked:
        cell.font = LINK_FONT
    if colours is not None:
        fill, bold = colours
        cell.fill = fill
        if severity:
            cell.font = bold


def write_data_sheet(ws: Worksheet, sheet: DataSheet) -> None:
    """Header row; values with number formats, links, severity colours and row heights (streamed:
    :class:`DataRows`, made when the workbook is saved); widths, frozen header, an Excel table (or a
    bare autofilter when there are no rows), print layout."""
    headers = unique_headers([c.header for c in sheet.columns])
    for j, h in enumerate(headers, start=1):
        style_header(put(ws, 1, j, h))
    widths: dict[int, float] = {}
    n = len(sheet.frame)
    if n + 1 + (1 if sheet.cut else 0) > MAX_ROWS:
        raise ValueError(f"table {sheet.key!r} has {n} rows; an Excel sheet holds at most {MAX_ROWS - 1}")

    formats: list[tuple[str | None, float]] = []
    wrapped: set[int] = set()
    for j, col in enumerate(sheet.columns, start=1):
        fmt, divisor = number_format(col.column, col.name)
        formats.append((fmt, divisor))
        per_row = sheet.row_formats.get(col.name)
        longest = 0
        texts = False
        for start in range(0, n, CHUNK_ROWS):
            for i, raw in enumerate(sheet.frame[col.name].iloc[start : start + CHUNK_ROWS].tolist(), start=start):
                f, d = per_row[i] if per_row else (fmt, divisor)
                v = excel_value(raw, d)
                longest = max(longest, display_width(v, f))
                texts = texts or isinstance(v, str)
        if longest > sheet.wrap:
            wrapped.add(j - 1)
        # A header wraps at HEADER_WRAP over text, at NUMBER_HEADER_WRAP over numbers and dates.
        header_width = min(len(headers[j - 1]), HEADER_WRAP if texts else NUMBER_HEADER_WRAP)
        widths[j] = max(float(header_width), float(min(longest, sheet.wrap)))

    final = {j: max(MIN_WIDTH, w + 2) for j, w in widths.items()}
    set_widths(ws, final)
    fit_height(ws, 1, max((text_lines(h, final[j] - 1) for j, h in enumerate(headers, start=1)), default=1))
    last_row = n + 1 + (1 if sheet.cut else 0)
    dimension = f"A1:{get_column_letter(max(1, len(sheet.columns)))}{last_row}"
    stream_rows(ws, DataRows(sheet, formats, wrapped, [final[j] for j in sorted(final)], 2, n + 1, dimension))

    ws.freeze_panes = sheet.freeze
    last = get_column_letter(max(1, len(sheet.columns)))
    if n:
        add_table(ws, f"T_{sheet.key}", f"A1:{last}{n + 1}")
    else:
        ws.auto_filter.ref = f"A1:{last}1"
    fits = sum(final.values()) <= FIT_WIDTH_CHARS
    page_setup(ws, pages_wide=1 if fits else 2, title_cols=None if fits else "A:A")
    if sheet.cut:  # the rows that do not fit are in the table's CSV and Parquet files
        note = text("sheet.cut", sheet.lang, shown=n, cut=sheet.cut, total=n + sheet.cut, table=sheet.table)
        put(ws, n + 2, 1, note).font = NOTE_FONT
    ws.print_area = f"A1:{last}{n + 1 + (1 if sheet.cut else 0)}"
