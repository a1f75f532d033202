"""Facts found in text, each with its character span and the rule that produced it.

Everything in ``socreport.parse`` works on plain strings and returns these objects; nothing here
knows about pandas. Offsets are Python string indices into the text handed to the recogniser
(for a whole document: :attr:`socreport.sources.Document.text`, the normalised text).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

FactKind = Literal[
    "money",
    "percent",
    "date",
    "period",
    "duration",
    "code",
    "acronym",
    "title",
    "fund",
    "count",
    "organisation",
]
DatePrecision = Literal["day", "month", "quarter", "year"]
Qualifier = Literal["exact", "at_least", "at_most", "about"]
CountKind = Literal["people", "families", "staff", "other"]


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of money. ``amount_eur`` is nominal euro (lats converted at the fixed rate)."""

    amount_eur: float
    amount: float  # as written, after multipliers (tūkst., milj.)
    currency: str  # "EUR" or "LVL"


@dataclass(frozen=True, slots=True)
class Percent:
    value: float  # 85.0 for "85%"


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar date as written. Month-precision dates carry day=1 in ``date``; a quarter
    (``IV ketvirtis``, ``Q4 2018``) is its first month's first day."""

    date: dt.date
    precision: DatePrecision

    def first_day(self) -> dt.date:
        if self.precision == "year":
            return dt.date(self.date.year, 1, 1)
        if self.precision in ("month", "quarter"):
            return self.date.replace(day=1)
        return self.date

    def last_day(self) -> dt.date:
        if self.precision == "year":
            return dt.date(self.date.year, 12, 31)
        if self.precision in ("month", "quarter"):
            last = self.date.month + (2 if self.precision == "quarter" else 0)
            nxt = dt.date(self.date.year + (last == 12), last % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return self.date


@dataclass(frozen=True, slots=True)
class Period:
    """A start–end range; month-only starts resolve to the first day, month-only ends to the last."""

    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True, slots=True)
class Duration:
    months: int


@dataclass(frozen=True, slots=True)
class Code:
    """A project or contract number; ``code`` is normalised so two spellings compare equal."""

    code: str
    scheme: (
        str  # a scheme of lexicon code_schemes.csv ("interreg", "esf", "leader", "lt-2014", ...), "contract" or "other"
    )


@dataclass(frozen=True, slots=True)
class Name:
    """An acronym (``RiskChildren``) or a quoted project title."""

    text: str


@dataclass(frozen=True, slots=True)
class Fund:
    """A funding source. ``key`` is an EU fund (ERDF, ESF, EEA, Norway, EaSI, EAFRD, CF) or one
    of ``state``, ``municipality``, ``own``."""

    key: str
    is_eu: bool


@dataclass(frozen=True, slots=True)
class Count:
    n: int
    group: str  # the noun as written, lower case, e.g. "cilvēkiem", "jaunieši"
    qualifier: Qualifier
    kind: CountKind


@dataclass(frozen=True, slots=True)
class Organisation:
    """A named organisation (municipality, planning region, institution) in its dictionary form
    (head noun in the nominative); the text as written is the fact's ``raw``.

    ``country`` is an ISO code (LV, LT) where the name makes it clear, else ""; ``lead`` is True
    where the text itself calls it the lead partner."""

    name: str
    country: str
    lead: bool


#: The type of a fact's value: ``Fact[Money]`` is an amount, ``Fact[Count]`` a count of people, ...
V = TypeVar("V", Money, Percent, DateValue, Period, Duration, Code, Name, Fund, Count, Organisation)


@dataclass(frozen=True, slots=True)
class Fact(Generic[V]):
    kind: FactKind
    start: int
    end: int
    raw: str
    value: V
    rule: str

    def shifted(self, offset: int) -> Fact[V]:
        """The same fact with its span moved by ``offset`` characters."""
        return Fact(self.kind, self.start + offset, self.end + offset, self.raw, self.value, self.rule)


def fact(kind: FactKind, text: str, start: int, end: int, value: V, rule: str) -> Fact[V]:
    """Build a fact whose ``raw`` is exactly ``text[start:end]``."""
    return Fact(kind, start, end, text[start:end], value, rule)


class SpanIndex:
    """Spans ``(start, end)`` sorted once, for "does any of them overlap [start, end)?" in O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        # running maximum of ends, so the last span starting before `end` tells about all earlier ones
        self.max_end: list[int] = []
        m = -1
        for _, b in ordered:
            m = max(m, b)
            self.max_end.append(m)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.max_end[i] > start
