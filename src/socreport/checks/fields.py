"""The checks across articles and of gaps: versions of a field that differ, key fields not stated."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any, NamedTuple

import pandas as pd

from .. import schemas
from ..texts import text
from .findings import _date, _field_labeller, _finding, _fmt_value, _present, _present_mask, _say, _word, join_evidence

#: Fields compared across articles: the figures and the fund. Names, titles and programme wording vary
#: between languages and articles without contradicting anything, so they are not compared.
VERSIONED_FIELDS: tuple[str, ...] = (
    "total_budget_eur",
    "eu_funding_eur",
    "eu_share_pct",
    "start_date",
    "end_date",
    "duration_months_stated",
    "beneficiaries",
    "eu_fund",
)


def check_versions(sources: pd.DataFrame | None) -> Iterator[dict[str, str]]:
    """versions_differ: one finding per (project, field) whose articles give more than one value.

    Versions are listed oldest first (undated articles count as older than dated ones; a value's date is
    the newest article that gives it), each with its publication date, the one the projects table uses
    marked ``used``. The rows are sorted by project and field and read in one pass, one (project,
    field) group at a time, so the time grows with the rows, not with the rows times the projects'
    pandas overhead, and only one group's rows are held as Python values."""
    if sources is None or sources.empty:
        return
    s = sources[_present_mask(sources["value"]) & sources["field"].isin(list(VERSIONED_FIELDS)).fillna(False)]
    s = s.sort_values(["project_id", "field"], na_position="last", kind="mergesort")  # stable: text order kept
    sentences = s["sentence"].array  # read only for the versions that differ: no copy of every sentence
    for (pid, field), rows in _groups(s):
        by_key: dict[str, list[_SourceRow]] = {}
        for r in rows:
            by_key.setdefault(canonical(field, str(r.value)), []).append(r)
        if len(by_key) < 2:
            continue
        versions = []
        for key in sorted(by_key):
            vg = by_key[key]
            dated = [r.published for r in vg if _present(r.published)]
            newest = max(dated) if dated else pd.NaT
            is_used = any(_present(r.used) and bool(r.used) for r in vg)
            versions.append((pd.isna(newest), newest, str(vg[0].value).strip(), is_used, vg))
        versions.sort(key=lambda v: (0 if v[0] else 1, v[1] if not v[0] else pd.Timestamp(0), v[2]))

        used_vals = [v[2] for v in versions if v[3]]
        listed = partial(_listed_versions, field, versions)
        used = partial(_used_version, field, used_vals[0] if used_vals else None)
        values_str = " → ".join(
            f"{v[2]} ({'undated' if v[0] else 'published ' + _date(v[1])}{', used' if v[3] else ''})" for v in versions
        )
        pairs: list[tuple[str, str]] = []
        for v in versions:
            for r in sorted(v[4], key=_by_document_position):
                sentence = sentences[r.row]
                pairs.append((sentence if _present(sentence) else "", r.doc_id if _present(r.doc_id) else ""))
        yield _finding(
            pid,
            "versions_differ",
            field,
            _say("msg.versions_differ", field=_field_labeller(field), listed=listed, used=used),
            values_str,
            join_evidence(pairs),
        )


def _groups(s: pd.DataFrame) -> Iterator[tuple[tuple[str, str], list[_SourceRow]]]:
    """The rows of ``s`` (sorted by project and field) one (project, field) group at a time, in that
    order; rows without a project or a field are left out."""
    key: tuple[str, str] | None = None
    rows: list[_SourceRow] = []
    for row in zip(
        s["project_id"], s["field"], s["value"], s["published"], s["used"], s["doc_id"], s["start"], range(len(s))
    ):
        if not (_present(row[0]) and _present(row[1])):
            continue
        k = (str(row[0]), str(row[1]))
        if k != key:
            if key is not None:
                yield key, rows
            key, rows = k, []
        rows.append(_SourceRow(*row))
    if key is not None:
        yield key, rows


class _SourceRow(NamedTuple):
    """The columns of a ``sources`` row that the version check reads."""

    project_id: Any
    field: Any
    value: Any
    published: Any
    used: Any
    doc_id: Any
    start: Any
    row: int  # the row's position, for its sentence


def _by_document_position(r: _SourceRow) -> tuple[bool, str, bool, int]:
    """Sort key of a version's rows: by document, then position (missing ones last), as
    ``sort_values(["doc_id", "start"])`` orders them."""
    doc_missing, start_missing = not _present(r.doc_id), not _present(r.start)
    return (doc_missing, "" if doc_missing else str(r.doc_id), start_missing, 0 if start_missing else int(r.start))


def _listed_versions(field: str, versions: list[tuple], lang: str) -> str:
    """Every version of a field, oldest first: value (publication date or "undated", the used one marked)."""
    shown = []
    for undated, newest, val, is_used, _ in versions:
        when = text("msg.versions_differ.undated", lang) if undated else _date(newest)
        mark = text("msg.versions_differ.used", lang) if is_used else ""
        shown.append(f"{_fmt_value(field, val, lang)} ({when}{mark})")
    return " → ".join(shown)


def _used_version(field: str, value: str | None, lang: str) -> str:
    return _fmt_value(field, value, lang) if value is not None else text("msg.versions_differ.none", lang)


def canonical(field: str, value: str) -> str:
    """The comparison key of a ``sources`` value: numbers to two decimals (``85`` = ``85.0``), dates as ISO
    dates, text case-folded with spaces, quotes and end punctuation ignored (``“Atver sirdi Zemgalē!”`` =
    ``Atver sirdi Zemgalē``), so that only real differences count as versions."""
    v = str(value).strip()
    try:
        dtype = schemas.PROJECTS.column(field).dtype
    except KeyError:
        dtype = "string"
    if dtype in ("Float64", "Int64"):
        try:
            return f"{float(v.replace(' ', '').replace(',', '.')):.2f}"
        except ValueError:
            return v
    if dtype == schemas.DATE:
        try:
            return _date(v)
        except (ValueError, TypeError):
            return v
    return " ".join(v.casefold().strip(" \"'“”„‘’«»!?.,;:").split())


#: Key fields whose absence is reported.
#: (What cannot be computed without each is the text ``msg.missing_field.<field>``.)
KEY_FIELDS: tuple[str, ...] = ("total_budget_eur", "start_date", "end_date", "beneficiaries")


def check_missing(projects: pd.DataFrame) -> Iterator[dict[str, str]]:
    """missing_field (info): a key field of :data:`KEY_FIELDS` is empty."""
    for _, r in projects.sort_values("project_id", kind="mergesort").iterrows():
        for field in KEY_FIELDS:
            v = r[field]
            if _present(v) and not (isinstance(v, str) and not v.strip()):
                continue
            docs = "" if pd.isna(r["source_docs"]) else str(r["source_docs"])
            yield _finding(
                str(r["project_id"]),
                "missing_field",
                field,
                _say("msg.missing_field", field=_field_labeller(field), why=_word(f"msg.missing_field.{field}")),
                f"{field}=",
                ("", docs),
            )
