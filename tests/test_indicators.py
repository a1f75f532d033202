"""Indicators on hand-made tables holding the real seed values (hand-checked against data/raw)."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import socreport.indicators as ind
from socreport import schemas
from socreport.tables import Tables

D_RISK, D_VALUED, D_OCTO, D_SOCQ, D_JELG = (
    "000_a6640382eac6c1fc", "001_ba819a8ab322f87d", "002_17ed4f7446dc636f", "003_8f97c0a78adf6334",
    "004_49cf07e53512a167")

S_RISK_TOTAL = ("Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR EUR (85%) Eiropas Reģionālā "
                "attīstības fonda (ERAF) finansējums.")
S_RISK_JELG = ("Jelgavas pilsētas pašvaldības plānotais projekta budžets ir 352 347.97 EUR, t.sk. 299 495.77 EUR "
               "(85%) ERAF finansējums, 17 617.40 EUR (5%) ir Valsts budžeta dotācija un 35 234.80 EUR (10%) ir "
               "Jelgavas valstspilsētas pašvaldības līdzfinansējums.")
S_RISK_DATES = "Projekta īstenošanas laiks: no 2020.gada 1.jūlija līdz 2022. gada 30.novembrim."
S_VALUED_DUR = "Projekta ilgums:    18 mēneši (01.09.2020.-30.06.2023.)"
S_VALUED_TOTAL = "Projekta kopējās izmaksas  705 810,00 euro, t.sk.:"
S_OCTO_DATES = "Projekta īstenošanas laiks: 01.06.2020. – 31.05.2022. (24 mēneši)."
S_OCTO_TOTAL = "Projekta kopējais finansējums: 705 573,37 EUR (t.sk. ERAF finansējums 599 737,33 EUR)"
S_OCTO_BEN = ("Projekta rezultātā jaunie un uzlabotie multifunkcionālie centri un tajos piedāvāties sociālie "
              "pakalpojumi un iekļaušanas pasākumi Latvijas un Lietuvas reģionos kļūs pieejamāki vismaz 706 "
              "cilvēkiem ar funkcionālajiem traucējumiem, senioriem, ģimenēm ar bērniem ar invaliditāti un bērniem, "
              "jauniešiem, kas pakļauti riskam.")
S_OCTO_ZPR = " Zemgales Plānošanas reģiona finansējums: 91 462.34 EUR (t.sk. ERAF finansējums 77 742.98 EUR)."
S_ATVER_NEW_TOTAL = ("Projekta kopējās izmaksas ir 9 412 350,00 EUR, no kuriem 85% ir ESF līdzfinansējums "
                     "(8 000 497,43 EUR) un 15% Valsts budžeta finansējums (1 411 852,57 EUR).")
S_ATVER_NEW_DATES = "Projekta ieviešanas laiks ir no 2015. gada 1. decembra līdz 2023. gada 31. decembrim."
S_ATVER_OLD_TOTAL = ("Projekta kopējais budžets ir 5 709 424.00 euro, no kura 85% finansē Eiropas Sociālais fonds, "
                     "15% ir Valsts budžeta finansējums.")
S_ATVER_OLD_DATES = "Plānotais projekta īstenošanas laiks: 2015. gada 1.decembris – 2022.gada 31.decembris."
S_EEA = ("Projekta budžets: 90% (17 489,62 EUR) EEZ finanšu instrumenta finansējums un 10% (1990,00 EUR) Jelgavas "
         "pilsētas pašvaldības līdzfinansējums.")
S_EEA_DATES = ("No 01.05.2015. -30.04.2016. Jelgavas Pensionāru biedrība sadarbībā ar Jelgavas pilsētas pašvaldības "
               "iestādi „Jelgavas sociālo lietu pārvalde” realizē EEZ projektu")
S_PILOT_OLD = "Izmēģinājumprojekts tiek īstenots laika periodā no 01.09.2018. līdz 31.08.2019"
S_PILOT_NEW = ("Izmēģinājuma projekts noslēgsies 2019.gada oktobrī. Tad tiks vērtēti tā rezultāti un izstrādāti "
               "priekšlikumi turpmākai rīcībai sociālo pakalpojumu nodrošināšanas jomā.")
S_PILOT_START = ("2018.gada 1.septembrī Latvijā desmit pašvaldībās tika uzsākts Eiropas savienības projekta "
                 "Nr.9.2.2.2./16/I/001 ”Sabiedrībā balstītu sociālo pakalpojumu nodrošināšana bērniem ar "
                 "funkcionāliem traucējumiem” izmēģinājumprojekts")
S_PILOT_BEN = ("Projekta laikā 100 bērni ar invaliditāti un viņu ģimenes no 10 Latvijas pašvaldībām saņem "
               "individualizētu atbalstu – sabiedrībā balstītus sociālos pakalpojumus.")

RISK, VALUED, OCTO, ATVER, EEA, PILOT = ("LLI-491", "LLI-550", "LLI-425", "9.2.2.1/15/I/001",
                                         "2014.EEZ/PP/1/MIC/081/043", "9.2.2.2/16/I/001")
INTERREG = "Interreg V-A Latvijas – Lietuvas pārrobežu sadarbības programma 2014-2020"
NA = None

PROJECTS = [
    # project_id, code, acronym, title, programme, eu_fund, total, eu, eu%, start, end, months stated, benef, docs
    (RISK, RISK, "RiskChildren", "Sociālajam riskam pakļauto bērnu un jauniešu integrācija Jelgavas un Šauļu "
     "pilsētas pašvaldībās", INTERREG, "ERDF", 661092.24, 561928.39, 85.0, "2020-07-01", "2022-11-30", NA, NA, D_RISK),
    (VALUED, VALUED, "Valued people", "Neaizsargāto grupu sociālā iekļaušana Zarasai-Daugavpils pārrobežu reģionā, "
     "attīstot integrētu sociālās aprūpes tīklu", INTERREG, "ERDF", 705810.00, NA, NA, "2020-09-01", "2023-06-30", 18,
     800, D_VALUED),
    (OCTO, OCTO, "OCTOPUS", "Daudzfunkcionālo centru - vietējās kopienas sociālās iekļaušanas un izaugsmes "
     "veicinātāju attīstība", INTERREG, "ERDF", 705573.37, 599737.33, NA, "2020-06-01", "2022-05-31", 24, 706, D_OCTO),
    (ATVER, ATVER, NA, "Atver sirdi Zemgalē!", NA, "ESF", 9412350.00, 8000497.43, 85.0, "2015-12-01", "2023-12-31",
     NA, NA, D_JELG),
    (EEA, EEA, NA, "Ģimenes asistenti Jelgavas pilsētā", "NVO fonds", "EEA", 19479.62, 17489.62, 90.0, "2015-05-01",
     "2016-04-30", NA, NA, D_JELG),
    (PILOT, PILOT, NA, "Sabiedrībā balstītu sociālo pakalpojumu nodrošināšana bērniem ar funkcionāliem traucējumiem",
     NA, "ESF", NA, NA, NA, "2018-09-01", "2019-10-31", NA, 100, D_JELG),
]

FUNDING = [
    # project_id, scope, partner, source, amount, share%, derived, doc, start, sentence
    (RISK, "whole", NA, "total", 661092.24, NA, False, D_RISK, 2400, S_RISK_TOTAL),
    (RISK, "whole", NA, "ERDF", 561928.39, 85.0, False, D_RISK, 2430, S_RISK_TOTAL),
    (RISK, "partner", "Jelgavas pilsētas pašvaldība", "total", 352347.97, NA, False, D_RISK, 2600, S_RISK_JELG),
    (RISK, "partner", "Jelgavas pilsētas pašvaldība", "ERDF", 299495.77, 85.0, False, D_RISK, 2620, S_RISK_JELG),
    (RISK, "partner", "Jelgavas pilsētas pašvaldība", "state", 17617.40, 5.0, False, D_RISK, 2660, S_RISK_JELG),
    (RISK, "partner", "Jelgavas pilsētas pašvaldība", "municipality", 35234.80, 10.0, False, D_RISK, 2700,
     S_RISK_JELG),
    (OCTO, "whole", NA, "total", 705573.37, NA, False, D_OCTO, 3000, S_OCTO_TOTAL),
    (OCTO, "whole", NA, "ERDF", 599737.33, NA, False, D_OCTO, 3040, S_OCTO_TOTAL),
    (OCTO, "partner", "Zemgales Plānošanas reģions", "total", 91462.34, NA, False, D_OCTO, 3100, S_OCTO_ZPR),
    (OCTO, "partner", "Zemgales Plānošanas reģions", "ERDF", 77742.98, NA, False, D_OCTO, 3140, S_OCTO_ZPR),
    (ATVER, "whole", NA, "total", 9412350.00, NA, False, D_JELG, 5000, S_ATVER_NEW_TOTAL),
    (ATVER, "whole", NA, "ESF", 8000497.43, 85.0, False, D_JELG, 5060, S_ATVER_NEW_TOTAL),
    (ATVER, "whole", NA, "state", 1411852.57, 15.0, False, D_JELG, 5110, S_ATVER_NEW_TOTAL),
    # the older article's breakdown of the superseded budget: percentages only
    (ATVER, "whole", NA, "ESF", NA, 85.0, False, D_JELG, 40000, S_ATVER_OLD_TOTAL),
    (ATVER, "whole", NA, "state", NA, 15.0, False, D_JELG, 40060, S_ATVER_OLD_TOTAL),
    (EEA, "whole", NA, "EEA", 17489.62, 90.0, False, D_JELG, 60000, S_EEA),
    (EEA, "whole", NA, "municipality", 1990.00, 10.0, False, D_JELG, 60060, S_EEA),
    (EEA, "whole", NA, "total", 19479.62, NA, True, D_JELG, 60000, S_EEA),
]

PARTNERS = [
    (RISK, "Jelgavas valstspilsētas pašvaldība", "partner", "LV", D_RISK, 300, S_RISK_TOTAL),
    (RISK, "Šauļu pilsētas dome", "lead", "LT", D_RISK, 340, S_RISK_TOTAL),
    (OCTO, "Zemgales Plānošanas reģions", "lead", "LV", D_OCTO, 400, S_OCTO_ZPR),
    (VALUED, "Daugavpils pilsētas pašvaldības iestāde “Sociālais dienests”", "partner", "LV", D_VALUED, 500,
     S_VALUED_TOTAL),
]

BENEFICIARIES = [
    (OCTO, 706, "cilvēkiem", "at_least", "people", True, D_OCTO, 2500, S_OCTO_BEN),
    (PILOT, 100, "bērni", "exact", "people", True, D_JELG, 30000, S_PILOT_BEN),
]

SOURCES = [
    # project_id, field, value, published, article, used, doc, start, sentence
    (RISK, "total_budget_eur", "661092.24", NA, 0, True, D_RISK, 2400, S_RISK_TOTAL),
    (RISK, "start_date", "2020-07-01", NA, 0, True, D_RISK, 2800, S_RISK_DATES),
    (RISK, "end_date", "2022-11-30", NA, 0, True, D_RISK, 2830, S_RISK_DATES),
    (VALUED, "duration_months_stated", "18", NA, 0, True, D_VALUED, 900, S_VALUED_DUR),
    (VALUED, "start_date", "2020-09-01", NA, 0, True, D_VALUED, 912, S_VALUED_DUR),
    (VALUED, "end_date", "2023-06-30", NA, 0, True, D_VALUED, 924, S_VALUED_DUR),
    (VALUED, "total_budget_eur", "705810.00", NA, 0, True, D_VALUED, 2900, S_VALUED_TOTAL),
    (OCTO, "start_date", "2020-06-01", NA, 0, True, D_OCTO, 200, S_OCTO_DATES),
    (OCTO, "end_date", "2022-05-31", NA, 0, True, D_OCTO, 214, S_OCTO_DATES),
    (OCTO, "duration_months_stated", "24", NA, 0, True, D_OCTO, 228, S_OCTO_DATES),
    (OCTO, "total_budget_eur", "705573.37", NA, 0, True, D_OCTO, 3000, S_OCTO_TOTAL),
    (ATVER, "total_budget_eur", "9412350.00", "2020-12-08", 3, True, D_JELG, 5000, S_ATVER_NEW_TOTAL),
    (ATVER, "total_budget_eur", "5709424.00", NA, 14, False, D_JELG, 40000, S_ATVER_OLD_TOTAL),
    (ATVER, "end_date", "2023-12-31", "2020-12-08", 3, True, D_JELG, 4900, S_ATVER_NEW_DATES),
    (ATVER, "end_date", "2022-12-31", NA, 14, False, D_JELG, 41000, S_ATVER_OLD_DATES),
    (ATVER, "start_date", "2015-12-01", "2020-12-08", 3, True, D_JELG, 4880, S_ATVER_NEW_DATES),
    (ATVER, "start_date", "2015-12-01", NA, 14, False, D_JELG, 40980, S_ATVER_OLD_DATES),
    (EEA, "eu_share_pct", "90", NA, 16, True, D_JELG, 60000, S_EEA),
    (EEA, "total_budget_eur", "19479.62", NA, 16, True, D_JELG, 60000, S_EEA),
    (EEA, "start_date", "2015-05-01", NA, 16, True, D_JELG, 59000, S_EEA_DATES),
    (PILOT, "end_date", "2019-08-31", "2018-09-14", 11, False, D_JELG, 33000, S_PILOT_OLD),
    (PILOT, "end_date", "2019-10-31", "2019-07-29", 9, True, D_JELG, 31000, S_PILOT_NEW),
    (PILOT, "start_date", "2018-09-01", "2018-11-23", 10, True, D_JELG, 32000, S_PILOT_START),
]


def _frame(rows: list[tuple], names: list[str], table: str) -> pd.DataFrame:
    df = pd.DataFrame.from_records(rows, columns=names)
    for c in schemas.get(table).names:
        if c not in df.columns:
            df[c] = pd.NA
    return schemas.validate(schemas.conform(df, table), table)


def seed_tables() -> Tables:
    """A Tables bundle with the hand-checked seed values (a fresh copy on every call)."""
    t = Tables.empty()
    projects = _frame(PROJECTS, ["project_id", "code", "acronym", "title", "programme", "eu_fund", "total_budget_eur",
                                 "eu_funding_eur", "eu_share_pct", "start_date", "end_date", "duration_months_stated",
                                 "beneficiaries", "source_docs"], "projects")
    funding = _frame(FUNDING, ["project_id", "scope", "partner", "source", "amount_eur", "share_pct", "derived",
                               "doc_id", "start", "sentence"], "funding")
    funding["currency"] = pd.array(["EUR"] * len(funding), dtype="string")
    funding["amount_original"] = funding["amount_eur"]
    partners = _frame(PARTNERS, ["project_id", "name", "role", "country", "doc_id", "start", "sentence"], "partners")
    benef = _frame(BENEFICIARIES, ["project_id", "count", "group", "qualifier", "kind", "headline", "doc_id", "start",
                                   "sentence"], "beneficiaries")
    sources = _frame(SOURCES, ["project_id", "field", "value", "published", "article", "used", "doc_id", "start",
                               "sentence"], "sources")
    return Tables(documents=t.documents, projects=projects, funding=funding, partners=partners,
                  beneficiaries=benef, facts=t.facts, sources=sources)


# ------------------------------------------------------------------------------------------ fixtures

@pytest.fixture(scope="module")
def seeds() -> Tables:
    return ind.add_indicators(seed_tables())


def _row(t: Tables, pid: str) -> pd.Series:
    df = t["indicators"]
    return df[df["project_id"] == pid].iloc[0]


# ------------------------------------------------------------------------------------ seed indicators

SEED_VALUES = [
    # project, column, expected (floats compared to 1e-4 relative; None = empty)
    (OCTO, "cost_per_beneficiary_eur", 999.40),  # 705 573.37 ÷ 706 = 999.3957
    (OCTO, "eu_share", 0.8500),  # 599 737.33 ÷ 705 573.37
    (OCTO, "duration_months", 24),  # 01.06.2020. – 31.05.2022.
    (OCTO, "duration_months_stated", 24),
    (OCTO, "budget_per_month_eur", 705573.37 / 24),
    (OCTO, "cost_per_beneficiary_per_month_eur", 705573.37 / 706 / 24),
    (OCTO, "beneficiaries", 706),
    (OCTO, "start_year", 2020),
    (OCTO, "label", "OCTOPUS"),
    (OCTO, "state_share", None),  # breakdown incomplete: only the ERDF part is stated
    (VALUED, "duration_months", 34),  # 01.09.2020.-30.06.2023.
    (VALUED, "duration_months_stated", 18),
    (VALUED, "cost_per_beneficiary_eur", 705810.00 / 800),
    (VALUED, "eu_share", None),  # no EU amount for the whole project
    (RISK, "eu_share", 0.85),  # 561 928.39 ÷ 661 092.24
    (RISK, "duration_months", 29),  # 2020-07-01 … 2022-11-30
    (RISK, "cost_per_beneficiary_eur", None),  # no beneficiaries stated
    (RISK, "label", "RiskChildren"),
    (ATVER, "total_budget_eur", 9412350.00),  # the newest article's amount, never 5 709 424.00
    (ATVER, "eu_share", 0.85),  # 8 000 497.43 ÷ 9 412 350.00
    (ATVER, "state_share", 0.15),  # 1 411 852.57 ÷ 9 412 350.00
    (ATVER, "municipality_share", 0.0),  # ESF 85% + state 15% is complete
    (ATVER, "other_share", 0.0),
    (ATVER, "duration_months", 97),  # 2015-12-01 … 2023-12-31
    (ATVER, "label", "Atver sirdi Zemgalē!"),
    (EEA, "eu_share", 17489.62 / 19479.62),  # 0.8978: stated 90%
    (EEA, "municipality_share", 1990.00 / 19479.62),
    (EEA, "state_share", 0.0),
    (EEA, "eu_share_pct_stated", 90.0),
    (EEA, "duration_months", 12),
    (PILOT, "duration_months", 14),  # 2018-09-01 … 2019-10-31 (October end used)
    (PILOT, "cost_per_beneficiary_eur", None),  # no budget
    (PILOT, "budget_per_month_eur", None),
    (PILOT, "label", "Sabiedrībā balstītu sociālo…"),
]


@pytest.mark.parametrize(("pid", "column", "expected"), SEED_VALUES)
def test_seed_indicator(seeds: Tables, pid: str, column: str, expected: object) -> None:
    got = _row(seeds, pid)[column]
    if expected is None:
        assert pd.isna(got)
    elif isinstance(expected, str):
        assert got == expected
    elif isinstance(expected, int):
        assert int(got) == expected
    else:
        assert float(got) == pytest.approx(expected, rel=1e-4, abs=5e-5)


def test_octopus_cost_per_beneficiary_rounds_to_999_40(seeds: Tables) -> None:
    assert round(float(_row(seeds, OCTO)["cost_per_beneficiary_eur"]), 2) == 999.40
    assert round(float(_row(seeds, OCTO)["eu_share"]), 4) == 0.8500


def test_eea_eu_share_is_89_8_percent(seeds: Tables) -> None:
    assert round(100 * float(_row(seeds, EEA)["eu_share"]), 1) == 89.8


def test_tables_validate_and_rows_are_sorted(seeds: Tables) -> None:
    for name in ("indicators", "partner_shares", "aggregates"):
        schemas.validate(seeds[name], name)
    ids = seeds["indicators"]["project_id"].tolist()
    assert ids == sorted(ids) and len(ids) == len(PROJECTS)


# ---------------------------------------------------------------------------------------- durations

PERIODS = [
    # start, end, months — periods written in the seed pages
    ("2020-06-01", "2022-05-31", 24),  # OCTOPUS 01.06.2020. – 31.05.2022.
    ("2020-09-01", "2023-06-30", 34),  # Valued people 01.09.2020.-30.06.2023.
    ("2020-07-01", "2022-11-30", 29),  # RiskChildren
    ("2015-12-01", "2023-12-31", 97),  # Atver sirdi, newer article
    ("2015-12-01", "2022-12-31", 85),  # Atver sirdi, older article
    ("2018-09-01", "2019-08-31", 12),  # pilot "no 01.09.2018. līdz 31.08.2019"
    ("2018-09-01", "2019-10-31", 14),  # pilot ending "2019.gada oktobrī"
    ("2018-03-01", "2020-02-29", 24),  # SocQuality "no 2018. gada marta līdz 2020.gada februārim"
    ("2015-08-01", "2017-10-31", 27),  # EaSI "27 mēneši, sākot no 2015.gada 1.augusta"
    ("2015-05-01", "2016-04-30", 12),  # EEA family assistants 01.05.2015. -30.04.2016.
    ("2015-08-01", "2015-09-30", 2),  # "Mans budžets" 01.08.2015. -30.09.2015.
    ("2018-02-01", "2019-11-30", 22),  # support person 01.02.2018. … 30.11.2019.
    ("2019-11-01", "2021-01-31", 15),  # "No 2019. gada novembra līdz 2021.gada janvārim"
    ("2020-03-12", "2020-06-09", 3),  # emergency "no 2020.gada 12.marta līdz 9.jūnijam": 90 days
    ("2012-04-01", "2013-11-30", 20),  # "no 2012. gada aprīļa līdz 2013. gada novembrim"
    ("2020-01-01", "2020-01-01", 1),  # one day is at least one month
    ("2020-01-15", "2020-02-14", 1),  # 31 days
    ("2020-01-15", "2020-03-31", 3),  # 77 days = 2.53 months, rounded half up
]


@pytest.mark.parametrize(("start", "end", "months"), PERIODS)
def test_months_between(start: str, end: str, months: int) -> None:
    assert ind.months_between(dt.date.fromisoformat(start), dt.date.fromisoformat(end)) == months
    assert ind.months_between(pd.Timestamp(start), pd.Timestamp(end)) == months


@pytest.mark.parametrize(("start", "end"), [
    ("2023-06-30", "2020-09-01"), (None, "2020-09-01"), ("2020-09-01", None), (pd.NaT, pd.NaT), (None, None)])
def test_months_between_missing_or_reversed_is_none(start: object, end: object) -> None:
    s = pd.Timestamp(start) if isinstance(start, str) else start
    e = pd.Timestamp(end) if isinstance(end, str) else end
    assert ind.months_between(s, e) is None


@settings(max_examples=300, deadline=None)
@given(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)), st.integers(0, 4000))
def test_months_between_properties(start: dt.date, days: int) -> None:
    end = start + dt.timedelta(days=days)
    m = ind.months_between(start, end)
    assert m is not None and m >= 1
    assert abs(m - (days + 1) / ind.DAYS_PER_MONTH) <= 1.0  # never more than a month off the day count


# ------------------------------------------------------------------------------------------- labels

LABELS = [
    # acronym, title, code, project_id, expected
    ("RiskChildren", "Sociālajam riskam pakļauto bērnu un jauniešu integrācija", "LLI-491", "LLI-491", "RiskChildren"),
    (None, "Atver sirdi Zemgalē!", "9.2.2.1/15/I/001", "9.2.2.1/15/I/001", "Atver sirdi Zemgalē!"),
    ("  ", "Ģimenes asistenti Jelgavas pilsētā", None, "x", "Ģimenes asistenti Jelgavas pilsētā"),
    (None, "Sociālo pakalpojumu pieejamības un kvalitātes uzlabošana Vidus-Baltijas reģionā", None, "SocQuality",
     "Sociālo pakalpojumu pieejamības un…"),
    (None, None, "VS/2015/0206", "VS/2015/0206", "VS/2015/0206"),
    (None, "", None, "Mans budžets", "Mans budžets"),
]


@pytest.mark.parametrize(("acronym", "title", "code", "pid", "expected"), LABELS)
def test_short_label(acronym: object, title: object, code: object, pid: str, expected: str) -> None:
    label = ind.short_label(acronym, title, code, pid)
    assert label == expected
    assert len(label) <= ind.LABEL_MAX


# ----------------------------------------------------------------------------------- partner shares

@pytest.mark.parametrize(("pid", "partner", "part", "share"), [
    (RISK, "Jelgavas pilsētas pašvaldība", 352347.97, 352347.97 / 661092.24),  # 0.5330
    (OCTO, "Zemgales Plānošanas reģions", 91462.34, 91462.34 / 705573.37),  # 0.1296
])
def test_partner_shares(seeds: Tables, pid: str, partner: str, part: float, share: float) -> None:
    df = seeds["partner_shares"]
    row = df[(df["project_id"] == pid) & (df["partner"] == partner)].iloc[0]
    assert float(row["part_eur"]) == pytest.approx(part)
    assert float(row["share_of_total"]) == pytest.approx(share)


def test_partner_part_from_its_sources_when_no_total_row() -> None:
    t = seed_tables()
    f = t.funding[~((t.funding["scope"] == "partner") & (t.funding["source"] == "total"))]
    shares = ind.compute_partner_shares(t.projects, f, t.sources)
    row = shares[shares["project_id"] == RISK].iloc[0]
    assert float(row["part_eur"]) == pytest.approx(299495.77 + 17617.40 + 35234.80)  # = 352 347.97


# ------------------------------------------------------------------------------------- funding rows

def test_select_funding_keeps_the_used_version_once() -> None:
    t = seed_tables()
    sel = ind.select_funding(t.funding, t.sources)
    atver = sel[(sel["project_id"] == ATVER) & (sel["scope"] == "whole")].set_index("source")
    assert sorted(atver.index) == ["ESF", "state", "total"]
    assert float(atver.loc["ESF", "amount_eur"]) == pytest.approx(8000497.43)
    assert float(atver.loc["state", "amount_eur"]) == pytest.approx(1411852.57)
    doubled = pd.concat([t.funding, t.funding], ignore_index=True)  # the same figures repeated on a page
    pd.testing.assert_frame_equal(ind.select_funding(doubled, t.sources), sel)


def test_cofinancing_unknown_when_breakdown_incomplete(seeds: Tables) -> None:
    row = _row(seeds, RISK)  # whole scope: only ERDF 85% stated; Jelgava's split is a partner's part
    assert pd.isna(row["state_share"]) and pd.isna(row["municipality_share"]) and pd.isna(row["other_share"])


def test_cofinancing_from_stated_shares_when_amounts_missing() -> None:
    t = seed_tables()
    p = t.projects.copy()
    f = t.funding[(t.funding["project_id"] == ATVER) & t.funding["amount_eur"].isna()]  # the 85% / 15% article
    split = ind.cofinancing_split(p, f)
    row = split[p["project_id"] == ATVER].iloc[0]
    assert float(row["state_share"]) == pytest.approx(0.15)
    assert float(row["municipality_share"]) == 0.0


# ---------------------------------------------------------------------------------------- aggregates

def _agg(t: Tables, dim: str, group: str, indicator: str) -> pd.Series:
    a = t["aggregates"]
    return a[(a["dimension"] == dim) & (a["group"] == group) & (a["indicator"] == indicator)].iloc[0]


def test_amended_budget_is_never_summed_twice(seeds: Tables) -> None:
    esf = _agg(seeds, "fund", "ESF", "total_budget_eur")
    assert int(esf["count"]) == 1 and float(esf["sum"]) == pytest.approx(9412350.00)
    total = _agg(seeds, "all", "all", "total_budget_eur")
    assert float(total["sum"]) == pytest.approx(661092.24 + 705810.00 + 705573.37 + 9412350.00 + 19479.62)
    assert not (seeds["aggregates"]["sum"] == 9412350.00 + 5709424.00).fillna(False).any()


@pytest.mark.parametrize(("dim", "group", "indicator", "count", "total", "median", "lo", "hi"), [
    ("fund", "ERDF", "total_budget_eur", 3, 661092.24 + 705810.00 + 705573.37, 705573.37, 661092.24, 705810.00),
    ("fund", "ERDF", "cost_per_beneficiary_eur", 2, None, (705573.37 / 706 + 705810.00 / 800) / 2,
     705810.00 / 800, 705573.37 / 706),
    ("start_year", "2015", "eu_funding_eur", 2, 8000497.43 + 17489.62, (8000497.43 + 17489.62) / 2, 17489.62,
     8000497.43),
    ("programme", INTERREG, "duration_months", 3, None, 29, 24, 34),
    ("partner", "Jelgavas pilsētas pašvaldība", "part_eur", 1, 352347.97, 352347.97, 352347.97, 352347.97),
    ("partner", "Šauļu pilsētas dome", "total_budget_eur", 1, 661092.24, 661092.24, 661092.24, 661092.24),
    ("all", "all", "beneficiaries", 3, 706 + 800 + 100, 706, 100, 800),
])
def test_aggregates(seeds: Tables, dim: str, group: str, indicator: str, count: int, total: float | None,
                    median: float, lo: float, hi: float) -> None:
    row = _agg(seeds, dim, group, indicator)
    assert int(row["count"]) == count
    assert pd.isna(row["sum"]) if total is None else float(row["sum"]) == pytest.approx(total)
    assert float(row["median"]) == pytest.approx(median)
    assert float(row["min"]) == pytest.approx(lo) and float(row["max"]) == pytest.approx(hi)


def test_aggregates_have_no_duplicate_keys_and_fixed_order(seeds: Tables) -> None:
    a = seeds["aggregates"]
    assert not a.duplicated(["dimension", "group", "indicator"]).any()
    dims = [d for d in ind.DIMENSIONS if d in set(a["dimension"])]
    assert list(dict.fromkeys(a["dimension"])) == dims


# ------------------------------------------------------------------------- purity and determinism

def test_inputs_not_mutated_and_output_deterministic() -> None:
    t = seed_tables()
    before = {n: df.copy(deep=True) for n, df in t.items()}
    a = ind.add_indicators(t)
    for n, df in before.items():
        pd.testing.assert_frame_equal(t[n], df)
    shuffled = Tables(**{n: t[n].sample(frac=1.0, random_state=7).reset_index(drop=True) for n in Tables.EXTRACTED})
    b = ind.add_indicators(shuffled)
    for name in ("indicators", "partner_shares", "aggregates"):
        pd.testing.assert_frame_equal(a[name], b[name])
        assert a[name].to_csv(index=False) == b[name].to_csv(index=False)


def test_empty_tables_give_empty_valid_outputs() -> None:
    t = ind.add_indicators(Tables.empty())
    assert t["indicators"].empty and t["partner_shares"].empty
    assert list(t["aggregates"]["dimension"].unique()) == ["all"]


def test_every_euro_label_says_nominal() -> None:
    for table in (ind.INDICATORS, ind.PARTNER_SHARES, ind.AGGREGATES):
        for c in table.columns:
            if "EUR" in c.unit or c.name in ("sum", "median", "min", "max") or c.name.endswith("_share") \
                    or c.name == "eu_share" or c.name == "share_of_total":
                assert "nominal" in c.en.lower(), c.name
                assert "nomināl" in c.lv.lower(), c.name
            assert c.description_en and c.description_lv
        for name in ind.FORMULAS:
            if name in table.names:
                assert ind.FORMULAS[name] in table.column(name).description_en


def test_api_verbs_do_not_collide_with_modules() -> None:
    import importlib
    import types

    import socreport

    importlib.import_module("socreport.indicators")
    importlib.import_module("socreport.checks")
    # importing the modules leaves the API verbs in place, and the modules stay plain modules
    assert isinstance(socreport.indicators, types.ModuleType) and type(socreport.indicators) is types.ModuleType
    assert isinstance(socreport.checks, types.ModuleType)
    t = socreport.add_indicators(seed_tables())
    assert {"indicators", "partner_shares", "aggregates"} <= set(t.derived)
    assert socreport.add_indicators is socreport.api.add_indicators


def test_derived_schemas_are_known_without_importing_their_modules() -> None:
    import subprocess
    import sys

    code = ("import sys; from socreport import schemas; "
            "print(sorted(t.name for t in schemas.all_tables())); "
            "print('socreport.indicators' in sys.modules, 'socreport.checks' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == str(sorted(["documents", "projects", "funding", "partners", "beneficiaries", "facts", "sources",
                                 "indicators", "partner_shares", "aggregates", "quality", "locations", "operations"]))
    assert out[1] == "False False"


# ------------------------------------------------------------------------------ property tests

_amount = st.one_of(st.none(), st.just(0.0), st.just(float("nan")), st.just(float("inf")),
                    st.floats(-1e9, 1e12, allow_nan=False, allow_infinity=False))
_count = st.one_of(st.none(), st.just(0), st.integers(-5, 10**7))
_date = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))


@st.composite
def _projects(draw) -> pd.DataFrame:
    n = draw(st.integers(0, 6))
    rows = []
    for i in range(n):
        rows.append({
            "project_id": f"P{i}", "code": None, "acronym": draw(st.sampled_from([None, "", "X"])), "title": None,
            "programme": draw(st.sampled_from([None, "", INTERREG, "NVO fonds"])),
            "eu_fund": draw(st.sampled_from([None, "ERDF", "ESF", "EEA", "EaSI"])),
            "total_budget_eur": draw(_amount), "eu_funding_eur": draw(_amount), "eu_share_pct": draw(_amount),
            "start_date": draw(_date), "end_date": draw(_date), "duration_months_stated": draw(_count),
            "beneficiaries": draw(_count), "source_docs": "d",
        })
    df = pd.DataFrame(rows, columns=schemas.PROJECTS.names)
    for c in ("total_budget_eur", "eu_funding_eur", "eu_share_pct"):
        df[c] = pd.to_numeric(df[c]).replace([float("inf")], float("nan"))
    return schemas.conform(df, "projects")


@settings(max_examples=30, deadline=None)
@given(_projects())
def test_indicators_never_raise_and_never_infinite(projects: pd.DataFrame) -> None:
    t = replace_projects(projects)
    out = ind.add_indicators(t)
    df = out["indicators"]
    for c in df.columns:
        if str(df[c].dtype) == "Float64":
            vals = df[c].dropna().astype(float)
            assert not vals.map(math.isinf).any(), c
    for c in ("cost_per_beneficiary_eur", "cost_per_beneficiary_per_month_eur"):
        bad = (projects["beneficiaries"].fillna(0) == 0).to_numpy() | projects["total_budget_eur"].isna().to_numpy()
        assert df.set_index("project_id").loc[projects["project_id"][bad], c].isna().all()
    agg = out["aggregates"]
    assert not agg[["sum", "median", "min", "max"]].astype(float).map(math.isinf).any().any()


@settings(max_examples=200, deadline=None)
@given(st.lists(_amount, min_size=1, max_size=8), st.lists(_amount, min_size=1, max_size=8))
def test_safe_ratio_never_infinite(num: list, den: list) -> None:
    n = min(len(num), len(den))
    r = ind.safe_ratio(pd.Series(num[:n], dtype="float64"), pd.Series(den[:n], dtype="float64"))
    assert str(r.dtype) == "Float64"
    assert not r.dropna().astype(float).map(math.isinf).any()
    assert r[pd.Series(den[:n]).fillna(0).eq(0).to_numpy()].isna().all()


def replace_projects(projects: pd.DataFrame) -> Tables:
    e = Tables.empty()
    return Tables(documents=e.documents, projects=projects, funding=e.funding, partners=e.partners,
                  beneficiaries=e.beneficiaries, facts=e.facts, sources=e.sources)
