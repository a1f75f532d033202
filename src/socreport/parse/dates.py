"""Dates written in Latvian, English and Lithuanian, found with their character spans.

Forms recognised (month names in every grammatical case come from ``lexicon/months.csv``, the words
around the numbers from ``lexicon/date_markers.csv``):

* numeric, day first: ``01.06.2020.``, ``1.6.2020``, ``01/03/2018``, ``01-03-2018`` (a ``/`` date
  that is impossible day-first but valid month-first, ``03/25/2018``, is read month-first);
* ISO-like, year first: ``2020-07-01``, ``2020.07.01``, ``2020/07/01``, ``2009 04 01``;
* numeric month and year (month precision): ``2010/07``, ``10.2016.``, ``12. 2022.``, ``07/2010``;
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
"""

from __future__ import annotations

import datetime as dt
import operator
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping

from socreport.parse._scan import CASE_TWINS, safe_lower
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


def _trie(words: Iterable[str]) -> str:
    """A regex matching exactly the non-empty strings ``words``, with shared prefixes written
    once (``jūl(?:ijs|ija)`` rather than ``jūlijs|jūlija``): Python's engine tries alternatives
    one by one, so a long list of month spellings is much faster as a tree."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if "" in node:
            alts.append("")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(tree)


def alternation(forms: Iterable[str]) -> str:
    """Non-capturing alternation of lexicon spellings, longest first so the longest one wins.

    Spellings that are all single words of letters and digits become a tree (:func:`_trie`)
    between word edges: there at most one spelling's length can match at a position (a letter
    matches only letters, even ignoring case, unless it has a case twin such as the Greek iota's
    combining mark, :data:`socreport.parse._scan.CASE_TWINS`), so the order does not matter."""
    uniq = sorted(set(forms), key=lambda f: (-len(f), f))
    if uniq and all(f.isalnum() and not CASE_TWINS.search(f) for f in uniq):
        body = r"(?:(?<!\w)" + _trie(uniq) + r"(?!\w))"
    else:
        body = "(?:" + "|".join(_form_pattern(f) for f in uniq) + ")"
    if uniq and all(f[:1].isalnum() for f in uniq):
        # cheap guard so the alternation is only tried at a word start with a possible first letter
        first = "".join(sorted({re.escape(f[0]) for f in uniq}))
        body = r"(?=[" + first + r"])(?<!\w)" + body
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


@lru_cache(maxsize=1)
def quarter_numbers() -> Mapping[str, int]:
    """Quarter number by lower-case spelling (``IV``, ``ceturtajā``, ``4th``) from ``date_quarter_numbers.csv``."""
    return {r["form"].lower(): int(r["number"]) for r in load("date_quarter_numbers")}


def _quarter_number() -> str:
    """A quarter's number before its noun: a digit 1-4 (with an ordinal suffix or a dot) or a
    spelling of ``date_quarter_numbers.csv``, in groups ``q`` (digit) or ``qw`` (word)."""
    words = alternation(r["form"] for r in load("date_quarter_numbers"))
    return (r"(?:(?<![\w.,])(?P<q>[1-4])(?:" + _suffix(markers("ordinal")) + r")?(?!\d)\s*(?:\.\s*)?|(?P<qw>"
            + words + r")\s*(?:\.\s*)?)")


def _suffix(forms: Iterable[str]) -> str:
    """Alternation of suffixes written straight after a number (``1st``), ending at a word edge."""
    return "(?:" + "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True)) + r")(?!\w)"


#: A number starts here: no digit, slash or plus glued before it, nor a digit and separator ("9.2.");
#: a digit and hyphen may stand before it ("01.01.2000-31.12.2000").
_NUM_START = r"(?<![\d/+_])(?<!\d[.,:])"
_FLAGS = re.IGNORECASE
_GROUP = re.compile(r"\(\?P([<=])(\w+)")


def _branch(name: str, pattern: str) -> str:
    """``pattern`` with its group names prefixed by ``name__`` and an empty marker group ``name``
    at the end, so several patterns can share one compiled alternation."""
    renamed = _GROUP.sub(lambda m: f"(?P{m[1]}{name}__{m[2]}", pattern)
    return f"(?:{renamed}(?P<{name}>))"


@dataclass(frozen=True, slots=True)
class _Family:
    """Several date patterns tried as one alternation, in order (the first branch matching at a
    position wins, so longer forms come first)."""

    regex: re.Pattern[str]
    branches: tuple[str, ...]

    def which(self, m: re.Match[str]) -> str:
        for name in self.branches:
            if m.group(name) is not None:
                return name
        raise LookupError("no branch matched")  # unreachable: every match ends in a marker


def _family(branches: dict[str, str], first: str) -> _Family:
    """Compile ``branches`` as one alternation behind a case-sensitive look-ahead on the characters
    a match can start with (``first``, a character-class body): positions that cannot start a
    date are skipped at once, which makes the scan about ten times faster."""
    body = "|".join(_branch(k, v) for k, v in branches.items())
    return _Family(re.compile(f"(?-i:(?=[{first}]))(?:{body})", _FLAGS), tuple(branches))


def _initials(languages: tuple[str, ...]) -> str:
    """Character-class body of the letters month names of ``languages`` can start with
    (English capitalised only, Baltic in both cases and without diacritics)."""
    chars: set[str] = set()
    for r in load("months"):
        if r["language"] in languages:
            f = r["form"]
            chars |= {f[0].upper()} if r["language"] == "en" else {f[0].upper(), f[0].lower(), fold(f[0])}
    return "".join(re.escape(c) for c in sorted(chars))


def _quarter_initials() -> str:
    """Character-class body of the first characters of quarter-number spellings, in both cases."""
    chars = {c for r in load("date_quarter_numbers") for c in (r["form"][0].upper(), r["form"][0].lower())}
    return "".join(re.escape(c) for c in sorted(chars))


@dataclass(frozen=True, slots=True)
class _Patterns:
    dated: _Family  # forms carrying a 4-digit year
    partial: _Family  # day and month without a year: for ranges only
    month_only: re.Pattern[str]  # a month name alone: for ranges only, searched next to dated hits
    relative: re.Pattern[str]


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
    ordinal = f"(?:{_suffix(markers('ordinal'))})?"
    of = alternation(markers("of"))
    relative = alternation(markers("year_this") + markers("year_last") + markers("year_next"))
    year = r"(?P<y>\d{4})"
    year_end = r"(?!\d|[.,]\d)"
    qnum = _quarter_number()
    quarter = alternation(markers("quarter"))
    # a year written after a numeric month must not open a verbal date ("12. 2022. gada ...")
    no_year_word = r"(?!\s*(?:\.\s*)?" + year_alone + ")"
    dated = {
        "numeric_dmy": _NUM_START + r"(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)" + year
        + r"(?P<dot>\.(?!\w))?(?![\d/]|[.,]\d)",
        "numeric_ymd": _NUM_START + year + r"(?P<sep>[./-]| )(?P<m>\d{2})(?P=sep)(?P<d>\d{2})(?![\d/]|[.,-]\d)",
        "numeric_ym": _NUM_START + year + r"/(?P<m>\d{2})(?![\d/]|[.,-]\d)",
        "numeric_my": _NUM_START + r"(?P<m>\d{1,2})(?P<sep>/|\.\s?)" + year + no_year_word
        + r"(?P<dot>\.(?!\w))?(?![\d/]|[.,]\d)",
        # quarters before the other parts of a year: "2021. gada 2. ceturksnī", "2018 m. IV ketv."
        "year_quarter": _NUM_START + year + r"\s*(?:\.\s*)?(?:" + year_of + r"\s*)?" + qnum + quarter,
        "year_q": _NUM_START + year + r"\s*[/-]?\s*Q(?P<q>[1-4])(?!\w)",
        "verbal": _NUM_START + year + r"\s*(?:\.\s*)?" + year_of + r"\s*(?:(?P<d>\d{1,2})\s*(?:\.\s*)?)?"
        + r"(?P<m>" + baltic_month + r")"
        + r"(?:\s*(?P<d2>\d{1,2})\s*" + day_after + r"|\s*" + month_after + r")?",
        # "2021. gada 2. ceturksnī": a part of a year is no date, and no year-precision one either
        "year_part": _NUM_START + year + r"\s*(?:\.\s*)?" + year_of + r"\s*(?:\d{1,2}\s*(?:\.\s*)?|\w+\s+)?"
        + alternation(markers("year_part")),
        "verbal_year": _NUM_START + year + r"\s*(?:\.\s*)?" + year_alone,
        "quarter_year": qnum + quarter + r"\s*(?:" + of + r"\s+)?" + year + year_end
        + r"(?:\s*(?:\.\s*)?" + year_alone + ")?",
        "q_year": r"(?<!\w)Q(?P<q>[1-4])\s*[/-]?\s*" + year + year_end,
        "lt_dmy": _NUM_START + r"(?P<d>\d{1,2})\s+(?P<m>" + lt_month + r"),?\s+" + year + year_end,
        # "2010 birželio 22" (dated news lists): year, month in the genitive, day, without "m." / "d."
        "lt_ymd": _NUM_START + year + r"\s+(?P<m>" + lt_month + r")\s+(?P<d>\d{1,2})(?!\d|[.,]\d)"
        + r"(?:\s*" + day_after + r")?",
        "en_dmy": _NUM_START + r"(?P<d>\d{1,2})" + ordinal + r"\s*(?:" + of + r"\s+)?"
        + r"(?P<m>" + en_month + r"),?\s*" + year + year_end,
        "en_mdy": r"(?P<m>" + en_month + r")\s*(?P<d>\d{1,2})" + ordinal + r"(?!\d),?\s*" + year + year_end,
        "en_my": r"(?P<m>" + en_month + r"),?\s*" + year + year_end,
    }
    partial = {
        "lv_day_month": _NUM_START + r"(?P<d>\d{1,2})\.\s*(?P<m>" + lv_month + r")",
        "en_day_month": _NUM_START + r"(?P<d>\d{1,2})" + ordinal + r"\s*(?:" + of + r"\s+)?(?P<m>"
        + en_month + r")(?!,?\s*\d)",
        "en_month_day": r"(?P<m>" + en_month + r")\s*(?P<d>\d{1,2})" + ordinal + r"(?!\w|,?\s*\d)",
        "lt_month_day": r"(?P<m>" + lt_month + r")\s*(?P<d>\d{1,2})\s*" + day_after,
    }
    return _Patterns(
        dated=_family(dated, r"\dQ" + _initials(("en",)) + _quarter_initials()),
        partial=_family(partial, r"\d" + _initials(("en", "lt"))),
        # a month name alone ("līdz decembrim", "from July to"): ranges pair it only through a word
        month_only=re.compile(r"(?P<m>" + _month_pattern(("lv", "lt", "en")) + r")(?!\s*\d)", _FLAGS),
        relative=re.compile(r"(?P<rel>" + relative + r")\s*(?:(?P<d>\d{1,2})\s*(?:\.\s*)?)?(?P<m>" + baltic_month
                            + r")(?:\s*(?P<d2>\d{1,2})\s*" + day_after + r")?", _FLAGS),
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


def _month_of(token: str) -> int | None:
    t = token.rstrip(".").lower()
    table = month_numbers()
    return table.get(t) or table.get(fold(t))


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _hit(m: re.Match[str], rule: str, year: int | None, month: int | None, day: int | None,
         end: int | None = None, *, year_only: bool = False, quarter: bool = False) -> DateHit:
    """A hit checked on the calendar: the year in range, the month known (unless ``year_only``) and
    the day existing (a year-less day and month is checked in the leap year 2000)."""
    ok = (year_only or month is not None) and (year is None or YEAR_MIN <= year <= YEAR_MAX)
    if ok and month is not None:
        try:
            dt.date(year if year is not None else 2000, month, 1 if day is None else day)
        except ValueError:
            ok = False
    return DateHit(m.start(), m.end() if end is None else end, rule, year, month, day, ok, quarter)


_YEAR_ANCHOR = re.compile(r"\d{4}")
#: Characters searched either side of a 4-digit number; every date form fits well inside.
_PAD = 64

Region = tuple[int, int]


def regions(text: str, pad: int = _PAD) -> list[Region]:
    """Disjoint stretches of ``text`` within ``pad`` characters of a 4-digit number, in order.

    Every dated form holds a 4-digit year, so the patterns only run there; this keeps the scan
    fast on long documents. Year-less day-month forms are only needed next to a dated one.
    (The last few texts' regions are cached: the date and year-range scans share them.)"""
    return list(_regions(text, pad))


@lru_cache(maxsize=4)
def _regions(text: str, pad: int) -> tuple[Region, ...]:
    out: list[list[int]] = []
    for m in _YEAR_ANCHOR.finditer(text):
        s, e = max(0, m.start() - pad), min(len(text), m.end() + pad)
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)


def _iter(pat: re.Pattern[str], text: str, where: list[Region]) -> Iterable[re.Match[str]]:
    for s, e in where:
        yield from pat.finditer(text, s, e)


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
        return _hit(m, "verbal_day" if day else "verbal_month", year, _month_of(g("m") or ""), day)
    # English: en_dmy, en_mdy, en_my
    return _hit(m, branch, year, _month_of(g("m") or ""), _int(g("d")) if branch != "en_my" else None)


@lru_cache(maxsize=1)
def _relative_offsets() -> Mapping[str, int]:
    out: dict[str, int] = {}
    for kind, off in (("year_this", 0), ("year_last", -1), ("year_next", 1)):
        for form in markers(kind):
            out[" ".join(fold(form).split())] = off
    return out


@lru_cache(maxsize=1)
def _relative_forms() -> tuple[tuple[tuple[str, ...], bool], ...]:
    """Each relative-year marker as its lower-case words and whether it must start a word (as
    :func:`_form_pattern` demands of a form that starts with a letter or digit)."""
    forms = markers("year_this") + markers("year_last") + markers("year_next")
    return tuple(sorted({(tuple(f.lower().split()), f[:1].isalnum()) for f in forms if f.split()}))


def _words_at(text: str, low: str, i: int, words: tuple[str, ...]) -> bool:
    """Whether ``words`` stand in ``low`` from ``i`` on, separated by white space runs of ``text``."""
    pos, n = i, len(text)
    for k, word in enumerate(words):
        if k:
            j = pos
            while j < n and text[j].isspace():
                j += 1
            if j == pos:
                return False
            pos = j
        if not low.startswith(word, pos):
            return False
        pos += len(word)
    return True


def _relative_starts(text: str) -> list[int] | None:
    """Every offset where a relative-year marker stands in ``text``, in order (found with C-speed
    ``str.find`` on the lower-cased text), or None when the text cannot be lower-cased safely
    (:func:`socreport.parse._scan.safe_lower`)."""
    low = safe_lower(text)
    if low is None:
        return None
    out: set[int] = set()
    for words, at_word_start in _relative_forms():
        i = low.find(words[0])
        while i >= 0:
            starts = not at_word_start or i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")
            if starts and _words_at(text, low, i, words):
                out.add(i)
            i = low.find(words[0], i + 1)
    return sorted(out)


def _relative_matches(text: str) -> Iterable[re.Match[str]]:
    """``patterns().relative.finditer(text)``, tried only where a marker stands: a match starts
    with a marker, so matching at those offsets (skipping any inside the previous match) finds
    the same matches as the scan of every position."""
    pat = patterns().relative
    starts = _relative_starts(text)
    if starts is None:
        yield from pat.finditer(text)
        return
    last_end = 0
    for i in starts:
        if i < last_end:
            continue
        m = pat.match(text, i)
        if m is not None and m.end() > m.start():
            yield m
            last_end = m.end()


def _relative(text: str, this_year: int) -> Iterable[DateHit]:
    for m in _relative_matches(text):
        if m["d"] and m["d2"]:
            continue
        off = _relative_offsets().get(" ".join(fold(m["rel"]).split()), 0)
        day = _int(m["d"] or m["d2"])
        yield _hit(m, "relative_day" if day else "relative_month", this_year + off, _month_of(m["m"]), day)


def _partials(text: str, where: list[Region]) -> Iterable[DateHit]:
    fam = patterns().partial
    for m in _iter(fam.regex, text, where):
        b = fam.which(m)
        yield _hit(m, b, None, _month_of(m.group(f"{b}__m") or ""), int(m.group(f"{b}__d") or 0))


#: Characters searched for a lone month name either side of a dated hit ("no … līdz decembrim").
_MONTH_ONLY_REACH = 40


def _months_only(text: str, dated: list[DateHit]) -> Iterable[DateHit]:
    """Lone month names within reach of a dated hit, the only place a range can use them."""
    where: list[list[int]] = []
    for h in sorted(dated, key=lambda h: h.start):
        s, e = max(0, h.start - _MONTH_ONLY_REACH), min(len(text), h.end + _MONTH_ONLY_REACH)
        if where and s <= where[-1][1]:
            where[-1][1] = max(where[-1][1], e)
        else:
            where.append([s, e])
    for m in _iter(patterns().month_only, text, [(s, e) for s, e in where]):
        yield _hit(m, "month_only", None, _month_of(m["m"]), None)


def select(hits: Iterable[DateHit]) -> list[DateHit]:
    """Leftmost-longest non-overlapping hits, in text order (invalid hits included, as blockers)."""
    chosen: list[DateHit] = []
    last_end = -1
    for h in sorted(hits, key=lambda h: (h.start, -(h.end - h.start), h.rule)):
        if h.start >= last_end and h.end > h.start:
            chosen.append(h)
            last_end = h.end
    return chosen


@lru_cache(maxsize=4)
def _absolute_hits(text: str) -> tuple[tuple[DateHit, ...], tuple[DateHit, ...]]:
    """Hits of the dated forms and of the year-less day-month forms, before overlap resolution."""
    where = regions(text)
    fam = patterns().dated
    dated = tuple(_dated_hit(m, fam.which(m)) for m in _iter(fam.regex, text, where))
    return dated, tuple(_partials(text, where))


@lru_cache(maxsize=4)
def _scan_cached(text: str, this_year: int | None) -> tuple[tuple[DateHit, ...], tuple[DateHit, ...]]:
    """Selected hits without and with year-less day-month hits (both scans share one pass).

    A text without relative dates gives the same hits for every ``this_year``, so those scans
    share the cache entry of ``this_year=None``."""
    absolute, partials = _absolute_hits(text)
    relative = list(_relative(text, this_year)) if this_year is not None else []
    if this_year is not None and not relative:
        return _scan_cached(text, None)
    dated = list(absolute) + relative
    partial = list(partials) + list(_months_only(text, [h for h in dated if h.valid]))
    return tuple(select(dated)), tuple(select(dated + partial))


def _as_year(value: object) -> int | None:
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
    relative years (``šī gada novembrī``). The last few texts' scans are cached, so
    :func:`find_dates` and :func:`socreport.parse.periods.find_periods` on one document scan once."""
    if not isinstance(text, str):
        return []
    full, with_partial = _scan_cached(str(text), _as_year(this_year))
    return list(with_partial if partial else full)


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
