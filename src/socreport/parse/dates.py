"""Dates written in Latvian, English and Lithuanian, found with their character spans.

Forms recognised (month names in every grammatical case come from ``lexicon/months.csv``, the words
around the numbers from ``lexicon/date_markers.csv``):

* numeric, day first: ``01.06.2020.``, ``1.6.2020``, ``01/03/2018``, ``01-03-2018`` (a ``/`` date
  that is impossible day-first but valid month-first, ``03/25/2018``, is read month-first);
* ISO-like, year first: ``2020-07-01``, ``2020.07.01``, ``2020/07/01``, ``2009 04 01``;
* numeric month and year (month precision): ``2010/07``, ``10.2016.``, ``12. 2022.``, ``07/2010``;
  ``2019-03`` only in a range of two (``2019-03 – 2021-02``);
* Latvian verbal: ``2020.gada 1.jūlija``, ``2022. gada 30.novembrim``, ``2016. gada 8. jūlijā``
  (day precision), ``2018. gada marta``, ``2019.gada oktobrī``, ``2020. gada februāris`` (month
  precision), ``2020. gadā`` (year precision);
* Lithuanian: ``2020 m. liepos 1 d.`` (day), ``2020 m. liepos mėn.`` / ``2020 m. liepą`` (month),
  ``2020 m.`` (year);
* Lithuanian day, month, year: ``31 gruodžio 2020`` (day);
* English: ``1 July 2020``, ``1st of July 2020``, ``July 1, 2020`` (day), ``March 2018`` (month);
* quarters (quarter precision, the first month's first day in ``date``): ``2021. gada 2. ceturksnī``,
  ``IV ktv. 2018 m.``, ``2018 m. IV ketvirtis``, ``fourth quarter of 2018``, ``Q4 2018``, ``2018 Q4``
  (quarter nouns in ``date_markers.csv``, their numbers in ``date_quarter_numbers.csv``);
* with ``this_year`` given: relative Latvian/Lithuanian years, ``šī gada 1. augusta``,
  ``pērnā gada septembra`` (this year's / last year's).

A date's span never includes role words such as ``līdz`` or ``beigām``;
:func:`socreport.parse.periods.date_role` reads those. Years outside
:data:`YEAR_MIN`–:data:`YEAR_MAX` and impossible days (``31.02.2020``) give no date, and their
text is not re-read as a shorter date. A bare number (``2020``) is no date.

:func:`scan_dates` scans a text once (a :class:`DateScan`); :func:`dates_in`,
:func:`socreport.parse.periods.periods_in` and :class:`socreport.parse.periods.DateRoles` read that
one scan, so :func:`socreport.parse.find_facts` scans an article for dates once, with no cache.
The forms as regular expressions are built in :mod:`socreport.parse.date_patterns`, read as
date-like hits (checked on the calendar) in :mod:`socreport.parse.date_hits`; here the hits are
chosen (leftmost-longest) and become facts. Month names are in :mod:`socreport.parse.months`,
spellings as patterns in :mod:`socreport.parse.spellings`.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable
from dataclasses import dataclass

from socreport.parse.date_hits import (
    YEAR_MAX,
    YEAR_MIN,
    DateHit,
    Region,
    dated_hits,
    month_only_hits,
    partial_hits,
    regions,
    relative_hits,
)
from socreport.parse.spans import DateValue, Fact, fact


def select(hits: Iterable[DateHit]) -> list[DateHit]:
    """Leftmost-longest non-overlapping hits, in text order (invalid hits included, as blockers)."""
    chosen: list[DateHit] = []
    last_end = -1
    for h in sorted(hits, key=lambda h: (h.start, -(h.end - h.start), h.rule)):
        if h.start >= last_end and h.end > h.start:
            chosen.append(h)
            last_end = h.end
    return chosen


@dataclass(frozen=True, slots=True)
class DateScan:
    """One scan of a text for dates, made by :func:`scan_dates` and read by the date, period and
    date-role functions, so that a text is scanned once however many of them read it.

    ``hits`` are the dated hits after overlap resolution and ``with_partial`` those together with
    the year-less day-month hits and lone month names (for ranges); both include the relative
    years (``šī gada novembrī``) when ``this_year`` was given. ``plain_hits`` and
    ``plain_with_partial`` are the same without relative years (identical tuples when the text has
    none). ``regions`` are the stretches around 4-digit numbers the patterns ran on."""

    text: str
    this_year: int | None
    regions: tuple[Region, ...]
    hits: tuple[DateHit, ...]
    with_partial: tuple[DateHit, ...]
    plain_hits: tuple[DateHit, ...]
    plain_with_partial: tuple[DateHit, ...]

    @property
    def has_relative(self) -> bool:
        """Whether relative years were read (then ``hits`` differ from ``plain_hits``)."""
        return self.hits is not self.plain_hits or self.with_partial is not self.plain_with_partial


def scan_dates(text: str, *, this_year: int | None = None) -> DateScan:
    """Scan ``text`` for dates once (see :class:`DateScan`); ``this_year`` (any whole number, or
    None) resolves relative years. A non-string scans as the empty text."""
    text = text if isinstance(text, str) else ""
    year = as_year(this_year)
    where = tuple(regions(text))
    dated = dated_hits(text, where)
    partials = list(partial_hits(text, where))
    plain = tuple(select(dated)), tuple(select(dated + partials + month_only_hits(text, dated)))
    relative = list(relative_hits(text, year)) if year is not None else []
    if not relative:
        return DateScan(text, year, where, plain[0], plain[1], plain[0], plain[1])
    every = dated + relative
    with_partial = tuple(select(every + partials + month_only_hits(text, every)))
    return DateScan(text, year, where, tuple(select(every)), with_partial, plain[0], plain[1])


def as_year(value: object) -> int | None:
    """``value`` as a whole year (any integer type), or None for anything else."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        return None


def scan(text: str, *, partial: bool = False, this_year: int | None = None) -> list[DateHit]:
    """Every date-like hit in ``text`` after overlap resolution, in text order.

    With ``partial`` also day-month hits without a year (for ranges); with ``this_year`` also
    relative years (``šī gada novembrī``). To read one text several ways, scan it once with
    :func:`scan_dates`."""
    if not isinstance(text, str):
        return []
    s = scan_dates(text, this_year=this_year)
    return list(s.with_partial if partial else s.hits)


# --------------------------------------------------------------------------------------------
# Public API


def find_dates(text: str, *, this_year: int | None = None) -> list[Fact]:
    """Every date in ``text`` as a ``date`` fact whose value is a :class:`DateValue`.

    ``this_year`` (optional, e.g. the article's publication year) resolves relative years such as
    ``šī gada novembrī``; without it those are not reported. Never raises."""
    if not isinstance(text, str) or not text:
        return []
    return dates_in(scan_dates(text, this_year=this_year))


def dates_in(scan: DateScan) -> list[Fact]:
    """The ``date`` facts of a :func:`scan_dates` scan (what :func:`find_dates` returns)."""
    out: list[Fact] = []
    for h in scan.hits:
        v = h.value()
        if v is not None:
            out.append(fact("date", scan.text, h.start, h.end, v, h.rule))
    return out


def parse_date(s: str) -> DateValue | None:
    """The date written in ``s`` when the whole of ``s`` (ignoring outer spaces) is one date."""
    if not isinstance(s, str):
        return None
    stripped = s.strip()
    if not stripped:
        return None
    facts = find_dates(stripped)
    if len(facts) == 1 and facts[0].start == 0 and facts[0].end == len(stripped):
        v = facts[0].value
        return v if isinstance(v, DateValue) else None
    return None


__all__ = [
    "YEAR_MAX",
    "YEAR_MIN",
    "DateHit",
    "DateScan",
    "Region",
    "as_year",
    "dates_in",
    "find_dates",
    "parse_date",
    "scan",
    "scan_dates",
    "select",
]
