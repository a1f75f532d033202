"""Numbers, money and percentages: real sentences from the seeds, then properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from socreport.parse.money import find_money, find_percents, to_eur
from socreport.parse.numbers import find_numbers, parse_number

# (sentence, [(raw, amount as written, currency, euro)])
MONEY_CASES = [
    ("Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR EUR (85%) Eiropas Reģionālā attīstības fonda (ERAF) finansējums.",
     [("661 092.24 EUR", 661092.24, "EUR", 661092.24), ("561 928.39 EUR", 561928.39, "EUR", 561928.39)]),
    ("Jelgavas pilsētas pašvaldības plānotais projekta budžets ir 352 347.97 EUR, t.sk. 299 495.77 EUR (85%) ERAF finansējums, 17 617.40 EUR (5%) ir Valsts budžeta dotācija un 35 234.80 EUR (10%) ir Jelgavas valstspilsētas pašvaldības līdzfinansējums.",
     [("352 347.97 EUR", 352347.97, "EUR", 352347.97), ("299 495.77 EUR", 299495.77, "EUR", 299495.77),
      ("17 617.40 EUR", 17617.40, "EUR", 17617.40), ("35 234.80 EUR", 35234.80, "EUR", 35234.80)]),
    ("Projekta kopējās izmaksas  705 810,00 euro, t.sk.:", [("705 810,00 euro", 705810.0, "EUR", 705810.0)]),
    ("Daugavpils pilsētas pašvaldības iestādes “Sociālais dienests” daļa: 271 564,00 euro, t.sk.:", [("271 564,00 euro", 271564.0, "EUR", 271564.0)]),
    ("Eiropas Reģionālā attīstības fonda finansējums 85% – 230 829,40 euro;", [("230 829,40 euro", 230829.40, "EUR", 230829.40)]),
    ("Valsts budžeta līdzfinansējums 5% – 13 578,20 euro;", [("13 578,20 euro", 13578.20, "EUR", 13578.20)]),
    ("Daugavpils pilsētas domes līdzfinansējums 10% – 27 156,40 euro.", [("27 156,40 euro", 27156.40, "EUR", 27156.40)]),
    ("Projekta kopējais finansējums: 705 573,37 EUR (t.sk. ERAF finansējums 599 737,33 EUR)",
     [("705 573,37 EUR", 705573.37, "EUR", 705573.37), ("599 737,33 EUR", 599737.33, "EUR", 599737.33)]),
    ("Zemgales Plānošanas reģiona finansējums: 91 462.34 EUR (t.sk. ERAF finansējums 77 742.98 EUR).",
     [("91 462.34 EUR", 91462.34, "EUR", 91462.34), ("77 742.98 EUR", 77742.98, "EUR", 77742.98)]),
    ("projekta kopējais budžets ir 791 256,20 EUR, no kuriem 672 576,74 EUR ir ERAF līdzfinansējums.",
     [("791 256,20 EUR", 791256.20, "EUR", 791256.20), ("672 576,74 EUR", 672576.74, "EUR", 672576.74)]),
    ("Projekta kopējās izmaksas ir 9 412 350,00 EUR, no kuriem 85% ir ESF līdzfinansējums (8 000 497,43 EUR) un 15% Valsts budžeta finansējums (1 411 852,57 EUR).",
     [("9 412 350,00 EUR", 9412350.0, "EUR", 9412350.0), ("8 000 497,43 EUR", 8000497.43, "EUR", 8000497.43),
      ("1 411 852,57 EUR", 1411852.57, "EUR", 1411852.57)]),
    ("Projekta kopējais budžets ir 5 709 424.00 euro, no kura 85% finansē Eiropas Sociālais fonds, 15% ir Valsts budžeta finansējums.",
     [("5 709 424.00 euro", 5709424.0, "EUR", 5709424.0)]),
    ("Kopējais Jelgavai pieejamais finansējums: 333 174,60 EUR", [("333 174,60 EUR", 333174.60, "EUR", 333174.60)]),
    ("90% finansējuma nodrošina EEZ finanšu instrumenti (17 489,62 EUR), ko finansiāli atbalsta Islande, Lihtenšteina un Norvēģija, bet 10% (1990,00 EUR) Jelgavas pilsētas pašvaldības līdzfinansējums.",
     [("17 489,62 EUR", 17489.62, "EUR", 17489.62), ("1990,00 EUR", 1990.0, "EUR", 1990.0)]),
    ("Project budget: 90% (17 489.62 EUR) for the EEA Financial Mechanism funding and 10% (1,990 EUR) Jelgava City Council co-financing.",
     [("17 489.62 EUR", 17489.62, "EUR", 17489.62), ("1,990 EUR", 1990.0, "EUR", 1990.0)]),
    ("Projekta finansējuma apmērs: 1 001 524.17 EUR (80% no projekta finansē", [("1 001 524.17 EUR", 1001524.17, "EUR", 1001524.17)]),
    ("Projekta budžets: 100% (1845.09 EUR) Valsts budžeta līdzekļi ar 20% (370.00 EUR) JSLP priekšfinansējumu",
     [("1845.09 EUR", 1845.09, "EUR", 1845.09), ("370.00 EUR", 370.0, "EUR", 370.0)]),
    ("Projekta kopējais finansējums: LVL 83397.18.", [("LVL 83397.18", 83397.18, "LVL", 118663.50)]),
    ("Kopējās izmaksas EUR 791 256.20 apmērā", [("EUR 791 256.20", 791256.20, "EUR", 791256.20)]),
    ("Piešķirti Ls 2700 projekta īstenošanai", [("Ls 2700", 2700.0, "LVL", 3841.75)]),
    ("budžets – 1,2 milj. eiro", [("1,2 milj. eiro", 1200000.0, "EUR", 1200000.0)]),
    ("The programme funds €21.4M of projects", [("€21.4M", 21400000.0, "EUR", 21400000.0)]),
    ("finansējums 15 tūkst. EUR apmērā", [("15 tūkst. EUR", 15000.0, "EUR", 15000.0)]),
    ("Bendras projekto biudžetas – 661 092,24 EUR", [("661 092,24 EUR", 661092.24, "EUR", 661092.24)]),
    ("Total project budget: EUR 1,001,524.17", [("EUR 1,001,524.17", 1001524.17, "EUR", 1001524.17)]),
    ("summa 1.001.524,17 EUR", [("1.001.524,17 EUR", 1001524.17, "EUR", 1001524.17)]),
    # --- money and numbers on real dev pages (area E): Lithuanian and English forms, litas, glue, dashes
    ("177 839,95 EUR ( ERAF līdzfinansējums151 163,96 EUR)",  # a label glued to its value
     [("177 839,95 EUR", 177839.95, "EUR", 177839.95), ("151 163,96 EUR", 151163.96, "EUR", 151163.96)]),
    ("Projekto vertė2 849 677,25 Eur", [("2 849 677,25 Eur", 2849677.25, "EUR", 2849677.25)]),
    ("2 743.822,80 Lt", [("2 743.822,80 Lt", 2743822.80, "LTL", 794666.01)]),  # space and dot mixed
    ("411.574,19 Lt", [("411.574,19 Lt", 411574.19, "LTL", 119200.12)]),
    ("Bendra projekto vertė - 958 611,53 Lt, ES fondų lėšų suma - 814 819,80 Lt.",
     [("958 611,53 Lt", 958611.53, "LTL", 277633.09), ("814 819,80 Lt", 814819.80, "LTL", 235988.13)]),
    ("Preliminari projekto vertė -1 702 353 Lt, ES fondų lėšų suma - 1 447 000 Lt",  # a dash, not a minus
     [("1 702 353 Lt", 1702353.0, "LTL", 493035.51), ("1 447 000 Lt", 1447000.0, "LTL", 419080.17)]),
    ("Bendra projekto vertė - 1 467 300 Lt.", [("1 467 300 Lt", 1467300.0, "LTL", 424959.45)]),
    ("projekto vertė 100 000 LTL", [("100 000 LTL", 100000.0, "LTL", 28962.00)]),
    ("skirta 50 000 litų", [("50 000 litų", 50000.0, "LTL", 14481.00)]),
    ("tinkamų finansuoti išlaidų suma – 2,8 mln. eurų, iš jų ES fondų lėšos – 1,4 mln. eurų",
     [("2,8 mln. eurų", 2800000.0, "EUR", 2800000.0), ("1,4 mln. eurų", 1400000.0, "EUR", 1400000.0)]),
    ("Bendras projekto biudžetas siekia 750973,98 eurų ct. iš kurių 120729,74 eurų ct.",
     [("750973,98 eurų", 750973.98, "EUR", 750973.98), ("120729,74 eurų", 120729.74, "EUR", 120729.74)]),
    ("didžiausia galima projekto tinkamų finansuoti išlaidų suma – 114 215.00 Eur",
     [("114 215.00 Eur", 114215.0, "EUR", 114215.0)]),
    ("skiriama 15 tūkst. eurų", [("15 tūkst. eurų", 15000.0, "EUR", 15000.0)]),
    ("Initial project cost: €229,862", [("€229,862", 229862.0, "EUR", 229862.0)]),  # English thousands comma
    ("From EEA Grants: € 169,260", [("€ 169,260", 169260.0, "EUR", 169260.0)]),
    ("the EU contributes €385k toward a total project cost of €452k",
     [("€385k", 385000.0, "EUR", 385000.0), ("€452k", 452000.0, "EUR", 452000.0)]),
    ("Total budget: 2 630 900,00 €", [("2 630 900,00 €", 2630900.0, "EUR", 2630900.0)]),
    ("a grant of EUR 1.5 million", [("EUR 1.5 million", 1500000.0, "EUR", 1500000.0)]),
    ("ERDF co-financing 6 062 360.38 EURThe total eligible costs", [("6 062 360.38 EUR", 6062360.38, "EUR", 6062360.38)]),
    ("kopējās izmaksas EUR151 163,96", [("EUR151 163,96", 151163.96, "EUR", 151163.96)]),
    ("Projekta vērtība – 100 000 EUR", [("100 000 EUR", 100000.0, "EUR", 100000.0)]),
    ("total of 3.2 million euros", [("3.2 million euros", 3200000.0, "EUR", 3200000.0)]),
    ("Kopā 2020 100 000,00 EUR", [("100 000,00 EUR", 100000.0, "EUR", 100000.0)]),  # a flattened table row: year, amount
    # synthetic variations: English "m" for million after a currency sign, a whole amount closed by ",-"
    ("Total project cost: €1.2m", [("€1.2m", 1200000.0, "EUR", 1200000.0)]),
    ("of which EUR 0.9m from the ERDF", [("EUR 0.9m", 900000.0, "EUR", 900000.0)]),
    ("Projekta kopējās izmaksas: 1 200 000,- EUR", [("1 200 000,- EUR", 1200000.0, "EUR", 1200000.0)]),
    ("Projekto vertė 86 368,- Lt", [("86 368,- Lt", 86368.0, "LTL", 25013.9)]),
    # synthetic variations (en): a currency code glued to its multiplier, before or after the number
    ("Total budget: MEUR 1.4", [("MEUR 1.4", 1400000.0, "EUR", 1400000.0)]),
    ("EU contribution: MEUR 1.19", [("MEUR 1.19", 1190000.0, "EUR", 1190000.0)]),
    ("a budget of 2.5 MEUR", [("2.5 MEUR", 2500000.0, "EUR", 2500000.0)]),
    ("Total cost: 850 kEUR", [("850 kEUR", 850000.0, "EUR", 850000.0)]),
    ("Budget: M€ 3,2", [("M€ 3,2", 3200000.0, "EUR", 3200000.0)]),
]

NO_MONEY = [
    "Projekta īstenošanas laiks: no 2020.gada 1.jūlija līdz 2022. gada 30.novembrim.",
    "Projekta Nr. 9.2.2.1./15/I/001 “Atver sirdi Zemgalē!” mērķis",
    "Tālrunis: +371 63005560",
    "5 °C, 4.9 m/s, 86.5 %",
    "vismaz 706 cilvēkiem ar funkcionālajiem traucējumiem",
    "Projekta līguma numurs: VS/2015/0206",
    "EUROPE 2020 stratēģija",
    "Biržų rajono savivaldybė (LT) ir 3 LT partneriai",  # "LT" is the country, "Lt" the litas
    "2109,80 m² plotas, 10 lt",
    "LLI-491 (2014-2020), EUROPE 2020",
    # digits grouped by apostrophes: no amount rather than one of its groups
    "Projekta kopējās izmaksas: EUR 1'200'000",
    "Projekta kopējās izmaksas: 1'200'000 EUR",
    # a glued multiple with a multiplier word after it is no way of writing an amount
    "MEUR 1.4 million",
]


@pytest.mark.parametrize("sentence,expected", MONEY_CASES)
def test_money_in_real_sentences(sentence, expected):
    got = [(f.raw, f.value.amount, f.value.currency, f.value.amount_eur) for f in find_money(sentence)]
    assert got == [(r, pytest.approx(a), c, pytest.approx(e)) for r, a, c, e in expected]
    for f in find_money(sentence):
        assert sentence[f.start:f.end] == f.raw


@pytest.mark.parametrize("sentence", NO_MONEY)
def test_no_money(sentence):
    assert find_money(sentence) == []


PERCENT_CASES = [
    ("561 928.39 EUR EUR (85%) Eiropas Reģionālā attīstības fonda", [85.0]),
    ("Eiropas Sociālais fonda (85%)un valsts budžeta finansējums (15%)", [85.0, 15.0]),
    ("no kuriem 85% ir ESF līdzfinansējums (8 000 497,43 EUR) un 15% Valsts budžeta finansējums", [85.0, 15.0]),
    ("likme 3.75 % gadā", [3.75]),
    ("ESF līdzfinansējums 85 % apmērā", [85.0]),
    ("(80% no projekta finansē", [80.0]),
    ("90 procentu finansējuma", [90.0]),
    ("atbalsta personas pakalpojums (visbiežāk nepieciešamais pakalpojums – 74%)", [74.0]),
    ("2020.gada 1.jūlija līdz 2022. gada 30.novembrim", []),
]


@pytest.mark.parametrize("sentence,expected", PERCENT_CASES)
def test_percents(sentence, expected):
    assert [f.value.value for f in find_percents(sentence)] == expected


@pytest.mark.parametrize("raw,value", [
    ("661 092.24", 661092.24), ("705 810,00", 705810.0), ("9 412 350,00", 9412350.0), ("1 001 524.17", 1001524.17),
    ("83397.18", 83397.18), ("1990,00", 1990.0), ("1,990", 1990.0), ("1.001.524,17", 1001524.17),
    ("1,001,524.17", 1001524.17), ("3.75", 3.75), ("2700", 2700.0), ("0,5", 0.5), ("17\u00a0489,62", 17489.62),
    ("17\u202f489.62", 17489.62), ("1.524,17", 1524.17), ("1,524.17", 1524.17), ("12a", None), ("", None), ("1 23", None),
])
def test_parse_number(raw, value):
    assert parse_number(raw) == (pytest.approx(value) if value is not None else None)


def test_lats_conversion_rate():
    assert to_eur(0.702804, "LVL") == 1.0
    assert to_eur(83397.18, "LVL") == pytest.approx(118663.50)


def test_litas_conversion_rate():
    assert to_eur(3.4528, "LTL") == 1.0
    assert to_eur(958611.53, "LTL") == pytest.approx(277633.09)


# --- properties --------------------------------------------------------------------------------------

cents = st.integers(min_value=0, max_value=99_999_999_999)  # up to ~1 billion euro


def _group(n: int, sep: str) -> str:
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


@st.composite
def formatted_amounts(draw):
    c = draw(cents)
    whole, frac = divmod(c, 100)
    style = draw(st.sampled_from(["space-dot", "space-comma", "plain-dot", "plain-comma", "cont", "eng", "nbsp-comma"]))
    f = f"{frac:02d}"
    text = {
        "space-dot": f"{_group(whole, ' ')}.{f}",
        "space-comma": f"{_group(whole, ' ')},{f}",
        "plain-dot": f"{whole}.{f}",
        "plain-comma": f"{whole},{f}",
        "cont": f"{_group(whole, '.')},{f}",
        "eng": f"{_group(whole, ',')}.{f}",
        "nbsp-comma": f"{_group(whole, chr(0xA0))},{f}",
    }[style]
    return text, c / 100


@settings(max_examples=400)
@given(formatted_amounts(), st.sampled_from(["EUR", "euro", "eiro"]))
def test_round_trip_of_formatted_amounts(amount, currency):
    text, value = amount
    assert parse_number(text) == pytest.approx(value, abs=1e-9)
    facts = find_money(f"Projekta kopējais budžets ir {text} {currency}, t.sk.")
    assert len(facts) == 1 and facts[0].value.amount_eur == pytest.approx(value, abs=1e-9)


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Z"]), max_size=200))
def test_any_text_never_raises_and_spans_are_valid(text):
    for f in find_money(text) + find_percents(text):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end] == f.raw
    for start, end, _ in find_numbers(text):
        assert 0 <= start < end <= len(text)


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=99))
def test_a_decimal_comma_is_never_read_as_thousands(whole, frac):
    # "12,50" is twelve and a half, never 1250: the 100x error
    assert parse_number(f"{whole},{frac:02d}") == pytest.approx(whole + frac / 100)


@settings(max_examples=200)
@given(formatted_amounts(), st.sampled_from(["-", "- ", "– ", ": ", ":"]),
       st.sampled_from(["vertė", "finansējums", "value", "suma"]), st.sampled_from(["EUR", "eurų", "Lt"]))
def test_a_dash_or_colon_after_a_label_never_changes_the_amount(amount, sep, label, currency):
    text, value = amount
    facts = find_money(f"Projekto {label} {sep}{text} {currency}.")
    assert len(facts) == 1 and facts[0].value.amount == pytest.approx(value, abs=1e-9)


@settings(max_examples=200)
@given(formatted_amounts(), st.sampled_from(["vertė", "līdzfinansējums", "summa"]))
def test_an_amount_glued_to_a_label_is_still_read_whole(amount, label):
    text, value = amount
    facts = find_money(f"Projekto {label}{text} EUR")
    assert len(facts) == 1 and facts[0].value.amount == pytest.approx(value, abs=1e-9)


@pytest.mark.parametrize("n", [10, 100, 1000, 10_000])
def test_long_digit_runs_are_read_in_bounded_work(n):
    # growing adversarial inputs: groups that never end in a currency, dashes, glued letters
    for text in [("vertė-1 234" * n) + " 5" + (" 123" * n) + ".4567 " + ("EUR" * n),
                 "EUR 5" + (" 123" * n) + ".4567 ", "EUR 1 " * n, "1 " * n + "%", "1234 " * n + "EUR",
                 "2020" + (" 123" * n) + ".4567 EUR"]:
        find_money(text)
        find_percents(text)
    assert find_money("x " * n + "1 000 EUR")[0].value.amount == 1000.0
