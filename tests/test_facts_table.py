"""The facts table's value columns: readable ``value``, typed ``number``/``first_day``/``last_day``,
and ``detail``, every field of the value as JSON (never a Python repr). Real sentences of the seed pages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

import socreport
from socreport.parse import find_facts
from socreport.parse import spans
from socreport.pipeline import fact_days, fact_detail, fact_number, format_value

D = dt.date

# sentence, kind, raw, value, number, first_day, last_day, detail
ROWS = [
    ("Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR EUR (85%) Eiropas Reģionālā attīstības fonda (ERAF) finansējums.",
     "money", "661 092.24 EUR", "661092.24 EUR", 661092.24, None, None,
     {"amount": 661092.24, "amount_eur": 661092.24, "currency": "EUR"}),
    ("Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR EUR (85%) Eiropas Reģionālā attīstības fonda (ERAF) finansējums.",
     "percent", "85%", "85%", 85.0, None, None, {"value": 85.0}),
    ("Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR EUR (85%) Eiropas Reģionālā attīstības fonda (ERAF) finansējums.",
     "fund", None, "ERDF", None, None, None, {"is_eu": True, "key": "ERDF"}),
    ("Projekta īstenošanas laiks: 2020. gada 1. jūlijs – 2022. gada 30. novembris.",
     "period", None, "2020-07-01/2022-11-30", None, D(2020, 7, 1), D(2022, 11, 30),
     {"end": "2022-11-30", "start": "2020-07-01"}),
    ("Sociālajam riskam pakļauto bērnu un jauniešu integrācija Jelgavas un Šauļu pilsētas pašvaldībās (RiskChildren) Nr. LLI-491",
     "code", "LLI-491", "LLI-491", None, None, None, {"code": "LLI-491", "scheme": "interreg"}),
    ("Sociālajam riskam pakļauto bērnu un jauniešu integrācija Jelgavas un Šauļu pilsētas pašvaldībās (RiskChildren) Nr. LLI-491",
     "acronym", "RiskChildren", "RiskChildren", None, None, None, {"text": "RiskChildren"}),
]


def _fact(sentence: str, kind: str, raw: str | None):
    found = [f for f in find_facts(sentence) if f.kind == kind and (raw is None or f.raw == raw)]
    assert found, f"no {kind} {raw!r} in {sentence!r}: {[(f.kind, f.raw) for f in find_facts(sentence)]}"
    return found[0]


@pytest.mark.parametrize("sentence, kind, raw, value, number, first, last, detail", ROWS,
                         ids=[f"{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_fact_columns(sentence, kind, raw, value, number, first, last, detail):
    f = _fact(sentence, kind, raw)
    assert format_value(f) == value
    assert fact_number(f) == number
    assert fact_days(f) == (first, last)
    assert json.loads(fact_detail(f)) == detail


def test_organisation_value_is_its_name_not_a_repr():
    sentence = "Projekta vadošais partneris ir Jelgavas pilsētas pašvaldība, partneris – Šauļu pilsētas pašvaldība."
    orgs = [f for f in find_facts(sentence) if f.kind == "organisation"]
    assert orgs
    for f in orgs:
        assert format_value(f) == f.value.name and "Organisation(" not in format_value(f)
        d = json.loads(fact_detail(f))
        assert d == {"name": f.value.name, "country": f.value.country, "lead": f.value.lead}


def test_month_precision_date_covers_the_whole_month():
    f = spans.Fact("date", 0, 8, "2021. gada februāris", spans.DateValue(D(2021, 2, 1), "month"), "test")
    assert format_value(f) == "2021-02" and fact_days(f) == (D(2021, 2, 1), D(2021, 2, 28))
    assert json.loads(fact_detail(f)) == {"date": "2021-02-01", "precision": "month"}


def test_seed_facts_have_no_python_repr_and_typed_columns(raw_dir: Path, tmp_path: Path):
    t = socreport.extract([raw_dir])
    facts = t.facts
    assert not facts["value"].str.contains(r"^[A-Z][A-Za-z]+\(", regex=True).any()
    assert set(facts["kind"]) >= {"money", "organisation", "period", "count"}
    numeric = facts["kind"].isin(["money", "percent", "duration", "count"])
    assert facts.loc[numeric, "number"].notna().all() and facts.loc[~numeric, "number"].isna().all()
    dated = facts["kind"].isin(["date", "period"])
    assert facts.loc[~dated, "first_day"].isna().all()
    assert (facts.loc[dated, "first_day"].notna() | facts.loc[dated, "last_day"].notna()).all()
    for d in facts["detail"]:
        assert isinstance(json.loads(d), dict)
    money = facts[facts["kind"] == "money"]
    assert money["number"].tolist() == [json.loads(d)["amount_eur"] for d in money["detail"]]
    # and through the files: a plain pandas read gives the same typed columns
    t.write(tmp_path)
    back = pd.read_parquet(tmp_path / "facts.parquet")
    assert str(back["number"].dtype) == "Float64" and str(back["first_day"].dtype) == "datetime64[ns]"
    csv_detail = pd.read_csv(tmp_path / "facts.csv", keep_default_na=False)["detail"]
    assert [json.loads(x) for x in csv_detail] == [json.loads(x) for x in facts["detail"]]


_dates = st.dates(min_value=D(1990, 1, 1), max_value=D(2040, 12, 31))
_values = st.one_of(
    st.builds(spans.Money, st.floats(0, 1e9, allow_nan=False), st.floats(0, 1e9, allow_nan=False),
              st.sampled_from(["EUR", "LVL"])),
    st.builds(spans.Percent, st.floats(0, 100, allow_nan=False)),
    st.builds(spans.DateValue, _dates, st.sampled_from(["day", "month", "quarter", "year"])),
    st.builds(spans.Period, st.one_of(st.none(), _dates), st.one_of(st.none(), _dates)),
    st.builds(spans.Duration, st.integers(1, 240)),
    st.builds(spans.Code, st.text(min_size=1), st.sampled_from(["interreg", "esf", "other"])),
    st.builds(spans.Name, st.text(min_size=1)),
    st.builds(spans.Fund, st.sampled_from(["ERDF", "ESF", "state"]), st.booleans()),
    st.builds(spans.Count, st.integers(0, 10 ** 6), st.text(), st.sampled_from(["exact", "about"]),
              st.sampled_from(["people", "staff"])),
    st.builds(spans.Organisation, st.text(min_size=1), st.sampled_from(["", "LV", "LT"]), st.booleans()),
)


def _decode(cls, d: dict):
    out = {}
    for k in dataclasses.fields(cls):
        v = d[k.name]
        out[k.name] = D.fromisoformat(v) if isinstance(v, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", v) and \
            k.name in ("date", "start", "end") else v
    return cls(**out)


@settings(max_examples=200, deadline=None)
@given(_values)
def test_detail_is_json_that_gives_back_the_value(value):
    f = spans.Fact("x", 0, 1, "x", value, "test")
    text = fact_detail(f)
    assert "\n" not in text and _decode(type(value), json.loads(text)) == value
    assert isinstance(format_value(f), str) and type(value).__name__ + "(" not in format_value(f)
