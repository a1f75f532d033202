"""The data sheets as data: one per table (projects joined with the indicators, funding, ...,
documents), each a :class:`DataSheet` with its columns, links, row formats and colours.
:mod:`~socreport.excel.data_sheet` writes them."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .. import schemas
from ..tables import Tables
from ..texts import SEVERITIES, text
from .cells import AVERAGE_FORMAT, COUNT_FORMAT, INTEGER_FORMAT, MAX_ROWS, PROJECTS_WRAP, WRAP_WIDTH, number_format
from .words import speak, table_schema

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

#: Columns left out of a sheet in a language: the Quality sheet of a Latvian workbook shows the Latvian
#: message only, and not the machine-readable values (``key=value`` in English codes; they are in quality.csv).
HIDDEN_COLUMNS: Mapping[tuple[str, str], tuple[str, ...]] = {("quality", "lv"): ("message", "values")}


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


def _columns_for(frame: pd.DataFrame, table: str, lang: str, names: Iterable[str] | None = None) -> list[SheetColumn]:
    """Sheet columns for the frame's columns (schema order first), headers from the schema labels."""
    schema = table_schema(table)
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
    ind_schema, proj_schema = table_schema("indicators"), table_schema("projects")
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
    ind_schema = table_schema("indicators")
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
    note below them (:func:`socreport.excel.data_sheet.write_data_sheet` writes it), and count the rest in ``sheet.cut``."""
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
    sheets = _table_sheets(tables, lang, titles)
    _link_projects_to_sources(sheets, titles["sources"])
    _link_documents_to_pages(sheets, tables.documents)
    for sheet in sheets.values():
        sheet.table = sheet.key
        cap_rows(sheet, max_rows)
        sheet.frame = speak(sheet.frame, sheet.key, lang)
        hidden = HIDDEN_COLUMNS.get((sheet.key, lang), ())
        sheet.columns = [c for c in sheet.columns if c.name not in hidden]
        sheet.lang = lang
    return [sheets[k] for k, _ in SHEET_ORDER if k in sheets]


def _table_sheets(tables: Tables, lang: str, titles: Mapping[str, str]) -> dict[str, DataSheet]:
    """The data sheets by key, each with its frame and columns (projects joined with the indicators,
    sources grouped by project, aggregates with per-row formats, quality coloured by severity)."""
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
    return sheets


def _link_projects_to_sources(sheets: Mapping[str, DataSheet], sources_title: str) -> None:
    """Each project row links to the project's first row on the Sources sheet."""
    src, proj = sheets["sources"].frame, sheets["projects"].frame
    first: dict[str, int] = {}
    for i, p in enumerate(src["project_id"].tolist()):
        if not pd.isna(p):
            first.setdefault(str(p), i + 2)  # header is row 1
    loc = _quote_sheet(sources_title)
    sheets["projects"].links["project_id"] = {
        i: f"{loc}!A{first[str(p)]}" for i, p in enumerate(proj["project_id"].tolist()) if str(p) in first
    }


def _link_documents_to_pages(sheets: Mapping[str, DataSheet], docs: pd.DataFrame) -> None:
    """Each figure's document links to the web address it was fetched from (where known)."""
    if "url" not in docs.columns:
        return
    urls = {
        str(d): str(u)
        for d, u in zip(docs["doc_id"].tolist(), docs["url"].tolist())
        if not pd.isna(u) and str(u).lower().startswith(("http://", "https://"))
    }
    if urls:
        src = sheets["sources"].frame
        sheets["sources"].links["doc_id"] = {
            i: urls[str(d)] for i, d in enumerate(src["doc_id"].tolist()) if str(d) in urls
        }
        sheets["documents"].links["url"] = {
            i: str(u) for i, u in enumerate(sheets["documents"].frame["url"].tolist()) if str(u) in urls.values()
        }


def _quote_sheet(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"
