"""Where projects are (socreport.locations): the table of municipalities, the name forms in every
grammatical case, the locations and operations tables."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import socreport
from socreport import locations, schemas
from socreport.tables import Tables

PLACES = locations.places()
LV_NUTS3 = {"LV003", "LV005", "LV006", "LV007", "LV008", "LV009"}
LT_NUTS3 = {"LT011", "LT021", "LT022", "LT023", "LT024", "LT025", "LT026", "LT027", "LT028", "LT029"}


def test_every_latvian_municipality_of_2021():
    lv = [p for p in PLACES.values() if p["country"] == "LV" and p["kind"] != "planning_region"]
    assert len(lv) == 43
    assert sum(p["kind"] == "state_city" for p in lv) == 7 and sum(p["kind"] == "municipality" for p in lv) == 36
    assert all(re.fullmatch(r"00\d{5}", p["lau_code"]) for p in lv)
    assert {p["nuts3_code"] for p in lv} == LV_NUTS3
    assert {p["name"] for p in lv if p["kind"] == "state_city"} == {
        "Rīga", "Daugavpils", "Jelgava", "Jūrmala", "Liepāja", "Rēzekne", "Ventspils"}
    assert all(p["name"].endswith(" novads") for p in lv if p["kind"] == "municipality")


def test_every_lithuanian_municipality():
    lt = [p for p in PLACES.values() if p["country"] == "LT"]
    assert len(lt) == 60
    assert all(re.fullmatch(r"\d{2}", p["lau_code"]) for p in lt)
    assert {p["nuts3_code"] for p in lt} == LT_NUTS3
    assert all(p["name"].endswith("savivaldybė") for p in lt)
    by_county = pd.Series([p["nuts3_code"] for p in lt]).value_counts().to_dict()
    assert by_county == {"LT011": 8, "LT022": 8, "LT023": 7, "LT026": 7, "LT025": 6, "LT029": 6, "LT021": 5,
                         "LT024": 5, "LT027": 4, "LT028": 4}


def test_codes_are_unique():
    laus = [(p["country"], p["lau_code"]) for p in PLACES.values() if p["lau_code"]]
    assert len(laus) == len(set(laus))
    assert all(pid == f"{p['country']}-{p['lau_code']}" for pid, p in PLACES.items() if p["lau_code"])


def test_the_official_name_of_every_place_names_it():
    wrong = {pid: locations.place_of(p["name"]) for pid, p in PLACES.items()
             if locations.place_of(p["name"]) != pid and p["kind"] != "state_city"}
    assert not wrong
    # a state city's bare name ("Rīga") is no form; its council is
    for pid, p in PLACES.items():
        if p["kind"] == "state_city":
            assert locations.place_of(f"{p['genitive']} valstspilsētas pašvaldība") == pid


@pytest.mark.parametrize("name,place", [
    # Latvian, in several cases
    ("Valmieras novada pašvaldība", "Valmieras novads"),
    ("Valmieras novadā", "Valmieras novads"),
    ("Ludzas novada pašvaldība", "Ludzas novads"),
    ("Varakļānu novada pašvaldība", "Varakļānu novads"),
    ("Jelgavas valstspilsētas pašvaldība", "Jelgava"),
    ("Jelgavas pilsētas pašvaldības iestāde “Jelgavas sociālo lietu pārvalde”", "Jelgava"),
    ("Jelgavas pilsētas dome", "Jelgava"),
    ("Daugavpils pilsētas pašvaldības iestāde “Sociālais dienests”", "Daugavpils"),
    ("Zemgales plānošanas reģions", "Zemgales plānošanas reģions"),
    ("Latgales plānošanas reģionam", "Latgales plānošanas reģions"),
    ("Ogres pašvaldība", "Ogres novads"),
    # former municipalities (before 2021) and the two former state cities
    ("Dagdas novada pašvaldība", "Krāslavas novads"),
    ("Daugavpils novada dome", "Augšdaugavas novads"),
    ("Valmieras pilsētas pašvaldība", "Valmieras novads"),
    # Lithuanian places as Latvian texts write them
    ("Šauļu pilsētas dome", "Šiaulių miesto savivaldybė"),
    ("Zarasai rajona pašvaldības administrācija", "Zarasų rajono savivaldybė"),
    ("Visaginas pašvaldība", "Visagino savivaldybė"),
    # Lithuanian
    ("Kauno rajono savivaldybė", "Kauno rajono savivaldybė"),
    ("Kauno miesto savivaldybės administracija", "Kauno miesto savivaldybė"),
    ("Anykščių rajono savivaldybės administracija", "Anykščių rajono savivaldybė"),
    ("Pakruojo savivaldybė", "Pakruojo rajono savivaldybė"),
    ("Palangos miesto savivaldybė", "Palangos miesto savivaldybė"),
    # English, with and without diacritics
    ("Valmiera Municipality", "Valmieras novads"),
    ("Daugavpils City Council", "Daugavpils"),
    ("Rēzekne City Council", "Rēzekne"),
    ("Biržai district municipality", "Biržų rajono savivaldybė"),
    ("Birzai district municipality administration (LT)", "Biržų rajono savivaldybė"),
    ("Panevėžys District Municipality (Lithuania)", "Panevėžio rajono savivaldybė"),
    ("Utena District Municipality Administration", "Utenos rajono savivaldybė"),
])
def test_names_in_every_case(name, place):
    pid = locations.place_of(name)
    assert pid is not None and PLACES[pid]["name"] == place


@pytest.mark.parametrize("name", [
    "Jelgavas pašvaldība",  # the state city or the novads: neither is guessed
    "Kauno savivaldybė",  # the city or the district
    "SIA “Velve-AE”",
    "Labklājības ministrija",
    "Rokišķu Jauniešu centrs",  # an institution in a town, not the municipality
    "Rīgas Stradiņa universitāte",
    "",
])
def test_no_place_is_guessed(name):
    assert locations.place_of(name) is None


def test_shared_forms_name_no_place():
    shared = locations.ambiguous_forms()
    assert "jelgavas pasvaldib" in shared and not set(shared) & set(locations.name_forms())


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_name_gives_a_known_place_or_none(name):
    pid = locations.place_of(name)
    assert pid is None or pid in PLACES


def _partners(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    t = schemas.get("partners")
    data = {c: [None] * len(rows) for c in t.names}
    data["project_id"] = [r[0] for r in rows]
    data["name"] = [r[1] for r in rows]
    data["role"] = [r[2] for r in rows]
    return schemas.conform(pd.DataFrame(data), t)


def test_locations_table_lead_first():
    partners = _partners([("LLI-491", "Jelgavas valstspilsētas pašvaldība", "partner"),
                          ("LLI-491", "Šauļu pilsētas dome", "lead"),
                          ("LLI-491", "SIA “Velve-AE”", "partner")])
    loc = locations.compute_locations(partners)
    schemas.validate(loc, "locations")
    assert loc["partner"].tolist() == ["Šauļu pilsētas dome", "Jelgavas valstspilsētas pašvaldība"]
    assert loc["nuts3_code"].tolist() == ["LT026", "LV009"]
    assert loc["lau_code"].tolist() == ["29", "0003000"]


def test_operations_on_the_seed_tables():
    from test_excel import seed_tables  # the hand-made tables of real seed values

    t = socreport.add_indicators(seed_tables())
    ops = t["operations"]
    schemas.validate(ops, "operations")
    assert len(ops) == len(t.projects) and ops["project_id"].is_unique
    row = ops.set_index("project_id").loc["LLI-491"]
    assert row["beneficiary"] == "Šauļu pilsētas dome" and row["nuts3_code"] == "LT026" and row["lau_code"] == "29"
    assert row["total_eligible_expenditure_eur"] == pytest.approx(661092.24)
    assert row["co_financing_rate"] == pytest.approx(85.0)
    assert row["fund"] == "ERDF"


def test_cci_only_where_known():
    assert locations.programme_cci()["Growth and Employment 2014–2020"] == "2014LV16MAOP001"
    proj = schemas.empty("projects")
    ops = locations.compute_operations(proj, schemas.empty("partners"), schemas.empty("locations"))
    assert len(ops) == 0 and list(ops.columns) == schemas.get("operations").names


def test_region_totals_count_a_project_once_per_region():
    from socreport.views import region_totals

    partners = _partners([("A", "Jelgavas valstspilsētas pašvaldība", "lead"), ("A", "Jelgavas novada pašvaldība", "partner"),
                          ("A", "Šauļu pilsētas dome", "partner"), ("B", "Bauskas novada pašvaldība", "lead")])
    t = schemas.get("projects")
    data = {c: [None] * 2 for c in t.names}
    data.update(project_id=["A", "B"], total_budget_eur=[100.0, 50.0])
    base = Tables.empty()
    tables = Tables(**{n: getattr(base, n) for n in Tables.EXTRACTED if n not in ("projects", "partners")},
                    projects=schemas.conform(pd.DataFrame(data), t), partners=partners)
    tables = tables.with_derived(locations=locations.compute_locations(partners))
    got = region_totals(tables).set_index("nuts3_code")
    assert got.loc["LV009", "projects"] == 2 and got.loc["LV009", "total_budget_eur"] == 150.0
    assert got.loc["LT026", "projects"] == 1 and got.loc["LT026", "total_budget_eur"] == 100.0
    assert pd.isna(got.loc["LV009", "eu_funding_eur"]) and got.loc["LV009", "eu_projects"] == 0
