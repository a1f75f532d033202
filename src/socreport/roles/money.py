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

import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence, Set
from typing import NamedTuple

from .. import schemas
from ..parse import FactSet, labels
from ..parse.layout import value_label
from ..parse.spans import Fact, Fund, Money, Percent
from ..records import DERIVED_TOTAL_RANK, REPLACED_RANK, FieldValue, FundingItem, Prov, Prover, name_key
from .linking import CAPITALS, assign
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

#: How far back (characters, same line) the label of a share ("co-funding rate of") is read.
EU_SHARE_WIDTH = 40
#: How far back (characters, same line) a word making a share a limit ("up to") is read.
CEILING_WIDTH = 24
#: Percentage points an EU share may differ from EU amount ÷ total and still agree with them.
SHARE_TOLERANCE = 0.6

EU_FUNDS = frozenset(schemas.EU_FUNDS)
#: The source of EU money whose fund the text does not name ("ES fondų lėšos", "EU contribution").
EU_UNNAMED = schemas.EU_UNNAMED
_SENTENCE_END = re.compile(rf"[.!?]\s+(?=[{CAPITALS}])")
_LETTER = re.compile(r"[^\W\d_]")
_PUNCT = re.compile(r"[.!?,;:]")
_CLAUSE_END = re.compile(rf"[.!?]\s+(?=[{CAPITALS}])|[,;]")


class _Container(NamedTuple):
    pos: int
    scope: str
    partner: str | None
    money: Fact[Money]
    rank: int = 0  # 0 a stated total, 1 eligible costs (the total only where no other is stated)


class _Part(NamedTuple):
    pos: int
    money: Fact[Money]
    source: str
    share: float | None
    whole: bool = False  # the label says it is the whole project's ("Total ERDF project funding")


class _Reading(NamedTuple):
    containers: list[_Container]
    parts: list[_Part]
    used_pct: set[int]
    part_funds: set[int]
    #: amounts replaced by another ("iepriekš", "Initial", the value before "Pēc grozījumiem"):
    #: (money, field, share), kept as weaker candidates of their field so ``sources`` shows them
    replaced: list[tuple[Fact[Money], str, float | None]]


class _Label(NamedTuple):
    text: str  # the label as written (see socreport.parse.layout.value_label)
    start: int
    clause: str  # the part of it after the last sentence end: the words that may name the role
    role: str | None  # fund | eu | total | eligible | None, the one nearest the amount
    fund: int | None  # index of the fund the label names (role fund)


def lead(text: str, pos: int, floor: int, width: int = LABEL_WIDTH) -> str:
    """Words just before ``pos`` in the same line, not before ``floor``."""
    lo = max(floor, pos - width)
    lo = max(lo, text.rfind("\n", lo, pos) + 1)  # a line break before lo changes nothing: look after it only
    return text[lo:pos]


def read_money(text: str, lo: int, hi: int, by: FactSet, prov: Prover) -> tuple[list[FundingItem], list[FieldValue]]:
    """The funding rows of the article ``text[lo:hi]`` and its project-level money fields (total
    budget, EU funding, EU share), from its facts ``by`` kind.

    Long because the formatter writes its long signature and calls one argument per line (it was
    under 60 lines before); its steps run in order and share their local values."""
    money, percents, funds = by.money, by.percent, by.fund
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

    eligible: set[tuple[int, int]] = set()
    for c in reading.containers:
        v = c.money.value
        add(
            FundingItem(
                c.scope,
                c.partner,
                "total",
                v.amount_eur,
                None,
                v.amount,
                v.currency,
                False,
                prov(c.money.start, c.money.end),
            )
        )
        if c.rank:
            eligible.add((c.money.start, c.money.end))
    for pos, m, source, share, whole in reading.parts:
        scope, partner, _ = ("whole", None, None) if whole else _container_at(reading.containers, pos)
        v = m.value
        add(FundingItem(scope, partner, source, v.amount_eur, share, v.amount, v.currency, False, prov(m.start, m.end)))
    # -- shares stated without amounts: "85% finansē Eiropas Sociālais fonds, 15% ir valsts budžets"
    # a share written as a limit ("up to 85% ERDF funding") is a rule of the programme, not the project's
    ceilings = {k for k, p in enumerate(percents) if labels.has("ceiling", lead(text, p.start, lo, CEILING_WIDTH))}
    rest_pct = [k for k in range(len(percents)) if k not in reading.used_pct and k not in ceilings]
    rest_funds = [j for j in range(len(funds)) if j not in reading.part_funds]
    shares = assign(
        text, [percents[k] for k in rest_pct], [funds[j] for j in rest_funds], SHARE_WITHOUT_AMOUNT, blockers
    )
    for a, b in sorted(shares.items()):
        pct, fnd = percents[rest_pct[a]], funds[rest_funds[b]]
        scope, partner, total_m = _container_at(reading.containers, pct.start)
        total = total_m.value.amount_eur if total_m is not None else None
        share = pct.value.value
        amount = round(total * share / 100, 2) if total is not None else None
        add(
            FundingItem(
                scope,
                partner,
                fnd.value.key,
                amount,
                share,
                None,
                None,
                amount is not None,
                prov(min(pct.start, fnd.start), max(pct.end, fnd.end)),
            )
        )
    funding = _add_derived_totals(funding)
    fields = money_fields(funding, eligible)
    # -- an EU co-financing rate stated on its own: "a co-funding rate of 67%"
    bound = {k for k in range(len(percents)) if k in reading.used_pct} | {rest_pct[a] for a in shares}
    for k, pct in enumerate(percents):
        if k not in bound and k not in ceilings and labels.has("eu_share", lead(text, pct.start, lo, EU_SHARE_WIDTH)):
            fields.append(FieldValue("eu_share_pct", pct.value.value, prov(pct.start, pct.end), 1))
    for m, fname, share in reading.replaced:
        fields.append(FieldValue(fname, m.value.amount_eur, prov(m.start, m.end), REPLACED_RANK))
        if share is not None and fname == "eu_funding_eur":
            fields.append(FieldValue("eu_share_pct", share, prov(m.start, m.end), REPLACED_RANK))
    return funding, _check_shares(fields)


def _min_end_from(spans: Sequence[tuple[int, int]]) -> list[float]:
    """For spans sorted by start: ``out[k]`` is the smallest end among ``spans[k:]`` (inf past the
    last), so "does a span lie within [a, b]" is one bisection on the starts."""
    out = [math.inf] * (len(spans) + 1)
    for k in range(len(spans) - 1, -1, -1):
        out[k] = min(spans[k][1], out[k + 1])
    return out


def _label(
    text: str,
    m: Fact[Money],
    floor: int,
    after_money: bool,
    funds: Sequence[Fact[Fund]],
    fund_starts: Sequence[int],
    percents: Sequence[Fact[Percent]],
    pct_after: Sequence[float],
    taken: int = -1,
) -> _Label:
    """The label of the amount ``m`` and the role it gives: of the labels it holds (a fund named, EU
    money, a total, eligible costs), the one nearest the amount. Only the label's last clause
    counts: after a sentence end and, when the label runs from the amount before (``after_money``),
    after a comma or a word that starts the next item of a list — "299 495.77 EUR (85%) ERAF
    finansējums, 17 617.40 EUR" and "17 617.40 EUR (5%) ir Valsts budžeta dotācija un 35 234.80 EUR"
    name the fund of the first amount, not of the second. A total's label with a share between it and the amount
    ("Projekta budžets: 90% (17 489,62 EUR) EEZ ...") heads an enumeration of parts, so it is not
    this amount's. ``fund_starts`` are the funds' starts and ``pct_after`` the shares' ends as
    :func:`_min_end_from` gives them (funds and shares are in text order): only those in the label
    are looked at. An EU label that starts before ``taken`` closes the amount before (written right
    after it: "425 000 Eur Europos Sąjungos lėšos ir 75 000 Eur ..."), so it is not this amount's."""
    label, start = value_label(text, m.start, floor, LABEL_WIDTH)
    cut = 0
    if after_money and start == floor:
        ends = list(_CLAUSE_END.finditer(label)) + list(labels.pattern("next_item").finditer(label))
    else:
        ends = list(_SENTENCE_END.finditer(label))
    for e in ends:
        cut = max(cut, e.start() + 1)
    clause = label[cut:]
    c0 = start + cut
    best: tuple[int, int, str, int | None] | None = None
    for role in ("total", "eligible", "eu"):
        s = labels.last_start(role, clause)
        if s is None:
            continue
        if role != "eu" and pct_after[bisect_left(percents, c0 + s, key=_start)] <= m.start:
            continue
        if role == "eu" and c0 + s < taken:
            continue
        cand: tuple[int, int, str, int | None] = (s, 0, role, None)
        best = cand if best is None or cand[:2] > best[:2] else best
    for j in range(bisect_left(fund_starts, c0), bisect_right(fund_starts, m.start)):
        f = funds[j]
        if c0 <= f.start and f.end <= m.start and not (after_money and _trails(text, floor, f.start, percents)):
            cand = (f.start - c0, 1, "fund", j)
            best = cand if best is None or cand[:2] > best[:2] else best
    if best is None:
        return _Label(label, start, clause, None, None)
    return _Label(label, start, clause, best[2], best[3])


def _start(f: Fact) -> int:
    return f.start


def _trails(text: str, a: int, b: int, percents: Sequence[Fact[Percent]]) -> bool:
    """True when a fund named at ``b`` closes the item of the amount ending at ``a``: only
    brackets, spaces and shares stand between, and no bracket opens ("(1845.09 EUR) Valsts budžeta
    līdzekļi", "561 928.39 EUR (85%) ERAF"), unlike "177 839,95 EUR ( ERAF līdzfinansējums ..."."""
    between = text[a:b]
    for k in range(bisect_left(percents, a, key=_start), len(percents)):
        p = percents[k]
        if p.start > b:
            break
        if p.end <= b:
            between = between.replace(p.raw, " ")
    if _LETTER.search(between) or _PUNCT.search(between):
        return False  # words or a sentence/clause end between: the fund opens an item of its own
    opened = between.rfind("(")
    return opened < between.rfind(")") or opened < 0


class _Links(NamedTuple):
    """What the amounts of an article are linked to before their roles are decided."""

    m_pct: dict[int, int]  # amount -> the share right beside it
    fund_pct: dict[int, int]  # fund -> the share stated in its phrase
    m_fund: dict[int, int]  # amount whose label names no role -> the nearest fund no label has taken
    labels: list[_Label]  # each amount's label
    eu_after: frozenset[int]  # amounts without a label of their own that EU money's label follows


def _links(text: str, lo: int, by: FactSet, blockers: list[tuple[int, int]]) -> _Links:
    """Shares beside amounts, shares to funds, each amount's label, and funds to the amounts whose
    label names no role (each kind of link within its own cost limit)."""
    money, percents, funds = by.money, by.percent, by.fund
    m_pct = assign(text, money, percents, SHARE_BESIDE_AMOUNT, blockers)
    direct = set(m_pct.values())
    loose_pct = [k for k in range(len(percents)) if k not in direct]
    p_fund = {
        loose_pct[a]: b
        for a, b in assign(text, [percents[k] for k in loose_pct], funds, SHARE_TO_FUND, blockers).items()
    }
    floors = [lo] + [m.end for m in money[:-1]]
    fund_starts = [f.start for f in funds]
    pct_after = _min_end_from([(p.start, p.end) for p in percents])
    lab: list[_Label] = []
    eu_after: set[int] = set()
    taken = -1  # where the EU label that closes the amount before ends
    for i, m in enumerate(money):
        lb = _label(text, m, floors[i], i > 0, funds, fund_starts, percents, pct_after, taken)
        lab.append(lb)
        taken = -1
        if lb.role is None:
            nxt = money[i + 1].start if i + 1 < len(money) else len(text)
            about = labels.has("project_word", lb.clause) or labels.has("breakdown", lb.clause)
            n = _eu_named_after(text[m.end : min(nxt, m.end + TRAIL_WIDTH)].split("\n")[0], about)
            if n is not None:
                eu_after.add(i)
                taken = m.end + n
    named = {lb.fund for lb in lab if lb.role == "fund"}
    free = [i for i, lb in enumerate(lab) if lb.role is None and i not in eu_after]
    free_funds = [j for j in range(len(funds)) if j not in named]
    m_fund = {
        free[a]: free_funds[b]
        for a, b in assign(
            text, [money[i] for i in free], [funds[j] for j in free_funds], AMOUNT_TO_FUND, blockers
        ).items()
    }
    return _Links(m_pct, {j: k for k, j in p_fund.items()}, m_fund, lab, frozenset(eu_after))


class _Slots:
    """The role each amount has been given so far: money index -> ``("container", scope, partner,
    rank)``, ``("part", source, share)``, ``("replaced",)`` or None (no funding row). Keeps the last
    amount with a role and the number of containers as it changes, so reading an article's amounts
    takes time linear in their number."""

    def __init__(self) -> None:
        self.by: dict[int, tuple | None] = {}
        self.containers = 0

    def get(self, i: int) -> tuple | None:
        return self.by.get(i)

    def set(self, i: int, slot: tuple | None) -> None:
        old = self.by.get(i)
        self.containers += (slot is not None and slot[0] == "container") - (old is not None and old[0] == "container")
        self.by[i] = slot


def _read_amounts(text: str, lo: int, hi: int, by: FactSet, blockers: list[tuple[int, int]]) -> _Reading:
    """Every amount of the article as a container (a total, a partner's budget), a part (bound to a
    fund, or after a breakdown marker) or nothing (pre-financing and the like). A part belongs to
    the container before it unless its label says it is the whole project's ("Total ERDF project
    funding 319 719,36 EUR" after a partner's budget).

    The label decides first (:func:`_role_of`); then an amount labelled as replaced ("iepriekš EUR
    ...", "Initial project cost") or replaced by a later one ("Pēc grozījumiem ...") is no funding
    row, only a weaker candidate of its field (:func:`_replacements`)."""
    money, percents, funds = by.money, by.percent, by.fund
    eu_keys = sorted({f.value.key for f in funds if f.value.key in EU_FUNDS})
    eu_source = eu_keys[0] if len(eu_keys) == 1 else EU_UNNAMED
    links = _links(text, lo, by, blockers)
    out = _Reading([], [], set(), set(), [])
    slots = _Slots()

    def share_of(i: int, j: int | None) -> float | None:
        k = links.m_pct.get(i, links.fund_pct.get(j) if j is not None else None)
        if k is None:
            return None
        out.used_pct.add(k)
        return percents[k].value.value

    before: int | None = None  # the last amount before this one with a role
    for i, m in enumerate(money):
        if i and slots.get(i - 1) is not None:
            before = i - 1  # a role once given is only ever replaced by another, never taken away
        lb = links.labels[i]
        nxt = money[i + 1].start if i + 1 < len(money) else hi
        trail = text[m.end : min(nxt, m.end + TRAIL_WIDTH)].split("\n")[0]
        if labels.has("ignore", lb.text[-IGNORE_WIDTH:]) or labels.has("ignore", trail):
            continue
        if labels.has("other_budget", lb.clause[-IGNORE_WIDTH:]):
            continue  # a programme's or a call's budget, not the project's
        slots.set(i, _role_of(text, i, by, links, slots, out, eu_source, share_of))
        _replacements(out, money, i, lb, before, slots)
    for i, slot in sorted(slots.by.items()):
        if slot is None or slot[0] == "replaced":
            continue
        m = money[i]
        if slot[0] == "container":
            out.containers.append(_Container(m.start, slot[1], slot[2], m, slot[3]))
        else:
            out.parts.append(_Part(m.start, m, slot[1], slot[2], labels.has("whole", links.labels[i].clause)))
    return out


def _role_of(
    text: str,
    i: int,
    by: FactSet,
    links: _Links,
    slots: _Slots,
    out: _Reading,
    eu_source: str,
    share_of: Callable[[int, int | None], float | None],
) -> tuple | None:
    """The role of amount ``i``: a fund or EU money its label names makes it that fund's part; a
    partner's budget label a partner's container; a total's label (or eligible costs) the whole
    project's. An amount without such a label binds to the nearest fund around it, or to EU money
    whose label follows it ("iš jų 85 000 Eur – ES lėšos"); one that opens a
    breakdown ("791 256.20 EUR (t.sk. ERAF ...)", "177 839,95 EUR ( ERAF līdzfinansējums ...)") is
    the container of the parts that follow. A total stays the total even when a share statement
    follows it ("(80% no projekta ...)"): its share is left for the shares stated without amounts."""
    money, funds, orgs = by.money, by.fund, by.organisation
    lb = links.labels[i]
    partner = partner_from_lead(lb.text, orgs, lb.start)
    if lb.role == "fund":
        j = lb.fund
        assert j is not None
        out.part_funds.add(j)
        return ("part", funds[j].value.key, share_of(i, j))
    if lb.role == "eu":
        return ("part", eu_source, share_of(i, None))
    if partner or labels.has("partner", lb.clause):
        return ("container", "partner", resolve_partner(partner, orgs) if partner else None, 0)
    if lb.role in ("total", "eligible"):
        return ("container", "whole", None, 0 if lb.role == "total" else 1)
    if (j := links.m_fund.get(i)) is not None:
        out.part_funds.add(j)
        return ("part", funds[j].value.key, share_of(i, j))
    if i in links.eu_after:
        # "iš jų 85 000 Eur – ES lėšos", "no tiem 85 000 eiro – ES fondu līdzekļi": the label follows
        return ("part", eu_source, share_of(i, None))
    if labels.has("breakdown", lb.text) and slots.containers:
        return ("part", "other", share_of(i, None))
    if i + 1 < len(money) and _opens_breakdown(text, money[i], money[i + 1], links.labels[i + 1]):
        return ("container", "whole", None, 0)
    return None


def _replacements(
    out: _Reading, money: Sequence[Fact[Money]], i: int, lb: _Label, before: int | None, slots: _Slots
) -> None:
    """Replaced amounts: "EUR 182 021,48 (iepriekš EUR 138 390,20)" (amount ``i`` is the old one; it
    takes the role of the amount ``before`` it when its label gives none) and "... Pēc grozījumiem
    90 000,00 EUR" (the amount before is the old one, amount ``i`` takes its role)."""
    slot = slots.get(i)
    own_role = slot is not None and (lb.role is not None or slot[0] == "container")
    if labels.has("previous", lb.clause):
        if not own_role and before is not None:
            slots.set(i, slots.get(before))
        if (slot := slots.get(i)) is not None:
            _replace(out, money[i], slot)
            slots.set(i, ("replaced",))
    elif labels.has("amended", lb.clause) and not own_role and before is not None:
        prev = slots.get(before)
        assert prev is not None
        if prev[0] != "replaced":
            slots.set(i, prev)
            _replace(out, money[before], prev)
            slots.set(before, ("replaced",))
    elif labels.has("amended", lb.clause) and slot is not None and slot[0] != "replaced":
        # "Kopējās izmaksas: 55 000 EUR. Pēc grozījumiem kopējās izmaksas: 60 000 EUR": the amended
        # amount has a role of its own; the latest earlier amount in that role is the one it replaces
        for j in range(i - 1, -1, -1):
            prev = slots.get(j)
            if prev is not None and prev[:2] == slot[:2]:
                _replace(out, money[j], prev)
                slots.set(j, ("replaced",))
                break


#: What may join an amount to the EU label written after it: a dash, "is/are", "ir", "yra", "sudaro".
_AFTER_JOIN = re.compile(r"[ \t\u00a0]*(?:[–—-][ \t\u00a0]*|(?:is|are|ir|yra|sudaro|sastāda|veido)[ \t\u00a0]+)")


#: After a breakdown marker or in words about the project a space alone may join them: "of which
#: 425 000 EUR EU funding", "Projektui skirta 425 000 Eur ES lėšų".
_AFTER_SPACE = re.compile(r"[ \t\u00a0]+")


def _eu_named_after(trail: str, in_breakdown: bool = False) -> int | None:
    """Where EU money's label ends in the text right after an amount (its line, up to the next
    amount) when that text opens with it, joined by a dash or a copula: "85 000 Eur – ES lėšos",
    "85 000 eiro ir ES finansējums"; else None. A space alone joins them when the amount's own words
    (``in_breakdown``) break a total down or speak of the project: "of which 425 000 EUR EU funding",
    "iš jų 425 000 Eur Europos Sąjungos lėšos", "Projektui skirta 425 000 Eur ES lėšų" — not a call's
    or a measure's money ("kvietimui skirta 10 mln. Eur ES lėšų")."""
    m = _AFTER_JOIN.match(trail) or (_AFTER_SPACE.match(trail) if in_breakdown else None)
    if m is None:
        return None
    e = labels.pattern("eu").match(trail, m.end())
    return e.end() if e is not None else None


def _replace(out: _Reading, m: Fact[Money], slot: tuple) -> None:
    """Keep the replaced amount ``m`` of ``slot`` as a weaker candidate of its field."""
    if slot[0] == "container" and slot[1] == "whole":
        out.replaced.append((m, "total_budget_eur", None))
    elif slot[0] == "part" and (slot[1] in EU_FUNDS or slot[1] == EU_UNNAMED):
        out.replaced.append((m, "eu_funding_eur", slot[2]))


def _opens_breakdown(text: str, m: Fact[Money], nxt: Fact[Money], nxt_label: _Label) -> bool:
    """True when the amount ``m`` is followed, on its line, by a breakdown of it: a marker
    ("t.sk.", "no kuriem", "including") or a bracket whose first words label the next amount as a
    fund's ("177 839,95 EUR ( ERAF līdzfinansējums 151 163,96 EUR)")."""
    between = text[m.end : nxt.start]
    if "\n" in between or len(between) > LABEL_WIDTH:
        return False
    if labels.has("breakdown", between):
        return True
    return between.lstrip().startswith("(") and ")" not in between and nxt_label.role in ("fund", "eu")


def _container_at(containers: Sequence[_Container], pos: int) -> tuple[str, str | None, Fact[Money] | None]:
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
        amounts = [it.amount_eur for it in parts if it.amount_eur is not None]
        shares = [it.share_pct for it in parts if it.share_pct is not None]
        if not parts or len(shares) < len(parts):
            continue
        if abs(sum(shares) - 100.0) > 1.0:
            continue
        total = round(sum(amounts), 2)
        first = min(parts, key=lambda it: it.prov.start)
        last = max(parts, key=lambda it: it.prov.end)
        p = Prov(first.prov.doc_id, first.prov.start, last.prov.end, first.prov.sentence)
        currency = parts[0].currency if all(it.currency == parts[0].currency for it in parts) else None
        original = round(sum(it.amount_original or 0.0 for it in parts), 2) if currency else None
        out.append(FundingItem(scope, partner, "total", total, None, original, currency, True, p))
    return out


def money_fields(funding: Sequence[FundingItem], eligible: Set[tuple[int, int]] = frozenset()) -> list[FieldValue]:
    """Project-level money fields from the whole-project rows: total budget, EU funding, EU share.

    A stated total ranks first, eligible costs (spans in ``eligible``) next, a total summed from its
    parts last."""
    fields: list[FieldValue] = []
    for it in funding:
        if it.scope != "whole":
            continue
        if it.source == "total" and it.amount_eur is not None:
            rank = DERIVED_TOTAL_RANK if it.derived else (1 if (it.prov.start, it.prov.end) in eligible else 0)
            fields.append(FieldValue("total_budget_eur", it.amount_eur, it.prov, rank))
        elif it.source in EU_FUNDS or it.source == EU_UNNAMED:
            if it.amount_eur is not None and not it.derived:
                fields.append(FieldValue("eu_funding_eur", it.amount_eur, it.prov))
            if it.share_pct is not None:
                fields.append(FieldValue("eu_share_pct", it.share_pct, it.prov))
    return fields


def _check_shares(fields: list[FieldValue]) -> list[FieldValue]:
    """An EU share that the article's own amounts contradict (a fact box's "(85%)" beside an EU amount
    that is 56.12% of the total) ranks below the shares that agree with them."""

    def best(name: str) -> FieldValue | None:
        c = [f for f in fields if f.field == name]
        return min(c, key=lambda f: (f.rank, f.prov.start)) if c else None

    total, eu = best("total_budget_eur"), best("eu_funding_eur")
    if total is None or eu is None or not total.value:
        return fields
    ratio = 100.0 * float(eu.value) / float(total.value)  # type: ignore[arg-type]
    if ratio > 100.0:
        return fields
    out = []
    for f in fields:
        if f.field == "eu_share_pct" and abs(float(f.value) - ratio) > SHARE_TOLERANCE:  # type: ignore[arg-type]
            f = FieldValue(f.field, f.value, f.prov, f.rank + 2)
        out.append(f)
    return out
