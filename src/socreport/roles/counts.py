"""Counts of people in one article and which of them is the project's headline count.

A count in a sentence naming the target group ranks first, then one in a sentence about the whole
project or its results, then one stated as "at least"/"up to", then any other. A count in a
sentence about one partner's share, one place or one year, about one event's attendance, a
statistic, or the present state in a sentence not about the project (lexicon roles
``partner_count``, ``context_count``, ``current_count``) is never the headline; a group listed in
parts ("23 jaunieši un 2 bērni") is one headline count, their sum.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from ..parse import labels
from ..parse.counts import join_words
from ..parse.spans import Count, Fact
from ..records import CountItem, FieldValue, Prover
from ..text import SentenceIndex

#: Ranks of a headline candidate (lower is stronger).
RANK_TARGET, RANK_WHOLE, RANK_QUALIFIED, RANK_OTHER = 0, 1, 2, 3
#: Rank of a part of a listed group: never the headline on its own.
RANK_LISTED_PART = 9
#: More distinct unlabelled counts than this in one article: none of them is the headline.
MAX_UNLABELLED = 2


def count_items(
    text: str, counts: Sequence[Fact[Count]], sents: SentenceIndex, prov: Prover, scan: labels.Scan | None = None
) -> list[CountItem]:
    """Every count of the article as a :class:`CountItem`, ranked as a headline candidate.

    ``scan``: the article's :class:`~socreport.parse.labels.Scan` when the caller has one. Each
    sentence's labels are looked up once, however many counts it holds.

    Long because the formatter writes its long signature and calls one argument per line (it was
    under 60 lines before); its steps run in order and share their local values."""
    out: list[CountItem] = []
    by_sentence: dict[tuple[int, int], list[Fact[Count]]] = defaultdict(list)
    for c in counts:
        by_sentence[sents.span(c.start)].append(c)
    if scan is None and by_sentence:
        scan = labels.Scan(text, min(a for a, _ in by_sentence), max(b for _, b in by_sentence))
    for (a, b), cs in sorted(by_sentence.items()):

        def has(role: str) -> bool:
            assert scan is not None
            return scan.has(role, a, b)  # noqa: B023 - used only in this iteration

        target = has("target")
        partner_level = has("partner_count") and not has("whole_count")
        # one event's attendance, a statistic, the present state before the project: not its people
        context = has("context_count") or (has("current_count") and not has("project_word"))
        partner_level = partner_level or context
        # a part named after a breakdown marker ("300 people, including 120 children", "t.sk. 120
        # bērni") is a part of the count before it, neither another group nor a part of a listed sum
        parts = _breakdown_parts(text, a, cs, scan)
        people = [
            c
            for c, outside in zip(cs, _outside_brackets(text, a, cs))
            if c.value.kind == "people" and outside and c not in parts
        ]  # not a bracketed breakdown
        if has("listing") and len(people) > 1 and not partner_level:
            # one group listed in parts: "mērķa grupa: 23 jaunieši un 2 bērni", "rezultātā ... 8 personām
            # ... un ... 20 bērniem": the headline is their sum
            total = sum(c.value.n for c in people)
            first, last = people[0], people[-1]
            out.append(
                CountItem(
                    total,
                    "; ".join(c.value.group for c in people),
                    "exact",
                    "people",
                    True,
                    RANK_TARGET if target else RANK_WHOLE,
                    prov(first.start, last.end),
                )
            )
            for c in cs:
                v = c.value
                out.append(CountItem(v.n, v.group, v.qualifier, v.kind, False, RANK_LISTED_PART, prov(c.start, c.end)))
            continue
        whole = has("whole_count") or has("results")
        for c in cs:
            v = c.value
            if c in parts:
                out.append(CountItem(v.n, v.group, v.qualifier, v.kind, False, RANK_LISTED_PART, prov(c.start, c.end)))
                continue
            eligible = v.kind == "people" and not partner_level
            if target:
                rank = RANK_TARGET
            elif whole:
                rank = RANK_WHOLE
            elif v.qualifier in ("at_least", "at_most"):
                rank = RANK_QUALIFIED
            else:
                rank = RANK_OTHER
            out.append(CountItem(v.n, v.group, v.qualifier, v.kind, eligible, rank, prov(c.start, c.end)))
    return out


#: How far before a count (characters, its sentence) a breakdown marker makes it a part.
BREAKDOWN_WIDTH = 24


def _breakdown_parts(text: str, a: int, cs: Sequence[Fact[Count]], scan: labels.Scan | None) -> set[Fact[Count]]:
    """The counts of ``cs`` (one sentence starting at ``a``, in text order) that a breakdown marker
    just before them makes a part of an earlier count of people in the sentence, and the counts
    listed right after such a part ("200 people, including children (120) and elderly persons (80)")."""
    out: set[Fact[Count]] = set()
    seen_people = False
    prev: Fact[Count] | None = None  # the part just before, whose list a count may go on
    for c in cs:
        lo = max(a, c.start - BREAKDOWN_WIDTH)
        marked = scan.has("breakdown", lo, c.start) if scan is not None else labels.has("breakdown", text[lo : c.start])
        if seen_people and (marked or (prev is not None and _listed_after(text, prev.end, c.start))):
            out.add(c)
            prev = c
        else:
            prev = None
        seen_people = seen_people or c.value.kind == "people"
    return out


#: What stands between two parts of one list: a comma or a joining word, maybe a word or two of the
#: next group ("… children (120) and elderly persons (80)"), no sentence punctuation.
_LIST_GAP = re.compile(r"[^;:.!?()\n]*")
_GAP_WORD = re.compile(r"[^\W\d_]+")


def _listed_after(text: str, a: int, b: int) -> bool:
    """Whether the text from a part's end ``a`` to the next count at ``b`` only lists on."""
    if b - a > BREAKDOWN_WIDTH or b < a or not _LIST_GAP.fullmatch(text, a, b):
        return False
    return "," in text[a:b] or any(w.group(0).lower() in join_words() for w in _GAP_WORD.finditer(text, a, b))


def _outside_brackets(text: str, a: int, cs: Sequence[Fact[Count]]) -> list[bool]:
    """For each count of ``cs`` (in text order, in the sentence starting at ``a``): whether no more
    brackets have opened than closed between ``a`` and it, counted as we go (linear time)."""
    out, opened, closed, pos = [], 0, 0, a
    for c in cs:
        end = max(pos, c.start)
        opened += text.count("(", pos, end)
        closed += text.count(")", pos, end)
        pos = end
        out.append(opened <= closed)
    return out


def headline_fields(counts: Sequence[CountItem]) -> list[FieldValue]:
    """The ``beneficiaries`` candidate: the strongest eligible count, the largest on ties.

    An unlabelled or qualified count that shares its sentence with an unlabelled or qualified count
    of another group ("4 000 karo pabėgėlių ... bei 2 000 socialiai pažeidžiamų asmenų", "at least
    400 persons with mental disabilities and 150 children", not listed as one group) or of another
    number ("35 asmenys iš Kauno ir 25 asmenys iš Vilniaus", "Kauno rajone ... 20 asmenų, o Vilniaus
    rajone – 30 asmenų") is not the headline: several groups or places with no total give none. It
    stays the headline when it is the sum of the others (a total and its parts), also when they
    are more than :data:`MAX_UNLABELLED` unlabelled counts."""
    eligible = [c for c in counts if c.eligible]
    unlabelled = [c for c in eligible if c.rank == RANK_OTHER]
    if len({c.n for c in unlabelled}) > MAX_UNLABELLED:
        # too many to tell, unless one is the sum of the others of its sentence: "60 personas: 40 bērni un 20 pieaugušie"
        totals = [c for c in unlabelled if _sum_of_its_sentence(c, unlabelled)]
        eligible = [c for c in eligible if c.rank < RANK_OTHER] + totals
    best = sorted(eligible, key=lambda c: (c.rank, -c.n, c.prov.start))
    if best:
        c = best[0]
        if c.rank >= RANK_QUALIFIED:
            others = [
                o
                for o in eligible
                if o is not c
                and o.rank >= RANK_QUALIFIED
                and o.prov.sentence == c.prov.sentence
                and (o.group != c.group or o.n != c.n)
            ]
            if others and c.n != sum(o.n for o in others):
                return []
        return [FieldValue("beneficiaries", c.n, c.prov, c.rank)]
    return []


def _sum_of_its_sentence(c: CountItem, counts: Sequence[CountItem]) -> bool:
    """``c`` is the sum of at least two other counts of ``counts`` in its sentence (a total and its parts)."""
    rest = [o.n for o in counts if o is not c and o.prov.sentence == c.prov.sentence]
    return len(rest) >= 2 and c.n == sum(rest)
