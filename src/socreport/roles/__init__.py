"""Roles of the figures in one article: what each amount, share, date and count means.

:func:`read_article` gives every figure of one article its role from the labels around it — a
whole-project total, a partner's part, a part of a breakdown (``t.sk.``, ``no kuriem``) with its
funding source and share, the implementation period, the stated duration, the headline count of
people — and returns an :class:`~socreport.records.ArticleRecord` with the article's identifiers
(codes, acronyms, titles) and those values, each with its provenance. One module per job:

* :mod:`.linking` — the cost model that decides which spans belong together;
* :mod:`.money` — amounts and shares → funding rows and the project's money fields;
* :mod:`.money_labels` — each amount's label and its links to shares and funds;
* :mod:`.amounts` — each amount's role: a total or a partner's budget, a part of one, or nothing;
* :mod:`.amendments` — amounts replaced by an amended one, kept as weaker candidates;
* :mod:`.funds` — the EU fund and the programme (and which funding sources are EU funds);
* :mod:`.identifiers` — codes, acronyms, titles, the headline;
* :mod:`.periods` — start and end dates, the stated duration;
* :mod:`.counts` — counts of people and the headline count;
* :mod:`.partners` — partners and lead partner.

The labels that decide roles are lexicon tables (``parse/lexicon/roles.csv``, ``programmes.csv``),
read through :mod:`socreport.parse.labels`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..parse import FactSet, labels
from ..parse.spans import Fact
from ..records import ArticleRecord, Prov
from ..text import SentenceIndex
from .counts import count_items, headline_fields
from .funds import code_programme_fields, fund_fields
from .identifiers import code_fields, headline, names, project_codes
from .money import read_money
from .partners import partner_items
from .periods import date_fields

if TYPE_CHECKING:  # pragma: no cover
    from ..articles import Article


def read_article(
    doc_id: str, art: Article, text: str, facts: FactSet | Sequence[Fact[Any]], sents: SentenceIndex | None = None
) -> ArticleRecord:
    """Give the figures of one article their roles. ``facts`` are the article's facts in document
    offsets (a :class:`~socreport.parse.FactSet` as :func:`socreport.parse.find_facts` returns it,
    shifted, or any sequence of facts); ``sents`` the article's
    sentence index when the caller already has it."""
    lo, hi = art.start, art.end
    index = sents if sents is not None else SentenceIndex(text, lo, hi)

    def prov(start: int, end: int) -> Prov:
        return Prov(doc_id, start, end, index.of(start, end))

    by = facts if isinstance(facts, FactSet) else FactSet.of(facts)
    funding, fields = read_money(text, lo, hi, by, prov)
    fields.extend(fund_fields(text, lo, hi, funding, by.fund, prov))
    codes = project_codes(by.code)
    fields.extend(code_fields(codes, prov))
    fields.extend(code_programme_fields(codes, prov))
    named = names(text, hi, by.acronym, by.title, prov)
    fields.extend(named.fields)
    scan = labels.Scan(text, lo, hi)  # the article lower-cased once for the sentences' label lookups
    fields.extend(date_fields(text, lo, hi, by, index, prov, scan))
    counts = count_items(text, by.count, index, prov, scan)
    fields.extend(headline_fields(counts))
    partners = partner_items(text, by.organisation, funding, index, prov, scan)
    return ArticleRecord(
        doc_id=doc_id,
        article=art.index,
        start=art.start,
        end=art.end,
        published=art.published,
        headline=headline(text, lo, hi),
        codes=tuple(dict.fromkeys(f.value.code for f in codes)),
        code_schemes=tuple(dict.fromkeys(f.value.scheme for f in codes)),
        acronyms=tuple(dict.fromkeys(named.acronyms)),
        titles=tuple(dict.fromkeys(named.titles)),
        fields=tuple(fields),
        funding=tuple(funding),
        partners=tuple(partners),
        counts=tuple(counts),
    )


__all__ = ["read_article"]
