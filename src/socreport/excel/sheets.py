"""The data sheets: one per table (projects joined with the indicators, funding, ..., documents)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from .. import schemas
from ..tables import Tables
from ..texts import SEVERITIES, format_number, text, value_word
from .cells import (
    AVERAGE_FORMAT,
    COUNT_FORMAT,
    FIT_WIDTH_CHARS,
    FONT,
    HEADER_WRAP,
    INTEGER_FORMAT,
    LINK_FONT,
    MAX_ROW_POINTS,
    MAX_ROWS,
    MIN_WIDTH,
    NOTE_FONT,
    NUMBER_HEADER_WRAP,
    PROJECTS_WRAP,
    ROW_POINTS,
    WRAP_WIDTH,
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

#: Sheet order: (text key, table name). "summary" and "about" are built, not tables.
SHEET_ORDER: tuple[tuple[str, str], ...] = (
    ("summary", ""),
    ("projects", "projects"),
    ("funding", "funding"),
    ("partners", "partners"),
    ("partner_shares", "partner_shares"),
    ("beneficiaries", "beneficiaries"),
    ("aggregates", "aggregates"),
    ("quality", "quality"),
    ("sources", "sources"),
    ("documents", "documents"),
    ("about", ""),
)

#: Row fill and text colour per finding severity (RGB hex).
SEVERITY_COLOURS: Mapping[str, tuple[str, str]] = {
    "error": ("FFC7CE", "9C0006"),
    "warning": ("FFEB9C", "9C5700"),
    "info": ("DDEBF7", "1F4E78"),
}

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

#: Columns left out of a sheet in a language: the Quality sheet of a Latvian workbook shows the Latvian
#: message only, and not the machine-readable values (``key=value`` in English codes; they are in quality.csv).
HIDDEN_COLUMNS: Mapping[tuple[str, str], tuple[str, ...]] = {("quality", "lv"): ("message", "values")}

#: Tables whose columns a ``field`` or ``indicator`` value may name, in lookup order.
FIELD_TABLES: tuple[str, ...] = ("projects", "indicators", "funding", "partner_shares")


def field_label(name: str, lang: str) -> str | None:
    """The label in ``lang`` of the column ``name`` of the projects (or indicators, funding, partner
    shares) table, or ``None``."""
    for table in FIELD_TABLES:
        schema = _schema(table)
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
        projects = _schema("projects")
        for c in projects.columns if projects is not None else ():
            if c.dtype in ("Float64", "Int64"):  # a number written as text: in the language's digits
                rows = (frame["field"] == c.name).fillna(False).to_numpy(dtype=bool)
                if rows.any():
                    value[rows] = value[rows].map(
                        lambda v, c=c: _number_text(v, lang, 2 if c.dtype == "Float64" else 0)
                    )
        changed["value"] = value
    return frame.assign(**changed) if changed else frame


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
    #: text longer than this many characters wraps at this width
    wrap: int = WRAP_WIDTH
    #: rows of the table left off the sheet (it holds at most ``max_rows`` rows), 0 when none
    cut: int = 0
    #: the table's name, for the note that points to its CSV and Parquet files when rows are cut
    table: str = ""
    lang: str = "en"


def _schema(name: str) -> schemas.Table | None:
    """The schema of table ``name``, or None for a table without one."""
    try:
        return schemas.get(name)
    except KeyError:
        return None


def _columns_for(frame: pd.DataFrame, table: str, lang: str, names: Iterable[str] | None = None) -> list[SheetColumn]:
    """Sheet columns for the frame's columns (schema order first), headers from the schema labels."""
    schema = _schema(table)
    wanted = (
        list(names)
        if names is not None
        else (
            [n for n in schema.names if n in frame.columns] + [n for n in frame.columns if n not in schema.names]
            if schema
            else list(frame.columns)
        )
    )
    out = []
    for name in wanted:
        col = schema.column(name) if schema and name in schema.names else None
        header = (col.lv if lang == "lv" else col.en) if col else str(name)
        out.append(SheetColumn(str(name), header, col, table))
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


def cap_rows(sheet: DataSheet, max_rows: int) -> None:
    """Keep the first rows of ``sheet`` that fit in ``max_rows`` sheet rows with its header and the
    note below them (:func:`write_data_sheet` writes it), and count the rest in ``sheet.cut``."""
    room = max_rows - 2  # the header row and the note row
    if room < 1:
        raise ValueError(f"max_rows must be at least 3, not {max_rows}")
    n = len(sheet.frame)
    if n + 1 <= max_rows:
        return
    sheet.cut = n - room
    sheet.frame = sheet.frame.iloc[:room]
    sheet.row_colours = sheet.row_colours[:room]
    sheet.row_formats = {c: f[:room] for c, f in sheet.row_formats.items()}
    sheet.links = {c: {i: v for i, v in ln.items() if i < room} for c, ln in sheet.links.items()}


def build_data_sheets(tables: Tables, lang: str, *, max_rows: int = MAX_ROWS) -> list[DataSheet]:
    """Every table sheet present in ``tables``, in :data:`SHEET_ORDER`. A table longer than a sheet
    of ``max_rows`` rows (Excel's limit by default) keeps its first rows (:func:`cap_rows`)."""
    titles = {k: text(f"sheet.{k}", lang) for k, _ in SHEET_ORDER}
    sheets: dict[str, DataSheet] = {}

    proj, origin = projects_frame(tables)
    cols: list[SheetColumn] = []
    for name, table in origin:
        cols.extend(_columns_for(proj, table, lang, [name]))
    # Projects wraps its texts narrower, so that its many columns print two pages wide and legible.
    sheets["projects"] = DataSheet("projects", titles["projects"], proj, cols, freeze="B2", wrap=PROJECTS_WRAP)

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
        i: f"{loc}!A{first[str(p)]}" for i, p in enumerate(proj["project_id"].tolist()) if str(p) in first
    }

    # Each figure's document links to the web address it was fetched from (where known).
    docs = tables.documents
    if "url" in docs.columns:
        urls = {
            str(d): str(u)
            for d, u in zip(docs["doc_id"].tolist(), docs["url"].tolist())
            if not pd.isna(u) and str(u).lower().startswith(("http://", "https://"))
        }
        if urls:
            sheets["sources"].links["doc_id"] = {
                i: urls[str(d)] for i, d in enumerate(src["doc_id"].tolist()) if str(d) in urls
            }
            sheets["documents"].links["url"] = {
                i: str(u) for i, u in enumerate(sheets["documents"].frame["url"].tolist()) if str(u) in urls.values()
            }

    for sheet in sheets.values():
        sheet.table = sheet.key
        cap_rows(sheet, max_rows)
        sheet.frame = speak(sheet.frame, sheet.key, lang)
        hidden = HIDDEN_COLUMNS.get((sheet.key, lang), ())
        sheet.columns = [c for c in sheet.columns if c.name not in hidden]
        sheet.lang = lang
    return [sheets[k] for k, _ in SHEET_ORDER if k in sheets]


def _quote_sheet(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


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
                    cell.alignment = _WRAP if j in self.wrapped else (_CENTRE if isinstance(v, bool) else _TOP)
                    if f and v is not None and not isinstance(v, str):
                        cell.number_format = localised(f, lang)
                    link = links[j].get(i)
                    if link is not None:
                        if link.startswith(("http://", "https://")):  # a web page
                            cell.hyperlink = link
                        else:  # a place in the workbook
                            cell.hyperlink = Hyperlink(ref=cell.coordinate, location=link)
                        cell.font = LINK_FONT
                    if colours is not None:
                        fill, bold = fills[colours]
                        cell.fill = fill
                        if j == severity:
                            cell.font = bold
                    cells.append(cell)
                yield i + 2, cells, min(MAX_ROW_POINTS, ROW_POINTS * lines) if lines > 1 else None


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
