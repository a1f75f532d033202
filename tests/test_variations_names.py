"""Variations of how Latvian, English and Lithuanian project pages state a project's number (code)
and its short name (acronym) — small synthetic pages read whole.

Two tables (see tests/variations.py): ``BUILT_ON``, the rows the rules were developed on, and
``EVAL_ONLY``, rows written before the rules were changed and never tuned to (``make accuracy``
prints both scores apart). A field named with None must stay empty: a contract's or an agreement's
own number, a measure's or a call's number alone is not a project number; an organisation's, a
fund's or a programme's abbreviation, a unit, a headline or a town is not an acronym. A page that
lists several projects expects the set of their values (a frozenset).
"""

from __future__ import annotations

from typing import Any

import pytest
from variations import Row, compare, read_rows, row_ids

FIELDS = ("code", "acronym")
_KEYS = {"C": "code", "A": "acronym"}


def v(lang: str, text: str, **fields: Any) -> Row:
    """A row: C code, A acronym (None: must stay empty; a frozenset: the values of several projects)."""
    return Row(lang, text, {_KEYS[k]: x for k, x in fields.items()})


# Written before any rule was changed for them, never tuned to: their score is the honest figure.
EVAL_ONLY = [
    # --- Latvian
    v("lv", "Dienvidkurzemes novada pašvaldība turpina projekta “SmartCare” īstenošanu: senioriem piegādātas "
       "viedās aproces.", A="SmartCare", C=None),
    v("lv", "Akronīms – ActiveAge\nProjekta Nr.: LLI-533\nVadošais partneris: Rēzeknes novada pašvaldība",
      C="LLI-533", A="ActiveAge"),
    v("lv", "Projekts LLI-538 CareLink “Sociālo pakalpojumu pieejamības uzlabošana pierobežā” tiek īstenots kopā ar "
       "Zarasu rajona pašvaldību.", C="LLI-538", A="CareLink"),
    v("lv", "Rēzeknes novada pašvaldība noslēdza līgumu Nr. 2021/88 par tehniskās dokumentācijas izstrādi.",
      C=None, A=None),
    v("lv", "Projekts “Atbalsts jauniešiem” tiek īstenots Eiropas Sociālā fonda Plus (ESF+) programmā. "
       "Projekta Nr. 4.3.1.1/1/23/I/005.", C="4.3.1.1/1/23/I/005", A=None),
    v("lv", "Sabiedrības integrācijas fonds (SIF) un Centrālā finanšu un līgumu aģentūra (CFLA) parakstīja "
       "vienošanos par projekta Nr. 9.1.1.3/15/I/002 īstenošanu.", C="9.1.1.3/15/I/002", A=None),
    v("lv", "SeniorNet projekta ietvaros Ludzā atvērts dienas centrs senioriem.", A="SeniorNet"),
    v("lv", "Lauku atbalsta dienests (LAD) apstiprināja biedrības projektu Nr. 22-04-AL31-A019.2205-000003.",
      C="22-04-AL31-A019.2205-000003", A=None),
    v("lv", "Pasākums 9.2.4.2 “Pasākumi vietējās sabiedrības veselības veicināšanai”: projektu iesniegumu atlase "
       "noslēgusies.", C=None, A=None),
    v("lv", "Pārrobežu projekts “Kopienā balstītu pakalpojumu attīstība Latgalē un Utenā” (CommunityCare) "
       "sekmēs sociālo darbinieku sadarbību.", A="CommunityCare"),
    v("lv", "Vienošanās Nr. 9.2.2.1/15/I/012 par projekta īstenošanu noslēgta ar Centrālo finanšu un līgumu "
       "aģentūru.", C="9.2.2.1/15/I/012"),
    v("lv", "Projekta Nr.19-01-AL11-A019.2202-000004 “Dienas centra aprīkojums” īstenots ar ELFLA atbalstu.",
      C="19-01-AL11-A019.2202-000004", A=None),
    v("lv", "NOSLĒDZIES PROJEKTS LLI-562\nProjekta partneri Daugavpilī un Utenā apkopoja rezultātus.",
      C="LLI-562", A=None),
    v("lv", "Projekta kopējās izmaksas (EUR): 120 000,00. Projektu īsteno Balvu novada pašvaldība (BNP).",
      A=None),
    # --- English
    v("en", "The municipality has launched the project “SmartCare”, which provides remote monitoring for elderly "
       "people living alone.", A="SmartCare"),
    v("en", "Acronym: BALTCARE\nProject No.: LLI-541\nLead partner: Utena District Municipality",
      C="LLI-541", A="BALTCARE"),
    v("en", "SocialBridge – Strengthening cross-border cooperation of social service providers (LLI-544)",
      C="LLI-544", A="SocialBridge"),
    v("en", "Project KIDSAFE (LLI-547) aims to prevent domestic violence against children.",
      C="LLI-547", A="KIDSAFE"),
    v("en", "Contract No. 2019/45-P was signed with the supplier of the equipment for project LLI-549.",
      C="LLI-549"),
    v("en", "The Central Project Management Agency (CPVA) and the municipality signed the financing agreement of "
       "project No. 08.1.1-CPVA-V-427-05-0012.", C="08.1.1-CPVA-V-427-05-0012", A=None),
    v("en", "Project ENI-LLB-1-245 “Cross-border cooperation for social inclusion” started in Latgale.",
      C="ENI-LLB-1-245"),
    v("en", "The project VS/2019/0417 was funded by the EU Programme for Employment and Social Innovation (EaSI).",
      C="VS/2019/0417", A=None),
    v("en", "Project “Development of social services for people with disabilities in border areas” (Better "
       "together) ended in June.", A="Better together"),
    v("en", "Call for proposals No. 3\nMaximum grant per project: EUR 50 000\nDeadline for applications: "
       "15 March 2023", C=None, A=None),
    # --- Lithuanian
    v("lt", "Įgyvendinant projektą SeniorCare Zarasuose įrengtas dienos centras.", A="SeniorCare"),
    v("lt", "Santrumpa: ActiveYouth\nProjekto Nr. LLI-552\nPartneriai: Daugavpilio miesto dūmė", C="LLI-552",
      A="ActiveYouth"),
    v("lt", "Sutarties Nr. 12-345 su rangovu pasirašyta gegužės mėnesį.", C=None, A=None),
    v("lt", "Centrinė projektų valdymo agentūra (CPVA) pasirašė sutartį su savivaldybe dėl projekto "
       "Nr. 08.2.1-CPVA-R-408-41-0007 įgyvendinimo.", C="08.2.1-CPVA-R-408-41-0007", A=None),
    v("lt", "Projektas „Kartu stipresni“ (StrongerTogether), Nr. LLI-555, įgyvendinamas pagal Interreg V-A "
       "Latvijos ir Lietuvos programą.", C="LLI-555", A="StrongerTogether"),
    v("lt", "Projekto Nr. 09.4.2-ESFA-K-728-01-0045 veiklos vykdomos Visagine.", C="09.4.2-ESFA-K-728-01-0045"),
    v("lt", "Priemonės Nr. 08.4.2-ESFA-R-615 „Socialinių paslaugų plėtra“ kvietimas teikti paraiškas baigiasi "
       "rugsėjo 30 d.", C=None, A=None),
    v("lt", "Europos žemės ūkio fondo kaimo plėtrai (EŽŪFKP) ir valstybės biudžeto lėšomis finansuojamas projektas "
       "Nr. ZARA-LEADER-6B-B-12-3-2020.", C="ZARA-LEADER-6B-B-12-3-2020", A=None),
    v("lt", "Projektas EEE-LT05-SADM-01-K-02-014 finansuojamas EEE finansinio mechanizmo lėšomis.",
      C="EEE-LT05-SADM-01-K-02-014", A=None),
    v("lt", "Savivaldybėje įgyvendinami projektai:\n1. Projektas Nr. 08.1.1-CPVA-V-427-01-0021 „Vaikų globos namų "
       "pertvarka“.\n2. Projektas Nr. 08.4.2-ESFA-R-630-01-0009 „Kompleksinės paslaugos šeimai“.",
      C=frozenset({"08.1.1-CPVA-V-427-01-0021", "08.4.2-ESFA-R-630-01-0009"})),
]

# The rows the rules were developed on.
BUILT_ON: list[Row] = []

TABLES = {"b": BUILT_ON, "e": EVAL_ONLY}


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    return read_rows(TABLES, tmp_path_factory.mktemp("variations_names"))


@pytest.mark.parametrize("row", BUILT_ON, ids=row_ids("b", BUILT_ON))
def test_built_on(row, pages, request):
    rid = request.node.callspec.id
    assert compare(row, pages[rid]) == {}


@pytest.mark.parametrize("table", ["EVAL_ONLY"])
def test_rows_name_known_fields(table):
    # every row checks at least one of this table's fields, in a language the tables score
    rows = globals()[table]
    assert rows and all(r.expected and set(r.expected) <= set(FIELDS) and r.lang in ("lv", "en", "lt") for r in rows)
