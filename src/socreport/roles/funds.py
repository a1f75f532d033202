"""The EU fund and the programme of an article's project.

The EU fund is one the text names: strongest first, the fund of a whole-project funding row, then the
fund the article names most often. A fund named only in a list of several EU funds ("co-financed by
the European Regional Development Fund, the European Social Fund Plus, the Cohesion Fund and the Just
Transition Fund") says what a platform or a multi-fund programme covers, not which fund pays for the
project, and is not used. A programme never supplies the fund: a page that names only the programme
leaves the fund empty (a guessed value shown as fact is worse than an empty cell).

The programme comes from its name in the text or from a code's scheme (``lexicon/programmes.csv``).
A programme name whose row needs a period applies only where the year range next to the name states
that period ("Latvijas – Lietuvas pārrobežu sadarbības programma 2007.–2013. gadam"); a name with no
period stated gets the row without one, never a guessed period.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from .. import schemas
from ..parse import labels, lexicon
from ..parse.spans import Code, Fact, Fund
from ..records import FieldValue, FundingItem, Prover

#: The funding sources that are EU funds.
EU_FUNDS = frozenset(schemas.EU_FUNDS)
#: The source of EU money whose fund the text does not name ("ES fondų lėšos", "EU contribution").
EU_UNNAMED = schemas.EU_UNNAMED


class Programme(NamedTuple):
    kind: str  # "text" or "code"
    pattern: re.Pattern[str] | None  # the name, for a text row
    scheme: str  # the code scheme, for a code row
    period: str  # the programming period a text row requires next to the name, or ""
    programme: str
    eu_fund: str  # the programme's fund where it has one (documentation; never the project's fund)


@lru_cache(maxsize=1)
def programmes() -> tuple[Programme, ...]:
    """One :class:`Programme` per row of the programmes lexicon."""
    out = []
    for r in lexicon.load("programmes"):
        if r["kind"] == "text":
            pat = re.compile(r["pattern"], re.IGNORECASE)
            out.append(Programme("text", pat, "", r["period"], r["programme"], r["eu_fund"]))
        else:
            out.append(Programme("code", None, r["pattern"], r["period"], r["programme"], r["eu_fund"]))
    return tuple(out)


#: A programming period as written: "2014-2020", "2014.– 2020.", "2007–2013 m.", "2009. -2014.gada".
_YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d\d)\.?\s{0,2}[–-]\s{0,2}((?:19|20)\d\d)(?!\d)")
#: Characters on each side of a programme's name searched for its period.
PERIOD_WINDOW = 60


def period_near(
    text: str, start: int, end: int, window: int = PERIOD_WINDOW, *, lo: int = 0, hi: int | None = None
) -> str | None:
    """The programming period (``"2014–2020"``) written closest to ``text[start:end]``, within
    ``window`` characters on either side and inside ``text[lo:hi]``, or None."""
    lo, hi = max(lo, start - window), min(len(text) if hi is None else hi, end + window)
    best: tuple[int, str] | None = None
    for m in _YEAR_RANGE.finditer(text, lo, hi):
        if int(m.group(2)) <= int(m.group(1)):
            continue
        dist = max(0, start - m.end(), m.start() - end)
        if best is None or dist < best[0]:
            best = (dist, f"{m.group(1)}–{m.group(2)}")
    return best[1] if best else None


#: What may stand between the names of a list of funds: commas, "and", "or", articles, brackets.
_LIST_GLUE = re.compile(r"(?:[\s,;/()]|\b(?:and|or|the|un|vai|ir|arba|bei)\b)*", re.IGNORECASE)


def listed_funds(text: str, funds: Sequence[Fact[Fund]]) -> set[int]:
    """Indices of the EU fund names that stand in a list naming two or more different EU funds."""
    eu = [i for i, f in enumerate(funds) if f.value.key in EU_FUNDS]
    out: set[int] = set()
    run: list[int] = []

    def close() -> None:
        if len({funds[i].value.key for i in run}) >= 2:
            out.update(run)

    for i in eu:
        if run and _LIST_GLUE.fullmatch(text, funds[run[-1]].end, funds[i].start) is None:
            close()
            run = []
        run.append(i)
    close()
    return out


def fund_fields(
    text: str, lo: int, hi: int, funding: Sequence[FundingItem], funds: Sequence[Fact[Fund]], prov: Prover
) -> list[FieldValue]:
    """``eu_fund`` candidates from the funding rows and the funds named, and the ``programme`` named
    in the article ``text[lo:hi]``."""
    fields: list[FieldValue] = []
    listed = listed_funds(text, funds)
    eu_rows = [it for it in funding if it.source in EU_FUNDS]
    eu_rows.sort(key=lambda it: (it.scope != "whole", it.prov.start))
    for it in eu_rows[:1]:
        fields.append(FieldValue("eu_fund", it.source, it.prov, 0))
    eu_facts = [f for i, f in enumerate(funds) if f.value.key in EU_FUNDS and i not in listed]
    if eu_facts:
        common = Counter(f.value.key for f in eu_facts).most_common(1)[0][0]
        first = next(f for f in eu_facts if f.value.key == common)
        fields.append(FieldValue("eu_fund", common, prov(first.start, first.end), 1))
    found = _programme_in_text(text, lo, hi)
    if found is not None:
        start, end, name = found
        fields.append(FieldValue("programme", name, prov(start, end), 0))
    return fields


#: Mentions of one programme name looked at for a period (the period, when stated, is by the first ones).
_MENTIONS = 8


def _programme_in_text(text: str, lo: int, hi: int) -> tuple[int, int, str] | None:
    """``(start, end, programme)`` of the first programme row that ``text[lo:hi]`` names (with its
    period where the row needs one)."""
    scan = labels.Scan(text, lo, hi)
    for row in programmes():
        if row.pattern is None:
            continue
        a = lo
        for _ in range(_MENTIONS if row.period else 1):
            m = scan.search(row.pattern, a, hi)
            if m is None:
                break
            start, end = a + m.start(), a + m.end()
            if not row.period or period_near(text, start, end, lo=lo, hi=hi) == row.period:
                return start, end, row.programme
            a = start + 1
    return None


def code_programme_fields(codes: Sequence[Fact[Code]], prov: Prover) -> list[FieldValue]:
    """The ``programme`` that the scheme of a project code tells."""
    fields: list[FieldValue] = []
    for row in programmes():
        if row.kind == "code" and any(f.value.scheme == row.scheme for f in codes):
            f = next(f for f in codes if f.value.scheme == row.scheme)
            fields.append(FieldValue("programme", row.programme, prov(f.start, f.end), 1))
            break
    return fields
