"""Recognisers: pure functions from a string to :class:`~socreport.parse.spans.Fact` lists.

:func:`find_facts` runs every recogniser over one text and resolves overlaps between them, so that
the digits of a code, a date or an amount are never also read as a count or a percentage. It
returns a :class:`FactSet`: all facts in position order, and the facts of each kind with their
value's type (``facts.money`` is a tuple of ``Fact[Money]``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, get_args

from .spans import (
    Code,
    Count,
    DateValue,
    Duration,
    Fact,
    FactKind,
    Fund,
    Money,
    Name,
    Organisation,
    Percent,
    Period,
    SpanIndex,
)

if TYPE_CHECKING:  # pragma: no cover
    from .periods import DateRoles

#: Which kinds a fact of a given kind gives way to when their spans overlap.
_YIELDS_TO: dict[str, frozenset[str]] = {
    "count": frozenset({"code", "date", "period", "money", "percent", "duration"}),
    "percent": frozenset({"code", "date", "period"}),
    "money": frozenset({"code", "date", "period"}),
    "duration": frozenset({"code", "date", "money"}),
    "date": frozenset({"code", "money"}),
}


@dataclass(frozen=True)
class FactSet:
    """The facts of one text: :attr:`all` in position order, and each kind's facts (in the same
    order) typed by their value. Iterating a fact set iterates :attr:`all`."""

    all: tuple[Fact[Any], ...]
    money: tuple[Fact[Money], ...]
    percent: tuple[Fact[Percent], ...]
    date: tuple[Fact[DateValue], ...]
    period: tuple[Fact[Period], ...]
    duration: tuple[Fact[Duration], ...]
    code: tuple[Fact[Code], ...]
    acronym: tuple[Fact[Name], ...]
    title: tuple[Fact[Name], ...]
    fund: tuple[Fact[Fund], ...]
    count: tuple[Fact[Count], ...]
    organisation: tuple[Fact[Organisation], ...]
    #: The roles of the text's dates from the scan that found them (:func:`find_facts`), asked in
    #: the same offsets as the facts; None for a fact set made of facts alone.
    date_roles: DateRoles | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, facts: Iterable[Fact[Any]], date_roles: DateRoles | None = None) -> FactSet:
        """The fact set of ``facts`` (kept in the order given)."""
        every = tuple(facts)
        by: dict[str, list[Fact[Any]]] = {k: [] for k in _KINDS}
        for f in every:
            by[f.kind].append(f)
        return cls(every, **{k: tuple(v) for k, v in by.items()}, date_roles=date_roles)

    def shifted(self, offset: int) -> FactSet:
        """Every fact with its span moved by ``offset`` characters (and the date roles with them)."""
        roles = self.date_roles.shifted(offset) if self.date_roles is not None else None
        return FactSet.of((f.shifted(offset) for f in self.all), roles)

    def __iter__(self) -> Iterator[Fact[Any]]:
        return iter(self.all)

    def __len__(self) -> int:
        return len(self.all)


_KINDS: tuple[str, ...] = get_args(FactKind)


def find_facts(text: str, *, this_year: int | None = None) -> FactSet:
    """All facts in ``text``, sorted by position (start, then longer first, then kind).

    ``this_year`` (the publication year, when known) resolves relative dates such as
    ``šī gada novembrī``; without it they are not read. The text is scanned for dates once: the
    dates, the periods and the dates' roles (:attr:`FactSet.date_roles`) come from that scan."""
    from .acronyms import acronyms_in
    from .boxes import find_boxed_amounts
    from .codes import find_codes
    from .counts import find_counts
    from .dates import dates_in, scan_dates
    from .funds import find_funds
    from .money import find_money, find_percents
    from .name_parts import NameText
    from .names import titles_in
    from .orgs import find_organisations
    from .periods import DateRoles, find_durations, periods_in

    found: list[Fact] = []
    dates = scan_dates(text, this_year=this_year)
    durations = find_durations(text)
    periods = periods_in(dates, durations)
    roles = DateRoles(text, periods_in(dates, durations, plain=True) if dates.has_relative else periods)
    found.extend(periods)
    found.extend(dates_in(dates))
    codes = find_codes(text)
    names = NameText(text, codes)  # the acronyms and the titles read it
    acronyms = acronyms_in(names)
    found.extend(codes)
    money = find_money(text)
    found.extend(money)
    found.extend(find_boxed_amounts(text, money))
    found.extend(find_percents(text))
    found.extend(durations)
    for finder in (find_counts, find_funds):
        found.extend(finder(text))
    found.extend(acronyms)
    found.extend(titles_in(names, acronyms))  # titles read the codes and acronyms found here
    found.extend(find_organisations(text))
    by_kind: dict[str, list[Fact]] = {}
    for f in found:
        by_kind.setdefault(f.kind, []).append(f)
    index = {k: SpanIndex((f.start, f.end) for f in v) for k, v in by_kind.items()}
    kept = []
    for f in found:
        stronger = _YIELDS_TO.get(f.kind, frozenset())
        if any(index[k].overlaps(f.start, f.end) for k in stronger if k in index):
            continue
        kept.append(f)
    kept = sorted(set(kept), key=lambda f: (f.start, -f.end, f.kind, f.rule, f.raw))
    return FactSet.of(kept, roles)


__all__ = ["find_facts", "Fact", "FactSet"]
