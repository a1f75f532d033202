"""Funding sources named in text: EU funds (ERAF/ERDF, ESF, EEA and Norway grants, EaSI/PROGRESS,
ELFLA/EAFRD, KF/Cohesion Fund) and non-EU sources (state budget, municipality, own funds).

The names are data (lexicon ``funds.csv``: key, is_eu, language, pattern, case). A name is taken
only where it stands alone: not inside a word, a web address, an e-mail or a code such as
``2014.EEZ/PP/1/MIC/081/043``. Where two names start at the same place the longer wins, so ``Eiropas Reģionālās
attīstības fonda (ERAF)`` gives two facts (the name and the abbreviation), never three.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from ._scan import find_literals, lower_same_length, windows
from .spans import Fact, Fund, fact

#: Characters searched on each side of a trigger word for the whole name.
_RADIUS = 80

#: Characters that glue a name to a neighbouring token (web address, e-mail, code, compound).
_GLUE_BEFORE = "./-_@\\"
_GLUE_AFTER = "/_@\\"


@lru_cache(maxsize=None)
def _patterns() -> tuple[tuple[str, bool, re.Pattern[str]], ...]:
    out = []
    for r in lexicon.load("funds"):
        flags = re.IGNORECASE if r["case"] == "ci" else 0
        pat = re.compile(rf"(?<!\w)(?:{r['pattern']})(?!\w)", flags)
        out.append((r["key"], r["is_eu"].lower() == "true", pat))
    return tuple(out)


@lru_cache(maxsize=None)
def eu_funds() -> frozenset[str]:
    """The keys of the EU funds (``is_eu`` in the lexicon): ERDF, ESF, EEA, Norway, EaSI, EAFRD, CF."""
    return frozenset(key for key, is_eu, _ in _patterns() if is_eu)


@lru_cache(maxsize=None)
def _any_name() -> re.Pattern[str]:
    """All names in one alternation: finds where a name starts (one scan instead of one per row)."""
    alts = [f"(?i:{r['pattern']})" if r["case"] == "ci" else f"(?:{r['pattern']})" for r in lexicon.load("funds")]
    return re.compile(rf"(?<!\w)(?:{'|'.join(alts)})(?!\w)")


@lru_cache(maxsize=None)
def _triggers() -> tuple[str, ...]:
    return tuple(sorted({t.lower() for r in lexicon.load("funds") for t in r["trigger"].split("|") if t}))


#: A token (text between spaces) holding one of these is an address, e-mail or code, not words.
_CODE_LIKE = re.compile(r"[\d.@:\\_]")
#: Longest token looked at on each side of a name joined by a slash.
_TOKEN = 40


def _slash_joined_words(text: str, start: int, end: int) -> bool:
    """True where the name is joined by ``/`` to plain words only (``Publiskais/ELFLA finansējums``,
    ``ERAF/KF``), not to an address or a code (``EEZ/PP/1/MIC``, ``esf.lv/lv``)."""
    a = start
    while a > max(0, start - _TOKEN) and not text[a - 1].isspace():
        a -= 1
    b = end
    while b < min(len(text), end + _TOKEN) and not text[b].isspace():
        b += 1
    token = text[a:b]
    return "/" in token and not _CODE_LIKE.search(token.strip(".,;:!?()[]\"'“”„«»"))


def _stands_alone(text: str, start: int, end: int) -> bool:
    """True unless the match is glued to a neighbouring token (``www.esf.lv``, ``2014.EEZ/PP``)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if "/" in (before, after) and _slash_joined_words(text, start, end):
        return True
    if before in _GLUE_BEFORE and start > 1 and not text[start - 2].isspace():
        return False
    if after in _GLUE_AFTER:
        return False
    if after == "." and end + 1 < len(text) and text[end + 1].isalnum():
        return False  # www.esf.lv (while "ESF-funded" and "ESF." stand alone)
    return True


def parse_fund(s: str) -> Fund | None:
    """The source named by the whole string ``s`` (``"ERAF"`` -> ERDF), or None."""
    if not isinstance(s, str):
        return None
    body = s.strip()
    for key, is_eu, pat in _patterns():
        m = pat.fullmatch(body)
        if m:
            return Fund(key, is_eu)
    return None


def find_funds(text: str) -> list[Fact]:
    """Every funding source named in ``text``, in order, without overlaps (longest wins)."""
    if not isinstance(text, str) or not text:
        return []
    out: list[Fact] = []
    any_name = _any_name()
    hits = find_literals(lower_same_length(text), _triggers())
    for ws, we in windows(text, hits, _RADIUS):
        pos = ws
        while True:
            m = any_name.search(text, pos, we)
            if m is None:
                break
            start = m.start()
            best: tuple[int, str, bool, int] | None = None  # end, key, is_eu, row
            for i, (key, is_eu, pat) in enumerate(_patterns()):
                mm = pat.match(text, start, we)
                if (
                    mm
                    and mm.end() > start
                    and (best is None or mm.end() > best[0])
                    and _stands_alone(text, start, mm.end())
                ):
                    best = (mm.end(), key, is_eu, i)
            if best is None:
                pos = start + 1
                continue
            end, key, is_eu, i = best
            out.append(fact("fund", text, start, end, Fund(key, is_eu), f"fund.{key}.{i}"))
            pos = end
    out.sort(key=lambda f: (f.start, f.end))
    return out
