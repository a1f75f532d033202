"""The per-document stage: read one file, split it into articles, find facts, read each article.

:func:`extract_document` is a pure function of the file's bytes and the unit of parallel work: its
:class:`DocResult` is small, picklable and holds everything the cross-document stage needs, so a
document's text is released as soon as it has been read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from .articles import split_articles
from .config import DEFAULT_MAX_BYTES
from .grouping import with_page_links
from .parse import find_facts
from .readers import page_of
from .records import ArticleRecord, DocResult, FactRow
from .roles import read_article
from .sources import read_document
from .text import SentenceIndex

__all__ = ["DocResult", "FactRow", "extract_document", "format_value", "fact_number", "fact_days", "fact_detail"]


def extract_document(path: str | Path, *, doc_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> DocResult:
    """Read, split and extract one file. Never raises for a bad file: it comes back skipped."""
    doc = read_document(path, doc_id=doc_id, max_bytes=max_bytes)
    facts: list[FactRow] = []
    records: list[ArticleRecord] = []
    if doc.status != "skipped":
        text = doc.text
        unread = 0
        for art in split_articles(text):
            if art.duplicate_of is not None or art.other_items:
                unread += art.end - art.start
                continue
            body = text[art.start : art.end]
            year = art.published.year if art.published else None
            found = find_facts(body, this_year=year).shifted(art.start)
            sents = SentenceIndex(text, art.start, art.end)
            for f in found:
                first, last = fact_days(f)
                facts.append(
                    FactRow(
                        doc.doc_id,
                        art.index,
                        f.start,
                        f.end,
                        f.kind,
                        format_value(f),
                        f.raw,
                        f.rule,
                        sents.of(f.start, f.end),
                        page_of(doc.pages, f.start),
                        fact_number(f),
                        first,
                        last,
                        fact_detail(f),
                    )
                )
            records.append(read_article(doc.doc_id, art, text, found, sents))
        records = with_page_links(records, text)
        doc = dataclasses.replace(doc, unread_chars=unread)
    chars = None if doc.status == "skipped" else len(doc.text)
    return DocResult(doc.without_text(), tuple(facts), tuple(records), chars)


def format_value(f) -> str:
    """A fact's value as one normalised string for the ``facts`` table."""
    from .parse.spans import Code, Count, DateValue, Duration, Fund, Money, Name, Organisation, Percent, Period

    v = f.value
    if isinstance(v, Money):
        s = f"{v.amount_eur:.2f} EUR"
        return s if v.currency == "EUR" else f"{s} ({v.amount:.2f} {v.currency})"
    if isinstance(v, Percent):
        return f"{v.value:g}%"
    if isinstance(v, DateValue):
        if v.precision == "quarter":
            return f"{v.date.year}-Q{(v.date.month - 1) // 3 + 1}"
        return v.date.isoformat() if v.precision == "day" else v.date.isoformat()[: 7 if v.precision == "month" else 4]
    if isinstance(v, Period):
        return f"{v.start.isoformat() if v.start else ''}/{v.end.isoformat() if v.end else ''}"
    if isinstance(v, Duration):
        return f"{v.months} months"
    if isinstance(v, Code):
        return v.code
    if isinstance(v, Name):
        return v.text
    if isinstance(v, Fund):
        return v.key
    if isinstance(v, Count):
        return f"{v.n} {v.kind} ({v.qualifier})"
    if isinstance(v, Organisation):
        return v.name
    raise TypeError(f"no text form for a fact value of type {type(v).__name__}")


def fact_number(f) -> float | None:
    """The fact's quantity for the ``number`` column: euro for money, percent for a percentage,
    months for a duration, the count for a count; None for other kinds."""
    from .parse.spans import Count, Duration, Money, Percent

    v = f.value
    if isinstance(v, Money):
        return float(v.amount_eur)
    if isinstance(v, Percent):
        return float(v.value)
    if isinstance(v, Duration):
        return float(v.months)
    if isinstance(v, Count):
        return float(v.n)
    return None


def fact_days(f) -> tuple[dt.date | None, dt.date | None]:
    """First and last day a date or period covers (a month-precision date: its first and last
    day); (None, None) for other kinds."""
    from .parse.spans import DateValue, Period

    v = f.value
    if isinstance(v, DateValue):
        return v.first_day(), v.last_day()
    if isinstance(v, Period):
        return v.start, v.end
    return None, None


def fact_detail(f) -> str:
    """Every field of the fact's value as a JSON object (keys sorted, dates ISO 8601, UTF-8 text),
    e.g. ``{"country": "LV", "lead": false, "name": "Jelgavas pilsētas pašvaldība"}``."""

    def plain(x: object) -> object:
        return x.isoformat() if isinstance(x, dt.date) else x

    fields = {k.name: plain(getattr(f.value, k.name)) for k in dataclasses.fields(f.value)}
    return json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))
