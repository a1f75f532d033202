"""Consistency checks: what in the texts does not add up, one row per finding in the ``quality`` table.

The texts contradict themselves (a stated duration that does not fit the dates, a stated share that
the amounts do not reproduce, an amended budget in a later article); policy staff must see those, not
have them averaged away. Every finding names the project, a stable check id, a severity, the field,
a one-line message in English and Latvian, the values involved and the evidence sentences with their
documents. A project whose figures are consistent gets no finding (apart from ``missing_field``
notes, severity ``info``, that say what a ratio rests on).

The checks (id and severity) are listed once, in :data:`socreport.schemas.CHECKS`; their meanings and
the messages of their findings are texts of ``data/checks_text.csv``, in English and Latvian.
:func:`data_dictionary` renders them with the indicator definitions into ``docs/indicators.md``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterable, Iterator, Mapping

import pandas as pd

from . import config, schemas
from .ceilings import Ceiling, ceiling_for, find_ceiling, load_ceilings
from .indicators import compute_indicators, compute_partner_shares, select_funding
from .schemas import AGGREGATES, CHECKS, FORMULAS, INDICATORS, PARTNER_SHARES, QUALITY, Check
from .texts import SEVERITIES, data_table, format_eur, format_stated_percent, text
from .tables import Tables

_ORDER = {c.id: i for i, c in enumerate(CHECKS)}
_SEVERITY = {c.id: c.severity for c in CHECKS}


# --------------------------------------------------------------------------------------------- formatting

#: The formatters of amounts and percentages in messages (kept under their old names).
fmt_eur = format_eur
fmt_pct = format_stated_percent


def _date(x: object) -> str:
    return pd.Timestamp(x).strftime("%Y-%m-%d")


def _fmt_value(field: str, value: str, lang: str) -> str:
    """A ``sources`` value (projects format) for a message: amounts as euro, the rest as written."""
    try:
        col = schemas.get("projects").column(field)
    except KeyError:
        return value
    if col.unit == "EUR":
        try:
            return fmt_eur(float(value), lang)
        except ValueError:
            return value
    return value


# --------------------------------------------------------------------------------------------- evidence

class Evidence:
    """Sentences and documents behind each project field (the ``used`` rows of ``sources``)."""

    def __init__(self, sources: pd.DataFrame | None, projects: pd.DataFrame):
        self._by: dict[tuple[str, str], list[tuple[str, str]]] = {}
        if sources is not None and not sources.empty:
            s = sources[sources["used"].fillna(False).astype(bool)]
            s = s.sort_values(["project_id", "field", "doc_id", "start"], na_position="last", kind="mergesort")
            for pid, field, sent, doc in zip(s["project_id"], s["field"], s["sentence"], s["doc_id"]):
                self._by.setdefault((str(pid), str(field)), []).append(
                    ("" if pd.isna(sent) else str(sent), "" if pd.isna(doc) else str(doc)))
        self._docs = {str(p): ("" if pd.isna(d) else str(d)) for p, d in zip(projects["project_id"], projects["source_docs"])}

    def of(self, project_id: str, fields: Iterable[str]) -> tuple[str, str]:
        """(evidence sentences joined by " | ", doc ids joined by ";") for the fields; the project's
        source documents when no sentence is known."""
        pairs = [p for f in fields for p in self._by.get((project_id, f), [])]
        if not pairs:
            return "", self._docs.get(project_id, "")
        return join_evidence(pairs)


def join_evidence(pairs: Iterable[tuple[str, str]]) -> tuple[str, str]:
    """Distinct sentences in first-seen order joined by " | ", distinct doc ids sorted and joined by ";"."""
    sentences: list[str] = []
    docs: set[str] = set()
    for sent, doc in pairs:
        sent = " ".join(str(sent).split())
        if sent and sent not in sentences:
            sentences.append(sent)
        for d in str(doc).split(";"):
            if d.strip():
                docs.add(d.strip())
    return " | ".join(sentences), ";".join(sorted(docs))


def _funding_evidence(rows: pd.DataFrame) -> tuple[str, str]:
    return join_evidence(zip(rows["sentence"].fillna(""), rows["doc_id"].fillna("")))


def _eur(x: float) -> Callable[[str], str]:
    return lambda lang: fmt_eur(x, lang)


def _pct(x: float) -> Callable[[str], str]:
    return lambda lang: fmt_pct(x, lang)


def _word(key: str) -> Callable[[str], str]:
    return lambda lang: text(key, lang)


def _field_labeller(field: str) -> Callable[[str], str]:
    return lambda lang: _field_label(field, lang)


def _whose(prefix: str, scope: str, partner: str) -> Callable[[str], str]:
    """Whose total a message speaks of: a partner's part or the whole (``<prefix>.whose_*`` texts)."""
    key = f"{prefix}.whose_partner" if scope == "partner" else f"{prefix}.whose_whole"
    return lambda lang: text(key, lang, partner=partner)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


#: Languages of the quality table's messages: ``message`` (English) and ``message_lv``.
MESSAGE_LANGS: tuple[str, str] = ("en", "lv")


def _say(key: str, **values: object) -> tuple[str, str]:
    """The message ``key`` of ``data/checks_text.csv`` in English and Latvian. A value that is a
    function is called with the language (for amounts, percentages and words that differ by language)."""
    en, lv = (text(key, lang, **{k: v(lang) if callable(v) else v for k, v in values.items()})
              for lang in MESSAGE_LANGS)
    return en, lv


def _finding(project_id: str, check: str, field: str, messages: tuple[str, str], values: str,
             evidence: tuple[str, str], severity: str | None = None) -> dict[str, str]:
    return {"project_id": project_id, "check": check, "severity": severity or _SEVERITY[check], "field": field,
            "message": _cap(messages[0]), "message_lv": _cap(messages[1]), "values": values,
            "evidence": evidence[0], "doc_ids": evidence[1]}


@lru_cache(maxsize=None)
def source_labels() -> Mapping[str, tuple[str, str]]:
    """Funding source id -> (English, Latvian genitive) words, from ``socreport/data/source_labels.csv``."""
    return {r["source"].strip(): (r["en"].strip(), r["lv"].strip()) for r in data_table("source_labels.csv")}


def _src(source: str, lang: str) -> str:
    en, lv = source_labels().get(source, (source, source))
    return lv if lang == "lv" else en


# --------------------------------------------------------------------------------------------- checks

def _present(x: object) -> bool:
    return x is not None and not pd.isna(x)


def check_dates(indicators: pd.DataFrame, ev: Evidence,
                years: tuple[int, int] = config.PLAUSIBLE_YEARS) -> Iterator[dict[str, str]]:
    """end_before_start (error) and implausible_date (warning: a year outside ``years``, inclusive)."""
    lo, hi = years
    for r in indicators.itertuples(index=False):
        s, e = r.start_date, r.end_date
        if _present(s) and _present(e) and e < s:
            yield _finding(r.project_id, "end_before_start", "end_date",
                           _say("msg.end_before_start", end=_date(e), start=_date(s)),
                           f"start={_date(s)}; end={_date(e)}", ev.of(r.project_id, ["start_date", "end_date"]))
        for field, d in (("start_date", s), ("end_date", e)):
            if _present(d) and not lo <= d.year <= hi:
                yield _finding(r.project_id, "implausible_date", field,
                               _say("msg.implausible_date", field=_field_labeller(field), date=_date(d), lo=lo, hi=hi),
                               f"{field}={_date(d)}; plausible={lo}-{hi}", ev.of(r.project_id, [field]))


def _whole_months(start: pd.Timestamp, end: pd.Timestamp) -> bool:
    return start.day == 1 and (end + pd.Timedelta(days=1)).day == 1


def check_duration(indicators: pd.DataFrame, ev: Evidence, tolerance_months: int = 0) -> Iterator[dict[str, str]]:
    """duration_mismatch: |stated − computed months| > ``tolerance_months``.

    A period that is not whole calendar months (computed by rounding days, see
    :func:`socreport.indicators.months_between`) is allowed at least one month of difference."""
    for r in indicators.itertuples(index=False):
        st, co = r.duration_months_stated, r.duration_months
        if not (_present(st) and _present(co)):
            continue
        tol = tolerance_months if _whole_months(r.start_date, r.end_date) else max(tolerance_months, 1)
        if abs(int(st) - int(co)) > tol:
            period = f"{_date(r.start_date)}–{_date(r.end_date)}"
            yield _finding(r.project_id, "duration_mismatch", "duration_months_stated",
                           _say("msg.duration_mismatch", stated=int(st), computed=int(co), period=period),
                           f"stated={int(st)}; computed={int(co)}; start={_date(r.start_date)}; end={_date(r.end_date)}",
                           ev.of(r.project_id, ["duration_months_stated", "start_date", "end_date"]))


def _share_severity(diff_pp: float, tolerance_pp: float, precision_pp: float) -> str | None:
    if diff_pp > tolerance_pp:
        return "warning"
    if diff_pp >= precision_pp:
        return "info"
    return None


def check_shares(indicators: pd.DataFrame, funding: pd.DataFrame, ev: Evidence, tolerance_pp: float = 0.5,
                 precision_pp: float = 0.05) -> Iterator[dict[str, str]]:
    """share_mismatch: a stated percentage vs the share the amounts give.

    Project level: ``eu_share_pct_stated`` vs 100 × ``eu_share``. Funding rows (one per source, see
    :func:`socreport.indicators.select_funding`) with a stated share and an amount: vs amount ÷ the
    scope's total (whole: the project total; partner: the partner's total row, else the sum of its
    parts); a whole-scope row of the project's EU fund is skipped when the project level already compares
    it. Severity warning when the difference exceeds ``tolerance_pp`` percentage points, info when it is
    within the tolerance but at least ``precision_pp`` (visible at one decimal), no finding below."""
    stated_eu: dict[str, bool] = {}
    totals: dict[str, float] = {}
    funds: dict[str, str] = {}
    for r in indicators.itertuples(index=False):
        stated_eu[r.project_id] = _present(r.eu_share_pct_stated)
        if _present(r.total_budget_eur):
            totals[r.project_id] = float(r.total_budget_eur)
        funds[r.project_id] = r.eu_fund if _present(r.eu_fund) else ""
        if not (_present(r.eu_share_pct_stated) and _present(r.eu_share)):
            continue
        stated, computed = float(r.eu_share_pct_stated), 100.0 * float(r.eu_share)
        sev = _share_severity(abs(stated - computed), tolerance_pp, precision_pp)
        if sev:
            fund = funds[r.project_id]
            yield _finding(r.project_id, "share_mismatch", "eu_share_pct",
                           _say("msg.share_mismatch.project",
                                fund=lambda lang, f=fund: _src(f, lang) if f else text("msg.eu", lang),
                                stated=_pct(stated), eu=_eur(r.eu_funding_eur), total=_eur(r.total_budget_eur),
                                computed=_pct(computed)),
                           f"stated={stated:g}%; computed={computed:.2f}%; eu={r.eu_funding_eur:.2f}; "
                           f"total={r.total_budget_eur:.2f}",
                           ev.of(r.project_id, ["eu_share_pct", "eu_funding_eur", "total_budget_eur"]), sev)
    f = funding
    for (pid, scope, partner), g in f.groupby(["project_id", "scope", f["partner"].fillna("")], sort=True):
        parts = g[g["source"] != "total"]
        if scope == "whole":
            total = totals.get(pid)
        else:
            tot = g[g["source"] == "total"]["amount_eur"].dropna()
            total = float(tot.iloc[0]) if len(tot) else (
                float(parts["amount_eur"].sum()) if len(parts) and parts["amount_eur"].notna().all() else None)
        if not total:
            continue
        for row in parts.itertuples(index=False):
            if not (_present(row.share_pct) and _present(row.amount_eur)):
                continue
            if scope == "whole" and row.source == funds.get(pid) and stated_eu.get(pid):
                continue
            stated, computed = float(row.share_pct), 100.0 * float(row.amount_eur) / total
            sev = _share_severity(abs(stated - computed), tolerance_pp, precision_pp)
            if not sev:
                continue
            yield _finding(pid, "share_mismatch", "share_pct",
                           _say("msg.share_mismatch.part", source=lambda lang, s=row.source: _src(s, lang),
                                stated=_pct(stated), amount=_eur(row.amount_eur), total=_eur(total),
                                whose=_whose("msg.share_mismatch", scope, partner), computed=_pct(computed)),
                           f"scope={scope}; partner={partner}; source={row.source}; stated={stated:g}%; "
                           f"computed={computed:.2f}%; amount={row.amount_eur:.2f}; total={total:.2f}",
                           _funding_evidence(g[g["source"].isin([row.source, "total"])]), sev)


def _tolerance(total: float, abs_tol: float, rel_tol: float) -> float:
    return max(abs_tol, rel_tol * abs(total))


def check_parts_sum(projects: pd.DataFrame, funding: pd.DataFrame, abs_tol_eur: float = 1.0,
                    rel_tol: float = 0.001) -> Iterator[dict[str, str]]:
    """parts_sum: per (project, scope, partner), the sources' amounts vs their total.

    The total is the scope's ``total`` row (whole scope: else the project's total budget); a total
    derived as the sum of its parts is not checked. Reported when the parts exceed the total, or when the
    parts' stated shares sum to 100% (± 0.5) and their amounts miss the total, by more than the
    tolerance max(``abs_tol_eur``, ``rel_tol`` × total)."""
    proj_total = {str(p): float(t) for p, t in zip(projects["project_id"], projects["total_budget_eur"]) if _present(t)}
    for (pid, scope, partner), g in funding.groupby(["project_id", "scope", funding["partner"].fillna("")], sort=True):
        tot = g[g["source"] == "total"]
        parts = g[(g["source"] != "total") & g["amount_eur"].notna()]
        if parts.empty:
            continue
        if len(tot) and tot["amount_eur"].notna().any():
            trow = tot[tot["amount_eur"].notna()].iloc[0]
            if bool(trow["derived"]):
                continue
            total = float(trow["amount_eur"])
        elif scope == "whole" and pid in proj_total:
            total = proj_total[pid]
        else:
            continue
        s = float(parts["amount_eur"].sum())
        shares = g[g["source"] != "total"]["share_pct"]
        claims_complete = shares.notna().all() and abs(float(shares.sum()) - 100.0) <= 0.5 and \
            g[g["source"] != "total"]["amount_eur"].notna().all()
        diff = s - total
        tol = _tolerance(total, abs_tol_eur, rel_tol)
        if diff > tol or (claims_complete and abs(diff) > tol):
            srcs = ", ".join(f"{r.source} {r.amount_eur:.2f}" for r in parts.itertuples(index=False))
            yield _finding(pid, "parts_sum", "amount_eur",
                           _say("msg.parts_sum", whose=_whose("msg.parts_sum", scope, partner), sum=_eur(s),
                                total=_eur(total), diff=_eur(diff)),
                           f"scope={scope}; partner={partner}; parts: {srcs}; sum={s:.2f}; total={total:.2f}",
                           _funding_evidence(g))


def check_partner_parts(partner_shares: pd.DataFrame, funding: pd.DataFrame, ev: Evidence, abs_tol_eur: float = 1.0,
                        rel_tol: float = 0.001) -> Iterator[dict[str, str]]:
    """partner_exceeds_total: a partner's part > the project total (beyond the tolerance)."""
    for r in partner_shares.itertuples(index=False):
        if not (_present(r.part_eur) and _present(r.project_total_eur)):
            continue
        if float(r.part_eur) - float(r.project_total_eur) > _tolerance(float(r.project_total_eur), abs_tol_eur, rel_tol):
            rows = funding[(funding["project_id"] == r.project_id) & (funding["partner"] == r.partner)]
            e_sent, e_docs = _funding_evidence(rows)
            t_sent, t_docs = ev.of(r.project_id, ["total_budget_eur"])
            evidence = join_evidence([(e_sent, e_docs), (t_sent, t_docs)])
            yield _finding(r.project_id, "partner_exceeds_total", "part_eur",
                           _say("msg.partner_exceeds_total", partner=r.partner, part=_eur(r.part_eur),
                                total=_eur(r.project_total_eur)),
                           f"partner={r.partner}; part={r.part_eur:.2f}; total={r.project_total_eur:.2f}", evidence)


def check_ceiling(indicators: pd.DataFrame, ev: Evidence, precision_pp: float = 0.05,
                  ceilings: tuple[Ceiling, ...] | None = None) -> Iterator[dict[str, str]]:
    """share_above_ceiling: the larger of the stated and computed EU share above the fund's ceiling."""
    for r in indicators.itertuples(index=False):
        if not _present(r.eu_fund):
            continue
        c = find_ceiling(r.eu_fund, r.programme if _present(r.programme) else None, ceilings)
        if c is None:
            continue
        cands = []
        if _present(r.eu_share_pct_stated):
            cands.append(("stated", float(r.eu_share_pct_stated)))
        if _present(r.eu_share):
            cands.append(("computed", 100.0 * float(r.eu_share)))
        if not cands:
            continue
        kind, share = max(cands, key=lambda kv: kv[1])
        if share > c.ceiling_pct + precision_pp:
            yield _finding(r.project_id, "share_above_ceiling", "eu_share_pct",
                           _say("msg.share_above_ceiling", fund=lambda lang, f=r.eu_fund: _src(f, lang),
                                share=_pct(share), kind=_word(f"msg.share_above_ceiling.{kind}"),
                                ceiling=_pct(c.ceiling_pct)),
                           f"{kind}={share:.2f}%; ceiling={c.ceiling_pct:g}%; fund={r.eu_fund}; "
                           f"programme={r.programme if _present(r.programme) else ''}",
                           ev.of(r.project_id, ["eu_share_pct", "eu_funding_eur", "total_budget_eur"]))


#: Fields compared across articles: the figures and the fund. Names, titles and programme wording vary
#: between languages and articles without contradicting anything, so they are not compared.
VERSIONED_FIELDS: tuple[str, ...] = ("total_budget_eur", "eu_funding_eur", "eu_share_pct", "start_date", "end_date",
                                     "duration_months_stated", "beneficiaries", "eu_fund")


def check_versions(sources: pd.DataFrame | None) -> Iterator[dict[str, str]]:
    """versions_differ: one finding per (project, field) whose articles give more than one value.

    Versions are listed oldest first (undated articles count as older than dated ones; a value's date is
    the newest article that gives it), each with its publication date, the one the projects table uses
    marked ``used``."""
    if sources is None or sources.empty:
        return
    s = sources[_present_mask(sources["value"]) & sources["field"].isin(list(VERSIONED_FIELDS)).fillna(False)]
    for (pid, field), g in s.groupby(["project_id", "field"], sort=True):
        keys = pd.Series([canonical(str(field), str(v)) for v in g["value"]], index=g.index)
        if keys.nunique() < 2:
            continue
        versions = []
        for _, vg in g.groupby(keys, sort=True):
            val = str(vg["value"].iloc[0]).strip()
            pub = vg["published"].dropna()
            newest = pub.max() if len(pub) else pd.NaT
            is_used = bool(vg["used"].fillna(False).astype(bool).any())
            versions.append((pd.isna(newest), newest, str(val), is_used, vg))
        versions.sort(key=lambda v: (0 if v[0] else 1, v[1] if not v[0] else pd.Timestamp(0), v[2]))

        def show(v: tuple, lang: str) -> str:
            undated, newest, val, used, _ = v
            when = text("msg.versions_differ.undated", lang) if undated else _date(newest)
            mark = text("msg.versions_differ.used", lang) if used else ""
            return f"{_fmt_value(field, val, lang)} ({when}{mark})"

        used_vals = [v[2] for v in versions if v[3]]

        def listed(lang: str) -> str:
            return " → ".join(show(v, lang) for v in versions)

        def used(lang: str) -> str:
            return _fmt_value(field, used_vals[0], lang) if used_vals else text("msg.versions_differ.none", lang)

        values_str = " → ".join(
            f"{v[2]} ({'undated' if v[0] else 'published ' + _date(v[1])}{', used' if v[3] else ''})" for v in versions)
        pairs = []
        for v in versions:
            vg = v[4].sort_values(["doc_id", "start"], kind="mergesort")
            pairs.extend(zip(vg["sentence"].fillna(""), vg["doc_id"].fillna("")))
        yield _finding(str(pid), "versions_differ", str(field),
                       _say("msg.versions_differ", field=_field_labeller(field), listed=listed, used=used),
                       values_str, join_evidence(pairs))


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


def _present_mask(s: pd.Series) -> pd.Series:
    t = s.astype("string").str.strip()
    return (t.notna() & (t != "")).fillna(False).astype(bool)


def _field_label(field: str, lang: str) -> str:
    """The projects table's label of ``field`` (the field name itself for other fields)."""
    return schemas.label("projects", field, lang) if field in schemas.PROJECTS.names else field


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
            yield _finding(str(r["project_id"]), "missing_field", field,
                           _say("msg.missing_field", field=_field_labeller(field),
                                why=_word(f"msg.missing_field.{field}")),
                           f"{field}=", ("", docs))


# --------------------------------------------------------------------------------------------- table

def quality_table(tables: Tables, *, share_tolerance_pp: float = 0.5, share_precision_pp: float = 0.05,
                  duration_tolerance_months: int = 0, abs_tol_eur: float = 1.0, rel_tol: float = 0.001,
                  plausible_years: tuple[int, int] = config.PLAUSIBLE_YEARS,
                  ceilings: tuple[Ceiling, ...] | None = None) -> pd.DataFrame:
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


def add_quality(tables: Tables, **params: object) -> Tables:
    """``tables`` plus the ``quality`` table (a new bundle); ``params`` go to :func:`quality_table`."""
    return tables.with_derived(quality=quality_table(tables, **params))  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------- docs

def _md_escape(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def data_dictionary() -> str:
    """``docs/indicators.md``: every derived column and every check, in English and Latvian, with
    formula and unit, generated from the schema definitions (tests keep the file in step)."""
    lines = [
        "# Indicators and checks — data dictionary / Rādītāji un pārbaudes — datu vārdnīca",
        "",
        "<!-- Generated by socreport.checks.data_dictionary(); do not edit by hand. -->",
        "",
        "All amounts are **nominal euro** (no inflation adjustment); amounts in lats and litas were converted at the "
        f"fixed rates 1 EUR = {config.LVL_PER_EUR} LVL and 1 EUR = {config.LTL_PER_EUR} LTL. Shares are fractions (0.85 = 85%) unless the unit says %. Ratios "
        "are empty, never infinite, where a value is missing or zero. Every project is counted once, with the "
        "version of its figures from the most recently published text; amended budgets are never summed.",
        "",
        "Visas summas ir **nominālie eiro** (bez inflācijas korekcijas); summas latos un litos pārrēķinātas pēc "
        f"fiksētajiem kursiem 1 EUR = {config.LVL_PER_EUR} LVL un 1 EUR = {config.LTL_PER_EUR} LTL. Daļas ir decimāldaļas (0,85 = 85%), ja mērvienība nav %. "
        "Attiecības ir tukšas, nekad bezgalīgas, ja kādas vērtības nav vai tā ir nulle. Katrs projekts skaitīts "
        "vienreiz ar jaunākajā tekstā publicētajām vērtībām; grozīti budžeti nekad netiek saskaitīti.",
        "",
    ]
    for t in (INDICATORS, PARTNER_SHARES, AGGREGATES, QUALITY):
        lines += [f"## `{t.name}` — {t.title_en} / {t.title_lv}", "", t.description, "",
                  "| Column | English | Latviski | Meaning | Nozīme | Formula | Unit |",
                  "|---|---|---|---|---|---|---|"]
        for c in t.columns:
            d_en = c.description_en.split(" Formula: ")[0]
            d_lv = c.description_lv.split(" Formula: ")[0]
            lines.append("| " + " | ".join(_md_escape(x) for x in (
                f"`{c.name}`", c.en, c.lv, d_en, d_lv, FORMULAS.get(c.name, ""), c.unit)) + " |")
        lines.append("")
    lines += ["## Checks / Pārbaudes", "",
              "| Check | Severity | Meaning | Nozīme |", "|---|---|---|---|"]
    for c in CHECKS:
        lines.append("| " + " | ".join(_md_escape(x) for x in (f"`{c.id}`", c.severity, c.en, c.lv)) + " |")
    lines += ["", "## EU co-financing ceilings / ES līdzfinansējuma griesti", "",
              "From `src/socreport/data/programme_ceilings.csv`. A known programme takes the first row of its fund "
              "whose keywords occur in the programme's name, else the fund's row without keywords; an unknown "
              "programme takes the fund's highest ceiling, so that only shares above every ceiling that could apply "
              "are reported. Funds without rows (EaSI, EAFRD) are not checked.", "",
              "Zināmai programmai izmanto pirmo fonda rindu, kuras atslēgvārdi ir programmas nosaukumā, citādi fonda "
              "rindu bez atslēgvārdiem; nezināmai programmai — fonda augstākos griestus, lai ziņotu tikai par "
              "daļām, kas pārsniedz visus iespējamos griestus. Fondi bez rindām (EaSI, ELFLA) netiek pārbaudīti.", "",
              "| Fund | Programme keywords | Ceiling, % | Note |", "|---|---|---|---|"]
    for c in load_ceilings():
        lines.append("| " + " | ".join(_md_escape(x) for x in (
            c.fund, ", ".join(c.keywords) or "(default)", f"{c.ceiling_pct:g}", c.note)) + " |")
    lines.append("")
    return "\n".join(lines)


__all__ = [
    "Check", "CHECKS", "QUALITY", "SEVERITIES", "Ceiling", "load_ceilings", "find_ceiling", "ceiling_for", "fmt_eur", "fmt_pct",
    "check_dates", "check_duration", "check_shares", "check_parts_sum", "check_partner_parts", "check_ceiling",
    "VERSIONED_FIELDS", "check_versions", "canonical", "check_missing", "quality_table", "add_quality", "data_dictionary", "join_evidence",
]
