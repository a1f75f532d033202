"""Which articles are about the same project: page-level similarity and grouping.

Articles that share a code, acronym or title are one project, across documents too, except that two
different codes of one scheme are two projects however alike their titles. On one page,
an article without identifiers joins the project whose articles it resembles most
(:func:`with_page_links`, computed per page so only a few numbers travel to the cross-document
stage; :func:`group_articles` then takes those links).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import lru_cache
from itertools import compress

import numpy as np

from .parse import lexicon
from .parse.codes import parse_code
from .records import ArticleKeys, ArticleRecord, name_key


@lru_cache(maxsize=1)
def _group_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of the target-group stems (lower case, longest first) and stem → group."""
    group_of = {r["stem"].lower(): r["group"] for r in lexicon.load("target_groups")}
    alts = "|".join(re.escape(st) for st in sorted(group_of, key=lambda x: (-len(x), x)))
    return re.compile(rf"\b(?:{alts})"), group_of


#: The first six letters of a word of four letters or more (the rest of the word is skipped).
_STEM = re.compile(r"([^\W\d_]{4,6})[^\W\d_]*")


def profile(body: str) -> tuple[dict[str, int], tuple[tuple[str, int], ...]]:
    """An article's vocabulary for telling projects apart on one page:

    * stems: the first six letters of words of four letters or more, and adjacent stem pairs, with
      their counts;
    * groups: how often each target group of people is mentioned (``target_groups`` lexicon)."""
    low = body.lower()
    long = _STEM.findall(low)
    stems = Counter(long)
    stems.update(map("_".join, zip(long, long[1:])))
    pat, group_of = _group_pattern()
    groups = Counter(group_of[m] for m in pat.findall(low))
    return dict(stems), tuple(sorted(groups.items()))


def with_page_links(records: Sequence[ArticleRecord], text: str) -> list[ArticleRecord]:
    """``records`` (the articles of one page) with the neighbours of each article that names no
    code, acronym or title: the articles of the same page it resembles most (similarity at least
    :data:`SIMILARITY_THRESHOLD` and at least :data:`NEIGHBOUR_RATIO` of its best match).

    Computed here, per page, so that only these few numbers — not the vocabulary — travel to the
    cross-document stage."""
    loose = [k for k, r in enumerate(records) if not keys(r)]
    if len(records) < 2 or not loose:
        return list(records)
    profiles = [profile(text[r.start : r.end]) for r in records]
    by_row: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (a, j), v in _page_similarity(profiles, frozenset(loose)).items():
        by_row[a].append((v, j))  # only pairs above 0 are there, and the threshold is above 0
    out = list(records)
    for k in loose:
        ranked = sorted(by_row.get(k, ()), key=lambda x: (-x[0], x[1]))
        best = ranked[0][0] if ranked else 0.0
        links = tuple(
            (records[j].article, round(v, 9))
            for v, j in ranked
            if v >= SIMILARITY_THRESHOLD and v >= NEIGHBOUR_RATIO * best
        )
        out[k] = replace(records[k], links=links)
    return out


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


def keys(rec: ArticleRecord | ArticleKeys) -> set[tuple[str, str]]:
    """The identifiers an article is known by: its codes and the keys of its acronyms and titles."""
    out = {("code", c) for c in rec.codes}
    out |= {("name", name_key(n)) for n in rec.acronyms + rec.titles if name_key(n)}
    return out


#: The scheme of a code whose shape no scheme of ``code_schemes.csv`` knows (a labelled number).
OTHER_SCHEME = "other"


def codes_by_scheme(rec: ArticleRecord | ArticleKeys) -> dict[str, frozenset[str]]:
    """The article's codes by scheme (Interreg, ESF, ...; :data:`OTHER_SCHEME` for a shape no scheme knows)."""
    out: dict[str, set[str]] = defaultdict(set)
    for c in rec.codes:
        known = parse_code(c)
        out[known.scheme if known is not None else OTHER_SCHEME].add(c)
    return {k: frozenset(v) for k, v in out.items()}


def codes_conflict(a: Mapping[str, AbstractSet[str]], b: Mapping[str, AbstractSet[str]]) -> bool:
    """Two projects: for some scheme both have codes and none of them is the same. Codes of different
    schemes do not conflict (a project often has an Interreg and a national number)."""
    return any(scheme in b and a[scheme].isdisjoint(b[scheme]) for scheme in a)


def _page_similarity(
    profiles: Sequence[tuple[dict[str, int], tuple[tuple[str, int], ...]]], rows: frozenset[int] | None = None
) -> dict[tuple[int, int], float]:
    """Pairwise similarity of the articles of one page, from their :func:`profile`; pairs that
    share no rare stem (similarity 0) are left out.

    TF-IDF cosine over word stems and stem pairs that at most a few articles share (the page's
    common vocabulary says nothing about which project an article is on), plus a bonus of up to 0.1
    when both articles speak of the same groups of people (children, adults with mental disorders,
    seniors, ...), scaled by the text similarity so the bonus never links unrelated articles.
    ``rows`` limits the result to pairs that involve those articles.

    Sparse: each article is a dictionary of the few rare stems it shares with another article, and
    a pair's dot product runs over an inverted index (stem -> the at most ``max_df`` articles that
    have it), so the work grows with the shared stems, not with articles x vocabulary."""
    n = len(profiles)
    df: Counter[str] = Counter()
    for stems, _ in profiles:
        df.update(stems.keys())
    max_df = max(4, int(0.15 * n))
    text_v = [_tf_idf(stems, df, n, max_df) for stems, _ in profiles]
    group_v = [_unit({g: math.log(1 + c) for g, c in gs}) for _, gs in profiles]
    wanted = range(n) if rows is None else sorted(rows)
    t = _sparse_cosines(text_v, wanted)
    out: dict[tuple[int, int], float] = {}
    for a in wanted:
        for b in t[a]:
            if b != a and (a, b) not in out:
                # one sum per pair (the lower index's, when both rows were wanted): exactly symmetric
                lo, hi = (b, a) if b < a and b in t else (a, b)
                tv = t[lo][hi]
                if tv > 0:  # the group bonus is scaled by the text similarity: nothing without it
                    gv = sum(x * group_v[hi].get(k, 0.0) for k, x in group_v[lo].items())
                    out[(a, b)] = out[(b, a)] = tv + 0.1 * gv * min(1.0, 10 * tv)
    return out


def _tf_idf(stems: dict[str, int], df: Counter[str], n: int, max_df: int) -> dict[str, float]:
    """An article's unit TF-IDF vector over the stems that at most ``max_df`` of the page's ``n``
    articles have (weight ``(1 + log count) * log((1 + n) / (1 + df))``), keeping only the stems
    that another article has too: the others count in the length but in no pair. Vectorised, as
    an article has thousands of stems."""
    keys = list(stems)
    if not keys:
        return {}
    dfs = np.fromiter(map(df.__getitem__, keys), dtype="float64", count=len(keys))
    w = (1 + np.log(np.fromiter(stems.values(), dtype="float64", count=len(keys)))) * np.log((1 + n) / (1 + dfs))
    w[dfs > max_df] = 0.0
    norm = math.sqrt(float(np.dot(w, w)))
    if norm <= 0:
        return {}
    keep = (dfs >= 2) & (dfs <= max_df)
    return dict(zip(compress(keys, keep.tolist()), (w[keep] / norm).tolist()))


def _unit(v: dict[str, float]) -> dict[str, float]:
    """``v`` scaled to length 1 (empty when ``v`` is all zeros)."""
    norm = math.sqrt(sum(x * x for x in v.values()))
    return {k: x / norm for k, x in v.items()} if norm > 0 else {}


def _sparse_cosines(vectors: Sequence[dict[str, float]], wanted: Iterable[int]) -> dict[int, dict[int, float]]:
    """For each row ``a`` of ``wanted``: the dot products of unit ``vectors[a]`` with every vector
    that shares a key with it, by index (absent: no shared key, cosine 0)."""
    index: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, v in enumerate(vectors):
        for k, x in v.items():
            index[k].append((i, x))
    out: dict[int, dict[int, float]] = {}
    for a in wanted:
        dots: dict[int, float] = defaultdict(float)
        for k, x in vectors[a].items():
            for b, y in index[k]:
                dots[b] += x * y
        out[a] = dots
    return out


def group_articles(records: Sequence[ArticleRecord | ArticleKeys]) -> list[list[int]]:
    """Indices of ``records`` grouped by project (full records, or their :class:`ArticleKeys`: the
    groups are the same, as only the attributes of the keys are read).

    Articles that share a code, acronym or title are one project, across documents too; an article
    whose headline is a known title joins it. Two different codes of one scheme are two projects: a
    title or acronym they share does not join them (:func:`codes_conflict`; the first project known
    by that name keeps it). On each page, every article without identifiers links
    to its nearest neighbours (found per page by :func:`with_page_links`); links are taken strongest first and never join two
    projects that have identifiers of their own, nor two that each state a budget of their own (the
    items of a list of projects). A group becomes a project when it has identifiers and any figure,
    a code or an acronym (:func:`_named_project`); without identifiers, a budget, both dates or a headline count — or, when it holds every
    article with figures of its page (a page about one project), an EU amount, a total, a date or a
    duration. Other articles belong to no project; their facts stay in the ``facts`` table."""
    uf = _UnionFind(len(records))
    _join_by_identifiers(records, uf)
    _join_by_links(records, uf)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(records)):
        groups[uf.find(i)].append(i)
    with_figures = Counter(rec.doc_id for rec in records if rec.has_figures)
    out = []
    for members in groups.values():
        if any(keys(records[m]) for m in members):
            if any(records[m].has_figures or _named_project(records[m]) for m in members):
                out.append(sorted(members))
        elif any(_strong(records[m]) for m in members):
            out.append(sorted(members))
        elif _whole_page(records, members, with_figures) and any(_weak(records[m]) for m in members):
            out.append(sorted(members))
    return sorted(out, key=lambda ms: (records[ms[0]].doc_id, records[ms[0]].start))


def _join_by_identifiers(records: Sequence[ArticleRecord | ArticleKeys], uf: _UnionFind) -> None:
    """Join the articles that share a code, acronym or title, and the articles without identifiers
    whose headline is a known title; never two groups whose codes conflict (:func:`codes_conflict`)."""
    held = {i: {k: set(v) for k, v in codes_by_scheme(rec).items()} for i, rec in enumerate(records)}

    def join(i: int, j: int) -> None:
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj or codes_conflict(held[ri], held[rj]):
            return
        uf.union(ri, rj)
        keep, gone = (ri, rj) if uf.find(ri) == ri else (rj, ri)
        for scheme, cs in held.pop(gone).items():
            held[keep].setdefault(scheme, set()).update(cs)

    owner: dict[tuple[str, str], int] = {}
    for i, rec in enumerate(records):
        for k in sorted(keys(rec)):
            if k in owner:
                join(owner[k], i)
            else:
                owner[k] = i
    for i, rec in enumerate(records):
        if not keys(rec) and rec.headline:
            k = ("name", name_key(rec.headline))
            if k in owner:
                join(owner[k], i)


def _join_by_links(records: Sequence[ArticleRecord | ArticleKeys], uf: _UnionFind) -> None:
    """Join the articles without identifiers to their page neighbours (:func:`with_page_links`),
    strongest link first, never joining two groups that both have identifiers nor two that each
    state a budget of their own (the items of a list of projects)."""
    identified_roots = {uf.find(i) for i, rec in enumerate(records) if keys(rec)}
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
    budgeted = {uf.find(i) for i, rec in enumerate(records) if _states_budget(rec)}
    for _, i, j in sorted(edges):  # strongest first
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj or (ri in ident and rj in ident) or (ri in budgeted and rj in budgeted):
            continue
        uf.union(i, j)
        if ri in ident or rj in ident:
            ident.add(uf.find(i))
        if ri in budgeted or rj in budgeted:
            budgeted.add(uf.find(i))


def _named_project(rec: ArticleRecord | ArticleKeys) -> bool:
    """The article names a project by its number or its short name: a project the page describes
    even when it states no figure of it."""
    return bool(rec.codes) or bool(rec.acronyms)


def _strong(rec: ArticleRecord | ArticleKeys) -> bool:
    """An article without identifiers is a project of its own only with a budget, a period or a headline count."""
    have = rec.field_names
    return bool({"total_budget_eur", "beneficiaries"} & have or {"start_date", "end_date"} <= have)


#: Fields of which any one makes a page about one project (no code or title) a project.
_WEAK_FIELDS = frozenset(
    {"total_budget_eur", "eu_funding_eur", "eu_share_pct", "start_date", "end_date", "duration_months_stated"}
)


def _weak(rec: ArticleRecord | ArticleKeys) -> bool:
    """The article states an EU amount or share, a total, a date or a duration of a project."""
    return bool(_WEAK_FIELDS & rec.field_names)


def _whole_page(records: Sequence[ArticleRecord | ArticleKeys], members: list[int], with_figures: Counter) -> bool:
    """The group holds every article with figures of its page: the page is about this one project."""
    docs = Counter(records[m].doc_id for m in members if records[m].has_figures)
    return len(docs) == 1 and all(with_figures[d] == c for d, c in docs.items())


def _states_budget(rec: ArticleRecord | ArticleKeys) -> bool:
    """The article states a whole-project total of its own."""
    return "total_budget_eur" in rec.field_names
