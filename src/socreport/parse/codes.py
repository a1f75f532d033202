"""Project and contract numbers: ``LLI-491``, ``9.2.2.1./15/I/001``, ``VS/2015/0206``, ``līgums Nr.4-35/6``.

Two routes find a code:

* a number of a *known shape* (lexicon ``code_schemes.csv``: Interreg, ESF, ESF 2007-2013, EaSI,
  EEA grants) anywhere in the text;
* a number of *any* shape right after a label and a number word (lexicon ``code_labels.csv`` and
  ``code_number_words.csv``): ``līgums Nr.4-35/6``, ``Project No. X-12``. Dates, phone numbers
  and bare integers are never taken this way.

A contract's number of no known shape is the project's (scheme ``contract``) only where the contract
is the project's own: its label right after a project word (``projekta līgums Nr.``, ``project
contract No.``, ``projekto finansavimo sutartis Nr.``) or after the project's quoted title
(``projektu ,,Mans budžets”, līgums Nr.4-35/6``). Any other contract's number — works, supplies,
services (``noslēdza līgumu Nr. 2020/145 par ēkas pārbūvi``, ``Sutarties Nr. 12-345 su rangovu``)
— is a fact of scheme :data:`OTHER_CONTRACT`, never a project's number.

The fact's span covers the code only (not ``Nr.``); its value is :class:`Code` with the code
normalised by :func:`normalise_code`, so the same code written two ways compares equal.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import lexicon
from ._scan import Disjoint, find_literals, lower_same_length, windows
from .spans import Code, Fact, fact

#: The scheme of a contract's number that is not the project's own contract (see the module's docstring).
OTHER_CONTRACT = "contract-other"


def is_project_number(f: Fact[Code]) -> bool:
    """The code fact is a number of a project scheme, not a contract's (scheme ``contract``, the
    project's own contract, or :data:`OTHER_CONTRACT`)."""
    return not f.value.scheme.startswith("contract")


_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")

#: A code of any shape: starts with a letter or digit, groups of letters/digits joined by . / - ?
_ANY_CODE = r"[A-Za-z0-9]+(?:(?:[./?-]+|\s?/\s?)[A-Za-z0-9]+)*"

#: Shapes that are not codes even after "Nr.": dates, plain numbers, phone-like digit runs, a
#: programme's CCI number.
_NOT_CODE = re.compile(
    r"""^(?:
        \d{1,2}[./-]\d{1,2}[./-]\d{2,4}   # 01.06.2020, 01/03/2018
      | \d{4}-\d{1,2}-\d{1,2}             # 2020-07-01
      | \d{4}\.?[/-]\d{2,4}              # 2014-2020, 2015./16
      | \d{1,2}[.,]\d{2}                 # 9.00, 10,30 (times, decimals)
      | \d+                             # 2020, 15 (a bare integer)
      | \d{4}[A-Z]{2}\d{2}[A-Z0-9]{4}\d{3}  # 2014TC16RFCB012 (a programme's CCI number)
    )\.?$""",
    re.VERBOSE,
)


#: Every known shape holds a separator before a digit, or one of these letter-digit joints (a capital,
#: a space and a digit for ``LLI 444``).
_SHAPE_TRIGGER = re.compile(r"[/?-] ?\d|[A-Za-z]\d|[A-Z] \d")
#: The digit that ends a trigger, the characters before it checked by look-behind: the regex engine
#: then jumps from digit to digit instead of trying every letter (see :func:`_shape_triggers`).
_TRIGGER_DIGIT = re.compile(r"\d(?:(?<=[/?-]\d)|(?<=[/?-] \d)|(?<=[A-Za-z]\d)|(?<=[A-Z] \d))")
#: Characters searched on each side of a trigger for the whole code.
_RADIUS = 60


@lru_cache(maxsize=None)
def _schemes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((r["scheme"], re.compile(r["pattern"])) for r in lexicon.load("code_schemes"))


@lru_cache(maxsize=None)
def _number_words() -> str:
    """Alternation of the number words, each with its dot (``Nr\\.?``, ``No\\.``)."""
    rows = sorted(lexicon.load("code_number_words"), key=lambda r: len(r["form"]), reverse=True)
    alts = [re.escape(r["form"]) + (r"\." if r["dot"] == "required" else r"\.?") for r in rows]
    return "|".join(dict.fromkeys(alts))


@lru_cache(maxsize=None)
def _shapes_re() -> re.Pattern[str]:
    """All known shapes in one alternation; group ``s<i>`` tells which row matched."""
    return re.compile("|".join(f"(?P<s{i}>{p.pattern})" for i, (_, p) in enumerate(_schemes())))


@lru_cache(maxsize=None)
def _labelled() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for ``<label> Nr. <code>``; group ``l<i>`` names the label row, ``code`` the number."""
    rows = lexicon.load("code_labels")
    labels = "|".join(f"(?P<l{i}>{r['label']})" for i, r in enumerate(rows))
    # one or more number words ("project code No.", "Projekto kodas – Nr."), then the code
    pat = rf"(?<!\w)(?:{labels})\s*(?:(?:{_number_words()})\s*[.:–-]?\s*)+(?P<code>{_ANY_CODE})"
    return re.compile(pat, re.IGNORECASE), {f"l{i}": r["scheme"] for i, r in enumerate(rows)}


@lru_cache(maxsize=None)
def _tied_before() -> re.Pattern[str]:
    """What ends right before the label of a project's own contract: a project word and at most one
    more word (``projekta līgums``, ``projekto finansavimo sutartis``), or a closing quote and a comma
    (``„Mans budžets”, līgums``)."""
    words = "|".join(r["keyword"] for r in lexicon.load("name_keywords") if r["role"] == "project")
    quote = r"[”“\"»’]"
    return re.compile(rf"(?:(?<!\w)(?:{words})(?:\s+[^\W\d_]+)?|{quote}\s*[,;:]?)\s*$", re.IGNORECASE)


def _own_contract(text: str, label_start: int) -> bool:
    """The contract label at ``label_start`` names the project's own contract (:func:`_tied_before`)."""
    return _tied_before().search(text, max(0, label_start - 40), label_start) is not None


@lru_cache(maxsize=None)
def _prefix_re() -> re.Pattern[str]:
    """Leading number words: ``Nr.``, ``Nr`` before a digit, ``No.``, ``numurs:`` (repeated)."""
    alts = []
    for r in lexicon.load("code_number_words"):
        word = re.escape(r["form"])
        alts.append(rf"{word}[.:]+" if r["dot"] == "required" else rf"{word}(?:[.:]+|(?=\d)|$)")
    return re.compile(rf"^(?:(?:{'|'.join(alts)})\s*)+", re.IGNORECASE)


#: A letter prefix written with a space before the digits (``LLI 444``): the same code as ``LLI-444``.
_SPACED_PREFIX = re.compile(r"^([A-Z]{2,5})\s+(?=\d+$)")


def _normalise_once(s: str) -> str:
    s = unicodedata.normalize("NFC", s).translate(_DASHES)
    s = _SPACED_PREFIX.sub(r"\1-", _prefix_re().sub("", s.strip().upper()))
    s = re.sub(r"\s+", "", s)
    s = _prefix_re().sub("", s)
    s = s.replace("?", "/")
    s = re.sub(r"\.+(?=/)", "", s)  # 9.2.2.1./15 -> 9.2.2.1/15
    s = s.strip(".,;:")
    return unicodedata.normalize("NFC", s)


def normalise_code(s: str) -> str:
    """The canonical spelling of a code: no ``Nr.``, no spaces, upper case, ``?`` read as ``/``,
    no dot before a slash (``9.2.2.1./15`` = ``9.2.2.1/15``), no trailing dot; a letter prefix
    spaced from its digits takes a hyphen (``LLI 444`` = ``LLI-444``).

    Idempotent: ``normalise_code(normalise_code(s)) == normalise_code(s)``."""
    prev = s
    for _ in range(8):
        cur = _normalise_once(prev)
        if cur == prev:
            return cur
        prev = cur
    return prev


def parse_code(s: str) -> Code | None:
    """The code in ``s`` when the whole string (after ``Nr.``) is one code of a known shape."""
    if not isinstance(s, str):
        return None
    body = _prefix_re().sub("", s.strip().translate(_DASHES)).strip()
    for scheme, pat in _schemes():
        m = pat.fullmatch(body)
        if m:
            return Code(normalise_code(m.group(0)), scheme)
    return None


def _is_plausible(raw: str) -> bool:
    """A code after a label must carry a digit and not be a date, a year range or a time."""
    s = raw.strip()
    return any(ch.isdigit() for ch in s) and not _NOT_CODE.match(s) and len(s) <= 60


def _shape_triggers(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every match of :data:`_SHAPE_TRIGGER` in ``text``, found from its last
    character. Each match ends with a digit whose one or two preceding characters decide its start,
    and no two matches can overlap (a match starts at a non-digit), so these are exactly the spans
    of ``_SHAPE_TRIGGER.finditer(text)``."""
    out = []
    for m in _TRIGGER_DIGIT.finditer(text):
        q = m.start()
        out.append((q - 2 if text[q - 1] == " " else q - 1, q + 1))
    return out


def find_codes(text: str) -> list[Fact]:
    """All project/contract numbers in ``text``, in order, without overlaps."""
    if not isinstance(text, str) or not text:
        return []
    cands: list[tuple[int, int, str, str]] = []  # start, end, scheme, rule
    schemes = _schemes()
    shapes = _shapes_re()
    for ws, we in windows(text, _shape_triggers(text), _RADIUS):
        for m in shapes.finditer(text, ws, we):
            scheme = schemes[int(m.lastgroup[1:])][0]
            cands.append((m.start(), m.end(), scheme, f"code.{scheme}"))
    labelled, label_scheme = _labelled()
    words = [r["form"].lower() + ("." if r["dot"] == "required" else "") for r in lexicon.load("code_number_words")]
    for ws, we in windows(text, find_literals(lower_same_length(text), words), _RADIUS):
        for m in labelled.finditer(text, ws, we):
            scheme = next(label_scheme[g] for g, v in m.groupdict().items() if v is not None and g in label_scheme)
            start, end = m.span("code")
            raw = text[start:end].rstrip(".")
            end = start + len(raw)
            if scheme == "contract" and not _own_contract(text, m.start()):
                scheme = OTHER_CONTRACT
            if _is_plausible(raw):
                cands.append((start, end, scheme, f"code.label.{scheme}"))
    # A known shape beats a labelled guess over the same characters; then longer beats shorter.
    cands.sort(key=lambda c: (not c[3].startswith("code.label"), c[1] - c[0]), reverse=True)
    taken = Disjoint()
    out: list[Fact] = []
    for start, end, scheme, rule in cands:
        if not taken.add(start, end):
            continue
        out.append(fact("code", text, start, end, Code(normalise_code(text[start:end]), scheme), rule))
    out.sort(key=lambda f: (f.start, f.end))
    return out
