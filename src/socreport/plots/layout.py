"""The one style of every chart and the layout helpers they share: figure size, notes, project axis, legend."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.ticker import FuncFormatter, PercentFormatter

from ..tables import Tables
from ..texts import check_lang, text, text_or
from ..views import chart_labels, complete, floats, strings

TablesLike: TypeAlias = "Tables | pd.DataFrame"

#: The one style every chart is drawn with (applied with ``matplotlib.rc_context``).
#: ``svg.hashsalt`` fixes the ids inside SVG files so the same chart gives the same bytes.
STYLE: dict[Any, Any] = {
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
    "ERDF": "#0072B2",
    "ESF": "#E69F00",
    "EEA": "#009E73",
    "Norway": "#CC79A7",
    "EaSI": "#D55E00",
    "EAFRD": "#56B4E9",
    "CF": "#F0E442",
    "JTF": "#7F3C8D",
    "": "#9e9e9e",
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
        engine = fig.get_layout_engine()
        assert isinstance(engine, ConstrainedLayoutEngine)
        engine.set(rect=(0.0, bottom, 1.0, 1.0 - bottom))
    return fig, fig.add_subplot()


def _notes(fig: Figure, notes: Sequence[str]) -> None:
    """Write ``notes`` (one per line) in the space :func:`_figure` kept free under the axes."""
    h = fig.get_figheight()
    for i, note in enumerate(notes):
        fig.text(
            0.01,
            (0.05 + _NOTE_LINE_IN * (len(notes) - 1 - i)) / h,
            note,
            ha="left",
            va="bottom",
            fontsize=7.5,
            color="#555555",
            style="italic",
        )


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
        ax.annotate(
            text("na", lang),
            xy=(0, y),
            xycoords=("axes fraction", "data"),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            ha="left",
            fontsize=8,
            style="italic",
            color=COLORS["missing"],
            gid="na-marker",
        )


def _side_legend(ax: Axes, **kwargs: object) -> None:
    """The legend to the right of the axes, top-aligned (the same place in every chart)."""
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), alignment="left", borderaxespad=0.0, **kwargs)


def _percent_axis(ax: Axes, lang: str) -> None:
    ax.xaxis.set_major_formatter(PercentFormatter(xmax=100, decimals=0))
    if lang == "lv":
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:.0f}\u00a0%"))
