"""The six charts: each takes the tables (or one derived table) and returns a matplotlib Figure."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib import dates as mdates
from matplotlib import rc_context
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..schemas import EU_FUNDS
from ..texts import format_number, text
from ..views import ceilings_pct, complete, finding_counts, region_chart_data, split_shares
from .layout import (
    COLORS,
    FUND_COLORS,
    SEVERITY_COLORS,
    STYLE,
    TablesLike,
    _check_lang,
    _empty_figure,
    _figure,
    _floats,
    _indicators,
    _labels,
    _notes,
    _percent_axis,
    _project_axis,
    _quality,
    _require,
    _rows,
    _side_legend,
    _strings,
    _text_or,
    short_label,
)

# ------------------------------------------------------------------------------------------- charts


def cost_per_beneficiary(tables: TablesLike, lang: str = "en") -> Figure:
    """Horizontal bars of ``cost_per_beneficiary_eur`` (total budget ÷ headline beneficiaries, EUR
    nominal per person), largest at the top; projects without a value are listed with "n/a"."""
    _check_lang(lang)
    ind = _indicators(tables)
    _require(ind, ("project_id", "cost_per_beneficiary_eur"), "indicators")
    with rc_context(STYLE):
        title = text("cpb_title", lang)
        if ind.empty:
            return _empty_figure(title, text("no_projects", lang))
        values = _floats(ind["cost_per_beneficiary_eur"])
        labels = _labels(ind)
        valued = sorted((i for i in range(len(ind)) if not np.isnan(values[i])), key=lambda i: (-values[i], labels[i]))
        missing = sorted((i for i in range(len(ind)) if np.isnan(values[i])), key=lambda i: labels[i])
        rows, cut = _rows(valued, missing)
        notes = ([text("cpb_missing", lang, n=len(missing))] if missing else []) + (
            [text("more_not_shown", lang, n=cut)] if cut else []
        )
        fig, ax = _figure(len(rows), len(notes))
        ys = [y for y, i in enumerate(rows) if not np.isnan(values[i])]
        xs = [values[rows[y]] for y in ys]
        bars = ax.barh(ys, xs, height=0.65, color=COLORS["bar"], label=text("cpb_xlabel", lang))
        ax.bar_label(bars, labels=[format_number(x, lang) for x in xs], padding=3, fontsize=7.5)
        top = max(xs) if xs and max(xs) > 0 else 1.0
        ax.set_xlim(0, top * 1.18)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: format_number(v, lang, 0)))
        _project_axis(ax, [labels[i] for i in rows], [y for y, i in enumerate(rows) if np.isnan(values[i])], lang)
        ax.set_xlabel(text("cpb_xlabel", lang))
        ax.set_title(title)
        _notes(fig, notes)
    return fig


def regions(tables: TablesLike, lang: str = "en") -> Figure:
    """Horizontal bars by NUTS 3 region (of the municipalities and planning regions the projects' leads
    and partners name): the sum of total budgets, the EU funding within it, and the number of projects
    (:func:`socreport.views.region_chart_data`); largest at the top."""
    _check_lang(lang)
    with rc_context(STYLE):
        title = text("regions_title", lang)
        if isinstance(tables, pd.DataFrame):
            raise TypeError("regions needs the Tables bundle (its locations table), not one table")
        data = region_chart_data(complete(tables))
        if not len(data):
            return _empty_figure(title, text("regions_none", lang))
        fig, ax = _figure(len(data), 1)
        ys = list(range(len(data)))
        total = data["total_budget_eur"].to_numpy(dtype=float)
        eu = np.nan_to_num(data["eu_funding_eur"].to_numpy(dtype=float))
        bars = ax.barh(ys, total, height=0.65, color=COLORS["state"], label=text("regions_xlabel", lang))
        ax.barh(ys, eu, height=0.35, color=COLORS["eu"], label=text("regions_eu", lang))
        counts = [text("regions_count", lang, n=int(n)) for n in data["projects"]]
        ax.bar_label(
            bars, labels=[f"{format_number(x, lang, 0)} ({c})" for x, c in zip(total, counts)], padding=3, fontsize=7.5
        )
        ax.set_xlim(0, (max(total) if max(total) > 0 else 1.0) * 1.35)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: format_number(v, lang, 0)))
        ax.set_yticks(ys, [str(v) for v in data["label"]])
        ax.invert_yaxis()
        ax.set_xlabel(text("regions_xlabel", lang))
        ax.legend(loc="lower right", fontsize=7.5)
        ax.set_title(title)
        _notes(fig, [text("regions_note", lang)])
    return fig


_SPLIT_PARTS: tuple[tuple[str, str], ...] = (
    ("eu_share", "eu"),
    ("state_share", "state"),
    ("municipality_share", "municipality"),
    ("other_share", "other"),
)


def funding_split(tables: TablesLike, lang: str = "en") -> Figure:
    """Stacked bars of each project's funding as shares of its whole-project total (EUR nominal):
    EU fund, state budget, municipality, other. The EU part is the computed share (EU ÷ total);
    where the amounts do not allow computing it, the share the text states is used and the segment
    is dotted. The part the text does not break down is hatched; parts summing above 100 % are
    flagged. Projects with no share at all are listed as "n/a"."""
    _check_lang(lang)
    ind = _indicators(tables)
    _require(ind, ["project_id", "eu_share_pct_stated"] + [c for c, _ in _SPLIT_PARTS], "indicators")
    with rc_context(STYLE):
        title = text("split_title", lang)
        if ind.empty:
            return _empty_figure(title, text("no_projects", lang))
        labels = _labels(ind)
        shares, from_text = split_shares(ind)
        known = ~np.isnan(shares).all(axis=1)
        filled = np.nan_to_num(shares, nan=0.0)
        valued = sorted((i for i in range(len(ind)) if known[i]), key=lambda i: (-filled[i, 0], labels[i]))
        missing = sorted((i for i in range(len(ind)) if not known[i]), key=lambda i: labels[i])
        rows, cut = _rows(valued, missing)
        n_text = int(from_text.sum())
        notes = (
            ([text("split_eu_stated_note", lang, n=n_text)] if n_text else [])
            + ([text("split_missing", lang, n=len(missing))] if missing else [])
            + ([text("more_not_shown", lang, n=cut)] if cut else [])
        )
        fig, ax = _figure(len(rows), len(notes))
        ys = [y for y, i in enumerate(rows) if known[i]]
        left = _split_bars(ax, ys, [rows[y] for y in ys], filled, from_text, lang)
        over = bool((left > 100.5).any())
        ax.set_xlim(0, max(100.0, float(left.max()) if len(left) else 100.0) * 1.02 + (30 if over else 0))
        _percent_axis(ax, lang)
        _project_axis(ax, [labels[i] for i in rows], [y for y, i in enumerate(rows) if not known[i]], lang)
        ax.set_xlabel(text("split_xlabel", lang))
        ax.set_title(title)
        _side_legend(ax, handles=_split_handles(bool(n_text), lang))
        _notes(fig, notes)
    return fig


def _split_bars(ax, ys: list[int], idx: list[int], filled: np.ndarray, from_text: np.ndarray, lang: str) -> np.ndarray:
    """The stacked segments of :func:`funding_split` at rows ``ys`` (projects ``idx``), their labels,
    the hatched part the text does not break down and the marks of parts summing above 100 %;
    returns each row's sum of stated parts."""
    left = np.zeros(len(ys))
    for k, (_col, part) in enumerate(_SPLIT_PARTS):
        widths = 100.0 * filled[idx, k]
        bars = ax.barh(
            ys,
            widths,
            left=left,
            height=0.65,
            color=COLORS[part],
            edgecolor="white",
            linewidth=0.5,
            label=text(f"split_{part}", lang),
        )
        ax.bar_label(
            bars,
            labels=[f"{w:.0f}" if w >= 7 else "" for w in widths],
            label_type="center",
            fontsize=7,
            color="white" if part == "eu" else "black",
        )
        if part == "eu":
            for bar, i in zip(bars, idx):
                if from_text[i]:
                    bar.set_hatch("..")
        left = left + widths
    rest = np.clip(100.0 - left, 0.0, None)
    ax.barh(
        ys,
        np.where(rest > 0.05, rest, 0.0),
        left=left,
        height=0.65,
        color=COLORS["unstated"],
        edgecolor="#9e9e9e",
        linewidth=0.5,
        hatch="///",
        label=text("split_unstated", lang),
    )
    for y, total in zip(ys, left):
        if total > 100.5:
            ax.text(
                total + 1,
                y,
                f"Σ {format_number(total, lang, 1)} % — {text('split_over', lang)}",
                va="center",
                fontsize=7,
                color=COLORS["ceiling"],
            )
    return left


def _split_handles(with_stated: bool, lang: str) -> list[Patch]:
    """Legend entries of :func:`funding_split` (the dotted EU segment only when a share is the text's)."""
    handles = [
        Patch(facecolor=COLORS[part], edgecolor="white", label=text(f"split_{part}", lang))
        for _col, part in _SPLIT_PARTS
    ]
    if with_stated:
        handles.insert(
            1, Patch(facecolor=COLORS["eu"], edgecolor="white", hatch="..", label=text("split_eu_stated", lang))
        )
    handles.append(
        Patch(facecolor=COLORS["unstated"], edgecolor="#9e9e9e", hatch="///", label=text("split_unstated", lang))
    )
    return handles


def timeline(tables: TablesLike, lang: str = "en") -> Figure:
    """A Gantt chart: one bar per project from its first to its last day, coloured by EU fund.
    Projects without both dates, or ending before they start, are listed as "n/a" and counted in a note."""
    _check_lang(lang)
    ind = _indicators(tables)
    _require(ind, ("project_id", "start_date", "end_date", "eu_fund"), "indicators")
    with rc_context(STYLE):
        title = text("timeline_title", lang)
        if ind.empty:
            return _empty_figure(title, text("no_projects", lang))
        labels = _labels(ind)
        start = pd.to_datetime(ind["start_date"]).reset_index(drop=True)
        end = pd.to_datetime(ind["end_date"]).reset_index(drop=True)
        funds = _strings(ind["eu_fund"])
        dated = [not (pd.isna(start[i]) or pd.isna(end[i])) for i in range(len(ind))]
        reversed_ = [dated[i] and end[i] < start[i] for i in range(len(ind))]
        known = [dated[i] and not reversed_[i] for i in range(len(ind))]
        valued = sorted((i for i in range(len(ind)) if known[i]), key=lambda i: (start[i], end[i], labels[i]))
        missing = sorted((i for i in range(len(ind)) if not known[i]), key=lambda i: labels[i])
        rows, cut = _rows(valued, missing)
        n_undated, n_reversed = len(ind) - sum(dated), sum(reversed_)
        notes = (
            ([text("timeline_missing", lang, n=n_undated)] if n_undated else [])
            + ([text("timeline_reversed", lang, n=n_reversed)] if n_reversed else [])
            + ([text("more_not_shown", lang, n=cut)] if cut else [])
        )
        fig, ax = _figure(len(rows), len(notes))
        ys = [y for y, i in enumerate(rows) if known[i]]
        idx = [rows[y] for y in ys]
        lefts = [mdates.date2num(start[i].to_pydatetime()) for i in idx]
        widths = [mdates.date2num(end[i].to_pydatetime()) - lo + 1.0 for i, lo in zip(idx, lefts)]
        colors = [FUND_COLORS.get(funds[i], FUND_COLORS[""]) for i in idx]
        ax.barh(ys, widths, left=lefts, height=0.6, color=colors)
        if lefts:
            lo, hi = min(lefts), max(lo_ + w for lo_, w in zip(lefts, widths))
            pad = max(30.0, 0.03 * (hi - lo))
            ax.set_xlim(lo - pad, hi + pad)
            years = (hi - lo) / 365.25
            if years >= 2:
                ax.xaxis.set_major_locator(mdates.YearLocator(base=max(1, int(np.ceil(years / 10)))))
                ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
            else:
                ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=(1, 4, 7, 10)))
                ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
        else:
            ax.set_xticks([])
        present = [f for f in list(EU_FUNDS) + [""] if f in {funds[i] for i in idx}]
        handles = [
            Patch(color=FUND_COLORS[f], label=text(f"fund_{f}", lang) if f else text("timeline_nofund", lang))
            for f in present
        ]
        if handles:
            _side_legend(ax, handles=handles, title=text("timeline_legend", lang))
        _project_axis(ax, [labels[i] for i in rows], [y for y, i in enumerate(rows) if not known[i]], lang)
        ax.set_xlabel(text("timeline_xlabel", lang))
        ax.set_title(title)
        _notes(fig, notes)
    return fig


def _share_range(values: np.ndarray) -> tuple[float, float]:
    """x range in percent for the EU share dots: from a round ten below the lowest value (never
    below 0) to 100, or a little beyond the highest value when that is above 100."""
    if not values.size:
        return 0.0, 100.0
    low = max(0.0, 10.0 * np.floor((float(values.min()) - 5.0) / 10.0))
    return low, max(100.0, float(values.max()) + 5.0)


def eu_share_vs_ceiling(tables: TablesLike, lang: str = "en") -> Figure:
    """Each project's EU share in percent — computed (EU funding ÷ total budget, EUR nominal) as a
    dot, as the text states it as a hollow diamond — against the co-financing ceiling of its fund and
    programme (a red tick; :func:`socreport.ceilings.ceiling_for`). Shares above the ceiling are orange;
    funds without a ceiling row are named in a note. Projects with neither share are listed as "n/a"."""
    _check_lang(lang)
    ind = _indicators(tables)
    _require(ind, ("project_id", "eu_share", "eu_share_pct_stated"), "indicators")
    with rc_context(STYLE):
        title = text("eu_title", lang)
        if ind.empty:
            return _empty_figure(title, text("no_projects", lang))
        labels = _labels(ind)
        computed = _floats(ind["eu_share"]) * 100.0
        stated = _floats(ind["eu_share_pct_stated"])
        ceilings = ceilings_pct(ind)
        funds = _strings(ind["eu_fund"]) if "eu_fund" in ind.columns else [""] * len(ind)
        known = ~(np.isnan(computed) & np.isnan(stated))
        key = np.where(np.isnan(computed), stated, computed)
        valued = sorted((i for i in range(len(ind)) if known[i]), key=lambda i: (-key[i], labels[i]))
        missing = sorted((i for i in range(len(ind)) if not known[i]), key=lambda i: labels[i])
        rows, cut = _rows(valued, missing)
        no_ceiling = sorted({funds[i] or text("timeline_nofund", lang) for i in valued if np.isnan(ceilings[i])})
        notes = (
            ([text("eu_no_ceiling", lang, funds=", ".join(no_ceiling))] if no_ceiling else [])
            + ([text("eu_missing", lang, n=len(missing))] if missing else [])
            + ([text("more_not_shown", lang, n=cut)] if cut else [])
        )
        fig, ax = _figure(len(rows), len(notes))
        ys = np.array([y for y, i in enumerate(rows) if known[i]], dtype=float)
        idx = [rows[int(y)] for y in ys]
        c, s, ceil = computed[idx], stated[idx], ceilings[idx]
        _eu_share_marks(ax, ys, c, s, ceil, lang)
        finite = np.concatenate([v[~np.isnan(v)] for v in (c, s, ceil)]) if len(ys) else np.array([])
        ax.set_xlim(*_share_range(finite))
        _percent_axis(ax, lang)
        _project_axis(ax, [labels[i] for i in rows], [y for y, i in enumerate(rows) if not known[i]], lang)
        ax.set_xlabel(text("eu_xlabel", lang))
        ax.set_title(title)
        _side_legend(ax, handles=_eu_share_handles(lang))
        _notes(fig, notes)
    return fig


def _eu_share_marks(ax, ys: np.ndarray, c: np.ndarray, s: np.ndarray, ceil: np.ndarray, lang: str) -> None:
    """The marks of :func:`eu_share_vs_ceiling` at rows ``ys``: the ceiling ticks, the computed shares
    (orange above the ceiling) with their values, the stated shares as hollow diamonds."""
    ax.scatter(
        ceil,
        ys,
        marker="|",
        s=260,
        linewidths=2.2,
        color=COLORS["ceiling"],
        zorder=2,
        label=text("eu_ceiling", lang),
    )
    above = c > ceil + 0.05
    ax.scatter(c[~above], ys[~above], s=46, color=COLORS["eu"], zorder=3, label=text("eu_computed", lang))
    ax.scatter(c[above], ys[above], s=46, color=COLORS["above"], zorder=3, label=text("eu_above", lang))
    stated_above = s > ceil + 0.05
    ax.scatter(
        s,
        ys,
        s=60,
        marker="D",
        facecolors="none",
        linewidths=1.2,
        zorder=4,
        edgecolors=[COLORS["above"] if a else COLORS["stated"] for a in stated_above],
        label=text("eu_stated", lang),
    )
    for y, v in zip(ys, c):
        if not np.isnan(v):
            ax.annotate(
                format_number(v, lang, 1),
                xy=(v, y),
                xytext=(0, 8),
                textcoords="offset points",
                ha="center",
                fontsize=7,
                color="#333333",
            )


def _eu_share_handles(lang: str) -> list[Line2D]:
    """Legend entries of :func:`eu_share_vs_ceiling`."""
    handles = [
        Line2D(
            [],
            [],
            color=COLORS["ceiling"],
            marker="|",
            linestyle="none",
            markersize=12,
            mew=2.2,
            label=text("eu_ceiling", lang),
        ),
        Line2D([], [], color=COLORS["eu"], marker="o", linestyle="none", label=text("eu_computed", lang)),
        Line2D([], [], color=COLORS["above"], marker="o", linestyle="none", label=text("eu_above", lang)),
        Line2D(
            [],
            [],
            color=COLORS["stated"],
            marker="D",
            markerfacecolor="none",
            linestyle="none",
            label=text("eu_stated", lang),
        ),
    ]
    return handles


def findings_overview(tables: TablesLike, lang: str = "en") -> Figure:
    """Counts of quality findings by check (rows) and severity (stacked: error, warning, info)."""
    _check_lang(lang)
    q = _quality(tables)
    _require(q, ("check", "severity"), "quality")
    with rc_context(STYLE):
        title = text("findings_title", lang)
        if q.empty:
            return _empty_figure(title, text("no_findings", lang))
        counts = finding_counts(q)
        order = list(counts.index)
        fig, ax = _figure(len(order), 0)
        ys = np.arange(len(order))
        left = np.zeros(len(order))
        for sev in counts.columns:
            widths = counts[sev].to_numpy(dtype=float)
            ax.barh(
                ys,
                widths,
                left=left,
                height=0.6,
                color=SEVERITY_COLORS.get(sev, "#9e9e9e"),
                label=_text_or(f"severity_{sev}", lang, sev),
            )
            left = left + widths
        for y, total in zip(ys, left):
            ax.annotate(
                f"{int(total)}", xy=(total, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=7.5
            )
        ax.set_xlim(0, float(left.max()) * 1.12 + 0.5)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_yticks(ys, [short_label(_text_or(f"check_{c}", lang, c)) for c in order])
        ax.set_ylim(len(order) - 0.5, -0.5)
        ax.set_ylabel(text("findings_ylabel", lang))
        ax.set_xlabel(text("findings_xlabel", lang))
        ax.set_title(title)
        _side_legend(ax)
    return fig
