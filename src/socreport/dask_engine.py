"""The dask engine: the per-document stage as a dask bag of document chunks, staged as Parquet.

Without a scheduler the bag runs on dask's local ``processes`` scheduler (``jobs`` workers, or one
per core when ``jobs=1``); with ``scheduler="tcp://host:8786"`` it runs on that dask.distributed
cluster. Each chunk's results are written as Parquet files to a staging folder (facts rows as a
queryable dataset, plus the per-document results as JSON text, :mod:`socreport.exchange`) and read
back in input order for assembly, so workers hold one chunk at a time. :mod:`socreport.engine`
chooses this engine; ``docs/cluster.md`` tells how to run it on a cluster."""

from __future__ import annotations

import math
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

from .config import DEFAULT_SECONDS_PER_MB, MIN_BUDGET_SECONDS
from .exchange import from_json, to_json
from .files import atomic_write, folder_mode
from .progress import Progress
from .records import DocResult, FactRow
from .worker import EngineError, extract_one, file_size

#: Dask partitions aim at this many bytes of input each (bytes) ...
PARTITION_BYTES: int = 16 * 1024 * 1024
#: ... and hold at most this many documents.
PARTITION_DOCS: int = 256

#: How long to try to reach a dask.distributed scheduler before giving up.
CONNECT_TIMEOUT = "20s"

#: Environment variable naming the dask staging folder when ``staging`` is not given.
STAGING_ENV = "SOCREPORT_STAGING"

DASK_MISSING = "the dask engine needs the optional dask extra: pip install 'socreport[dask]'"


def partition_bounds(sizes: Sequence[int], *, workers: int) -> list[tuple[int, int]]:
    """Split documents (their sizes in bytes, in input order) into contiguous ``[start, stop)`` chunks.

    Number of chunks = max(⌈total bytes / PARTITION_BYTES⌉, ⌈n / PARTITION_DOCS⌉, min(n, 2·workers)),
    at most n; chunk lengths differ by at most one document."""
    n = len(sizes)
    if n == 0:
        return []
    k = max(math.ceil(sum(sizes) / PARTITION_BYTES), math.ceil(n / PARTITION_DOCS), min(n, 2 * workers))
    k = min(k, n)
    base, extra = divmod(n, k)
    bounds, start = [], 0
    for i in range(k):
        stop = start + base + (i < extra)
        bounds.append((start, stop))
        start = stop
    return bounds


def import_dask(distributed: bool):
    """dask and dask.bag (and a check that distributed is installed); :class:`EngineError` with
    the install hint when the extra is missing."""
    try:
        import dask
        import dask.bag as db

        if distributed:
            import distributed as dist  # noqa: F401
    except ImportError as exc:
        raise EngineError(f"{DASK_MISSING} ({exc.msg})") from None
    return dask, db


_FACT_COLUMNS = [f for f in FactRow.__dataclass_fields__]


def _write_parquet(table, path: Path) -> None:
    import pyarrow.parquet as pq

    atomic_write(path, lambda tmp: pq.write_table(table, tmp))


def _extract_chunk(
    chunk: tuple[int, list[tuple[str, str]]],
    stage: str,
    max_bytes: int,
    seconds_per_mb: float | None = DEFAULT_SECONDS_PER_MB,
    min_seconds: float = MIN_BUDGET_SECONDS,
) -> str:
    """Dask task: extract one chunk and write it to ``stage`` as Parquet; return the results file.

    ``facts/part-<first>.parquet`` holds the chunk's facts rows (a dataset others can query);
    ``results/part-<first>.parquet`` holds one row per document: input position, id, status and
    the :class:`DocResult` that assembly needs as JSON text (:func:`to_json`). Rewriting is
    idempotent, so a task that a cluster retries produces the same files."""
    import pyarrow as pa

    first, items = chunk
    results = [extract_one(p, d, max_bytes, seconds_per_mb, min_seconds) for p, d in items]
    root = Path(stage)
    name = f"part-{first:09d}.parquet"
    rows = [asdict(f) for r in results for f in r.facts]
    fact_types = {
        "article": pa.int64(),
        "start": pa.int64(),
        "end": pa.int64(),
        "page": pa.int64(),
        "number": pa.float64(),
        "first_day": pa.date32(),
        "last_day": pa.date32(),
    }
    fact_schema = pa.schema([(c, fact_types.get(c, pa.string())) for c in _FACT_COLUMNS])
    _write_parquet(pa.Table.from_pylist(rows, schema=fact_schema), root / "facts" / name)
    res = pa.table(
        {
            "seq": pa.array(range(first, first + len(results)), pa.int64()),
            "doc_id": pa.array([r.document.doc_id for r in results], pa.string()),
            "status": pa.array([r.document.status for r in results], pa.string()),
            "result": pa.array([to_json(r) for r in results], pa.large_string()),
        }
    )
    out = root / "results" / name
    _write_parquet(res, out)
    return str(out)


#: Prefix of the folder a dask run creates for itself inside the staging folder.
RUN_PREFIX = "socreport-run-"


@contextmanager
def _staging_dir(staging: str | Path | None) -> Iterator[Path]:
    """A folder of this run's own for the exchanged files, removed afterwards except the ``facts``
    dataset when the user named the staging folder.

    With ``staging``: a new sub-folder ``socreport-run-<UTC time>-<random>/`` that this run creates
    (nothing else in ``staging`` is read, replaced or deleted); its ``results/`` are removed after
    they are read, its ``facts/`` dataset is kept. Without: a temporary folder, removed entirely."""
    if staging is not None:
        base = Path(staging)
        base.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        root = Path(tempfile.mkdtemp(prefix=f"{RUN_PREFIX}{stamp}-", dir=base))
        os.chmod(root, folder_mode())  # mkdtemp makes it private; workers may run as other users
        for sub in ("facts", "results"):
            (root / sub).mkdir()
        try:
            yield root
        finally:
            shutil.rmtree(root / "results", ignore_errors=True)
        return
    tmp = Path(tempfile.mkdtemp(prefix="socreport-dask-"))
    try:
        for sub in ("facts", "results"):
            (tmp / sub).mkdir()
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@contextmanager
def _watch(stage: Path, bounds: list[tuple[int, int]], bar: Progress) -> Iterator[None]:
    """Advance ``bar`` as result files appear in ``stage`` (works for local and remote workers)."""
    if not bar.visible:
        yield
        return
    sizes = {f"part-{a:09d}.parquet": b - a for a, b in bounds}
    stop = threading.Event()
    seen: set[str] = set()

    def scan() -> None:
        for p in (stage / "results").glob("part-*.parquet"):
            if p.name not in seen and p.name in sizes:
                seen.add(p.name)
                bar.update(sizes[p.name])

    def poll() -> None:
        while not stop.wait(0.5):
            scan()

    t = threading.Thread(target=poll, daemon=True)
    t.start()
    try:
        yield
    finally:
        stop.set()
        t.join()
        scan()  # the parts finished since the last poll


def _read_results(files: Sequence[str], n: int) -> Iterator[DocResult]:
    """The results in the staged files, in input order, one file's results in memory at a time.

    The files must together hold every input position ``0 … n-1`` exactly once, each file a
    contiguous run of positions (as :func:`_extract_chunk` writes them)."""
    import pyarrow.parquet as pq

    runs = []
    for f in files:
        seqs = pq.read_table(f, columns=["seq"]).column("seq").to_pylist()
        if not seqs or seqs != list(range(seqs[0], seqs[0] + len(seqs))):
            raise EngineError(f"{f}: not a socreport result file")
        runs.append((seqs[0], len(seqs), f))
    runs.sort()
    expected = 0
    for first, count, f in runs:
        if first > expected:
            raise EngineError(f"dask run lost {first - expected} documents (first at input position {expected})")
        if first < expected or first + count > n:
            raise EngineError(f"{f}: not a socreport result file")
        t = pq.read_table(f, columns=["seq", "result"])
        for text in t.column("result").to_pylist():
            res = from_json(text)
            if not isinstance(res, DocResult):
                raise EngineError(f"{f}: not a socreport result file")
            yield res
        expected = first + count
        del t
    if expected != n:
        raise EngineError(f"dask run lost {n - expected} documents (first at input position {expected})")


def map_dask(
    work: list[tuple[str, str]],
    *,
    jobs: int,
    scheduler: str | None,
    max_bytes: int,
    progress: bool,
    staging: str | Path | None,
    seconds_per_mb: float | None,
    min_seconds: float = MIN_BUDGET_SECONDS,
) -> Iterator[DocResult]:
    """The results of ``work`` (path, document id pairs) in input order, one staged partition file
    at a time; the options are those of :func:`socreport.engine.iter_documents`."""
    dask, db = import_dask(distributed=bool(scheduler))
    if not work:
        return
    workers = jobs if jobs > 1 else (os.cpu_count() or 1)
    bounds = partition_bounds([file_size(p) for p, _ in work], workers=workers)
    chunks = [(a, work[a:b]) for a, b in bounds]
    with _staging_dir(staging) as stage, Progress(len(work), enabled=progress) as bar:
        bag = db.from_sequence(chunks, npartitions=len(chunks)).map(
            _extract_chunk, str(stage), max_bytes, seconds_per_mb, min_seconds
        )
        with _watch(stage, bounds, bar):
            if scheduler:
                files = _compute_distributed(bag, scheduler)
            else:
                (files,) = dask.compute(bag, scheduler="processes", num_workers=workers)
        yield from _read_results(sorted(files), len(work))


def _compute_distributed(bag, address: str) -> list[str]:
    from distributed import Client

    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise EngineError(f"cannot reach the dask scheduler at {address}: {exc}") from None
    try:
        return client.compute(bag).result()
    finally:
        client.close()
