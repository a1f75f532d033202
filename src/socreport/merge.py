"""Articles → projects → tables: the cross-document stage.

:func:`build_tables` (once, over all documents) merges the articles that describe the same project
(:func:`socreport.grouping.group_articles`), picks for every field the value from the most recently
published article (undated articles count as older than dated ones; on one page, higher up is
newer; a project date stated with a label or keyword beats a newer article's unlabelled range),
keeps every version in the ``sources`` table, and builds the tidy tables.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from . import schemas
from .grouping import group_articles
from .readers import page_of
from .records import (
    DERIVED_TOTAL_RANK,
    PROJECT_FIELDS,
    SECOND_VALUE_FIELDS,
    ArticleKeys,
    ArticleRecord,
    CountItem,
    DocResult,
    FieldValue,
    FundingItem,
    PartnerItem,
    Prov,
    name_key,
)
from .roles.periods import EXTENDED, ONLY_PERIOD
from .tables import Tables


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


def _second_values(rec: ArticleRecord, fname: str) -> list[tuple[ArticleRecord, FieldValue]]:
    """The article's candidates of a money field (or of an extended end date), strongest first, one
    per stated value: the one it uses and every other value it states ("EUR 182 021,48 (iepriekš
    EUR 138 390,20)", "pagarināts līdz 2023. gada 30. jūnijam"); a total summed from parts is no
    stated value."""
    cands = sorted((f for f in rec.fields if f.field == fname), key=lambda f: (f.rank, f.prov.start))
    out: list[tuple[ArticleRecord, FieldValue]] = []
    seen: set[object] = set()
    for k, f in enumerate(cands):
        if k and fname == "total_budget_eur" and f.rank == DERIVED_TOTAL_RANK:
            continue
        if f.value not in seen:
            seen.add(f.value)
            out.append((rec, f))
    return out


def _assemble(arts: Sequence[ArticleRecord], project_id: str) -> _Project:
    """One project from its articles, newest first (:func:`_newest`), under its final id."""
    chosen, sources = _pick_fields(arts)
    row = _row(chosen, arts[0])
    headline_prov = chosen["beneficiaries"][1].prov if "beneficiaries" in chosen else None
    docs = sorted({r.doc_id for r in arts})
    return _Project(
        project_id, row, sources, _merge_funding(arts), _merge_partners(arts), _merge_counts(arts, headline_prov), docs
    )


def _newest(records: Sequence[ArticleRecord]) -> list[ArticleRecord]:
    """A project's articles, newest first."""
    return sorted(records, key=_newest_first)


def _row(chosen: Mapping[str, tuple[ArticleRecord, FieldValue]], newest: ArticleRecord) -> dict[str, object]:
    """The project's values; a project with no code, acronym or title is titled by its newest headline."""
    row: dict[str, object] = {fname: fv.value for fname, (_, fv) in chosen.items()}
    if "title" not in row and not row.get("acronym") and not row.get("code"):
        row["title"] = newest.headline or None
    return row


#: The fields a project's id is made of, strongest first.
ID_FIELDS = ("code", "acronym", "title")


def _project_id(arts: Sequence[ArticleRecord]) -> str:
    """The id of the project of ``arts`` (newest first): its code, else its acronym, else its title,
    else where its newest article is."""
    newest = arts[0]
    row = _row(_pick_fields(arts, ID_FIELDS)[0], newest)
    pid = next((row[f] for f in ID_FIELDS if row.get(f)), None) or _slug(newest.headline)
    return str(pid or f"{newest.doc_id}#{newest.article}")


def _pick_fields(
    arts: Sequence[ArticleRecord], fields: Sequence[str] = PROJECT_FIELDS
) -> tuple[dict[str, tuple[ArticleRecord, FieldValue]], list[dict]]:
    """Per field of ``fields``, the value used (from the newest article that states it, see the exceptions
    below: the strongest headline count, a stated date over an unlabelled range, the most frequent
    code) and the ``sources`` rows of every version."""
    sources: list[dict] = []
    chosen: dict[str, tuple[ArticleRecord, FieldValue]] = {}
    for fname in fields:
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
        if fname in ("start_date", "end_date"):
            # a date stated with a label (or a start or end keyword) beats a newer article's unlabelled
            # range that was only offered because it was that article's one range
            stated = [v for v in versions if v[1].rank < ONLY_PERIOD]
            pick = stated[0] if stated else pick
        if fname == "code":  # the code most articles give; the newest on ties
            freq = Counter(fv.value for _, fv in versions)
            pick = next(v for v in versions if freq[v[1].value] == max(freq.values()))
        chosen[fname] = pick
        if fname in SECOND_VALUE_FIELDS:
            versions = [v for rec, _ in versions for v in _second_values(rec, fname)]
        elif fname == "end_date":
            # an extended end ("pagarināts līdz …") keeps the end it replaced as a version of its own
            versions = [
                v for rec, fv in versions for v in (_second_values(rec, fname) if fv.rank == EXTENDED else [(rec, fv)])
            ]
        for rec, fv in versions:
            sources.append(
                {
                    "field": fname,
                    "value": _format(fname, fv.value),
                    "published": rec.published,
                    "article": rec.article,
                    "used": fv is pick[1],
                    "doc_id": fv.prov.doc_id,
                    "start": fv.prov.start,
                    "end": fv.prov.end,
                    "sentence": fv.prov.sentence,
                }
            )
    return chosen, sources


def _merge_funding(arts: Sequence[ArticleRecord]) -> list[FundingItem]:
    """Per scope and partner, the funding rows of the newest article that states it."""
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
    return funding


def _merge_partners(arts: Sequence[ArticleRecord]) -> list[PartnerItem]:
    """Every partner once (the newest mention; a lead partner stays lead), in order of provenance."""
    partners: dict[str, PartnerItem] = {}
    for rec in reversed(arts):
        for p in rec.partners:
            k = name_key(p.name)
            if k not in partners or p.role == "lead":
                partners[k] = p
    return sorted(partners.values(), key=lambda p: (p.prov.doc_id, p.prov.start))


def _merge_counts(arts: Sequence[ArticleRecord], headline_prov: Prov | None) -> list[tuple[CountItem, bool]]:
    """Every count once, marked True where it is the project's headline count."""
    counts: list[tuple[CountItem, bool]] = []
    seen: set[tuple] = set()
    for rec in arts:
        for c in rec.counts:
            ck = (c.prov.doc_id, c.prov.start, c.prov.end, c.n)
            if ck in seen:
                continue
            seen.add(ck)
            counts.append((c, headline_prov is not None and c.eligible and c.prov == headline_prov))
    return counts


def _unique_ids(ids: Sequence[str]) -> list[str]:
    """The ids in their order, the second and later of a repeated id marked ``~2``, ``~3`` …"""
    seen: Counter[str] = Counter()
    out = []
    for pid in ids:
        seen[pid] += 1
        out.append(pid if seen[pid] == 1 else f"{pid}~{seen[pid]}")
    return out


def _groups(records: Sequence[ArticleRecord | ArticleKeys], per_document: bool) -> list[list[int]]:
    """The articles of each project: across documents, or (``per_document``) within each document."""
    if not per_document:
        return group_articles(records)
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, rec in enumerate(records):
        by_doc[rec.doc_id].append(i)
    out = []
    for doc in sorted(by_doc):
        idx = by_doc[doc]
        out.extend([idx[k] for k in g] for g in group_articles([records[i] for i in idx]))
    return out


def build_tables(results: Iterable[DocResult], *, per_document: bool = False) -> Tables:
    """The tidy tables from the per-document results (any order in, deterministic order out).

    By default a project described by several documents is one row of ``projects`` (its fields
    from the newest article, every version in ``sources``). With ``per_document`` each document's
    projects are its own rows, whatever other documents say: a project on two pages is two rows
    (the second id gets ``~2``), each with only what its page states."""
    results = sorted(results, key=lambda r: r.document.doc_id)
    documents = [r.row() for r in results]
    pages = {r.document.doc_id: r.document.pages for r in results if r.document.pages}
    facts = [fr for r in results for fr in r.facts]
    records = [a for r in results for a in r.articles]
    return assemble_tables(
        documents,
        pages,
        records,
        lambda members: [records[m] for m in members],
        facts_frame(facts),
        per_document=per_document,
    )


def assemble_tables(
    documents: Sequence[dict],
    pages: Mapping[str, Sequence[int]],
    keys: Sequence[ArticleRecord | ArticleKeys],
    load: Callable[[list[int]], Sequence[ArticleRecord]],
    facts: pd.DataFrame,
    *,
    per_document: bool = False,
) -> Tables:
    """The tables from the ``documents`` rows, the PDF page offsets by document, the articles of
    every document in ``doc_id`` order (full records or only their :class:`ArticleKeys`), a
    function that gives the full records of some of those articles by position, and the ``facts``
    frame. :func:`build_tables` passes the records it holds; a run that keeps the records on disk
    passes their keys and a reader (:mod:`socreport.spool`), so only one project's records are in
    memory at a time. Either way the same groups and the same tables come out. ``per_document``:
    see :func:`build_tables`.

    Two passes over the groups keep memory flat: the first gives every project its id (only the
    fields the id is made of are picked), the second assembles the projects in id order, each
    straight into the tables' columns, which are made into frames a chunk at a time
    (:class:`_Columns`); no list of all projects is ever held."""
    groups = _groups(keys, per_document)
    ids = [_project_id(_newest(load(g))) for g in groups]
    order = sorted(range(len(groups)), key=ids.__getitem__)
    cols = {n: _Columns(n) for n in ("projects", "funding", "partners", "beneficiaries", "sources")}
    for i, pid in zip(order, _unique_ids([ids[i] for i in order])):
        _add_rows(cols, _assemble(_newest(load(groups[i])), pid), pages)
    docs = _Columns("documents")
    for row in documents:
        docs.add(row)
    return Tables(documents=docs.frame(), facts=facts, **{n: c.frame() for n, c in cols.items()})


def _add_rows(cols: Mapping[str, _Columns], p: _Project, pages: Mapping[str, Sequence[int]]) -> None:
    """The project's rows of ``projects``, ``funding``, ``partners``, ``beneficiaries`` and ``sources``."""
    r = {k: p.row.get(k) for k in PROJECT_FIELDS}
    r["project_id"] = p.project_id
    r["source_docs"] = ";".join(p.docs)
    cols["projects"].add(r)
    for it in p.funding:
        cols["funding"].add(
            {
                "project_id": p.project_id,
                "scope": it.scope,
                "partner": it.partner,
                "source": it.source,
                "amount_eur": it.amount_eur,
                "share_pct": it.share_pct,
                "amount_original": it.amount_original,
                "currency": it.currency,
                "derived": it.derived,
                **_prov(it.prov),
            }
        )
    for pa in p.partners:
        cols["partners"].add(
            {"project_id": p.project_id, "name": pa.name, "role": pa.role, "country": pa.country, **_prov(pa.prov)}
        )
    for c, headline in p.counts:
        cols["beneficiaries"].add(
            {
                "project_id": p.project_id,
                "count": c.n,
                "group": c.group,
                "qualifier": c.qualifier,
                "kind": c.kind,
                "headline": headline,
                **_prov(c.prov),
            }
        )
    for s in p.sources:
        cols["sources"].add(
            {"project_id": p.project_id, **s, "page": page_of(pages.get(s.get("doc_id"), ()), s.get("start"))}
        )


def _missing(v: object) -> bool:
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v)


#: Rows a :class:`_Columns` gathers as Python values before it makes them a frame.
CHUNK_ROWS: int = 8192


class _Columns:
    """A table's rows gathered column by column (a list per schema column, missing values as None),
    conformed to the schema every :data:`CHUNK_ROWS` rows (the frame's typed arrays are far smaller
    than the Python values), the chunks joined at the end: no list of row dictionaries and no
    second copy of the table."""

    def __init__(self, name: str):
        self.table = schemas.get(name)
        self.columns: dict[str, list[object]] = {c: [] for c in self.table.names}
        self.rows = 0
        self.chunks: list[pd.DataFrame] = []

    def add(self, row: Mapping[str, object]) -> None:
        for name, values in self.columns.items():
            v = row.get(name)
            values.append(None if _missing(v) else v)
        self.rows += 1
        if self.rows == CHUNK_ROWS:
            self._chunk()

    def _chunk(self) -> None:
        data = {}
        for name, values in self.columns.items():
            data[name] = pd.Series(values, dtype=object)
            self.columns[name] = []
        self.chunks.append(schemas.conform(pd.DataFrame(data), self.table))
        self.rows = 0

    def frame(self) -> pd.DataFrame:
        if self.rows:
            self._chunk()
        if not self.chunks:
            return schemas.empty(self.table)
        chunks, self.chunks = self.chunks, []
        return chunks[0] if len(chunks) == 1 else pd.concat(chunks, ignore_index=True)


def facts_frame(facts: Sequence) -> pd.DataFrame:
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
