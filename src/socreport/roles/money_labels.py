"""The label of each amount of an article and what the amounts are linked to.

An amount's label is the text just before it on its line (:func:`socreport.parse.layout.value_label`);
only its last clause counts, and of the roles it names — a fund, EU money, a total, eligible costs —
the one nearest the amount is the amount's (:func:`amount_label`). Before roles are decided, each
amount is linked to the share right beside it, each loose share to the fund its phrase names, and an
amount whose label names no role to the nearest fund no label has taken, or to EU money whose label
follows it ("iš jų 85 000 Eur – ES lėšos") or a total's label that follows it ("612 400 EUR – kopējais
projekta budžets"); an amount that restates a share ("85 % apmērā, t. i., 204 000 EUR") is linked to it
first (:func:`amount_links`). The roles themselves are given by :mod:`socreport.roles.amounts`.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence, Set
from typing import NamedTuple

from ..parse import FactSet, labels
from ..parse.layout import value_label
from ..parse.spans import Fact, Fund, Money, Percent
from .linking import CAPITALS, assign

#: Cost limits of the links (in the units of :mod:`socreport.roles.linking`, about characters):
#: a share right beside an amount — "(85%)" after it, "90% (" before it;
SHARE_BESIDE_AMOUNT = 12
#: a share and the fund it names, in one phrase ("85% ir ESF līdzfinansējums");
SHARE_TO_FUND = 60
#: an amount and the fund it comes from ("299 495.77 EUR (85%) ERAF finansējums");
AMOUNT_TO_FUND = 120

#: How far back (characters, same line) the label of an amount is read.
LABEL_WIDTH = 110
#: How far after an amount (same line) a word may mark it as not funding.
TRAIL_WIDTH = 80

_SENTENCE_END = re.compile(rf"[.!?]\s+(?=[{CAPITALS}])")
_LETTER = re.compile(r"[^\W\d_]")
_PUNCT = re.compile(r"[.!?,;:]")
_CLAUSE_END = re.compile(rf"[.!?]\s+(?=[{CAPITALS}])|[,;]")


class Label(NamedTuple):
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


def min_end_from(spans: Sequence[tuple[int, int]]) -> list[float]:
    """For spans sorted by start: ``out[k]`` is the smallest end among ``spans[k:]`` (inf past the
    last), so "does a span lie within [a, b]" is one bisection on the starts."""
    out = [math.inf] * (len(spans) + 1)
    for k in range(len(spans) - 1, -1, -1):
        out[k] = min(spans[k][1], out[k + 1])
    return out


def amount_label(
    text: str,
    m: Fact[Money],
    floor: int,
    after_money: bool,
    funds: Sequence[Fact[Fund]],
    fund_starts: Sequence[int],
    percents: Sequence[Fact[Percent]],
    pct_after: Sequence[float],
    taken: int = -1,
) -> Label:
    """The label of the amount ``m`` and the role it gives: of the labels it holds (a fund named, EU
    money, a total, eligible costs), the one nearest the amount. Only the label's last clause
    counts: after a sentence end and, when the label runs from the amount before (``after_money``),
    after a comma or a word that starts the next item of a list — "299 495.77 EUR (85%) ERAF
    finansējums, 17 617.40 EUR" and "17 617.40 EUR (5%) ir Valsts budžeta dotācija un 35 234.80 EUR"
    name the fund of the first amount, not of the second. A total's label with a share between it and the amount
    ("Projekta budžets: 90% (17 489,62 EUR) EEZ ...") heads an enumeration of parts, so it is not
    this amount's. ``fund_starts`` are the funds' starts and ``pct_after`` the shares' ends as
    :func:`min_end_from` gives them (funds and shares are in text order): only those in the label
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
        return Label(label, start, clause, None, None)
    return Label(label, start, clause, best[2], best[3])


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


class Links(NamedTuple):
    """What the amounts of an article are linked to before their roles are decided."""

    m_pct: dict[int, int]  # amount -> the share right beside it
    fund_pct: dict[int, int]  # fund -> the share stated in its phrase
    m_fund: dict[int, int]  # amount whose label names no role -> the nearest fund no label has taken
    labels: list[Label]  # each amount's label
    eu_after: frozenset[int]  # amounts without a label of their own that EU money's label follows
    total_after: frozenset[int]  # amounts without a label of their own that a total's label follows
    restated: dict[int, int]  # amount -> the share it restates ("85 %, t. i., 204 000 EUR")


def amount_links(text: str, lo: int, by: FactSet, blockers: list[tuple[int, int]]) -> Links:
    """Shares beside amounts, shares to funds, each amount's label, and funds to the amounts whose
    label names no role (each kind of link within its own cost limit)."""
    money, percents, funds = by.money, by.percent, by.fund
    restated = restatements(text, money, percents)
    rest_m = [i for i in range(len(money)) if i not in restated]
    rest_p = [k for k in range(len(percents)) if k not in restated.values()]
    beside = assign(text, [money[i] for i in rest_m], [percents[k] for k in rest_p], SHARE_BESIDE_AMOUNT, blockers)
    m_pct = {rest_m[a]: rest_p[b] for a, b in beside.items()} | restated
    direct = {rest_p[b] for b in beside.values()}  # a restated share may still name its fund
    loose_pct = [k for k in range(len(percents)) if k not in direct]
    p_fund = {
        loose_pct[a]: b
        for a, b in assign(text, [percents[k] for k in loose_pct], funds, SHARE_TO_FUND, blockers).items()
    }
    floors = [lo] + [m.end for m in money[:-1]]
    fund_starts = [f.start for f in funds]
    pct_after = min_end_from([(p.start, p.end) for p in percents])
    lab: list[Label] = []
    eu_after: set[int] = set()
    total_after: set[int] = set()
    taken = -1  # where the EU label that closes the amount before ends
    for i, m in enumerate(money):
        lb = amount_label(text, m, floors[i], i > 0, funds, fund_starts, percents, pct_after, taken)
        taken = -1
        nxt = money[i + 1].start if i + 1 < len(money) else len(text)
        trail = _trail(text, money, i)
        if i not in restated and project_value(trail):
            # "… through the ERDF to the EUR 200,000 project": the project's value, whatever the label
            lb = lb._replace(role=None, fund=None)
        lab.append(lb)
        if lb.role is None and i not in restated:
            about = labels.has("project_word", lb.clause) or labels.has("breakdown", lb.clause)
            n = eu_named_after(trail, about)
            if n is None and about and i + 1 < len(money) and m.end + len(trail) == nxt:
                n = eu_sharing_head(trail, _trail(text, money, i + 1))
            if n is not None:
                eu_after.add(i)
                taken = m.end + n
            elif total_named_after(trail):
                total_after.add(i)
            elif lb.role is None and eu_source_line_after(text, m.end, nxt):
                eu_after.add(i)
    for i, j in respective(text, money, funds, floors).items():
        lab[i] = lab[i]._replace(role="eu" if j is None else "fund", fund=j)
        eu_after.discard(i)
        total_after.discard(i)
    m_fund = _fund_links(text, money, funds, lab, eu_after | total_after, total_after, blockers)
    return Links(
        m_pct, {j: k for k, j in p_fund.items()}, m_fund, lab, frozenset(eu_after), frozenset(total_after), restated
    )


def _fund_links(
    text: str,
    money: Sequence[Fact[Money]],
    funds: Sequence[Fact[Fund]],
    lab: Sequence[Label],
    placed: Set[int],
    total_after: Set[int],
    blockers: list[tuple[int, int]],
) -> dict[int, int]:
    """Each amount whose label names no role (and that no label after it ``placed``) -> the nearest
    fund no label has taken; a total that the amount before it is a part of does not block
    (:func:`_totals_of_parts`)."""
    named = {lb.fund for lb in lab if lb.role == "fund"}
    free = [i for i, lb in enumerate(lab) if lb.role is None and i not in placed]
    free_funds = [j for j in range(len(funds)) if j not in named]
    wholes = _totals_of_parts(text, money, total_after)
    links = assign(
        text,
        [money[i] for i in free],
        [funds[j] for j in free_funds],
        AMOUNT_TO_FUND,
        [b for k, b in enumerate(blockers) if k not in wholes] if wholes else blockers,
    )
    return {free[a]: free_funds[b] for a, b in links.items()}


def _totals_of_parts(text: str, money: Sequence[Fact[Money]], total_after: Set[int]) -> set[int]:
    """Totals (amounts in ``total_after``) that the amount right before them is a part of, joined by
    the lexicon's ``part_of_total`` words: "EUR 127,500 of the EUR 150,000 budget is financed by the
    ESF", "85 000 Eur iš 100 000 Eur projekto vertės finansuoja ESF". Such a total does not stand
    between the part and the fund named after both (the amounts are listed in text order, as the
    blockers are)."""
    pat = labels.pattern("part_of_total")
    return {i for i in total_after if i > 0 and pat.fullmatch(text, money[i - 1].end, money[i].start) is not None}


#: What may join two amounts of one enumeration: spaces and commas around a joining word
#: ("170 000 EUR un 30 000 EUR", "EUR 340,000 and EUR 60,000", "13 500 Eur ir 76 500 Eur").
_RUN_JOIN = re.compile(r"[\s,]*")


def respective(
    text: str, money: Sequence[Fact[Money]], funds: Sequence[Fact[Fund]], floors: Sequence[int]
) -> dict[int, int | None]:
    """Amounts given "respectively" to the sources named before them, in the same order: "ERAF un
    valsts budžeta finansējums ir attiecīgi 170 000 EUR un 30 000 EUR", "of which ERDF and national
    co-financing are EUR 170 000 and EUR 30 000 respectively", "… lėšos atitinkamai sudaro 255 000 Eur
    ir 45 000 Eur" (lexicon role ``respectively``). The amounts are a run on one line joined only by
    commas and a joining word (lexicon ``amount_join``), the word stands right before the run or
    right after it, and the sources are the funds named between the amount before the run (or the
    sentence's start) and the run, or EU money named without a fund ("ES fondų lėšos"), exactly as
    many as the run has amounts; amount index -> fund index (None for EU money without a fund)."""
    word, nxt = labels.pattern("respectively"), labels.pattern("amount_join")
    out: dict[int, int | None] = {}
    i = 0
    while i < len(money):
        k = i
        while k + 1 < len(money) and _joins(text[money[k].end : money[k + 1].start], nxt):
            k += 1
        if k > i:
            out |= _respective_run(text, money, funds, floors[i], i, k, word)
        i = k + 1
    return out


def _joins(between: str, nxt: re.Pattern[str]) -> bool:
    """True when two amounts of one enumeration stand either side of ``between`` (same line)."""
    if "\n" in between or len(between) > 12:
        return False
    return _RUN_JOIN.fullmatch(nxt.sub(" ", f" {between} ", count=1)) is not None


def _respective_run(
    text: str,
    money: Sequence[Fact[Money]],
    funds: Sequence[Fact[Fund]],
    floor: int,
    i: int,
    k: int,
    word: re.Pattern[str],
) -> dict[int, int | None]:
    """The funds of the run of amounts ``i..k`` when the run is given "respectively" (see :func:`respective`)."""
    head = lead(text, money[i].start, floor)
    cut = max((e.end() for e in _SENTENCE_END.finditer(head)), default=0)
    c0 = money[i].start - len(head) + cut
    end = money[i].start
    lo_j = bisect_left(funds, c0, key=_start)
    named: list[tuple[int, int, int | None]] = [
        (funds[j].start, funds[j].end, j)
        for j in range(lo_j, bisect_left(funds, end, key=_start))
        if funds[j].end <= end
    ]
    # EU money named without a fund ("savivaldybės ir ES fondų lėšos") is a source too
    for e in labels.pattern("eu").finditer(text[c0:end]):
        a, b = c0 + e.start(), c0 + e.end()
        if all(b <= s[0] or a >= s[1] for s in named):
            named.append((a, b, None))
    named.sort(key=lambda s: s[0])
    if len(named) != k - i + 1:
        return {}
    gap = text[named[-1][1] : end]
    tail = text[money[k].end : money[k].end + 20]
    if not word.search(gap) and not word.match(tail.lstrip(", \t\u00a0")):
        return {}
    return {i + n: s[2] for n, s in enumerate(named)}


def restatements(text: str, money: Sequence[Fact[Money]], percents: Sequence[Fact[Percent]]) -> dict[int, int]:
    """Amounts that restate a share written right beside them, joined by "t. i.", "tas ir", "i.e.",
    "that is", "t. y." or a relative clause ("kas ir", "which is", "of which", "kas sudaro"; lexicon
    role ``restate``): "85 % apmērā, t. i., 204 000 EUR", "EUR 450,000, that is 90%", "EUR 170 000,
    which is 85%" — amount index -> share index, whichever comes first."""
    pat = labels.pattern("restate")
    m_at = {m.start: i for i, m in enumerate(money)}
    p_at = {p.start: k for k, p in enumerate(percents)}
    out: dict[int, int] = {}
    for k, p in enumerate(percents):
        j = pat.match(text, p.end, p.end + RESTATE_WIDTH)
        if j is not None and j.end() > p.end and (i := m_at.get(j.end())) is not None:
            out.setdefault(i, k)
    taken = set(out.values())
    for a, m in enumerate(money):
        j = pat.match(text, m.end, m.end + RESTATE_WIDTH)
        if j is not None and j.end() > m.end and (b := p_at.get(j.end())) is not None and b not in taken:
            out.setdefault(a, b)
    return out


#: What may join an amount to the EU label written after it: a dash, "is/are", "ir", "yra", "sudaro".
_AFTER_JOIN = re.compile(r"[ \t\u00a0]*(?:[–—-][ \t\u00a0]*|(?:is|are|ir|yra|sudaro|sastāda|veido)[ \t\u00a0]+)")


#: After a breakdown marker or in words about the project a space alone may join them: "of which
#: 425 000 EUR EU funding", "Projektui skirta 425 000 Eur ES lėšų".
_AFTER_SPACE = re.compile(r"[ \t\u00a0]+")


#: How many characters a restatement ("apmērā, t. i., ", "no kopējām attiecināmajām izmaksām, t.i., ")
#: may take between a share and its amount.
RESTATE_WIDTH = 70

#: What may join an amount to the total's label written after it: a dash, a copula ("is the"), a space.
#: The project's own word may open the label ("– projekta kopējās izmaksas", "is the project's total cost").
_TOTAL_JOIN = re.compile(
    r"[ \t\u00a0]*(?:[–—-][ \t\u00a0]*|(?:(?:is|was|are|ir|bija|yra|buvo)[ \t\u00a0]+)(?:the[ \t\u00a0]+)?)?"
    r"(?P<own>(?:projekta|projekto|project['’]s)[ \t\u00a0]+)?"
)


def total_named_after(trail: str) -> bool:
    """True when the text right after an amount opens with a total's label, joined by a dash, a
    copula or a space: "612 400 EUR – kopējais projekta budžets", "€2.4 million total budget",
    "EUR 1.2 million is the total value of the project", "345 000 Eur – bendra projekto vertė"; or
    with the words that make it the project's value (lexicon role ``total_after``): "200 000 EUR
    vērtais projekts", "200 000 Eur vertės projektas", "the EUR 200,000 project". The project's
    word may also be the label's own first word ("iš 100 000 Eur projekto vertės")."""
    m = _TOTAL_JOIN.match(trail)
    if m is None:
        return False
    at = {m.end(), m.start("own")} if m.group("own") else {m.end()}
    return any(labels.pattern(role).match(trail, i) is not None for i in at for role in ("total", "total_after"))


def project_value(trail: str) -> bool:
    """True when the text right after an amount makes it the project's value (lexicon role
    ``total_after``), after spaces only: "200 000 EUR vērtais projekts", "the EUR 200,000 project"."""
    m = _AFTER_SPACE.match(trail)
    return labels.pattern("total_after").match(trail, m.end() if m else 0) is not None


def eu_named_after(trail: str, in_breakdown: bool = False) -> int | None:
    """Where EU money's label ends in the text right after an amount (its line, up to the next
    amount) when that text opens with it, joined by a dash or a copula: "85 000 Eur – ES lėšos",
    "85 000 eiro ir ES finansējums"; else None. A space alone joins them when the amount's own words
    (``in_breakdown``) break a total down or speak of the project: "of which 425 000 EUR EU funding",
    "iš jų 425 000 Eur Europos Sąjungos lėšos", "Projektui skirta 425 000 Eur ES lėšų" — not a call's
    or a measure's money ("kvietimui skirta 10 mln. Eur ES lėšų"). A verb of giving with the EU as
    its subject names EU money too (lexicon role ``eu_giver``: "153 000 Eur skyrė Europos Sąjunga")."""
    giver = labels.pattern("eu_giver").match(trail)
    if giver is not None:  # "153 000 Eur skyrė Europos Sąjunga"
        return giver.end()
    m = _AFTER_JOIN.match(trail) or (_AFTER_SPACE.match(trail) if in_breakdown else None)
    if m is None:
        return None
    e = labels.pattern("eu").match(trail, m.end())
    return e.end() if e is not None else None


#: A fact box's source line: its label, a colon or dash, then the EU's name ("Finansavimo šaltinis: ES
#: struktūrinių fondų lėšos"); the rest of the line must not name a second source.
_SOURCE_VALUE = re.compile(r"[ \t\u00a0]*[:–—-]?[ \t\u00a0]*")


def eu_source_line_after(text: str, end: int, nxt: int) -> bool:
    """True when the line after the one where an amount ends at ``end`` (blank lines between are
    skipped) is a fact box's funding source (lexicon role ``source_label``) whose value is EU money
    alone (``eu_name``, no ``amount_join``), and no amount ``nxt`` comes first:
    "Skirtas finansavimas: 2 422 225,66 Eur / Finansavimo šaltinis: ES struktūrinių fondų lėšos"."""
    eol = text.find("\n", end, nxt)
    if eol < 0:
        return False  # the next amount stands on the same line, or no line follows
    a = eol
    while a < nxt and text[a] in "\n \t\u00a0":
        a += 1
    b = text.find("\n", a)
    b = len(text) if b < 0 else b
    if b > nxt or a >= b:
        return False
    line = text[a:b]
    s = labels.pattern("source_label").match(line, len(line) - len(line.lstrip("*•·-– \t")))
    if s is None:
        return False
    v = _SOURCE_VALUE.match(line, s.end())
    e = labels.pattern("eu_name").match(line, v.end() if v else s.end())
    if e is None or (e.end() < len(line) and line[e.end()].isalnum()):  # "EU", not "EUR"
        return False
    return labels.pattern("amount_join").search(line, e.end()) is None


def _trail(text: str, money: Sequence[Fact[Money]], i: int) -> str:
    """The text right after amount ``i`` on its line, up to the next amount and at most ``TRAIL_WIDTH``."""
    m = money[i]
    nxt = money[i + 1].start if i + 1 < len(money) else len(text)
    return text[m.end : min(nxt, m.end + TRAIL_WIDTH)].split("\n")[0]


def eu_sharing_head(trail: str, next_trail: str) -> int | None:
    """Where the EU's bare name ends in ``trail`` (the text from an amount to the next one) when it
    is all that text holds with a joining word, and the next amount's source ends with the head noun
    both share (lexicon roles ``eu_name``, ``amount_join``, ``source_noun``): "170 000 Eur ES ir
    30 000 Eur valstybės biudžeto lėšų", "EUR 170 000 EU and EUR 30 000 national funds"; else None.
    "68 000 Eur ES ir valstybės biudžeto, 12 000 Eur …" names two sources for one amount: not EU money."""
    m = _AFTER_SPACE.match(trail)
    e = labels.pattern("eu_name").match(trail, m.end() if m else 0)
    if e is None:
        return None
    j = labels.pattern("amount_join").match(trail, e.end())
    if j is None or trail[j.end() :].strip(" \t\u00a0,"):
        return None
    return e.end() if labels.pattern("source_noun").search(next_trail) is not None else None
