"""End to end: the five seed pages → projects, checked field by field against tests/data/expected_projects.csv.

The expected file was written by reading the pages. The test reports precision and recall per field
(printed with ``pytest -s``; also printed by ``make accuracy``)
and requires both to be at least 0.95 over all fields, plus a few exact spot checks from issue #2.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import socreport
from socreport.evaluation import load_expected, score

EXPECTED = Path(__file__).parent / "data" / "expected_projects.csv"


@pytest.fixture(scope="module")
def tables(raw_dir):
    return socreport.extract(raw_dir)


def test_every_seed_document_is_read(tables):
    docs = tables.documents
    assert len(docs) == 5
    assert set(docs["status"]) == {"ok"}, docs[["doc_id", "status", "message"]]


def test_field_precision_and_recall(tables):
    result = score(tables.projects, load_expected(EXPECTED))
    print("\n" + result.report())
    assert not result.unmatched, f"expected projects not extracted: {result.unmatched}"
    assert result.precision >= 0.95, result.report()
    assert result.recall >= 0.95, result.report()


def test_about_fourteen_projects(tables):
    assert 12 <= len(tables.projects) <= 16, tables.projects[["project_id", "title"]]


def test_risk_children_as_issue_states(tables):
    p = tables.projects.set_index("project_id").loc["LLI-491"]
    assert p["acronym"] == "RiskChildren"
    assert p["total_budget_eur"] == pytest.approx(661092.24)
    assert p["eu_funding_eur"] == pytest.approx(561928.39)
    assert p["eu_share_pct"] == 85
    assert p["start_date"] == pd.Timestamp("2020-07-01") and p["end_date"] == pd.Timestamp("2022-11-30")
    f = tables.funding[(tables.funding["project_id"] == "LLI-491") & (tables.funding["scope"] == "partner")]
    parts = {r.source: r.amount_eur for r in f.itertuples()}
    assert parts["total"] == pytest.approx(352347.97)
    assert parts["ERDF"] == pytest.approx(299495.77)
    assert parts["state"] == pytest.approx(17617.40)
    assert parts["municipality"] == pytest.approx(35234.80)
    assert set(f["partner"]) and all("Jelgav" in p for p in f["partner"])


def test_partner_part_is_never_the_total(tables):
    proti = tables.projects[tables.projects["title"].fillna("").str.contains("PROTI", case=False)]
    assert len(proti) == 1 and pd.isna(proti["total_budget_eur"].iloc[0])
    f = tables.funding[tables.funding["project_id"] == proti["project_id"].iloc[0]]
    assert ((f["scope"] == "partner") & (f["amount_eur"] == 333174.60)).any()


def test_derived_total_is_marked(tables):
    f = tables.funding[(tables.funding["project_id"] == "2014.EEZ/PP/1/MIC/081/043") & (tables.funding["source"] == "total")]
    assert len(f) == 1 and bool(f["derived"].iloc[0]) and f["amount_eur"].iloc[0] == pytest.approx(19479.62)


def test_lats_are_converted_and_kept(tables):
    f = tables.funding[tables.funding["project_id"] == "1DP/1.4.1.2.4/11/APIA/NVA/046"]
    row = f[f["source"] == "total"].iloc[0]
    assert row["currency"] == "LVL" and row["amount_original"] == pytest.approx(83397.18)
    assert row["amount_eur"] == pytest.approx(83397.18 / 0.702804, abs=0.01)


def test_amended_budget_keeps_both_versions(tables):
    s = tables.sources
    v = s[(s["project_id"] == "9.2.2.1/15/I/001") & (s["field"] == "total_budget_eur")]
    assert set(v["value"]) == {"9412350.00", "5709424.00"}
    assert v.loc[v["used"], "value"].tolist() == ["9412350.00"]


def test_every_figure_has_provenance(tables):
    for name in ("funding", "beneficiaries", "facts"):
        df = tables[name]
        assert df["doc_id"].notna().all() and df["sentence"].notna().all(), name
        assert (df["start"] < df["end"]).all(), name
    facts = tables.facts
    assert len(facts) > 100
    for r in facts.itertuples():
        assert r.raw.split()[0] in r.sentence or r.kind == "period", (r.raw, r.sentence)


def test_projects_table_has_exact_columns(tables):
    assert list(tables.projects.columns) == [
        "project_id", "code", "acronym", "title", "programme", "eu_fund", "total_budget_eur", "eu_funding_eur",
        "eu_share_pct", "start_date", "end_date", "duration_months_stated", "beneficiaries", "source_docs"]
    dtypes = tables.projects.dtypes.astype(str).to_dict()
    assert dtypes["total_budget_eur"] == "Float64" and dtypes["beneficiaries"] == "Int64"
    assert dtypes["start_date"].startswith("datetime64")


def test_extraction_is_deterministic(raw_dir, tables):
    again = socreport.extract(raw_dir)
    for name, df in tables.items():
        pd.testing.assert_frame_equal(df, again[name])


def test_documents_record_characters_of_normalised_text(tables, raw_dir):
    from socreport.sources import read_document

    for r in tables.documents.itertuples():  # path is relative to the input folder
        assert r.characters == len(read_document(raw_dir / r.path).text) > 1000


def test_fact_spans_point_into_the_normalised_text(tables, raw_dir):
    from socreport.sources import read_document

    texts = {r.doc_id: read_document(raw_dir / r.path).text for r in tables.documents.itertuples()}
    for r in tables.facts.itertuples():
        assert texts[r.doc_id][r.start:r.end] == r.raw


def test_held_out_pages():
    """Pages written in the style of real project pages (Latvian ESF, an English Interreg HTML page with
    a script, a page in lats) that no rule was tuned on."""
    held = Path(__file__).parent / "data" / "heldout"
    t = socreport.extract(held)
    result = score(t.projects, load_expected(held / "expected.csv"))
    print("\n" + result.report())
    assert not result.unmatched
    assert result.precision >= 0.9 and result.recall >= 0.9, result.report()
    assert not t.facts["raw"].str.contains("999 999").any(), "text inside <script> must not be read"
