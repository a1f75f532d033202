"""The role of every amount of an article: a container, a part of one, or no funding row.

An amount bound to its fund is a *part*; an amount labelled as the total (or as a partner's budget)
is a *container* the parts after it belong to, and stays the total even when a share statement
follows it ("1 001 524.17 EUR (80% no projekta finansē ... EaSI"). An amount that opens a breakdown
("791 256.20 EUR (t.sk. ERAF ...)") is the container of the parts that follow; an amount after a
breakdown marker whose fund is not named is a part of source ``other``. A call's or a programme's
money, and a call's limits ("Maksimālais finansējums vienam projektam"), are no funding rows.
Labels and links come from :mod:`socreport.roles.money_labels`, replaced amounts are set aside by
:mod:`socreport.roles.amendments`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import NamedTuple

from ..parse import FactSet, labels
from ..parse.spans import Fact, Money
from .amendments import Replaced, Slots, changed_from_to, replacements
from .funds import EU_FUNDS, EU_UNNAMED
from .money_labels import LABEL_WIDTH, TRAIL_WIDTH, Label, Links, amount_links, lead
from .partners import partner_from_lead, resolve_partner

#: How many characters of the label, just before the amount, may mark it as not funding.
IGNORE_WIDTH = 40
#: How many characters of the label's clause, just before the amount, may name a call's or a
#: programme's money ("atlases kārtā pieejamais kopējais finansējums ir").
OTHER_BUDGET_WIDTH = 60
#: How far back (characters, same line) the EU label of a share an amount restates is read.
RESTATED_LEAD = 40
#: How many characters right after an amount may say it is a limit for every project ("per project").
PER_PROJECT_WIDTH = 30


class Container(NamedTuple):
    pos: int
    scope: str
    partner: str | None
    money: Fact[Money]
    rank: int = 0  # 0 a stated total, 1 eligible costs (the total only where no other is stated)


class Part(NamedTuple):
    pos: int
    money: Fact[Money]
    source: str
    share: float | None
    whole: bool = False  # the label says it is the whole project's ("Total ERDF project funding")


class Reading(NamedTuple):
    containers: list[Container]
    parts: list[Part]
    used_pct: set[int]
    part_funds: set[int]
    #: amounts replaced by another ("iepriekš", "Initial", the value before "Pēc grozījumiem"):
    #: (money, field, share), kept as weaker candidates of their field so ``sources`` shows them
    replaced: list[Replaced]


def read_amounts(text: str, lo: int, hi: int, by: FactSet, blockers: list[tuple[int, int]]) -> Reading:
    """Every amount of the article as a container (a total, a partner's budget), a part (bound to a
    fund, or after a breakdown marker) or nothing (pre-financing and the like). A part belongs to
    the container before it unless its label says it is the whole project's ("Total ERDF project
    funding 319 719,36 EUR" after a partner's budget).

    The label decides first (:func:`_role_of`); then an amount labelled as replaced ("iepriekš EUR
    ...", "Initial project cost") or replaced by a later one ("Pēc grozījumiem ...") is no funding
    row, only a weaker candidate of its field (:func:`replacements`)."""
    money, percents, funds = by.money, by.percent, by.fund
    eu_keys = sorted({f.value.key for f in funds if f.value.key in EU_FUNDS})
    eu_source = eu_keys[0] if len(eu_keys) == 1 else EU_UNNAMED
    links = amount_links(text, lo, by, blockers)
    out = Reading([], [], set(), set(), [])
    slots = Slots()

    def share_of(i: int, j: int | None) -> float | None:
        k = links.m_pct.get(i, links.fund_pct.get(j) if j is not None else None)
        if k is None:
            return None
        out.used_pct.add(k)
        return percents[k].value.value

    limits = _limits(text, money, links.labels, hi)
    before: int | None = None  # the last amount before this one with a role
    for i, m in enumerate(money):
        if i and slots.get(i - 1) is not None:
            before = i - 1  # a role once given is only ever replaced by another, never taken away
        lb = links.labels[i]
        nxt = money[i + 1].start if i + 1 < len(money) else hi
        trail = text[m.end : min(nxt, m.end + TRAIL_WIDTH)].split("\n")[0]
        if labels.has("ignore", lb.text[-IGNORE_WIDTH:]) or labels.has("ignore", trail):
            continue
        if i in limits:
            continue  # a programme's or a call's budget, or a call's limit: not the project's
        slots.set(i, _role_of(text, i, by, links, slots, out, eu_source, share_of))
        replacements(out.replaced, money, i, lb, before, slots, changed_from_to(text, money, links.labels, i))
    for i, slot in sorted(slots.by.items()):
        if slot is None or slot[0] == "replaced":
            continue
        m = money[i]
        if slot[0] == "container":
            out.containers.append(Container(m.start, slot[1], slot[2], m, slot[3]))
        else:
            out.parts.append(Part(m.start, m, slot[1], slot[2], labels.has("whole", links.labels[i].clause)))
    return out


def _limits(text: str, money: Sequence[Fact[Money]], lab: Sequence[Label], hi: int) -> set[int]:
    """The amounts that are no project's: a programme's or a call's money (its label names it:
    "programme budget", "atlases kārtā pieejamais finansējums", "kvietimui skirta"), and a limit
    ("Maksimālais ... apjoms", "Didžiausia projekto vertė", "maximum grant") written for every
    project ("vienam projektam", "per project") or on a call's page (an article that states a call's
    money). On a project's own page a limit is the project's figure ("Biudžete nustatyta didžiausia
    galima projekto tinkamų finansuoti išlaidų suma")."""
    other = {i for i, lb in enumerate(lab) if labels.has("other_budget", lb.clause[-OTHER_BUDGET_WIDTH:])}
    out = set(other)
    for i, (m, lb) in enumerate(zip(money, lab)):
        if i in other or not labels.has("limit", lb.clause):
            continue
        trail = text[m.end : min(hi, m.end + PER_PROJECT_WIDTH)].split("\n")[0]
        if other or labels.has("per_project", lb.clause) or labels.has("per_project", trail):
            out.add(i)
    return out


def _role_of(
    text: str,
    i: int,
    by: FactSet,
    links: Links,
    slots: Slots,
    out: Reading,
    eu_source: str,
    share_of: Callable[[int, int | None], float | None],
) -> tuple | None:
    """The role of amount ``i``: a fund or EU money its label names makes it that fund's part; a
    partner's budget label a partner's container; a total's label (or eligible costs) the whole
    project's. An amount without such a label binds to the nearest fund around it, or to EU money
    whose label follows it ("iš jų 85 000 Eur – ES lėšos"); one that opens a breakdown ("791 256.20
    EUR (t.sk. ERAF ...)", "177 839,95 EUR ( ERAF līdzfinansējums ...)") is the container of the
    parts that follow. A total stays the total even when a share statement follows it ("(80% no
    projekta ...)"): its share is left for the shares stated without amounts. An amount that
    restates a share before it ("ERAF līdzfinansējums 85 % apmērā, t. i., 204 000 EUR") is the part
    of the share's fund or of EU money, even after the costs the share is of ("85 % no attiecināmajām
    izmaksām jeb 127 500 EUR"); one a total's label follows ("612 400 EUR – kopējais projekta
    budžets") is the whole project's total."""
    money, funds, orgs = by.money, by.fund, by.organisation
    lb = links.labels[i]
    # only the label's last clause may name a partner ("… daļa – 85 %. Kopējās izmaksas – …": none)
    partner = partner_from_lead(lb.clause, orgs, lb.start + len(lb.text) - len(lb.clause))
    if lb.role == "fund":
        j = lb.fund
        assert j is not None
        out.part_funds.add(j)
        return ("part", funds[j].value.key, share_of(i, j))
    if lb.role == "eu":
        return ("part", eu_source, share_of(i, None))
    if partner or labels.has("partner", lb.clause):
        return ("container", "partner", resolve_partner(partner, orgs) if partner else None, 0)
    k = links.restated.get(i)
    if lb.role in ("total", "eligible") and not (k is not None and by.percent[k].start < money[i].start):
        return ("container", "whole", None, 0 if lb.role == "total" else 1)
    if k is not None:
        j = next((j for j, kk in links.fund_pct.items() if kk == k), None)
        if j is not None:  # "ERAF līdzfinansējums 85 % apmērā, t. i., 204 000 EUR"
            out.part_funds.add(j)
            return ("part", funds[j].value.key, share_of(i, j))
        p = by.percent[k]
        before = bisect_right(money, p.start, key=_end)  # the share's label stops at an amount
        words = lead(text, p.start, money[before - 1].end if before else 0, RESTATED_LEAD)
        if labels.has("eu", words) or labels.has("eu_share", words):  # "ES parama sudaro 85 proc., t. y. …"
            return ("part", eu_source, share_of(i, None))
    if i in links.total_after:
        return ("container", "whole", None, 0)
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


def _end(f: Fact) -> int:
    return f.end


def _opens_breakdown(text: str, m: Fact[Money], nxt: Fact[Money], nxt_label: Label) -> bool:
    """True when the amount ``m`` is followed, on its line, by a breakdown of it: a marker
    ("t.sk.", "no kuriem", "including") or a bracket whose first words label the next amount as a
    fund's ("177 839,95 EUR ( ERAF līdzfinansējums 151 163,96 EUR)")."""
    between = text[m.end : nxt.start]
    if "\n" in between or len(between) > LABEL_WIDTH:
        return False
    if labels.has("breakdown", between):
        return True
    return between.lstrip().startswith("(") and ")" not in between and nxt_label.role in ("fund", "eu")


def container_at(containers: Sequence[Container], pos: int) -> tuple[str, str | None, Fact[Money] | None]:
    """Scope, partner and amount of the last container before ``pos`` (the whole project if none)."""
    before = [c for c in containers if c.pos < pos]
    if before:
        c = before[-1]
        return c.scope, c.partner, c.money
    return "whole", None, None
