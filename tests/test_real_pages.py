"""The real pages (``tests/data/real``): every page read, every figure traceable, and the scorer that
``make accuracy`` prints with. Accuracy itself is reported by ``make accuracy``, not asserted here."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import socreport
from socreport.evaluation import gold_value, load_gold, score_pages
from socreport.sources import read_document

REAL = Path(__file__).parent / "data" / "real"
PARTS = ("dev", "eval")


@pytest.fixture(scope="module", params=PARTS)
def part(request):
    folder = REAL / request.param
    return folder, socreport.extract([folder / "raw"])


def test_every_page_has_gold_and_is_read(part):
    folder, tables = part
    pages = {p.stem for p in (folder / "raw").glob("*.txt")}
    assert pages == {g["doc"] for g in load_gold(folder / "gold")}
    assert set(tables.documents["doc_id"]) == pages
    assert set(tables.documents["status"]) <= {"ok", "fallback"}, tables.documents[["doc_id", "status", "message"]]


def test_every_fact_points_into_its_page(part):
    folder, tables = part
    texts = {r.doc_id: read_document(folder / "raw" / r.path).text for r in tables.documents.itertuples()}
    for r in tables.facts.itertuples():
        assert texts[r.doc_id][r.start:r.end] == r.raw
        assert r.sentence


def test_every_project_names_its_pages(part):
    _, tables = part
    docs = set(tables.documents["doc_id"])
    for d in tables.projects["source_docs"]:
        assert set(str(d).split(";")) <= docs


def test_gold_files_follow_the_labelling_rules():
    fields = {"code", "acronym", "total_budget_eur", "eu_funding_eur", "eu_fund", "eu_share_pct", "start_date",
              "end_date", "duration_months_stated", "beneficiaries"}
    for path in sorted(REAL.glob("*/gold/*.json")):
        page = json.loads(path.read_text(encoding="utf-8"))
        assert page["doc"] == path.stem and page["language"] in ("lv", "en", "lt")
        for p in page["projects"]:
            assert fields <= set(p), (path.name, fields - set(p))
            for f in ("start_date", "end_date"):
                assert p[f] is None or pd.Timestamp(p[f]).strftime("%Y-%m-%d") == p[f], (path.name, f)


# --- the scorer ----------------------------------------------------------------------------------

@pytest.mark.parametrize("field, value, expected", [
    ("code", "lli 444", "LLI444"),
    ("code", "9.2.2.1./15/I/001", "9.2.2.1/15/I/001"),
    ("code", "LLI-491.", "LLI-491"),
    ("acronym", "Valued people", "valuedpeople"),
    ("acronym", "risk-free", "riskfree"),
    ("eu_fund", "ERAF", "ERDF"),
    ("eu_fund", "EEZ", "EEA"),
    ("total_budget_eur", "2630900.0", 2630900.0),
    ("start_date", "2020-04-01 00:00:00", "2020-04-01"),
    ("beneficiaries", pd.NA, None),
    ("code", "", None),
    ("eu_fund", "nan", None),
])
def test_gold_value(field, value, expected):
    assert gold_value(field, value) == expected


def _projects(rows):
    cols = ["project_id", "code", "acronym", "total_budget_eur", "eu_funding_eur", "eu_fund", "eu_share_pct",
            "start_date", "end_date", "duration_months_stated", "beneficiaries", "source_docs"]
    return pd.DataFrame([{c: r.get(c) for c in cols} for r in rows])


def _gold(doc, lang, *projects):
    empty = dict.fromkeys(["code", "acronym", "total_budget_eur", "eu_funding_eur", "eu_fund", "eu_share_pct",
                           "start_date", "end_date", "duration_months_stated", "beneficiaries"])
    return {"doc": doc, "language": lang, "projects": [empty | p for p in projects]}


def test_scorer_pairs_projects_and_counts_spurious_fields():
    gold = [_gold("a", "lv", {"code": "LLI-1", "total_budget_eur": 100.0, "start_date": "2020-01-01"}),
            _gold("b", "en", {"eu_fund": "ERDF"})]
    pred = _projects([
        {"project_id": "x", "code": "LLI-1", "total_budget_eur": 100.004, "start_date": "2020-02-01",
         "source_docs": "a"},
        {"project_id": "y", "eu_fund": "ESF", "eu_share_pct": 85.0, "source_docs": "a"},  # spurious
        {"project_id": "z", "eu_fund": "ERAF", "source_docs": "b"},
    ])
    s = score_pages(pred, gold)
    assert s.totals() == (3, 4, 6)  # code, total, ERDF right; start date wrong; two spurious fields
    assert s.spurious == 1
    assert s.counts["start_date"] == [0, 1, 1]
    assert score_pages(pred, gold, "en").totals() == (1, 1, 1)
    assert any("spurious y" in m for m in s.misses)


def test_scorer_tolerances():
    gold = [_gold("a", "lt", {"total_budget_eur": 100.0, "eu_share_pct": 85.0, "beneficiaries": 20})]
    near = _projects([{"project_id": "x", "total_budget_eur": 100.011, "eu_share_pct": 85.4, "beneficiaries": 20,
                       "source_docs": "a"}])
    far = _projects([{"project_id": "x", "total_budget_eur": 100.02, "eu_share_pct": 84.0, "beneficiaries": 21,
                      "source_docs": "a"}])
    assert score_pages(near, gold).totals()[0] == 3
    assert score_pages(far, gold).totals()[0] == 0


def test_accuracy_command_prints_every_part(capsys):
    import runpy
    import sys

    tool = Path(__file__).resolve().parents[1] / "tools" / "accuracy.py"
    argv = sys.argv
    sys.argv = [str(tool), "--part", "seeds", "--part", "dev"]
    try:
        with pytest.raises(SystemExit) as done:
            runpy.run_path(str(tool), run_name="__main__")
    finally:
        sys.argv = argv
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "== seeds" in out and "== dev (46 real pages)" in out
    for lang in ("lv", "en", "lt"):
        assert f"  {lang}  " in out
