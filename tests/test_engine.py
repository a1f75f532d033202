"""The engines: serial, --jobs N and dask give the same results, in input order, and never lose a
document."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, strategies as st

from socreport import budget, dask_engine, engine, exchange, outputs, worker
from socreport.merge import build_tables
from socreport.progress import Progress
from socreport.sources import discover

SEED_SENTENCE = ("Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR EUR (85%) "
                 "Eiropas Reģionālā attīstības fonda (ERAF) finansējums.")


@pytest.fixture(scope="module")
def mixed_corpus(tmp_path_factory, raw_dir: Path) -> Path:
    """The five seeds, a cp1257 copy of one, and files that must come back skipped."""
    RAW = raw_dir
    root = tmp_path_factory.mktemp("mixed")
    for p in sorted(RAW.glob("*.txt")):
        shutil.copy(p, root / p.name)
    seed = (RAW / "000_a6640382eac6c1fc.txt").read_text(encoding="utf-8")
    (root / "legacy_cp1257.txt").write_bytes(seed.encode("cp1257"))
    (root / "empty.txt").write_bytes(b"")
    (root / "renamed_pdf.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (root / "sub").mkdir()
    (root / "sub" / "page.html").write_text(f"<html><body><p>{SEED_SENTENCE}</p></body></html>", encoding="utf-8")
    return root


def _work(root: Path) -> tuple[list[Path], list[str]]:
    found = discover([root])
    return [f.path for f in found], [f.doc_id for f in found]


@pytest.fixture(scope="module")
def serial(mixed_corpus: Path):
    paths, ids = _work(mixed_corpus)
    return engine.map_documents(paths, ids)


def _assert_same_tables(a, b) -> None:
    ta, tb = build_tables(a), build_tables(b)
    for name, df in ta.items():
        pd.testing.assert_frame_equal(tb[name], df, check_dtype=True)
        assert outputs.csv_bytes(tb[name], name) == outputs.csv_bytes(df, name)


def test_serial_keeps_every_document_in_order(mixed_corpus: Path, serial) -> None:
    paths, ids = _work(mixed_corpus)
    assert [r.document.doc_id for r in serial] == ids
    status = {r.document.doc_id: r.document.status for r in serial}
    assert status["empty"] == "skipped" and status["renamed_pdf"] == "skipped"
    assert status["legacy_cp1257"] == "fallback"
    assert status["000_a6640382eac6c1fc"] == "ok"
    assert all(r.document.text == "" for r in serial)  # results carry metadata, not text


def test_jobs_2_equals_serial(mixed_corpus: Path, serial) -> None:
    paths, ids = _work(mixed_corpus)
    parallel = engine.map_documents(paths, ids, jobs=2)
    assert parallel == serial
    _assert_same_tables(serial, parallel)


@pytest.mark.slow
def test_dask_local_processes_equals_serial(mixed_corpus: Path, serial, tmp_path: Path) -> None:
    paths, ids = _work(mixed_corpus)
    # the user's own files in the staging folder, even under the names socreport uses, are never touched
    for sub in ("facts", "results"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "mine.parquet").write_bytes(b"the user's data")
    res = engine.map_documents(paths, ids, engine="dask", jobs=2, staging=tmp_path)
    assert res == serial
    _assert_same_tables(serial, res)
    for sub in ("facts", "results"):
        assert (tmp_path / sub / "mine.parquet").read_bytes() == b"the user's data"
    # the run wrote only inside a folder it created: the facts as a Parquet dataset, one part per partition
    import pyarrow.dataset as ds

    (run,) = tmp_path.glob(dask_engine.RUN_PREFIX + "*")
    facts = ds.dataset(run / "facts", format="parquet").to_table()
    assert facts.num_rows == sum(len(r.facts) for r in serial)
    assert len(list((run / "facts").glob("part-*.parquet"))) == len(dask_engine.partition_bounds([1] * len(paths), workers=2))
    assert not (run / "results").exists()  # exchanged results are removed once read
    again = engine.map_documents(paths, ids, engine="dask", jobs=2, staging=tmp_path)
    assert again == serial and len(list(tmp_path.glob(dask_engine.RUN_PREFIX + "*"))) == 2


@pytest.mark.slow
def test_dask_distributed_cluster_equals_serial(mixed_corpus: Path, serial) -> None:
    distributed = pytest.importorskip("distributed")
    paths, ids = _work(mixed_corpus)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        res = engine.map_documents(paths, ids, engine="dask", scheduler=cluster.scheduler_address)
    assert res == serial
    _assert_same_tables(serial, res)


@pytest.mark.slow
def test_unreachable_scheduler_is_a_clear_engine_error(monkeypatch) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(engine.EngineError, match="cannot reach the dask scheduler at tcp://127.0.0.1:1"):
        engine.map_documents([Path("a.txt")], ["a"], engine="dask", scheduler="tcp://127.0.0.1:1")


def test_a_crash_in_the_parser_becomes_a_skipped_row(mixed_corpus: Path, serial, monkeypatch) -> None:
    paths, ids = _work(mixed_corpus)
    real = worker.extract_document

    def flaky(path, *, doc_id, max_bytes):
        if doc_id == "000_a6640382eac6c1fc":
            raise ValueError("recogniser bug\n  in line two")
        return real(path, doc_id=doc_id, max_bytes=max_bytes)

    monkeypatch.setattr(worker, "extract_document", flaky)
    res = engine.map_documents(paths, ids)
    bad = next(r for r in res if r.document.doc_id == "000_a6640382eac6c1fc")
    assert bad.document.status == "skipped"
    assert "internal error" in bad.document.message and "recogniser bug in line two" in bad.document.message
    assert "\n" not in bad.document.message
    assert bad.document.sha256  # the file itself was read: its hash is still recorded
    assert len(res) == len(paths)
    assert sum(r.document.status != "skipped" for r in res) == sum(r.document.status != "skipped" for r in serial) - 1
    assert [r for r in res if r is not bad] == [r for r in serial if r.document.doc_id != bad.document.doc_id]


def test_a_dying_worker_is_a_clear_engine_error(mixed_corpus: Path, monkeypatch) -> None:
    import multiprocessing as mp
    import os

    paths, ids = _work(mixed_corpus)

    def die(path, *, doc_id, max_bytes):
        os._exit(9)  # what the kernel's OOM killer does to a worker, seen from the pool

    monkeypatch.setattr(engine, "_pool_context", lambda: mp.get_context("fork"))  # children inherit the patch
    monkeypatch.setattr(worker, "extract_document", die)
    with pytest.raises(engine.EngineError, match="worker process died"):
        engine.map_documents(paths, ids, jobs=2)


@pytest.mark.parametrize("kwargs, message", [
    ({"jobs": 0}, "at least 1"),
    ({"engine": "spark"}, "unknown engine"),
    ({"scheduler": "tcp://127.0.0.1:8786"}, "needs --engine dask"),
])
def test_bad_engine_options(kwargs: dict, message: str) -> None:
    with pytest.raises(engine.EngineError, match=message):
        engine.map_documents([], [], **kwargs)


def test_paths_and_ids_must_match() -> None:
    with pytest.raises(ValueError):
        engine.map_documents([Path("a.txt")], [])


def test_dask_missing_gives_install_hint(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(engine.EngineError, match=r"pip install 'socreport\[dask\]'"):
        engine.map_documents([Path("a.txt")], ["a"], engine="dask")


@pytest.mark.parametrize("n, jobs, size", [(0, 2, 1), (5, 2, 1), (100, 2, 12), (1000, 4, 32), (10, 1, 2)])
def test_chunk_size(n: int, jobs: int, size: int) -> None:
    assert engine.chunk_size(n, jobs) == size


@given(st.lists(st.integers(0, 60 * 1024 * 1024), max_size=2000), st.integers(1, 64))
def test_partition_bounds_cover_the_input_in_order(sizes: list[int], workers: int) -> None:
    b = dask_engine.partition_bounds(sizes, workers=workers)
    n = len(sizes)
    if n == 0:
        assert b == []
        return
    assert b[0][0] == 0 and b[-1][1] == n
    assert all(x[1] == y[0] for x, y in zip(b, b[1:]))
    lengths = [hi - lo for lo, hi in b]
    assert min(lengths) >= 1 and max(lengths) - min(lengths) <= 1
    assert max(lengths) <= dask_engine.PARTITION_DOCS
    assert len(b) >= min(n, 2 * workers)


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal() -> None:
    tty, pipe = _Tty(), io.StringIO()
    with Progress(3, stream=tty) as a, Progress(3, stream=pipe) as b:
        for _ in range(3):
            a.update()
            b.update()
    assert a.done == b.done == 3
    assert "documents" in tty.getvalue() and "/3" in tty.getvalue()
    assert pipe.getvalue() == ""
    quiet = _Tty()
    with Progress(3, stream=quiet, enabled=False) as c:
        c.update(3)
    assert quiet.getvalue() == ""


def test_progress_never_writes_to_stdout(mixed_corpus: Path, capsys) -> None:
    paths, ids = _work(mixed_corpus)
    engine.map_documents(paths, ids, progress=True)
    assert capsys.readouterr().out == ""


# -- results exchanged as data, not pickles ----------------------------------------------------------

def test_results_round_trip_through_json(serial) -> None:
    for r in serial:
        assert exchange.from_json(exchange.to_json(r)) == r


@pytest.mark.parametrize("payload", [
    '{"$t": "os:system", "f": {}}',                      # not socreport
    '{"$t": "subprocess:Popen", "f": {"args": "true"}}',
    '{"$t": "socreport.engine:map_documents", "f": {}}',  # socreport, but not a dataclass
    '{"$t": "socreport.engine:EngineError", "f": {}}',
    '{"$x": 1}',
])
def test_exchanged_results_never_build_other_objects(payload: str) -> None:
    with pytest.raises(ValueError):
        exchange.from_json(payload)


def test_a_foreign_results_file_is_an_engine_error(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    f = tmp_path / "part-000000000.parquet"
    pq.write_table(pa.table({"seq": pa.array([0], pa.int64()), "result": pa.array(['"just text"'])}), f)
    with pytest.raises(engine.EngineError, match="not a socreport result file"):
        list(dask_engine._read_results([str(f)], 1))


# -- time budget -------------------------------------------------------------------------------------

@pytest.mark.parametrize("size, per_mb, limit", [
    (0, 30.0, 20.0), (1024 * 1024, 30.0, 30.0), (10 * 1024 * 1024, 30.0, 300.0), (5000, 0, None), (5000, None, None),
])
def test_time_budget(size: int, per_mb, limit) -> None:
    assert budget.time_budget(size, per_mb) == limit


def _spin(path, *, doc_id, max_bytes):
    while True:  # a recogniser that never finishes
        pass


def _backtrack(path, *, doc_id, max_bytes):
    import re

    re.match(r"(a+)+$", "a" * 60 + "b")  # one C call that would run for ages


@pytest.mark.parametrize("stall", [_spin, _backtrack])
def test_a_document_over_its_time_budget_is_skipped_and_the_run_goes_on(mixed_corpus: Path, serial, monkeypatch,
                                                                         stall) -> None:
    paths, ids = _work(mixed_corpus)
    real = worker.extract_document

    def slow_one(path, *, doc_id, max_bytes):
        if doc_id == "000_a6640382eac6c1fc":
            return stall(path, doc_id=doc_id, max_bytes=max_bytes)
        return real(path, doc_id=doc_id, max_bytes=max_bytes)

    monkeypatch.setattr(worker, "extract_document", slow_one)
    # a budget of 0.3 s for the stalled page only, so that a loaded machine cannot stop the others
    stalled = (mixed_corpus / "000_a6640382eac6c1fc.txt").stat().st_size
    real_budget = worker.time_budget
    monkeypatch.setattr(worker, "time_budget", lambda size, per_mb, *_: 0.3 if size == stalled else real_budget(size, None))
    res = engine.map_documents(paths, ids)
    bad = next(r for r in res if r.document.doc_id == "000_a6640382eac6c1fc")
    assert bad.document.status == "skipped" and bad.document.message.startswith("took longer than 0.3 s")
    assert bad.document.sha256
    assert [r for r in res if r is not bad] == [r for r in serial if r.document.doc_id != bad.document.doc_id]


def test_the_time_budget_works_in_the_process_pool(mixed_corpus: Path) -> None:
    # workers are separate processes (nothing patched here reaches them): a real budget far too small
    # for any page stops every page in its worker, each gets its skipped row, and the pool goes on
    paths, ids = _work(mixed_corpus)
    res = engine.map_documents(paths, ids, jobs=2, seconds_per_mb=1e-9, min_seconds=0.001)
    assert [r.document.doc_id for r in res] == ids
    assert all(r.document.status == "skipped" for r in res)  # the empty and renamed files may say why sooner
    for r in (r for r in res if r.document.doc_id.startswith("00")):  # the seed pages: each ran out of time
        assert r.document.message == ("took longer than 0.001 s (time budget 1e-09 s per MB, at least 0.001 s; "
                                      "see --time-budget)")
        assert r.document.sha256 and not r.facts
    again = engine.map_documents(paths, ids, jobs=2)  # the same engine with the default budget reads them
    assert all(r.document.status == "ok" for r in again if r.document.doc_id.startswith("00"))


def test_the_time_limit_works_in_a_thread_too(monkeypatch) -> None:
    import threading

    out = {}

    def run() -> None:
        try:
            with budget.time_limit(0.3):
                while True:
                    pass
        except budget.TimeUp:
            out["stopped"] = True

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(30)
    assert out == {"stopped": True}


def test_an_outer_timer_survives_the_time_limit() -> None:
    import signal

    fired = []
    old = signal.signal(signal.SIGALRM, lambda *a: fired.append(1))
    try:
        signal.setitimer(signal.ITIMER_REAL, 5.0)
        with budget.time_limit(1.0):
            pass
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 3.0 < left <= 5.0
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    assert fired == []
