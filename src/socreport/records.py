"""The records that travel between the stages: what one article says, what one document gives.

* :class:`ArticleRecord` — one article's identifiers and candidate values, each with its
  provenance (:class:`Prov`), as :func:`socreport.roles.read_article` reads them;
* :class:`FactRow` — one row of the ``facts`` table;
* :class:`DocResult` — everything the cross-document stage (:mod:`socreport.merge`) needs from one
  document: small and picklable, so documents can be read in parallel;
* :class:`ArticleKeys` — the few attributes of an article that grouping articles into projects
  reads (:func:`socreport.grouping.group_articles`): what stays in memory of every article when the
  full records wait on disk (:mod:`socreport.spool`).

Plain data, no logic beyond :func:`name_key`, the one way names are compared across stages.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from .sources import Document


@dataclass(frozen=True, slots=True)
class Prov:
    """Where a value was read: document, character span in its normalised text, the sentence."""

    doc_id: str
    start: int
    end: int
    sentence: str


#: Provenance of the span ``[start, end)`` of the article being read.
Prover = Callable[[int, int], Prov]


@dataclass(frozen=True, slots=True)
class FieldValue:
    """A candidate value for one column of the projects table, read from one article.

    ``rank`` orders candidates of the same field within an article (lower is stronger)."""

    field: str
    value: object
    prov: Prov
    rank: int = 0


#: Money fields of which an article may state more than one value (an amended budget, a fact box
#: and a sentence that disagree): every stated value is kept in ``sources``, the strongest used.
SECOND_VALUE_FIELDS = frozenset({"total_budget_eur", "eu_funding_eur", "eu_share_pct"})
#: Rank of a total summed from its parts (not stated, so not a second value of the stated one).
DERIVED_TOTAL_RANK = 2
#: Rank of an amount the text says was replaced ("iepriekš", "Initial project cost").
REPLACED_RANK = 9


@dataclass(frozen=True, slots=True)
class FundingItem:
    scope: str  # whole | partner
    partner: str | None
    source: str  # an EU fund key, EU (fund not named), state, municipality, own, other or total
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


#: Fields that make an article state something measurable about a project.
FIGURE_FIELDS = frozenset(
    {
        "total_budget_eur",
        "eu_funding_eur",
        "eu_share_pct",
        "start_date",
        "end_date",
        "duration_months_stated",
        "beneficiaries",
    }
)

#: Fields of the projects table that articles can state, in schema order.
PROJECT_FIELDS = (
    "code",
    "acronym",
    "title",
    "programme",
    "eu_fund",
    "total_budget_eur",
    "eu_funding_eur",
    "eu_share_pct",
    "start_date",
    "end_date",
    "duration_months_stated",
    "beneficiaries",
)


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
    #: as (article index, similarity), see :func:`socreport.grouping.with_page_links`.
    links: tuple[tuple[int, float], ...] = field(default=())

    @property
    def has_figures(self) -> bool:
        """True when the article states something measurable about a project."""
        return bool(self.funding or self.counts or any(f.field in FIGURE_FIELDS for f in self.fields))

    @property
    def field_names(self) -> frozenset[str]:
        """The project fields the article states a candidate value for."""
        return frozenset(f.field for f in self.fields)

    def keys_only(self) -> ArticleKeys:
        """The article reduced to what grouping reads (:class:`ArticleKeys`)."""
        return ArticleKeys(
            self.doc_id,
            self.article,
            self.start,
            self.headline,
            self.codes,
            self.acronyms,
            self.titles,
            self.field_names,
            self.has_figures,
            self.links,
        )


@dataclass(frozen=True, slots=True)
class ArticleKeys:
    """What :func:`socreport.grouping.group_articles` reads of an article, and nothing else: its
    position, headline, identifiers, which fields it states, whether it has figures, and its page
    links. Grouping these gives exactly the groups of the full :class:`ArticleRecord` list."""

    doc_id: str
    article: int
    start: int
    headline: str
    codes: tuple[str, ...]
    acronyms: tuple[str, ...]
    titles: tuple[str, ...]
    field_names: frozenset[str]
    has_figures: bool
    links: tuple[tuple[int, float], ...] = ()


@dataclass(frozen=True, slots=True)
class FactRow:
    """One row of the ``facts`` table."""

    doc_id: str
    article: int
    start: int
    end: int
    kind: str
    value: str
    raw: str
    rule: str
    sentence: str
    page: int | None = None  # PDF page (1-based)
    number: float | None = None  # EUR, percent, months or the count (see the facts schema)
    first_day: dt.date | None = None  # a date's or period's first day
    last_day: dt.date | None = None  # ... and last day
    detail: str = ""  # the value's fields as JSON


@dataclass(frozen=True)
class DocResult:
    document: Document  # with ``text`` emptied: the tables need its metadata only
    facts: tuple[FactRow, ...]
    articles: tuple[ArticleRecord, ...]
    characters: int | None = None  # length of the normalised text, kept when the text is dropped

    def row(self) -> dict:
        """The document's row of the ``documents`` table."""
        row = self.document.row()
        if self.characters is not None:
            row["characters"] = self.characters
        return row


def fold(s: str) -> str:
    """``s`` case-folded and without diacritics."""
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def name_key(s: str) -> str:
    """A title or acronym reduced for comparison: case, diacritics and punctuation ignored."""
    return " ".join(re.findall(r"[^\W_]+", fold(s)))
