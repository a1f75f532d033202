"""Date ranges, durations in months, and the role (start, end, published) of a single date.

* :func:`find_periods` — ``period`` facts, value :class:`Period` with resolved calendar dates:
  ``no 2020.gada 1.jūlija līdz 2022. gada 30.novembrim``, ``01.06.2020. – 31.05.2022.``,
  ``2016.gada 8.jūlijs (…) – 2018.gada 31.oktobris``, ``from 1 July 2020 to 30 November 2022``,
  ``nuo 2020 m. liepos 1 d. iki 2022 m. lapkričio 30 d.``; an end written without its year
  (``no 2020.gada 12.marta līdz 9.jūnijam``) takes the start's year (the next one if it would
  otherwise end before it starts) and vice versa; year ranges ``2014.-2020.gadam`` (rule
  ``year_range``); and a duration with its start, ``27 mēneši, sākot no 2015.gada 1.augusta``
  (rule ``duration_start``, end = start + 27 months − 1 day).
  A month-precision start is the month's first day, a month-precision end its last day
  (``2020. gada februāris`` → 2020-02-29), a year-precision end 31 December.
* :func:`find_durations` — ``duration`` facts, value :class:`Duration` in months: ``24 mēneši``,
  ``12 mēnešu``, ``24 months``, ``24-month``, ``24 mėnesiai``, also written out (``divpadsmit
  mēneši``, ``eighteen-month``, ``dvidešimt keturių mėnesių``, lexicon ``number_words.csv``); ages (``24 mēnešu vecumā``) and
  number ranges (``6-12 mēneši``) are not durations.
* :func:`date_role` — ``start``, ``end``, ``published`` or ``other`` (a signature, an approval, a
  deadline) from keywords next to a date, or on the label line above a date that starts its line.

The words come from ``lexicon/date_markers.csv``, ``date_duration_units.csv`` and
``date_roles.csv``. Period spans cover the whole range including its opening word (``no``,
``from``, ``nuo``); the single dates inside are still reported by
:func:`socreport.parse.dates.find_dates`. No function here raises on any string.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Literal

from socreport.parse._scan import finditer_at_literals, safe_lower
from socreport.parse.columns import column_label
from socreport.parse.date_patterns import markers
from socreport.parse.dates import YEAR_MAX, YEAR_MIN, DateHit, DateScan, Region, scan_dates
from socreport.parse.layout import value_label
from socreport.parse.lexicon import load
from socreport.parse.number_words import number_words, words_value
from socreport.parse.spans import DateValue, Duration, Fact, Period, fact
from socreport.parse.spellings import alternation

Role = Literal["start", "end", "published", "other"]

_FLAGS = re.IGNORECASE
#: Longest stretch of text a range's opening word (``no``, ``from``) is looked for in.
_PREFIX_WINDOW = 40
#: Longest parenthetical allowed between the two ends of a range: ``8.jūlijs (… datums) – …``.
_PAREN = r"(?:\([^()\n]{0,120}\)\s*)?"
#: A number just before a unit-first duration: the unit is that number's ("24 mēneši – 12 dalībnieki").
_NUMBER_BEFORE = re.compile(r"\d[ \t]*(?:-[ \t]*)?\(?[ \t]*$")


# --------------------------------------------------------------------------------------------
# Calendar arithmetic


def add_months(d: dt.date, months: int) -> dt.date:
    """``d`` moved by ``months`` calendar months; a day past the target month's end is clamped
    to that month's last day (2020-01-31 + 1 month = 2020-02-29)."""
    y, m0 = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m0 + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def duration_end(start: dt.date, months: int) -> dt.date:
    """Last day of a span of ``months`` months beginning on ``start``:
    ``add_months(start, months) - 1 day`` (2015-08-01 + 27 months → 2017-10-31)."""
    return add_months(start, months) - dt.timedelta(days=1)


# --------------------------------------------------------------------------------------------
# Patterns


@dataclass(frozen=True, slots=True)
class _Patterns:
    gap: re.Pattern[str]
    prefix: re.Pattern[str]
    year_range: re.Pattern[str]
    duration: re.Pattern[str]
    duration_words: re.Pattern[str]
    unit_first: re.Pattern[str]
    age_after: re.Pattern[str]
    number_range_before: re.Pattern[str]
    duration_start: re.Pattern[str]
    month_after: re.Pattern[str]


@lru_cache(maxsize=1)
def _between_prefixes() -> frozenset[str]:
    return frozenset(" ".join(f.lower().split()) for f in markers("range_prefix_between"))


def _units(kind: str) -> tuple[str, ...]:
    return tuple(r["form"] for r in load("date_duration_units") if r["kind"] == kind)


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    """Range, year-range and duration patterns, compiled once from the lexicon tables."""
    infix = alternation(markers("range_infix"))
    between = alternation(markers("range_infix_between"))
    prefix = alternation(markers("range_prefix") + markers("range_prefix_between"))
    year_alone = alternation(markers("year_alone"))
    month_units = sorted(set(_units("month")), key=len, reverse=True)
    unit = "(?:" + "|".join(re.escape(u) for u in month_units) + r")(?!\w)"
    initials = "".join(sorted({re.escape(c) for u in month_units for c in (u[0].lower(), u[0].upper())}))
    initials += "".join(sorted({re.escape(c) for w in _units("between") for c in (w[0].lower(), w[0].upper())}))
    # between the number and its unit: an adjective ("kalendārie") or the number written out in brackets
    inner = (
        r"(?:(?:"
        + "|".join(re.escape(w) for w in sorted(_units("between"), key=len, reverse=True))
        + r")\s+|\([^\d()\n]{2,40}\)\s*)?"
    )
    return _Patterns(
        gap=re.compile(r"\.?\s*" + _PAREN + r"(?:(?P<inf>" + infix + r")|(?P<and>" + between + r"))\s*", _FLAGS),
        prefix=re.compile(r"(?P<pre>" + prefix + r")\s*$", _FLAGS),
        year_range=re.compile(
            r"(?<![\d/+_])(?<!\d[.,:-])(?P<y1>\d{4})\s*(?:\.\s*)?"
            + infix
            + r"\s*(?P<y2>\d{4})\s*(?:\.\s*)?"
            + year_alone,
            _FLAGS,
        ),
        # starts by consuming a digit (so the regex engine can skip to digits fast), then checks
        # what stood before it; the look-ahead on the units' first letters drops other numbers early
        duration=re.compile(
            r"(?P<n>\d(?<![\d/+_]\d)(?<!\d[.,]\d)(?=\d{0,2}\s*(?:-\s*)?[" + initials + r"(])"
            r"\d{0,2})\s*(?:-\s*)?" + inner + "(?P<u>" + unit + ")",
            _FLAGS,
        ),
        # the number written out: "divpadsmit mēneši", "eighteen-month", "dvidešimt keturių mėnesių"
        duration_words=re.compile(
            r"(?<![\w-])(?P<n>" + number_words() + r")(?:[ \t]*-[ \t]*|\s+)" + inner + "(?P<u>" + unit + ")", _FLAGS
        ),
        # the unit in the label, the number after it: "ilgums (mēneši): 24", "| Projekta ilgums (mēnešos)
        # | 24 |"; or after it on its line or on the next: "Trukmė (mėn.)" / "24", "Duration in months" /
        # "24", "Duration in months 30" (unbracketed: only when the number is all the rest of its line)
        unit_first=re.compile(
            r"(?:\(\s*(?:" + unit + r")\s*\)[ \t]*(?:[:|–—-][ \t]*(?:\|[ \t]*)?|\n[ \t]*)"
            r"|(?:in\s+)?(?:" + unit + r")[ \t]*[:|–—-][ \t]*(?:\|[ \t]*)?"
            r"|(?:in\s+)?(?:" + unit + r")(?:[ \t]*\n[ \t]*|[ \t]+)(?=\d{1,3}[ \t]*(?:\n|$)))"
            r"(?P<n>\d{1,3})(?![\d.,/]?\d)(?![ \t]*[%\w])",
            _FLAGS,
        ),
        age_after=re.compile(r"\s*" + alternation(_units("age")), _FLAGS),
        number_range_before=re.compile(r"\d\s*[-–—]\s*$"),
        duration_start=re.compile(r"[\s,(]*" + alternation(markers("duration_start")) + r"\s*", _FLAGS),
        month_after=re.compile(r"\s*" + alternation(markers("month_after")), _FLAGS),
    )


# --------------------------------------------------------------------------------------------
# Durations


def find_durations(text: str) -> list[Fact]:
    """Every stated duration in months as a ``duration`` fact (value :class:`Duration`)."""
    if not isinstance(text, str) or not text:
        return []
    p = patterns()
    out: list[Fact] = []
    for m in p.duration.finditer(text):
        n = int(m["n"])
        if n <= 0:
            continue
        if p.age_after.match(text, m.end()):
            continue
        if p.number_range_before.search(text, max(0, m.start() - 4), m.start()):
            continue
        out.append(fact("duration", text, m.start(), m.end(), Duration(n), "months"))
    for m in finditer_at_literals(p.duration_words, text, low := safe_lower(text)):
        n = words_value(m["n"]) or 0
        if n > 0 and not p.age_after.match(text, m.end()):
            out.append(fact("duration", text, m.start(), m.end(), Duration(n), "months_in_words"))
    for m in finditer_at_literals(p.unit_first, text, low):
        n = int(m["n"])
        # a unit after a number belongs to that number ("24 mēneši – 12 dalībnieki")
        if n <= 0 or _NUMBER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        out.append(fact("duration", text, m.start(), m.end(), Duration(n), "months_in_label"))
    out.sort(key=lambda f: (f.start, f.end))
    return out


# --------------------------------------------------------------------------------------------
# Periods


def _prefix_start(text: str, start: int) -> tuple[int, str]:
    """Where a range's opening word just before ``start`` begins (or ``start``), and the word."""
    lo = max(0, start - _PREFIX_WINDOW)
    m = patterns().prefix.search(text, lo, start)
    return (m.start("pre"), " ".join(m["pre"].lower().split())) if m else (start, "")


def _resolve(a: DateHit, b: DateHit) -> tuple[DateValue, DateValue] | None:
    """Both ends as dates, a year-less end taking the other's year so that start <= end."""
    if a.year is None and b.year is None:
        return None
    if a.year is None:
        vb = b.value()
        if vb is None:
            return None
        va = a.value(vb.date.year)
        if va is not None and va.first_day() > vb.last_day():
            va = a.value(vb.date.year - 1)
    elif b.year is None:
        va = a.value()
        if va is None:
            return None
        vb = b.value(va.date.year)
        if vb is not None and vb.last_day() < va.first_day():
            vb = b.value(va.date.year + 1)
    else:
        va, vb = a.value(), b.value()
    if va is None or vb is None:
        return None
    return va, vb


def _ranges(text: str, hits: tuple[DateHit, ...]) -> list[Fact]:
    p = patterns()
    out: list[Fact] = []
    i = 0
    while i + 1 < len(hits):
        a, b = hits[i], hits[i + 1]
        g = p.gap.fullmatch(text, a.end, b.start) if a.valid and b.valid else None
        pre_start, pre = _prefix_start(text, a.start) if g else (a.start, "")
        if g and g["and"] and pre not in _between_prefixes():
            g = None
        if (
            g
            and "month_only" in (a.rule, b.rule)
            and not (
                g["and"]
                or g["inf"].isalpha()
                or _month_dash(text, a, b)
                or (a.rule == "month_only" and text[a.start].isupper() and b.day is None and b.year is not None)
            )
        ):
            # a bare month name joins a range only through a word ("līdz", "to"), not a spaced dash —
            # but a capitalised month before a dash and a month of a year is one: "March – December 2019"
            g = None
        ends = _resolve(a, b) if g else None
        if ends is not None:
            start, end = ends[0].first_day(), ends[1].last_day()
            if start <= end:
                out.append(fact("period", text, pre_start, b.end, Period(start, end), f"range:{a.rule}-{b.rule}"))
                i += 2
                continue
        i += 1
    return out


_LETTERS = re.compile(r"[^\W\d_]+")


def _month_dash(text: str, a: DateHit, b: DateHit) -> bool:
    """A dash joins a bare month name to a range when it is written tight between two month names
    ("2024 m. sausio–gruodžio mėn.", "January–June 2024", "2024. gada janvārī–jūnijā") or the bare
    month closing the range is followed by the word "month" ("2024 m. sausio – gruodžio mėn."); a
    dash before a name that only looks like a month is no range ("2020. gada 1. jūlija – Maija
    Ozola", and tight only when both words are written in the same case)."""
    if not any(ch.isspace() for ch in text[a.end : b.start]):
        words = _LETTERS.findall(text, a.start, a.end)
        return bool(words) and words[-1][0].isupper() == text[b.start].isupper()
    return b.rule == "month_only" and patterns().month_after.match(text, b.end) is not None


def _year_ranges(text: str, where: tuple[Region, ...]) -> list[Fact]:
    out: list[Fact] = []
    pat = patterns().year_range
    for m in (m for lo, hi in where for m in pat.finditer(text, lo, hi)):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if not YEAR_MIN <= y1 <= y2 <= YEAR_MAX:
            continue
        a, b = DateValue(dt.date(y1, 1, 1), "year"), DateValue(dt.date(y2, 1, 1), "year")
        s, _ = _prefix_start(text, m.start())
        out.append(fact("period", text, s, m.end(), Period(a.first_day(), b.last_day()), "year_range"))
    return out


def _duration_periods(text: str, hits: tuple[DateHit, ...], ranges: list[Fact], durations: list[Fact]) -> list[Fact]:
    """``27 mēneši, sākot no 2015.gada 1.augusta``: the end derived from the duration, unless the
    start date opens a stated range (``… sākot no X līdz Y``), which then stands."""
    by_start = {h.start: h for h in hits if h.valid and h.year is not None}
    in_range = [(r.start, r.end) for r in ranges]
    out: list[Fact] = []
    p = patterns()
    for d in durations:
        m = p.duration_start.match(text, d.end)
        h = by_start.get(m.end()) if m else None
        v = h.value() if h else None
        if h is None or v is None or any(s <= h.start < e for s, e in in_range):
            continue
        months = d.value.months if isinstance(d.value, Duration) else 0
        start = v.first_day()
        try:
            end = duration_end(start, months)
        except (ValueError, OverflowError):
            continue
        out.append(fact("period", text, d.start, h.end, Period(start, end), "duration_start"))
    return out


def find_periods(text: str, *, this_year: int | None = None) -> list[Fact]:
    """Every date range in ``text`` as a ``period`` fact, in text order (see the module notes).

    ``this_year`` resolves relative years (``no šī gada 1. novembra``) as in
    :func:`socreport.parse.dates.find_dates`."""
    if not isinstance(text, str) or not text:
        return []
    return periods_in(scan_dates(text, this_year=this_year))


def periods_in(scan: DateScan, durations: list[Fact] | None = None, *, plain: bool = False) -> list[Fact]:
    """The periods of a :func:`socreport.parse.dates.scan_dates` scan, non-overlapping
    (leftmost-longest), in text order; ``durations`` are the text's :func:`find_durations` when the
    caller has them, and ``plain`` leaves out relative years."""
    text = scan.text
    hits = scan.plain_with_partial if plain else scan.with_partial
    ranges = _ranges(text, hits)
    found = find_durations(text) if durations is None else durations
    facts = ranges + _year_ranges(text, scan.regions) + _duration_periods(text, hits, ranges, found)
    facts.sort(key=lambda f: (f.start, -(f.end - f.start), f.rule))
    out: list[Fact] = []
    last_end = -1
    for f in facts:
        if f.start >= last_end:
            out.append(f)
            last_end = f.end
    return out


# --------------------------------------------------------------------------------------------
# Roles


@dataclass(frozen=True, slots=True)
class _RoleWords:
    """Role keywords of one position (before or after the date) as one alternation, longest
    first, with each spelling's role and the most words allowed between it and the date."""

    pattern: re.Pattern[str]
    info: Mapping[str, tuple[Role, int]]


def _key(form: str) -> str:
    return " ".join(form.lower().split())


@lru_cache(maxsize=None)
def _role_words(before: bool) -> _RoleWords:
    info: dict[str, tuple[Role, int]] = {}
    for r in load("date_roles"):
        if (r["position"] == "before") == before:
            role: Role = r["role"]  # type: ignore[assignment]
            info.setdefault(_key(r["keyword"]), (role, int(r["max_words"])))
    return _RoleWords(re.compile(alternation(info), _FLAGS), MappingProxyType(info))


_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
#: Characters either side of a date searched for role keywords (then cut at the sentence).
_ROLE_WINDOW = 120


_LINE_LEAD = re.compile(r"[\s•·*|>\-–—]*")


def _before_window(text: str, start: int) -> str:
    w = text[max(0, start - _ROLE_WINDOW) : start]
    cut = 0
    for m in _SENTENCE_END.finditer(w):
        cut = m.end()
    w = w[cut:]
    if _role_words(True).pattern.search(w) is None:
        # a table cell's value with no role word before it on its row reads its column's header
        column = column_label(text, start)
        if column is not None:
            return column
    if _LINE_LEAD.fullmatch(w):
        return _label_above(text, start) or w
    return w


def _label_above(text: str, start: int) -> str | None:
    """The label line above the line that ``text[start:]`` opens (after bullets or a table bar), as
    :func:`socreport.parse.layout.value_label` finds it in fact boxes (``Pabaigos data`` /
    ``2026-10-31``); None when the value does not open its line or no label line stands above."""
    lo = max(0, start - _ROLE_WINDOW)
    line_start = text.rfind("\n", lo, start) + 1
    if (line_start == 0 and lo > 0) or not _LINE_LEAD.fullmatch(text, line_start, start):
        return None  # the value does not open its line (or the line is longer than the window)
    label, at = value_label(text, start)
    label = label.strip()
    return label if at < line_start and label else None


def _after_window(text: str, end: int) -> str:
    w = text[end : end + _ROLE_WINDOW]
    m = _SENTENCE_END.search(w)
    return w[: m.start()] if m else w


class DateRoles:
    """The roles of the dates of one text, from one scan: :meth:`role` is :func:`date_role` for
    any date of the text, without scanning it again.

    Built with :meth:`of` (scans the text) or from the periods of a scan already made (the plain
    ones, without relative years: a role never depends on the publication year). Offsets given to
    :meth:`role` are the text's plus ``offset`` (:meth:`shifted`), so the roles of an article's
    dates can be asked in document offsets."""

    __slots__ = ("text", "offset", "_periods", "_starts")

    def __init__(self, text: str, periods: list[Fact], offset: int = 0) -> None:
        self.text = text
        self.offset = offset
        self._periods = tuple(periods)
        self._starts = tuple(p.start for p in self._periods)

    @classmethod
    def of(cls, text: str) -> DateRoles:
        """The roles of ``text``'s dates (one scan of ``text``)."""
        return cls(text, periods_in(scan_dates(text), plain=True))

    def shifted(self, offset: int) -> DateRoles:
        """The same roles, asked with offsets moved by ``offset``."""
        out = DateRoles(self.text, [], self.offset + offset)
        out._periods, out._starts = self._periods, self._starts
        return out

    def role(self, start: int, end: int) -> Role | None:
        """:func:`date_role` of ``text[start - offset:end - offset]``; None outside the text."""
        s, e = start - self.offset, end - self.offset
        if not 0 <= s <= e <= len(self.text):
            return None
        return self._range_role(s, e) or _keyword_role(self.text, s, e)

    def _range_role(self, start: int, end: int) -> Role | None:
        """``start`` or ``end`` when ``text[start:end]`` lies inside a range of the text: the end
        nearer the range's beginning is its start (the date of a ``duration_start`` range is
        always the start), the other its end."""
        i = bisect.bisect_right(self._starts, start) - 1
        if i < 0:
            return None
        p = self._periods[i]
        if not (p.start <= start and end <= p.end) or (start, end) == (p.start, p.end):
            return None
        if p.rule == "duration_start":
            return "start"
        return "start" if start - p.start < p.end - end else "end"


def date_role(text: str, start: int, end: int) -> str | None:
    """``"start"``, ``"end"``, ``"published"`` or ``"other"`` for the date at ``text[start:end]``;
    None when nothing says.

    A date opening a range (``01.06.2020. – 31.05.2022.``, ``24 mēneši, sākot no …``) is a start
    and one closing it an end, whatever label stands before the range (``termiņš: X – Y``).
    Otherwise keywords of ``lexicon/date_roles.csv`` in the same sentence just before or after
    the date decide: distance is the number of words between keyword and date (at most the
    keyword's ``max_words``); an ``other`` keyword within reach wins (``paraiškos priimamos iki
    2019-07-20``), else the nearest keyword, at equal distance one before the date, then the longer
    keyword. A date that opens its line (after bullets or a table bar) reads the label line above
    it (``Pabaigos data`` / ``2026-10-31``), one opening a table cell its column's header
    (:mod:`socreport.parse.columns`). Scans ``text``: for many dates of one text, ask a
    :class:`DateRoles`. Never raises."""
    if not isinstance(text, str) or not isinstance(start, int) or not isinstance(end, int):
        return None
    if not 0 <= start <= end <= len(text):
        return None
    return DateRoles.of(text).role(start, end)


def label_above(text: str, start: int) -> str | None:
    """The label line above a value that opens its line at ``text[start]`` (``Period`` /
    ``2014-03-01 → 2015-11-30``): a short line without a sentence end, blank lines skipped; None
    when the value does not open its line or the line above is no label. Never raises."""
    if not isinstance(text, str) or not isinstance(start, int) or not 0 <= start <= len(text):
        return None
    return _label_above(text, start)


def keyword_role(text: str, start: int, end: int) -> Role | None:
    """The role the keywords around ``text[start:end]`` give (as :func:`date_role` without the
    range rule): for a whole period, ``other`` says it is a call's or an agreement's. Never raises."""
    if not isinstance(text, str) or not isinstance(start, int) or not isinstance(end, int):
        return None
    if not 0 <= start <= end <= len(text):
        return None
    return _keyword_role(text, start, end)


def _keyword_role(text: str, start: int, end: int) -> Role | None:
    before, after = _before_window(text, start), _after_window(text, end)
    best: tuple[int, int, int] | None = None
    best_role: Role | None = None
    other = False
    for is_before, window in ((True, before), (False, after)):
        words = _role_words(is_before)
        for m in words.pattern.finditer(window):
            role, max_words = words.info.get(_key(m.group()), (None, -1))
            if role is None:
                continue
            gap = len(_WORD.findall(window, m.end())) if is_before else len(_WORD.findall(window, 0, m.start()))
            key = (gap, 0 if is_before else 1, -len(m.group()))
            if gap <= max_words and role == "other":
                other = True
            elif gap <= max_words and (best is None or key < best):
                best, best_role = key, role
    return "other" if other else best_role
