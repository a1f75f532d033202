"""How strongly two spans of an article belong together: a cost model and one-to-one linking.

The cost of linking a figure with another (an amount with its share, a share with its fund) is
the number of characters between them plus penalties for what separates them. Lower is closer;
each kind of link has its own upper limit (see :mod:`socreport.roles.money_labels` and
:mod:`socreport.roles.money`). The weights below are in the unit of "characters of text between":
a comma counts as much as 30 characters of words.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate

from ..parse import labels
from ..parse.layout import BULLET_MARK
from ..parse.spans import Fact

#: Capital letters of the three languages, for telling where a sentence starts.
CAPITALS = "A-ZĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲ"
#: A sentence end: its mark, then spaces (or a line break and a list bullet) and a capital.
_SENTENCE_END = re.compile(rf"[.!?](?:\s+|\s*\n[ \t]*{BULLET_MARK}[ \t]+)[{CAPITALS}]")

#: Two spans further apart than this many characters are never linked.
MAX_GAP = 220
#: A comma or semicolon between: the next item of a list has begun.
COMMA_COST = 30
#: A paragraph break (a line break after a sentence end or an empty line) between.
PARAGRAPH_COST = 60
#: A line break inside a sentence: the text was merely wrapped.
WRAPPED_LINE_COST = 5
#: A word that starts the next item of an enumeration ("un", "and"), per occurrence.
NEXT_ITEM_COST = 40
#: A breakdown marker between ("t.sk.", "no kuriem"): what follows is a part of something else —
#: unless the marker and a verb open the gap ("EUR 1.02 million of which comes from the ERDF",
#: "85% of which is financed by the ERDF", lexicon role ``part_before``): then the figure before is the part.
BREAKDOWN_COST = 200
#: A sentence end between.
SENTENCE_END_COST = 200
#: Candidates whose starts lie further apart than this are not even scored.
MAX_START_DISTANCE = 400


def gap(text: str, a: int, b: int, blockers: Sequence[tuple[int, int]] = ()) -> float:
    """Cost of linking something ending at ``a`` with something starting at ``b`` (``a <= b``).

    Characters between them, plus penalties for punctuation, line breaks, conjunctions, a
    breakdown marker or a sentence end in between; infinite when another amount (a span of
    ``blockers``) lies between."""
    if b < a:
        a, b = b, a
    if min(b, len(text)) - a > MAX_GAP:
        return math.inf
    for s, e in blockers:
        if a <= s and e <= b:
            return math.inf
    return _penalties(text, a, b)


def _penalties(text: str, a: int, b: int) -> float:
    return _penalties_of(text[a:b], text[b : b + 1])


@lru_cache(maxsize=4096)
def _penalties_of(between: str, following: str) -> float:
    """The penalties of :func:`gap` for the text ``between`` two spans, followed by the character
    ``following`` (``""`` at the end of the text): a function of these two strings only, kept for
    the texts between seen last (a long enumeration has the same few between each pair)."""
    cost = float(len(between.strip()))
    cost += COMMA_COST * (between.count(",") + between.count(";"))
    for nl in re.finditer(r"\n+", between):  # a wrapped line costs little, a paragraph break much
        before = between[: nl.start()].rstrip()
        cost += PARAGRAPH_COST if (not before or before[-1] in ".:;!?") else WRAPPED_LINE_COST
    cost += NEXT_ITEM_COST * len(labels.pattern("next_item").findall(between))
    if labels.has("breakdown", between) and not labels.pattern("part_before").match(between):
        cost += BREAKDOWN_COST
    if _SENTENCE_END.search(between + following):  # the capital may be the first letter of what follows
        cost += SENTENCE_END_COST
    return cost


def cost(text: str, x: Fact, y: Fact, blockers: Sequence[tuple[int, int]] = ()) -> float:
    """Cost of linking two facts: :func:`gap` between them, 0 when they overlap."""
    if x.end <= y.start:
        return gap(text, x.end, y.start, blockers)
    if y.end <= x.start:
        return gap(text, y.end, x.start, blockers)
    return 0.0


class _Blockers:
    """Spans sorted by start, for "does a span other than these two lie within [a, b]?" in time
    proportional to the spans that start there (few: [a, b] is at most :data:`MAX_GAP` long).

    :meth:`next_end` and :meth:`last_start` bound where a partner of a span can lie at all: no
    link crosses a blocker, so the partners of a span lie between the blockers nearest to it."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        self.spans = sorted(set(spans))
        self.starts = [st for st, _ in self.spans]
        # Only blockers of at least one character bound a window: an empty span may be a
        # candidate's own span, which never blocks its own link.
        solid = [sp for sp in self.spans if sp[0] < sp[1]]
        self._solid_starts = [st for st, _ in solid]
        self._min_end_from = list(accumulate((e for _, e in reversed(solid)), min))[::-1]
        by_end = sorted(solid, key=lambda sp: sp[1])
        self._ends = [e for _, e in by_end]
        self._max_start_to = list(accumulate((st for st, _ in by_end), max))

    def next_end(self, p: int) -> float:
        """The smallest end of a (non-empty) blocker that starts at or after ``p`` (inf if none)."""
        k = bisect_left(self._solid_starts, p)
        return self._min_end_from[k] if k < len(self._min_end_from) else math.inf

    def last_start(self, p: int) -> float:
        """The largest start of a (non-empty) blocker that ends at or before ``p`` (-inf if none)."""
        k = bisect_right(self._ends, p)
        return self._max_start_to[k - 1] if k else -math.inf

    def between(self, a: int, b: int, own: tuple[tuple[int, int], tuple[int, int]]) -> bool:
        k = bisect_left(self.starts, a)
        while k < len(self.spans) and self.starts[k] <= b:
            span = self.spans[k]
            if span[1] <= b and span not in own:
                return True
            k += 1
        return False


def _pair_cost(text: str, x: Fact, y: Fact, blockers: _Blockers) -> float:
    """:func:`cost` of ``x`` and ``y`` with every blocker but their own spans."""
    if x.end <= y.start:
        a, b = x.end, y.start
    elif y.end <= x.start:
        a, b = y.end, x.start
    else:
        return 0.0
    if min(b, len(text)) - a > MAX_GAP:
        return math.inf
    if blockers.between(a, b, ((x.start, x.end), (y.start, y.end))):
        return math.inf
    return _penalties(text, a, b)


def assign(
    text: str, items: Sequence[Fact], targets: Sequence[Fact], limit: float, blockers: Sequence[tuple[int, int]] = ()
) -> dict[int, int]:
    """One-to-one links item → target (indices), cheapest first, each cost at most ``limit``.

    Only the targets that can have a finite cost with an item are scored, found by bisection:
    their starts lie at most :data:`MAX_START_DISTANCE` from the item's, within :data:`MAX_GAP`
    of it, and between the blockers nearest to it on either side (a link never crosses another
    amount). So the time grows with the number of pairs near enough to be linked, a few per item
    even on a line of thousands of amounts, funds and shares, and the links are those of scoring
    every pair. (With ``limit=inf`` the pairs of infinite cost count too: then every target
    within :data:`MAX_START_DISTANCE` is scored.)"""
    index = _Blockers(blockers)
    order = sorted(range(len(targets)), key=lambda j: targets[j].start)
    starts = [targets[j].start for j in order]
    longest = max((t.end - t.start for t in targets), default=0)
    n = len(text)
    bounded = limit < math.inf  # an infinite limit takes the pairs of infinite cost too
    pairs = []
    for i, it in enumerate(items):
        # A target on the left ends after the last blocker before the item and within MAX_GAP of
        # it; one on the right starts before the first blocker after it and within MAX_GAP.
        lo: float = it.start - MAX_START_DISTANCE
        hi: float = it.start + MAX_START_DISTANCE
        if bounded:
            lo = max(lo, index.last_start(it.start) - longest + 1)
            hi = min(hi, index.next_end(it.end) - 1)
            if it.start <= n:
                lo = max(lo, it.start - MAX_GAP - longest)
            if it.end + MAX_GAP < n:
                hi = min(hi, it.end + MAX_GAP)
        k = bisect_left(starts, lo)
        while k < len(order) and starts[k] <= hi:
            j = order[k]
            k += 1
            c = _pair_cost(text, it, targets[j], index)
            if c <= limit:
                pairs.append((c, i, j))
    pairs.sort()
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in pairs:
        if i in out or j in used:
            continue
        out[i] = j
        used.add(j)
    return out
