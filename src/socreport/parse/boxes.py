"""Amounts that fact boxes and tables write without a currency beside them.

A fact box or a table row gives the currency in the label, in a column head, or not at all::

    Projekta kopējās izmaksas (EUR) 412 530,18
    | Projekta kopējās izmaksas | 1 234,00 |

A bare number is an amount here when it ends its line (or table cell), its label
(:func:`socreport.parse.layout.value_label`) is a budget label of ``lexicon/roles.csv`` (a total,
eligible costs, EU money, a partner's part or a budget noun) and either the label names a currency
(the amount is in that currency) or the number is written with cents (then in euro). Pure
function on strings; one pass over the numbers of the text, each looking at its own line only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from . import labels, lexicon
from .layout import value_label
from .money import to_eur
from .numbers import find_numbers
from .spans import Fact, Money, SpanIndex, fact



#: Roles of ``roles.csv`` whose labels make a bare number an amount.
AMOUNT_LABELS = ("total", "eligible", "eu", "partner", "budget_noun")
#: What may follow a boxed amount on its line: nothing, a table bar, a closing bracket or a semicolon.
_ENDS_CELL = re.compile(r"[ \t\u00a0]*(?:$|\||;|\)|\n)")
_CENTS = re.compile(r"[.,]\d{2}$")


@lru_cache(maxsize=1)
def _currency_in_label() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = lexicon.load("currencies")
    currency_of = {r["form"].casefold(): r["currency"] for r in rows}
    forms = sorted(currency_of, key=lambda f: (-len(f), f))
    alt = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<![^\W\d_])(?:{alt})(?![^\W\d_])", re.IGNORECASE), currency_of


def find_boxed_amounts(text: str, taken: Sequence[Fact] = ()) -> list[Fact[Money]]:
    """Amounts written without a currency in fact boxes and table rows (kind ``money``, rule
    ``money:labelled``), leaving out numbers inside ``taken`` facts (amounts already read)."""
    spans = SpanIndex((f.start, f.end) for f in taken)
    pat, currency_of = _currency_in_label()
    out: list[Fact[Money]] = []
    for start, end, value in find_numbers(text):
        if not _ENDS_CELL.match(text, end) or spans.overlaps(start, end):
            continue
        label, _ = value_label(text, start)
        if not label.strip() or not any(labels.has(role, label) for role in AMOUNT_LABELS):
            continue
        named = list(pat.finditer(label))
        if named:
            currency = currency_of[named[-1].group().casefold()]
        elif _CENTS.search(text[start:end]):
            currency = "EUR"
        else:
            continue
        out.append(fact("money", text, start, end, Money(to_eur(value, currency), value, currency), "money:labelled"))
    return out
