"""The EU fund and the programme of an article's project.

The EU fund comes, strongest first, from a whole-project funding row, from the fund the article
names most often, from a programme named in the text, from the scheme of a project code. The
programme comes from its name in the text or from a code's scheme (``lexicon/programmes.csv``).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Sequence

from ..parse import labels, lexicon
from ..parse.spans import Code, Fact, Fund
from ..records import FieldValue, FundingItem, Prover
from .money import EU_FUNDS


@lru_cache(maxsize=1)
def text_programmes() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(pattern, programme, EU fund) per ``text`` row of the programmes lexicon, in its order."""
    return tuple((re.compile(r["pattern"], re.IGNORECASE), r["programme"], r["eu_fund"])
                 for r in lexicon.load("programmes") if r["kind"] == "text")


@lru_cache(maxsize=1)
def code_programmes() -> tuple[tuple[str, str, str], ...]:
    """(code scheme, programme, EU fund) per ``code`` row of the programmes lexicon, in its order."""
    return tuple((r["pattern"], r["programme"], r["eu_fund"]) for r in lexicon.load("programmes") if r["kind"] == "code")


def fund_fields(text: str, lo: int, hi: int, funding: Sequence[FundingItem], funds: Sequence[Fact[Fund]],
                prov: Prover) -> list[FieldValue]:
    """``eu_fund`` candidates from the funding rows and the funds named, and the ``programme`` (with
    its fund) named in the article ``text[lo:hi]``."""
    fields: list[FieldValue] = []
    eu_rows = [it for it in funding if it.source in EU_FUNDS]
    eu_rows.sort(key=lambda it: (it.scope != "whole", it.prov.start))
    for it in eu_rows[:1]:
        fields.append(FieldValue("eu_fund", it.source, it.prov, 0))
    eu_facts = [f for f in funds if f.value.key in EU_FUNDS]
    if eu_facts:
        common = Counter(f.value.key for f in eu_facts).most_common(1)[0][0]
        first = next(f for f in eu_facts if f.value.key == common)
        fields.append(FieldValue("eu_fund", common, prov(first.start, first.end), 1))
    scan = labels.Scan(text, lo, hi)
    for pat, programme, fund in text_programmes():
        mm = scan.search(pat, lo, hi)
        if mm:
            fields.append(FieldValue("programme", programme, prov(lo + mm.start(), lo + mm.end()), 0))
            if fund:
                fields.append(FieldValue("eu_fund", fund, prov(lo + mm.start(), lo + mm.end()), 2))
            break
    return fields


def code_programme_fields(codes: Sequence[Fact[Code]], prov: Prover) -> list[FieldValue]:
    """The ``programme`` (and its fund) that the scheme of a project code tells."""
    fields: list[FieldValue] = []
    for scheme, programme, fund in code_programmes():
        if any(f.value.scheme == scheme for f in codes):
            f = next(f for f in codes if f.value.scheme == scheme)
            fields.append(FieldValue("programme", programme, prov(f.start, f.end), 1))
            if fund:
                fields.append(FieldValue("eu_fund", fund, prov(f.start, f.end), 3))
            break
    return fields
