"""Organisations: real sentences from the seed pages, negatives, properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socreport.parse.orgs import find_organisations, parse_organisation
from socreport.parse.spans import Organisation

# (sentence from a seed page, expected [(raw span, name, country, lead)])
SEED_SENTENCES = [
    ("Projekta īstenošanā iesaistīti 2 partneri – Jelgavas valstspilsētas pašvaldība un Šauļu pilsētas dome "
     "(vadošais partneris).",
     [("Jelgavas valstspilsētas pašvaldība", "Jelgavas valstspilsētas pašvaldība", "LV", False),
      ("Šauļu pilsētas dome", "Šauļu pilsētas dome", "LT", True)]),
    ("Jelgavas pilsētas pašvaldības plānotais projekta budžets ir 352 347.97 EUR",
     [("Jelgavas pilsētas pašvaldības", "Jelgavas pilsētas pašvaldība", "LV", False)]),
    ("17 617.40 EUR (5%) ir Valsts budžeta dotācija un 35 234.80 EUR (10%) ir Jelgavas valstspilsētas pašvaldības "
     "līdzfinansējums.",
     [("Jelgavas valstspilsētas pašvaldības", "Jelgavas valstspilsētas pašvaldība", "LV", False)]),
    ("Jelgavas valstspilsētas pašvaldības administrācijas\n\nAttīstības un pilsētplānošanas pārvalde",
     [("Jelgavas valstspilsētas pašvaldības administrācijas", "Jelgavas valstspilsētas pašvaldības administrācija",
       "LV", False),
      ("Attīstības un pilsētplānošanas pārvalde", "Attīstības un pilsētplānošanas pārvalde", "", False)]),
    ("Daugavpils pilsētas pašvaldības iestāde “Sociālais dienests” realizē jaunu projektu",
     [("Daugavpils pilsētas pašvaldības iestāde “Sociālais dienests”",
       "Daugavpils pilsētas pašvaldības iestāde “Sociālais dienests”", "LV", False)]),
    ("  • Zarasai rajona pašvaldības administrācija\n  • Antazavas bērnu māja Zarasai rajonā",
     [("Zarasai rajona pašvaldības administrācija", "Zarasai rajona pašvaldības administrācija", "LT", False),
      ("Antazavas bērnu māja", "Antazavas bērnu māja", "LT", False)]),
    ("  • Daugavpils pilsētas domes līdzfinansējums 10% – 27 156,40 euro.",
     [("Daugavpils pilsētas domes", "Daugavpils pilsētas dome", "LV", False)]),
    ("Vadošais partneris: Zemgales Plānošanas reģions (LV), www.zemgale.lv",
     [("Zemgales Plānošanas reģions", "Zemgales plānošanas reģions", "LV", True)]),
    ("Divu gadu laikā Jelgavas, Auces, Vecumnieku novados un Plunges pašvaldībā tiks veidoti četri jauni sociālie "
     "pakalpojumi", [("Plunges pašvaldībā", "Plunges pašvaldība", "LT", False)]),
    (" Zemgales Plānošanas reģiona finansējums: 91 462.34 EUR (t.sk. ERAF finansējums 77 742.98 EUR).",
     [("Zemgales Plānošanas reģiona", "Zemgales plānošanas reģions", "LV", False)]),
    ("Projektu Zemgales Plānošanas reģions kā vadošais partneris izstrādājis kopā ar partneriem",
     [("Zemgales Plānošanas reģions", "Zemgales plānošanas reģions", "LV", True)]),
    ("Rokišķu Jauniešu centru un Kretingas Dienas aktivitāšu centru.",
     [("Rokišķu Jauniešu centru", "Rokišķu Jauniešu centrs", "LT", False),
      ("Kretingas Dienas aktivitāšu centru", "Kretingas Dienas aktivitāšu centrs", "LT", False)]),
    ("piedalīsies Auces novada pašvaldības Attīstības nodaļas vadītājs Ilmārs Matvejs.",
     [("Auces novada pašvaldības", "Auces novada pašvaldība", "LV", False)]),
    ("Par šī raksta saturu pilnībā atbild Zemgales plānošanas reģions, un tas nekādos apstākļos",
     [("Zemgales plānošanas reģions", "Zemgales plānošanas reģions", "LV", False)]),
    ("Projektu īsteno Labklājības ministrija sadarbībā ar pašvaldībām, izmantojot Eiropas Sociālā fonda "
     "līdzfinansējumu.", [("Labklājības ministrija", "Labklājības ministrija", "LV", True)]),
    ("Jelgavā projektu īsteno Jelgavas pilsētas pašvaldības iestāde ”Jelgavas sociālo lietu pārvalde‘’.",
     [("Jelgavas pilsētas pašvaldības iestāde ”Jelgavas sociālo lietu pārvalde‘’",
       "Jelgavas pilsētas pašvaldības iestāde “Jelgavas sociālo lietu pārvalde”", "LV", True)]),
    ("Informāciju sagatavoja\n\nJelgavas sociālo lietu pārvalde",
     [("Jelgavas sociālo lietu pārvalde", "Jelgavas sociālo lietu pārvalde", "LV", False)]),
    ("Vajadzību izvērtēšanā piedalījās SIA “Rīgas veselības centrs” multiprofesionāla novērtēšanas ekspertu komanda",
     [("SIA “Rīgas veselības centrs”", "SIA “Rīgas veselības centrs”", "", False)]),
    ("Teju pirms gada Jelgavas Pensionāru biedrība sadarbībā ar Jelgavas pilsētas pašvaldības iestādi „Jelgavas "
     "sociālo lietu pārvalde” uzsāka projekta realizāciju.",
     [("Jelgavas Pensionāru biedrība", "Jelgavas Pensionāru biedrība", "LV", False),
      ("Jelgavas pilsētas pašvaldības iestādi „Jelgavas sociālo lietu pārvalde”",
       "Jelgavas pilsētas pašvaldības iestāde “Jelgavas sociālo lietu pārvalde”", "LV", False)]),
    ("Labklājības ministrija sadarbībā ar Jelgavas pilsētas pašvaldību, Rīgas pilsētas pašvaldību, Valmieras "
     "pilsētas pašvaldību un Korporatīvās ilgtspējas un atbildības institūtu (InCSR) īsteno projektu",
     [("Labklājības ministrija", "Labklājības ministrija", "LV", False),
      ("Jelgavas pilsētas pašvaldību", "Jelgavas pilsētas pašvaldība", "LV", False),
      ("Rīgas pilsētas pašvaldību", "Rīgas pilsētas pašvaldība", "LV", False),
      ("Valmieras pilsētas pašvaldību", "Valmieras pilsētas pašvaldība", "LV", False),
      ("Korporatīvās ilgtspējas un atbildības institūtu", "Korporatīvās ilgtspējas un atbildības institūts", "",
       False)]),
    ("Projekta koordinators: Labklājības ministrija", [("Labklājības ministrija", "Labklājības ministrija", "LV",
                                                         True)]),
    ("Projekta ieviesējs: Jaunatnes starptautisko programmu aģentūra\n\nSadarbības partneris:  Jelgavas pilsētas dome",
     [("Jaunatnes starptautisko programmu aģentūra", "Jaunatnes starptautisko programmu aģentūra", "LV", True),
      ("Jelgavas pilsētas dome", "Jelgavas pilsētas dome", "LV", False)]),
    ("Projekta īstenotājs ir Zemgales plānošanas reģions.",
     [("Zemgales plānošanas reģions", "Zemgales plānošanas reģions", "LV", True)]),
    ("Projektu īsteno: Biedrības „Latvijas Samariešu apvienība” Jelgavas nodaļa.",
     [("Biedrības „Latvijas Samariešu apvienība”", "biedrība “Latvijas Samariešu apvienība”", "", True)]),
    ("Projekts tiek īstenots sadarbībā ar 21 Zemgales reģiona pašvaldību, t.sk. Jelgavas pilsetas pašvaldību.",
     [("Jelgavas pilsetas pašvaldību", "Jelgavas pilsētas pašvaldība", "LV", False)]),
    ("Partneris: Lietuvos Respublikos socialinės apsaugos ir darbo ministerija.",
     [("Lietuvos Respublikos socialinės apsaugos ir darbo ministerija",
       "Lietuvos Respublikos socialinės apsaugos ir darbo ministerija", "LT", False)]),
    ("Jelgava Pensioners’ Association in co-operation with ... and 10% (1,990 EUR) Jelgava City Council co-financing.",
     [("Jelgava City Council", "Jelgava City Council", "LV", False)]),
    # Lithuanian partners as they are written on partner pages
    ("Šiaulių miesto savivaldybės administracija (Lead partner)",
     [("Šiaulių miesto savivaldybės administracija", "Šiaulių miesto savivaldybės administracija", "LT", True)]),
    ("Partneriai: Rokiškio rajono savivaldybė ir Panevėžio rajono savivaldybės administracija.",
     [("Rokiškio rajono savivaldybė", "Rokiškio rajono savivaldybė", "LT", False),
      ("Panevėžio rajono savivaldybės administracija", "Panevėžio rajono savivaldybės administracija", "LT",
       False)]),
    ("Šiauliu pilsētas pašvaldība – vadošais partneris",
     [("Šiauliu pilsētas pašvaldība", "Šiauliu pilsētas pašvaldība", "LT", True)]),
]

NEGATIVES = [
    "Abās pašvaldībās ieviesīs virkni jaunu sociālās iekļaušanas pasākumu",
    "Šī gada novembrī 10 Latvijas pašvaldībās, kopā 100 cilvēki sāka saņemt pakalpojumus",
    "Partneru pašvaldību speciālisti piedalīsies četros pieredzes apmaiņas braucienos",
    "Vairumā pašvaldību sociālie darbinieki ir novērojuši",
    "Visas darbības tiks īstenotas ciešā sadarbībā ar projekta partneriem: 21 Zemgales reģiona pašvaldību",
    "Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR EUR (85%) Eiropas Reģionālā attīstības fonda",
    "bērnu dienas aprūpes centram Šauļos",
    "Tika izveidota jauna pārvalde.",
    "Pēc vajadzību definēšanas, sociālais darbinieks kopā ar vecākiem piesaistīja vēlamos pakalpojumu sniedzējus.",
]


@pytest.mark.parametrize("sentence,expected", SEED_SENTENCES)
def test_seed_sentences(sentence: str, expected: list[tuple[str, str, str, bool]]) -> None:
    got = [(f.raw, f.value.name, f.value.country, f.value.lead) for f in find_organisations(sentence)]
    assert got == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text: str) -> None:
    assert find_organisations(text) == []


def test_seed_partners_found(seed_texts: dict[str, str]) -> None:
    """The partners named on the Interreg seed pages, with their countries."""
    found = {(f.value.name, f.value.country) for t in seed_texts.values() for f in find_organisations(t)}
    assert {
        ("Jelgavas valstspilsētas pašvaldība", "LV"), ("Šauļu pilsētas dome", "LT"),
        ("Daugavpils pilsētas pašvaldības iestāde “Sociālais dienests”", "LV"),
        ("Zarasai rajona pašvaldības administrācija", "LT"), ("Zemgales plānošanas reģions", "LV"),
        ("Labklājības ministrija", "LV"), ("Jelgavas pilsētas pašvaldība", "LV"),
    } <= found


def test_lead_partners_in_seeds(seed_texts: dict[str, str]) -> None:
    leads = {f.value.name for t in seed_texts.values() for f in find_organisations(t) if f.value.lead}
    assert {"Šauļu pilsētas dome", "Zemgales plānošanas reģions"} <= leads


@pytest.mark.parametrize("s,expected", [
    ("Jelgavas pilsētas pašvaldībā", Organisation("Jelgavas pilsētas pašvaldība", "LV", False)),
    ("Rokiškio rajono savivaldybė", Organisation("Rokiškio rajono savivaldybė", "LT", False)),
    ("Latvijas pašvaldības", None),
    ("", None),
])
def test_parse_organisation(s: str, expected: Organisation | None) -> None:
    assert parse_organisation(s) == expected


_PIECES = st.sampled_from(["Jelgavas", "pilsētas", "pašvaldība", "Šauļu", "dome", "(vadošais partneris)",
                           "Labklājības", "ministrija", "SIA", "“", "”", "X", "un", "\n", ",", "iestāde",
                           "savivaldybė", "rajono", "centrs", "Rokišķu"])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=25).map(" ".join)))
def test_any_text_spans_valid(text: str) -> None:
    facts = find_organisations(text)
    for f in facts:
        assert 0 <= f.start < f.end <= len(text)
        assert f.raw == text[f.start:f.end]
        assert f.kind == "organisation"
        assert f.value.country in {"", "LV", "LT", "EE", "PL", "FI", "SE"}
        assert f.value.name.strip() == f.value.name and f.value.name
    spans = [(f.start, f.end) for f in facts]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
