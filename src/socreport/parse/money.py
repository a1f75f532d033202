"""Amounts of money and percentages, with their character spans.

Money is a number with a currency next to it, before or after, optionally with a multiplier
(``1,2 milj. eiro``, ``€21.4M``, ``2,8 mln. eurų``, ``15 tūkst. EUR``). Amounts in lats and litas
are converted to nominal euro at the fixed rates (:data:`socreport.config.PER_EUR`), keeping the
amount and currency as written. A dash before an amount (``vertė -1 702 353 Lt``) is punctuation,
never a minus. Currency words, multipliers and percent words are lexicon tables.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..config import PER_EUR
from . import lexicon
from .numbers import NUMBER, NUMBER_BODY, parse_number
from .spans import Fact, Money, Percent, fact


def _alternation(forms: list[str]) -> str:
    # Longest first so that "EUR." wins over "EUR" and "miljonu" over "milj."
    return "|".join(re.escape(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))


def _word(forms: list[str]) -> str:
    """Forms as whole words: a letter form must not continue into more letters."""
    return rf"(?:{_alternation(forms)})(?![^\W\d_])"


def _currency(rows: list[dict[str, str]]) -> str:
    """Currency forms as whole words, ``cs`` forms only as written; a code in capitals may be glued
    to a following capitalised word (``EURThe``)."""
    ci = [r["form"] for r in rows if r["case"] != "cs"]
    cs = [r["form"] for r in rows if r["case"] == "cs"]
    caps = [f for f in ci if len(f) == 3 and f.isalpha() and f.isupper()]
    alts = [_word(ci)] if ci else []
    if cs:
        alts.append(f"(?-i:{_word(cs)})")
    if caps:
        alts.append(rf"(?-i:(?:{_alternation(caps)})(?=[A-ZĀ-Ž][a-zā-ž]))")
    return "(?:" + "|".join(alts) + ")"


@lru_cache(maxsize=1)
def currency_multiples() -> dict[str, tuple[str, float]]:
    """Currency codes glued to a multiplier (``MEUR``, ``kEUR``): form as written -> (currency, factor)."""
    return {r["form"]: (r["currency"], float(r["factor"])) for r in lexicon.load("currency_multiples")}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], dict[str, float]]:
    # the glued multiples ("MEUR") are currency forms matched only as written
    cur_rows = list(lexicon.load("currencies")) + [
        {"form": r["form"], "currency": r["currency"], "position": r["position"], "case": "cs"}
        for r in lexicon.load("currency_multiples")
    ]
    currency_of = {r["form"].casefold(): r["currency"] for r in cur_rows}
    after = [r for r in cur_rows if r["position"] in ("after", "both")]
    before = [r for r in cur_rows if r["position"] in ("before", "both")]
    mult_rows = lexicon.load("multipliers")
    factor_of = {r["form"]: float(r["factor"]) for r in mult_rows}
    mult = rf"(?:[ \u00a0]?(?P<mult>{_word(list(factor_of))}))?"
    # A match starts with a digit or a currency written before the amount: the look-ahead on those
    # characters lets the regex engine skip every other position at once (about 2.5x faster).
    first = "".join(
        sorted(
            {
                re.escape(c)
                for r in before
                if r["form"]
                for c in ({r["form"][0]} if r["case"] == "cs" else {r["form"][0].lower(), r["form"][0].upper()})
            }
        )
    )
    # A currency before the amount bounds it on the left ("EUR151 163,96"), but must itself start a word.
    money = re.compile(
        rf"(?=[\d{first}])(?:(?<![^\W\d_])(?P<cur1>{_currency(before)})[ \u00a0]?(?P<num1>{NUMBER_BODY}){mult.replace('mult', 'mult1')}"
        rf"|(?P<num2>{NUMBER})(?:,[-–])?{mult.replace('mult', 'mult2')}[ \u00a0]?(?P<cur2>{_currency(after)}))",
        re.IGNORECASE,
    )
    pct_forms = list(lexicon.column("percent_words", "form"))
    percent = re.compile(rf"(?=\d)(?P<num>{NUMBER})[ \u00a0]?(?P<pct>{_word(pct_forms)})", re.IGNORECASE)
    return money, percent, currency_of, factor_of


#: Digits grouped by an apostrophe ("EUR 1'200'000", a Swiss way of writing) are not read: no
#: amount rather than one of its groups.
_GROUPED_ON = re.compile(r"['’]\d")


def apostrophe_grouped(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is one group of digits joined by apostrophes."""
    before = start >= 2 and text[start - 1] in "'’" and text[start - 2].isdigit()
    return before or _GROUPED_ON.match(text, end) is not None


def _factor(form: str | None, factor_of: dict[str, float]) -> float:
    if not form:
        return 1.0
    if form in factor_of:
        return factor_of[form]
    for k, v in factor_of.items():  # case-insensitive match, but "M" and "k" only as written
        if k.casefold() == form.casefold() and len(k) > 1:
            return v
    return 1.0


def to_eur(amount: float, currency: str) -> float:
    """Nominal euro for ``amount`` in ``currency`` (EUR, LVL or LTL), rounded to cents."""
    return round(amount / PER_EUR.get(currency, 1.0), 2)


def find_money(text: str) -> list[Fact]:
    """Every amount of money in ``text``: kind ``money``, value :class:`Money`."""
    money, _, currency_of, factor_of = _patterns()
    out: list[Fact] = []
    for m in money.finditer(text):
        if m.group("num1") is not None:
            num, cur, mult, rule = m.group("num1"), m.group("cur1"), m.group("mult1"), "money:currency-before"
        else:
            num, cur, mult, rule = m.group("num2"), m.group("cur2"), m.group("mult2"), "money:currency-after"
        f = _factor(mult, factor_of)
        if mult and f == 1.0:
            # "k"/"M" in the wrong case is a word, not a multiplier: keep the amount only.
            continue
        value = parse_number(num, scaled=bool(mult) or cur in currency_multiples())
        g = "num1" if m.group("num1") is not None else "num2"
        if value is None or apostrophe_grouped(text, m.start(g), m.end(g)):
            continue
        glued = currency_multiples().get(cur)
        if glued is not None:
            if mult:  # "MEUR 1.4 million": not a way amounts are written
                continue
            f = glued[1]
        currency = glued[0] if glued is not None else currency_of.get(cur.casefold(), "EUR")
        amount = round(value * f, 2)
        if mult or glued is not None:
            rule += "+multiplier"
        out.append(fact("money", text, m.start(), m.end(), Money(to_eur(amount, currency), amount, currency), rule))
    return out


def find_percents(text: str) -> list[Fact]:
    """Every percentage in ``text`` (``85%``, ``85 %``, ``3.75 %``, ``85 procenti``)."""
    _, percent, _, _ = _patterns()
    out: list[Fact] = []
    for m in percent.finditer(text):
        value = parse_number(m.group("num"))
        if value is None or value > 1000:
            continue
        out.append(fact("percent", text, m.start(), m.end(), Percent(value), "percent"))
    return out
