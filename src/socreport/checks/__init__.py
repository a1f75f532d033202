"""Consistency checks: what in the texts does not add up, one row per finding in the ``quality`` table.

The texts contradict themselves (a stated duration that does not fit the dates, a stated share that
the amounts do not reproduce, an amended budget in a later article); policy staff must see those, not
have them averaged away. Every finding names the project, a stable check id, a severity, the field,
a one-line message in English and Latvian, the values involved and the evidence sentences with their
documents. A project whose figures are consistent gets no finding (apart from ``missing_field``
notes, severity ``info``, that say what a ratio rests on).

The package: :mod:`~socreport.checks.findings` (the finding record, its messages from the text table,
the evidence), :mod:`~socreport.checks.figures` (figures against each other: dates, durations, shares,
sums of parts, partner parts, ceilings), :mod:`~socreport.checks.fields` (versions that differ across
articles, key fields not stated) and :mod:`~socreport.checks.dictionary` (``docs/indicators.md``).

The checks (id and severity) are listed once, in :data:`socreport.schemas.CHECKS`; their meanings and
the messages of their findings are texts of ``data/checks_text.csv``, in English and Latvian.
:func:`data_dictionary` renders them with the indicator definitions into ``docs/indicators.md``.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .. import config, schemas
from ..ceilings import Ceiling, ceiling_for, find_ceiling, load_ceilings
from ..indicators import compute_indicators, compute_partner_shares, select_funding
from ..schemas import CHECKS, QUALITY, Check
from ..tables import Tables
from ..texts import SEVERITIES
from .dictionary import data_dictionary
from .fields import KEY_FIELDS, VERSIONED_FIELDS, canonical, check_missing, check_versions
from .figures import check_ceiling, check_dates, check_duration, check_partner_parts, check_parts_sum, check_shares
from .findings import _ORDER, Evidence, fmt_eur, fmt_pct, join_evidence, source_labels

# --------------------------------------------------------------------------------------------- table


def quality_table(
    tables: Tables,
    *,
    share_tolerance_pp: float = 0.5,
    share_precision_pp: float = 0.05,
    duration_tolerance_months: int = 0,
    abs_tol_eur: float = 1.0,
    rel_tol: float = 0.001,
    plausible_years: tuple[int, int] = config.PLAUSIBLE_YEARS,
    ceilings: tuple[Ceiling, ...] | None = None,
) -> pd.DataFrame:
    """The ``quality`` table for ``tables``: every check of :data:`CHECKS`, one row per finding.

    Uses the bundle's ``indicators`` and ``partner_shares`` when present, else computes them. Identical
    findings (same project, check, field and values, e.g. one figure repeated on a page) are merged,
    their evidence joined. Rows are sorted by project, check (in :data:`CHECKS` order), field and values;
    the result is validated against the schema."""
    indicators = tables.derived.get("indicators")
    if indicators is None:
        indicators = compute_indicators(tables.projects, tables.funding, tables.sources)
    shares = tables.derived.get("partner_shares")
    if shares is None:
        shares = compute_partner_shares(tables.projects, tables.funding, tables.sources)
    funding = select_funding(tables.funding, tables.sources)
    ev = Evidence(tables.sources, tables.projects)
    found: list[dict[str, str]] = []
    found += check_dates(indicators, ev, plausible_years)
    found += check_duration(indicators, ev, duration_tolerance_months)
    found += check_shares(indicators, funding, ev, share_tolerance_pp, share_precision_pp)
    found += check_parts_sum(tables.projects, funding, abs_tol_eur, rel_tol)
    found += check_partner_parts(shares, funding, ev, abs_tol_eur, rel_tol)
    found += check_ceiling(indicators, ev, share_precision_pp, ceilings)
    found += check_versions(tables.sources)
    found += check_missing(tables.projects)
    return _assemble(found)


def _assemble(found: list[dict[str, str]]) -> pd.DataFrame:
    merged: dict[tuple[str, str, str, str], dict[str, str]] = {}
    for f in found:
        key = (f["project_id"], f["check"], f["field"], f["values"])
        if key in merged:
            m = merged[key]
            pairs = [(x, m["doc_ids"]) for x in m["evidence"].split(" | ")]
            pairs += [(x, f["doc_ids"]) for x in f["evidence"].split(" | ")]
            m["evidence"], m["doc_ids"] = join_evidence(pairs)
        else:
            merged[key] = dict(f)
    rows = sorted(merged.values(), key=lambda f: (f["project_id"], _ORDER[f["check"]], f["field"], f["values"]))
    df = pd.DataFrame(rows, columns=QUALITY.names) if rows else schemas.empty(QUALITY)
    out = schemas.conform(df, QUALITY)
    return schemas.validate(out, QUALITY)


def add_quality(tables: Tables, **params: Any) -> Tables:
    """``tables`` plus the ``quality`` table (a new bundle); ``params`` go to :func:`quality_table`."""
    return tables.with_derived(quality=quality_table(tables, **params))


__all__ = [
    "Check",
    "CHECKS",
    "Evidence",
    "KEY_FIELDS",
    "source_labels",
    "QUALITY",
    "SEVERITIES",
    "Ceiling",
    "load_ceilings",
    "find_ceiling",
    "ceiling_for",
    "fmt_eur",
    "fmt_pct",
    "check_dates",
    "check_duration",
    "check_shares",
    "check_parts_sum",
    "check_partner_parts",
    "check_ceiling",
    "VERSIONED_FIELDS",
    "check_versions",
    "canonical",
    "check_missing",
    "quality_table",
    "add_quality",
    "data_dictionary",
    "join_evidence",
]
