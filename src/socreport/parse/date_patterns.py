"""The date forms of :mod:`socreport.parse.dates` as regular expressions, built from the lexicon.

The words around the numbers come from ``lexicon/date_markers.csv`` (:func:`markers`), quarter
numbers in words from ``lexicon/date_quarter_numbers.csv``, month names from
:mod:`socreport.parse.months`. :func:`patterns` compiles every form once: the forms that carry a
4-digit year (one named branch each), day and month without a year and a month name alone (for
ranges only), and the relative years (``šī gada``, ``pērnā gada``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from socreport.parse.lexicon import load
from socreport.parse.months import month_initials, month_pattern
from socreport.parse.spellings import Family, alternation, family, suffix


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
class DatePatterns:
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
        # a slash may follow only to open an ISO interval ("2019-03-01/2021-02-28")
        "numeric_ymd": r"(?:(?<![\d/+_])|(?<=\d-\d\d/))(?<!\d[.,:])"
        + year
        + r"(?P<sep>[./-]| )(?P<m>\d{2})(?P=sep)(?P<d>\d{2})(?!\d|/(?!\d{4}-\d{2}-\d{2})|[.,-]\d)",
        "numeric_ym": _NUM_START + year + r"/(?P<m>\d{2})(?![\d/]|[.,-]\d)",
        # "2019.03.–2021.02.": year and month with the closing dot (without it, "2019.03" reads as a number)
        "numeric_ym_dot": _NUM_START + year + r"\.(?P<m>\d{2})\.(?!\d|\s?\d{1,2}\.)",
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
        # year first: "2019 March – 2021 February"
        "en_ym": _NUM_START + year + r"\s+(?P<m>" + en_month + r")(?!\w|\s*\d)",
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
def patterns() -> DatePatterns:
    """All date patterns, compiled once from the lexicon tables."""
    baltic_month = month_pattern(("lv", "lt"))
    day_after = alternation(markers("day_after"))
    relative = alternation(markers("year_this") + markers("year_last") + markers("year_next"))
    return DatePatterns(
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
