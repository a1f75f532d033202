"""Where a project is, in the official vocabulary: the municipality or planning region that its lead
and partners name, with LAU and NUTS 3 codes (``locations``), and the projects with the columns of the
EU list of operations (``operations``).

A place is recognised in a partner's name by the forms of ``parse/lexicon/place_name_forms.csv`` built
from the columns of ``data/municipalities.csv`` (every Latvian and Lithuanian municipality and the
Latvian planning regions), plus the former Latvian municipalities of
``parse/lexicon/former_municipalities.csv``: "Valmieras novada pašvaldība", "Kauno rajono savivaldybė",
"Valmiera Municipality", "Dagdas novada pašvaldība" (today Krāslavas novads). Matching ignores case and
diacritics; the longest form found in a name wins. One pass of one compiled alternation over each
name: time linear in the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from . import schemas
from .parse import lexicon
from .tables import Tables
from .texts import data_table

#: The table of places shipped with the package (socreport/data/).
PLACES_TABLE = "municipalities.csv"
#: CCI numbers of the programmes (socreport/data/).
CCI_TABLE = "programme_cci.csv"


def fold(text: str) -> str:
    """``text`` for matching: case folded, diacritics removed (``Biržų`` -> ``birzu``), spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped.casefold())


@lru_cache(maxsize=None)
def places() -> Mapping[str, Mapping[str, str]]:
    """``place_id -> row`` of ``data/municipalities.csv``."""
    return {row["place_id"]: row for row in data_table(PLACES_TABLE)}


@lru_cache(maxsize=None)
def name_forms() -> Mapping[str, str]:
    """Every folded name form -> its place_id. A form that two places would share names neither and is
    left out (:func:`ambiguous_forms` lists them)."""
    return _forms()[0]


def ambiguous_forms() -> Mapping[str, tuple[str, ...]]:
    """Folded forms that more than one place builds (left out of :func:`name_forms`)."""
    return _forms()[1]


@lru_cache(maxsize=None)
def _forms() -> tuple[Mapping[str, str], Mapping[str, tuple[str, ...]]]:
    found: dict[str, set[str]] = {}
    templates = lexicon.load("place_name_forms")
    for pid, place in places().items():
        for t in templates:
            if t["kind"] != place["kind"]:
                continue
            fields = re.findall(r"\{(\w+)\}", t["form"])
            if not all(place.get(f) for f in fields):
                continue  # e.g. {genitive_lv} of a Latvian place
            form = fold(t["form"].format(**{f: place[f] for f in fields}))
            found.setdefault(form, set()).add(pid)
    for row in lexicon.load("former_municipalities"):
        found.setdefault(fold(row["form"]), set()).add(row["place_id"])
    unique = {f: next(iter(ids)) for f, ids in found.items() if len(ids) == 1}
    shared = {f: tuple(sorted(ids)) for f, ids in found.items() if len(ids) > 1}
    return unique, shared


@lru_cache(maxsize=None)
def _pattern() -> re.Pattern[str]:
    forms = sorted(name_forms(), key=len, reverse=True)  # the longest alternative first
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + ")")


def place_of(name: str) -> str | None:
    """The place_id of the municipality or planning region ``name`` names, or ``None``.

    The longest form found anywhere in the name wins (the first of equal length)."""
    if not name:
        return None
    best: tuple[int, int, str] | None = None
    for m in _pattern().finditer(fold(name)):
        key = (-(m.end() - m.start()), m.start(), m.group())
        if best is None or key < best:
            best = key
    return name_forms()[best[2]] if best else None


def _place_values(pid: str) -> dict[str, object]:
    p = places()[pid]
    return {
        "place_id": pid,
        "place": p["name"],
        "place_kind": p["kind"],
        "country": p["country"],
        "lau_code": p["lau_code"] or None,
        "nuts3_code": p["nuts3_code"] or None,
        "nuts3_name": p["nuts3_name"] or None,
    }


def compute_locations(partners: pd.DataFrame) -> pd.DataFrame:
    """The ``locations`` table: one row per partner (lead first, then in the partners table's order)
    whose name names a municipality or planning region."""
    rows = []
    cache: dict[str, str | None] = {}
    frame = partners.reset_index(drop=True)
    order: list[int] = np.argsort((frame["role"] != "lead").to_numpy(dtype=bool), kind="stable").tolist()
    seen: set[tuple[str, str, str]] = set()
    for i in order:
        rec = frame.iloc[i]
        name = str(rec["name"])
        key = (str(rec["project_id"]), name, str(rec["role"]))
        if key in seen:
            continue
        seen.add(key)
        if name not in cache:
            cache[name] = place_of(name)
        pid = cache[name]
        if pid is not None:
            rows.append({"project_id": key[0], "partner": name, "role": key[2], **_place_values(pid)})
    t = schemas.LOCATIONS
    df = pd.DataFrame(rows, columns=t.names) if rows else schemas.empty(t)
    return schemas.validate(schemas.conform(df, t), t)


@lru_cache(maxsize=None)
def programme_cci() -> Mapping[str, str]:
    """``programme name -> CCI`` for the programmes whose CCI socreport knows."""
    return {row["programme"]: row["cci"] for row in data_table(CCI_TABLE)}


def _first_by_project(frame: pd.DataFrame, column: str) -> dict[str, Any]:
    """The first non-missing value of ``column`` for each project id."""
    out: dict[str, Any] = {}
    for p, v in zip(frame["project_id"].tolist(), frame[column].tolist()):
        if not pd.isna(v):
            out.setdefault(str(p), v)
    return out


def compute_operations(
    projects: pd.DataFrame, partners: pd.DataFrame, locations: pd.DataFrame, indicators: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The ``operations`` table: one row per project, in the columns of the EU list of operations."""
    proj = projects.reset_index(drop=True)
    ids = proj["project_id"].astype(str).tolist()
    titles = [
        next((str(v) for v in vals if isinstance(v, str) and v), pid)
        for pid, *vals in zip(ids, proj["title"].tolist(), proj["acronym"].tolist())
    ]
    stated = pd.to_numeric(proj["eu_share_pct"], errors="coerce").astype("Float64")
    rate = stated.copy()
    if indicators is not None and "eu_share" in indicators.columns:
        computed = _first_by_project(indicators, "eu_share")
        for i, pid in enumerate(ids):
            if pd.isna(rate.iloc[i]) and pid in computed:
                rate.iloc[i] = 100.0 * float(computed[pid])
    ordered = partners.reset_index(drop=True)
    leads = _first_by_project(ordered[ordered["role"] == "lead"], "name")
    counts = ordered.groupby("project_id")["name"].nunique() if len(ordered) else pd.Series(dtype="int64")
    onlies = _first_by_project(ordered, "name")
    located = {str(p): i for i, p in reversed(list(enumerate(locations["project_id"].tolist())))}
    loc_by_partner = {
        (str(p), str(n)): i for i, (p, n) in enumerate(zip(locations["project_id"], locations["partner"]))
    }
    rows = []
    for i, pid in enumerate(ids):
        beneficiary = leads.get(pid)
        if beneficiary is None and counts.get(pid, 0) == 1:
            beneficiary = onlies.get(pid)
        j = loc_by_partner.get((pid, str(beneficiary))) if beneficiary is not None else None
        if j is None:
            j = located.get(pid)
        loc = locations.iloc[j] if j is not None else None
        programme = proj["programme"].iloc[i]
        rows.append(
            {
                "project_id": pid,
                "operation_name": titles[i],
                "total_eligible_expenditure_eur": proj["total_budget_eur"].iloc[i],
                "eu_budget_eur": proj["eu_funding_eur"].iloc[i],
                "co_financing_rate": rate.iloc[i],
                "fund": proj["eu_fund"].iloc[i],
                "programme": programme,
                "cci": programme_cci().get(str(programme)) if not pd.isna(programme) else None,
                "start_date": proj["start_date"].iloc[i],
                "end_date": proj["end_date"].iloc[i],
                "beneficiary": beneficiary,
                "location": loc["place"] if loc is not None else None,
                "lau_code": loc["lau_code"] if loc is not None else None,
                "nuts3_code": loc["nuts3_code"] if loc is not None else None,
                "country": loc["country"] if loc is not None else None,
            }
        )
    t = schemas.OPERATIONS
    df = pd.DataFrame(rows, columns=t.names) if rows else schemas.empty(t)
    return schemas.validate(schemas.conform(df, t), t)


def add_locations(tables: Tables) -> Tables:
    """``tables`` plus ``locations`` and ``operations`` (a new bundle; uses the indicators when present)."""
    loc = compute_locations(tables.partners)
    ops = compute_operations(tables.projects, tables.partners, loc, tables.indicators)
    return tables.with_derived(locations=loc, operations=ops)


__all__ = [
    "PLACES_TABLE",
    "CCI_TABLE",
    "fold",
    "places",
    "name_forms",
    "ambiguous_forms",
    "place_of",
    "compute_locations",
    "programme_cci",
    "compute_operations",
    "add_locations",
]
