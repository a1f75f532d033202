"""Writing the tables to a folder (CSV + Parquet + ``datapackage.json``) and reading them back.

Formats
    ``<table>.csv``      UTF-8, one header row of column names, ``\\n`` line endings, minimal quoting;
                         dates ``YYYY-MM-DD``; booleans ``true``/``false``; floats as Python's shortest
                         round-tripping ``repr``; missing values empty. Text that a spreadsheet would run as
                         a formula is prefixed with an apostrophe (:func:`socreport.safety.csv_safe`).
    ``<table>.parquet``  Arrow types from the schema (string, int64, float64, bool; dates as midnight
                         ``timestamp[ns]`` marked ``socreport:type = date``), nulls for missing values,
                         and the ``pandas`` metadata, so that a plain ``pandas.read_parquet`` gives the
                         documented dtypes (``string``, ``Int64``, ``Float64``, ``boolean``,
                         ``datetime64[ns]``) with a ``RangeIndex``. No time stamps of the run, so the
                         bytes depend on the data only.
    ``datapackage.json`` Frictionless Data Package describing every CSV column
                         (:func:`socreport.schemas.datapackage`), keys sorted.

Every file is first written to a temporary file in the same folder; only when all of them are
written are they renamed into place (``os.replace``, atomic on one file system;
:func:`socreport.files.write_files_atomic`). A failure while writing leaves the previous outputs
untouched; temporary files of a killed run are removed at the next write. Files get the user's
umask (``0644`` by default).
"""

from __future__ import annotations

import io
import json
import math
import os
import re
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Protocol

import pandas as pd

from . import schemas
from .files import atomic_write, remove_stale_temporaries, write_files_atomic
from .safety import csv_safe


class Bundle(Protocol):
    """What writing needs of a :class:`socreport.Tables` bundle (this module does not import it:
    ``Tables.write`` and ``Tables.read`` call into this module, as ``DataFrame.to_parquet`` does in
    pandas)."""

    def names(self) -> list[str]: ...

    def __getitem__(self, name: str) -> pd.DataFrame: ...


DATAPACKAGE = "datapackage.json"

#: Rows formatted at a time when writing CSV.
CSV_CHUNK_ROWS = 5000

#: Rows per Parquet row group. Fixed (not pyarrow's default), so a table written from a stream of
#: batches (:func:`write_tables` ``streamed``) has the same row groups, hence the same bytes, as
#: the same table written from memory.
ROW_GROUP_ROWS = 16384


class TablesNotFound(FileNotFoundError):
    """The folder does not hold the written tables that are needed."""


class TablesUnreadable(ValueError):
    """A table file exists but is not what :func:`write_tables` writes (corrupt, truncated, foreign)."""


# -- cell formatting ------------------------------------------------------------------------------


def _missing(v: object) -> bool:
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v))


def _fmt_string(v: object) -> str:
    return "" if _missing(v) else str(csv_safe(str(v)))


def _fmt_int(v: object) -> str:
    return "" if _missing(v) else str(int(v))  # type: ignore[call-overload]


def _fmt_float(v: object) -> str:
    if _missing(v):
        return ""
    f = float(v)  # type: ignore[arg-type]
    if math.isinf(f):
        return "INF" if f > 0 else "-INF"  # Frictionless number spellings
    return repr(f)


def _fmt_bool(v: object) -> str:
    return "" if _missing(v) else ("true" if bool(v) else "false")


def _fmt_date(v: object) -> str:
    if _missing(v):
        return ""
    return pd.Timestamp(v).date().isoformat()  # type: ignore[arg-type]


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
    out.write(_csv_line(t.names).encode("utf-8"))
    _write_csv_rows(out, df, t)
    return out.getvalue()


def _write_csv_rows(out, df: pd.DataFrame, t: schemas.Table) -> None:
    """The rows of ``df`` in CSV (no header) to the binary stream ``out``."""
    df = schemas.conform(df, t)
    for lo in range(0, len(df), CSV_CHUNK_ROWS):  # bounded memory for the formatted cells
        part = df.iloc[lo : lo + CSV_CHUNK_ROWS]
        cols = [[_FORMATTERS[c.dtype](v) for v in part[c.name].tolist()] for c in t.columns]
        out.write("".join(_csv_line(row) for row in zip(*cols)).encode("utf-8"))


_NEEDS_QUOTES = re.compile(r'[",\r\n]')


def _csv_cell(cell: str) -> str:
    """RFC 4180 quoting: a cell with a comma, quote, CR or LF is quoted, quotes doubled.

    (The stdlib writer with ``lineterminator="\\n"`` leaves a lone CR unquoted, which breaks rows.)"""
    return '"' + cell.replace('"', '""') + '"' if _NEEDS_QUOTES.search(cell) else cell


def _csv_line(cells: Iterable[str]) -> str:
    return ",".join(_csv_cell(c) for c in cells) + "\n"


# -- Parquet --------------------------------------------------------------------------------------


#: The Arrow type of each schema dtype. Dates are midnight timestamps in nanoseconds (no time zone):
#: a plain ``pandas.read_parquet`` then gives ``datetime64[ns]``, the schema's date dtype, where a
#: ``date32`` column would come back as Python ``date`` objects. The field's metadata says it is a
#: calendar date (``socreport:type = date``).
def _arrow_type(dtype: str):
    import pyarrow as pa

    return {
        "string": pa.string(),
        "Int64": pa.int64(),
        "Float64": pa.float64(),
        "boolean": pa.bool_(),
        schemas.DATE: pa.timestamp("ns"),
    }[dtype]


#: pandas' own names for the schema dtypes in the ``pandas`` metadata of a Parquet file.
_PANDAS_TYPE = {
    "string": "unicode",
    "Int64": "int64",
    "Float64": "float64",
    "boolean": "bool",
    schemas.DATE: "datetime",
}


def _pandas_metadata(t: schemas.Table) -> bytes:
    """The ``pandas`` key of the Arrow schema metadata: what ``pyarrow``'s ``to_pandas`` (and so
    ``pandas.read_parquet``) reads to give each column its nullable dtype (``Int64``, ``Float64``,
    ``boolean``, ``string``) and a plain ``RangeIndex``. Written by hand, without library
    versions, so the bytes depend on the schema only."""
    cols = [
        {
            "name": c.name,
            "field_name": c.name,
            "pandas_type": _PANDAS_TYPE[c.dtype],
            "numpy_type": c.dtype,
            "metadata": None,
        }
        for c in t.columns
    ]
    doc = {"index_columns": [], "column_indexes": [], "columns": cols, "attributes": {}}
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _arrow_values(s: pd.Series, dtype: str) -> list[object]:
    vals = s.tolist()
    if dtype == schemas.DATE:
        return [None if _missing(v) else pd.Timestamp(v).normalize().to_pydatetime() for v in vals]
    if dtype == "Float64":
        return [None if _missing(v) else float(v) for v in vals]
    if dtype == "Int64":
        return [None if _missing(v) else int(v) for v in vals]
    if dtype == "boolean":
        return [None if _missing(v) else bool(v) for v in vals]
    return [None if _missing(v) else str(v) for v in vals]


def arrow_schema(table: schemas.Table | str):
    """The :class:`pyarrow.Schema` of a table's Parquet file: the schema's Arrow types, required
    columns not nullable, a calendar-date mark on date fields, and the ``pandas`` metadata (see
    :func:`_pandas_metadata`). A writer that streams a table in parts uses this schema too."""
    import pyarrow as pa

    t = schemas.get(table) if isinstance(table, str) else table
    fields = [
        pa.field(
            c.name,
            _arrow_type(c.dtype),
            nullable=not c.required,
            metadata={b"socreport:type": b"date"} if c.dtype == schemas.DATE else None,
        )
        for c in t.columns
    ]
    return pa.schema(fields, metadata={b"socreport:table": t.name.encode(), b"pandas": _pandas_metadata(t)})


def arrow_table(df: pd.DataFrame, table: schemas.Table | str):
    """``df`` as a :class:`pyarrow.Table` with the schema of :func:`arrow_schema`."""
    import pyarrow as pa

    t = schemas.get(table) if isinstance(table, str) else table
    df = schemas.conform(df, t)
    arrays = [pa.array(_arrow_values(df[c.name], c.dtype), type=_arrow_type(c.dtype)) for c in t.columns]
    return pa.Table.from_arrays(arrays, schema=arrow_schema(t))


def parquet_bytes(df: pd.DataFrame, table: schemas.Table | str) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = pa.BufferOutputStream()
    pq.write_table(arrow_table(df, table), sink, compression="zstd", row_group_size=ROW_GROUP_ROWS)
    return sink.getvalue().to_pybytes()


#: A table given as a stream: a function that returns its frames in order (each in the schema's
#: columns); called once per file written (CSV, then Parquet).
Batches = Callable[[], Iterable[pd.DataFrame]]


def _csv_writer(batches: Batches, t: schemas.Table) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        with open(path, "wb") as fh:
            fh.write(_csv_line(t.names).encode("utf-8"))
            for df in batches():
                _write_csv_rows(fh, df, t)

    return write


def _parquet_writer(batches: Batches, t: schemas.Table) -> Callable[[Path], None]:
    """Writes the frames as one Parquet file with row groups of exactly :data:`ROW_GROUP_ROWS`
    rows (the last one shorter), as :func:`parquet_bytes` writes the whole table."""

    def write(path: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = arrow_schema(t)
        with pq.ParquetWriter(path, schema, compression="zstd") as writer:
            held: list = []
            n = total = 0
            for df in batches():
                held.append(arrow_table(df, t))
                n += len(df)
                total += len(df)
                while n >= ROW_GROUP_ROWS:
                    whole = pa.concat_tables(held)
                    writer.write_table(whole.slice(0, ROW_GROUP_ROWS), row_group_size=ROW_GROUP_ROWS)
                    held, n = [whole.slice(ROW_GROUP_ROWS)], n - ROW_GROUP_ROWS
            if n or not total:  # the rest; an empty table gets its one empty row group, as in memory
                writer.write_table(pa.concat_tables(held) if n else schema.empty_table(), row_group_size=ROW_GROUP_ROWS)

    return write


def _slices(df: pd.DataFrame) -> Batches:
    """``df`` as a stream of frames of :data:`ROW_GROUP_ROWS` rows (views, not copies)."""
    return lambda: (df.iloc[lo : lo + ROW_GROUP_ROWS] for lo in range(0, len(df), ROW_GROUP_ROWS))


# -- writing --------------------------------------------------------------------------------------

def package_sources(documents: pd.DataFrame) -> list[dict[str, object]]:
    """The data package's ``sources``: one per input document that was read, its path (its web address
    when it was fetched) and the SHA-256 of the file read."""
    out: list[dict[str, object]] = []
    for rec in documents.itertuples(index=False):
        if getattr(rec, "status", None) == "skipped":
            continue
        url = getattr(rec, "url", None)
        src: dict[str, object] = {"title": str(rec.path)}
        src["path"] = str(url) if isinstance(url, str) and url else str(rec.path)
        if isinstance(rec.sha256, str) and rec.sha256:
            src["socreport:sha256"] = rec.sha256
        out.append(src)
    return out


def datapackage_bytes(
    names: Iterable[str],
    files: Mapping[str, tuple[str, int]] | None = None,
    sources: Iterable[Mapping[str, object]] = (),
) -> bytes:
    """``datapackage.json`` for the tables ``names`` (CSV and Parquet resources; ``files``: each file's
    SHA-256 and size): version = socreport's, keys sorted, UTF-8."""
    from . import __version__

    pkg = schemas.datapackage(list(names), version=__version__, files=files, parquet=True, sources=sources)
    return (json.dumps(pkg, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def write_tables(tables: Bundle, out_dir: str | Path, *, streamed: Mapping[str, Batches] | None = None) -> list[Path]:
    """Write every table of ``tables`` (extraction and derived) to ``out_dir``; return the paths.
    Public as :meth:`socreport.Tables.write`.

    Files: ``<name>.csv`` and ``<name>.parquet`` per table, then ``datapackage.json`` (which gives each
    file's SHA-256 and size, and the input documents as its sources). A table named in ``streamed`` is
    written from its batches instead of from ``tables`` (the bytes are the same as for the whole table
    in memory), so it is never held in memory at once; a table longer than :data:`ROW_GROUP_ROWS`
    rows is written from slices of its frame the same way, so no file's bytes are held whole."""
    import hashlib

    out = Path(out_dir)
    names = tables.names()
    streams = dict(streamed or {})
    written: dict[str, tuple[str, int]] = {}

    def hashed(path: Path, data: bytes) -> tuple[Path, bytes]:
        written[path.name] = (hashlib.sha256(data).hexdigest(), len(data))
        return path, data

    def hashed_writer(path: Path, writer: Callable[[Path], None]) -> tuple[Path, Callable[[Path], None]]:
        def write(tmp: Path) -> None:  # a streamed file: hashed from disk once written
            writer(tmp)
            h = hashlib.sha256()
            with open(tmp, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
            written[path.name] = (h.hexdigest(), tmp.stat().st_size)

        return path, write

    def files() -> Iterator[tuple[Path, bytes | Callable[[Path], None]]]:
        for name in names:
            if name in streams:
                t = schemas.get(name)
                yield hashed_writer(out / f"{name}.csv", _csv_writer(streams[name], t))
                yield hashed_writer(out / f"{name}.parquet", _parquet_writer(streams[name], t))
            elif len(tables[name]) > ROW_GROUP_ROWS:  # a long table: written in slices, no file's bytes in memory
                t, slices = schemas.get(name), _slices(tables[name])
                yield hashed_writer(out / f"{name}.csv", _csv_writer(slices, t))
                yield hashed_writer(out / f"{name}.parquet", _parquet_writer(slices, t))
            else:
                yield hashed(out / f"{name}.csv", csv_bytes(tables[name], name))
                yield hashed(out / f"{name}.parquet", parquet_bytes(tables[name], name))
        yield out / DATAPACKAGE, datapackage_bytes(names, written, package_sources(tables["documents"]))

    remove_stale_temporaries(out)
    return write_files_atomic(files())


# -- manifest -------------------------------------------------------------------------------------

#: The file in the tables folder that says which files one run wrote and whether it finished.
MANIFEST = "manifest.json"


def manifest_bytes(command: str, files: Iterable[Path], base: Path, *, complete: bool) -> bytes:
    """``manifest.json``: the socreport version, the command, whether the run finished, and the
    SHA-256 of every file it wrote (paths relative to ``base``, the tables folder). No time stamps:
    the same outputs give the same bytes."""
    from . import __version__
    import hashlib

    listed = {}
    for f in files:
        f = Path(f)
        h = hashlib.sha256()
        with open(f, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        listed[Path(os.path.relpath(os.path.abspath(f), os.path.abspath(base))).as_posix()] = h.hexdigest()
    doc = {"socreport": __version__, "command": command, "complete": complete, "files": dict(sorted(listed.items()))}
    return (json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def write_manifest(out_dir: str | Path, command: str, files: Iterable[Path] = (), *, complete: bool) -> Path:
    """Write ``manifest.json`` to ``out_dir``. A run writes it with ``complete=False`` before its first
    output and with ``complete=True`` and every file's hash after its last, so a run that was killed
    halfway leaves a manifest saying so, and a file whose hash differs is not from that run."""
    out = Path(out_dir)
    return atomic_write(out / MANIFEST, manifest_bytes(command, files, out, complete=complete))


def read_manifest(tables_dir: str | Path) -> dict | None:
    """The manifest of ``tables_dir`` (None when there is none or it is unreadable)."""
    try:
        doc = json.loads((Path(tables_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return doc if isinstance(doc, dict) else None


# -- reading --------------------------------------------------------------------------------------

def read_table(path: str | Path, table: schemas.Table | str) -> pd.DataFrame:
    """One Parquet file written by :func:`write_tables`, conformed to its schema."""
    import pyarrow.parquet as pq

    t = schemas.get(table) if isinstance(table, str) else table
    try:
        at = pq.read_table(path)
    except OSError as exc:  # pyarrow's ArrowInvalid and ArrowIOError are OSError/ValueError subclasses
        raise TablesUnreadable(f"cannot read {path}: {_short(exc)}") from None
    except ValueError as exc:
        raise TablesUnreadable(
            f"cannot read {path}: not a Parquet table written by socreport ({_short(exc)})"
        ) from None
    data = {}
    for c in t.columns:
        if c.name not in at.column_names:
            raise TablesUnreadable(f"{path}: column {c.name!r} is missing (written by another version?)")
        vals = at.column(c.name).to_pylist()
        try:
            if c.dtype == schemas.DATE:
                data[c.name] = pd.Series([pd.NaT if v is None else pd.Timestamp(v) for v in vals], dtype=schemas.DATE)
            else:
                data[c.name] = pd.Series(vals, dtype=c.dtype)
        except (TypeError, ValueError, OverflowError) as exc:
            raise TablesUnreadable(
                f"{path}: column {c.name!r} does not hold {c.dtype} values ({_short(exc)})"
            ) from None
    return schemas.conform(pd.DataFrame(data, index=pd.RangeIndex(at.num_rows)), t)


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "\u2026"


#: The extraction tables, which every tables folder holds (``Tables.EXTRACTED``).
EXTRACTED = ("documents", "projects", "funding", "partners", "beneficiaries", "facts", "sources")


def read_frames(tables_dir: str | Path) -> tuple[dict[str, pd.DataFrame], dict[str, pd.DataFrame]]:
    """The tables written to ``tables_dir`` by :func:`write_tables`: the extraction tables and the
    derived ones, by name, each conformed to its schema. :func:`socreport.read_tables` (and
    ``Tables.read``) make a :class:`socreport.Tables` bundle of them.

    Raises :class:`TablesNotFound` naming what is missing when the folder lacks an extraction table,
    :class:`TablesUnreadable` when a file is not what :func:`write_tables` writes."""
    root = check_tables_folder(tables_dir)
    names = _table_names(root)
    base = {n: read_table(root / f"{n}.parquet", n) for n in EXTRACTED}
    derived = {}
    for n in names:
        if n in EXTRACTED or not (root / f"{n}.parquet").is_file():
            continue
        try:
            schemas.get(n)
        except KeyError:
            continue  # a table whose module is not installed: leave it out rather than guess dtypes
        derived[n] = read_table(root / f"{n}.parquet", n)
    return base, derived


def check_tables_folder(tables_dir: str | Path) -> Path:
    """``tables_dir`` as a Path; raises :class:`TablesNotFound` naming what is missing when it is
    not a folder with every extraction table."""
    root = Path(tables_dir)
    if not root.is_dir():
        raise TablesNotFound(f"no tables folder {root} (run `socreport extract INPUT --out {root}` first)")
    missing = [n for n in EXTRACTED if not (root / f"{n}.parquet").is_file()]
    if missing:
        raise TablesNotFound(
            f"{root} lacks {', '.join(m + '.parquet' for m in missing)} "
            f"(run `socreport extract INPUT --out {root}` first)"
        )
    return root


def _table_names(root: Path) -> list[str]:
    """Table names in the order of ``datapackage.json``, else the Parquet files sorted by name."""
    pkg = root / DATAPACKAGE
    if pkg.is_file():
        try:
            resources = json.loads(pkg.read_text(encoding="utf-8"))["resources"]
            return [r["name"] for r in resources if r.get("format") != "parquet"]  # one name a table
        except (ValueError, KeyError, TypeError):
            pass
    return sorted(p.stem for p in root.glob("*.parquet"))


__all__ = [
    "write_tables",
    "read_frames",
    "read_table",
    "csv_bytes",
    "parquet_bytes",
    "arrow_table",
    "datapackage_bytes",
    "package_sources",
    "write_files_atomic",
    "write_manifest",
    "read_manifest",
    "manifest_bytes",
    "arrow_schema",
    "TablesNotFound",
    "TablesUnreadable",
    "DATAPACKAGE",
    "MANIFEST",
]
