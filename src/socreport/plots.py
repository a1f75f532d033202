"""Charts for researchers: each function takes the tables and returns a matplotlib Figure.

Only the object-oriented API is used (:class:`matplotlib.figure.Figure`, never ``pyplot``), so
calling these functions changes no global state and opens no window. Every figure is drawn inside
``matplotlib.rc_context(STYLE)``: one font (DejaVu Sans, which has every Latvian diacritic), one
palette, labelled axes with their units. Texts come from the table ``data/plots_text.csv`` in English
(``lang="en"``) or Latvian (``lang="lv"``), through :func:`socreport.texts.text`.

Missing values are shown as missing: a project without the figure a chart needs gets a row with an
"n/a" marker and no bar, and a note under the chart counts them. They are never drawn as zero.

All money is nominal euro (lats already converted at 1 EUR = 0.702804 LVL by the extraction).

The charts draw what :mod:`socreport.views` builds from the derived tables (``indicators``,
``quality``): this module computes nothing of the analysis, it lays figures out. When a
:class:`~socreport.tables.Tables` bundle lacks the derived tables, :func:`socreport.views.complete`
computes them.
A bare DataFrame is accepted too: the ``indicators`` frame for the project charts, the ``quality``
frame for :func:`findings_overview`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Mapping, Sequence, Union

import numpy as np
import pandas as pd
from matplotlib import dates as mdates
from matplotlib import rc_context
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator, PercentFormatter

from .files import atomic_write
from .schemas import EU_FUNDS
from .tables import Tables
from .texts import LANGS, SEVERITIES, check_lang, format_number, format_percent, text, text_or
from .views import ceilings_pct, chart_labels, complete, finding_counts, floats, split_shares, strings

TablesLike = Union[Tables, pd.DataFrame]

#: The one style every chart is drawn with (applied with ``matplotlib.rc_context``).
#: ``svg.hashsalt`` fixes the ids inside SVG files so the same chart gives the same bytes.
STYLE: dict[str, object] = {
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "x",
    "axes.axisbelow": True,
    "grid.color": "#d9d9d9",
    "grid.linewidth": 0.6,
    "xtick.labelsize": 8,
    "ytick.labelsize": 8,
    "legend.fontsize": 8,
    "legend.frameon": False,
    "figure.facecolor": "white",
    "savefig.facecolor": "white",
    "savefig.dpi": 150,
    "savefig.bbox": "tight",
    "savefig.pad_inches": 0.1,
    "svg.fonttype": "path",
    "svg.hashsalt": "socreport",
    "hatch.color": "#9e9e9e",
}

#: Colours of funding sources and other fixed meanings (Okabe–Ito colour-blind-safe palette).
COLORS: Mapping[str, str] = {
    "eu": "#0072B2",
    "state": "#56B4E9",
    "municipality": "#E69F00",
    "other": "#CC79A7",
    "unstated": "#ffffff",
    "bar": "#0072B2",
    "missing": "#8c8c8c",
    "ceiling": "#A0282C",
    "above": "#D55E00",
    "stated": "#333333",
}

#: Colour of each EU fund in the timeline; "" is a project without a stated EU fund.
FUND_COLORS: Mapping[str, str] = {
    "ERDF": "#0072B2", "ESF": "#E69F00", "EEA": "#009E73", "Norway": "#CC79A7", "EaSI": "#D55E00",
    "EAFRD": "#56B4E9", "CF": "#F0E442", "JTF": "#7F3C8D", "": "#9e9e9e",
}

SEVERITY_COLORS: Mapping[str, str] = {"error": "#C0392B", "warning": "#E69F00", "info": "#56B4E9"}

#: Most project rows one chart shows; the rest are counted in a note (valued rows are kept first).
MAX_ROWS: int = 40
#: Longest project label on an axis, in characters (longer ones end in "…").
LABEL_CHARS: int = 38

_WIDTH_IN = 8.0
_ROW_IN = 0.3
_NOTE_LINE_IN = 0.2
_PNG_METADATA = {"Software": "socreport"}
_SVG_METADATA = {"Date": None, "Creator": "socreport"}


_check_lang = check_lang
_text_or = text_or


# ------------------------------------------------------------------------------------- table access

def _indicators(data: TablesLike) -> pd.DataFrame:
    if isinstance(data, pd.DataFrame):
        return data
    ind = complete(data).indicators
    assert ind is not None
    return ind


def _quality(data: TablesLike) -> pd.DataFrame:
    if isinstance(data, pd.DataFrame):
        return data
    q = complete(data, quality=True).quality
    assert q is not None
    return q


def _require(df: pd.DataFrame, columns: Sequence[str], what: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise KeyError(f"{what} table lacks columns: {', '.join(missing)}")


_floats = floats
_strings = strings


def short_label(label: str, limit: int = LABEL_CHARS) -> str:
    """``label`` cut to ``limit`` characters with a trailing "…" when longer."""
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _labels(ind: pd.DataFrame) -> list[str]:
    """Axis labels: the indicators' ``label`` (acronym, short title or code), else the project id."""
    return [short_label(name) for name in chart_labels(ind)]


# ------------------------------------------------------------------------------------------- layout

def _rows(valued: list[int], missing: list[int]) -> tuple[list[int], int]:
    """Row order (valued rows first, then missing ones) capped at :data:`MAX_ROWS`; and how many were cut."""
    order = valued + missing
    return order[:MAX_ROWS], max(0, len(order) - MAX_ROWS)


def _figure(n_rows: int, n_notes: int) -> tuple[Figure, Axes]:
    """A figure sized for ``n_rows`` horizontal bars with room for ``n_notes`` lines of notes below."""
    plot_h = max(1.6, 1.3 + _ROW_IN * n_rows)
    note_h = _NOTE_LINE_IN * n_notes + (0.1 if n_notes else 0.0)
    fig = Figure(figsize=(_WIDTH_IN, plot_h + note_h), layout="constrained")
    if n_notes:
        bottom = note_h / (plot_h + note_h)
        fig.get_layout_engine().set(rect=(0.0, bottom, 1.0, 1.0 - bottom))
    return fig, fig.add_subplot()


def _notes(fig: Figure, notes: Sequence[str]) -> None:
    """Write ``notes`` (one per line) in the space :func:`_figure` kept free under the axes."""
    h = fig.get_figheight()
    for i, note in enumerate(notes):
        fig.text(0.01, (0.05 + _NOTE_LINE_IN * (len(notes) - 1 - i)) / h, note, ha="left", va="bottom",
                 fontsize=7.5, color="#555555", style="italic")


def _empty_figure(title: str, message: str) -> Figure:
    """A figure that says there is nothing to draw (instead of an exception or an empty frame)."""
    fig = Figure(figsize=(_WIDTH_IN, 2.2), layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(title)
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, fontsize=11, color="#555555")
    return fig


def _project_axis(ax: Axes, labels: Sequence[str], missing_rows: Sequence[int], lang: str) -> None:
    """Project names on the y axis, first row at the top; "n/a" next to the rows without a value."""
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.set_ylabel(text("project", lang))
    for y in missing_rows:
        ax.get_yticklabels()[y].set_color(COLORS["missing"])
        ax.annotate(text("na", lang), xy=(0, y), xycoords=("axes fraction", "data"), xytext=(4, 0),
                    textcoords="offset points", va="center", ha="left", fontsize=8, style="italic",
                    color=COLORS["missing"], gid="na-marker")


def _side_legend(ax: Axes, **kwargs: object) -> None:
    """The legend to the right of the axes, top-aligned (the same place in every chart)."""
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), alignment="left", borderaxespad=0.0, **kwargs)


def _percent_axis(ax: Axes, lang: str) -> None:
    ax.xaxis.set_major_formatter(PercentFormatter(xmax=100, decimals=0))
    if lang == "lv":
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:.0f}\u00a0%"))


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
            [text("more_not_shown", lang, n=cut)] if cut else [])
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


_SPLIT_PARTS: tuple[tuple[str, str], ...] = (
    ("eu_share", "eu"), ("state_share", "state"), ("municipality_share", "municipality"), ("other_share", "other"),
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
        notes = ([text("split_eu_stated_note", lang, n=n_text)] if n_text else []) + (
            [text("split_missing", lang, n=len(missing))] if missing else []) + (
            [text("more_not_shown", lang, n=cut)] if cut else [])
        fig, ax = _figure(len(rows), len(notes))
        ys = [y for y, i in enumerate(rows) if known[i]]
        idx = [rows[y] for y in ys]
        left = np.zeros(len(ys))
        for k, (_col, part) in enumerate(_SPLIT_PARTS):
            widths = 100.0 * filled[idx, k]
            bars = ax.barh(ys, widths, left=left, height=0.65, color=COLORS[part], edgecolor="white",
                           linewidth=0.5, label=text(f"split_{part}", lang))
            ax.bar_label(bars, labels=[f"{w:.0f}" if w >= 7 else "" for w in widths], label_type="center",
                         fontsize=7, color="white" if part == "eu" else "black")
            if part == "eu":
                for bar, i in zip(bars, idx):
                    if from_text[i]:
                        bar.set_hatch("..")
            left = left + widths
        rest = np.clip(100.0 - left, 0.0, None)
        ax.barh(ys, np.where(rest > 0.05, rest, 0.0), left=left, height=0.65, color=COLORS["unstated"],
                edgecolor="#9e9e9e", linewidth=0.5, hatch="///", label=text("split_unstated", lang))
        for y, total in zip(ys, left):
            if total > 100.5:
                ax.text(total + 1, y, f"Σ {format_number(total, lang, 1)} % — {text('split_over', lang)}",
                        va="center", fontsize=7, color=COLORS["ceiling"])
        over = bool((left > 100.5).any())
        ax.set_xlim(0, max(100.0, float(left.max()) if len(left) else 100.0) * 1.02 + (30 if over else 0))
        _percent_axis(ax, lang)
        _project_axis(ax, [labels[i] for i in rows], [y for y, i in enumerate(rows) if not known[i]], lang)
        ax.set_xlabel(text("split_xlabel", lang))
        ax.set_title(title)
        handles = [Patch(facecolor=COLORS[part], edgecolor="white", label=text(f"split_{part}", lang))
                   for _col, part in _SPLIT_PARTS]
        if n_text:
            handles.insert(1, Patch(facecolor=COLORS["eu"], edgecolor="white", hatch="..",
                                    label=text("split_eu_stated", lang)))
        handles.append(Patch(facecolor=COLORS["unstated"], edgecolor="#9e9e9e", hatch="///",
                             label=text("split_unstated", lang)))
        _side_legend(ax, handles=handles)
        _notes(fig, notes)
    return fig


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
        notes = ([text("timeline_missing", lang, n=n_undated)] if n_undated else []) + (
            [text("timeline_reversed", lang, n=n_reversed)] if n_reversed else []) + (
            [text("more_not_shown", lang, n=cut)] if cut else [])
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
        handles = [Patch(color=FUND_COLORS[f], label=text(f"fund_{f}", lang) if f else text("timeline_nofund", lang))
                   for f in present]
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
        notes = ([text("eu_no_ceiling", lang, funds=", ".join(no_ceiling))] if no_ceiling else []) + (
            [text("eu_missing", lang, n=len(missing))] if missing else []) + (
            [text("more_not_shown", lang, n=cut)] if cut else [])
        fig, ax = _figure(len(rows), len(notes))
        ys = np.array([y for y, i in enumerate(rows) if known[i]], dtype=float)
        idx = [rows[int(y)] for y in ys]
        c, s, ceil = computed[idx], stated[idx], ceilings[idx]
        ax.scatter(ceil, ys, marker="|", s=260, linewidths=2.2, color=COLORS["ceiling"], zorder=2,
                   label=text("eu_ceiling", lang))
        above = c > ceil + 0.05
        ax.scatter(c[~above], ys[~above], s=46, color=COLORS["eu"], zorder=3, label=text("eu_computed", lang))
        ax.scatter(c[above], ys[above], s=46, color=COLORS["above"], zorder=3, label=text("eu_above", lang))
        stated_above = s > ceil + 0.05
        ax.scatter(s, ys, s=60, marker="D", facecolors="none", linewidths=1.2, zorder=4,
                   edgecolors=[COLORS["above"] if a else COLORS["stated"] for a in stated_above],
                   label=text("eu_stated", lang))
        for y, v in zip(ys, c):
            if not np.isnan(v):
                ax.annotate(format_number(v, lang, 1), xy=(v, y), xytext=(0, 8), textcoords="offset points",
                            ha="center", fontsize=7, color="#333333")
        finite = np.concatenate([v[~np.isnan(v)] for v in (c, s, ceil)]) if len(ys) else np.array([])
        ax.set_xlim(*_share_range(finite))
        _percent_axis(ax, lang)
        _project_axis(ax, [labels[i] for i in rows], [y for y, i in enumerate(rows) if not known[i]], lang)
        ax.set_xlabel(text("eu_xlabel", lang))
        ax.set_title(title)
        handles = [Line2D([], [], color=COLORS["ceiling"], marker="|", linestyle="none", markersize=12, mew=2.2,
                          label=text("eu_ceiling", lang)),
                   Line2D([], [], color=COLORS["eu"], marker="o", linestyle="none", label=text("eu_computed", lang)),
                   Line2D([], [], color=COLORS["above"], marker="o", linestyle="none", label=text("eu_above", lang)),
                   Line2D([], [], color=COLORS["stated"], marker="D", markerfacecolor="none", linestyle="none",
                          label=text("eu_stated", lang))]
        _side_legend(ax, handles=handles)
        _notes(fig, notes)
    return fig


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
            ax.barh(ys, widths, left=left, height=0.6, color=SEVERITY_COLORS.get(sev, "#9e9e9e"),
                    label=_text_or(f"severity_{sev}", lang, sev))
            left = left + widths
        for y, total in zip(ys, left):
            ax.annotate(f"{int(total)}", xy=(total, y), xytext=(3, 0), textcoords="offset points", va="center",
                        fontsize=7.5)
        ax.set_xlim(0, float(left.max()) * 1.12 + 0.5)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_yticks(ys, [short_label(_text_or(f"check_{c}", lang, c)) for c in order])
        ax.set_ylim(len(order) - 0.5, -0.5)
        ax.set_ylabel(text("findings_ylabel", lang))
        ax.set_xlabel(text("findings_xlabel", lang))
        ax.set_title(title)
        _side_legend(ax)
    return fig


# --------------------------------------------------------------------------------------------- files

#: Every chart :func:`save_all` writes, by file stem.
FIGURES: tuple[tuple[str, Callable[..., Figure]], ...] = (
    ("cost_per_beneficiary", cost_per_beneficiary),
    ("funding_split", funding_split),
    ("timeline", timeline),
    ("eu_share_vs_ceiling", eu_share_vs_ceiling),
    ("findings_overview", findings_overview),
)


def save_figure(fig: Figure, path: str | Path, fmt: str | None = None) -> Path:
    """Write ``fig`` to ``path`` (PNG at 150 dpi or SVG, from the suffix unless ``fmt`` is given).

    The output is deterministic (no timestamp or version in the metadata, fixed SVG ids) and the
    write is atomic: a temporary file beside ``path`` is renamed over it, so a failure never leaves
    a half-written figure."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in ("png", "svg"):
        raise ValueError(f"unsupported figure format {fmt!r} (png or svg)")
    def draw(tmp: Path) -> None:
        with rc_context(STYLE):
            fig.savefig(tmp, format=fmt, dpi=STYLE["savefig.dpi"],
                        metadata=_PNG_METADATA if fmt == "png" else _SVG_METADATA)

    return atomic_write(path, draw)


def save_all(tables: Tables, out_dir: str | Path, *, lang: str = "en") -> list[Path]:
    """Draw every chart in :data:`FIGURES` and write each as ``<name>.png`` (150 dpi) and
    ``<name>.svg`` in ``out_dir`` (created if needed). Returns the paths written, in order."""
    _check_lang(lang)
    tables = complete(tables, quality=True)
    out = Path(out_dir)
    written: list[Path] = []
    for name, draw in FIGURES:
        fig = draw(tables, lang=lang)
        for fmt in ("png", "svg"):
            written.append(save_figure(fig, out / f"{name}.{fmt}", fmt))
    return written


__all__ = [
    "STYLE", "COLORS", "FUND_COLORS", "SEVERITIES", "MAX_ROWS", "FIGURES", "text",
    "format_number", "format_percent", "short_label", "cost_per_beneficiary", "funding_split", "timeline",
    "eu_share_vs_ceiling", "findings_overview", "save_figure", "save_all",
]
