"""The Parquet encoding of a table: Arrow types from the schema, the ``pandas`` metadata, fixed
row groups, so the bytes depend on the data only.

Strings, int64, float64 and bool; dates as midnight ``timestamp[ns]`` marked ``socreport:type =
date``; nulls for missing values. A plain ``pandas.read_parquet`` gives the documented dtypes
(``string``, ``Int64``, ``Float64``, ``boolean``, ``datetime64[ns]``) with a ``RangeIndex``.
:mod:`socreport.outputs` writes the files and reads them back."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from . import schemas
from .table_csv import Batches, is_missing

#: Rows per Parquet row group. Fixed (not pyarrow's default), so a table written from a stream of
#: batches (:func:`parquet_writer`) has the same row groups, hence the same bytes, as the same table
#: written from memory (:func:`parquet_bytes`).
ROW_GROUP_ROWS = 16384


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
        return [None if is_missing(v) else pd.Timestamp(v).normalize().to_pydatetime() for v in vals]
    if dtype == "Float64":
        return [None if is_missing(v) else float(v) for v in vals]
    if dtype == "Int64":
        return [None if is_missing(v) else int(v) for v in vals]
    if dtype == "boolean":
        return [None if is_missing(v) else bool(v) for v in vals]
    return [None if is_missing(v) else str(v) for v in vals]


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


def parquet_writer(batches: Batches, t: schemas.Table) -> Callable[[Path], None]:
    """A writer of the frames as one Parquet file with row groups of exactly :data:`ROW_GROUP_ROWS`
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
