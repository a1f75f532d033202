"""Writing tables: CSV cell formats, formula safety, Parquet round trip, datapackage, atomicity."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

import socreport
from socreport import files, outputs, schemas, table_csv
from socreport.tables import Tables

# Real strings from the seed pages (data/raw) and crafted formula-like cells.
SEED_SENTENCES = [
    "Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR EUR (85%) Eiropas Reģionālā attīstības fonda (ERAF) finansējums.",
    "Jelgavas pilsētas pašvaldības plānotais projekta budžets ir 352 347.97 EUR, t.sk. 299 495.77 EUR (85%) ERAF finansējums",
    "Sociālajam riskam pakļauto bērnu un jauniešu integrācija Jelgavas un Šauļu pilsētas pašvaldībās (RiskChildren) Nr. LLI-491",
    "Tālrunis: +371 63005560",
    "Saīsinātais nosaukums: “OCTOPUS”",
    "a \"quoted\", comma\nand a newline",
]


def _docs(rows: list[dict]) -> pd.DataFrame:
    base = {"doc_id": "d", "path": "p", "sha256": None, "characters": None, "encoding": None, "url": None,
            "retrieved_at": None, "extraction": None, "dropped_chars": None, "unread_chars": None, "pages": None,
            "status": "ok", "message": None}
    return schemas.conform(pd.DataFrame([{**base, **r} for r in rows]), "documents")


def _projects(rows: list[dict]) -> pd.DataFrame:
    base = {n: None for n in schemas.PROJECTS.names}
    base.update(project_id="p", source_docs="d")
    return schemas.conform(pd.DataFrame([{**base, **r} for r in rows]), "projects")


def _bundle(**frames: pd.DataFrame) -> Tables:
    t = Tables.empty()
    return Tables(**{n: frames.get(n, getattr(t, n)) for n in Tables.EXTRACTED})


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


@pytest.mark.parametrize("text, cell", [
    ("=1+2", "'=1+2"),
    ("+371 63005560", "'+371 63005560"),
    ("-5 %", "'-5 %"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tindented", "'\tindented"),
    ("\rcarriage", "'\rcarriage"),
    ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
    ("LLI-491", "LLI-491"),
    ("Tālrunis: +371 63005560", "Tālrunis: +371 63005560"),
    ("661 092.24 EUR", "661 092.24 EUR"),
    ("", ""),
])
def test_csv_makes_formula_like_text_inert(text: str, cell: str) -> None:
    data = outputs.csv_bytes(_docs([{"message": text}]), "documents")
    assert _csv_rows(data)[1][6] == cell


@pytest.mark.parametrize("column, value, cell", [
    ("total_budget_eur", 661092.24, "661092.24"),
    ("total_budget_eur", 9412350.0, "9412350.0"),
    ("total_budget_eur", 0.1 + 0.2, "0.30000000000000004"),
    ("total_budget_eur", None, ""),
    ("eu_share_pct", 85.0, "85.0"),
    ("eu_share_pct", 3.75, "3.75"),
    ("start_date", pd.Timestamp("2020-07-01"), "2020-07-01"),
    ("end_date", pd.Timestamp("2020-02-29"), "2020-02-29"),
    ("end_date", None, ""),
    ("duration_months_stated", 24, "24"),
    ("beneficiaries", 706, "706"),
    ("beneficiaries", None, ""),
    ("acronym", "RiskChildren", "RiskChildren"),
    ("title", None, ""),
])
def test_csv_cell_formats(column: str, value: object, cell: str) -> None:
    data = outputs.csv_bytes(_projects([{column: value}]), "projects")
    rows = _csv_rows(data)
    assert rows[0] == schemas.PROJECTS.names
    assert rows[1][schemas.PROJECTS.names.index(column)] == cell


def test_csv_written_in_chunks_is_the_same(monkeypatch) -> None:
    df = _projects([{"project_id": f"p{i}", "title": s, "beneficiaries": i} for i, s in enumerate(SEED_SENTENCES)])
    whole = outputs.csv_bytes(df, "projects")
    monkeypatch.setattr(table_csv, "CSV_CHUNK_ROWS", 2)
    assert outputs.csv_bytes(df, "projects") == whole
    assert len(_csv_rows(whole)) == len(SEED_SENTENCES) + 1


def test_csv_booleans_and_line_endings() -> None:
    fund = schemas.empty("funding")
    row = {c: None for c in schemas.FUNDING.names}
    row.update(project_id="LLI-491", scope="whole", source="ERDF", amount_eur=561928.39, derived=True)
    df = schemas.conform(pd.concat([fund, pd.DataFrame([row, {**row, "derived": False}])]), "funding")
    data = outputs.csv_bytes(df, "funding")
    assert b"\r\n" not in data and data.endswith(b"\n")
    rows = _csv_rows(data)
    i = schemas.FUNDING.names.index("derived")
    assert [r[i] for r in rows[1:]] == ["true", "false"]


@settings(max_examples=100, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_csv_floats_round_trip(x: float) -> None:
    data = outputs.csv_bytes(_projects([{"total_budget_eur": x}]), "projects")
    cell = _csv_rows(data)[1][schemas.PROJECTS.names.index("total_budget_eur")]
    assert float(cell) == x


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(), min_size=1, max_size=5))
def test_csv_text_is_safe_and_parses_back(texts: list[str]) -> None:
    data = outputs.csv_bytes(_docs([{"doc_id": f"d{i}", "message": t} for i, t in enumerate(texts)]), "documents")
    rows = _csv_rows(data)
    assert len(rows) == len(texts) + 1
    for t, row in zip(texts, rows[1:]):
        assert row[6] == ("'" + t if t.startswith(("=", "+", "-", "@", "\t", "\r")) else t)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.text(min_size=1), st.one_of(st.none(), st.text()),
                          st.one_of(st.none(), st.integers(0, 2 ** 40))), min_size=0, max_size=6))
def test_parquet_round_trip(tmp_path_factory, rows) -> None:
    docs = _docs([{"doc_id": f"{i}-{a}", "path": a, "message": m, "characters": n} for i, (a, m, n) in enumerate(rows)]) \
        if rows else schemas.empty("documents")
    path = tmp_path_factory.mktemp("pq") / "documents.parquet"
    path.write_bytes(outputs.parquet_bytes(docs, "documents"))
    pd.testing.assert_frame_equal(outputs.read_table(path, "documents"), docs)


def test_round_trip_all_dtypes(tmp_path: Path) -> None:
    projects = _projects([
        {"project_id": "LLI-491", "code": "LLI-491", "acronym": "RiskChildren", "total_budget_eur": 661092.24,
         "eu_funding_eur": 561928.39, "eu_share_pct": 85.0, "start_date": pd.Timestamp("2020-07-01"),
         "end_date": pd.Timestamp("2022-11-30"), "source_docs": "000_a6640382eac6c1fc", "eu_fund": "ERDF"},
        {"project_id": "OCTOPUS", "acronym": "OCTOPUS", "beneficiaries": 706, "duration_months_stated": 24},
    ])
    t = _bundle(projects=projects, documents=_docs([{"doc_id": "000_a6640382eac6c1fc", "message": SEED_SENTENCES[3]}]))
    outputs.write_tables(t, tmp_path)
    back = socreport.read_tables(tmp_path)
    for name, df in t.items():
        pd.testing.assert_frame_equal(back[name], df, check_dtype=True)


def test_outputs_are_deterministic(tmp_path: Path) -> None:
    t = _bundle(projects=_projects([{"title": s} for s in SEED_SENTENCES]).assign(
        project_id=[f"p{i}" for i in range(len(SEED_SENTENCES))]))
    a = outputs.write_tables(t, tmp_path / "a")
    b = outputs.write_tables(t, tmp_path / "b")
    assert [p.name for p in a] == [p.name for p in b]
    for pa_, pb in zip(a, b):
        assert pa_.read_bytes() == pb.read_bytes(), pa_.name
    again = outputs.write_tables(t, tmp_path / "a")
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in b]


def test_datapackage_describes_every_column(tmp_path: Path) -> None:
    outputs.write_tables(Tables.empty(), tmp_path)
    raw = (tmp_path / "datapackage.json").read_text(encoding="utf-8")
    pkg = json.loads(raw)
    assert pkg["version"] == socreport.__version__
    assert raw == json.dumps(pkg, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    by_name = {r["name"]: r for r in pkg["resources"]}
    assert list(by_name) == [n for t in Tables.EXTRACTED for n in (t, f"{t}-parquet")]
    for name in Tables.EXTRACTED:
        fields = [f["name"] for f in by_name[name]["schema"]["fields"]]
        assert fields == schemas.get(name).names
        header = (tmp_path / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header.split(",") == fields
        assert all(f.get("description") and f.get("socreport:description_lv") for f in by_name[name]["schema"]["fields"])


def test_failure_while_rendering_leaves_previous_outputs(tmp_path: Path, monkeypatch) -> None:
    old = _bundle(documents=_docs([{"doc_id": "old"}]))
    outputs.write_tables(old, tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    real = outputs.parquet_bytes

    def boom(df, name):
        if name == "facts":
            raise RuntimeError("disk on fire")
        return real(df, name)

    monkeypatch.setattr(outputs, "parquet_bytes", boom)
    with pytest.raises(RuntimeError):
        outputs.write_tables(_bundle(documents=_docs([{"doc_id": "new"}])), tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_failure_while_writing_leaves_no_partial_files(tmp_path: Path, monkeypatch) -> None:
    outputs.write_tables(_bundle(documents=_docs([{"doc_id": "old"}])), tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    calls = {"n": 0}
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", failing_fsync)
    with pytest.raises(OSError):
        outputs.write_tables(_bundle(documents=_docs([{"doc_id": "new"}])), tmp_path)
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert after == before  # no temp files left, nothing replaced


def _dead_pid() -> int:
    import subprocess
    import sys

    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid  # finished and reaped: no process has this id (until it is reused)


def test_temporaries_of_a_killed_run_are_cleaned(tmp_path: Path) -> None:
    from socreport import files

    dead = files.temporary_name(tmp_path / "projects.csv").name.replace(f"-{os.getpid()}.", f"-{_dead_pid()}.")
    (tmp_path / dead).write_bytes(b"half a tab")
    live = files.temporary_name(tmp_path / "funding.csv")  # a run still writing (this process)
    live.write_bytes(b"being written")
    (tmp_path / "notes.txt").write_text("mine")
    (tmp_path / ".notes.txt.swp.tmp").write_text("not ours")  # not our naming: never touched
    outputs.write_tables(Tables.empty(), tmp_path)
    assert sorted(p.name for p in tmp_path.glob(".*.tmp")) == sorted([live.name, ".notes.txt.swp.tmp"])
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_files_get_the_users_umask(tmp_path: Path) -> None:
    import stat

    for mask, mode in ((0o022, 0o644), (0o002, 0o664), (0o077, 0o600)):
        old = os.umask(mask)
        try:
            written = outputs.write_tables(Tables.empty(), tmp_path / oct(mask))
        finally:
            os.umask(old)
        assert {stat.S_IMODE(p.stat().st_mode) for p in written} == {mode}


def test_read_tables_errors_name_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(outputs.TablesNotFound, match="no tables folder"):
        socreport.read_tables(tmp_path / "nowhere")
    outputs.write_tables(Tables.empty(), tmp_path)
    (tmp_path / "projects.parquet").unlink()
    with pytest.raises(outputs.TablesNotFound, match="projects.parquet"):
        socreport.read_tables(tmp_path)


@pytest.fixture(scope="module")
def seed_tables(raw_dir: Path) -> Tables:
    import importlib

    t = socreport.extract([raw_dir])
    t = importlib.import_module("socreport.indicators").add_indicators(t)
    return importlib.import_module("socreport.checks").add_quality(t)


def test_seed_tables_round_trip_through_parquet(seed_tables: Tables, tmp_path: Path) -> None:
    outputs.write_tables(seed_tables, tmp_path)
    back = socreport.read_tables(tmp_path)
    assert back.names() == seed_tables.names()
    for name, df in seed_tables.items():
        pd.testing.assert_frame_equal(back[name], schemas.conform(df, name), check_dtype=True)


def test_seed_datapackage_is_valid_frictionless(seed_tables: Tables, tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    outputs.write_tables(seed_tables, tmp_path)
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])[:10]


# -- the pandas round trip: Tables.write, socreport.read_tables, plain pandas.read_parquet ----------

def test_tables_write_and_read_tables_give_back_the_bundle(seed_tables: Tables, tmp_path: Path) -> None:
    written = seed_tables.write(tmp_path / "out")
    assert {p.name for p in written} == {f"{n}.{ext}" for n in seed_tables.names() for ext in ("csv", "parquet")} \
        | {outputs.DATAPACKAGE}
    back = socreport.read_tables(tmp_path / "out")
    assert isinstance(back, Tables) and back.names() == seed_tables.names()
    for name, df in seed_tables.items():
        pd.testing.assert_frame_equal(back[name], schemas.conform(df, name), check_dtype=True)
    assert Tables.read(tmp_path / "out").names() == back.names()
    assert outputs.EXTRACTED == Tables.EXTRACTED


def test_plain_pandas_read_parquet_gives_the_documented_dtypes(seed_tables: Tables, tmp_path: Path) -> None:
    """For every table: no socreport code on the reading side, and yet nullable dtypes, real dates
    (``datetime64[ns]``, not Python ``date`` objects) and a RangeIndex, equal to the bundle."""
    seed_tables.write(tmp_path)
    for name, df in seed_tables.items():
        got = pd.read_parquet(tmp_path / f"{name}.parquet")
        t = schemas.get(name)
        assert list(got.columns) == t.names, name
        assert {c.name: str(got[c.name].dtype) for c in t.columns} == {c.name: c.dtype for c in t.columns}, name
        assert isinstance(got.index, pd.RangeIndex), name
        pd.testing.assert_frame_equal(got, schemas.conform(df, name), check_dtype=True)
    dates = pd.read_parquet(tmp_path / "projects.parquet")["start_date"].dropna()
    assert len(dates) and (dates.dt.year >= 2000).all()  # the accessor works: real dates


@pytest.mark.parametrize("name", [t.name for t in schemas.EXTRACTION_TABLES])
def test_plain_pandas_read_parquet_of_an_empty_table(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.parquet"
    path.write_bytes(outputs.parquet_bytes(schemas.empty(name), name))
    pd.testing.assert_frame_equal(pd.read_parquet(path), schemas.empty(name), check_dtype=True)


def test_parquet_dates_are_marked_as_calendar_dates() -> None:
    schema = outputs.arrow_schema("projects")
    field = schema.field("start_date")
    assert str(field.type) == "timestamp[ns]" and field.metadata == {b"socreport:type": b"date"}
    assert not schema.field("project_id").nullable and schema.field("code").nullable
    meta = json.loads(schema.metadata[b"pandas"])
    assert [c["numpy_type"] for c in meta["columns"]] == [c.dtype for c in schemas.PROJECTS.columns]
    assert b"pyarrow" not in schema.metadata[b"pandas"]  # no library versions: bytes depend on the data


def test_datapackage_keys_licence_sources_and_files(seed_tables: Tables, tmp_path: Path) -> None:
    import hashlib
    import json

    outputs.write_tables(seed_tables, tmp_path)
    pkg = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    res = {r["name"]: r for r in pkg["resources"]}
    assert res["projects"]["schema"]["primaryKey"] == ["project_id"]
    assert {"fields": ["project_id"], "reference": {"resource": "projects", "fields": ["project_id"]}} in \
        res["funding"]["schema"]["foreignKeys"]
    assert {"fields": ["doc_id"], "reference": {"resource": "documents", "fields": ["doc_id"]}} in \
        res["sources"]["schema"]["foreignKeys"]
    assert "foreignKeys" not in res["projects"]["schema"] and "foreignKeys" not in res["aggregates"]["schema"]
    assert pkg["licenses"] and pkg["licenses"][0]["name"] == "CC-BY-4.0"
    docs = seed_tables.documents
    read = docs[docs["status"] != "skipped"]
    assert [s["title"] for s in pkg["sources"]] == read["path"].tolist()
    assert [s["socreport:sha256"] for s in pkg["sources"]] == read["sha256"].tolist()
    for name in seed_tables.names():
        for key, suffix in ((name, "csv"), (f"{name}-parquet", "parquet")):
            data = (tmp_path / f"{name}.{suffix}").read_bytes()
            assert res[key]["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert res[name]["bytes"] == (tmp_path / f"{name}.csv").stat().st_size
        assert res[f"{name}-parquet"]["socreport:schema"]["fields"] == res[name]["schema"]["fields"]


def test_frictionless_catches_a_broken_foreign_key(seed_tables: Tables, tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    funding = seed_tables.funding.copy()
    funding.loc[0, "project_id"] = "NO-SUCH-PROJECT"
    broken = Tables(**{n: (funding if n == "funding" else getattr(seed_tables, n)) for n in Tables.EXTRACTED},
                    derived=dict(seed_tables.derived))
    outputs.write_tables(broken, tmp_path)
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    kinds = {row[0] for row in report.flatten(["type"])}
    assert "foreign-key" in kinds
