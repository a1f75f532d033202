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
    ``dask``            a dask bag of document chunks (:mod:`socreport.dask_engine`), on dask's local
                        ``processes`` scheduler or on a dask.distributed cluster, staged as Parquet.

This module checks the options, chooses the engine and runs the two local ones; each document is
read by :func:`socreport.worker.extract_one` (under its time budget, :mod:`socreport.budget`).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from .config import DEFAULT_MAX_BYTES, DEFAULT_SECONDS_PER_MB, MIN_BUDGET_SECONDS
from .dask_engine import STAGING_ENV, import_dask, map_dask
from .progress import Progress
from .records import DocResult
from .worker import EngineError, extract_one

__all__ = ["ENGINES", "EngineError", "extract_one", "iter_documents", "map_documents"]

ENGINES: tuple[str, ...] = ("serial", "dask")


def map_documents(
    paths: Sequence[str | Path],
    doc_ids: Sequence[str],
    *,
    jobs: int = 1,
    engine: str = "serial",
    scheduler: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
    staging: str | Path | None = None,
    seconds_per_mb: float | None = DEFAULT_SECONDS_PER_MB,
    min_seconds: float = MIN_BUDGET_SECONDS,
) -> list[DocResult]:
    """Extract every document; results are in the order of ``paths``.

    ``jobs`` is the number of worker processes (1 = in this process for ``serial``); ``engine`` is
    ``serial`` or ``dask``; ``scheduler`` the address of a dask.distributed scheduler (dask only);
    ``max_bytes`` the size limit per file in bytes; ``seconds_per_mb`` the time budget per document
    (:func:`socreport.budget.time_budget`; None or 0 = no limit), at least ``min_seconds``; ``progress`` shows a bar on stderr when stderr
    is a terminal; ``staging`` (dask only) a folder for the intermediate Parquet files — it must be
    visible to every worker and to this process; by default ``$SOCREPORT_STAGING`` if set, else a
    temporary folder that is removed afterwards.

    All results are held in memory; :func:`iter_documents` gives them one at a time."""
    return list(
        iter_documents(
            paths,
            doc_ids,
            jobs=jobs,
            engine=engine,
            scheduler=scheduler,
            max_bytes=max_bytes,
            progress=progress,
            staging=staging,
            seconds_per_mb=seconds_per_mb,
            min_seconds=min_seconds,
        )
    )


def iter_documents(
    paths: Sequence[str | Path],
    doc_ids: Sequence[str],
    *,
    jobs: int = 1,
    engine: str = "serial",
    scheduler: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
    staging: str | Path | None = None,
    seconds_per_mb: float | None = DEFAULT_SECONDS_PER_MB,
    min_seconds: float = MIN_BUDGET_SECONDS,
) -> Iterator[DocResult]:
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
        import_dask(distributed=bool(scheduler))  # a missing extra is an error before any work
        return map_dask(
            work,
            jobs=jobs,
            scheduler=scheduler,
            max_bytes=max_bytes,
            progress=progress,
            staging=staging,
            seconds_per_mb=seconds_per_mb,
            min_seconds=min_seconds,
        )
    return _map_local(
        work, jobs=jobs, max_bytes=max_bytes, progress=progress, seconds_per_mb=seconds_per_mb, min_seconds=min_seconds
    )


def _map_local(
    work: list[tuple[str, str]],
    *,
    jobs: int,
    max_bytes: int,
    progress: bool,
    seconds_per_mb: float | None,
    min_seconds: float,
) -> Iterator[DocResult]:
    with Progress(len(work), enabled=progress) as bar:
        if jobs == 1 or len(work) <= 1:
            for p, d in work:
                yield extract_one(p, d, max_bytes, seconds_per_mb, min_seconds)
                bar.update()
            return
        yield from _map_pool(
            work, jobs=jobs, max_bytes=max_bytes, bar=bar, seconds_per_mb=seconds_per_mb, min_seconds=min_seconds
        )


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


def _map_pool(
    work: list[tuple[str, str]],
    *,
    jobs: int,
    max_bytes: int,
    bar: Progress,
    seconds_per_mb: float | None,
    min_seconds: float,
) -> Iterator[DocResult]:
    args = [(p, d, max_bytes, seconds_per_mb, min_seconds) for p, d in work]
    size = chunk_size(len(work), jobs)
    chunks = [args[i : i + size] for i in range(0, len(args), size)]
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
        raise EngineError(
            f"a worker process died (out of memory?) while reading the documents from {first} on; "
            "rerun with --jobs 1 (or a smaller --max-bytes) to find the file"
        ) from None
