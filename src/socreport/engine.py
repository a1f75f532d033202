"""Run the per-document stage over many files: serially, in local processes, or on dask.

Documents are independent, so the per-document stage (:func:`socreport.pipeline.extract_document`)
is mapped over the inputs and the results come back in input order whatever the engine; the
cross-document stage (:func:`socreport.merge.build_tables`) then runs once. Because the
per-document stage is a pure function of a file's bytes and the order is restored, every engine
gives exactly the tables a serial run gives.

Engines
    ``serial``          one document after another in this process (``jobs=1``).
    ``serial`` + jobs   ``jobs`` local worker processes (:class:`concurrent.futures.ProcessPoolExecutor`),
                        documents sent in chunks, results collected in input order.
    ``dask``            a dask bag of document chunks. Without ``scheduler`` it runs on dask's local
                        ``processes`` scheduler (``jobs`` workers, or one per core when ``jobs=1``);
                        with ``scheduler="tcp://host:8786"`` it runs on that dask.distributed cluster.
                        Each chunk's results are written as Parquet files to a staging folder (facts
                        rows as a queryable dataset, plus the per-document results) and read back in
                        input order for assembly, so workers hold one chunk at a time.
"""

from __future__ import annotations

import math
import os
import pickle
import shutil
import tempfile
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import asdict, replace
from pathlib import Path
from typing import Iterator, Sequence

from .config import DEFAULT_MAX_BYTES
from .pipeline import extract_document
from .records import DocResult, FactRow
from .progress import Progress

ENGINES: tuple[str, ...] = ("serial", "dask")

#: Dask partitions aim at this many bytes of input each (bytes) ...
PARTITION_BYTES: int = 16 * 1024 * 1024
#: ... and hold at most this many documents.
PARTITION_DOCS: int = 256

#: How long to try to reach a dask.distributed scheduler before giving up.
CONNECT_TIMEOUT = "20s"

#: Environment variable naming the dask staging folder when ``staging`` is not given.
STAGING_ENV = "SOCREPORT_STAGING"

DASK_MISSING = "the dask engine needs the optional dask extra: pip install 'socreport[dask]'"


class EngineError(RuntimeError):
    """The requested engine cannot run (bad option, dask missing, scheduler unreachable)."""


def map_documents(paths: Sequence[str | Path], doc_ids: Sequence[str], *, jobs: int = 1,
                  engine: str = "serial", scheduler: str | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES, progress: bool = False,
                  staging: str | Path | None = None) -> list[DocResult]:
    """Extract every document; results are in the order of ``paths``.

    ``jobs`` is the number of worker processes (1 = in this process for ``serial``); ``engine`` is
    ``serial`` or ``dask``; ``scheduler`` the address of a dask.distributed scheduler (dask only);
    ``max_bytes`` the size limit per file in bytes; ``progress`` shows a bar on stderr when stderr
    is a terminal; ``staging`` (dask only) a folder for the intermediate Parquet files — it must be
    visible to every worker and to this process; by default ``$SOCREPORT_STAGING`` if set, else a
    temporary folder that is removed afterwards."""
    if len(paths) != len(doc_ids):
        raise ValueError(f"{len(paths)} paths but {len(doc_ids)} document ids")
    if jobs < 1:
        raise EngineError(f"--jobs must be at least 1, got {jobs}")
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise EngineError("--scheduler needs --engine dask")
    work = [(str(p), str(d)) for p, d in zip(paths, doc_ids)]
    if engine == "dask":
        staging = staging if staging is not None else (os.environ.get(STAGING_ENV) or None)
        return _map_dask(work, jobs=jobs, scheduler=scheduler, max_bytes=max_bytes, progress=progress,
                         staging=staging)
    with Progress(len(work), enabled=progress) as bar:
        if jobs == 1 or len(work) <= 1:
            out = []
            for p, d in work:
                out.append(extract_one(p, d, max_bytes))
                bar.update()
            return out
        return _map_pool(work, jobs=jobs, max_bytes=max_bytes, bar=bar)


def extract_one(path: str, doc_id: str, max_bytes: int = DEFAULT_MAX_BYTES) -> DocResult:
    """:func:`extract_document` that cannot lose the document: an unexpected exception in the
    parser turns into a ``skipped`` row whose message names the error, and the run goes on."""
    try:
        return extract_document(path, doc_id=doc_id, max_bytes=max_bytes)
    except Exception as exc:  # noqa: BLE001 - one bad page must not stop a corpus
        return _failed(path, doc_id, max_bytes, exc)


def _failed(path: str, doc_id: str, max_bytes: int, exc: Exception) -> DocResult:
    from .sources import read_document

    doc = read_document(path, doc_id=doc_id, max_bytes=max_bytes).without_text()
    detail = " ".join(str(exc).split())  # one line, whatever the exception says
    reason = f"internal error while extracting ({type(exc).__name__}: {detail}); please report it"
    return DocResult(replace(doc, status="skipped", message=reason[:500]), (), ())


# -- local processes ------------------------------------------------------------------------------

def chunk_size(n: int, jobs: int) -> int:
    """Documents per task for the process pool: about 4 tasks per worker, between 1 and 32."""
    return max(1, min(32, n // (jobs * 4)))


def _extract_args(args: tuple[str, str, int]) -> DocResult:
    return extract_one(*args)


def _pool_context():
    import multiprocessing as mp

    # forkserver: no fork of a process that may run threads (dask, tqdm); spawn where unavailable.
    method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(["socreport.pipeline"])
    return ctx


def _map_pool(work: list[tuple[str, str]], *, jobs: int, max_bytes: int, bar: Progress) -> list[DocResult]:
    args = [(p, d, max_bytes) for p, d in work]
    out: list[DocResult] = []
    try:
        with ProcessPoolExecutor(max_workers=min(jobs, len(work)), mp_context=_pool_context()) as pool:
            for res in pool.map(_extract_args, args, chunksize=chunk_size(len(work), jobs)):
                out.append(res)
                bar.update()
    except BrokenProcessPool:
        first = work[len(out)][0]
        raise EngineError(f"a worker process died (out of memory?) while reading the documents from {first} on; "
                          "rerun with --jobs 1 (or a smaller --max-bytes) to find the file") from None
    return out


# -- dask -----------------------------------------------------------------------------------------

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


def _import_dask(distributed: bool):
    try:
        import dask
        import dask.bag as db
        if distributed:
            import distributed as dist  # noqa: F401
    except ImportError as exc:
        raise EngineError(f"{DASK_MISSING} ({exc.msg})") from None
    return dask, db


_FACT_COLUMNS = [f for f in FactRow.__dataclass_fields__]


def _write_parquet_atomic(table, path: Path) -> None:
    import pyarrow.parquet as pq

    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def _extract_chunk(chunk: tuple[int, list[tuple[str, str]]], stage: str, max_bytes: int) -> str:
    """Dask task: extract one chunk and write it to ``stage`` as Parquet; return the results file.

    ``facts/part-<first>.parquet`` holds the chunk's facts rows (a dataset others can query);
    ``results/part-<first>.parquet`` holds one row per document: input position, id, status and
    the pickled :class:`DocResult` that assembly needs. Rewriting is idempotent, so a task that a
    cluster retries produces the same files."""
    import pyarrow as pa

    first, items = chunk
    results = [extract_one(p, d, max_bytes) for p, d in items]
    root = Path(stage)
    name = f"part-{first:09d}.parquet"
    rows = [asdict(f) for r in results for f in r.facts]
    fact_types = {"article": pa.int64(), "start": pa.int64(), "end": pa.int64()}
    fact_schema = pa.schema([(c, fact_types.get(c, pa.string())) for c in _FACT_COLUMNS])
    _write_parquet_atomic(pa.Table.from_pylist(rows, schema=fact_schema), root / "facts" / name)
    res = pa.table({
        "seq": pa.array(range(first, first + len(results)), pa.int64()),
        "doc_id": pa.array([r.document.doc_id for r in results], pa.string()),
        "status": pa.array([r.document.status for r in results], pa.string()),
        "result": pa.array([pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for r in results], pa.binary()),
    })
    out = root / "results" / name
    _write_parquet_atomic(res, out)
    return str(out)


@contextmanager
def _staging_dir(staging: str | Path | None) -> Iterator[Path]:
    if staging is not None:
        root = Path(staging)
        for sub in ("facts", "results"):  # a previous run's parts must not mix with this one's
            shutil.rmtree(root / sub, ignore_errors=True)
            (root / sub).mkdir(parents=True, exist_ok=True)
        yield root
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


def _file_size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _read_results(files: Sequence[str], n: int) -> list[DocResult]:
    import pyarrow.parquet as pq

    out: list[DocResult | None] = [None] * n
    for f in files:
        t = pq.read_table(f, columns=["seq", "result"])
        for seq, blob in zip(t.column("seq").to_pylist(), t.column("result").to_pylist()):
            out[seq] = pickle.loads(blob)
    missing = [i for i, r in enumerate(out) if r is None]
    if missing:
        raise EngineError(f"dask run lost {len(missing)} documents (first at input position {missing[0]})")
    return out  # type: ignore[return-value]


def _map_dask(work: list[tuple[str, str]], *, jobs: int, scheduler: str | None, max_bytes: int,
              progress: bool, staging: str | Path | None) -> list[DocResult]:
    dask, db = _import_dask(distributed=bool(scheduler))
    if not work:
        return []
    workers = jobs if jobs > 1 else (os.cpu_count() or 1)
    bounds = partition_bounds([_file_size(p) for p, _ in work], workers=workers)
    chunks = [(a, work[a:b]) for a, b in bounds]
    with _staging_dir(staging) as stage, Progress(len(work), enabled=progress) as bar:
        bag = db.from_sequence(chunks, npartitions=len(chunks)).map(_extract_chunk, str(stage), max_bytes)
        with _watch(stage, bounds, bar):
            if scheduler:
                files = _compute_distributed(bag, scheduler)
            else:
                (files,) = dask.compute(bag, scheduler="processes", num_workers=workers)
        return _read_results(sorted(files), len(work))


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
