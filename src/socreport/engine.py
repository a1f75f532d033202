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

import dataclasses
import datetime as dt
import json
import math
import os
import shutil
import signal
import tempfile
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Sequence

from .config import DEFAULT_MAX_BYTES, DEFAULT_SECONDS_PER_MB, MIN_BUDGET_SECONDS
from .files import atomic_write, folder_mode
from .pipeline import extract_document
from .progress import Progress
from .records import DocResult, FactRow
from .sources import one_line, skipped_document

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
                  staging: str | Path | None = None,
                  seconds_per_mb: float | None = DEFAULT_SECONDS_PER_MB,
                  min_seconds: float = MIN_BUDGET_SECONDS) -> list[DocResult]:
    """Extract every document; results are in the order of ``paths``.

    ``jobs`` is the number of worker processes (1 = in this process for ``serial``); ``engine`` is
    ``serial`` or ``dask``; ``scheduler`` the address of a dask.distributed scheduler (dask only);
    ``max_bytes`` the size limit per file in bytes; ``seconds_per_mb`` the time budget per document
    (:func:`time_budget`; None or 0 = no limit), at least ``min_seconds``; ``progress`` shows a bar on stderr when stderr
    is a terminal; ``staging`` (dask only) a folder for the intermediate Parquet files — it must be
    visible to every worker and to this process; by default ``$SOCREPORT_STAGING`` if set, else a
    temporary folder that is removed afterwards.

    All results are held in memory; :func:`iter_documents` gives them one at a time."""
    return list(iter_documents(paths, doc_ids, jobs=jobs, engine=engine, scheduler=scheduler,
                               max_bytes=max_bytes, progress=progress, staging=staging,
                               seconds_per_mb=seconds_per_mb, min_seconds=min_seconds))


def iter_documents(paths: Sequence[str | Path], doc_ids: Sequence[str], *, jobs: int = 1,
                   engine: str = "serial", scheduler: str | None = None,
                   max_bytes: int = DEFAULT_MAX_BYTES, progress: bool = False,
                   staging: str | Path | None = None,
                   seconds_per_mb: float | None = DEFAULT_SECONDS_PER_MB,
                   min_seconds: float = MIN_BUDGET_SECONDS) -> Iterator[DocResult]:
    """:func:`map_documents` one result at a time, in the order of ``paths``, each as soon as it
    and those before it are done: the caller can write it away before the next arrives. The
    options are checked before the first document is read. Local workers run at most
    :data:`POOL_AHEAD` chunks per worker ahead of the caller; a dask run yields the results of
    one staged partition file at a time."""
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
        _import_dask(distributed=bool(scheduler))  # a missing extra is an error before any work
        return _map_dask(work, jobs=jobs, scheduler=scheduler, max_bytes=max_bytes, progress=progress,
                         staging=staging, seconds_per_mb=seconds_per_mb, min_seconds=min_seconds)
    return _map_local(work, jobs=jobs, max_bytes=max_bytes, progress=progress, seconds_per_mb=seconds_per_mb,
                      min_seconds=min_seconds)


def _map_local(work: list[tuple[str, str]], *, jobs: int, max_bytes: int, progress: bool,
               seconds_per_mb: float | None, min_seconds: float) -> Iterator[DocResult]:
    with Progress(len(work), enabled=progress) as bar:
        if jobs == 1 or len(work) <= 1:
            for p, d in work:
                yield extract_one(p, d, max_bytes, seconds_per_mb, min_seconds)
                bar.update()
            return
        yield from _map_pool(work, jobs=jobs, max_bytes=max_bytes, bar=bar, seconds_per_mb=seconds_per_mb,
                             min_seconds=min_seconds)


def extract_one(path: str, doc_id: str, max_bytes: int = DEFAULT_MAX_BYTES,
                seconds_per_mb: float | None = DEFAULT_SECONDS_PER_MB,
                min_seconds: float = MIN_BUDGET_SECONDS) -> DocResult:
    """:func:`extract_document` that cannot lose the document nor stall the run.

    An unexpected exception (a recogniser bug, a ``RecursionError``, a ``MemoryError``) turns into
    a ``skipped`` row whose one-line message names the error. A document that takes longer than its
    time budget (:func:`time_budget`: ``seconds_per_mb``, None or 0 = no limit, at least
    ``min_seconds``) is stopped and
    ``skipped`` with the reason "took longer than …". The run goes on either way."""
    limit = time_budget(_file_size(path), seconds_per_mb, min_seconds)
    try:
        with time_limit(limit):
            return extract_document(path, doc_id=doc_id, max_bytes=max_bytes)
    except TimeUp:
        assert limit is not None  # TimeUp is raised only under a limit
        shown = f"{limit:.0f}" if limit >= 10 else f"{limit:.2g}"
        reason = (f"took longer than {shown} s (time budget {seconds_per_mb:g} s per MB, at least "
                  f"{min_seconds:g} s; see --time-budget)")
        return _skipped(path, doc_id, max_bytes, reason)
    except Exception as exc:  # noqa: BLE001 - one bad page must not stop a corpus
        return _skipped(path, doc_id, max_bytes, f"internal error while extracting ({one_line(exc)}); please report it")


def _skipped(path: str, doc_id: str, max_bytes: int, reason: str) -> DocResult:
    """A ``skipped`` result for a file whose extraction failed: the file is not read again (that
    could fail or stall the same way), only hashed."""
    return DocResult(skipped_document(path, doc_id, reason, max_bytes=max_bytes), (), ())


# -- time budget ----------------------------------------------------------------------------------

class TimeUp(BaseException):
    """A document's time budget ran out. A BaseException, so that no ``except Exception`` inside
    the per-document stage can swallow it."""


def time_budget(size: int, seconds_per_mb: float | None, min_seconds: float = MIN_BUDGET_SECONDS) -> float | None:
    """Seconds a document of ``size`` bytes may take: ``seconds_per_mb`` per MiB, at least
    ``min_seconds`` (:data:`~socreport.config.MIN_BUDGET_SECONDS`); None (no limit) when
    ``seconds_per_mb`` is None or 0."""
    if not seconds_per_mb or seconds_per_mb <= 0:
        return None
    return max(min_seconds, seconds_per_mb * size / (1024 * 1024))


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeUp` in the running code once ``seconds`` have passed (None: no limit).

    In a process's main thread (a serial run, every process-pool worker, dask's ``processes``
    scheduler) a real-time timer signal interrupts the code wherever it is, even inside one long
    regular-expression search (the regex engine checks for signals). A timer that was already
    running (e.g. a test harness's) is re-armed with its remaining time afterwards. In another
    thread (dask.distributed's worker threads) the exception is raised in that thread at its next
    Python instruction, so a single long call into C finishes first."""
    if seconds is None:
        yield
    elif threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds):
            yield
    else:
        with _thread_deadline(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    active = [True]

    def on_alarm(signum, frame):  # noqa: ARG001
        if active[0]:
            raise TimeUp

    previous = signal.signal(signal.SIGALRM, on_alarm)
    outer_delay, outer_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        active[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_delay > 0:  # give the outer timer back what is left of it
            left = outer_delay - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3), outer_interval)


@contextmanager
def _thread_deadline(seconds: float) -> Iterator[None]:
    try:
        import ctypes

        set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
    except (ImportError, AttributeError):  # not CPython: no way to interrupt a thread
        yield
        return
    tid = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                set_async_exc(tid, ctypes.py_object(TimeUp))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            if state["fired"]:
                set_async_exc(tid, None)  # withdraw it if not delivered yet
        timer.cancel()


# -- local processes ------------------------------------------------------------------------------

def chunk_size(n: int, jobs: int) -> int:
    """Documents per task for the process pool: about 4 tasks per worker, between 1 and 32."""
    return max(1, min(32, n // (jobs * 4)))


def _extract_many(args: list[tuple[str, str, int, float | None, float]]) -> list[DocResult]:
    return [extract_one(*a) for a in args]


#: Chunks per worker that local workers may run ahead of the caller (bounds the results waiting
#: in this process when the caller writes more slowly than the workers extract).
POOL_AHEAD = 4


def _pool_context():
    import multiprocessing as mp

    # forkserver: no fork of a process that may run threads (dask, tqdm); spawn where unavailable.
    method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(["socreport.pipeline"])
    return ctx


def _map_pool(work: list[tuple[str, str]], *, jobs: int, max_bytes: int, bar: Progress,
              seconds_per_mb: float | None, min_seconds: float) -> Iterator[DocResult]:
    args = [(p, d, max_bytes, seconds_per_mb, min_seconds) for p, d in work]
    size = chunk_size(len(work), jobs)
    chunks = [args[i:i + size] for i in range(0, len(args), size)]
    done = 0
    try:
        with ProcessPoolExecutor(max_workers=min(jobs, len(work)), mp_context=_pool_context()) as pool:
            ahead: deque = deque()
            todo = iter(chunks)
            for chunk in todo:
                ahead.append(pool.submit(_extract_many, chunk))
                if len(ahead) >= jobs * POOL_AHEAD:
                    break
            while ahead:
                results = ahead.popleft().result()
                nxt = next(todo, None)
                if nxt is not None:
                    ahead.append(pool.submit(_extract_many, nxt))
                for res in results:
                    yield res
                    done += 1
                    bar.update()
    except BrokenProcessPool:
        first = work[done][0]
        raise EngineError(f"a worker process died (out of memory?) while reading the documents from {first} on; "
                          "rerun with --jobs 1 (or a smaller --max-bytes) to find the file") from None


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


def _write_parquet(table, path: Path) -> None:
    import pyarrow.parquet as pq

    atomic_write(path, lambda tmp: pq.write_table(table, tmp))


# -- exchanging results as data ------------------------------------------------------------------
#
# A per-document result travels from a worker to the client as JSON text in a Parquet column, never
# as a pickle: reading a pickle runs whatever code it names, and the staging folder is shared.
# Dataclasses are written with their module and class name and rebuilt only when the class is a
# dataclass defined in socreport; dates, tuples, lists and dicts are tagged so that the round trip
# gives equal objects.

def to_json(obj: object) -> str:
    """``obj`` (a :class:`DocResult` or any value made of socreport dataclasses, str, int, float,
    bool, None, dates, tuples, lists and dicts) as JSON text that :func:`from_json` reverses."""
    return json.dumps(_encode(obj), ensure_ascii=False, separators=(",", ":"))


def _encode(v: object) -> object:
    if v is None or isinstance(v, (str, bool, int, float)):
        return v
    if isinstance(v, tuple):
        return [_encode(x) for x in v]
    if isinstance(v, list):
        return {"$l": [_encode(x) for x in v]}
    if isinstance(v, dt.datetime):
        return {"$dt": v.isoformat()}
    if isinstance(v, dt.date):
        return {"$d": v.isoformat()}
    if isinstance(v, dict):
        return {"$m": [[_encode(k), _encode(x)] for k, x in v.items()]}
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        cls = type(v)
        return {"$t": f"{cls.__module__}:{cls.__qualname__}",
                "f": {f.name: _encode(getattr(v, f.name)) for f in dataclasses.fields(v)}}
    raise TypeError(f"cannot exchange a {type(v).__name__} between processes")


def from_json(text: str) -> object:
    """The value :func:`to_json` wrote. Raises ValueError for a class that is not a socreport
    dataclass (nothing else is ever constructed)."""
    return _decode(json.loads(text))


@lru_cache(maxsize=None)
def _class(name: str) -> type:
    import importlib

    module, _, qual = name.partition(":")
    if not (module == "socreport" or module.startswith("socreport.")) or not qual.isidentifier():
        raise ValueError(f"refusing to build {name!r}: not a socreport class")
    cls = getattr(importlib.import_module(module), qual, None)
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
        raise ValueError(f"refusing to build {name!r}: not a socreport dataclass")
    return cls


def _decode(v: object) -> object:
    if isinstance(v, list):
        return tuple(_decode(x) for x in v)
    if not isinstance(v, dict):
        return v
    if "$t" in v:
        cls = _class(v["$t"])
        return cls(**{k: _decode(x) for k, x in v["f"].items()})
    if "$d" in v:
        return dt.date.fromisoformat(v["$d"])
    if "$dt" in v:
        return dt.datetime.fromisoformat(v["$dt"])
    if "$l" in v:
        return [_decode(x) for x in v["$l"]]
    if "$m" in v:
        return {_decode(k): _decode(x) for k, x in v["$m"]}
    raise ValueError("unknown value in an exchanged result")


def _extract_chunk(chunk: tuple[int, list[tuple[str, str]]], stage: str, max_bytes: int,
                   seconds_per_mb: float | None = DEFAULT_SECONDS_PER_MB,
                   min_seconds: float = MIN_BUDGET_SECONDS) -> str:
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
    fact_types = {"article": pa.int64(), "start": pa.int64(), "end": pa.int64(), "page": pa.int64(),
                  "number": pa.float64(), "first_day": pa.date32(), "last_day": pa.date32()}
    fact_schema = pa.schema([(c, fact_types.get(c, pa.string())) for c in _FACT_COLUMNS])
    _write_parquet(pa.Table.from_pylist(rows, schema=fact_schema), root / "facts" / name)
    res = pa.table({
        "seq": pa.array(range(first, first + len(results)), pa.int64()),
        "doc_id": pa.array([r.document.doc_id for r in results], pa.string()),
        "status": pa.array([r.document.status for r in results], pa.string()),
        "result": pa.array([to_json(r) for r in results], pa.large_string()),
    })
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


def _file_size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


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


def _map_dask(work: list[tuple[str, str]], *, jobs: int, scheduler: str | None, max_bytes: int,
              progress: bool, staging: str | Path | None, seconds_per_mb: float | None,
              min_seconds: float = MIN_BUDGET_SECONDS) -> Iterator[DocResult]:
    dask, db = _import_dask(distributed=bool(scheduler))
    if not work:
        return
    workers = jobs if jobs > 1 else (os.cpu_count() or 1)
    bounds = partition_bounds([_file_size(p) for p, _ in work], workers=workers)
    chunks = [(a, work[a:b]) for a, b in bounds]
    with _staging_dir(staging) as stage, Progress(len(work), enabled=progress) as bar:
        bag = db.from_sequence(chunks, npartitions=len(chunks)).map(_extract_chunk, str(stage), max_bytes,
                                                                 seconds_per_mb, min_seconds)
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
