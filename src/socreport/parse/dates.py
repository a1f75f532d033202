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
Month names are in :mod:`socreport.parse.months`, spellings as patterns in
:mod:`socreport.parse.spellings`.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from socreport.parse._scan import matches_at, phrase_starts
from socreport.parse.lexicon import load
from socreport.parse.months import month_initials, month_of, month_pattern
from socreport.parse.spans import DatePrecision, DateValue, Fact, fact
from socreport.parse.spellings import Family, alternation, family, fold, suffix

#: Inclusive range of years accepted as dates.
YEAR_MIN: int = 1990
YEAR_MAX: int = 2100


# --------------------------------------------------------------------------------------------
# Lexicon -> regular expressions


@lru_cache(maxsize=None)
def markers(kind: str) -> tuple[str, ...]:
    """Spellings of one kind from ``lexicon/date_markers.csv`` (see the table's header)."""
    return tuple(r["form"] for r in load("date_markers") if r["kind"] == kind)


@lru_cache(maxsize=1)
def quarter_numbers() -> Mapping[str, int]:
    """Quarter number by lower-case spelling (``IV``, ``ceturtajā``, ``4th``) from ``date_quarter_numbers.csv``."""
    return {r["form"].lower(): int(r["number"]) for r in load("date_quarter_numbers")}


def _quarter_number() -> str:
    """A quarter's number before its noun: a digit 1-4 (with an ordinal suffix or a dot) or a
    spelling of ``date_quarter_numbers.csv``, in groups ``q`` (digit) or ``qw`` (word)."""
    words = alternation(r["form"] for r in load("date_quarter_numbers"))
    return (
        r"(?:(?<![\w.,])(?P<q>[1-4])(?:"
        + suffix(markers("ordinal"))
        + r")?(?!\d)\s*(?:\.\s*)?|(?P<qw>"
        + words
        + r")\s*(?:\.\s*)?)"
    )


#: A number starts here: no digit, slash or plus glued before it, nor a digit and separator ("9.2.");
#: a digit and hyphen may stand before it ("01.01.2000-31.12.2000").
_NUM_START = r"(?<![\d/+_])(?<!\d[.,:])"
_FLAGS = re.IGNORECASE


def _quarter_initials() -> str:
    """Character-class body of the first characters of quarter-number spellings, in both cases."""
    chars = {c for r in load("date_quarter_numbers") for c in (r["form"][0].upper(), r["form"][0].lower())}
    return "".join(re.escape(c) for c in sorted(chars))


@dataclass(frozen=True, slots=True)
class _Patterns:
    dated: Family  # forms carrying a 4-digit year
    partial: Family  # day and month without a year: for ranges only
    month_only: re.Pattern[str]  # a month name alone: for ranges only, searched next to dated hits
    relative: re.Pattern[str]


def _dated_branches() -> dict[str, str]:
    """The forms that carry a 4-digit year, longest first (one branch each in :func:`patterns`).

    Long because the formatter writes its long signature and calls one argument per line (it was
    under 60 lines before); its steps run in order and share their local values."""
    baltic_month = month_pattern(("lv", "lt"))
    lt_month = month_pattern(("lt",))
    en_month = month_pattern(("en",))
    year_of = alternation(markers("year_of"))
    year_alone = alternation(markers("year_alone"))
    day_after = alternation(markers("day_after"))
    month_after = alternation(markers("month_after"))
    ordinal = f"(?:{suffix(markers('ordinal'))})?"
    of = alternation(markers("of"))
    year = r"(?P<y>\d{4})"
    year_end = r"(?!\d|[.,]\d)"
    qnum = _quarter_number()
    quarter = alternation(markers("quarter"))
    # a year written after a numeric month must not open a verbal date ("12. 2022. gada ...")
    no_year_word = r"(?!\s*(?:\.\s*)?" + year_alone + ")"
    return {
        "numeric_dmy": _NUM_START
        + r"(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)"
        + year
        + r"(?P<dot>\.(?!\w))?(?![\d/]|[.,]\d)",
        "numeric_ymd": _NUM_START + year + r"(?P<sep>[./-]| )(?P<m>\d{2})(?P=sep)(?P<d>\d{2})(?![\d/]|[.,-]\d)",
        "numeric_ym": _NUM_START + year + r"/(?P<m>\d{2})(?![\d/]|[.,-]\d)",
        # "2019-03 – 2021-02": ISO year and month, taken only as an end of such a range (see _dated_hit)
        "numeric_ym_iso": _NUM_START + year + r"-(?P<m>\d{2})(?![\d/]|[.,-]\d)",
        "numeric_my": _NUM_START
        + r"(?P<m>\d{1,2})(?P<sep>/|\.\s?)"
        + year
        + no_year_word
        + r"(?P<dot>\.(?!\w))?(?![\d/]|[.,]\d)",
        # quarters before the other parts of a year: "2021. gada 2. ceturksnī", "2018 m. IV ketv."
        "year_quarter": _NUM_START + year + r"\s*(?:\.\s*)?(?:" + year_of + r"\s*)?" + qnum + quarter,
        "year_q": _NUM_START + year + r"\s*[/-]?\s*Q(?P<q>[1-4])(?!\w)",
        "verbal": _NUM_START
        + year
        + r"\s*(?:\.\s*)?"
        + year_of
        + r"\s*(?:(?P<d>\d{1,2})\s*(?:\.\s*)?)?"
        + r"(?P<m>"
        + baltic_month
        + r")"
        + r"(?:\s*(?P<d2>\d{1,2})\s*"
        + day_after
        + r"|\s*"
        + month_after
        + r")?",
        # "2021. gada 2. ceturksnī": a part of a year is no date, and no year-precision one either
        "year_part": _NUM_START
        + year
        + r"\s*(?:\.\s*)?"
        + year_of
        + r"\s*(?:\d{1,2}\s*(?:\.\s*)?|\w+\s+)?"
        + alternation(markers("year_part")),
        "verbal_year": _NUM_START + year + r"\s*(?:\.\s*)?" + year_alone,
        "quarter_year": qnum
        + quarter
        + r"\s*(?:"
        + of
        + r"\s+)?"
        + year
        + year_end
        + r"(?:\s*(?:\.\s*)?"
        + year_alone
        + ")?",
        "q_year": r"(?<!\w)Q(?P<q>[1-4])\s*[/-]?\s*" + year + year_end,
        "lt_dmy": _NUM_START + r"(?P<d>\d{1,2})\s+(?P<m>" + lt_month + r"),?\s+" + year + year_end,
        # "2010 birželio 22" (dated news lists): year, month in the genitive, day, without "m." / "d."
        "lt_ymd": _NUM_START
        + year
        + r"\s+(?P<m>"
        + lt_month
        + r")\s+(?P<d>\d{1,2})(?!\d|[.,]\d)"
        + r"(?:\s*"
        + day_after
        + r")?",
        "en_dmy": _NUM_START
        + r"(?P<d>\d{1,2})"
        + ordinal
        + r"\s*(?:"
        + of
        + r"\s+)?"
        + r"(?P<m>"
        + en_month
        + r"),?\s*"
        + year
        + year_end,
        "en_mdy": r"(?P<m>" + en_month + r")\s*(?P<d>\d{1,2})" + ordinal + r"(?!\d),?\s*" + year + year_end,
        "en_my": r"(?P<m>" + en_month + r"),?\s*" + year + year_end,
    }


def _partial_branches() -> dict[str, str]:
    """Day and month written without a year (for ranges only)."""
    lv_month = month_pattern(("lv",))
    lt_month = month_pattern(("lt",))
    en_month = month_pattern(("en",))
    day_after = alternation(markers("day_after"))
    ordinal = f"(?:{suffix(markers('ordinal'))})?"
    of = alternation(markers("of"))
    return {
        "lv_day_month": _NUM_START + r"(?P<d>\d{1,2})\.\s*(?P<m>" + lv_month + r")",
        "en_day_month": _NUM_START
        + r"(?P<d>\d{1,2})"
        + ordinal
        + r"\s*(?:"
        + of
        + r"\s+)?(?P<m>"
        + en_month
        + r")(?!,?\s*\d)",
        "en_month_day": r"(?P<m>" + en_month + r")\s*(?P<d>\d{1,2})" + ordinal + r"(?!\w|,?\s*\d)",
        "lt_month_day": r"(?P<m>" + lt_month + r")\s*(?P<d>\d{1,2})\s*" + day_after,
    }


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    """All date patterns, compiled once from the lexicon tables."""
    baltic_month = month_pattern(("lv", "lt"))
    day_after = alternation(markers("day_after"))
    relative = alternation(markers("year_this") + markers("year_last") + markers("year_next"))
    return _Patterns(
        dated=family(_dated_branches(), r"\dQ" + month_initials(("en",)) + _quarter_initials()),
        partial=family(_partial_branches(), r"\d" + month_initials(("en", "lt"))),
        # a month name alone ("līdz decembrim", "from July to"): ranges pair it only through a word
        month_only=re.compile(r"(?P<m>" + month_pattern(("lv", "lt", "en")) + r")(?!\s*\d)", _FLAGS),
        relative=re.compile(
            r"(?P<rel>"
            + relative
            + r")\s*(?:(?P<d>\d{1,2})\s*(?:\.\s*)?)?(?P<m>"
            + baltic_month
            + r")(?:\s*(?P<d2>\d{1,2})\s*"
            + day_after
            + r")?",
            _FLAGS,
        ),
    )


# --------------------------------------------------------------------------------------------
# Candidates


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
    # English: en_dmy, en_mdy, en_my
    return _hit(m, branch, year, month_of(g("m") or ""), _int(g("d")) if branch != "en_my" else None)


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


def _relative(text: str, this_year: int) -> Iterable[DateHit]:
    for m in _relative_matches(text):
        if m["d"] and m["d2"]:
            continue
        off = _relative_offsets().get(" ".join(fold(m["rel"]).split()), 0)
        day = _int(m["d"] or m["d2"])
        yield _hit(m, "relative_day" if day else "relative_month", this_year + off, month_of(m["m"]), day)


def _partials(text: str, where: Iterable[Region]) -> Iterable[DateHit]:
    fam = patterns().partial
    for m in _iter(fam.regex, text, where):
        b = fam.which(m)
        yield _hit(m, b, None, month_of(m.group(f"{b}__m") or ""), int(m.group(f"{b}__d") or 0))


#: Characters searched for a lone month name either side of a dated hit ("no … līdz decembrim").
_MONTH_ONLY_REACH = 40


def _months_only(text: str, dated: list[DateHit]) -> list[DateHit]:
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
    fam = patterns().dated
    dated = [_dated_hit(m, fam.which(m)) for m in _iter(fam.regex, text, where)]
    partials = list(_partials(text, where))
    plain = tuple(select(dated)), tuple(select(dated + partials + _months_only(text, dated)))
    relative = list(_relative(text, year)) if year is not None else []
    if not relative:
        return DateScan(text, year, where, plain[0], plain[1], plain[0], plain[1])
    every = dated + relative
    with_partial = tuple(select(every + partials + _months_only(text, every)))
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
