"""Amounts and shares of one article → funding rows (whole project or one partner, per source).

A share written right beside an amount is that amount's ("(85%)", "90% (17 489,62 EUR)");
otherwise a share binds to the fund it names ("85% ir ESF līdzfinansējums (8 000 497,43 EUR)").
An amount binds to its fund and is then a *part*; an amount labelled as the total (or as a
partner's budget) is a *container* the parts after it belong to, and stays the total even when a
share statement follows it ("1 001 524.17 EUR (80% no projekta finansē ... EaSI"). Shares stated
without amounts ("85% finansē Eiropas Sociālais fonds, 15% ir valsts budžets") become parts of the
container before them, with an amount derived from its total.

Links are made by :func:`socreport.roles.linking.assign`, each kind within its own cost limit.
This module turns the amounts' roles into funding rows: :mod:`.money_labels` reads each amount's
label and links amounts to shares and funds, :mod:`.amounts` gives each amount its role (container,
part or nothing) and :mod:`.amendments` sets replaced amounts aside; here the shares without amounts
are bound, totals derived from their parts and the project's money fields chosen.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence, Set

from ..parse import FactSet, labels
from ..records import DERIVED_TOTAL_RANK, REPLACED_RANK, FieldValue, FundingItem, Prov, Prover, name_key
from .amounts import container_at, read_amounts
from .funds import EU_FUNDS, EU_UNNAMED
from .linking import assign
from .money_labels import lead

#: Cost limit (see :mod:`.money_labels`) of a share without an amount and its fund, across a short
#: enumeration.
SHARE_WITHOUT_AMOUNT = 150

#: How far back (characters, same line) the label of a share ("co-funding rate of") is read.
EU_SHARE_WIDTH = 60
#: How far back (characters, same line) a word making a share a limit ("up to") is read.
CEILING_WIDTH = 24
#: Percentage points an EU share may differ from EU amount ÷ total and still agree with them.
SHARE_TOLERANCE = 0.6


def read_money(text: str, lo: int, hi: int, by: FactSet, prov: Prover) -> tuple[list[FundingItem], list[FieldValue]]:
    """The funding rows of the article ``text[lo:hi]`` and its project-level money fields (total
    budget, EU funding, EU share), from its facts ``by`` kind.

    Long because the formatter writes its long signature and calls one argument per line (it was
    under 60 lines before); its steps run in order and share their local values."""
    money, percents, funds = by.money, by.percent, by.fund
    blockers = [(m.start, m.end) for m in money]
    reading = read_amounts(text, lo, hi, by, blockers)
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
        scope, partner, _ = ("whole", None, None) if whole else container_at(reading.containers, pos)
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
        scope, partner, total_m = container_at(reading.containers, pct.start)
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
        if k in bound or k in ceilings:
            continue
        after = text[pct.end : min(hi, pct.end + EU_SHARE_WIDTH + 20)]
        if labels.has("eu_share", lead(text, pct.start, lo, EU_SHARE_WIDTH)) or _eu_after(after):
            fields.append(FieldValue("eu_share_pct", pct.value.value, prov(pct.start, pct.end), 1))
    for m, fname, share in reading.replaced:
        fields.append(FieldValue(fname, m.value.amount_eur, prov(m.start, m.end), REPLACED_RANK))
        if share is not None and fname == "eu_funding_eur":
            fields.append(FieldValue("eu_share_pct", share, prov(m.start, m.end), REPLACED_RANK))
    return funding, _check_shares(fields)


def _eu_after(after: str) -> bool:
    """True when the words right after a share name the EU as its funder: "85 proc. projekto
    išlaidų finansuoja ES", "85% is financed by the European Union"."""
    return labels.pattern("eu_share_after").match(after) is not None


def _add_derived_totals(funding: list[FundingItem]) -> list[FundingItem]:
    """A scope whose parts are stated but whose total is not gets the sum of the parts as its total,
    marked derived, when they are clearly all the parts: their shares sum to 100%, or one sentence
    names, without shares, both sides of the funding: EU money and national, municipal or own money
    ("financed by the ERDF (EUR 127,500) and the state budget (EUR 22,500)")."""
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
        if not parts:
            continue
        if shares and (len(shares) < len(parts) or abs(sum(shares) - 100.0) > 1.0):
            continue
        if not shares and not _both_sides(parts):
            continue
        total = round(sum(amounts), 2)
        first = min(parts, key=lambda it: it.prov.start)
        last = max(parts, key=lambda it: it.prov.end)
        p = Prov(first.prov.doc_id, first.prov.start, last.prov.end, first.prov.sentence)
        currency = parts[0].currency if all(it.currency == parts[0].currency for it in parts) else None
        original = round(sum(it.amount_original or 0.0 for it in parts), 2) if currency else None
        out.append(FundingItem(scope, partner, "total", total, None, original, currency, True, p))
    return out


#: Sources that are not the EU's: with EU money in one sentence, the two sides of a project's funding.
CO_FINANCING = frozenset({"state", "municipality", "own"})


def _both_sides(parts: Sequence[FundingItem]) -> bool:
    """True when ``parts`` are one sentence's amounts of distinct sources, EU money and co-financing,
    and the sentence says they finance the project (lexicon role ``financed_by``: "Projektu finansē",
    "financed by", "finansuojamas"); "ES fonda finansējums ir 170 000 EUR, pašvaldības
    līdzfinansējums – 30 000 EUR" lists two sources but does not say there are no others."""
    sources = [it.source for it in parts]
    sentences = {it.prov.sentence for it in parts}
    return (
        len(parts) >= 2
        and len(set(sources)) == len(sources)
        and len(sentences) == 1
        and any(s in EU_FUNDS or s == EU_UNNAMED for s in sources)
        and any(s in CO_FINANCING for s in sources)
        and labels.has("financed_by", next(iter(sentences)))
    )


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
