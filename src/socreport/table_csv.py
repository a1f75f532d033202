"""The CSV encoding of a table: UTF-8, one header row, ``\\n`` line endings, minimal quoting.

Dates ``YYYY-MM-DD``; booleans ``true``/``false``; floats as Python's shortest round-tripping
``repr``; missing values empty; text that a spreadsheet would run as a formula prefixed with an
apostrophe (:func:`socreport.safety.csv_safe`). :mod:`socreport.outputs` writes the files."""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd

from . import schemas
from .safety import csv_safe

#: Rows formatted at a time when writing CSV.
CSV_CHUNK_ROWS = 5000

#: A table given as a stream: a function that returns its frames in order (each in the schema's
#: columns); called once per file written (CSV, then Parquet).
Batches = Callable[[], Iterable[pd.DataFrame]]


def is_missing(v: object) -> bool:
    """A missing cell: None, ``pd.NA``, ``pd.NaT`` or a float NaN."""
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v))


def _fmt_string(v: object) -> str:
    return "" if is_missing(v) else str(csv_safe(str(v)))


def _fmt_int(v: object) -> str:
    return "" if is_missing(v) else str(int(v))  # type: ignore[call-overload]


def _fmt_float(v: object) -> str:
    if is_missing(v):
        return ""
    f = float(v)  # type: ignore[arg-type]
    if math.isinf(f):
        return "INF" if f > 0 else "-INF"  # Frictionless number spellings
    return repr(f)


def _fmt_bool(v: object) -> str:
    return "" if is_missing(v) else ("true" if bool(v) else "false")


def _fmt_date(v: object) -> str:
    if is_missing(v):
        return ""
    return pd.Timestamp(v).date().isoformat()


_FORMATTERS: dict[str, Callable[[object], str]] = {
    "string": _fmt_string,
    "Int64": _fmt_int,
    "Float64": _fmt_float,
    "boolean": _fmt_bool,
    schemas.DATE: _fmt_date,
}


def csv_bytes(df: pd.DataFrame, table: schemas.Table | str) -> bytes:
    """The CSV encoding of ``df`` (already in the schema's columns) as described in the module doc."""
    t = schemas.get(table) if isinstance(table, str) else table
    out = io.BytesIO()
    out.write(csv_line(t.names).encode("utf-8"))
    write_csv_rows(out, df, t)
    return out.getvalue()


def write_csv_rows(out, df: pd.DataFrame, t: schemas.Table) -> None:
    """The rows of ``df`` in CSV (no header) to the binary stream ``out``."""
    df = schemas.conform(df, t)
    for lo in range(0, len(df), CSV_CHUNK_ROWS):  # bounded memory for the formatted cells
        part = df.iloc[lo : lo + CSV_CHUNK_ROWS]
        cols = [[_FORMATTERS[c.dtype](v) for v in part[c.name].tolist()] for c in t.columns]
        out.write("".join(csv_line(row) for row in zip(*cols)).encode("utf-8"))


_NEEDS_QUOTES = re.compile(r'[",\r\n]')


def _csv_cell(cell: str) -> str:
    """RFC 4180 quoting: a cell with a comma, quote, CR or LF is quoted, quotes doubled.

    (The stdlib writer with ``lineterminator="\\n"`` leaves a lone CR unquoted, which breaks rows.)"""
    return '"' + cell.replace('"', '""') + '"' if _NEEDS_QUOTES.search(cell) else cell


def csv_line(cells: Iterable[str]) -> str:
    """One CSV row of ``cells``, quoted as needed, with its ``\\n``."""
    return ",".join(_csv_cell(c) for c in cells) + "\n"


def csv_writer(batches: Batches, t: schemas.Table) -> Callable[[Path], None]:
    """A writer of the frames as one CSV file, the bytes :func:`csv_bytes` gives for the whole table."""

    def write(path: Path) -> None:
        with open(path, "wb") as fh:
            fh.write(csv_line(t.names).encode("utf-8"))
            for df in batches():
                write_csv_rows(fh, df, t)

    return write
