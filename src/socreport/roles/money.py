"""Amounts and shares of one article → funding rows (whole project or one partner, per source).

A share written right beside an amount is that amount's ("(85%)", "90% (17 489,62 EUR)");
otherwise a share binds to the fund it names ("85% ir ESF līdzfinansējums (8 000 497,43 EUR)").
An amount binds to its fund and is then a *part*; an amount labelled as the total (or as a
partner's budget) is a *container* the parts after it belong to, and stays the total even when a
share statement follows it ("1 001 524.17 EUR (80% no projekta finansē ... EaSI"). Shares stated
without amounts ("85% finansē Eiropas Sociālais fonds, 15% ir valsts budžets") become parts of the
container before them, with an amount derived from its total.

Links are made by :func:`socreport.roles.linking.assign`, each kind within its own cost limit.
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple, Sequence

from .. import schemas
from ..parse import labels
from ..parse.spans import Fact, Money
from ..records import FieldValue, FundingItem, Prov, Prover, name_key
from .linking import assign
from .partners import partner_from_lead, resolve_partner

#: Cost limits of the links (in the units of :mod:`socreport.roles.linking`, about characters):
#: a share right beside an amount — "(85%)" after it, "90% (" before it;
SHARE_BESIDE_AMOUNT = 12
#: a share and the fund it names, in one phrase ("85% ir ESF līdzfinansējums");
SHARE_TO_FUND = 60
#: an amount and the fund it comes from ("299 495.77 EUR (85%) ERAF finansējums");
AMOUNT_TO_FUND = 120
#: a share without an amount and its fund, across a short enumeration.
SHARE_WITHOUT_AMOUNT = 150

#: How far back (characters, same line) the label of an amount is read.
LABEL_WIDTH = 110
#: How many characters of the label, just before the amount, may mark it as not funding.
IGNORE_WIDTH = 40
#: How far after an amount (same line) a word may mark it as not funding.
TRAIL_WIDTH = 80

EU_FUNDS = frozenset(schemas.EU_FUNDS)


class _Container(NamedTuple):
    pos: int
    scope: str
    partner: str | None
    money: Fact


class _Part(NamedTuple):
    pos: int
    money: Fact
    source: str
    share: float | None


class _Reading(NamedTuple):
    containers: list[_Container]
    parts: list[_Part]
    used_pct: set[int]
    part_funds: set[int]


def lead(text: str, pos: int, floor: int, width: int = LABEL_WIDTH) -> str:
    """Words just before ``pos`` in the same line, not before ``floor``."""
    lo = max(floor, pos - width, text.rfind("\n", 0, pos) + 1)
    return text[lo:pos]


def funding_items(text: str, lo: int, hi: int, by: dict[str, list[Fact]], prov: Prover) -> list[FundingItem]:
    """The funding rows of the article ``text[lo:hi]`` from its facts ``by`` kind."""
    money, percents, funds = by["money"], by["percent"], by["fund"]
    blockers = [(m.start, m.end) for m in money]
    reading = _read_amounts(text, lo, hi, by, blockers)
    funding: list[FundingItem] = []
    seen: set[tuple] = set()

    def add(item: FundingItem) -> None:
        # the same statement repeated (a page in two languages) is one row
        key = (item.scope, name_key(item.partner or ""), item.source, item.amount_eur, item.share_pct)
        if key not in seen:
            seen.add(key)
            funding.append(item)

    for c in reading.containers:
        v: Money = c.money.value  # type: ignore[assignment]
        add(FundingItem(c.scope, c.partner, "total", v.amount_eur, None, v.amount, v.currency, False,
                        prov(c.money.start, c.money.end)))
    for pos, m, source, share in reading.parts:
        scope, partner, _ = _container_at(reading.containers, pos)
        v = m.value  # type: ignore[assignment]
        add(FundingItem(scope, partner, source, v.amount_eur, share, v.amount, v.currency, False, prov(m.start, m.end)))
    # -- shares stated without amounts: "85% finansē Eiropas Sociālais fonds, 15% ir valsts budžets"
    rest_pct = [k for k in range(len(percents)) if k not in reading.used_pct]
    rest_funds = [j for j in range(len(funds)) if j not in reading.part_funds]
    shares = assign(text, [percents[k] for k in rest_pct], [funds[j] for j in rest_funds],
                    SHARE_WITHOUT_AMOUNT, blockers)
    for a, b in sorted(shares.items()):
        pct, fnd = percents[rest_pct[a]], funds[rest_funds[b]]
        scope, partner, total_m = _container_at(reading.containers, pct.start)
        total = total_m.value.amount_eur if total_m is not None else None  # type: ignore[union-attr]
        share = pct.value.value  # type: ignore[union-attr]
        amount = round(total * share / 100, 2) if total is not None else None
        add(FundingItem(scope, partner, fnd.value.key, amount, share, None, None, amount is not None,  # type: ignore[union-attr]
                        prov(min(pct.start, fnd.start), max(pct.end, fnd.end))))
    return _add_derived_totals(funding)


def _read_amounts(text: str, lo: int, hi: int, by: dict[str, list[Fact]],
                  blockers: list[tuple[int, int]]) -> _Reading:
    """Every amount of the article as a container (a total, a partner's budget), a part (bound to a
    fund, or after a breakdown marker) or nothing (pre-financing and the like)."""
    money, percents, funds, orgs = by["money"], by["percent"], by["fund"], by["organisation"]
    m_pct = assign(text, money, percents, SHARE_BESIDE_AMOUNT, blockers)
    direct = set(m_pct.values())
    loose_pct = [k for k in range(len(percents)) if k not in direct]
    p_fund = {loose_pct[a]: b for a, b in
              assign(text, [percents[k] for k in loose_pct], funds, SHARE_TO_FUND, blockers).items()}
    fund_pct = {j: k for k, j in p_fund.items()}
    m_fund = assign(text, money, funds, AMOUNT_TO_FUND, blockers)
    out = _Reading([], [], set(), set())
    prev_end = lo
    for i, m in enumerate(money):
        label = lead(text, m.start, prev_end)
        label_start = m.start - len(label)
        nxt = money[i + 1].start if i + 1 < len(money) else hi
        trail = text[m.end: min(nxt, m.end + TRAIL_WIDTH)].split("\n")[0]
        prev_end = m.end
        if labels.has("ignore", label[-IGNORE_WIDTH:]) or labels.has("ignore", trail):
            continue
        j = m_fund.get(i)
        if j is not None and labels.has("total", label) and any(m.end <= pc.start < funds[j].start for pc in percents):
            j = None  # "total (80% ... EaSI)": a share statement after the total, not a part
        if j is not None:
            k = m_pct.get(i, fund_pct.get(j))
            share = percents[k].value.value if k is not None else None  # type: ignore[union-attr]
            if k is not None:
                out.used_pct.add(k)
            out.part_funds.add(j)
            out.parts.append(_Part(m.start, m, funds[j].value.key, share))  # type: ignore[union-attr]
            continue
        partner = partner_from_lead(label, orgs, label_start)
        if partner:
            out.containers.append(_Container(m.start, "partner", resolve_partner(partner, orgs), m))
        elif labels.has("total", label):
            out.containers.append(_Container(m.start, "whole", None, m))
            if i in m_pct and m_pct[i] in direct:
                direct.discard(m_pct[i])  # "(80% no projekta ...)" after a total is a share statement
        elif labels.has("breakdown", label) and out.containers:
            k = m_pct.get(i)
            if k is not None:
                out.used_pct.add(k)
            out.parts.append(_Part(m.start, m, "other",
                                   percents[k].value.value if k is not None else None))  # type: ignore[union-attr]
    return out


def _container_at(containers: Sequence[_Container], pos: int) -> tuple[str, str | None, Fact | None]:
    """Scope, partner and amount of the last container before ``pos`` (the whole project if none)."""
    before = [c for c in containers if c.pos < pos]
    if before:
        c = before[-1]
        return c.scope, c.partner, c.money
    return "whole", None, None


def _add_derived_totals(funding: list[FundingItem]) -> list[FundingItem]:
    """A scope whose parts are stated with shares summing to 100% but whose total is not stated gets
    the sum of the parts as its total, marked derived."""
    out = list(funding)
    groups: dict[tuple[str, str | None], list[FundingItem]] = defaultdict(list)
    for it in funding:
        groups[(it.scope, it.partner)].append(it)
    for (scope, partner), items in groups.items():
        if any(it.source == "total" for it in items):
            continue
        parts = [it for it in items if not it.derived and it.amount_eur is not None]
        shares = [it.share_pct for it in parts]
        if not parts or any(s is None for s in shares):
            continue
        if abs(sum(shares) - 100.0) > 1.0:  # type: ignore[arg-type]
            continue
        total = round(sum(it.amount_eur for it in parts), 2)  # type: ignore[misc]
        first = min(parts, key=lambda it: it.prov.start)
        last = max(parts, key=lambda it: it.prov.end)
        p = Prov(first.prov.doc_id, first.prov.start, last.prov.end, first.prov.sentence)
        currency = parts[0].currency if all(it.currency == parts[0].currency for it in parts) else None
        original = round(sum(it.amount_original or 0.0 for it in parts), 2) if currency else None
        out.append(FundingItem(scope, partner, "total", total, None, original, currency, True, p))
    return out


def money_fields(funding: Sequence[FundingItem]) -> list[FieldValue]:
    """Project-level money fields from the whole-project rows: total budget, EU funding, EU share."""
    fields: list[FieldValue] = []
    for it in funding:
        if it.scope != "whole":
            continue
        if it.source == "total" and it.amount_eur is not None:
            fields.append(FieldValue("total_budget_eur", it.amount_eur, it.prov, 1 if it.derived else 0))
        elif it.source in EU_FUNDS:
            if it.amount_eur is not None and not it.derived:
                fields.append(FieldValue("eu_funding_eur", it.amount_eur, it.prov))
            if it.share_pct is not None:
                fields.append(FieldValue("eu_share_pct", it.share_pct, it.prov))
    return fields
