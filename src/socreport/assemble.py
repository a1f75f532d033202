"""Facts → projects: what each figure means, which article is about which project, which value wins.

Two stages, so that documents can be processed in parallel:

* :func:`read_article` (per document, inside :func:`socreport.pipeline.extract_document`) gives every
  figure of one article its role from the labels around it — a whole-project total, a partner's
  part, a part of a breakdown (``t.sk.``, ``no kuriem``) with its funding source and share, the
  implementation period, the stated duration, the headline count of people — and returns an
  :class:`ArticleRecord` with the article's identifiers (codes, acronyms, titles) and those values,
  each with its provenance.
* :func:`build_tables` (once, over all documents) merges articles that describe the same project
  (same code, acronym or title; within one page, an article without identifiers joins the project
  whose articles it resembles most), picks for every field the value from the most recently
  published article (undated articles count as older than dated ones; on one page, higher up is
  newer), keeps every version in the ``sources`` table, and builds the tidy tables.

The labels that decide roles are lexicon tables (``parse/lexicon/roles.csv``, ``programmes.csv``).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Sequence

import numpy as np
import pandas as pd

from . import schemas
from .parse import lexicon
from .parse._scan import required_literals, safe_lower, search_at_literals
from .parse.spans import Count, DateValue, Fact, Money, Organisation, Period
from .tables import Tables
from .text import SentenceIndex

if TYPE_CHECKING:  # pragma: no cover
    from .articles import Article
    from .pipeline import DocResult

# --- records -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Prov:
    """Where a value was read: document, character span in its normalised text, the sentence."""

    doc_id: str
    start: int
    end: int
    sentence: str


@dataclass(frozen=True, slots=True)
class FieldValue:
    """A candidate value for one column of the projects table, read from one article.

    ``rank`` orders candidates of the same field within an article (lower is stronger)."""

    field: str
    value: object
    prov: Prov
    rank: int = 0


@dataclass(frozen=True, slots=True)
class FundingItem:
    scope: str  # whole | partner
    partner: str | None
    source: str  # an EU fund key, state, municipality, own, other or total
    amount_eur: float | None
    share_pct: float | None
    amount_original: float | None
    currency: str | None
    derived: bool
    prov: Prov


@dataclass(frozen=True, slots=True)
class PartnerItem:
    name: str
    role: str  # lead | partner
    country: str | None
    prov: Prov


@dataclass(frozen=True, slots=True)
class CountItem:
    n: int
    group: str
    qualifier: str
    kind: str
    eligible: bool  # may be the project's headline count (people, not one partner's share)
    rank: int  # lower is a stronger headline candidate
    prov: Prov


@dataclass(frozen=True)
class ArticleRecord:
    doc_id: str
    article: int
    start: int
    end: int
    published: dt.date | None
    headline: str
    codes: tuple[str, ...]
    code_schemes: tuple[str, ...]
    acronyms: tuple[str, ...]
    titles: tuple[str, ...]
    fields: tuple[FieldValue, ...]
    funding: tuple[FundingItem, ...]
    partners: tuple[PartnerItem, ...]
    counts: tuple[CountItem, ...]
    #: For an article without identifiers on a page of several: its nearest neighbours on the page
    #: as (article index, similarity), see :func:`with_page_links`.
    links: tuple[tuple[int, float], ...] = field(default=())

    @property
    def has_figures(self) -> bool:
        """True when the article states something measurable about a project."""
        return bool(self.funding or self.counts or any(
            f.field in _FIGURE_FIELDS for f in self.fields))


_FIGURE_FIELDS = frozenset({"total_budget_eur", "eu_funding_eur", "eu_share_pct", "start_date", "end_date",
                            "duration_months_stated", "beneficiaries"})

#: Fields of the projects table that articles can state, in schema order.
PROJECT_FIELDS = ("code", "acronym", "title", "programme", "eu_fund", "total_budget_eur", "eu_funding_eur",
                  "eu_share_pct", "start_date", "end_date", "duration_months_stated", "beneficiaries")

# --- lexicon ------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _roles() -> dict[str, re.Pattern[str]]:
    by_role: dict[str, list[str]] = defaultdict(list)
    for r in lexicon.load("roles"):
        by_role[r["role"]].append(f"(?:{r['pattern']})")
    return {role: re.compile("|".join(pats), re.IGNORECASE) for role, pats in by_role.items()}


@lru_cache(maxsize=1)
def _role_literals() -> dict[str, tuple[str, ...] | None]:
    """Per role, literals one of which every match of its pattern starts with (None: no filter)."""
    return {role: required_literals(pat.pattern) for role, pat in _roles().items()}


def _has(role: str, s: str) -> bool:
    return search_at_literals(_roles()[role], _role_literals()[role], s, safe_lower(s)) is not None


@lru_cache(maxsize=1)
def _programmes() -> tuple[tuple[str, re.Pattern[str] | str, str, str], ...]:
    out = []
    for r in lexicon.load("programmes"):
        pat: re.Pattern[str] | str = re.compile(r["pattern"], re.IGNORECASE) if r["kind"] == "text" else r["pattern"]
        out.append((r["kind"], pat, r["programme"], r["eu_fund"]))
    return tuple(out)


_EU = frozenset(schemas.EU_FUNDS)

# --- scoring how strongly two spans belong together ---------------------------------------------

_CAP = "A-ZĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲ"
_SENTENCE_END = re.compile(rf"[.!?]\s+[{_CAP}]")


def _gap(text: str, a: int, b: int, blockers: Sequence[tuple[int, int]] = ()) -> float:
    """Cost of linking something ending at ``a`` with something starting at ``b`` (``a <= b``).

    Characters between them, plus penalties for punctuation, line breaks, conjunctions, a
    breakdown marker or a sentence end in between; infinite when another amount lies between."""
    if b < a:
        a, b = b, a
    between = text[a:b]
    if len(between) > 220:
        return math.inf
    for s, e in blockers:
        if a <= s and e <= b:
            return math.inf
    cost = float(len(between.strip()))
    cost += 30 * (between.count(",") + between.count(";"))
    for nl in re.finditer(r"\n+", between):  # a wrapped line costs little, a paragraph break much
        before = between[: nl.start()].rstrip()
        cost += 60 if (not before or before[-1] in ".:;!?") else 5
    cost += 40 * len(_roles()["next_item"].findall(between))
    if _has("breakdown", between):
        cost += 200
    if _SENTENCE_END.search(text[a:b + 1]):  # the capital may be the first letter of what follows
        cost += 200
    return cost


def _cost(text: str, x: Fact, y: Fact, blockers: Sequence[tuple[int, int]] = ()) -> float:
    if x.end <= y.start:
        return _gap(text, x.end, y.start, blockers)
    if y.end <= x.start:
        return _gap(text, y.end, x.start, blockers)
    return 0.0


def _assign(text: str, items: Sequence[Fact], targets: Sequence[Fact], limit: float,
            blockers: Sequence[tuple[int, int]] = ()) -> dict[int, int]:
    """One-to-one links item → target, cheapest first, each cost at most ``limit``."""
    pairs = []
    for i, it in enumerate(items):
        for j, tg in enumerate(targets):
            if abs(it.start - tg.start) > 400:
                continue
            own = [bl for bl in blockers if bl != (it.start, it.end) and bl != (tg.start, tg.end)]
            c = _cost(text, it, tg, own)
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


# --- reading one article ------------------------------------------------------------------------

_IMAGE_LINE = re.compile(r"^\S+\.(?:png|jpe?g|gif|svg|webp|bmp)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
#: A short name in brackets at the end of a title: one word with a capital inside or all capitals.
_TRAILING_ACRONYM = re.compile(r"\s*\(([A-ZĀČĒĢĪĶĻŅŠŪŽ][\w\-]*[A-ZĀČĒĢĪĶĻŅŠŪŽ][\w\-]*)\)(?=\s|$|[.,;:])")
_NAME_TAIL = re.compile(rf"((?:[{_CAP}][^\W\d_]+[ ]?){{1,4}})$")


def _headline(text: str, start: int, end: int) -> str:
    """The article's first line of words, skipping image names and lines repeated on the page
    (navigation such as "Projekti 2012.- 2021. gadā" printed twice)."""
    lines = [_IMAGE_LINE.sub("", ln.strip()).strip() for ln in text[start:end].split("\n")]
    seen = Counter(ln for ln in lines if ln)
    for line in lines:
        if len(_WORD.findall(line)) >= 2 and seen[line] == 1:
            return line[:200]
    return ""


@lru_cache(maxsize=1)
def _group_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of the target-group stems (lower case, longest first) and stem → group."""
    group_of = {r["stem"].lower(): r["group"] for r in lexicon.load("target_groups")}
    alts = "|".join(re.escape(st) for st in sorted(group_of, key=lambda x: (-len(x), x)))
    return re.compile(rf"\b(?:{alts})"), group_of


def profile(body: str) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    """An article's vocabulary for telling projects apart on one page:

    * stems: the first six letters of words of four letters or more, and adjacent stem pairs;
    * groups: how often each target group of people is mentioned (``target_groups`` lexicon)."""
    low = body.lower()
    long = [w[:6] for w in _LONG_WORD.findall(low)]
    stems = Counter(long)
    stems.update(map("_".join, zip(long, long[1:])))
    pat, group_of = _group_pattern()
    groups = Counter(group_of[m] for m in pat.findall(low))
    return tuple(stems.items()), tuple(sorted(groups.items()))


def with_page_links(records: Sequence[ArticleRecord], text: str) -> list[ArticleRecord]:
    """``records`` (the articles of one page) with the neighbours of each article that names no
    code, acronym or title: the articles of the same page it resembles most (similarity at least
    :data:`SIMILARITY_THRESHOLD` and at least :data:`NEIGHBOUR_RATIO` of its best match).

    Computed here, per page, so that only these few numbers — not the vocabulary — travel to the
    cross-document stage."""
    loose = [k for k, r in enumerate(records) if not _keys(r)]
    if len(records) < 2 or not loose:
        return list(records)
    profiles = [profile(text[r.start:r.end]) for r in records]
    sim = _page_similarity(profiles, frozenset(loose))
    out = list(records)
    for k in loose:
        ranked = sorted(((sim[(k, j)], j) for j in range(len(records)) if j != k), key=lambda x: (-x[0], x[1]))
        best = ranked[0][0] if ranked else 0.0
        links = tuple((records[j].article, round(v, 9)) for v, j in ranked
                      if v >= SIMILARITY_THRESHOLD and v >= NEIGHBOUR_RATIO * best)
        out[k] = replace(records[k], links=links)
    return out


def _lead(text: str, pos: int, floor: int, width: int = 110) -> str:
    """Words just before ``pos`` in the same line, not before ``floor``."""
    lo = max(floor, pos - width, text.rfind("\n", 0, pos) + 1)
    return text[lo:pos]


def _partner_from_lead(lead: str, orgs: Sequence[Fact], lead_start: int) -> str | None:
    """The partner a labelled amount belongs to, when its label names one."""
    m = _roles()["partner"].search(lead)
    org_in_lead = [o for o in orgs if o.start >= lead_start and o.end <= lead_start + len(lead)]
    if org_in_lead:
        o = org_in_lead[-1]
        tail = lead[o.end - lead_start:]
        if m or (len(tail.strip(" :–-")) <= 45 and _has("budget_noun", tail)):
            return o.value.name  # type: ignore[union-attr]
    if m:
        before = lead[: m.start()].rstrip(" :–-\"'")
        nm = _NAME_TAIL.search(before)
        if nm:
            words = [w for w in nm.group(1).split() if not _is_label_word(w)]
            if words:
                return " ".join(words)
        # the name may follow the label's first word: "Kopējais Jelgavai pieejamais finansējums"
        inner = re.search(rf"\b([{_CAP}][^\W\d_]+)\s+{re.escape(m.group().split()[0])}", lead)
        if inner and not _is_label_word(inner.group(1)):
            return inner.group(1)
        # or be the whole phrase before it: 'Daugavpils pilsētas pašvaldības iestādes "Sociālais dienests" daļa'
        phrase = re.split(r"[.;:!?]\s", before)[-1].strip(" •·*–-\t")
        if re.match(rf"[{_CAP}]", phrase) and 1 <= len(phrase.split()) <= 10 and not _has("total", phrase):
            return phrase
    return None


def _is_label_word(word: str) -> bool:
    """A word of a budget label ("Kopējais", "Projekta"), never part of a partner's name."""
    return _roles()["label_word"].fullmatch(word) is not None


def _resolve_partner(name: str, orgs: Sequence[Fact]) -> str:
    """A partner named in an inflected form ("Jelgavai") as the organisation the article lists."""
    key = _fold(name)[:5]
    for o in orgs:
        if _fold(o.value.name)[:5] == key:  # type: ignore[union-attr]
            return o.value.name  # type: ignore[union-attr]
    return name


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def name_key(s: str) -> str:
    """A title or acronym reduced for comparison: case, diacritics and punctuation ignored."""
    return " ".join(re.findall(r"[^\W_]+", _fold(s)))


def read_article(doc_id: str, art: "Article", text: str, facts: Sequence[Fact],
                 sents: "SentenceIndex | None" = None) -> ArticleRecord:
    """Give the figures of one article their roles. ``facts`` are the article's facts in document
    offsets (as :func:`socreport.parse.find_facts` returns them, shifted); ``sents`` the article's
    sentence index when the caller already has it."""
    lo, hi = art.start, art.end
    sents = sents if sents is not None else SentenceIndex(text, lo, hi)

    def prov(start: int, end: int) -> Prov:
        return Prov(doc_id, start, end, sents.of(start, end))

    by = defaultdict(list)
    for f in facts:
        by[f.kind].append(f)
    money, percents, funds, orgs = by["money"], by["percent"], by["fund"], by["organisation"]
    blockers = [(m.start, m.end) for m in money]

    fields: list[FieldValue] = []
    funding: list[FundingItem] = []

    # -- money: parts (bound to a fund), partner parts, whole totals -------------------------------
    # A share written right beside an amount is that amount's ("(85%)", "90% (17 489,62 EUR)");
    # otherwise a share binds to the fund it names ("85% ir ESF līdzfinansējums (8 000 497,43 EUR)").
    # An amount binds to its fund; an amount labelled as the total stays the total even when a
    # share statement follows it ("1 001 524.17 EUR (80% no projekta finansē ... EaSI").
    m_pct = _assign(text, money, percents, 12, blockers)
    direct = set(m_pct.values())
    loose_pct = [k for k in range(len(percents)) if k not in direct]
    p_fund = {loose_pct[a]: b for a, b in _assign(text, [percents[k] for k in loose_pct], funds, 60, blockers).items()}
    fund_pct = {j: k for k, j in p_fund.items()}
    m_fund = _assign(text, money, funds, 120, blockers)
    containers: list[tuple[int, str, str | None, Fact | None]] = []  # (pos, scope, partner, money)
    parts: list[tuple[int, Fact, str, float | None]] = []  # (pos, money, source, share)
    used_pct: set[int] = set()
    part_funds: set[int] = set()
    prev_end = lo
    for i, m in enumerate(money):
        lead = _lead(text, m.start, prev_end)
        lead_start = m.start - len(lead)
        nxt = money[i + 1].start if i + 1 < len(money) else hi
        trail = text[m.end: min(nxt, m.end + 80)].split("\n")[0]
        prev_end = m.end
        if _has("ignore", lead[-40:]) or _has("ignore", trail):
            continue
        j = m_fund.get(i)
        if j is not None and _has("total", lead) and any(m.end <= pc.start < funds[j].start for pc in percents):
            j = None  # "total (80% ... EaSI)": a share statement after the total, not a part
        if j is not None:
            k = m_pct.get(i, fund_pct.get(j))
            share = percents[k].value.value if k is not None else None  # type: ignore[union-attr]
            if k is not None:
                used_pct.add(k)
            part_funds.add(j)
            parts.append((m.start, m, funds[j].value.key, share))  # type: ignore[union-attr]
            continue
        partner = _partner_from_lead(lead, orgs, lead_start)
        if partner:
            containers.append((m.start, "partner", _resolve_partner(partner, orgs), m))
        elif _has("total", lead):
            containers.append((m.start, "whole", None, m))
            if i in m_pct and m_pct[i] in direct:
                direct.discard(m_pct[i])  # "(80% no projekta ...)" after a total is a share statement
        elif _has("breakdown", lead) and containers:
            k = m_pct.get(i)
            if k is not None:
                used_pct.add(k)
            parts.append((m.start, m, "other", percents[k].value.value if k is not None else None))  # type: ignore[union-attr]

    def container_at(pos: int) -> tuple[str, str | None, Fact | None]:
        before = [c for c in containers if c[0] < pos]
        if before:
            _, scope, partner, m = before[-1]
            return scope, partner, m
        return "whole", None, None

    seen_items: set[tuple] = set()

    def add(item: FundingItem) -> None:
        # the same statement repeated (a page in two languages) is one row
        key = (item.scope, name_key(item.partner or ""), item.source, item.amount_eur, item.share_pct)
        if key not in seen_items:
            seen_items.add(key)
            funding.append(item)

    for pos, scope, partner, m in containers:
        assert m is not None
        add(FundingItem(scope, partner, "total", m.value.amount_eur, None, m.value.amount,  # type: ignore[union-attr]
                        m.value.currency, False, prov(m.start, m.end)))  # type: ignore[union-attr]
    for pos, m, source, share in parts:
        scope, partner, _ = container_at(pos)
        v: Money = m.value  # type: ignore[assignment]
        add(FundingItem(scope, partner, source, v.amount_eur, share, v.amount, v.currency, False, prov(m.start, m.end)))

    # -- shares stated without amounts: "85% finansē Eiropas Sociālais fonds, 15% ir valsts budžets"
    rest_pct = [k for k in range(len(percents)) if k not in used_pct]
    rest_funds = [j for j in range(len(funds)) if j not in part_funds]
    shares = _assign(text, [percents[k] for k in rest_pct], [funds[j] for j in rest_funds], 150, blockers)
    for a, b in sorted(shares.items()):
        pct, fnd = percents[rest_pct[a]], funds[rest_funds[b]]
        scope, partner, total_m = container_at(pct.start)
        total = total_m.value.amount_eur if total_m is not None else None  # type: ignore[union-attr]
        share = pct.value.value  # type: ignore[union-attr]
        amount = round(total * share / 100, 2) if total is not None else None
        add(FundingItem(scope, partner, fnd.value.key, amount, share, None, None, amount is not None,  # type: ignore[union-attr]
                        prov(min(pct.start, fnd.start), max(pct.end, fnd.end))))

    funding = _add_derived_totals(funding)

    # -- project-level money fields ------------------------------------------------------------
    for it in funding:
        if it.scope != "whole":
            continue
        if it.source == "total" and it.amount_eur is not None:
            fields.append(FieldValue("total_budget_eur", it.amount_eur, it.prov, 1 if it.derived else 0))
        elif it.source in _EU:
            if it.amount_eur is not None and not it.derived:
                fields.append(FieldValue("eu_funding_eur", it.amount_eur, it.prov))
            if it.share_pct is not None:
                fields.append(FieldValue("eu_share_pct", it.share_pct, it.prov))

    # -- EU fund and programme -----------------------------------------------------------------
    eu_rows = [it for it in funding if it.source in _EU]
    eu_rows.sort(key=lambda it: (it.scope != "whole", it.prov.start))
    for it in eu_rows[:1]:
        fields.append(FieldValue("eu_fund", it.source, it.prov, 0))
    eu_facts = [f for f in funds if f.value.key in _EU]  # type: ignore[union-attr]
    if eu_facts:
        common = Counter(f.value.key for f in eu_facts).most_common(1)[0][0]  # type: ignore[union-attr]
        first = next(f for f in eu_facts if f.value.key == common)  # type: ignore[union-attr]
        fields.append(FieldValue("eu_fund", common, prov(first.start, first.end), 1))
    body = text[lo:hi]
    low = safe_lower(body)
    for kind, pat, programme, fund in _programmes():
        if kind != "text":
            continue
        mm = search_at_literals(pat, required_literals(pat.pattern), body, low)  # type: ignore[union-attr]
        if mm:
            fields.append(FieldValue("programme", programme, prov(lo + mm.start(), lo + mm.end()), 0))
            if fund:
                fields.append(FieldValue("eu_fund", fund, prov(lo + mm.start(), lo + mm.end()), 2))
            break

    # -- identifiers ---------------------------------------------------------------------------
    codes = [f for f in by["code"]]
    for f in codes:
        fields.append(FieldValue("code", f.value.code, prov(f.start, f.end)))  # type: ignore[union-attr]
    for kind, pat, programme, fund in _programmes():
        if kind == "code" and any(f.value.scheme == pat for f in codes):  # type: ignore[union-attr]
            f = next(f for f in codes if f.value.scheme == pat)  # type: ignore[union-attr]
            fields.append(FieldValue("programme", programme, prov(f.start, f.end), 1))
            if fund:
                fields.append(FieldValue("eu_fund", fund, prov(f.start, f.end), 3))
            break
    acronyms = [f.value.text for f in by["acronym"]]  # type: ignore[union-attr]
    titles = []
    for f in by["acronym"]:
        fields.append(FieldValue("acronym", f.value.text, prov(f.start, f.end)))  # type: ignore[union-attr]
    for f in by["title"]:
        title = f.value.text  # type: ignore[union-attr]
        # "Cross-border Social Inclusion Network (SocNet)": the short name in brackets, inside the
        # title as recognised or right after it
        m = _TRAILING_ACRONYM.search(title) or _TRAILING_ACRONYM.match(text, f.end, min(hi, f.end + 40))
        if m:
            if m.string is title:
                title = title[: m.start()].rstrip()
            if m.group(1) not in acronyms:
                acronyms.append(m.group(1))
                fields.append(FieldValue("acronym", m.group(1), prov(f.start, f.end), 1))
        titles.append(title)
        fields.append(FieldValue("title", title, prov(f.start, f.end)))

    # -- dates -----------------------------------------------------------------------------------
    fields.extend(_date_fields(text, lo, hi, by, sents, prov))

    # -- counts ------------------------------------------------------------------------------------
    counts = _count_items(text, by["count"], sents, prov)
    eligible = [c for c in counts if c.eligible]
    if len({c.n for c in eligible if c.rank == 3}) > 2:  # many unlabelled counts: none is the headline
        eligible = [c for c in eligible if c.rank < 3]
    best = sorted(eligible, key=lambda c: (c.rank, -c.n, c.prov.start))
    if best:
        c = best[0]
        fields.append(FieldValue("beneficiaries", c.n, c.prov, c.rank))

    # -- partners ----------------------------------------------------------------------------------
    partners = _partner_items(text, orgs, funding, sents, prov)

    return ArticleRecord(
        doc_id=doc_id, article=art.index, start=art.start, end=art.end, published=art.published,
        headline=_headline(text, lo, hi),
        codes=tuple(dict.fromkeys(f.value.code for f in codes)),  # type: ignore[union-attr]
        code_schemes=tuple(dict.fromkeys(f.value.scheme for f in codes)),  # type: ignore[union-attr]
        acronyms=tuple(dict.fromkeys(acronyms)),
        titles=tuple(dict.fromkeys(titles)),
        fields=tuple(fields), funding=tuple(funding), partners=tuple(partners), counts=tuple(counts),
    )


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


def _date_fields(text: str, lo: int, hi: int, by: dict[str, list[Fact]], sents: SentenceIndex, prov) -> list[FieldValue]:
    from .parse.periods import date_role

    body = text[lo:hi]
    out: list[FieldValue] = []
    periods = by["period"]
    for p in periods:
        if p.rule.startswith("year_range"):  # "2014.-2020. gadam": a programme period, not the project's
            continue
        a, b = sents.span(p.start)
        sentence = text[a:max(b, p.end)]
        labelled = _has("period", sentence) or "duration" in p.rule
        if not labelled:
            continue
        v: Period = p.value  # type: ignore[assignment]
        if v.start:
            out.append(FieldValue("start_date", v.start, prov(p.start, p.end), 0))
        if v.end:
            out.append(FieldValue("end_date", v.end, prov(p.start, p.end), 0))
    in_period = [(p.start, p.end) for p in periods]
    singles = [d for d in by["date"] if not any(s <= d.start and d.end <= e for s, e in in_period)]
    # a labelled sentence with exactly two dates and no range: start and end
    by_sentence: dict[tuple[int, int], list[Fact]] = defaultdict(list)
    for d in singles:
        by_sentence[sents.span(d.start)].append(d)
    for (a, b), ds in by_sentence.items():
        sentence = text[a:b]
        if len(ds) == 2 and _has("period", sentence) and not any(a <= p.start < b for p in periods):
            d1, d2 = sorted(ds, key=lambda d: d.start)
            v1, v2 = d1.value, d2.value
            if v1.first_day() <= v2.last_day():  # type: ignore[union-attr]
                out.append(FieldValue("start_date", v1.first_day(), prov(d1.start, d2.end), 1))  # type: ignore[union-attr]
                out.append(FieldValue("end_date", v2.last_day(), prov(d1.start, d2.end), 1))  # type: ignore[union-attr]
                continue
        for d in ds:
            role = date_role(body, d.start - lo, d.end - lo)
            if role not in ("start", "end") or not _has("project_word", sentence):
                continue
            v: DateValue = d.value  # type: ignore[assignment, no-redef]
            if role == "start":
                out.append(FieldValue("start_date", v.first_day(), prov(d.start, d.end), 2))
            else:
                out.append(FieldValue("end_date", v.last_day(), prov(d.start, d.end), 2))
    for d in by["duration"]:
        a, b = sents.span(d.start)
        if _has("duration", text[a:b]):
            out.append(FieldValue("duration_months_stated", d.value.months, prov(d.start, d.end), 0))  # type: ignore[union-attr]
    return out


def _count_items(text: str, counts: Sequence[Fact], sents: SentenceIndex, prov) -> list[CountItem]:
    out: list[CountItem] = []
    by_sentence: dict[tuple[int, int], list[Fact]] = defaultdict(list)
    for c in counts:
        by_sentence[sents.span(c.start)].append(c)
    for (a, b), cs in sorted(by_sentence.items()):
        sentence = text[a:b]
        target = _has("target", sentence)
        partner_level = _has("partner_count", sentence) and not _has("whole_count", sentence)
        people = [c for c in cs if c.value.kind == "people"  # type: ignore[union-attr]
                  and text.count("(", a, c.start) <= text.count(")", a, c.start)]  # not a bracketed breakdown
        if _has("listing", sentence) and len(people) > 1 and not partner_level:
            # one group listed in parts: "mērķa grupa: 23 jaunieši un 2 bērni", "rezultātā ... 8 personām
            # ... un ... 20 bērniem": the headline is their sum
            total = sum(c.value.n for c in people)  # type: ignore[union-attr]
            first, last = people[0], people[-1]
            out.append(CountItem(total, "; ".join(c.value.group for c in people), "exact", "people", True,  # type: ignore[union-attr]
                                 0 if target else 1, prov(first.start, last.end)))
            for c in cs:
                v: Count = c.value  # type: ignore[assignment]
                out.append(CountItem(v.n, v.group, v.qualifier, v.kind, False, 9, prov(c.start, c.end)))
            continue
        for c in cs:
            v = c.value  # type: ignore[assignment]
            eligible = v.kind == "people" and not partner_level
            if target:
                rank = 0
            elif _has("whole_count", sentence) or _has("results", sentence):
                rank = 1
            elif v.qualifier in ("at_least", "at_most"):
                rank = 2
            else:
                rank = 3
            out.append(CountItem(v.n, v.group, v.qualifier, v.kind, eligible, rank, prov(c.start, c.end)))
    return out


def _partner_items(text: str, orgs: Sequence[Fact], funding: Sequence[FundingItem], sents: SentenceIndex,
                   prov) -> list[PartnerItem]:
    out: dict[str, PartnerItem] = {}
    for o in orgs:
        v: Organisation = o.value  # type: ignore[assignment]
        a, b = sents.span(o.start)
        sentence = text[a:b]
        line_start = text.rfind("\n", 0, o.start) + 1
        line_prefix = text[line_start:o.start]
        near = text[max(a, o.start - 60): min(b, o.end + 40)]
        in_list = bool(re.match(r"\s*[•·\-–*]\s*$", line_prefix)) and _has("partners", text[max(0, line_start - 300):line_start])
        if not (_has("partners", sentence) or _has("lead", near) or in_list or v.lead):
            continue
        lead = v.lead or _has("lead", near)
        key = name_key(v.name)
        prev = out.get(key)
        if prev is None or (lead and prev.role != "lead"):
            out[key] = PartnerItem(v.name, "lead" if lead else "partner", v.country or None, prov(o.start, o.end))
    for it in funding:
        if it.scope == "partner" and it.partner and name_key(it.partner) not in out:
            out[name_key(it.partner)] = PartnerItem(it.partner, "partner", None, it.prov)
    return sorted(out.values(), key=lambda p: p.prov.start)


# --- merging articles into projects --------------------------------------------------------------


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


#: An article without identifiers joins a neighbour on its page whose similarity is at least this
#: and at least :data:`NEIGHBOUR_RATIO` of its best neighbour's.
SIMILARITY_THRESHOLD = 0.05
NEIGHBOUR_RATIO = 0.75


def _keys(rec: ArticleRecord) -> set[tuple[str, str]]:
    keys = {("code", c) for c in rec.codes}
    keys |= {("name", name_key(n)) for n in rec.acronyms + rec.titles if name_key(n)}
    return keys


def _page_similarity(profiles: Sequence[tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]],
                     rows: frozenset[int] | None = None) -> dict[tuple[int, int], float]:
    """Pairwise similarity of the articles of one page, from their :func:`profile`.

    TF-IDF cosine over word stems and stem pairs that at most a few articles share (the page's
    common vocabulary says nothing about which project an article is on), plus a bonus of up to 0.1
    when both articles speak of the same groups of people (children, adults with mental disorders,
    seniors, ...), scaled by the text similarity so the bonus never links unrelated articles.
    ``rows`` limits the result to pairs that involve those articles."""
    n = len(profiles)
    df = Counter(st for stems, _ in profiles for st, _ in stems)
    max_df = max(4, int(0.15 * n))
    vocab = {st: k for k, st in enumerate(st for st, c in df.items() if c <= max_df)}  # first-seen order
    idf = np.array([math.log((1 + n) / (1 + df[st])) for st in vocab], dtype="float64")
    groups = sorted({g for _, gs in profiles for g, _ in gs})
    gindex = {g: k for k, g in enumerate(groups)}
    text_m = np.zeros((n, len(vocab)), dtype="float64")
    group_m = np.zeros((n, len(groups)), dtype="float64")
    for i, (stems, gs) in enumerate(profiles):
        cols = [(vocab[st], c) for st, c in stems if st in vocab]
        if cols:
            ks, cs = zip(*cols)
            text_m[i, list(ks)] = 1 + np.log(np.array(cs, dtype="float64"))
        for g, c in gs:
            group_m[i, gindex[g]] = math.log(1 + c)
    text_m *= idf
    t = _cosines(text_m)
    sim = t + 0.1 * _cosines(group_m) * np.minimum(1.0, 10 * t)
    return {(a, b): float(sim[a, b]) for a in range(n) for b in range(n)
            if a != b and (rows is None or a in rows or b in rows)}


def _cosines(m: "np.ndarray") -> "np.ndarray":
    """Cosine similarity of every pair of rows of ``m`` (0 where a row is all zeros)."""
    norms = np.sqrt((m * m).sum(axis=1))
    safe = np.where(norms > 0, norms, 1.0)
    unit = m / safe[:, None]
    return unit @ unit.T


def group_articles(records: Sequence[ArticleRecord]) -> list[list[int]]:
    """Indices of ``records`` grouped by project.

    Articles that share a code, acronym or title are one project, across documents too; an article
    whose headline is a known title joins it. On each page, every article without identifiers links
    to its nearest neighbours (found per page by :func:`with_page_links`); links are taken strongest first and never join two
    projects that have identifiers of their own. A group becomes a project when it has identifiers
    and any figure, or, without identifiers, a budget, both dates or a headline count. Other
    articles belong to no project; their facts stay in the ``facts`` table."""
    n = len(records)
    uf = _UnionFind(n)
    owner: dict[tuple[str, str], int] = {}
    for i, rec in enumerate(records):
        for k in sorted(_keys(rec)):
            if k in owner:
                uf.union(owner[k], i)
            else:
                owner[k] = i
    for i, rec in enumerate(records):
        if not _keys(rec) and rec.headline:
            k = ("name", name_key(rec.headline))
            if k in owner:
                uf.union(owner[k], i)
    identified_roots = {uf.find(i) for i, rec in enumerate(records) if _keys(rec)}
    where = {(rec.doc_id, rec.article): i for i, rec in enumerate(records)}
    edges = set()
    for i, rec in enumerate(records):
        if uf.find(i) in identified_roots:
            continue
        for article, v in rec.links:
            j = where.get((rec.doc_id, article))
            if j is not None:
                edges.add((-v, min(i, j), max(i, j)))
    ident = set(identified_roots)
    for _, i, j in sorted(edges):  # strongest first
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj or (ri in ident and rj in ident):
            continue
        uf.union(i, j)
        if ri in ident or rj in ident:
            ident.add(uf.find(i))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)
    out = []
    for root, members in groups.items():
        if any(_keys(records[m]) for m in members):
            if any(records[m].has_figures for m in members):
                out.append(sorted(members))
        elif any(_strong(records[m]) for m in members):
            out.append(sorted(members))
    return sorted(out, key=lambda ms: (records[ms[0]].doc_id, records[ms[0]].start))


def _strong(rec: ArticleRecord) -> bool:
    """An article without identifiers is a project of its own only with a budget, a period or a headline count."""
    have = {f.field for f in rec.fields}
    return bool({"total_budget_eur", "beneficiaries"} & have or {"start_date", "end_date"} <= have)


def _newest_first(rec: ArticleRecord) -> tuple:
    """Sort key: dated articles by date, newest first; then undated ones; on one page higher is newer."""
    return (rec.published is None, -(rec.published.toordinal() if rec.published else 0), rec.doc_id, rec.start)


def _slug(s: str) -> str:
    return "-".join(re.findall(r"[^\W_]+", s.casefold()))[:80]


def _format(field_name: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


@dataclass
class _Project:
    project_id: str
    row: dict
    sources: list[dict]
    funding: list[FundingItem]
    partners: list[PartnerItem]
    counts: list[tuple[CountItem, bool]]
    docs: list[str]


def _assemble(records: Sequence[ArticleRecord], members: list[int]) -> _Project:
    arts = sorted((records[m] for m in members), key=_newest_first)
    row: dict[str, object] = {}
    sources: list[dict] = []
    chosen: dict[str, tuple[ArticleRecord, FieldValue]] = {}
    for fname in PROJECT_FIELDS:
        versions: list[tuple[ArticleRecord, FieldValue]] = []
        for rec in arts:
            cands = sorted((f for f in rec.fields if f.field == fname), key=lambda f: (f.rank, f.prov.start))
            if cands:
                versions.append((rec, cands[0]))
        if not versions:
            continue
        pick = versions[0]
        if fname == "beneficiaries":
            # a labelled statement ("mērķa grupa: 25 personas") beats a newer incidental count, and
            # only statements as strong as the one used are versions of it
            best_rank = min(fv.rank for _, fv in versions)
            versions = [v for v in versions if v[1].rank == best_rank]
            pick = versions[0]
        if fname == "code":  # the code most articles give; the newest on ties
            freq = Counter(fv.value for _, fv in versions)
            pick = next(v for v in versions if freq[v[1].value] == max(freq.values()))
        chosen[fname] = pick
        for rec, fv in versions:
            sources.append({"field": fname, "value": _format(fname, fv.value), "published": rec.published,
                            "article": rec.article, "used": fv is pick[1],
                            "doc_id": fv.prov.doc_id, "start": fv.prov.start, "end": fv.prov.end,
                            "sentence": fv.prov.sentence})
    for fname, (rec, fv) in chosen.items():
        row[fname] = fv.value
    newest = arts[0]
    if "title" not in row and not row.get("acronym") and not row.get("code"):
        row["title"] = newest.headline or None
    pid = row.get("code") or row.get("acronym") or row.get("title") or _slug(newest.headline) or \
        f"{newest.doc_id}#{newest.article}"
    # funding: per scope and partner, the newest article that states it
    funding: list[FundingItem] = []
    seen: set[tuple[str, str | None]] = set()
    for rec in arts:
        groups: dict[tuple[str, str | None], list[FundingItem]] = defaultdict(list)
        for it in rec.funding:
            groups[(it.scope, name_key(it.partner) if it.partner else None)].append(it)
        for key, items in groups.items():
            if key not in seen:
                seen.add(key)
                funding.extend(items)
    partners: dict[str, PartnerItem] = {}
    for rec in reversed(arts):
        for p in rec.partners:
            k = name_key(p.name)
            if k not in partners or p.role == "lead":
                partners[k] = p
    headline_prov = chosen["beneficiaries"][1].prov if "beneficiaries" in chosen else None
    counts: list[tuple[CountItem, bool]] = []
    seen_c: set[tuple] = set()
    for rec in arts:
        for c in rec.counts:
            k = (c.prov.doc_id, c.prov.start, c.prov.end, c.n)
            if k in seen_c:
                continue
            seen_c.add(k)
            counts.append((c, headline_prov is not None and c.eligible and c.prov == headline_prov))
    docs = sorted({r.doc_id for r in arts})
    return _Project(str(pid), row, sources, funding, sorted(partners.values(), key=lambda p: (p.prov.doc_id, p.prov.start)),
                    counts, docs)


def _unique_ids(projects: list[_Project]) -> None:
    seen: Counter[str] = Counter()
    for p in projects:
        seen[p.project_id] += 1
        if seen[p.project_id] > 1:
            p.project_id = f"{p.project_id}~{seen[p.project_id]}"


def build_tables(results: Iterable["DocResult"]) -> Tables:
    """The tidy tables from the per-document results (any order in, deterministic order out)."""
    results = sorted(results, key=lambda r: r.document.doc_id)
    documents = [r.row() for r in results]
    facts = [fr for r in results for fr in r.facts]
    records = [a for r in results for a in r.articles]
    projects = [_assemble(records, g) for g in group_articles(records)]
    projects.sort(key=lambda p: p.project_id)
    _unique_ids(projects)

    prow, frows, parows, brows, srows = [], [], [], [], []
    for p in projects:
        r = {k: p.row.get(k) for k in PROJECT_FIELDS}
        r["project_id"] = p.project_id
        r["source_docs"] = ";".join(p.docs)
        prow.append(r)
        for it in p.funding:
            frows.append({"project_id": p.project_id, "scope": it.scope, "partner": it.partner, "source": it.source,
                          "amount_eur": it.amount_eur, "share_pct": it.share_pct, "amount_original": it.amount_original,
                          "currency": it.currency, "derived": it.derived, **_prov(it.prov)})
        for pa in p.partners:
            parows.append({"project_id": p.project_id, "name": pa.name, "role": pa.role, "country": pa.country,
                           **_prov(pa.prov)})
        for c, headline in p.counts:
            brows.append({"project_id": p.project_id, "count": c.n, "group": c.group, "qualifier": c.qualifier,
                          "kind": c.kind, "headline": headline, **_prov(c.prov)})
        for s in p.sources:
            srows.append({"project_id": p.project_id, **s})

    def frame(rows: list[dict], name: str) -> pd.DataFrame:
        t = schemas.get(name)
        if not rows:
            return schemas.empty(t)
        df = pd.DataFrame(rows)
        for c in t.names:
            if c not in df.columns:
                df[c] = None
        df = df.astype(object).where(pd.notna(df), None)
        return schemas.conform(df, t)

    tables = Tables(
        documents=frame(documents, "documents"),
        projects=frame(prow, "projects"),
        funding=frame(frows, "funding"),
        partners=frame(parows, "partners"),
        beneficiaries=frame(brows, "beneficiaries"),
        facts=_facts_frame(facts),
        sources=frame(srows, "sources"),
    )
    return tables


def _facts_frame(facts: Sequence) -> pd.DataFrame:
    """The ``facts`` table built column by column: the largest table, so no row dictionaries."""
    t = schemas.get("facts")
    if not facts:
        return schemas.empty(t)
    data = {}
    for c in t.columns:
        values = [getattr(f, c.name) for f in facts]
        data[c.name] = pd.array(values, dtype=c.dtype)
    return pd.DataFrame(data)


def _prov(p: Prov) -> dict:
    return {"doc_id": p.doc_id, "start": p.start, "end": p.end, "sentence": p.sentence}
