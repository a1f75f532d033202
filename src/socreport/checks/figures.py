"""The checks of figures against each other: dates, durations, shares, sums of parts, partner parts, ceilings."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import pandas as pd

from .. import config
from ..ceilings import Ceiling, find_ceiling
from ..texts import text
from .findings import (
    Evidence,
    _date,
    _eur,
    _field_labeller,
    _finding,
    _funding_evidence,
    _pct,
    _present,
    _say,
    _src,
    _whose,
    _word,
    join_evidence,
)


def check_dates(
    indicators: pd.DataFrame, ev: Evidence, years: tuple[int, int] = config.PLAUSIBLE_YEARS
) -> Iterator[dict[str, str]]:
    """end_before_start (error) and implausible_date (warning: a year outside ``years``, inclusive)."""
    lo, hi = years
    for r in indicators.itertuples(index=False):
        s, e = r.start_date, r.end_date
        if _present(s) and _present(e) and e < s:
            yield _finding(
                r.project_id,
                "end_before_start",
                "end_date",
                _say("msg.end_before_start", end=_date(e), start=_date(s)),
                f"start={_date(s)}; end={_date(e)}",
                ev.of(r.project_id, ["start_date", "end_date"]),
            )
        for field, d in (("start_date", s), ("end_date", e)):
            if _present(d) and not lo <= d.year <= hi:
                yield _finding(
                    r.project_id,
                    "implausible_date",
                    field,
                    _say("msg.implausible_date", field=_field_labeller(field), date=_date(d), lo=lo, hi=hi),
                    f"{field}={_date(d)}; plausible={lo}-{hi}",
                    ev.of(r.project_id, [field]),
                )


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
            yield _finding(
                r.project_id,
                "duration_mismatch",
                "duration_months_stated",
                _say("msg.duration_mismatch", stated=int(st), computed=int(co), period=period),
                f"stated={int(st)}; computed={int(co)}; start={_date(r.start_date)}; end={_date(r.end_date)}",
                ev.of(r.project_id, ["duration_months_stated", "start_date", "end_date"]),
            )


def _share_severity(diff_pp: float, tolerance_pp: float, precision_pp: float) -> str | None:
    if diff_pp > tolerance_pp:
        return "warning"
    if diff_pp >= precision_pp:
        return "info"
    return None


def check_shares(
    indicators: pd.DataFrame, funding: pd.DataFrame, ev: Evidence, tolerance_pp: float = 0.5, precision_pp: float = 0.05
) -> Iterator[dict[str, str]]:
    """share_mismatch: a stated percentage vs the share the amounts give.

    Project level: ``eu_share_pct_stated`` vs 100 × ``eu_share``. Funding rows (one per source, see
    :func:`socreport.indicators.select_funding`) with a stated share and an amount: vs amount ÷ the
    scope's total (whole: the project total; partner: the partner's total row, else the sum of its
    parts); a whole-scope row of the project's EU fund is skipped when the project level already compares
    it. Severity warning when the difference exceeds ``tolerance_pp`` percentage points, info when it is
    within the tolerance but at least ``precision_pp`` (visible at one decimal), no finding below."""
    known = _ShareContext.of(indicators)
    yield from _project_shares(indicators, known, ev, tolerance_pp, precision_pp)
    yield from _funding_shares(funding, known, ev, tolerance_pp, precision_pp)


class _ShareContext(NamedTuple):
    """What the funding-row comparison needs of each project: whether it states an EU share, its
    total and its EU fund."""

    stated_eu: dict[str, bool]
    totals: dict[str, float]
    funds: dict[str, str]

    @classmethod
    def of(cls, indicators: pd.DataFrame) -> _ShareContext:
        out = cls({}, {}, {})
        for r in indicators.itertuples(index=False):
            out.stated_eu[r.project_id] = _present(r.eu_share_pct_stated)
            if _present(r.total_budget_eur):
                out.totals[r.project_id] = float(r.total_budget_eur)
            out.funds[r.project_id] = r.eu_fund if _present(r.eu_fund) else ""
        return out


def _project_shares(
    indicators: pd.DataFrame, known: _ShareContext, ev: Evidence, tolerance_pp: float, precision_pp: float
) -> Iterator[dict[str, str]]:
    """Project level: the stated EU share vs EU funding ÷ total."""
    for r in indicators.itertuples(index=False):
        if not (_present(r.eu_share_pct_stated) and _present(r.eu_share)):
            continue
        stated, computed = float(r.eu_share_pct_stated), 100.0 * float(r.eu_share)
        sev = _share_severity(abs(stated - computed), tolerance_pp, precision_pp)
        if sev:
            fund = known.funds[r.project_id]
            yield _finding(
                r.project_id,
                "share_mismatch",
                "eu_share_pct",
                _say(
                    "msg.share_mismatch.project",
                    fund=lambda lang, f=fund: _src(f, lang) if f else text("msg.eu", lang),
                    stated=_pct(stated),
                    eu=_eur(r.eu_funding_eur),
                    total=_eur(r.total_budget_eur),
                    computed=_pct(computed),
                ),
                f"stated={stated:g}%; computed={computed:.2f}%; eu={r.eu_funding_eur:.2f}; "
                f"total={r.total_budget_eur:.2f}",
                ev.of(r.project_id, ["eu_share_pct", "eu_funding_eur", "total_budget_eur"]),
                sev,
            )


class _FundRow(NamedTuple):
    """The columns of a ``funding`` row (one source of one scope) that the share and sum checks read."""

    source: str
    amount_eur: float | None
    share_pct: float | None
    derived: bool
    sentence: str
    doc_id: str


def _funding_groups(funding: pd.DataFrame) -> list[tuple[tuple[str, str, str], list[_FundRow]]]:
    """The funding rows by (project, scope, partner; no partner as ``""``), in key order, each group's
    rows in table order: one pass over the table (``groupby`` on each small group cost more than the check)."""
    groups: dict[tuple[str, str, str], list[_FundRow]] = {}
    cols = ("project_id", "scope", "partner", "source", "amount_eur", "share_pct", "derived", "sentence", "doc_id")
    for pid, scope, partner, source, amount, share, derived, sentence, doc in zip(*(funding[c] for c in cols)):
        if not (_present(pid) and _present(scope)):
            continue
        key = (str(pid), str(scope), str(partner) if _present(partner) else "")
        groups.setdefault(key, []).append(
            _FundRow(
                str(source),
                float(amount) if _present(amount) else None,
                float(share) if _present(share) else None,
                bool(derived) if _present(derived) else False,
                str(sentence) if _present(sentence) else "",
                str(doc) if _present(doc) else "",
            )
        )
    return sorted(groups.items())


def _evidence_of(rows: list[_FundRow]) -> tuple[str, str]:
    return join_evidence((r.sentence, r.doc_id) for r in rows)


def _scope_total(rows: list[_FundRow], parts: list[_FundRow], scope: str, project_total: float | None) -> float | None:
    """The total a funding row's share is compared with: the project's for the whole scope; a
    partner's total row, else the sum of its parts (when every part has an amount)."""
    if scope == "whole":
        return project_total
    tot = [r.amount_eur for r in rows if r.source == "total" and r.amount_eur is not None]
    if tot:
        return tot[0]
    amounts = [r.amount_eur for r in parts]
    return float(sum(a for a in amounts if a is not None)) if parts and None not in amounts else None


def _funding_shares(
    funding: pd.DataFrame, known: _ShareContext, ev: Evidence, tolerance_pp: float, precision_pp: float
) -> Iterator[dict[str, str]]:
    """Funding rows: a part's stated share vs its amount ÷ its scope's total."""
    for (pid, scope, partner), rows in _funding_groups(funding):
        parts = [r for r in rows if r.source != "total"]
        total = _scope_total(rows, parts, scope, known.totals.get(pid))
        if not total:
            continue
        for row in parts:
            if row.share_pct is None or row.amount_eur is None:
                continue
            if scope == "whole" and row.source == known.funds.get(pid) and known.stated_eu.get(pid):
                continue
            stated, computed = row.share_pct, 100.0 * row.amount_eur / total
            sev = _share_severity(abs(stated - computed), tolerance_pp, precision_pp)
            if not sev:
                continue
            yield _finding(
                pid,
                "share_mismatch",
                "share_pct",
                _say(
                    "msg.share_mismatch.part",
                    source=lambda lang, s=row.source: _src(s, lang),
                    stated=_pct(stated),
                    amount=_eur(row.amount_eur),
                    total=_eur(total),
                    whose=_whose("msg.share_mismatch", scope, partner),
                    computed=_pct(computed),
                ),
                f"scope={scope}; partner={partner}; source={row.source}; stated={stated:g}%; "
                f"computed={computed:.2f}%; amount={row.amount_eur:.2f}; total={total:.2f}",
                _evidence_of([r for r in rows if r.source in (row.source, "total")]),
                sev,
            )


def _tolerance(total: float, abs_tol: float, rel_tol: float) -> float:
    return max(abs_tol, rel_tol * abs(total))


def check_parts_sum(
    projects: pd.DataFrame, funding: pd.DataFrame, abs_tol_eur: float = 1.0, rel_tol: float = 0.001
) -> Iterator[dict[str, str]]:
    """parts_sum: per (project, scope, partner), the sources' amounts vs their total.

    The total is the scope's ``total`` row (whole scope: else the project's total budget); a total
    derived as the sum of its parts is not checked. Reported when the parts exceed the total, or when the
    parts' stated shares sum to 100% (± 0.5) and their amounts miss the total, by more than the
    tolerance max(``abs_tol_eur``, ``rel_tol`` × total)."""
    proj_total = {str(p): float(t) for p, t in zip(projects["project_id"], projects["total_budget_eur"]) if _present(t)}
    for (pid, scope, partner), rows in _funding_groups(funding):
        others = [r for r in rows if r.source != "total"]
        parts = [r for r in others if r.amount_eur is not None]
        if not parts:
            continue
        stated_totals = [r for r in rows if r.source == "total" and r.amount_eur is not None]
        if stated_totals:
            if stated_totals[0].derived:
                continue
            total = stated_totals[0].amount_eur
        elif scope == "whole" and pid in proj_total:
            total = proj_total[pid]
        else:
            continue
        assert total is not None
        s = float(sum(r.amount_eur for r in parts if r.amount_eur is not None))
        shares = [r.share_pct for r in others]
        claims_complete = (
            None not in shares
            and abs(float(sum(x for x in shares if x is not None)) - 100.0) <= 0.5
            and len(parts) == len(others)
        )
        diff = s - total
        tol = _tolerance(total, abs_tol_eur, rel_tol)
        if diff > tol or (claims_complete and abs(diff) > tol):
            srcs = ", ".join(f"{r.source} {r.amount_eur:.2f}" for r in parts)
            yield _finding(
                pid,
                "parts_sum",
                "amount_eur",
                _say(
                    "msg.parts_sum",
                    whose=_whose("msg.parts_sum", scope, partner),
                    sum=_eur(s),
                    total=_eur(total),
                    diff=_eur(diff),
                ),
                f"scope={scope}; partner={partner}; parts: {srcs}; sum={s:.2f}; total={total:.2f}",
                _evidence_of(rows),
            )


def check_partner_parts(
    partner_shares: pd.DataFrame, funding: pd.DataFrame, ev: Evidence, abs_tol_eur: float = 1.0, rel_tol: float = 0.001
) -> Iterator[dict[str, str]]:
    """partner_exceeds_total: a partner's part > the project total (beyond the tolerance)."""
    for r in partner_shares.itertuples(index=False):
        if not (_present(r.part_eur) and _present(r.project_total_eur)):
            continue
        if float(r.part_eur) - float(r.project_total_eur) > _tolerance(
            float(r.project_total_eur), abs_tol_eur, rel_tol
        ):
            rows = funding[(funding["project_id"] == r.project_id) & (funding["partner"] == r.partner)]
            e_sent, e_docs = _funding_evidence(rows)
            t_sent, t_docs = ev.of(r.project_id, ["total_budget_eur"])
            evidence = join_evidence([(e_sent, e_docs), (t_sent, t_docs)])
            yield _finding(
                r.project_id,
                "partner_exceeds_total",
                "part_eur",
                _say(
                    "msg.partner_exceeds_total",
                    partner=r.partner,
                    part=_eur(r.part_eur),
                    total=_eur(r.project_total_eur),
                ),
                f"partner={r.partner}; part={r.part_eur:.2f}; total={r.project_total_eur:.2f}",
                evidence,
            )


def check_ceiling(
    indicators: pd.DataFrame, ev: Evidence, precision_pp: float = 0.05, ceilings: tuple[Ceiling, ...] | None = None
) -> Iterator[dict[str, str]]:
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
            yield _finding(
                r.project_id,
                "share_above_ceiling",
                "eu_share_pct",
                _say(
                    "msg.share_above_ceiling",
                    fund=lambda lang, f=r.eu_fund: _src(f, lang),
                    share=_pct(share),
                    kind=_word(f"msg.share_above_ceiling.{kind}"),
                    ceiling=_pct(c.ceiling_pct),
                ),
                f"{kind}={share:.2f}%; ceiling={c.ceiling_pct:g}%; fund={r.eu_fund}; "
                f"programme={r.programme if _present(r.programme) else ''}",
                ev.of(r.project_id, ["eu_share_pct", "eu_funding_eur", "total_budget_eur"]),
            )
