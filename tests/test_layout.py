"""Where a value's label is written: same line, the line above (fact boxes, contract cards), a table
row's cell — real excerpts from the development pages and synthetic variations of them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from socreport.parse.layout import LABEL_LINE_MAX, is_navigation, value_label

# (text with the value marked by «, label expected)
LABEL_CASES = [
    # label and value on one line: sentence, colon, dash, glued, table cell
    ("Projekta attiecināmās izmaksas ir «622 522 eiro", "Projekta attiecināmās izmaksas ir "),
    ("Total budget: «2 630 900,00 €", "Total budget: "),
    ("Bendra projekto vertė – «295 654,05 Eur", "Bendra projekto vertė – "),
    ("Projekto vertė«2 849 677,25", "Projekto vertė"),
    ("| Projekta kopējās izmaksas | «1 234,00 |", "| Projekta kopējās izmaksas | "),
    ("Projekta kopējās izmaksas (EUR) «412 530,18", "Projekta kopējās izmaksas (EUR) "),
    # the label alone on the line above, with or without blank lines between
    ("Kopējās projekta izmaksas\n\n«177 839,95 EUR ( ERAF līdzfinansējums151 163,96 EUR)", "Kopējās projekta izmaksas"),
    ("Initial project cost:\n«€229,862\nFinal project cost:\n€221,279", "Initial project cost:"),
    ("EU budget\n«€21.4M\nTotal project cost\n€32.0M", "EU budget"),
    ("Projekta kopējais finansējums \n\n«EUR 791 256.20 (t.sk. ERAF finansējums EUR 672 567.74)", "Projekta kopējais finansējums "),
    ("Bendra projekto tinkamų finansuoti išlaidų suma\n«58 800,00 €", "Bendra projekto tinkamų finansuoti išlaidų suma"),
    ("• Projekto išlaidų suma:\n• «377 799,71 Eur", "• Projekto išlaidų suma:"),
    # a line above that ends a sentence, is long, or lies too far up is no label
    ("Projekts ir pabeigts.\n«100 EUR", ""),
    ("Kopējās izmaksas\n\n\n\n«100 EUR", ""),
    ("x" * (LABEL_LINE_MAX + 1) + "\n«100 EUR", ""),
    ("12 345\n«100 EUR", ""),
    # a line of site navigation above is page chrome, no label (synthetic: breadcrumbs of municipality sites)
    ("Sākums / Jaunumi\n\n«15.03.2019.", ""),
    ("Pradžia » Naujienos\n«2021-05-12", ""),
    ("Home > News\n«12 June 2020", ""),
    ("Projekta sākums\n«01.03.2019.", "Projekta sākums"),
]


@pytest.mark.parametrize("marked,expected", LABEL_CASES)
def test_value_label(marked, expected):
    pos = marked.index("«")
    text = marked.replace("«", "")
    label, start = value_label(text, pos)
    assert label == expected
    assert text[start:start + len(label)] == label


def test_label_never_reaches_before_the_floor():
    text = "Kopējās izmaksas: 100 EUR\n200 EUR"
    pos = text.index("200")
    assert value_label(text, pos, floor=text.index("100") + len("100 EUR")) == ("", pos)
    # the previous value on the same line bounds the label too
    text = "Kopējās izmaksas: 100 EUR, ERAF: 85 EUR"
    pos = text.index("85 ")
    assert value_label(text, pos, floor=text.index(", ERAF"))[0] == ", ERAF: "


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from(list("ab :\n.|•12€")), max_size=300), st.data())
def test_label_is_a_span_of_the_text_before_the_value(text, data):
    pos = data.draw(st.integers(0, len(text)))
    floor = data.draw(st.integers(0, pos))
    label, start = value_label(text, pos, floor)
    assert floor <= start <= pos
    assert text[start:start + len(label)] == label
    assert start + len(label) <= pos


@pytest.mark.parametrize("n", [10, 1_000, 100_000])
def test_work_is_bounded_by_the_label_not_the_text(n):
    # many short lines above the value: only a few are ever looked at, whatever n is
    text = "Kopējās izmaksas\n\n" * n + "100 EUR"
    label, start = value_label(text, len(text) - len("100 EUR"))
    assert label == "Kopējās izmaksas"
    assert start == len(text) - len("100 EUR") - len("Kopējās izmaksas\n\n")


@pytest.mark.parametrize("line,chrome", [
    ("Sākums / Jaunumi", True),
    ("Pradžia » Naujienos » Projektai", True),
    ("Home > Projects", True),
    ("  Naujienos  ", True),
    # a word that is also a date's label is chrome only joined to other navigation words
    ("Sākums", False),
    ("Pradžia", False),
    ("Projekta sākums", False),
    ("Sākums / Jaunumi / 2019", False),
    ("Pradžia: 2020 m. vasario mėn.", False),
    ("Projekto trukmė / Duration", False),
])
def test_navigation_lines(line, chrome):
    assert is_navigation(line) is chrome
