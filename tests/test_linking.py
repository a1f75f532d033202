"""The cost model that links amounts, shares and funds (roles/linking.py)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings, strategies as st

from socreport.parse import find_facts
from socreport.parse.spans import Fact, Percent
from socreport.roles.linking import MAX_START_DISTANCE, assign, cost, gap
from socreport.text import normalise

GAP_CASES = [
    # (text, the two facts' kinds to link, expected cost or inf)
    ("561 928.39 EUR (85%) ERAF finansējums", ("money", "percent"), 1.0),
    ("85% ir ESF līdzfinansējums", ("percent", "fund"), 2.0),
    ("85% finansē Eiropas Sociālais fonds, 15% ir valsts budžets", ("percent", "fund"), 7.0),
    ("Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR (85%) ERAF", ("money", "fund"), math.inf),
]


@pytest.mark.parametrize("text,kinds,expected", GAP_CASES)
def test_cost_of_linking(text, kinds, expected):
    facts = find_facts(normalise(text))
    x = next(f for f in facts if f.kind == kinds[0])
    y = next(f for f in facts if f.kind == kinds[1])
    blockers = [(f.start, f.end) for f in facts.money if f != x and f != y]
    assert cost(normalise(text), x, y, blockers) == expected


def test_paragraph_break_costs_more_than_a_wrapped_line():
    wrapped, ended = "A wrapped\nline", "A ended.\nline"
    assert gap(wrapped, 1, len(wrapped)) == 12 + 5
    assert gap(ended, 1, len(ended)) == 11 + 60


def _brute_assign(text, items, targets, limit, blockers):
    """The plain all-pairs reading of :func:`assign`."""
    pairs = []
    for i, it in enumerate(items):
        for j, tg in enumerate(targets):
            if abs(it.start - tg.start) > MAX_START_DISTANCE:
                continue
            own = [bl for bl in blockers if bl != (it.start, it.end) and bl != (tg.start, tg.end)]
            c = cost(text, it, tg, own)
            if c <= limit:
                pairs.append((c, i, j))
    out, used = {}, set()
    for _, i, j in sorted(pairs):
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def _facts(starts, width):
    return [Fact("percent", s, s + width, "x" * width, Percent(1.0), "t") for s in starts]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 1500), max_size=25), st.lists(st.integers(0, 1500), max_size=25),
       st.lists(st.integers(0, 1500), max_size=10), st.sampled_from([12, 60, 150, math.inf]))
def test_assign_equals_all_pairs(item_starts, target_starts, blocker_starts, limit):
    text = ("ab, cd un t.sk. ef.\nGh " * 80)[:1600]
    items, targets = _facts(item_starts, 3), _facts(target_starts, 2)
    blockers = [(s, s + 4) for s in blocker_starts] + [(f.start, f.end) for f in items[:3]]
    assert assign(text, items, targets, limit, blockers) == _brute_assign(text, items, targets, limit, blockers)


@st.composite
def _spans(draw, max_size):
    return [(s, s + w) for s, w in draw(st.lists(st.tuples(st.integers(0, 1200), st.integers(0, 7)), max_size=max_size))]


@settings(max_examples=500, deadline=None)
@given(_spans(30), _spans(30), _spans(15), st.integers(0, 3), st.integers(0, 1300),
       st.sampled_from([0, 12, 60, 120, 150, 400, math.inf]))
def test_assign_with_bounded_windows_equals_all_pairs(item_spans, target_spans, blocker_spans, own, length, limit):
    """Windows bounded by the nearest blockers and MAX_GAP score the same pairs as all pairs: spans
    of every width (empty ones too), blockers that are the items' or targets' own spans, facts
    beyond the end of a short text."""
    text = ("ab, cd un t.sk. ef.\nGh " * 60)[:length]
    items = [Fact("money", s, e, "x" * (e - s), Percent(1.0), "t") for s, e in item_spans]
    targets = [Fact("percent", s, e, "x" * (e - s), Percent(1.0), "t") for s, e in target_spans]
    blockers = blocker_spans + item_spans[:own] + target_spans[:own]
    assert assign(text, items, targets, limit, blockers) == _brute_assign(text, items, targets, limit, blockers)


def test_assign_on_one_line_of_funds_scores_the_near_pairs_only(monkeypatch):
    """A line of thousands of "ERAF finansējums 100 EUR (85%)": each share is scored with the funds
    between its neighbouring amounts only (about 14 pairs each before the windows)."""
    from socreport.roles import linking

    text = normalise("ERAF finansējums 100 EUR (85%) " * 2000)
    facts = find_facts(text)
    scored = 0
    plain = linking._pair_cost

    def counted(*a):
        nonlocal scored
        scored += 1
        return plain(*a)

    monkeypatch.setattr(linking, "_pair_cost", counted)
    blockers = [(m.start, m.end) for m in facts.money]
    links = assign(text, facts.percent, facts.fund, 60, blockers)
    assert links == {k: k + 1 for k in range(1999)}  # "(85%) ERAF": each share to the next fund
    assert scored <= 3 * 2000, scored


def test_assign_on_a_long_enumeration_links_each_amount_to_its_share():
    """Thousands of amounts in one article (bounded size; the near pairs only are scored)."""
    n = 3000
    text = normalise(" ".join(f"{i + 1} EUR (5%)," for i in range(n)))
    facts = find_facts(text)
    links = assign(text, facts.money, facts.percent, 12, [(m.start, m.end) for m in facts.money])
    assert len(links) == n and all(facts.percent[j].start > facts.money[i].end for i, j in links.items())
