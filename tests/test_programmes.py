"""The programme and the EU fund of an article (roles/funds.py): real sentences, then properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socreport.parse import find_facts
from socreport.parse.funds import find_funds
from socreport.records import Prov
from socreport.roles.funds import code_programme_fields, fund_fields, listed_funds, period_near, programmes

# (sentence from a real page or a synthetic variation, programme named or None)
PROGRAMME_CASES = [
    # seeds and dev pages
    ("Interreg V-A Latvijas - Lietuvas pārrobežu sadarbības programma 2014.– 2020. gadam.",
     "Interreg V-A Latvia–Lithuania 2014–2020"),
    ("under the Interreg V-A Latvia – Lithuania Programme 2014-2020 project LLI-296", "Interreg V-A Latvia–Lithuania 2014–2020"),
    ("pagal 2014-2020 m. Interreg V-A Latvijos ir Lietuvos bendradarbiavimo per sieną programą.",
     "Interreg V-A Latvia–Lithuania 2014–2020"),
    ("Svetainė sukurta įgyvendinat Lietuvos ir Latvijos bendradarbiavimo per sieną 2007–2013 m. programos projektą LLIV-253",
     "Latvia–Lithuania Cross-border Cooperation 2007–2013"),
    ("The project is co-financed by the Latvia-Lithuania programme. Project Lead partner is latvian State police.",
     "Interreg Latvia–Lithuania (period not stated)"),  # no period: none guessed
    ("partnerības līgums par Latvijas – Lietuvas pārrobežu sadarbības programmas projekta „ VESELĪGA DZĪVE”",
     "Interreg Latvia–Lithuania (period not stated)"),
    ("Projekts tiek īstenots darbības programmas: Eiropas Savienības kohēzijas politikas programmas 2021.–2027. gadam "
     "4.1.1. specifiskā atbalsta mērķa", "EU Cohesion Policy Programme 2021–2027 (Latvia)"),
    ("2014-2020 metų Europos Sąjungos fondų investicijų veiksmų programos 8 prioriteto",
     "EU Funds Investment Operational Programme 2014–2020 (Lithuania)"),
    ("finansuojamų pagal 2007-2013 m. Sanglaudos skatinimo veiksmų programos 2 prioriteto",
     "Cohesion Promotion Operational Programme 2007–2013 (Lithuania)"),
    ("Projektas finansuojamas  Ekonomikos gaivinimo ir atsparumo didinimo priemonės (toliau – EGADP) lėšomis",
     "Recovery and Resilience Facility 2021–2026"),
    ("Latvijas Lauku attīstības programmas 2014.-2020. gadam apakšpasākuma “Darbību īstenošana”",
     "Rural Development Programme of Latvia 2014–2020"),
    ("(ELFLA) Lauku attīstības programmas atklāta projektu iesniegumu konkursa", "Rural Development Programme of Latvia (period not stated)"),
    ("the Lithuanian and European Economic Area Financial Mechanism Programme LT05 2009-2014 “Children and Youth”",
     "EEA Grants 2009–2014"),
    ("darbības programmas “Izaugsme un nodarbinātība” 9.3.1. specifiskā atbalsta mērķa", "Growth and Employment 2014–2020"),
    ("within the framework of the Action Programme “Growth and Employment” specific objective 9.2.2",
     "Growth and Employment 2014–2020"),
    # 2021-2027 (synthetic variations of the real wordings): never reported as 2014-2020
    ("Interreg VI-A Latvijas–Lietuvas programmas 2021.–2027. gadam projekts", "Interreg VI-A Latvia–Lithuania 2021–2027"),
    ("Interreg VI-A Latvia–Lithuania Programme 2021–2027", "Interreg VI-A Latvia–Lithuania 2021–2027"),
    ("Latvijas–Lietuvas pārrobežu sadarbības programmas 2021.–2027. gadam projekts", "Interreg VI-A Latvia–Lithuania 2021–2027"),
    ("pagal 2021–2027 m. Europos Sąjungos fondų investicijų programą", "EU Funds Investment Programme 2021–2027 (Lithuania)"),
    ("Latvia–Lithuania Cross Border Cooperation Programme 2007-2013", "Latvia–Lithuania Cross-border Cooperation 2007–2013"),
    # no programme
    ("This project falls under EU Cohesion Policy thematic objective TO12", None),
    ("Programming period: 2021-2027", None),
    ("Projektas finansuojamas 2021–2027 m. Europos Sąjungos (ES) fondų ir Lietuvos valstybės biudžeto lėšomis.", None),
]


def _prov(start: int, end: int) -> Prov:
    return Prov("d", start, end, "")


def _programme(text: str) -> str | None:
    facts = find_facts(text)
    fields = fund_fields(text, 0, len(text), [], [f for f in facts if f.kind == "fund"], _prov)
    fields += code_programme_fields([f for f in facts if f.kind == "code"], _prov)
    got = sorted((f for f in fields if f.field == "programme"), key=lambda f: f.rank)
    return got[0].value if got else None


@pytest.mark.parametrize("sentence,expected", PROGRAMME_CASES)
def test_programme_in_real_sentences(sentence: str, expected: str | None) -> None:
    assert _programme(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("projekta Nr. LLI-491 īstenošanas ietvaros", "Interreg V-A Latvia–Lithuania 2014–2020"),
    ("projektą LLIV-253 „Tarpvalstybinio“", "Latvia–Lithuania Cross-border Cooperation 2007–2013"),
    ("projekts Nr. LL-00018 „Drošas kopienas”", "Interreg VI-A Latvia–Lithuania 2021–2027"),
    ("ESF+ projekts Nr. 4.3.1.1/1/24/I/001", "EU Cohesion Policy Programme 2021–2027 (Latvia)"),  # not 2014-2020
    ("projekta Nr. 9.2.2.1./15/I/001", "Growth and Employment 2014–2020"),
    ("Nr. 08.1.1-CPVA-V-427-01-0008", "EU Funds Investment Operational Programme 2014–2020 (Lithuania)"),
    ("Projekto kodas – Nr. 09-010-P-0014", None),  # Lithuanian numbers since 2021: recovery or cohesion funds
    ("LEADER projekts Nr.17-01-AL15-A019.2203-000012", None),
])
def test_programme_from_a_code_scheme(sentence: str, expected: str | None) -> None:
    assert _programme(sentence) == expected


# (sentence, EU fund the text names for the project, or None)
FUND_CASES = [
    ("Kohesio is the European Commission's open-data platform for projects co-financed by the European Regional "
     "Development Fund, the European Social Fund Plus, the Cohesion Fund and the Just Transition Fund.", None),
    ("Fund: European Regional Development Fund (ERDF)\nTotal budget: 7 132 188,68 €", "ERDF"),
    ("Šį projektą finansuoja Europos Sąjunga pagal Interreg V-A Latvijos ir Lietuvos bendradarbiavimo per sieną programą.",
     None),  # the programme alone names no fund
    ("Projektas finansuojamas Europos regioninės plėtros fondo lėšomis.", "ERDF"),
    ("Publiskais/ELFLA finansējums: 17999.41 EUR", "EAFRD"),
    ("Biedrība “VIJAMA” īstenoja LEADER projektu", "EAFRD"),
    ("ES fondų lėšos: 244 216,00 Eur", None),
    ("Projektu līdzfinansē ERAF un KF.", None),  # two funds: which one pays is not said
    ("Eiropas Reģionālās attīstības fonda (ERAF) finansējums", "ERDF"),  # one fund named twice is no list
]


@pytest.mark.parametrize("sentence,expected", FUND_CASES)
def test_fund_named_for_the_project(sentence: str, expected: str | None) -> None:
    funds = find_funds(sentence)
    fields = [f for f in fund_fields(sentence, 0, len(sentence), [], funds, _prov) if f.field == "eu_fund"]
    assert (min(fields, key=lambda f: f.rank).value if fields else None) == expected


def test_no_programme_row_gives_the_project_a_fund() -> None:
    text = "Interreg V-A Latvijas – Lietuvas pārrobežu sadarbības programma 2014.-2020. projekts Nr. LLI-491"
    facts = find_facts(text)
    fields = fund_fields(text, 0, len(text), [], [f for f in facts if f.kind == "fund"], _prov)
    fields += code_programme_fields([f for f in facts if f.kind == "code"], _prov)
    assert {f.field for f in fields} == {"programme"}


@pytest.mark.parametrize("text,start,end,expected", [
    ("programma 2014.– 2020. gadam", 0, 9, "2014–2020"),
    ("2007–2013 m. programos", 13, 22, "2007–2013"),
    ("programme (2009 -2014)", 0, 9, "2009–2014"),
    ("programme", 0, 9, None),
    ("programme 2020-2014", 0, 9, None),  # not a range
])
def test_period_near(text: str, start: int, end: int, expected: str | None) -> None:
    assert period_near(text, start, end) == expected


def test_programme_rows_are_well_formed() -> None:
    rows = programmes()
    assert rows and all((r.kind, r.pattern is None, bool(r.scheme)) in (("text", False, False), ("code", True, True))
                        for r in rows)
    for r in rows:
        assert not r.period or (len(r.period) == 9 and r.period[4] == "–"), r
        if r.period:  # a row that needs a period names it
            assert r.period in r.programme, r


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["ERDF", "ESF", "Cohesion Fund", "ELFLA", "KF", ", ", " and ", " un ", " x ", "fonds "]),
                max_size=12))
def test_a_list_of_funds_is_listed_only_with_two_different_funds(parts: list[str]) -> None:
    text = "".join(parts)
    funds = find_funds(text)
    listed = listed_funds(text, funds)
    if len({f.value.key for f in funds}) < 2:
        assert not listed
    for i in listed:
        assert 0 <= i < len(funds)


@pytest.mark.parametrize("n", [10, 100, 1000])
def test_programme_search_is_bounded_on_long_inputs(n: int) -> None:
    text = "Latvijas – Lietuvas " * n + "2014-2020 " * n + "programme"
    assert _programme(text) in (None, "Interreg Latvia–Lithuania (period not stated)", "Interreg V-A Latvia–Lithuania 2014–2020")
