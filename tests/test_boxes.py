"""Amounts without a currency beside them in fact boxes and table rows (the currency in the label or
cents written): real layouts of project pages and synthetic variations, and what is not an amount."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from socreport.parse import find_facts
from socreport.parse.boxes import find_boxed_amounts


def money(text):
    return [(f.raw, f.value.amount_eur, f.value.currency) for f in find_facts(text) if f.kind == "money"]


BOXED_CASES = [
    ("Projekta kopējās izmaksas (EUR) 412 530,18", [("412 530,18", 412530.18, "EUR")]),
    ("| Projekta kopējās izmaksas | 1 234,00 |\n| ERAF finansējums | 1 048,90 |",
     [("1 234,00", 1234.0, "EUR"), ("1 048,90", 1048.9, "EUR")]),
    ("Projekta budžets, EUR: 5 000", [("5 000", 5000.0, "EUR")]),
    ("Total budget (EUR)\n2 630 900", [("2 630 900", 2630900.0, "EUR")]),
    ("Bendra projekto vertė\t2 849 677,25", [("2 849 677,25", 2849677.25, "EUR")]),
    ("Projekta kopējās izmaksas (LVL): 24200", [("24200", 34433.5, "LVL")]),
    ("ES fondų lėšos (Eur) | 244 216,00 |", [("244 216,00", 244216.0, "EUR")]),
    # synthetic variations: a funding source's name alone as the row's label
    ("| ERAF | 85 000,00 |", [("85 000,00", 85000.0, "EUR")]),
    ("ERDF (EUR): 85 000", [("85 000", 85000.0, "EUR")]),
    # synthetic variations (en): the label names a currency glued to its multiplier, the number has
    # no currency or a decimal point that is no cents
    ("Total budget (MEUR): 1.4\nERDF (MEUR): 1.19", [("1.4", 1400000.0, "EUR"), ("1.19", 1190000.0, "EUR")]),
    ("| Total budget, MEUR | 1.40 |", [("1.40", 1400000.0, "EUR")]),
    # synthetic variations: the currency in the head of the number's column ...
    ("| Finansējuma avots | Summa, EUR |\n|---|---|\n| Kopējās izmaksas | 100 000 |\n| ERAF | 85 000 |",
     [("100 000", 100000.0, "EUR"), ("85 000", 85000.0, "EUR")]),
    ("| Finansavimo šaltinis | Suma, Lt |\n| Bendra projekto vertė | 345 280,00 |", [("345 280,00", 100000.0, "LTL")]),
    ("| Source | 2019 | Amount (EUR) |\n| Total budget | 2019 | 100 000 |", [("100 000", 100000.0, "EUR")]),
    # ... or at the end of a heading line above the box
    ("Finansējums (LVL)\nKopējās izmaksas: 24 200\nERAF finansējums: 20 570", [("24 200", 34433.5, "LVL"),
                                                                                 ("20 570", 29268.47, "LVL")]),
    ("Projekto biudžetas, Eur\n\nBendra vertė: 100 000", [("100 000", 100000.0, "EUR")]),
    # a column head naming no currency, a heading that is a sentence or holds a figure: no currency known
    ("| Rādītājs | Skaits |\n| Kopējās izmaksas | 100 000 |", []),
    ("Izmaksas norādītas 2020. gada cenās, EUR\nKopējās izmaksas: 100 000", []),
    # a currency beside the number is the ordinary recogniser's, read once
    ("Kopējās izmaksas: EUR 1 234,00", [("EUR 1 234,00", 1234.0, "EUR")]),
    # not amounts: a year, a count, no budget label, text after the number, whole numbers without a currency
    ("Projekta kopējās izmaksas 2020", []),
    ("Dalībnieku skaits | 1 234,00 |", []),
    ("Projekta kopējās izmaksas 412 530,18 tiks segtas", []),
    ("| Projekta kopējās izmaksas | 1 234 |", []),
    ("Projekts ilga 12,50", []),
]


@pytest.mark.parametrize("text,expected", BOXED_CASES)
def test_boxed_amounts(text, expected):
    assert money(text) == [(r, pytest.approx(v), c) for r, v, c in expected]


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.|\n()EURkopējās izmaksas")), max_size=300))
def test_spans_are_honest(text):
    for f in find_boxed_amounts(text):
        assert text[f.start:f.end] == f.raw
        assert f.value.amount_eur >= 0


@pytest.mark.parametrize("n", [10, 1_000, 20_000])
def test_a_long_table_finds_its_head_once(n):
    # the head row's currency reaches every row of a long table, each row reading one head
    text = "| Pozīcija | Summa, EUR |\n" + "| Projekta kopējās izmaksas | 1 234 |\n" * n
    assert len(find_boxed_amounts(text)) == n


@pytest.mark.parametrize("n", [10, 1_000, 20_000])
def test_many_rows_are_read_in_one_pass(n):
    # a long table: every row read, each looking at its own line only
    text = "| Projekta kopējās izmaksas | 1 234,00 |\n" * n
    assert len(find_boxed_amounts(text)) == n
