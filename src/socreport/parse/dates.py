"""Dates written in Latvian, English and Lithuanian, found with their character spans.

Forms recognised (month names in every grammatical case come from ``lexicon/months.csv``, the words
around the numbers from ``lexicon/date_markers.csv``):

* numeric, day first: ``01.06.2020.``, ``1.6.2020``, ``01/03/2018``, ``01-03-2018`` (a ``/`` date
  that is impossible day-first but valid month-first, ``03/25/2018``, is read month-first);
* ISO-like, year first: ``2020-07-01``, ``2020.07.01``, ``2020/07/01``;
* Latvian verbal: ``2020.gada 1.jūlija``, ``2022. gada 30.novembrim``, ``2016. gada 8. jūlijā``
  (day precision), ``2018. gada marta``, ``2019.gada oktobrī``, ``2020. gada februāris`` (month
  precision), ``2020. gadā`` (year precision);
* Lithuanian: ``2020 m. liepos 1 d.`` (day), ``2020 m. liepos mėn.`` / ``2020 m. liepą`` (month),
  ``2020 m.`` (year);
* English: ``1 July 2020``, ``1st of July 2020``, ``July 1, 2020`` (day), ``March 2018`` (month);
* with ``this_year`` given: relative Latvian/Lithuanian years, ``šī gada 1. augusta``,
  ``pērnā gada septembra`` (this year's / last year's).

A date's span never includes role words such as ``līdz`` or ``beigām``;
:func:`socreport.parse.periods.date_role` reads those. Years outside :data:`YEAR_MIN`–:data:`YEAR_MAX` and impossible days (``31.02.2020``) give no
date, and their text is not re-read as a shorter date.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping

from socreport.parse.lexicon import load
from socreport.parse.spans import DatePrecision, DateValue, Fact, fact

#: Inclusive range of years accepted as dates.
YEAR_MIN: int = 1990
YEAR_MAX: int = 2100


# --------------------------------------------------------------------------------------------
# Lexicon -> regular expressions


def fold(s: str) -> str:
    """``s`` without diacritics (NFD, combining marks dropped), lower case: ``Jūlijā`` -> ``julija``."""
    decomposed = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def _form_pattern(form: str) -> str:
    """Regex for one lexicon spelling: spaces match any whitespace run, words end at a word edge."""
    body = r"\s+".join(re.escape(part) for part in form.split())
    head = r"(?<!\w)" if form[:1].isalnum() else ""
    tail = r"(?!\w)" if form[-1:].isalnum() else ""
    return head + body + tail


def alternation(forms: Iterable[str]) -> str:
    """Non-capturing alternation of lexicon spellings, longest first so the longest one wins."""
    uniq = sorted(set(forms), key=lambda f: (-len(f), f))
    body = "(?:" + "|".join(_form_pattern(f) for f in uniq) + ")"
    if uniq and all(f[:1].isalnum() for f in uniq):
        # cheap guard so the alternation is only tried at a word start with a possible first letter
        first = "".join(sorted({re.escape(f[0]) for f in uniq}))
        body = r"(?<!\w)(?=[" + first + "])" + body
    return body


@lru_cache(maxsize=None)
def markers(kind: str) -> tuple[str, ...]:
    """Spellings of one kind from ``lexicon/date_markers.csv`` (see the table's header)."""
    return tuple(r["form"] for r in load("date_markers") if r["kind"] == kind)


@lru_cache(maxsize=None)
def month_numbers() -> Mapping[str, int]:
    """Month number by lower-case spelling, with and without diacritics, without a final dot."""
    out: dict[str, int] = {}
    for r in load("months"):
        n = int(r["month"])
        out.setdefault(r["form"].lower(), n)
        out.setdefault(fold(r["form"]), n)
    return out


def _month_pattern(languages: tuple[str, ...]) -> str:
    """Alternation of month spellings of ``languages``.

    Latvian and Lithuanian spellings match in any letter case and also without diacritics;
    English names must be capitalised (``May``) or upper case so the verb "may" is no month.
    Abbreviations (``Sept``, ``janv``) may carry their dot."""
    rows = [r for r in load("months") if r["language"] in languages]

    def spellings(form: str, english: bool) -> set[str]:
        return {form[:1].upper() + form[1:], form.upper()} if english else {form, fold(form)}

    parts = []
    for english in (False, True):
        for abbr in (False, True):
            forms: set[str] = set()
            for r in rows:
                if (r["language"] == "en") == english and (r["case"] == "abbr") == abbr:
                    forms |= spellings(r["form"], english)
            if forms:
                p = alternation(forms) + (r"\.?" if abbr else "")
                parts.append(f"(?-i:{p})" if english else p)
    return "(?:" + "|".join(parts) + ")"


def _suffix(forms: Iterable[str]) -> str:
    """Alternation of suffixes written straight after a number (``1st``), ending at a word edge."""
    return "(?:" + "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True)) + r")(?!\w)"


@dataclass(frozen=True, slots=True)
class _Patterns:
    numeric_dmy: re.Pattern[str]
    numeric_ymd: re.Pattern[str]
    verbal_ymd: re.Pattern[str]
    year_only: re.Pattern[str]
    en_dmy: re.Pattern[str]
    en_mdy: re.Pattern[str]
    en_my: re.Pattern[str]
    relative: re.Pattern[str]
    lv_dm: re.Pattern[str]
    en_dm: re.Pattern[str]
    en_md: re.Pattern[str]
    lt_md: re.Pattern[str]


#: A number starts here: no digit, slash or plus glued before it, nor a digit and separator ("9.2.").
_NUM_START = r"(?<![\d/+_])(?<!\d[.,:-])"
_FLAGS = re.IGNORECASE


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    """All date patterns, compiled once from the lexicon tables."""
    baltic_month = _month_pattern(("lv", "lt"))
    lv_month = _month_pattern(("lv",))
    lt_month = _month_pattern(("lt",))
    en_month = _month_pattern(("en",))
    year_of = alternation(markers("year_of"))
    year_alone = alternation(markers("year_alone"))
    day_after = alternation(markers("day_after"))
    month_after = alternation(markers("month_after"))
    ordinal = _suffix(markers("ordinal"))
    of = alternation(markers("of"))
    relative = alternation(markers("year_this") + markers("year_last") + markers("year_next"))
    year = r"(?P<y>\d{4})"
    year_end = r"(?!\d|[.,]\d)"
    c = lambda p: re.compile(p, _FLAGS)  # noqa: E731
    return _Patterns(
        numeric_dmy=c(_NUM_START + r"(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)" + year
                      + r"(?P<dot>\.(?!\w))?(?![\d/]|[.,]\d)"),
        numeric_ymd=c(_NUM_START + year + r"(?P<sep>[./-])(?P<m>\d{2})(?P=sep)(?P<d>\d{2})(?![\d/]|[.,-]\d)"),
        verbal_ymd=c(_NUM_START + year + r"\s*\.?\s*" + year_of + r"\s*(?:(?P<d>\d{1,2})\s*\.?\s*)?"
                     + r"(?P<m>" + baltic_month + r")"
                     + r"(?:\s*(?P<d2>\d{1,2})\s*" + day_after + r"|\s*" + month_after + r")?"),
        year_only=c(_NUM_START + year + r"\s*\.?\s*" + year_alone),
        en_dmy=c(_NUM_START + r"(?P<d>\d{1,2})" + f"(?:{ordinal})?" + r"\s*(?:" + of + r"\s+)?"
                 + r"(?P<m>" + en_month + r"),?\s*" + year + year_end),
        en_mdy=c(r"(?P<m>" + en_month + r")\s*(?P<d>\d{1,2})" + f"(?:{ordinal})?" + r"(?!\d),?\s*"
                 + year + year_end),
        en_my=c(r"(?P<m>" + en_month + r"),?\s*" + year + year_end),
        relative=c(r"(?P<rel>" + relative + r")\s*(?:(?P<d>\d{1,2})\s*\.?\s*)?(?P<m>" + baltic_month + r")"
                   + r"(?:\s*(?P<d2>\d{1,2})\s*" + day_after + r")?"),
        lv_dm=c(_NUM_START + r"(?P<d>\d{1,2})\.\s*(?P<m>" + lv_month + r")"),
        en_dm=c(_NUM_START + r"(?P<d>\d{1,2})" + f"(?:{ordinal})?" + r"\s*(?:" + of + r"\s+)?(?P<m>"
                + en_month + r")(?!,?\s*\d)"),
        en_md=c(r"(?P<m>" + en_month + r")\s*(?P<d>\d{1,2})" + f"(?:{ordinal})?" + r"(?!\w|,?\s*\d)"),
        lt_md=c(r"(?P<m>" + lt_month + r")\s*(?P<d>\d{1,2})\s*" + day_after),
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

    @property
    def precision(self) -> DatePrecision:
        return "day" if self.day else "month" if self.month else "year"

    def value(self, year: int | None = None) -> DateValue | None:
        """The date, completing a year-less hit with ``year``; None when impossible or out of range."""
        y = self.year if self.year is not None else year
        if not self.valid or y is None:
            return None
        return make_date(y, self.month or 1, self.day or 1, self.precision)


def make_date(year: int, month: int, day: int, precision: DatePrecision) -> DateValue | None:
    """A :class:`DateValue`, or None when the day does not exist or the year is outside the range."""
    if not YEAR_MIN <= year <= YEAR_MAX:
        return None
    try:
        return DateValue(dt.date(year, month, day), precision)
    except ValueError:
        return None


def _month_of(token: str) -> int | None:
    t = token.rstrip(".").lower()
    table = month_numbers()
    return table.get(t) or table.get(fold(t))


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _hit(m: re.Match[str], rule: str, year: int | None, month: int | None, day: int | None,
         end: int | None = None, *, year_only: bool = False) -> DateHit:
    """A hit checked on the calendar: the year in range, the month known (unless ``year_only``) and
    the day existing (a year-less day and month is checked in the leap year 2000)."""
    ok = (year_only or month is not None) and (year is None or YEAR_MIN <= year <= YEAR_MAX)
    if ok and month is not None:
        try:
            dt.date(year if year is not None else 2000, month, day or 1)
        except ValueError:
            ok = False
    return DateHit(m.start(), m.end() if end is None else end, rule, year, month, day, ok)


_YEAR_ANCHOR = re.compile(r"\d{4}")
#: Characters searched either side of a 4-digit number; every date form fits well inside.
_PAD = 64

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


def _iter(pat: re.Pattern[str], text: str, where: list[Region]) -> Iterable[re.Match[str]]:
    for s, e in where:
        yield from pat.finditer(text, s, e)


def _numeric_dmy(text: str, where: list[Region]) -> Iterable[DateHit]:
    for m in _iter(patterns().numeric_dmy, text, where):
        d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
        end = m.end()
        if m["dot"] and m["sep"] != ".":  # "01/03/2018." : the dot ends the sentence
            end -= 1
        rule = "numeric_dmy"
        if m["sep"] == "/" and mo > 12 and d <= 12:  # 03/25/2018 is only possible month first
            d, mo, rule = mo, d, "numeric_mdy"
        yield _hit(m, rule, y, mo, d, end)


def _numeric_ymd(text: str, where: list[Region]) -> Iterable[DateHit]:
    for m in _iter(patterns().numeric_ymd, text, where):
        yield _hit(m, "numeric_ymd", int(m["y"]), int(m["m"]), int(m["d"]))


def _verbal(text: str, where: list[Region]) -> Iterable[DateHit]:
    for m in _iter(patterns().verbal_ymd, text, where):
        if m["d"] and m["d2"]:
            yield DateHit(m.start(), m.end(), "verbal", None, None, None, False)
            continue
        day = _int(m["d"] or m["d2"])
        yield _hit(m, "verbal_day" if day else "verbal_month", int(m["y"]), _month_of(m["m"]), day)


def _year_only(text: str, where: list[Region]) -> Iterable[DateHit]:
    for m in _iter(patterns().year_only, text, where):
        yield _hit(m, "verbal_year", int(m["y"]), None, None, year_only=True)


def _english(text: str, where: list[Region]) -> Iterable[DateHit]:
    p = patterns()
    for rule, pat in (("en_dmy", p.en_dmy), ("en_mdy", p.en_mdy), ("en_my", p.en_my)):
        for m in _iter(pat, text, where):
            day = _int(m.groupdict().get("d"))
            yield _hit(m, rule, int(m["y"]), _month_of(m["m"]), day)


@lru_cache(maxsize=1)
def _relative_offsets() -> Mapping[str, int]:
    out: dict[str, int] = {}
    for kind, off in (("year_this", 0), ("year_last", -1), ("year_next", 1)):
        for form in markers(kind):
            out[" ".join(fold(form).split())] = off
    return out


def _relative(text: str, this_year: int) -> Iterable[DateHit]:
    for m in patterns().relative.finditer(text):
        if m["d"] and m["d2"]:
            continue
        off = _relative_offsets().get(" ".join(fold(m["rel"]).split()), 0)
        day = _int(m["d"] or m["d2"])
        yield _hit(m, "relative_day" if day else "relative_month", this_year + off, _month_of(m["m"]), day)


def _partials(text: str, where: list[Region]) -> Iterable[DateHit]:
    p = patterns()
    for rule, pat in (("lv_day_month", p.lv_dm), ("en_day_month", p.en_dm), ("en_month_day", p.en_md),
                      ("lt_month_day", p.lt_md)):
        for m in _iter(pat, text, where):
            yield _hit(m, rule, None, _month_of(m["m"]), int(m["d"]))


def select(hits: Iterable[DateHit]) -> list[DateHit]:
    """Leftmost-longest non-overlapping hits, in text order (invalid hits included, as blockers)."""
    chosen: list[DateHit] = []
    last_end = -1
    for h in sorted(hits, key=lambda h: (h.start, -(h.end - h.start), h.rule)):
        if h.start >= last_end and h.end > h.start:
            chosen.append(h)
            last_end = h.end
    return chosen


def scan(text: str, *, partial: bool = False, this_year: int | None = None) -> list[DateHit]:
    """Every date-like hit in ``text`` after overlap resolution, in text order.

    With ``partial`` also day-month hits without a year (for ranges); with ``this_year`` also
    relative years (``šī gada novembrī``)."""
    where = regions(text)
    hits: list[DateHit] = []
    hits += _numeric_dmy(text, where)
    hits += _numeric_ymd(text, where)
    hits += _verbal(text, where)
    hits += _year_only(text, where)
    hits += _english(text, where)
    if this_year is not None:
        hits += _relative(text, this_year)
    if partial:
        hits += _partials(text, where)
    return select(hits)


# --------------------------------------------------------------------------------------------
# Public API


def find_dates(text: str, *, this_year: int | None = None) -> list[Fact]:
    """Every date in ``text`` as a ``date`` fact whose value is a :class:`DateValue`.

    ``this_year`` (optional, e.g. the article's publication year) resolves relative years such as
    ``šī gada novembrī``; without it those are not reported. Never raises."""
    if not isinstance(text, str) or not text:
        return []
    out: list[Fact] = []
    for h in scan(text, this_year=this_year):
        v = h.value()
        if v is not None:
            out.append(fact("date", text, h.start, h.end, v, h.rule))
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
