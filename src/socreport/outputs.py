"""Writing the tables to a folder (CSV + Parquet + ``datapackage.json``) and reading them back.

Formats
    ``<table>.csv``      UTF-8 CSV, missing values empty (:mod:`socreport.table_csv`).
    ``<table>.parquet``  Arrow types from the schema and the ``pandas`` metadata, so that a plain
                         ``pandas.read_parquet`` gives the documented dtypes (:mod:`socreport.table_parquet`).
                         No time stamps of the run, so the bytes depend on the data only.
    ``datapackage.json`` Frictionless Data Package describing every CSV column
                         (:func:`socreport.schemas.datapackage`), keys sorted.

Every file is first written to a temporary file in the same folder; only when all of them are
written are they renamed into place (``os.replace``, atomic on one file system;
:func:`socreport.files.write_files_atomic`). A failure while writing leaves the previous outputs
untouched; temporary files of a killed run are removed at the next write. Files get the user's
umask (``0644`` by default).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Protocol

import pandas as pd

from . import schemas, table_parquet
from .files import file_sha256, remove_stale_temporaries, write_files_atomic
from .table_csv import Batches, csv_bytes, csv_writer
from .table_parquet import arrow_schema, arrow_table, parquet_bytes, parquet_writer


class Bundle(Protocol):
    """What writing needs of a :class:`socreport.Tables` bundle (this module does not import it:
    ``Tables.write`` and ``Tables.read`` call into this module, as ``DataFrame.to_parquet`` does in
    pandas)."""

    def names(self) -> list[str]: ...

    def __getitem__(self, name: str) -> pd.DataFrame: ...


DATAPACKAGE = "datapackage.json"


class TablesNotFound(FileNotFoundError):
    """The folder does not hold the written tables that are needed."""


class TablesUnreadable(ValueError):
    """A table file exists but is not what :func:`write_tables` writes (corrupt, truncated, foreign)."""


def _slices(df: pd.DataFrame) -> Batches:
    """``df`` as a stream of frames of :data:`~socreport.table_parquet.ROW_GROUP_ROWS` rows (views, not copies)."""
    n = table_parquet.ROW_GROUP_ROWS
    return lambda: (df.iloc[lo : lo + n] for lo in range(0, len(df), n))


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
            written[path.name] = (file_sha256(tmp), tmp.stat().st_size)

        return path, write

    def files() -> Iterator[tuple[Path, bytes | Callable[[Path], None]]]:
        for name in names:
            if name in streams:
                t = schemas.get(name)
                yield hashed_writer(out / f"{name}.csv", csv_writer(streams[name], t))
                yield hashed_writer(out / f"{name}.parquet", parquet_writer(streams[name], t))
            elif len(tables[name]) > table_parquet.ROW_GROUP_ROWS:  # a long table: written in slices
                t, slices = schemas.get(name), _slices(tables[name])
                yield hashed_writer(out / f"{name}.csv", csv_writer(slices, t))
                yield hashed_writer(out / f"{name}.parquet", parquet_writer(slices, t))
            else:
                yield hashed(out / f"{name}.csv", csv_bytes(tables[name], name))
                yield hashed(out / f"{name}.parquet", parquet_bytes(tables[name], name))
        yield out / DATAPACKAGE, datapackage_bytes(names, written, package_sources(tables["documents"]))

    remove_stale_temporaries(out)
    return write_files_atomic(files())


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
    "check_tables_folder",
    "csv_bytes",
    "parquet_bytes",
    "arrow_table",
    "arrow_schema",
    "datapackage_bytes",
    "package_sources",
    "write_files_atomic",
    "TablesNotFound",
    "TablesUnreadable",
    "DATAPACKAGE",
    "EXTRACTED",
]
