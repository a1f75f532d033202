"""The text tables and number formatters of socreport.texts: every text in every language, one reader."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socreport import schemas, texts


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(texts.text_table()))
def test_every_text_in_every_language_with_the_same_fields(key: str) -> None:
    row = texts.text_table()[key]
    assert all(row[lang].strip() for lang in texts.LANGS), key
    assert len({frozenset(_fields(row[lang])) for lang in texts.LANGS}) == 1, (key, [row[x] for x in texts.LANGS])


@pytest.mark.parametrize("check", [c.id for c in schemas.CHECKS])
def test_every_check_has_a_meaning_and_a_message(check: str) -> None:
    assert texts.text(f"meaning.{check}", "lv")
    assert texts.text_or(f"msg.{check}", "en", "") or texts.text_or(f"msg.{check}.project", "en", "")


@pytest.mark.parametrize(("raw", "rows"), [
    ("# a comment\nkey,en,lv\nx,One,Viens\n", [{"key": "x", "en": "One", "lv": "Viens"}]),
    ("key,en\n\n  # an indented comment\nx,\"a, b\"\n", [{"key": "x", "en": "a, b"}]),
    ("key,en\n# the last line is a comment", []),
])
def test_read_commented_csv(raw: str, rows: list[dict[str, str]]) -> None:
    assert texts.read_commented_csv(raw) == rows


def test_text_fills_fields_and_names_unknown_keys_and_languages() -> None:
    assert texts.text("more_not_shown", "en", n=3) == "projects not shown: 3"
    assert texts.text("msg.eu", "lv") == "ES"
    with pytest.raises(KeyError, match="no_such_key"):
        texts.text("no_such_key")
    with pytest.raises(ValueError, match="lang"):
        texts.text("msg.eu", "de")
    assert texts.text_or("no_such_key", "en", "fallback") == "fallback"


def test_a_key_in_two_tables_is_an_error(monkeypatch) -> None:
    monkeypatch.setattr(texts, "TEXT_TABLES", ("plots_text.csv", "plots_text.csv"))
    texts.text_table.cache_clear()
    try:
        with pytest.raises(ValueError, match="defined twice"):
            texts.text_table()
    finally:
        monkeypatch.undo()
        texts.text_table.cache_clear()


@pytest.mark.parametrize(("x", "lang", "expected"), [
    (9412350.0, "en", "9,412,350.00 EUR"),  # as format_number writes it, in the charts too
    (9412350.0, "lv", "9\u00a0412\u00a0350,00 EUR"),
    (-0.5, "en", "-0.50 EUR"),
])
def test_format_eur(x: float, lang: str, expected: str) -> None:
    assert texts.format_eur(x, lang) == expected


@pytest.mark.parametrize(("x", "lang", "expected"), [
    (90.0, "en", "90%"), (89.784, "en", "89.8%"), (89.784, "lv", "89,8%"), (3.75, "lv", "3,8%"),
])
def test_format_stated_percent(x: float, lang: str, expected: str) -> None:
    assert texts.format_stated_percent(x, lang) == expected


@given(st.floats(-1e12, 1e12, allow_nan=False))
def test_formatted_numbers_read_back(x: float) -> None:
    en = texts.format_number(x, "en")
    lv = texts.format_number(x, "lv")
    assert float(en.replace(",", "")) == pytest.approx(round(x, 2), abs=0.006)
    assert lv.replace("\u00a0", "").replace(",", ".") == en.replace(",", "")
