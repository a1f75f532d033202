"""Amounts that fact boxes and tables write without a currency beside them.

A fact box or a table row gives the currency in the label, in a column head, or not at all::

    Projekta kopējās izmaksas (EUR) 412 530,18
    | Projekta kopējās izmaksas | 1 234,00 |

A bare number is an amount here when it ends its line (or table cell), its label
(:func:`socreport.parse.layout.value_label`) is a budget label of ``lexicon/roles.csv`` (a total,
eligible costs, EU money, a partner's part or a budget noun) or the name of a funding source alone
(``| ERAF | 85 000,00 |``, ``ERDF (EUR): 85 000``), and a currency is known. The currency is, in
this order, the one the label names; the one the head of the number's column names in a table
(``| Finansējuma avots | Summa, EUR |``); the one a heading line just above the box names at its
end (``Finansējums (EUR)``, ``Projekta budžets, LVL``); else, for a number written with cents, euro.
Pure function on strings; one pass over the numbers of the text, each looking at its own line, a
few lines above it and the head of its table (found once per table).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from . import labels, lexicon
from .funds import parse_fund
from .layout import LABEL_LINE_MAX, value_label
from .money import apostrophe_grouped, currency_multiples, to_eur
from .numbers import find_numbers, parse_number
from .spans import Fact, Money, SpanIndex, fact

#: Roles of ``roles.csv`` whose labels make a bare number an amount.
AMOUNT_LABELS = ("total", "eligible", "eu", "partner", "budget_noun")
#: What may follow a boxed amount on its line: nothing, a table bar, a closing bracket or a semicolon.
_ENDS_CELL = re.compile(r"[ \t\u00a0]*(?:$|\||;|\)|\n)")
_CENTS = re.compile(r"[.,]\d{2}$")
#: How many lines above a box a heading naming its currency may stand.
HEADING_LINES_MAX = 8
#: What a label may hold around a fund's name for the name alone to be its label.
_LABEL_DECOR = re.compile(r"[|:–—\-\s]+|\([^()]*\)|,\s*[^\W\d_]{2,4}\s*$")


@lru_cache(maxsize=1)
def _currency_in_label() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = lexicon.load("currencies")
    currency_of = {r["form"].casefold(): r["currency"] for r in rows}
    forms = sorted(currency_of, key=lambda f: (-len(f), f))
    alt = "|".join(re.escape(f) for f in forms)
    multiples = sorted(currency_multiples(), key=lambda f: (-len(f), f))
    # a glued multiple ("Total budget (MEUR): 1.4") only as written, before the plain codes
    glued = "|".join(re.escape(f) for f in multiples)
    return re.compile(rf"(?<![^\W\d_])(?:(?-i:{glued})|{alt})(?![^\W\d_])", re.IGNORECASE), currency_of


def _is_amount_label(label: str) -> bool:
    """A budget label of the lexicon, or a funding source's name standing alone (``ERAF``)."""
    if any(labels.has(role, label) for role in AMOUNT_LABELS):
        return True
    body = _LABEL_DECOR.sub(" ", label).strip()
    return bool(body) and len(body) <= 80 and parse_fund(body) is not None


@lru_cache(maxsize=1)
def _heading_currency() -> re.Pattern[str]:
    """A heading line ending with a currency after a comma or in brackets, holding no digit."""
    forms = sorted(
        {r["form"] for r in lexicon.load("currencies") if r["form"][:1].isalpha()}, key=lambda f: (-len(f), f)
    )
    alt = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"^[^\d\n]*[^\W\d_][^\d\n]*(?:,\s*|\(\s*)({alt})\s*\)?\s*:?\s*$", re.IGNORECASE)


class _Tables:
    """The head row of each table (lines starting with ``|``), found once per table."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._top: dict[int, int] = {}  # start of a table line -> start of its table's first line

    def _line(self, start: int) -> str:
        end = self.text.find("\n", start)
        return self.text[start : end if end >= 0 else len(self.text)]

    def top(self, line_start: int) -> int:
        chain = []
        pos = line_start
        while pos not in self._top:
            chain.append(pos)
            if pos == 0:
                break
            prev = self.text.rfind("\n", 0, pos - 1) + 1
            if not self._line(prev).lstrip().startswith("|"):
                break
            pos = prev
        top = self._top.get(pos, pos)
        for p in chain:
            self._top[p] = top
        return top

    def column_head(self, line_start: int, pos: int) -> str:
        """The head cell of the column that ``pos`` (on the table line at ``line_start``) stands in."""
        top = self.top(line_start)
        if top == line_start:
            return ""
        column = self.text.count("|", line_start, pos)
        cells = self._line(top).split("|")
        return cells[column] if column < len(cells) else ""


def _heading_above(text: str, line_start: int) -> str | None:
    """The currency a short heading line a few lines above names at its end (``Finansējums (EUR)``)."""
    end = line_start - 1
    heading = _heading_currency()
    for _ in range(HEADING_LINES_MAX):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if len(line) <= LABEL_LINE_MAX:
            m = heading.match(line.strip())
            if m:
                return m.group(1)
        end = start - 1
    return None


def find_boxed_amounts(text: str, taken: Sequence[Fact] = ()) -> list[Fact[Money]]:
    """Amounts written without a currency in fact boxes and table rows (kind ``money``, rule
    ``money:labelled``), leaving out numbers inside ``taken`` facts (amounts already read)."""
    spans = SpanIndex((f.start, f.end) for f in taken)
    pat, currency_of = _currency_in_label()
    tables = _Tables(text)
    out: list[Fact[Money]] = []
    for start, end, value in find_numbers(text):
        if not _ENDS_CELL.match(text, end) or spans.overlaps(start, end) or apostrophe_grouped(text, start, end):
            continue
        label, _ = value_label(text, start)
        if not label.strip() or not _is_amount_label(label):
            continue
        named = list(pat.finditer(label))
        line_start = text.rfind("\n", 0, start) + 1
        in_table = text[line_start:start].lstrip().startswith("|")
        head = [] if not in_table else list(pat.finditer(tables.column_head(line_start, start)))
        factor = 1.0
        if named and (multiple := currency_multiples().get(named[-1].group())) is not None:
            currency, factor = multiple  # "Total budget (MEUR): 1.4"
            value = parse_number(text[start:end], scaled=True) or value
        elif named:
            currency = currency_of[named[-1].group().casefold()]
        elif head:
            currency = currency_of[head[-1].group().casefold()]
        elif (above := _heading_above(text, line_start)) is not None:
            currency = currency_of[above.casefold()]
        elif _CENTS.search(text[start:end]):
            currency = "EUR"
        else:
            continue
        value = round(value * factor, 2)
        out.append(fact("money", text, start, end, Money(to_eur(value, currency), value, currency), "money:labelled"))
    return out
