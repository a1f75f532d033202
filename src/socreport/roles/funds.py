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

from ..parse import lexicon
from ..parse._scan import required_literals, safe_lower, search_at_literals
from ..parse.spans import Fact
from ..records import FieldValue, FundingItem, Prover
from .money import EU_FUNDS


@lru_cache(maxsize=1)
def programmes() -> tuple[tuple[str, re.Pattern[str] | str, str, str], ...]:
    """(kind, pattern or code scheme, programme, EU fund) per row of the programmes lexicon."""
    out = []
    for r in lexicon.load("programmes"):
        pat: re.Pattern[str] | str = re.compile(r["pattern"], re.IGNORECASE) if r["kind"] == "text" else r["pattern"]
        out.append((r["kind"], pat, r["programme"], r["eu_fund"]))
    return tuple(out)


def fund_fields(text: str, lo: int, hi: int, funding: Sequence[FundingItem], funds: Sequence[Fact],
                prov: Prover) -> list[FieldValue]:
    """``eu_fund`` candidates from the funding rows and the funds named, and the ``programme`` (with
    its fund) named in the article ``text[lo:hi]``."""
    fields: list[FieldValue] = []
    eu_rows = [it for it in funding if it.source in EU_FUNDS]
    eu_rows.sort(key=lambda it: (it.scope != "whole", it.prov.start))
    for it in eu_rows[:1]:
        fields.append(FieldValue("eu_fund", it.source, it.prov, 0))
    eu_facts = [f for f in funds if f.value.key in EU_FUNDS]  # type: ignore[union-attr]
    if eu_facts:
        common = Counter(f.value.key for f in eu_facts).most_common(1)[0][0]  # type: ignore[union-attr]
        first = next(f for f in eu_facts if f.value.key == common)  # type: ignore[union-attr]
        fields.append(FieldValue("eu_fund", common, prov(first.start, first.end), 1))
    body = text[lo:hi]
    low = safe_lower(body)
    for kind, pat, programme, fund in programmes():
        if kind != "text":
            continue
        mm = search_at_literals(pat, required_literals(pat.pattern), body, low)  # type: ignore[union-attr]
        if mm:
            fields.append(FieldValue("programme", programme, prov(lo + mm.start(), lo + mm.end()), 0))
            if fund:
                fields.append(FieldValue("eu_fund", fund, prov(lo + mm.start(), lo + mm.end()), 2))
            break
    return fields


def code_programme_fields(codes: Sequence[Fact], prov: Prover) -> list[FieldValue]:
    """The ``programme`` (and its fund) that the scheme of a project code tells."""
    fields: list[FieldValue] = []
    for kind, pat, programme, fund in programmes():
        if kind == "code" and any(f.value.scheme == pat for f in codes):  # type: ignore[union-attr]
            f = next(f for f in codes if f.value.scheme == pat)  # type: ignore[union-attr]
            fields.append(FieldValue("programme", programme, prov(f.start, f.end), 1))
            if fund:
                fields.append(FieldValue("eu_fund", fund, prov(f.start, f.end), 3))
            break
    return fields
