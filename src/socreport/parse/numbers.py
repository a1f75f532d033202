"""Numbers as Latvian, English and Lithuanian pages write them.

``661 092.24``, ``705 810,00``, ``9 412 350,00``, ``1 001 524.17``, ``83397.18``, ``1990,00``,
``1,990`` (English thousands), ``1.001.524,17`` (continental), ``3.75``. The decimal separator is
decided per number: the last of ``.``/``,`` when both occur; a separator that repeats is a thousands
separator; a single separator followed by exactly three digits after a 1–3 digit head is a thousands
separator (money is never written with three decimals); otherwise it is the decimal separator.
Misplacing it is the classic 100× error of this domain, so the rule is property-tested.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ._scan import matches_at

#: Characters that separate digit groups (after text normalisation only the plain space remains).
GROUP_SPACES = " \u00a0\u202f\u2009\u2007"
_SP = f"[{GROUP_SPACES}]"

#: Lower-case letters of the three languages: a number glued to the end of a word of at least three
#: of them ("līdzfinansējums151 163,96 EUR", "vertė2 849 677,25") is still a number.
_LOWER = "a-zāčēģīķļņšūžąęėįų"

#: The start of a number: not inside a word, a decimal, a code or a range ("LLI-491", "2014-2020");
#: but after a word of three or more lower-case letters (a label glued to its value) and after a
#: hyphen that follows a space or starts the text ("vertė -1 702 353 Lt": a dash, never a minus).
#: Never right after a group of one to three digits and a space: a group of a spaced number
#: ("9 412 350") is not a start, which also keeps the scan of a long run of groups linear; after a
#: longer number it is ("2020 100 000,00 EUR" in a flattened table row).
_AFTER_GROUP = "".join(rf"(?<!(?<!\d)\d{{{k}}}{_SP})" for k in (1, 2, 3))
NUMBER_START = rf"{_AFTER_GROUP}(?:(?<![\w.,/-])|(?<=[{_LOWER}]{{3}})|(?<=\s-)|(?<=^-))"

#: A number's digits and separators, without :data:`NUMBER_START` (for use after a currency sign
#: or code that bounds it on the left, as in "EUR151 163,96").
NUMBER_BODY = (
    r"(?:"
    r"\d{1,3}[ .]\d{3}[ .]\d{3},\d{1,2}"  # 2 743.822,80 (space and dot mixed in one number)
    rf"|\d{{1,3}}(?:{_SP}\d{{3}})+(?:[.,]\d{{1,2}})?"  # 661 092.24, 9 412 350,00
    r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?"  # 1.001.524,17
    r"|\d{1,3}(?:,\d{3}){2,}(?:\.\d{1,2})?"  # 1,001,524.17
    r"|\d{1,3}\.\d{3},\d{1,2}"  # 1.524,17
    r"|\d{1,3},\d{3}\.\d{1,2}"  # 1,524.17
    r"|\d+(?:[.,]\d+)?"  # 83397.18, 1990,00, 1,990, 3.75, 2700
    r")(?!\d|[.,]\d)"
)

#: A number as written, for embedding in larger patterns (no capture groups).
NUMBER = NUMBER_START + NUMBER_BODY

_NUMBER_RE = re.compile(NUMBER)
_BODY_RE = re.compile(NUMBER_BODY)
#: Runs of digits: a number starts only where one does (:data:`NUMBER_START` refuses a digit before).
_DIGIT_RUN = re.compile(r"\d+")


def parse_number(s: str, *, scaled: bool = False) -> float | None:
    """The value of one number written as ``s`` (surrounding spaces allowed), or None.

    ``scaled`` says a multiplier follows (``2,125 milj.``): then a lone separator is decimal.

    >>> parse_number("661 092.24"), parse_number("705 810,00"), parse_number("1,990")
    (661092.24, 705810.0, 1990.0)
    """
    s = s.strip()
    if not s or not _BODY_RE.fullmatch(s):
        return None
    spaced = any(ch in GROUP_SPACES for ch in s)
    digits = "".join(ch for ch in s if ch not in GROUP_SPACES)
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        dec = "." if digits.rfind(".") > digits.rfind(",") else ","
    elif dots + commas == 0:
        dec = ""
    else:
        sep = "." if dots else ","
        head, _, tail = digits.rpartition(sep)
        if dots + commas > 1:
            dec = ""  # repeated separator: thousands grouping
        elif not spaced and not scaled and len(tail) == 3 and 1 <= len(head) <= 3 and not head.startswith("0"):
            dec = ""  # "1,990", "1.200": a thousands separator
        else:
            dec = sep
    if dec:
        whole, _, frac = digits.rpartition(dec)
        whole = whole.replace(".", "").replace(",", "")
        text = f"{whole}.{frac}"
    else:
        text = digits.replace(".", "").replace(",", "")
    try:
        return float(Decimal(text))
    except InvalidOperation:  # pragma: no cover - the pattern admits digits and separators only
        return None


def find_numbers(text: str) -> list[tuple[int, int, float]]:
    """Every number in ``text`` as ``(start, end, value)``.

    The same matches as ``NUMBER``'s ``finditer``, tried only where a run of digits starts (a
    pattern beginning with look-behinds would otherwise be tried at every character)."""
    out = []
    for m in matches_at(_NUMBER_RE, text, (d.start() for d in _DIGIT_RUN.finditer(text))):
        v = parse_number(m.group())
        if v is not None:
            out.append((m.start(), m.end(), v))
    return out
