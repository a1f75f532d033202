"""Funding sources: real sentences from the seed pages, negatives, properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socreport.parse.funds import find_funds, parse_fund
from socreport.parse.spans import Fund

# (sentence from a seed page, expected [(raw span, key)])
SEED_SENTENCES = [
    ("Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR EUR (85%) Eiropas Reģionālā attīstības "
     "fonda (ERAF) finansējums.", [("Eiropas Reģionālā attīstības fonda", "ERDF"), ("ERAF", "ERDF")]),
    ("Jelgavas pilsētas pašvaldības plānotais projekta budžets ir 352 347.97 EUR, t.sk. 299 495.77 EUR (85%) "
     "ERAF finansējums, 17 617.40 EUR (5%) ir Valsts budžeta dotācija un 35 234.80 EUR (10%) ir Jelgavas "
     "valstspilsētas pašvaldības līdzfinansējums.",
     [("ERAF", "ERDF"), ("Valsts budžeta dotācija", "state"), ("pašvaldības līdzfinansējums", "municipality")]),
    ("Eiropas Reģionālā attīstības fonda finansējums 85% – 230 829,40 euro;",
     [("Eiropas Reģionālā attīstības fonda", "ERDF")]),
    ("Valsts budžeta līdzfinansējums 5% – 13 578,20 euro;", [("Valsts budžeta līdzfinansējums", "state")]),
    ("Daugavpils pilsētas domes līdzfinansējums 10% – 27 156,40 euro.",
     [("domes līdzfinansējums", "municipality")]),
    ("Projekta kopējais finansējums: 705 573,37 EUR (t.sk. ERAF finansējums 599 737,33 EUR)", [("ERAF", "ERDF")]),
    ("un projekta kopējais budžets ir 791 256,20 EUR, no kuriem 672 576,74 EUR ir ERAF līdzfinansējums.",
     [("ERAF", "ERDF")]),
    ("No 2019. gada novembra līdz 2021.gada janvārim Labklājības ministrija (LM) sadarbībā ar 10 pašvaldībām, "
     "ar Eiropas Sociālā fonda līdzfinansējumu, īstenoja izmēģinājuma projektu",
     [("Eiropas Sociālā fonda", "ESF")]),
    ("Projekta kopējās izmaksas ir 9 412 350,00 EUR, no kuriem 85% ir ESF līdzfinansējums (8 000 497,43 EUR) un "
     "15% Valsts budžeta finansējums (1 411 852,57 EUR).",
     [("ESF", "ESF"), ("Valsts budžeta finansējums", "state")]),
    ("Atbalsta personas pakalpojums tiek izstrādāts Labklājības ministrijas projekta ietvaros ar Eiropas Sociāla "
     "fonda līdzfinansējumu.", [("Eiropas Sociāla fonda", "ESF")]),
    ("No 2018.gada septembra Labklājības ministrija (LM) sadarbībā ar pašvaldībām ar Eiropas sociālā fonda "
     "līdzfinansējumu īsteno izmēģinājuma projektu", [("Eiropas sociālā fonda", "ESF")]),
    ("Finansējums: Eiropas Sociālais fonda (85%)un valsts budžeta finansējums (15%)",
     [("Eiropas Sociālais fonda", "ESF"), ("valsts budžeta finansējums", "state")]),
    ("Projekta kopējais budžets ir 5 709 424.00 euro, no kura 85% finansē Eiropas Sociālais fonds, 15% ir Valsts "
     "budžeta finansējums.", [("Eiropas Sociālais fonds", "ESF"), ("Valsts budžeta finansējums", "state")]),
    ("90% finansējuma nodrošina EEZ finanšu instrumenti (17 489,62 EUR), ko finansiāli atbalsta Islande, "
     "Lihtenšteina un Norvēģija, bet 10% (1990,00 EUR) Jelgavas pilsētas pašvaldības līdzfinansējums.",
     [("EEZ finanšu instrumenti", "EEA"), ("pašvaldības līdzfinansējums", "municipality")]),
    ("realizē EEZ projektu ,,Ģimenes asistenti Jelgavas pilsētā” projekta Nr.2014.EEZ/PP?1/MIC/081/043.",
     [("EEZ", "EEA")]),
    ("Eiropas Ekonomikas zonas finanšu instrumenta 2009. -2014.gada perioda programmas ,,NVO fonds”",
     [("Eiropas Ekonomikas zonas finanšu instrumenta", "EEA")]),
    ("Projekta budžets: 90% (17 489,62 EUR) EEZ finanšu instrumenta finansējums un 10% (1990,00 EUR) Jelgavas "
     "pilsētas pašvaldības līdzfinansējums.",
     [("EEZ finanšu instrumenta", "EEA"), ("pašvaldības līdzfinansējums", "municipality")]),
    ("Project budget: 90% (17 489.62 EUR) for the EEA Financial Mechanism funding and 10% (1,990 EUR) Jelgava "
     "City Council co-financing.",
     [("EEA Financial Mechanism", "EEA"), ("City Council co-financing", "municipality")]),
    ("ES Nodarbinātības un sociālās inovācijas programmas (EaSI PROGRESS) 2014.-2020.gadam ietvaros",
     [("Nodarbinātības un sociālās inovācijas programmas", "EaSI"), ("EaSI", "EaSI"), ("PROGRESS", "EaSI")]),
    ("(80% no projekta finansē Eiropas Savienība ar Nodarbinātības un sociālās inovācijas (EaSI) programmas "
     "PROGRESS apakšprogrammas finanšu instrumenta starpniecību un 20% – Latvijas valsts budžets).",
     [("EaSI", "EaSI"), ("PROGRESS", "EaSI"), ("valsts budžets", "state")]),
    ("Projekta budžets: 100% (1845.09 EUR) Valsts budžeta līdzekļi ar 20% (370.00 EUR) JSLP priekšfinansējumu",
     [("Valsts budžeta līdzekļi", "state")]),
    ("Projekta budžets: ESF 100% finansējums", [("ESF", "ESF")]),
    # other funds and languages
    ("Projektu līdzfinansē Eiropas Lauksaimniecības fonds lauku attīstībai (ELFLA).",
     [("Eiropas Lauksaimniecības fonds lauku attīstībai", "EAFRD"), ("ELFLA", "EAFRD")]),
    ("Projekts tiek līdzfinansēts no Kohēzijas fonda (KF) līdzekļiem.",
     [("Kohēzijas fonda", "CF"), ("KF", "CF")]),
    ("The project is co-financed by the European Regional Development Fund and Norway Grants.",
     [("European Regional Development Fund", "ERDF"), ("Norway Grants", "Norway")]),
    ("Norvēģijas finanšu instrumenta un pašu līdzekļu finansējums", [("Norvēģijas finanšu instrumenta", "Norway"),
                                                                      ("pašu līdzekļu", "own")]),
    ("Projektas finansuojamas Europos regioninės plėtros fondo lėšomis.",
     [("Europos regioninės plėtros fondo", "ERDF")]),
    # synthetic variations: national money in the three languages (not EU money)
    ("The state budget covers EUR 15 000.", [("state budget", "state")]),
    ("EUR 85 000 from the ERDF and EUR 15 000 state grant", [("ERDF", "ERDF"), ("state grant", "state")]),
    ("ERDF – EUR 85 000, national funding – EUR 15 000", [("ERDF", "ERDF"), ("national funding", "state")]),
    ("iš jų valstybės lėšos – 15 000 Eur", [("valstybės lėšos", "state")]),
    ("nacionalinis bendrasis finansavimas – 15 000 Eur", [("nacionalinis bendrasis finansavimas", "state")]),
    ("ERAF 85 000 EUR, nacionālais līdzfinansējums 15 000 EUR", [("ERAF", "ERDF"), ("nacionālais līdzfinansējums", "state")]),
    # --- real dev pages (area E): names as written in en/lt/lv, 2021-2027 funds
    ("Publiskais/ELFLA finansējums: 17999.41 EUR", [("ELFLA", "EAFRD")]),  # a slash between words is no glue
    ("Biedrība “VIJAMA” īstenoja LEADER projektu „Sociālo un veselības pakalpojumu attīstība”", [("LEADER", "EAFRD")]),
    ("Fund: European Regional Development Fund (ERDF)", [("European Regional Development Fund", "ERDF"), ("ERDF", "ERDF")]),
    ("Fondas: Europos regioninės plėtros fondas (ERDF)", [("Europos regioninės plėtros fondas", "ERDF"), ("ERDF", "ERDF")]),
    ("Projektas finansuojamas Europos socialinio fondo lėšomis", [("Europos socialinio fondo", "ESF")]),
    ("co-financed by the European Regional Development Fund, the European Social Fund Plus, the Cohesion Fund and "
     "the Just Transition Fund.", [("European Regional Development Fund", "ERDF"), ("European Social Fund Plus", "ESF"),
                                   ("Cohesion Fund", "CF"), ("Just Transition Fund", "JTF")]),
    ("Taisnīgas pārkārtošanās fonda (TPF) projekts", [("Taisnīgas pārkārtošanās fonda", "JTF"), ("TPF", "JTF")]),
    ("ERAF/KF finansējums", [("ERAF", "ERDF"), ("KF", "CF")]),
    # synthetic variations (Lithuanian): "Europos Sąjungos" inside the fund's name, the EEA and Norway
    # mechanisms named together, the abbreviation in brackets
    ("bendrai finansuojamas iš Europos Sąjungos socialinio fondo", [("Europos Sąjungos socialinio fondo", "ESF")]),
    ("Europos Sąjungos regioninės plėtros fondo lėšomis", [("Europos Sąjungos regioninės plėtros fondo", "ERDF")]),
    ("Europos ekonominės erdvės (EEE) finansinio mechanizmo lėšomis",
     [("Europos ekonominės erdvės (EEE) finansinio mechanizmo", "EEA")]),
    ("finansuojamas EEE ir Norvegijos finansinių mechanizmų lėšomis",
     [("EEE ir Norvegijos finansinių mechanizmų", "EEA")]),
]

NEGATIVES = [
    "Programmas mājaslapa: www.latlit.eu",
    "www.esf.lv un info@esf.lv",
    "Nr.2014.EEZ/PP/1/MIC/081/043",
    "DESFA un KFC restorāns",
    "Latvijas – Lietuvas pārrobežu sadarbības programma 2014-2020.",
    "ko finansiāli atbalsta Islande, Lihtenšteina un Norvēģija",
    "Projekta kopējās izmaksas 705 810,00 euro",
    "fonds",
    "progress in the project",
    "Projektas finansuojamas 2021–2027 m. Europos Sąjungos (ES) fondų ir Lietuvos valstybės",  # no fund named
    "ES fondų lėšos: 244 216,00 Eur",
    "www.esf.lv/lv/projekti un https://kohesio.ec.europa.eu/ERDF/1",
    "leader of the group",
    "Projektą administruoja Europos socialinio fondo agentūra.",  # an agency, not the fund
]


@pytest.mark.parametrize("sentence,expected", SEED_SENTENCES)
def test_seed_sentences(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.raw, f.value.key) for f in find_funds(sentence)] == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text: str) -> None:
    assert find_funds(text) == []


@pytest.mark.parametrize("s,expected", [
    ("ERAF", Fund("ERDF", True)), ("ERDF", Fund("ERDF", True)), ("ESF", Fund("ESF", True)),
    ("Eiropas Reģionālās attīstības fonds", Fund("ERDF", True)), ("EEA Grants", Fund("EEA", True)),
    ("Norway Grants", Fund("Norway", True)), ("PROGRESS", Fund("EaSI", True)), ("ELFLA", Fund("EAFRD", True)),
    ("Cohesion Fund", Fund("CF", True)), ("valsts budžets", Fund("state", False)),
    ("pašvaldības budžets", Fund("municipality", False)), ("pašu līdzekļi", Fund("own", False)),
    ("own funds", Fund("own", False)), ("pašvaldības finansējums", Fund("municipality", False)),
    ("valsts līdzfinansējums", Fund("state", False)), ("EUR", None), ("", None),
])
def test_parse_fund(s: str, expected: Fund | None) -> None:
    assert parse_fund(s) == expected


def test_eu_flag_matches_key(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        for f in find_funds(text):
            assert f.value.is_eu == (f.value.key not in {"state", "municipality", "own"})


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300),
                 st.lists(st.sampled_from(["ERAF", "ESF", "EEZ", "fonda", "Eiropas", "Sociālā", ".", "/", " ",
                                           "valsts", "budžeta", "pašvaldības", "līdzfinansējums", "x"]),
                          max_size=30).map("".join)))
def test_any_text_spans_valid(text: str) -> None:
    facts = find_funds(text)
    for f in facts:
        assert 0 <= f.start < f.end <= len(text)
        assert f.raw == text[f.start:f.end]
        assert f.kind == "fund"
    spans = [(f.start, f.end) for f in facts]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
