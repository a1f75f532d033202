"""The project's implementation period and stated duration within one article.

A period counts only in a sentence that labels it (``period`` labels) or when its rule read a
duration with it; a year range ("2014.-2020. gadam") is a programme's period, not the project's.
Two single dates in a labelled sentence are start and end; a single date whose wording makes it a
start or an end ("uzsākts", "līdz") counts in a sentence about the project.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from ..parse import labels
from ..parse.spans import DateValue, Fact, Period
from ..records import FieldValue, Prover
from ..text import SentenceIndex


def date_fields(text: str, lo: int, hi: int, by: dict[str, list[Fact]], sents: SentenceIndex,
                prov: Prover) -> list[FieldValue]:
    """``start_date``, ``end_date`` and ``duration_months_stated`` candidates of ``text[lo:hi]``."""
    periods = by["period"]
    out = _period_fields(text, periods, sents, prov)
    out.extend(_single_date_fields(text, lo, hi, periods, by["date"], sents, prov))
    for d in by["duration"]:
        a, b = sents.span(d.start)
        if labels.has("duration", text[a:b]):
            out.append(FieldValue("duration_months_stated", d.value.months, prov(d.start, d.end), 0))  # type: ignore[union-attr]
    return out


def _period_fields(text: str, periods: Sequence[Fact], sents: SentenceIndex, prov: Prover) -> list[FieldValue]:
    out: list[FieldValue] = []
    for p in periods:
        if p.rule.startswith("year_range"):  # "2014.-2020. gadam": a programme period, not the project's
            continue
        a, b = sents.span(p.start)
        sentence = text[a:max(b, p.end)]
        labelled = labels.has("period", sentence) or "duration" in p.rule
        if not labelled:
            continue
        v: Period = p.value  # type: ignore[assignment]
        if v.start:
            out.append(FieldValue("start_date", v.start, prov(p.start, p.end), 0))
        if v.end:
            out.append(FieldValue("end_date", v.end, prov(p.start, p.end), 0))
    return out


def _single_date_fields(text: str, lo: int, hi: int, periods: Sequence[Fact], dates: Sequence[Fact],
                        sents: SentenceIndex, prov: Prover) -> list[FieldValue]:
    from ..parse.periods import date_role

    body = text[lo:hi]
    out: list[FieldValue] = []
    in_period = [(p.start, p.end) for p in periods]
    singles = [d for d in dates if not any(s <= d.start and d.end <= e for s, e in in_period)]
    # a labelled sentence with exactly two dates and no range: start and end
    by_sentence: dict[tuple[int, int], list[Fact]] = defaultdict(list)
    for d in singles:
        by_sentence[sents.span(d.start)].append(d)
    for (a, b), ds in by_sentence.items():
        sentence = text[a:b]
        if len(ds) == 2 and labels.has("period", sentence) and not any(a <= p.start < b for p in periods):
            d1, d2 = sorted(ds, key=lambda d: d.start)
            v1, v2 = d1.value, d2.value
            if v1.first_day() <= v2.last_day():  # type: ignore[union-attr]
                out.append(FieldValue("start_date", v1.first_day(), prov(d1.start, d2.end), 1))  # type: ignore[union-attr]
                out.append(FieldValue("end_date", v2.last_day(), prov(d1.start, d2.end), 1))  # type: ignore[union-attr]
                continue
        for d in ds:
            role = date_role(body, d.start - lo, d.end - lo)
            if role not in ("start", "end") or not labels.has("project_word", sentence):
                continue
            v: DateValue = d.value  # type: ignore[assignment]
            if role == "start":
                out.append(FieldValue("start_date", v.first_day(), prov(d.start, d.end), 2))
            else:
                out.append(FieldValue("end_date", v.last_day(), prov(d.start, d.end), 2))
    return out
