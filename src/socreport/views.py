"""What the charts and the workbook show, built in one place from the derived tables.

The output layer (:mod:`socreport.plots`, :mod:`socreport.excel`) computes nothing of the analysis:
it asks this module for the figures it draws or lists — the projects' chart labels, the funding
split with the stated EU share standing in for an uncomputable one, each project's co-financing
ceiling, the findings counted by check and severity, and the workbook's chart tables — and only
lays them out. When a bundle lacks the derived tables, :func:`complete` computes them with the
same calls as the API (:func:`socreport.add_indicators`, :func:`socreport.add_quality`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .ceilings import ceiling_for
from .tables import Tables
from .texts import SEVERITIES

#: The funding split's parts, in stacking order: columns of the ``indicators`` table (fractions of the total).
SPLIT_SHARES: tuple[str, ...] = ("eu_share", "state_share", "municipality_share", "other_share")

#: Longest workbook chart label (characters; longer ones end in "…").
WORKBOOK_LABEL_CHARS: int = 40


def complete(tables: Tables, *, quality: bool = False) -> Tables:
    """``tables`` with ``indicators`` (and ``quality`` if asked) computed when absent."""
    if tables.indicators is None:
        from .indicators import add_indicators

        tables = add_indicators(tables)
    if quality and tables.quality is None:
        from .checks import add_quality

        tables = add_quality(tables)
    return tables


def floats(s: pd.Series) -> np.ndarray:
    """A numeric column as float64 with NaN for missing values (pandas NA included)."""
    return pd.to_numeric(s, errors="coerce").astype("Float64").to_numpy(dtype=float, na_value=np.nan)


def strings(s: pd.Series) -> list[str]:
    """A column as Python strings, "" for missing values."""
    return ["" if pd.isna(v) else str(v) for v in s]


def chart_labels(ind: pd.DataFrame) -> list[str]:
    """Each indicators row's chart name: its ``label`` (acronym, short title or code), else the project id."""
    ids = strings(ind["project_id"])
    names = strings(ind["label"]) if "label" in ind.columns else ids
    return [n or i for n, i in zip(names, ids)]


def project_labels(tables: Tables) -> dict[str, str]:
    """Short chart label per project id: the indicators' label, else acronym, code, title, id; at most
    :data:`WORKBOOK_LABEL_CHARS` characters."""
    labels: dict[str, str] = {}
    ind = tables.indicators
    if ind is not None and "label" in ind.columns:
        for p, lab in zip(ind["project_id"].tolist(), ind["label"].tolist()):
            if not pd.isna(lab) and str(lab).strip():
                labels[str(p)] = str(lab)
    for row in tables.projects.itertuples(index=False):
        pid = str(row.project_id)
        if pid not in labels:
            for cand in (row.acronym, row.code, row.title, row.project_id):
                if not pd.isna(cand) and str(cand).strip():
                    labels[pid] = str(cand)
                    break
    n = WORKBOOK_LABEL_CHARS
    return {p: (lab if len(lab) <= n else lab[: n - 1] + "…") for p, lab in labels.items()}


def split_shares(ind: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """The funding split of every indicators row: an (n, 4) array of :data:`SPLIT_SHARES` (NaN where
    unknown), and a mask of the rows whose EU part is the share the text states (``eu_share_pct_stated``
    ÷ 100) because the amounts do not allow computing it."""
    shares = np.column_stack([floats(ind[c]) for c in SPLIT_SHARES]) if len(ind) else np.empty((0, 4))
    if "eu_share_pct_stated" in ind.columns:
        stated = floats(ind["eu_share_pct_stated"]) / 100.0
    else:
        stated = np.full(len(ind), np.nan)
    from_text = np.isnan(shares[:, 0]) & ~np.isnan(stated)
    shares[from_text, 0] = stated[from_text]
    return shares, from_text


def ceilings_pct(ind: pd.DataFrame) -> np.ndarray:
    """Each project's EU co-financing ceiling in percent (NaN where no ceiling applies), from
    :func:`socreport.ceilings.ceiling_for`: the ceiling the ``share_above_ceiling`` check uses."""
    n = len(ind)
    programmes = strings(ind["programme"]) if "programme" in ind.columns else [""] * n
    funds = strings(ind["eu_fund"]) if "eu_fund" in ind.columns else [""] * n
    out = np.full(n, np.nan)
    for i, (programme, fund) in enumerate(zip(programmes, funds)):
        fraction = ceiling_for(programme or None, fund) if fund else None
        if fraction is not None:
            out[i] = 100.0 * float(fraction)
    return out


def finding_counts(quality: pd.DataFrame) -> pd.DataFrame:
    """Findings counted by check (rows, most findings first, then by id) and severity (columns, most
    serious first; unknown severities after, by name)."""
    checks = strings(quality["check"])
    severities = strings(quality["severity"])
    counts = pd.crosstab(pd.Series(checks, name="check"), pd.Series(severities, name="severity"))
    counts = counts.reindex(
        columns=[s for s in SEVERITIES if s in counts.columns]
        + sorted(c for c in counts.columns if c not in SEVERITIES),
        fill_value=0,
    )
    order = sorted(counts.index, key=lambda c: (-int(counts.loc[c].sum()), c))
    return counts.loc[order]


# ------------------------------------------------------------------------------- workbook chart tables


def _stable_sort(frame: pd.DataFrame, key: pd.Series) -> pd.DataFrame:
    """``frame`` ordered by ``key`` (ties keep their order); index reset."""
    order = np.argsort(key.to_numpy(), kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def cost_chart_data(tables: Tables) -> pd.DataFrame:
    """``project_id, label, value``: cost per beneficiary (EUR), projects that have one, largest first."""
    ind = tables.indicators
    if ind is None or "cost_per_beneficiary_eur" not in ind.columns:
        return pd.DataFrame(columns=["project_id", "label", "value"])
    labels = project_labels(tables)
    v = pd.to_numeric(ind["cost_per_beneficiary_eur"], errors="coerce").astype("float64")
    df = pd.DataFrame({"project_id": ind["project_id"].astype(str).to_numpy(), "value": v.to_numpy()})
    df = df[np.isfinite(df["value"])]
    df["label"] = df["project_id"].map(labels)
    df = _stable_sort(df.reset_index(drop=True), -df["value"].reset_index(drop=True))
    return df[["project_id", "label", "value"]]


def split_chart_data(tables: Tables) -> pd.DataFrame:
    """``project_id, label`` and the four shares of :func:`split_shares` for projects with any share."""
    ind = tables.indicators
    names = list(SPLIT_SHARES)
    if ind is None or not set(names) <= set(ind.columns):
        return pd.DataFrame(columns=["project_id", "label", *names])
    labels = project_labels(tables)
    shares, _ = split_shares(ind)
    df = pd.DataFrame({"project_id": ind["project_id"].astype(str).to_numpy()})
    for k, c in enumerate(names):
        df[c] = shares[:, k]
    df = df[np.isfinite(df[names]).any(axis=1)].reset_index(drop=True)
    df["label"] = df["project_id"].map(labels)
    return df[["project_id", "label", *names]]


#: Columns of :func:`region_totals`.
REGION_COLUMNS: tuple[str, ...] = (
    "nuts3_code",
    "nuts3_name",
    "country",
    "projects",
    "total_budget_eur",
    "budget_projects",
    "eu_funding_eur",
    "eu_projects",
)


def region_totals(tables: Tables) -> pd.DataFrame:
    """By NUTS 3 region (of the municipalities and planning regions the projects' leads and partners
    name, the ``locations`` table): projects, and the sums of their total budgets and EU funding over
    the projects that state them (each with its count). A project is counted once in each region it is
    located in, so a cross-border project counts in both countries' regions and the regions' sums add
    up to more than the corpus total. Largest total budget first, then by code."""
    loc = tables.derived.get("locations")
    if loc is None or not len(loc):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in REGION_COLUMNS})
    pairs = loc.dropna(subset=["nuts3_code"]).drop_duplicates(["project_id", "nuts3_code"])
    proj = tables.projects.drop_duplicates("project_id").set_index("project_id")
    budget = pd.to_numeric(proj["total_budget_eur"], errors="coerce").astype("float64")
    eu = pd.to_numeric(proj["eu_funding_eur"], errors="coerce").astype("float64")
    rows = []
    for code, grp in pairs.groupby("nuts3_code", sort=True):
        ids = grp["project_id"].tolist()
        b = budget.reindex(ids).dropna()
        e = eu.reindex(ids).dropna()
        first = grp.iloc[0]
        total = float(b.sum()) if len(b) else float("nan")
        eu_total = float(e.sum()) if len(e) else float("nan")
        rows.append((code, first["nuts3_name"], first["country"], len(ids), total, len(b), eu_total, len(e)))
    df = pd.DataFrame(rows, columns=list(REGION_COLUMNS))
    df = df.sort_values(["total_budget_eur", "nuts3_code"], ascending=[False, True], kind="stable")
    return df.reset_index(drop=True)


def region_chart_data(tables: Tables) -> pd.DataFrame:
    """``label`` (region name and code) and ``total_budget_eur``, ``eu_funding_eur``, ``projects`` of
    :func:`region_totals`, for the regions whose projects state a budget."""
    df = region_totals(tables)
    df = df[df["budget_projects"] > 0].reset_index(drop=True) if len(df) else df
    out = pd.DataFrame({"label": [f"{n} ({c})" for n, c in zip(df["nuts3_name"], df["nuts3_code"])]})
    for c in ("total_budget_eur", "eu_funding_eur", "projects"):
        out[c] = df[c].to_numpy() if len(df) else []
    return out


def decimal_year(day: dt.date) -> float:
    """``day`` as a year with a fraction: year + (days since 1 January) ÷ (days in that year).

    2020-07-01 -> 2020.4973 (182 of 366 days). The timeline plots these numbers: an axis of
    whole years then has exact yearly ticks in Excel and LibreOffice alike (a date-serial axis with
    a 365.25-day step is labelled inconsistently by LibreOffice)."""
    jan1 = dt.date(day.year, 1, 1)
    days = (dt.date(day.year + 1, 1, 1) - jan1).days
    return day.year + (day - jan1).days / days


def timeline_chart_data(tables: Tables) -> pd.DataFrame:
    """``project_id, label, start, end, days, start_year, years`` for projects with both dates,
    earliest start first (dates from the projects table). ``days`` = end − start + 1;
    ``start_year`` = :func:`decimal_year` of the start; ``years`` = decimal year of the day after
    the end − ``start_year`` (the bar's length)."""
    proj = tables.projects
    labels = project_labels(tables)
    start = pd.to_datetime(proj["start_date"], errors="coerce")
    end = pd.to_datetime(proj["end_date"], errors="coerce")
    df = pd.DataFrame(
        {"project_id": proj["project_id"].astype(str).to_numpy(), "start": start.to_numpy(), "end": end.to_numpy()}
    )
    df = df[df["start"].notna() & df["end"].notna() & (df["end"] >= df["start"])].reset_index(drop=True)
    df["days"] = (df["end"] - df["start"]).dt.days.astype("int64") + 1
    df["start_year"] = [decimal_year(d.date()) for d in df["start"]]
    df["years"] = [decimal_year(e.date() + dt.timedelta(days=1)) - s for e, s in zip(df["end"], df["start_year"])]
    df["label"] = df["project_id"].map(labels)
    df = _stable_sort(df, df["start"])
    return df[["project_id", "label", "start", "end", "days", "start_year", "years"]]


@dataclass(frozen=True)
class Headlines:
    """The Summary's headline figures (:func:`headline_numbers`): documents read and skipped,
    projects, the sums of total budgets and EU funding and the median cost per beneficiary (each
    with how many projects it rests on; ``None`` when none does), and the findings per severity
    (``None`` when no quality table was computed)."""

    documents: int
    skipped: int
    projects: int
    total_budget_eur: float | None
    total_budget_n: int
    eu_funding_eur: float | None
    eu_funding_n: int
    median_cpb_eur: float | None
    median_cpb_n: int | None  # None: the indicators (or their cost per beneficiary) are not computed
    findings: dict[str, int] | None


def headline_numbers(tables: Tables) -> Headlines:
    """The Summary's figures. Sums use the projects table only: one (the latest) version per
    project, so amended budgets are never added; the median and the findings come from the derived
    tables when the bundle has them."""
    docs, proj = tables.documents, tables.projects
    skipped = int((docs["status"] == "skipped").sum()) if len(docs) else 0

    def total(col: str) -> tuple[float | None, int]:
        s = pd.to_numeric(proj[col], errors="coerce").astype("Float64").dropna()
        return (float(s.sum()) if len(s) else None), len(s)

    budget, budget_n = total("total_budget_eur")
    eu, eu_n = total("eu_funding_eur")
    ind = tables.indicators
    median: float | None = None
    median_n: int | None = None
    if ind is not None and "cost_per_beneficiary_eur" in ind.columns:
        cpb = pd.to_numeric(ind["cost_per_beneficiary_eur"], errors="coerce").astype("Float64").dropna()
        cpb = cpb[np.isfinite(cpb.to_numpy(dtype="float64"))]
        median, median_n = (float(cpb.median()) if len(cpb) else None), len(cpb)
    q = tables.quality
    findings = (
        {sev: int((q["severity"] == sev).fillna(False).sum()) for sev in SEVERITIES}
        if q is not None and "severity" in q.columns
        else None
    )
    return Headlines(len(docs) - skipped, skipped, len(proj), budget, budget_n, eu, eu_n, median, median_n, findings)


__all__ = [
    "Headlines",
    "headline_numbers",
    "SPLIT_SHARES",
    "WORKBOOK_LABEL_CHARS",
    "complete",
    "floats",
    "strings",
    "chart_labels",
    "project_labels",
    "split_shares",
    "ceilings_pct",
    "finding_counts",
    "cost_chart_data",
    "split_chart_data",
    "decimal_year",
    "timeline_chart_data",
    "REGION_COLUMNS",
    "region_totals",
    "region_chart_data",
]
