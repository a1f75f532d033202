"""Charts for researchers: each function takes the tables and returns a matplotlib Figure.

Only the object-oriented API is used (:class:`matplotlib.figure.Figure`, never ``pyplot``), so
calling these functions changes no global state and opens no window. Every figure is drawn inside
``matplotlib.rc_context(STYLE)``: one font (DejaVu Sans, which has every Latvian diacritic), one
palette, labelled axes with their units. Texts come from the table ``data/plots_text.csv`` in English
(``lang="en"``) or Latvian (``lang="lv"``), through :func:`socreport.texts.text`.

Missing values are shown as missing: a project without the figure a chart needs gets a row with an
"n/a" marker and no bar, and a note under the chart counts them. They are never drawn as zero.

All money is nominal euro (lats already converted at 1 EUR = 0.702804 LVL by the extraction).

The package: :mod:`~socreport.plots.layout` (the style, colours and the layout helpers every chart
shares), :mod:`~socreport.plots.charts` (the six charts); this module saves them.

The charts draw what :mod:`socreport.views` builds from the derived tables (``indicators``,
``quality``): this module computes nothing of the analysis, it lays figures out. When a
:class:`~socreport.tables.Tables` bundle lacks the derived tables, :func:`socreport.views.complete`
computes them.
A bare DataFrame is accepted too: the ``indicators`` frame for the project charts, the ``quality``
frame for :func:`findings_overview`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

from ..files import atomic_write
from ..tables import Tables
from ..texts import LANGS, SEVERITIES, format_number, format_percent, text
from ..views import complete
from .charts import cost_per_beneficiary, eu_share_vs_ceiling, findings_overview, funding_split, regions, timeline
from .layout import (
    _PNG_METADATA,
    _SVG_METADATA,
    COLORS,
    FUND_COLORS,
    MAX_ROWS,
    STYLE,
    _check_lang,
    short_label,
)

# --------------------------------------------------------------------------------------------- files

#: Every chart :func:`save_all` writes, by file stem.
FIGURES: tuple[tuple[str, Callable[..., Figure]], ...] = (
    ("cost_per_beneficiary", cost_per_beneficiary),
    ("funding_split", funding_split),
    ("timeline", timeline),
    ("eu_share_vs_ceiling", eu_share_vs_ceiling),
    ("findings_overview", findings_overview),
    ("regions", regions),
)


def lay_out(fig: Figure) -> Bbox:
    """Lay ``fig`` out once for every format it is saved in and return the area to save (inches).

    The constrained layout runs at the PNG's resolution, the tight bounding box (with
    ``savefig.pad_inches`` around it) is measured from that layout, and the layout engine is then
    switched off, so each save draws the figure once instead of laying it out, measuring it and
    drawing it again. The PNG gets the layout it had when every save laid the figure out itself;
    the SVG gets the same one (it was computed at 72 dpi before: positions differ by a fraction of
    a point)."""
    with rc_context(STYLE):
        fig.set_dpi(STYLE["savefig.dpi"])
        renderer = FigureCanvasAgg(fig).get_renderer()
        with renderer._draw_disabled():  # lays out and places every text, paints nothing
            fig.draw(renderer)
        pad = STYLE["savefig.pad_inches"]
        box = fig.get_tightbbox(renderer).padded(pad, pad)
        fig.set_layout_engine("none")
    return box


def save_figure(fig: Figure, path: str | Path, fmt: str | None = None, *, box: Bbox | None = None) -> Path:
    """Write ``fig`` to ``path`` (PNG at 150 dpi or SVG, from the suffix unless ``fmt`` is given).

    ``box`` is what :func:`lay_out` returned for ``fig`` when it is saved in more than one format;
    without it the figure is laid out here. The output is deterministic (no timestamp or version
    in the metadata, fixed SVG ids) and the write is atomic: a temporary file beside ``path`` is
    renamed over it, so a failure never leaves a half-written figure."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in ("png", "svg"):
        raise ValueError(f"unsupported figure format {fmt!r} (png or svg)")
    area = box if box is not None else lay_out(fig)

    def draw(tmp: Path) -> None:
        with rc_context(STYLE):
            fig.savefig(
                tmp,
                format=fmt,
                dpi=STYLE["savefig.dpi"],
                bbox_inches=area,
                metadata=_PNG_METADATA if fmt == "png" else _SVG_METADATA,
            )

    return atomic_write(path, draw)


def save_all(
    tables: Tables, out_dir: str | Path, *, lang: str = "en", names: Collection[str] | None = None
) -> list[Path]:
    """Draw every chart in :data:`FIGURES` (or those of ``names``) and write each as ``<name>.png``
    (150 dpi) and ``<name>.svg`` in ``out_dir`` (created if needed), laid out once for both.
    Returns the paths written, in order."""
    _check_lang(lang)
    tables = complete(tables, quality=True)
    out = Path(out_dir)
    written: list[Path] = []
    for name, draw in FIGURES:
        if names is not None and name not in names:
            continue
        fig = draw(tables, lang=lang)
        box = lay_out(fig)
        for fmt in ("png", "svg"):
            written.append(save_figure(fig, out / f"{name}.{fmt}", fmt, box=box))
    return written


__all__ = [
    "LANGS",
    "STYLE",
    "COLORS",
    "FUND_COLORS",
    "SEVERITIES",
    "MAX_ROWS",
    "FIGURES",
    "text",
    "format_number",
    "format_percent",
    "short_label",
    "cost_per_beneficiary",
    "funding_split",
    "timeline",
    "eu_share_vs_ceiling",
    "findings_overview",
    "regions",
    "lay_out",
    "save_figure",
    "save_all",
]
