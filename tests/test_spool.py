"""The cross-document stage with the results on disk (socreport.spool): the same tables and the
same bytes as the in-memory merge, whatever the batch sizes, the input order or the engine."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from socreport import engine, merge, outputs, schemas, table_csv, table_parquet
from socreport.cli import main
from socreport.grouping import group_articles
from socreport.merge import build_tables, facts_frame
from socreport.records import FactRow
from socreport.sources import discover
from socreport.spool import SPOOL_PREFIX, Spool, spool_folder, spool_results

TESTDATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, raw_dir: Path) -> Path:
    """The seeds, the development pages, a copy of a seed under a second name (same projects in two
    documents) and a skipped file."""
    root = tmp_path_factory.mktemp("spool-corpus")
    for p in sorted(raw_dir.glob("*.txt")):
        shutil.copy(p, root / p.name)
    for p in sorted((TESTDATA / "real" / "dev" / "raw").iterdir()):
        if p.is_file():
            shutil.copy(p, root / p.name)
    shutil.copy(raw_dir / "001_ba819a8ab322f87d.txt", root / "zz_copy_of_001.txt")
    (root / "empty.txt").write_bytes(b"")
    return root


@pytest.fixture(scope="module")
def results(corpus: Path):
    found = discover([corpus])
    return engine.map_documents([f.path for f in found], [f.doc_id for f in found])


def _written(tables, out: Path, streamed=None) -> dict[str, bytes]:
    outputs.write_tables(tables, out, streamed=streamed)
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if not p.name.startswith(".")}


def test_the_corpus_has_what_the_comparison_needs(results) -> None:
    assert sum(len(r.facts) for r in results) > 1000
    assert len({r.document.doc_id for r in results}) == len(results) > 10
    assert any(r.document.status == "skipped" for r in results)


@pytest.mark.parametrize("batch_rows, row_group_rows, chunk_rows", [(1, 7, 1), (50, 100, 7), (8192, 65536, 8192)])
def test_spooled_files_are_byte_identical_to_the_in_memory_merge(results, tmp_path: Path, monkeypatch,
                                                                 batch_rows: int, row_group_rows: int,
                                                                 chunk_rows: int) -> None:
    """Whatever the spool's batches, the Parquet row groups and the rows assembled per chunk."""
    monkeypatch.setattr(table_parquet, "ROW_GROUP_ROWS", row_group_rows)
    memory = build_tables(results)
    assert len(memory.sources) < merge.CHUNK_ROWS and (chunk_rows == merge.CHUNK_ROWS or len(memory.funding) > chunk_rows)
    expected = _written(memory, tmp_path / "memory")
    monkeypatch.setattr(merge, "CHUNK_ROWS", chunk_rows)
    (tmp_path / "spool").mkdir()
    spooled = spool_results(iter(results), tmp_path / "spool", batch_rows=batch_rows)
    for name in memory.names():
        if name != "facts":
            pd.testing.assert_frame_equal(spooled.tables[name], memory[name])
    assert spooled.tables.facts.empty and spooled.spool.fact_rows() == len(memory.facts)
    got = _written(spooled.tables, tmp_path / "streamed", spooled.streamed())
    assert got.keys() == expected.keys()
    for name in expected:
        assert got[name] == expected[name], name


def test_long_tables_written_in_slices_have_the_bytes_of_the_whole(results, tmp_path: Path, monkeypatch) -> None:
    """A table longer than a row group is written from slices of its frame (no file's bytes held
    whole): every file has the bytes of the whole table's encoding."""
    monkeypatch.setattr(table_parquet, "ROW_GROUP_ROWS", 7)
    tables = build_tables(results)
    got = _written(tables, tmp_path / "sliced")
    assert sum(len(tables[n]) > 7 for n in tables.names()) >= 5
    for name in tables.names():
        assert got[f"{name}.csv"] == outputs.csv_bytes(tables[name], name), name
        assert got[f"{name}.parquet"] == outputs.parquet_bytes(tables[name], name), name


def test_input_order_does_not_matter(results, tmp_path: Path) -> None:
    """Results in another order than doc_id order (as from explicitly named files) give the same
    tables: the spool restores doc_id order as the in-memory merge sorts."""
    shuffled = list(results)
    random.Random(3).shuffle(shuffled)
    expected = _written(build_tables(results), tmp_path / "memory")
    (tmp_path / "spool").mkdir()
    spooled = spool_results(shuffled, tmp_path / "spool", batch_rows=40)
    assert _written(spooled.tables, tmp_path / "streamed", spooled.streamed()) == expected


def test_per_document_projects_spooled_as_in_memory(results, tmp_path: Path) -> None:
    expected = _written(build_tables(results, per_document=True), tmp_path / "memory")
    (tmp_path / "spool").mkdir()
    spooled = spool_results(results, tmp_path / "spool", batch_rows=30, per_document=True)
    assert _written(spooled.tables, tmp_path / "streamed", spooled.streamed()) == expected
    assert expected != _written(build_tables(results), tmp_path / "merged")  # the copied page makes a difference


def test_grouping_the_keys_gives_the_groups_of_the_records(results) -> None:
    records = [a for r in sorted(results, key=lambda r: r.document.doc_id) for a in r.articles]
    groups = group_articles(records)
    assert len(groups) > 10 and any(len(g) > 1 for g in groups)
    assert group_articles([r.keys_only() for r in records]) == groups


def test_a_spool_keeps_only_keys_in_memory(results, tmp_path: Path) -> None:
    spool = Spool(tmp_path, batch_rows=100)
    spool.add_all(results)
    kept = [k for d in spool._docs for k in d.keys]
    assert kept and all(type(k).__name__ == "ArticleKeys" for k in kept)
    assert all(not hasattr(k, "fields") for k in kept)  # candidate values and sentences are on disk
    assert spool._pending == [] or len(spool._pending) < 100 + max(len(r.facts) for r in results)
    spool.close()
    with pytest.raises(ValueError, match="closed"):
        spool.add(results[0])


_fact = st.builds(FactRow, doc_id=st.sampled_from(["a", "b", "c"]), article=st.integers(0, 3),
                  start=st.integers(0, 10**6), end=st.integers(0, 10**6), kind=st.sampled_from(["money", "date"]),
                  value=st.text(max_size=8), raw=st.text(max_size=8), rule=st.just("r"), sentence=st.text(max_size=30),
                  page=st.none() | st.integers(1, 9))


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(_fact, max_size=60), cuts=st.lists(st.integers(1, 25), min_size=1, max_size=10),
       group=st.integers(1, 30))
def test_a_table_written_from_batches_has_the_bytes_of_the_whole(tmp_path_factory, rows, cuts, group) -> None:
    df = facts_frame(rows) if rows else schemas.empty("facts")
    t = schemas.get("facts")

    def batches():
        k, i = 0, 0
        while k < len(df):
            j = min(len(df), k + cuts[i % len(cuts)])
            yield df.iloc[k:j].reset_index(drop=True)
            k, i = j, i + 1

    out = tmp_path_factory.mktemp("batches")
    old = table_parquet.ROW_GROUP_ROWS
    table_parquet.ROW_GROUP_ROWS = group
    try:
        table_parquet.parquet_writer(batches, t)(out / "f.parquet")
        table_csv.csv_writer(batches, t)(out / "f.csv")
        assert (out / "f.parquet").read_bytes() == outputs.parquet_bytes(df, t)
    finally:
        table_parquet.ROW_GROUP_ROWS = old
    assert (out / "f.csv").read_bytes() == outputs.csv_bytes(df, t)


def test_spool_folder_is_removed_and_leftovers_of_killed_runs_too(tmp_path: Path) -> None:
    stale = tmp_path / f"{SPOOL_PREFIX}killedrun"
    stale.mkdir()
    (stale / "facts.parquet").write_bytes(b"x")
    keep = tmp_path / "my-notes"
    keep.mkdir()
    with spool_folder(tmp_path) as folder:
        assert folder.parent == tmp_path and folder.name.startswith(SPOOL_PREFIX)
        assert not stale.exists()
        (folder / "x").write_text("y")
    assert not folder.exists() and keep.exists()


@pytest.mark.parametrize("flags, per_document", [([], True), (["--merge"], False)])
def test_cli_extract_writes_the_bytes_of_the_in_memory_tables(corpus: Path, tmp_path: Path, flags: list[str],
                                                                per_document: bool) -> None:
    import socreport
    from socreport.cli_commands import derive

    main(["extract", str(corpus), "--out", str(tmp_path / "cli"), "--quiet", *flags])
    expected = _written(derive(socreport.extract(corpus, per_document=per_document)), tmp_path / "memory")
    got = {p.name: p.read_bytes() for p in sorted((tmp_path / "cli").iterdir())
           if not p.name.startswith(".") and p.name != "manifest.json"}
    assert got == expected
    assert not list((tmp_path / "cli").glob(f"{SPOOL_PREFIX}*"))
