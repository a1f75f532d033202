"""Recognisers: pure functions from a string to :class:`~socreport.parse.spans.Fact` lists.

:func:`find_facts` runs every recogniser over one text and resolves overlaps between them, so that
the digits of a code, a date or an amount are never also read as a count or a percentage.
"""

from __future__ import annotations

import bisect

from .spans import Fact

#: Which kinds a fact of a given kind gives way to when their spans overlap.
_YIELDS_TO: dict[str, frozenset[str]] = {
    "count": frozenset({"code", "date", "period", "money", "percent", "duration"}),
    "percent": frozenset({"code", "date", "period"}),
    "money": frozenset({"code", "date", "period"}),
    "duration": frozenset({"code", "date", "money"}),
    "date": frozenset({"code", "money"}),
}


class _Spans:
    """Sorted spans of one kind, for "does anything overlap [start, end)?" in O(log n)."""

    def __init__(self, facts: list[Fact]):
        spans = sorted((f.start, f.end) for f in facts)
        self.starts = [a for a, _ in spans]
        # running maximum of ends, so the last span starting before `end` tells about all earlier ones
        self.max_end = []
        m = -1
        for _, b in spans:
            m = max(m, b)
            self.max_end.append(m)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.max_end[i] > start


def find_facts(text: str, *, this_year: int | None = None) -> list[Fact]:
    """All facts in ``text``, sorted by position (start, then longer first, then kind).

    ``this_year`` (the publication year, when known) resolves relative dates such as
    ``šī gada novembrī``; without it they are not read."""
    from .codes import find_codes
    from .counts import find_counts
    from .dates import find_dates
    from .funds import find_funds
    from .money import find_money, find_percents
    from .names import find_acronyms, titles_given
    from .orgs import find_organisations
    from .periods import find_durations, find_periods

    found: list[Fact] = []
    found.extend(find_periods(text, this_year=this_year))
    found.extend(find_dates(text, this_year=this_year))
    codes, acronyms = find_codes(text), find_acronyms(text)
    found.extend(codes)
    for finder in (find_money, find_percents, find_durations, find_counts, find_funds):
        found.extend(finder(text))
    found.extend(acronyms)
    found.extend(titles_given(text, codes, acronyms))  # titles read the codes and acronyms found here
    found.extend(find_organisations(text))
    by_kind: dict[str, list[Fact]] = {}
    for f in found:
        by_kind.setdefault(f.kind, []).append(f)
    index = {k: _Spans(v) for k, v in by_kind.items()}
    kept = []
    for f in found:
        stronger = _YIELDS_TO.get(f.kind, frozenset())
        if any(index[k].overlaps(f.start, f.end) for k in stronger if k in index):
            continue
        kept.append(f)
    kept = sorted(set(kept), key=lambda f: (f.start, -f.end, f.kind, f.rule, f.raw))
    return kept


__all__ = ["find_facts", "Fact"]
