"""The cross-document stage with the per-document results on disk: memory that does not grow
with the corpus's facts and article records.

A :class:`Spool` takes the per-document results one at a time, in any order
(:meth:`Spool.add`), and keeps in memory only what is small and needed for the merge:

* the document's row of the ``documents`` table and its PDF page offsets;
* for every article its :class:`~socreport.records.ArticleKeys` (identifiers, headline, which
  fields it states, page links), which is all that grouping articles into projects reads.

Everything else goes to files in the spool's folder as it arrives:

* ``facts.parquet`` — the ``facts`` rows, one row group per batch of about
  :data:`FACT_BATCH_ROWS` rows (a document's rows are never split between batches);
* ``records.jsonl`` — every full :class:`~socreport.records.ArticleRecord`, one JSON line each
  (:func:`socreport.exchange.to_json`), read back by byte offset.

:meth:`Spool.tables` then groups the keys (:func:`socreport.grouping.group_articles`, the same
function and the same order as :func:`socreport.merge.build_tables`), reads the full records of
one project at a time and builds every table except ``facts``; :meth:`Spool.fact_batches` streams
the ``facts`` table in its final order (by ``doc_id``, then position) in validated frames, for the
writers of :func:`socreport.outputs.write_tables`. The tables and the written files are the same,
byte for byte, as those of :func:`~socreport.merge.build_tables` on the same results.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import schemas
from .exchange import from_json, to_json
from .merge import assemble_tables
from .records import ArticleKeys, ArticleRecord, DocResult, FactRow
from .tables import Tables

#: Facts rows per row group of the spool's ``facts.parquet`` (a batch is written once it holds at
#: least this many rows; one document's rows stay in one batch).
FACT_BATCH_ROWS: int = 8192

#: Row groups of ``facts.parquet`` kept decoded while the facts are read back in ``doc_id`` order.
_CACHED_BATCHES = 4


def _fact_schema():
    """The spool's Arrow schema: a column per :class:`FactRow` field, typed as in the facts schema."""
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "Int64": pa.int64(),
        "Float64": pa.float64(),
        "boolean": pa.bool_(),
        schemas.DATE: pa.date32(),
    }
    t = schemas.get("facts")
    return pa.schema([(c, types[t.column(c).dtype]) for c in FactRow.__dataclass_fields__])


@dataclass
class _Doc:
    seq: int
    doc_id: str
    row: dict
    pages: tuple[int, ...]
    keys: list[ArticleKeys] = field(default_factory=list)
    records: list[tuple[int, int]] = field(default_factory=list)  # (offset, length) in records.jsonl
    facts: tuple[int, int, int] = (-1, 0, 0)  # (batch, first row, rows)


class Spool:
    """Per-document results on disk in ``folder`` (which must exist and be empty), small keys in
    memory; see the module documentation. Use as a context manager or call :meth:`close`."""

    def __init__(self, folder: str | Path, *, batch_rows: int = FACT_BATCH_ROWS):
        import pyarrow.parquet as pq

        self.folder = Path(folder)
        self.batch_rows = batch_rows
        self._docs: list[_Doc] = []
        self._pending: list[FactRow] = []
        self._batches = 0
        self._schema = _fact_schema()
        self._facts_path = self.folder / "facts.parquet"
        self._writer = pq.ParquetWriter(self._facts_path, self._schema, compression="snappy")
        self._records_path = self.folder / "records.jsonl"
        self._records = open(self._records_path, "wb")
        self._offset = 0
        self._closed = False

    # -- taking results ---------------------------------------------------------------------

    def add(self, res: DocResult) -> None:
        """Take one document's result: its facts and records to disk, its keys kept."""
        if self._closed:
            raise ValueError("the spool is closed")
        doc = _Doc(len(self._docs), res.document.doc_id, res.row(), tuple(res.document.pages or ()))
        for rec in res.articles:
            line = (to_json(rec) + "\n").encode("utf-8")
            self._records.write(line)
            doc.records.append((self._offset, len(line)))
            self._offset += len(line)
            doc.keys.append(rec.keys_only())
        if res.facts:
            doc.facts = (self._batches, len(self._pending), len(res.facts))
            self._pending.extend(res.facts)
            if len(self._pending) >= self.batch_rows:
                self._flush()
        self._docs.append(doc)

    def add_all(self, results: Iterable[DocResult]) -> Spool:
        for r in results:
            self.add(r)
        return self

    def _flush(self) -> None:
        import pyarrow as pa

        if not self._pending:
            return
        cols = {c: [getattr(f, c) for f in self._pending] for c in self._schema.names}
        self._writer.write_table(pa.table(cols, schema=self._schema), row_group_size=len(self._pending))
        self._pending = []
        self._batches += 1

    def _finish_writing(self) -> None:
        if self._writer is not None:
            self._flush()
            self._writer.close()
            self._writer = None
            self._records.close()

    # -- reading back -----------------------------------------------------------------------

    def _ordered(self) -> list[_Doc]:
        """Documents in ``doc_id`` order (input order among equal ids), as build_tables sorts them."""
        return sorted(self._docs, key=lambda d: (d.doc_id, d.seq))

    @property
    def documents(self) -> int:
        return len(self._docs)

    def tables(self, *, per_document: bool = False) -> Tables:
        """Every table but ``facts`` (an empty frame here: stream it with :meth:`fact_batches`);
        ``per_document`` as in :func:`socreport.merge.build_tables`."""
        self._finish_writing()
        docs = self._ordered()
        keys: list[ArticleKeys] = [k for d in docs for k in d.keys]
        where: list[tuple[int, int]] = [w for d in docs for w in d.records]
        pages = {d.doc_id: d.pages for d in docs if d.pages}
        with open(self._records_path, "rb") as fh:

            def load(members: list[int]) -> list[ArticleRecord]:
                out = []
                for m in members:
                    off, n = where[m]
                    fh.seek(off)
                    rec = from_json(fh.read(n).decode("utf-8"))
                    if not isinstance(rec, ArticleRecord):
                        raise ValueError(f"{self._records_path}: not an article record at byte {off}")
                    out.append(rec)
                return out

            return assemble_tables(
                [d.row for d in docs], pages, keys, load, schemas.empty("facts"), per_document=per_document
            )

    def fact_rows(self) -> int:
        return sum(d.facts[2] for d in self._docs)

    def fact_batches(self, rows: int = FACT_BATCH_ROWS) -> Iterator[pd.DataFrame]:
        """The ``facts`` table in its final order as validated frames of about ``rows`` rows."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._finish_writing()
        pf = pq.ParquetFile(self._facts_path)
        cache: OrderedDict[int, pa.Table] = OrderedDict()

        def batch(b: int) -> pa.Table:
            if b in cache:
                cache.move_to_end(b)
                return cache[b]
            t = pf.read_row_group(b)
            cache[b] = t
            if len(cache) > _CACHED_BATCHES:
                cache.popitem(last=False)
            return t

        parts: list[pa.Table] = []
        held = 0
        for d in self._ordered():
            b, first, n = d.facts
            if not n:
                continue
            parts.append(batch(b).slice(first, n))
            held += n
            if held >= rows:
                yield _facts_df(pa.concat_tables(parts))
                parts, held = [], 0
        if parts:
            yield _facts_df(pa.concat_tables(parts))

    # -- the end ----------------------------------------------------------------------------

    def close(self) -> None:
        """Close the files (the folder stays: remove it with :func:`spool_folder`)."""
        if not self._closed:
            self._finish_writing()
            self._closed = True

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _facts_df(t) -> pd.DataFrame:
    """Arrow facts rows as the ``facts`` frame (the columns and values :func:`socreport.merge.facts_frame`
    gives), validated: converted column by column from the Arrow arrays, no Python value per cell."""
    table = schemas.get("facts")
    data = {c.name: _column(t.column(c.name), c.dtype) for c in table.columns}
    df = pd.DataFrame(data, index=pd.RangeIndex(t.num_rows))
    schemas.validate(df, table)
    return df


def _column(arr, dtype: str) -> pd.Series:
    """One spooled Arrow column as a pandas column of the schema's ``dtype`` (missing values as NA,
    a float NaN too, as ``pd.array`` reads it)."""
    if dtype == "Float64":
        return pd.Series(pd.array(arr.to_numpy(zero_copy_only=False), dtype=dtype))
    if dtype == schemas.DATE:
        return pd.Series(arr.to_numpy(zero_copy_only=False)).astype(dtype)
    return pd.Series(pd.api.types.pandas_dtype(dtype).__from_arrow__(arr))


#: Prefix of a spool folder's name.
SPOOL_PREFIX = ".socreport-spool-"


@contextmanager
def spool_folder(near: str | Path | None = None) -> Iterator[Path]:
    """A new empty folder for a :class:`Spool`, removed afterwards with everything in it.

    It is made inside ``near`` (created if needed; the output folder, so the spool is on the
    disk the outputs go to, not in a memory-backed temporary file system) as a hidden
    ``.socreport-spool-<random>`` folder, else in the system's temporary folder. Call it under the
    output folder's lock (:func:`socreport.files.output_lock`): then any other spool folder in
    ``near`` is a leftover of a killed run, and it is removed first."""
    if near is not None:
        Path(near).mkdir(parents=True, exist_ok=True)
        for old in Path(near).glob(f"{SPOOL_PREFIX}*"):
            if old.is_dir() and not old.is_symlink():
                shutil.rmtree(old, ignore_errors=True)
    folder = Path(tempfile.mkdtemp(prefix=SPOOL_PREFIX, dir=None if near is None else os.fspath(near)))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@dataclass(frozen=True)
class Spooled:
    """What a spooled extraction gives: every table but ``facts`` in memory (``tables.facts`` is
    empty), and the spool that streams ``facts`` (:meth:`Spool.fact_batches`)."""

    tables: Tables
    spool: Spool

    def streamed(self) -> dict[str, object]:
        """The tables to write from their streams, for :func:`socreport.outputs.write_tables`."""
        return {"facts": self.spool.fact_batches}


def spool_results(
    results: Iterable[DocResult], folder: str | Path, *, batch_rows: int = FACT_BATCH_ROWS, per_document: bool = False
) -> Spooled:
    """Spool ``results`` into ``folder`` and assemble the tables (see :class:`Spool`)."""
    spool = Spool(folder, batch_rows=batch_rows).add_all(results)
    tables = spool.tables(per_document=per_document).validate()
    return Spooled(tables, spool)


__all__ = ["Spool", "Spooled", "spool_folder", "spool_results", "FACT_BATCH_ROWS"]
