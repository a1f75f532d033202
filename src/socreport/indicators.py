"""Indicators computed from the extracted tables: per project, per partner, and aggregated.

Every function here is pure: DataFrames in, a new DataFrame out, the inputs never mutated. Amounts
are **nominal euro** (no inflation adjustment; lats were converted at 1 EUR = 0.702804 LVL when the
text was read). Ratios are empty (``<NA>``), never infinite, where a numerator or denominator is
missing or zero.

Three derived tables are computed here (defined in :mod:`socreport.schemas.derived`):

``indicators``
    one row per project (the version shown in ``projects``, i.e. the most recently published);
``partner_shares``
    one row per partner part stated in ``funding`` (scope ``partner``);
``aggregates``
    count, sum, median, min and max of the main indicators by fund, programme, start year and
    partner, each project counted once.

Formulas are written once, in :data:`socreport.schemas.FORMULAS`, and reused for the column
descriptions (hence for ``datapackage.json``) and for ``docs/indicators.md``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable

import numpy as np
import pandas as pd

from . import schemas
from .schemas import AGGREGATED, AGGREGATES, DATE, DIMENSIONS, FORMULAS, INDICATORS, PARTNER_SHARES
from .tables import Tables

#: Average Gregorian month in days (365.2425 ÷ 12), used for periods that are not whole months.
DAYS_PER_MONTH: float = 30.4375

#: Longest label before it is shortened (characters).
LABEL_MAX: int = 40

#: A funding breakdown whose shares sum to 1 within this tolerance is complete: absent sources count as 0.
COMPLETE_TOLERANCE: float = 0.005


# --------------------------------------------------------------------------------------------- helpers


def _num(s: pd.Series) -> pd.Series:
    """``s`` as Float64 with infinities turned into <NA>."""
    out = pd.to_numeric(s, errors="coerce").astype("Float64")
    return out.mask(np.isinf(out.fillna(0.0).to_numpy(dtype=float)))


def safe_ratio(num: pd.Series, den: pd.Series) -> pd.Series:
    """``num ÷ den`` as Float64; <NA> where either is missing, the denominator is zero, or the result is not finite."""
    n, d = _num(num), _num(den)
    d = d.mask(d == 0)
    out = (n / d).astype("Float64")
    return out.mask(np.isinf(out.fillna(0.0).to_numpy(dtype=float)))


def _text(s: pd.Series) -> pd.Series:
    """``s`` as a string Series with blank strings turned into <NA>."""
    t = s.astype("string").str.strip()
    return t.mask(t == "")


def _is_last_day(d: dt.date) -> bool:
    return (d + dt.timedelta(days=1)).day == 1


def months_between(start: dt.date | pd.Timestamp | None, end: dt.date | pd.Timestamp | None) -> int | None:
    """Duration in calendar months, both ends included; None when a date is missing or end < start.

    When the period starts on a month's first day and ends on a month's last day the months are
    counted exactly: ``(end.year − start.year) × 12 + (end.month − start.month) + 1``
    (2020-06-01…2022-05-31 = 24, 2020-09-01…2023-06-30 = 34). Otherwise the inclusive day count is
    divided by the average month (30.4375 days) and rounded half up, with a minimum of 1 month
    (2020-03-12…2020-06-09: 90 days = 3 months)."""
    if start is None or end is None or pd.isna(start) or pd.isna(end):
        return None
    s = pd.Timestamp(start).date()
    e = pd.Timestamp(end).date()
    if e < s:
        return None
    if s.day == 1 and _is_last_day(e):
        return (e.year - s.year) * 12 + (e.month - s.month) + 1
    days = (e - s).days + 1
    return max(1, int(math.floor(days / DAYS_PER_MONTH + 0.5)))


def duration_months(projects: pd.DataFrame) -> pd.Series:
    """Computed duration (Int64 months) of every project row; see :func:`months_between`."""
    vals = [months_between(s, e) for s, e in zip(projects["start_date"], projects["end_date"])]
    return pd.Series(vals, index=projects.index, dtype="Int64")


def short_label(acronym: object, title: object, code: object, project_id: object, *, width: int = LABEL_MAX) -> str:
    """Chart label: the acronym, else the title cut at a word boundary to ``width`` characters (with "…"),
    else the code, else the project id."""
    for value in (acronym,):
        if isinstance(value, str) and value.strip():
            return value.strip()
    if isinstance(title, str) and title.strip():
        t = " ".join(title.split())
        if len(t) <= width:
            return t
        cut = t[: width - 1]
        if " " in cut:
            cut = cut[: cut.rfind(" ")]
        return cut.rstrip(" ,;:–-") + "…"
    for value in (code, project_id):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


# ------------------------------------------------------------------------------------- funding rows


def _anchor(sources: pd.DataFrame | None) -> dict[str, tuple[str, int]]:
    """Per project, (doc_id, start) of the used total_budget_eur value: funding rows nearest to it win."""
    if sources is None or sources.empty:
        return {}
    s = sources[(sources["field"] == "total_budget_eur") & sources["used"].fillna(False).astype(bool)]
    s = s.sort_values(["project_id", "doc_id", "start"], na_position="last", kind="mergesort")
    out: dict[str, tuple[str, int]] = {}
    for pid, doc, start in zip(s["project_id"], s["doc_id"], s["start"]):
        if pd.notna(pid) and pid not in out and pd.notna(doc):
            out[str(pid)] = (str(doc), int(start) if pd.notna(start) else 0)
    return out


def select_funding(funding: pd.DataFrame, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """One funding row per (project, scope, partner, source): the version that goes with the used total.

    The same figure repeated in several articles, or an older article's breakdown of an amended
    budget, must not be added twice. Among rows for the same source, prefer one with an amount, then
    the one nearest (same document, smallest character distance) to the evidence of the project's used
    ``total_budget_eur`` (from ``sources``), then the first by document and position. Returns a new
    frame with the funding table's columns, sorted by project, scope, partner, source."""
    if funding.empty:
        return funding.copy()
    f = funding.copy()
    f["_partner"] = _text(f["partner"]).fillna("")
    anchors = _anchor(sources)
    big = 1 << 62

    def distance(row: pd.Series) -> int:
        a = anchors.get(str(row["project_id"]))
        if a is None or pd.isna(row["doc_id"]) or str(row["doc_id"]) != a[0] or pd.isna(row["start"]):
            return big
        return abs(int(row["start"]) - a[1])

    f["_dist"] = f.apply(distance, axis=1) if len(f) else pd.Series(dtype="int64")
    f["_noamount"] = f["amount_eur"].isna().astype(int)
    f["_doc"] = f["doc_id"].astype("string").fillna("")
    f["_start"] = f["start"].fillna(big).astype("int64")
    f = f.sort_values(
        ["project_id", "scope", "_partner", "source", "_noamount", "_dist", "_doc", "_start"], kind="mergesort"
    )
    f = f.drop_duplicates(["project_id", "scope", "_partner", "source"], keep="first")
    return f[list(funding.columns)].reset_index(drop=True)


def _part_share(rows: pd.DataFrame, total: float | None) -> pd.Series:
    """Each row's fraction of ``total``: amount ÷ total where an amount is given, else stated % ÷ 100."""
    amount = _num(rows["amount_eur"])
    by_amount = amount / total if total and total > 0 else pd.Series(pd.NA, index=rows.index, dtype="Float64")
    stated = _num(rows["share_pct"]) / 100.0
    return by_amount.astype("Float64").fillna(stated)


def cofinancing_split(
    projects: pd.DataFrame, funding: pd.DataFrame, sources: pd.DataFrame | None = None
) -> pd.DataFrame:
    """State, municipal and other shares (fractions of the whole-project total) for every project row.

    From the whole-scope funding rows (one per source, see :func:`select_funding`): share of a source =
    its amount ÷ ``total_budget_eur`` (the stated % ÷ 100 where no amount is given). When the shares of
    all stated sources sum to 1 (± 0.005) the breakdown is complete and absent sources are 0; otherwise
    absent sources are unknown (<NA>). Returns columns state_share, municipality_share, other_share
    aligned with ``projects``' index."""
    out = pd.DataFrame(
        {
            k: pd.Series(pd.NA, index=projects.index, dtype="Float64")
            for k in ("state_share", "municipality_share", "other_share")
        }
    )
    whole = select_funding(funding, sources)
    whole = whole[(whole["scope"] == "whole") & (whole["source"] != "total")]
    if whole.empty:
        return out
    groups = {pid: g for pid, g in whole.groupby("project_id", sort=True)}
    totals = _num(projects["total_budget_eur"])
    for idx, pid, fund, total in zip(projects.index, projects["project_id"], projects["eu_fund"], totals):
        g = groups.get(pid)
        if g is None:
            continue
        tot = None if pd.isna(total) else float(total)
        shares = _part_share(g, tot)
        complete = shares.notna().all() and abs(float(shares.sum()) - 1.0) <= COMPLETE_TOLERANCE
        eu = fund if isinstance(fund, str) and fund else None
        buckets = {
            "state_share": g["source"] == "state",
            "municipality_share": g["source"] == "municipality",
            "other_share": ~g["source"].isin(
                ["state", "municipality", schemas.EU_UNNAMED] + ([eu] if eu else list(schemas.EU_FUNDS))
            ),
        }
        for col, mask in buckets.items():
            vals = shares[mask.to_numpy()]
            if len(vals) and vals.notna().all():
                out.at[idx, col] = float(vals.sum())
            elif not len(vals) and complete:
                out.at[idx, col] = 0.0
    return out


# ---------------------------------------------------------------------------------- public tables


def compute_indicators(
    projects: pd.DataFrame, funding: pd.DataFrame | None = None, sources: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The ``indicators`` table: one row per project row, sorted by project_id, validated.

    ``projects`` follows the projects schema; ``funding`` and ``sources`` (optional) the funding and
    sources schemas. Inputs are not modified."""
    p = projects.sort_values("project_id", kind="mergesort").reset_index(drop=True)
    funding = funding if funding is not None else schemas.empty("funding")
    total = _num(p["total_budget_eur"])
    eu = _num(p["eu_funding_eur"])
    months = duration_months(p)
    benef = pd.to_numeric(p["beneficiaries"], errors="coerce").astype("Int64")
    start = pd.to_datetime(p["start_date"]).astype(DATE)
    split = cofinancing_split(p, funding, sources)
    cpb = safe_ratio(total, benef.astype("Float64"))
    out = pd.DataFrame(
        {
            "project_id": p["project_id"].astype("string"),
            "label": pd.Series(
                [short_label(a, t, c, i) for a, t, c, i in zip(p["acronym"], p["title"], p["code"], p["project_id"])],
                dtype="string",
            ),
            "eu_fund": _text(p["eu_fund"]),
            "programme": _text(p["programme"]),
            "start_date": start,
            "end_date": pd.to_datetime(p["end_date"]).astype(DATE),
            "start_year": start.dt.year.astype("Int64"),
            "total_budget_eur": total,
            "eu_funding_eur": eu,
            "eu_share": safe_ratio(eu, total),
            "eu_share_pct_stated": _num(p["eu_share_pct"]),
            "state_share": split["state_share"],
            "municipality_share": split["municipality_share"],
            "other_share": split["other_share"],
            "duration_months": months,
            "duration_months_stated": pd.to_numeric(p["duration_months_stated"], errors="coerce").astype("Int64"),
            "budget_per_month_eur": safe_ratio(total, months.astype("Float64")),
            "beneficiaries": benef,
            "cost_per_beneficiary_eur": cpb,
            "cost_per_beneficiary_per_month_eur": safe_ratio(cpb, months.astype("Float64")),
        }
    )
    out = schemas.conform(out, INDICATORS)
    return schemas.validate(out, INDICATORS)


def compute_partner_shares(
    projects: pd.DataFrame, funding: pd.DataFrame, sources: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The ``partner_shares`` table: each partner part (funding scope ``partner``) ÷ the project total.

    part_eur is the partner's ``total`` row where the text states one, else the sum of its rows by
    source (only when every row has an amount). Sorted by project_id, partner; validated."""
    f = select_funding(funding, sources)
    f = f[f["scope"] == "partner"].copy()
    f["partner"] = _text(f["partner"])
    f = f[f["partner"].notna()]
    rows = []
    for (pid, partner), g in f.groupby(["project_id", "partner"], sort=True):
        tot = g[g["source"] == "total"]["amount_eur"].dropna()
        if len(tot):
            part = float(tot.iloc[0])
        else:
            parts = g[g["source"] != "total"]["amount_eur"]
            if parts.isna().any() or parts.empty:
                continue
            part = float(parts.sum())
        rows.append((pid, partner, part))
    df = pd.DataFrame(rows, columns=["project_id", "partner", "part_eur"])
    totals = projects[["project_id", "total_budget_eur"]].drop_duplicates("project_id")
    df = df.merge(totals, on="project_id", how="left").rename(columns={"total_budget_eur": "project_total_eur"})
    df["part_eur"] = _num(df["part_eur"])
    df["project_total_eur"] = _num(df["project_total_eur"])
    df["share_of_total"] = safe_ratio(df["part_eur"], df["project_total_eur"])
    df = df.sort_values(["project_id", "partner"], kind="mergesort")
    out = schemas.conform(df, PARTNER_SHARES)
    return schemas.validate(out, PARTNER_SHARES)


def _floats(values: pd.Series) -> np.ndarray:
    """``values`` as a float64 array, <NA> and non-numbers as NaN."""
    return pd.to_numeric(values, errors="coerce").astype("Float64").to_numpy(dtype="float64", na_value=np.nan)


def _stats(a: np.ndarray, additive: bool) -> tuple[int, float | None, float | None, float | None, float | None]:
    """(count, sum or None, median, min, max) of the finite values of ``a``."""
    a = a[np.isfinite(a)]
    if a.size == 0:
        return 0, None, None, None, None
    return (int(a.size), float(a.sum()) if additive else None, float(np.median(a)), float(a.min()), float(a.max()))


def _groups(
    ind: pd.DataFrame, partners: pd.DataFrame | None, shares: pd.DataFrame | None
) -> Iterable[tuple[str, str, np.ndarray, np.ndarray | None]]:
    """(dimension, group, boolean mask over the indicators' rows, mask over partner_shares' rows or None)."""
    keys = {"fund": ind["eu_fund"], "programme": ind["programme"], "start_year": ind["start_year"].astype("string")}
    for dim, key in keys.items():
        key = _text(key)
        for grp in sorted(key.dropna().unique()):
            yield dim, str(grp), (key == grp).fillna(False).to_numpy(dtype=bool), None
    members: dict[str, set[str]] = {}
    if partners is not None and not partners.empty:
        for pid, name in zip(partners["project_id"], _text(partners["name"])):
            if pd.notna(name):
                members.setdefault(str(name), set()).add(str(pid))
    if shares is not None and not shares.empty:
        for pid, name in zip(shares["project_id"], shares["partner"]):
            members.setdefault(str(name), set()).add(str(pid))
    ids = ind["project_id"].astype(str).to_numpy()
    share_names = shares["partner"].astype(str).to_numpy() if shares is not None else None
    for name in sorted(members):
        yield (
            "partner",
            name,
            np.isin(ids, sorted(members[name])),
            (share_names == name) if share_names is not None else None,
        )
    yield "all", "all", np.ones(len(ind), dtype=bool), None


def compute_aggregates(
    indicators: pd.DataFrame, partners: pd.DataFrame | None = None, partner_shares: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The ``aggregates`` table from the ``indicators`` table (one row per project, so a project's
    amended budget is counted once, with the version shown in ``projects``).

    For every dimension (fund, programme, start_year, partner, all) and group: count, sum (additive
    indicators only), median, min and max of each indicator in :data:`AGGREGATED`; for partners also of
    ``part_eur``. Projects without a value for a dimension are left out of that dimension (but are in
    ``all``). A partner's group holds each project it takes part in once."""
    arrays = {name: _floats(indicators[name]) for name, _ in AGGREGATED}
    parts = _floats(partner_shares["part_eur"]) if partner_shares is not None else np.array([], dtype="float64")
    rows = []
    for dim, grp, mask, share_mask in _groups(indicators, partners, partner_shares):
        for name, additive in AGGREGATED:
            rows.append((dim, grp, name) + _stats(arrays[name][mask], additive))
        if dim == "partner":
            sel = parts[share_mask] if share_mask is not None else parts[:0]
            rows.append((dim, grp, "part_eur") + _stats(sel, True))
    df = pd.DataFrame(rows, columns=AGGREGATES.names)
    for c in ("sum", "median", "min", "max"):
        df[c] = pd.array([None if v is None or pd.isna(v) else float(v) for v in df[c]], dtype="Float64")
    out = schemas.conform(df, AGGREGATES)
    return schemas.validate(out, AGGREGATES)


def add_indicators(tables: Tables) -> Tables:
    """``tables`` plus ``indicators``, ``partner_shares`` and ``aggregates``, and the official-vocabulary
    tables ``locations`` and ``operations`` (:mod:`socreport.locations`; a new bundle)."""
    from .locations import add_locations

    ind = compute_indicators(tables.projects, tables.funding, tables.sources)
    shares = compute_partner_shares(tables.projects, tables.funding, tables.sources)
    agg = compute_aggregates(ind, tables.partners, shares)
    return add_locations(tables.with_derived(indicators=ind, partner_shares=shares, aggregates=agg))


__all__ = [
    "FORMULAS",
    "INDICATORS",
    "PARTNER_SHARES",
    "AGGREGATES",
    "DIMENSIONS",
    "AGGREGATED",
    "months_between",
    "duration_months",
    "safe_ratio",
    "short_label",
    "select_funding",
    "cofinancing_split",
    "compute_indicators",
    "compute_partner_shares",
    "compute_aggregates",
    "add_indicators",
]
