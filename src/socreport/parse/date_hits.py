"""Date-like stretches of a text, each read as a :class:`DateHit` checked on the calendar.

The patterns of :mod:`socreport.parse.date_patterns` run only near 4-digit numbers
(:func:`regions`): :func:`dated_hits` reads the forms that carry a year, :func:`partial_hits` day
and month without a year, :func:`month_only_hits` lone month names next to a dated hit (both for
ranges only), :func:`relative_hits` the relative years (``šī gada 1. augusta``). Text that looks
like a date but is not one (``31.02.2020``) is an invalid hit, which still stops shorter readings
of the same text. :func:`socreport.parse.dates.scan_dates` chooses among the hits.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from socreport.parse._scan import matches_at, phrase_starts
from socreport.parse.date_patterns import markers, patterns, quarter_numbers
from socreport.parse.months import month_of
from socreport.parse.spans import DatePrecision, DateValue
from socreport.parse.spellings import fold

#: Inclusive range of years accepted as dates.
YEAR_MIN: int = 1990
YEAR_MAX: int = 2100


@dataclass(frozen=True, slots=True)
class DateHit:
    """One date-like stretch of text. ``year`` is None for a day and month written without a year
    (``9.jūnijam``), which only a range can complete; ``valid`` is False for text that looks like a
    date but is not one (``31.02.2020``): such a hit still stops shorter readings of the same text."""

    start: int
    end: int
    rule: str
    year: int | None
    month: int | None
    day: int | None
    valid: bool
    quarter: bool = False  # a quarter of the year: ``month`` is its first month

    @property
    def precision(self) -> DatePrecision:
        if self.quarter:
            return "quarter"
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    def value(self, year: int | None = None) -> DateValue | None:
        """The date, completing a year-less hit with ``year``; None when impossible or out of range."""
        y = self.year if self.year is not None else year
        if not self.valid or y is None:
            return None
        return make_date(y, self.month or 1, 1 if self.day is None else self.day, self.precision)


def make_date(year: int, month: int, day: int, precision: DatePrecision) -> DateValue | None:
    """A :class:`DateValue`, or None when the day does not exist or the year is outside the range."""
    if not YEAR_MIN <= year <= YEAR_MAX:
        return None
    try:
        return DateValue(dt.date(year, month, day), precision)
    except ValueError:
        return None


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _hit(
    m: re.Match[str],
    rule: str,
    year: int | None,
    month: int | None,
    day: int | None,
    end: int | None = None,
    *,
    year_only: bool = False,
    quarter: bool = False,
) -> DateHit:
    """A hit checked on the calendar: the year in range, the month known (unless ``year_only``) and
    the day existing (a year-less day and month is checked in the leap year 2000)."""
    ok = (year_only or month is not None) and (year is None or YEAR_MIN <= year <= YEAR_MAX)
    if ok and month is not None:
        try:
            dt.date(year if year is not None else 2000, month, 1 if day is None else day)
        except ValueError:
            ok = False
    return DateHit(m.start(), m.end() if end is None else end, rule, year, month, day, ok, quarter)


#: Characters searched either side of a 4-digit number; every date form fits well inside.
_PAD = 64
_YEAR_ANCHOR = re.compile(r"\d{4}")

Region = tuple[int, int]


def regions(text: str, pad: int = _PAD) -> list[Region]:
    """Disjoint stretches of ``text`` within ``pad`` characters of a 4-digit number, in order.

    Every dated form holds a 4-digit year, so the patterns only run there; this keeps the scan
    fast on long documents. Year-less day-month forms are only needed next to a dated one."""
    out: list[list[int]] = []
    for m in _YEAR_ANCHOR.finditer(text):
        s, e = max(0, m.start() - pad), min(len(text), m.end() + pad)
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _iter(pat: re.Pattern[str], text: str, where: Iterable[Region]) -> Iterable[re.Match[str]]:
    for s, e in where:
        yield from pat.finditer(text, s, e)


#: What makes an ISO year-month the start (a range to another one follows) or the end of a range.
_ISO_YM_JOIN = r"\s*(?:[–—-]|to|until|till|→)\s*"
_ISO_YM = r"(?:19|20)\d{2}-(?:0[1-9]|1[0-2])"
_ISO_YM_NEXT = re.compile(_ISO_YM_JOIN + _ISO_YM + r"(?![\d/]|[.,-]\d)", re.IGNORECASE)
_ISO_YM_BEFORE = re.compile(r"(?<![\d/+_])" + _ISO_YM + _ISO_YM_JOIN + "$", re.IGNORECASE)


def _dated_hit(m: re.Match[str], branch: str) -> DateHit:
    """The hit for a match of the ``dated`` family's ``branch``."""

    def g(key: str) -> str | None:
        return m.group(f"{branch}__{key}")

    year = int(g("y") or 0)
    if branch == "numeric_dmy":
        d, mo, end, rule = int(g("d") or 0), int(g("m") or 0), m.end(), branch
        if g("dot") and g("sep") != ".":  # "01/03/2018." : the dot ends the sentence
            end -= 1
        if g("sep") == "/" and mo > 12 and d <= 12:  # 03/25/2018 is only possible month first
            d, mo, rule = mo, d, "numeric_mdy"
        return _hit(m, rule, year, mo, d, end)
    if branch == "numeric_ymd":
        return _hit(m, branch, year, int(g("m") or 0), int(g("d") or 0))
    if branch == "numeric_ym_iso":
        # alone, "2011-12" is as often a span of years (a school year) as a month: only a range of
        # two such dates ("2019-03 – 2021-02", "2019-03 to 2021-02") is read
        s, a, b = m.string, m.start(), m.end()
        if not (_ISO_YM_NEXT.match(s, b) or _ISO_YM_BEFORE.search(s[max(0, a - 24) : a])):
            return DateHit(a, b, branch, None, None, None, False)
        return _hit(m, "numeric_ym", year, int(g("m") or 0), None)
    if branch == "numeric_ym_dot":
        return _hit(m, "numeric_ym", year, int(g("m") or 0), None)
    if branch in ("numeric_ym", "numeric_my"):
        slash_dot = branch == "numeric_my" and g("dot") and g("sep") == "/"  # "07/2010." : the dot ends the sentence
        return _hit(m, branch, year, int(g("m") or 0), None, m.end() - 1 if slash_dot else None)
    if branch in ("year_quarter", "year_q", "quarter_year", "q_year"):
        q = int(g("q")) if g("q") else quarter_numbers().get((g("qw") or "").lower(), 0)
        return _hit(m, "quarter", year, 3 * q - 2 if 1 <= q <= 4 else None, None, quarter=True)
    if branch == "year_part":
        return DateHit(m.start(), m.end(), branch, None, None, None, False)
    if branch == "verbal_year":
        return _hit(m, branch, year, None, None, year_only=True)
    if branch == "verbal":
        if g("d") and g("d2"):  # a day both before and after the month: not a date
            return DateHit(m.start(), m.end(), branch, None, None, None, False)
        day = _int(g("d") or g("d2"))
        return _hit(m, "verbal_day" if day else "verbal_month", year, month_of(g("m") or ""), day)
    # English: en_dmy, en_mdy, en_my, en_ym
    return _hit(m, branch, year, month_of(g("m") or ""), _int(g("d")) if branch not in ("en_my", "en_ym") else None)


@lru_cache(maxsize=1)
def _relative_offsets() -> Mapping[str, int]:
    out: dict[str, int] = {}
    for kind, off in (("year_this", 0), ("year_last", -1), ("year_next", 1)):
        for form in markers(kind):
            out[" ".join(fold(form).split())] = off
    return out


@lru_cache(maxsize=1)
def _relative_forms() -> tuple[str, ...]:
    """The relative-year markers (``šī gada``, ``pernai``), for :func:`socreport.parse._scan.phrase_starts`."""
    return markers("year_this") + markers("year_last") + markers("year_next")


def _relative_matches(text: str) -> Iterable[re.Match[str]]:
    """``patterns().relative.finditer(text)``, tried only where a marker stands: a match starts
    with a marker, so matching at those offsets (skipping any inside the previous match) finds
    the same matches as the scan of every position."""
    pat = patterns().relative
    starts = phrase_starts(text, _relative_forms())
    if starts is None:
        return (m for m in pat.finditer(text) if m.end() > m.start())
    return matches_at(pat, text, starts)


def relative_hits(text: str, this_year: int) -> Iterable[DateHit]:
    for m in _relative_matches(text):
        if m["d"] and m["d2"]:
            continue
        off = _relative_offsets().get(" ".join(fold(m["rel"]).split()), 0)
        day = _int(m["d"] or m["d2"])
        yield _hit(m, "relative_day" if day else "relative_month", this_year + off, month_of(m["m"]), day)


def partial_hits(text: str, where: Iterable[Region]) -> Iterable[DateHit]:
    fam = patterns().partial
    for m in _iter(fam.regex, text, where):
        b = fam.which(m)
        yield _hit(m, b, None, month_of(m.group(f"{b}__m") or ""), int(m.group(f"{b}__d") or 0))


#: Characters searched for a lone month name either side of a dated hit ("no … līdz decembrim").
_MONTH_ONLY_REACH = 40


def month_only_hits(text: str, dated: list[DateHit]) -> list[DateHit]:
    """Lone month names within reach of a valid dated hit, the only place a range can use them."""
    where: list[list[int]] = []
    for h in sorted((h for h in dated if h.valid), key=lambda h: h.start):
        s, e = max(0, h.start - _MONTH_ONLY_REACH), min(len(text), h.end + _MONTH_ONLY_REACH)
        if where and s <= where[-1][1]:
            where[-1][1] = max(where[-1][1], e)
        else:
            where.append([s, e])
    return [
        _hit(m, "month_only", None, month_of(m["m"]), None)
        for m in _iter(patterns().month_only, text, [(s, e) for s, e in where])
    ]


def dated_hits(text: str, where: Iterable[Region]) -> list[DateHit]:
    """The hits of the forms that carry a 4-digit year, searched in the regions ``where``."""
    fam = patterns().dated
    return [_dated_hit(m, fam.which(m)) for m in _iter(fam.regex, text, where)]
