"""Consistency checks on hand-made tables holding the real seed values, and on crafted contradictions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import socreport.checks as chk
import socreport.indicators as ind
from socreport import config, schemas
from socreport.tables import Tables
from test_indicators import (ATVER, D_JELG, EEA, INTERREG, OCTO, PILOT, RISK, VALUED, _frame, _projects,
                             replace_projects, seed_tables)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def quality() -> pd.DataFrame:
    return chk.quality_table(ind.add_indicators(seed_tables()))


def _findings(q: pd.DataFrame, pid: str, check: str | None = None, field: str | None = None) -> pd.DataFrame:
    m = q["project_id"] == pid
    if check:
        m &= q["check"] == check
    if field:
        m &= q["field"] == field
    return q[m]


# --------------------------------------------------------------------------------- the seed findings

SEED_FINDINGS = [
    # project, check, field, severity, substrings of values, substrings of the English message
    (VALUED, "duration_mismatch", "duration_months_stated", "warning", ["stated=18", "computed=34"],
     ["18 months", "34 months", "2020-09-01–2023-06-30"]),
    (ATVER, "versions_differ", "total_budget_eur", "warning",
     ["5709424.00 (undated) → 9412350.00 (published 2020-12-08, used)"],
     ["5,709,424.00 EUR (undated) → 9,412,350.00 EUR (2020-12-08, used)", "used: 9,412,350.00 EUR"]),
    (ATVER, "versions_differ", "end_date", "warning", ["2022-12-31 (undated) → 2023-12-31 (published 2020-12-08, used)"],
     ["used: 2023-12-31"]),
    (EEA, "share_mismatch", "eu_share_pct", "info", ["stated=90%", "computed=89.78%"], ["90%", "89.8%"]),
    (EEA, "share_mismatch", "share_pct", "info", ["source=municipality", "stated=10%", "computed=10.22%"], ["10.2%"]),
    (PILOT, "versions_differ", "end_date", "warning",
     ["2019-08-31 (published 2018-09-14) → 2019-10-31 (published 2019-07-29, used)"], ["used: 2019-10-31"]),
    (RISK, "missing_field", "beneficiaries", "info", ["beneficiaries="], ["not stated"]),
    (PILOT, "missing_field", "total_budget_eur", "info", ["total_budget_eur="], ["not stated"]),
]


@pytest.mark.parametrize(("pid", "check", "field", "severity", "values", "message"), SEED_FINDINGS)
def test_seed_finding(quality: pd.DataFrame, pid: str, check: str, field: str, severity: str, values: list[str],
                      message: list[str]) -> None:
    rows = _findings(quality, pid, check, field)
    assert len(rows) == 1, rows
    row = rows.iloc[0]
    assert row["severity"] == severity
    for v in values:
        assert v in row["values"]
    for m in message:
        assert m in row["message"]
    assert row["message_lv"] and row["message_lv"] != row["message"]
    assert row["doc_ids"]


def test_versions_evidence_holds_both_sentences(quality: pd.DataFrame) -> None:
    row = _findings(quality, ATVER, "versions_differ", "total_budget_eur").iloc[0]
    assert "5 709 424.00 euro" in row["evidence"] and "9 412 350,00 EUR" in row["evidence"]
    assert row["evidence"].count(" | ") == 1 and row["doc_ids"] == D_JELG
    assert "5\u00a0709\u00a0424,00 EUR (bez datuma) → 9\u00a0412\u00a0350,00 EUR (2020-12-08, izmantota)" in row["message_lv"]


def test_consistent_projects_get_no_finding(quality: pd.DataFrame) -> None:
    assert _findings(quality, OCTO).empty  # OCTOPUS: 24 = 24 months, 85%, 706 people, all figures agree
    risk = _findings(quality, RISK)  # RiskChildren: Jelgava 85% + 5% + 10% = 352 347.97 — only the gap
    assert risk[["check", "field"]].values.tolist() == [["missing_field", "beneficiaries"]]


def test_same_start_date_in_two_articles_is_not_a_finding(quality: pd.DataFrame) -> None:
    assert _findings(quality, ATVER, "versions_differ", "start_date").empty


def test_quality_validates_sorted_and_unique(quality: pd.DataFrame) -> None:
    schemas.validate(quality, "quality")
    order = {c.id: i for i, c in enumerate(chk.CHECKS)}
    keys = list(zip(quality["project_id"], quality["check"].map(order), quality["field"], quality["values"]))
    assert keys == sorted(keys)
    assert not quality.duplicated(["project_id", "check", "field", "values"]).any()


def test_quality_deterministic_and_pure() -> None:
    t = seed_tables()
    before = {n: df.copy(deep=True) for n, df in t.items()}
    a = chk.add_quality(t)["quality"]
    for n, df in before.items():
        pd.testing.assert_frame_equal(t[n], df)
    shuffled = Tables(**{n: t[n].sample(frac=1.0, random_state=3).reset_index(drop=True) for n in Tables.EXTRACTED})
    assert chk.quality_table(shuffled).to_csv(index=False) == a.to_csv(index=False)


def test_api_add_quality_adds_quality() -> None:
    import socreport

    t = socreport.add_quality(seed_tables())
    assert t.quality is not None and len(t.quality) > 0


def test_api_check_is_a_deprecated_alias() -> None:
    import socreport

    with pytest.warns(DeprecationWarning, match="add_quality"):
        t = socreport.check(seed_tables())
    assert t.quality.equals(socreport.add_quality(seed_tables()).quality)


# ------------------------------------------------------------------------------ share tolerance

@pytest.mark.parametrize(("tolerance", "precision", "severity"), [
    (0.5, 0.05, "info"),  # default: 0.22 pp is within the half point but visible at one decimal
    (0.1, 0.05, "warning"),  # tighter tolerance: a contradiction
    (0.5, 0.3, None),  # coarser precision: no finding
])
def test_share_tolerance_parameter(tolerance: float, precision: float, severity: str | None) -> None:
    q = chk.quality_table(seed_tables(), share_tolerance_pp=tolerance, share_precision_pp=precision)
    rows = _findings(q, EEA, "share_mismatch", "eu_share_pct")
    if severity is None:
        assert rows.empty
    else:
        assert rows["severity"].tolist() == [severity]


# ------------------------------------------------------------------------------ crafted contradictions

def _with_project(**changes: object) -> Tables:
    """The seed tables with OCTOPUS's projects row changed."""
    t = seed_tables()
    p = t.projects.copy()
    m = p["project_id"] == OCTO
    for k, v in changes.items():
        p[k] = p[k].astype(object)
        p.loc[m, k] = v
    p = schemas.conform(p, "projects")
    return Tables(**{**{n: t[n] for n in Tables.EXTRACTED}, "projects": p})


@pytest.mark.parametrize(("changes", "check", "field", "severity"), [
    ({"end_date": pd.Timestamp("2019-05-31")}, "end_before_start", "end_date", "error"),
    ({"start_date": pd.Timestamp("1985-06-01")}, "implausible_date", "start_date", "warning"),  # "85%" read as a year
    ({"end_date": pd.Timestamp("2202-05-31")}, "implausible_date", "end_date", "warning"),
    ({"duration_months_stated": 12}, "duration_mismatch", "duration_months_stated", "warning"),
    ({"eu_share_pct": 100.0}, "share_above_ceiling", "eu_share_pct", "warning"),  # "ESF 100% finansējums"
    ({"eu_share_pct": 80.0}, "share_mismatch", "eu_share_pct", "warning"),  # 85% computed
    ({"eu_funding_eur": 640000.0}, "share_above_ceiling", "eu_share_pct", "warning"),  # 90.7% computed
    ({"beneficiaries": None}, "missing_field", "beneficiaries", "info"),
    ({"start_date": None}, "missing_field", "start_date", "info"),
])
def test_crafted_findings(changes: dict, check: str, field: str, severity: str) -> None:
    q = chk.quality_table(_with_project(**changes))
    rows = _findings(q, OCTO, check, field)
    assert rows["severity"].tolist() == [severity], q[q["project_id"] == OCTO]


def test_no_ceiling_finding_at_the_ceiling() -> None:
    q = chk.quality_table(_with_project(eu_share_pct=85.0))
    assert _findings(q, OCTO).empty


def _with_funding(rows: list[tuple]) -> Tables:
    t = seed_tables()
    extra = _frame(rows, ["project_id", "scope", "partner", "source", "amount_eur", "share_pct", "derived", "doc_id",
                          "start", "sentence"], "funding")
    f = schemas.conform(pd.concat([t.funding[t.funding["project_id"] != OCTO], extra], ignore_index=True), "funding")
    return Tables(**{**{n: t[n] for n in Tables.EXTRACTED}, "funding": f})


S = "Projekta kopējais finansējums: 705 573,37 EUR (t.sk. ERAF finansējums 599 737,33 EUR)"


def test_parts_exceeding_total() -> None:
    t = _with_funding([(OCTO, "whole", None, "total", 705573.37, None, False, "d", 1, S),
                       (OCTO, "whole", None, "ERDF", 599737.33, None, False, "d", 2, S),
                       (OCTO, "whole", None, "state", 135836.04, None, False, "d", 3, S)])  # 30 000 too much
    rows = _findings(chk.quality_table(t), OCTO, "parts_sum")
    assert rows["severity"].tolist() == ["error"]
    assert "sum=735573.37; total=705573.37" in rows.iloc[0]["values"]


def test_complete_shares_whose_amounts_miss_the_total() -> None:
    t = _with_funding([(OCTO, "partner", "Zemgales Plānošanas reģions", "total", 91462.34, None, False, "d", 1, S),
                       (OCTO, "partner", "Zemgales Plānošanas reģions", "ERDF", 77742.98, 85.0, False, "d", 2, S),
                       (OCTO, "partner", "Zemgales Plānošanas reģions", "state", 4573.12, 5.0, False, "d", 3, S),
                       (OCTO, "partner", "Zemgales Plānošanas reģions", "municipality", 9046.24, 10.0, False, "d", 4,
                        S)])  # should be 9 146.24: a digit changed
    rows = _findings(chk.quality_table(t), OCTO, "parts_sum")
    assert rows["severity"].tolist() == ["error"]
    assert "partner=Zemgales Plānošanas reģions" in rows.iloc[0]["values"]


def test_parts_within_a_cent_are_consistent() -> None:
    t = _with_funding([(OCTO, "partner", "Zemgales Plānošanas reģions", "total", 91462.34, None, False, "d", 1, S),
                       (OCTO, "partner", "Zemgales Plānošanas reģions", "ERDF", 77742.99, 85.0, False, "d", 2, S),
                       (OCTO, "partner", "Zemgales Plānošanas reģions", "state", 4573.12, 5.0, False, "d", 3, S),
                       (OCTO, "partner", "Zemgales Plānošanas reģions", "municipality", 9146.24, 10.0, False, "d", 4,
                        S)])
    assert _findings(chk.quality_table(t), OCTO).empty


def test_partner_part_above_project_total() -> None:
    t = _with_funding([(OCTO, "partner", "Zemgales Plānošanas reģions", "total", 914623.40, None, False, "d", 1, S)])
    rows = _findings(chk.quality_table(t), OCTO, "partner_exceeds_total")
    assert rows["severity"].tolist() == ["error"]
    assert "part=914623.40; total=705573.37" in rows.iloc[0]["values"]


def test_versions_newest_marked_used_and_undated_oldest() -> None:
    t = seed_tables()
    s = t.sources.copy()
    extra = _frame([(OCTO, "total_budget_eur", "705573.37", "2021-03-01", 1, True, "b", 5, "x"),
                    (OCTO, "total_budget_eur", "705537.37", "2020-06-15", 0, False, "a", 9, "y"),  # digits swapped
                    (OCTO, "total_budget_eur", "705573.37", None, 2, False, "c", 1, "z")],
                   ["project_id", "field", "value", "published", "article", "used", "doc_id", "start", "sentence"],
                   "sources")
    s = schemas.conform(pd.concat([s[~((s["project_id"] == OCTO) & (s["field"] == "total_budget_eur"))], extra],
                                  ignore_index=True), "sources")
    q = chk.quality_table(Tables(**{**{n: t[n] for n in Tables.EXTRACTED}, "sources": s}))
    row = _findings(q, OCTO, "versions_differ", "total_budget_eur").iloc[0]
    assert row["values"] == "705537.37 (published 2020-06-15) → 705573.37 (published 2021-03-01, used)"
    assert row["doc_ids"] == "a;b;c"


def test_repeated_figures_give_one_finding_with_joined_evidence() -> None:
    t = seed_tables()
    f = t.funding.copy()
    q1 = chk.quality_table(t)
    q2 = chk.quality_table(Tables(**{**{n: t[n] for n in Tables.EXTRACTED},
                                     "funding": pd.concat([f, f], ignore_index=True)}))
    pd.testing.assert_frame_equal(q1, q2)


# ------------------------------------------------------------------------------------ ceilings

@pytest.mark.parametrize(("fund", "programme", "ceiling"), [
    ("ERDF", INTERREG, 85.0),
    ("ERDF", "Interreg V-A Latvia–Lithuania Cross Border Cooperation Programme 2014-2020", 85.0),
    ("ERDF", None, 85.0),
    ("ESF", "Darbības programma “Izaugsme un nodarbinātība”", 85.0),
    ("ESF", None, 85.0),
    ("CF", None, 85.0),
    ("EEA", "Eiropas Ekonomikas zonas finanšu instrumenta 2009. -2014.gada perioda programmas ,,NVO fonds”", 90.0),
    ("EEA", "NGO Fund", 90.0),
    ("EEA", "Kultūras mantojums", 85.0),
    ("EEA", None, 90.0),  # programme unknown: the highest ceiling that could apply
    ("Norway", "Norway Grants", 85.0),
    ("EaSI", "PROGRESS", None),  # no ceiling known: not checked
    (None, None, None),
])
def test_find_ceiling(fund: str | None, programme: str | None, ceiling: float | None) -> None:
    c = chk.find_ceiling(fund, programme)
    assert (c.ceiling_pct if c else None) == ceiling
    frac = chk.ceiling_for(programme or "", fund or "")
    assert frac == (None if ceiling is None else ceiling / 100)


def test_ceilings_file_is_well_formed() -> None:
    rows = chk.load_ceilings()
    assert rows and all(r.fund in schemas.EU_FUNDS and 0 < r.ceiling_pct <= 100 and r.note for r in rows)
    for fund in {r.fund for r in rows}:  # every fund has a default row
        assert any(r.fund == fund and not r.keywords for r in rows)


# ------------------------------------------------------------------------------------ formatting

@pytest.mark.parametrize(("x", "en", "lv"), [
    # as the charts write numbers: en grouped by commas, lv by no-break spaces with a decimal comma
    (9412350.0, "9,412,350.00 EUR", "9\u00a0412\u00a0350,00 EUR"),
    (1990.0, "1,990.00 EUR", "1\u00a0990,00 EUR"),
    (17489.62, "17,489.62 EUR", "17\u00a0489,62 EUR"),
    (-30000.0, "-30,000.00 EUR", "-30\u00a0000,00 EUR"),
])
def test_fmt_eur(x: float, en: str, lv: str) -> None:
    assert chk.fmt_eur(x) == en and chk.fmt_eur(x, "lv") == lv


@pytest.mark.parametrize(("x", "en", "lv"), [(90.0, "90%", "90%"), (89.7842, "89.8%", "89,8%"), (3.75, "3.8%", "3,8%")])
def test_fmt_pct(x: float, en: str, lv: str) -> None:
    assert chk.fmt_pct(x) == en and chk.fmt_pct(x, "lv") == lv


# ------------------------------------------------------------------------------------ property

@settings(max_examples=15, deadline=None)
@given(_projects())
def test_checks_never_raise(projects: pd.DataFrame) -> None:
    q = chk.quality_table(replace_projects(projects))
    schemas.validate(q, "quality")
    assert set(q["project_id"]) <= set(projects["project_id"])
    lo, hi = config.PLAUSIBLE_YEARS
    for pid, start in zip(projects["project_id"], projects["start_date"]):
        bad = pd.notna(start) and not lo <= start.year <= hi
        assert bad == (not _findings(q, pid, "implausible_date", "start_date").empty)


# ------------------------------------------------------------------------------------ data dictionary

def test_docs_match_the_schema_definitions() -> None:
    doc = (ROOT / "docs" / "indicators.md").read_text(encoding="utf-8")
    assert doc == chk.data_dictionary(), "regenerate: python -c 'import socreport.checks as c; " \
                                         "open(\"docs/indicators.md\",\"w\").write(c.data_dictionary())'"


def test_dictionary_defines_every_indicator_and_check() -> None:
    doc = chk.data_dictionary()
    for table in (ind.INDICATORS, ind.PARTNER_SHARES, ind.AGGREGATES, chk.QUALITY):
        for c in table.columns:
            assert f"`{c.name}`" in doc and c.lv in doc
    for c in chk.CHECKS:
        assert f"`{c.id}`" in doc and c.lv in doc
    assert "nominal euro" in doc and "nominālie eiro" in doc


def test_datapackage_describes_derived_tables() -> None:
    pkg = schemas.datapackage(["indicators", "partner_shares", "aggregates", "quality"])
    fields = {f["name"]: f for r in pkg["resources"] for f in r["schema"]["fields"]}
    assert "÷" in fields["cost_per_beneficiary_eur"]["description"]
    assert fields["cost_per_beneficiary_eur"]["socreport:title_lv"].startswith("Izmaksas uz labuma guvēju")


@pytest.mark.parametrize(("field", "a", "b", "same"), [
    ("eu_share_pct", "85", "85.0", True),
    ("total_budget_eur", "9412350.00", "9412350", True),
    ("total_budget_eur", "9412350.00", "5709424.00", False),
    ("total_budget_eur", "705573.37", "705537.37", False),  # two digits swapped
    ("end_date", "2019-08-31", "2019-08-31 00:00:00", True),
    ("end_date", "2019-08-31", "2019-10-31", False),
    ("beneficiaries", "706", "706", True),
    ("title", "“Atver sirdi Zemgalē!”", "Atver sirdi Zemgalē", True),
    ("title", "Ģimenes asistenti Jelgavas pilsētā", "Ģimenes  asistenti jelgavas pilsētā", True),
    ("acronym", "RiskChildren", "SocQuality", False),
])
def test_canonical_values(field: str, a: str, b: str, same: bool) -> None:
    assert (chk.canonical(field, a) == chk.canonical(field, b)) is same


def test_titles_in_two_languages_are_not_versions() -> None:
    t = seed_tables()
    extra = _frame([(OCTO, "title", "Daudzfunkcionālo centru - vietējās kopienas sociālās iekļaušanas un izaugsmes "
                     "veicinātāju attīstība", None, 0, True, "a", 1, "x"),
                    (OCTO, "title", "Development of Multifunctional Centers as Driver for Social Inclusion and "
                     "Development of Local Community", None, 0, False, "a", 2, "y")],
                   ["project_id", "field", "value", "published", "article", "used", "doc_id", "start", "sentence"],
                   "sources")
    s = schemas.conform(pd.concat([t.sources, extra], ignore_index=True), "sources")
    q = chk.quality_table(Tables(**{**{n: t[n] for n in Tables.EXTRACTED}, "sources": s}))
    assert _findings(q, OCTO).empty


# ------------------------------------------------------------------------------------ end to end

SEED_CORPUS_FINDINGS = [
    # project, check, field, substrings of values
    ("LLI-550", "duration_mismatch", "duration_months_stated", ["stated=18", "computed=34"]),
    ("9.2.2.1/15/I/001", "versions_differ", "total_budget_eur",
     ["5709424.00 (undated)", "9412350.00 (published 2020-12-08, used)"]),
    ("9.2.2.1/15/I/001", "versions_differ", "end_date", ["2022-12-31 (undated)", "2023-12-31 (published 2020-12-08, used)"]),
    ("2014.EEZ/PP/1/MIC/081/043", "share_mismatch", "eu_share_pct", ["stated=90%", "computed=89.78%"]),
    ("9.2.2.2/16/I/001", "versions_differ", "end_date", ["2019-08-31", "2019-10-31 (published", ", used)"]),
]


@pytest.fixture(scope="module")
def seed_corpus(raw_dir: Path) -> Tables:
    import socreport

    return socreport.add_quality(socreport.add_indicators(socreport.extract(raw_dir)))


@pytest.mark.slow
@pytest.mark.parametrize(("pid", "check", "field", "values"), SEED_CORPUS_FINDINGS)
def test_seed_corpus_finding(seed_corpus: Tables, pid: str, check: str, field: str, values: list[str]) -> None:
    rows = _findings(seed_corpus["quality"], pid, check, field)
    assert len(rows) == 1, seed_corpus["quality"][["project_id", "check", "field", "values"]].to_string()
    for v in values:
        assert v in rows.iloc[0]["values"]
    assert rows.iloc[0]["evidence"] and rows.iloc[0]["doc_ids"]


@pytest.mark.slow
def test_seed_corpus_consistent_projects_and_indicators(seed_corpus: Tables) -> None:
    q = seed_corpus["quality"]
    assert _findings(q, "LLI-425").empty  # OCTOPUS: consistent
    assert _findings(q, "LLI-491")[["check", "field"]].values.tolist() == [["missing_field", "beneficiaries"]]
    octo = seed_corpus["indicators"].set_index("project_id").loc["LLI-425"]
    assert round(float(octo["cost_per_beneficiary_eur"]), 2) == 999.40
    assert round(float(octo["eu_share"]), 4) == 0.8500
    assert int(octo["duration_months"]) == int(octo["duration_months_stated"]) == 24
    agg = seed_corpus["aggregates"]
    esf = agg[(agg["dimension"] == "fund") & (agg["group"] == "ESF") & (agg["indicator"] == "total_budget_eur")]
    assert 9412350.00 <= float(esf["sum"].iloc[0]) < 9412350.00 + 5709424.00  # the amended budget counted once
    for name in ("indicators", "partner_shares", "aggregates", "quality"):
        schemas.validate(seed_corpus[name], name)


@pytest.mark.parametrize(("start", "end", "stated", "found"), [
    ("2020-09-01", "2023-06-30", 18, True),  # Valued people
    ("2020-06-01", "2022-05-31", 24, False),  # OCTOPUS
    ("2020-06-01", "2022-05-31", 25, True),  # whole months: exact
    ("2016-07-08", "2018-10-31", 27, False),  # 846 days = 27.8 months: one month of rounding allowed
    ("2016-07-08", "2018-10-31", 26, True),
])
def test_duration_tolerance(start: str, end: str, stated: int, found: bool) -> None:
    t = _with_project(start_date=pd.Timestamp(start), end_date=pd.Timestamp(end), duration_months_stated=stated)
    assert (not _findings(chk.quality_table(t), OCTO, "duration_mismatch").empty) is found


_money = st.one_of(st.none(), st.just(0.0), st.floats(-1e3, 1e8, allow_nan=False, allow_infinity=False))


@st.composite
def _bundle(draw) -> Tables:
    projects = draw(_projects())
    pids = list(projects["project_id"]) or ["P0"]
    frows = [(draw(st.sampled_from(pids)), draw(st.sampled_from(["whole", "partner"])),
              draw(st.sampled_from([None, "", "Jelgavas pilsētas pašvaldība", "Šauļu pilsētas dome"])),
              draw(st.sampled_from(schemas.SOURCES)), draw(_money),
              draw(st.one_of(st.none(), st.floats(0, 120, allow_nan=False))), draw(st.booleans()),
              draw(st.sampled_from(["a", "b", None])), draw(st.one_of(st.none(), st.integers(0, 10**6))),
              draw(st.sampled_from([None, "", "Projekta budžets: 90% (17 489,62 EUR)"])))
             for _ in range(draw(st.integers(0, 8)))]
    srows = [(draw(st.sampled_from(pids)), draw(st.sampled_from(list(chk.VERSIONED_FIELDS) + ["title"])),
              draw(st.sampled_from([None, "", "85", "85.0", "9412350.00", "2019-08-31", "abc", "2019-10-31"])),
              draw(st.one_of(st.none(), st.dates(dt.date(2010, 1, 1), dt.date(2025, 1, 1)).map(str))),
              0, draw(st.booleans()), "a", 1, "s")
             for _ in range(draw(st.integers(0, 8)))]
    e = Tables.empty()
    return Tables(documents=e.documents, projects=projects, partners=e.partners, beneficiaries=e.beneficiaries,
                  facts=e.facts,
                  funding=_frame(frows, ["project_id", "scope", "partner", "source", "amount_eur", "share_pct",
                                         "derived", "doc_id", "start", "sentence"], "funding"),
                  sources=_frame(srows, ["project_id", "field", "value", "published", "article", "used", "doc_id",
                                         "start", "sentence"], "sources"))


@settings(max_examples=15, deadline=None)
@given(_bundle())
def test_checks_and_indicators_never_raise_on_any_funding_and_sources(t: Tables) -> None:
    out = chk.add_quality(ind.add_indicators(t))
    for name in ("indicators", "partner_shares", "aggregates", "quality"):
        schemas.validate(out[name], name)
    for c in ("share_of_total", "part_eur"):
        assert not out["partner_shares"][c].dropna().astype(float).map(lambda x: x in (float("inf"), float("-inf"))).any()
