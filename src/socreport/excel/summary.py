"""The Summary sheet: headline figures and the charts, each with the data it shows beside it."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.data_source import AxDataSource, StrRef
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from ..tables import Tables
from ..texts import SEVERITIES, text
from ..views import (
    SPLIT_SHARES,
    cost_chart_data,
    headline_numbers,
    region_chart_data,
    split_chart_data,
    timeline_chart_data,
)
from .cells import (
    BOLD_FONT,
    CM_PER_POINT,
    COUNT_FORMAT,
    DATE_FORMAT,
    EUR_FORMAT,
    FONT,
    NOTE_FONT,
    ROW_POINTS,
    SECTION_FONT,
    SHARE_FORMAT,
    TITLE_FONT,
    excel_value,
    fit_height,
    page_setup,
    put,
    set_widths,
    style_header,
    text_lines,
)

SERIES_COLOURS: tuple[str, ...] = ("2F5597", "ED7D31", "70AD47", "A5A5A5")
#: Summary columns: A figure, B value, C note (the charts span A..C), D gap, E.. the chart data.
SUMMARY_WIDTHS: Mapping[int, float] = {
    1: 36.0,
    2: 17.0,
    3: 46.0,
    4: 2.0,
    5: 36.0,
    6: 12.0,
    7: 12.0,
    8: 12.0,
    9: 12.0,
    10: 12.0,
}
#: Chart width: about the width of Summary columns A..C (a width unit is ~0.19 cm).
CHART_WIDTH_CM = 18.5

# --------------------------------------------------------------------------------------------
# Summary


@dataclass(frozen=True)
class Headline:
    """One headline figure of the Summary sheet."""

    key: str  # text key of its label
    value: object  # number, or None when not computed
    number_format: str | None
    note: str
    describe_key: str  # text key of its description in the data dictionary
    unit: str = ""


def headline_figures(tables: Tables, lang: str) -> list[Headline]:
    """The Summary's figures (:func:`socreport.views.headline_numbers`) with their labels, notes and formats."""
    h = headline_numbers(tables)
    m = h.projects
    out = [
        Headline(
            "h.documents",
            h.documents,
            COUNT_FORMAT,
            text("h.documents.note", lang, skipped=h.skipped),
            "h.documents.describe",
            "files",
        ),
        Headline("h.projects", m, COUNT_FORMAT, text("h.projects.note", lang), "h.projects.describe", "projects"),
    ]
    for key, value, n in (
        ("h.total_budget", h.total_budget_eur, h.total_budget_n),
        ("h.eu_funding", h.eu_funding_eur, h.eu_funding_n),
    ):
        out.append(Headline(key, value, EUR_FORMAT, text(f"{key}.note", lang, n=n, m=m), f"{key}.describe", "EUR"))
    if h.median_cpb_n is not None:
        note = text("h.median_cpb.note", lang, n=h.median_cpb_n, m=m)
        out.append(Headline("h.median_cpb", h.median_cpb_eur, EUR_FORMAT, note, "h.median_cpb.describe", "EUR"))
    else:
        out.append(
            Headline("h.median_cpb", None, EUR_FORMAT, text("h.not_computed", lang), "h.median_cpb.describe", "EUR")
        )
    for sev in SEVERITIES:
        if h.findings is not None:
            count: int | None = h.findings[sev]
            note = text("h.findings.note", lang)
        else:
            count, note = None, text("h.findings.none", lang)
        out.append(Headline(f"h.findings_{sev}", count, COUNT_FORMAT, note, "h.findings.describe", "findings"))
    return out


#: The funding split chart's series: (indicators column, text key of its name).
SPLIT_COLUMNS: tuple[tuple[str, str], ...] = tuple((c, f"chart.split.{c.removesuffix('_share')}") for c in SPLIT_SHARES)


#: A chart up to this tall (cm) prints on one page of the Summary (fitted to the page width); a chart
#: of many bars gets narrower bars to stay within it, down to 0.5 cm a bar (every bar keeps its label).
MAX_CHART_CM = 23.0


def _chart_height_cm(n: int) -> float:
    """Height of a bar chart with ``n`` bars: room for a two-line title, the axis and the legend plus
    0.8 cm a bar, at most :data:`MAX_CHART_CM` unless that left a bar less than 0.5 cm. LibreOffice
    leaves out every other category label when a bar is narrower than a line of label text (at 0.6 cm
    a bar, a 9-bar chart with a two-line title and a legend showed 5 of its 9 labels)."""
    return max(7.5, min(4.0 + 0.8 * n, MAX_CHART_CM), 4.0 + 0.5 * n)


def _rows_for(height_cm: float) -> int:
    return math.ceil(height_cm / (ROW_POINTS * CM_PER_POINT)) + 1


def _axes_visible(chart: BarChart) -> None:
    """openpyxl 3.1 leaves ``delete`` unset, which newer Excel reads as hidden axes."""
    chart.x_axis.delete = False
    chart.y_axis.delete = False


def _solid(series, colour: str) -> None:
    series.graphicalProperties.solidFill = colour
    series.graphicalProperties.line.solidFill = colour


def _set_categories(chart: BarChart, ws: Worksheet, col: int, first: int, last: int) -> None:
    """Category labels (project names) as a text reference; openpyxl would make it numeric."""
    ref = Reference(ws, min_col=col, min_row=first, max_row=last)
    for s in chart.series:
        s.cat = AxDataSource(strRef=StrRef(f=str(ref)))


def _horizontal_bar(title: str, n: int) -> BarChart:
    chart = BarChart()
    chart.type = "bar"
    chart.title = title
    chart.gapWidth = 60
    chart.width = CHART_WIDTH_CM
    chart.height = _chart_height_cm(n)
    chart.x_axis.scaling.orientation = "maxMin"  # first row at the top
    chart.y_axis.crosses = "max"  # ... and the value axis at the bottom
    chart.x_axis.axPos = "l"
    chart.y_axis.axPos = "b"
    chart.x_axis.tickLblSkip = 1  # every bar's label: without it LibreOffice drops some when they crowd
    chart.x_axis.tickMarkSkip = 1
    _axes_visible(chart)
    return chart


def _data_block(
    ws: Worksheet,
    top: int,
    left: int,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    formats: Sequence[str | None],
    lang: str,
) -> int:
    """A small table with a caption at ``(top, left)``; returns the header row."""
    put(ws, top, left, text("chart.data", lang)).font = Font(name=FONT, bold=True, italic=True)
    hdr = top + 1
    for j, h in enumerate(headers):
        style_header(put(ws, hdr, left + j, h))
    fit_height(ws, hdr, max(text_lines(h, SUMMARY_WIDTHS.get(left + j, 10.0) - 1) for j, h in enumerate(headers)))
    for i, row in enumerate(rows, start=1):
        for j, (v, f) in enumerate(zip(row, formats)):
            cell = put(ws, hdr + i, left + j, excel_value(v))
            if f and cell.value is not None and not isinstance(cell.value, str):
                cell.number_format = f
    return hdr


@dataclass(frozen=True)
class ChartSpec:
    """One chart of the Summary: the table it shows (from :mod:`socreport.views`), the columns of
    that table written beside the chart, which of them are the chart's series, and its styling.

    Texts: ``chart.<key>.title`` (the chart's title), ``chart.<key>.none`` (the note when the table
    is empty); the data block's column headers are the texts in ``headers``."""

    key: str
    data: Callable[[Tables], pd.DataFrame]
    columns: tuple[str, ...]  # columns of ``data`` after the label, in the data block's order
    headers: tuple[str, ...]  # text key of each column's header
    formats: tuple[str | None, ...]  # number format of each column
    series: tuple[str, ...]  # columns drawn as series (consecutive in ``columns``)
    style: Callable[[BarChart, pd.DataFrame], None]
    needs_indicators: bool = True
    label_header: str = "chart.project"  # text key of the data block's first column (what a bar is)


def _value_labels(number_format: str = "#,##0") -> DataLabelList:
    """Each bar's value written on it (no category, series or legend key beside it)."""
    labels = DataLabelList(
        showVal=True,
        showCatName=False,
        showSerName=False,
        showLegendKey=False,
        showPercent=False,
        showLeaderLines=False,
    )
    labels.numFmt = number_format
    return labels


def _style_cost(chart: BarChart, data: pd.DataFrame) -> None:
    chart.legend = None
    chart.y_axis.number_format = "#,##0"
    _solid(chart.series[0], SERIES_COLOURS[0])
    chart.y_axis.scaling.min = 0
    chart.dataLabels = _value_labels()


def _style_split(chart: BarChart, data: pd.DataFrame) -> None:
    chart.grouping = "stacked"
    chart.overlap = 100
    for s, colour in zip(chart.series, SERIES_COLOURS):
        _solid(s, colour)
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    if float(np.nansum(data[list(SPLIT_SHARES)].to_numpy(dtype="float64"), axis=1).max()) <= 1.0 + 1e-9:
        chart.y_axis.scaling.max = 1
    chart.legend.position = "b"
    chart.height = chart.height + 1.0  # room for the legend below


def _style_regions(chart: BarChart, data: pd.DataFrame) -> None:
    """Clustered bars: each region's total budgets and the EU funding within them, values on the bars."""
    chart.grouping = "clustered"
    for s, colour in zip(chart.series, (SERIES_COLOURS[1], SERIES_COLOURS[0])):
        _solid(s, colour)
    chart.y_axis.number_format = "#,##0"
    chart.y_axis.scaling.min = 0
    chart.legend.position = "b"
    chart.dataLabels = _value_labels()
    chart.height = chart.height + 1.0


def _style_timeline(chart: BarChart, data: pd.DataFrame) -> None:
    """A Gantt chart from stacked bars: an invisible offset (the start as a decimal year), then the bar."""
    chart.grouping = "stacked"
    chart.overlap = 100
    offset, bar = chart.series
    offset.graphicalProperties.noFill = True  # the invisible start offset
    offset.graphicalProperties.line.noFill = True
    _solid(bar, SERIES_COLOURS[0])
    lo = int(data["start"].min().year)
    hi = int(math.ceil(max(s + y for s, y in zip(data["start_year"], data["years"]))))
    chart.y_axis.scaling.min = lo
    chart.y_axis.scaling.max = max(hi, lo + 1)
    chart.y_axis.majorUnit = max(1, math.ceil((hi - lo) / 12))
    chart.y_axis.number_format = "0"
    chart.legend = None


#: The Summary's charts, in order. Each is placed by the one loop of :func:`write_charts`.
CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec("cost", cost_chart_data, ("value",), ("chart.cost.series",), (EUR_FORMAT,), ("value",), _style_cost),
    ChartSpec(
        "split",
        split_chart_data,
        SPLIT_SHARES,
        tuple(k for _, k in SPLIT_COLUMNS),
        (SHARE_FORMAT,) * len(SPLIT_SHARES),
        SPLIT_SHARES,
        _style_split,
    ),
    ChartSpec(
        "timeline",
        timeline_chart_data,
        ("start", "end", "days", "start_year", "years"),
        tuple(f"chart.timeline.{k}" for k in ("start", "end", "days", "start_year", "years")),
        (DATE_FORMAT, DATE_FORMAT, COUNT_FORMAT, "0.00", "0.00"),
        ("start_year", "years"),
        _style_timeline,
        needs_indicators=False,
    ),
    ChartSpec(
        "regions",
        region_chart_data,
        ("total_budget_eur", "eu_funding_eur", "projects"),
        ("chart.regions.total", "chart.regions.eu", "chart.regions.projects"),
        (EUR_FORMAT, EUR_FORMAT, COUNT_FORMAT),
        ("total_budget_eur", "eu_funding_eur"),
        _style_regions,
        label_header="chart.regions.region",
    ),
)

#: Column of the Summary where each chart's data block starts (E; the charts span A..C).
DATA_COLUMN = 5


def write_charts(ws: Worksheet, tables: Tables, lang: str, row: int) -> int:
    """Every chart of :data:`CHARTS` with its data block, from ``row`` down; a note for each chart that
    has nothing to show. Every chart after the first starts a printed page. Returns the next free row."""
    notes: list[str] = []
    ind_ok = tables.indicators is not None
    if not ind_ok:
        notes.append(text("chart.no_indicators", lang))
    placed = 0
    for spec in CHARTS:
        if spec.needs_indicators and not ind_ok:
            continue
        data = spec.data(tables)
        if not len(data):
            notes.append(text(f"chart.{spec.key}.none", lang))
            continue
        hdr = _data_block(
            ws,
            row,
            DATA_COLUMN,
            [text(spec.label_header, lang), *[text(k, lang) for k in spec.headers]],
            [[r["label"], *[r[c] for c in spec.columns]] for _, r in data.iterrows()],
            [None, *spec.formats],
            lang,
        )
        first = DATA_COLUMN + 1 + spec.columns.index(spec.series[0])
        chart = _horizontal_bar(text(f"chart.{spec.key}.title", lang), len(data))
        chart.add_data(
            Reference(ws, min_col=first, max_col=first + len(spec.series) - 1, min_row=hdr, max_row=hdr + len(data)),
            titles_from_data=True,
        )
        _set_categories(chart, ws, DATA_COLUMN, hdr + 1, hdr + len(data))
        spec.style(chart, data)
        if placed:  # the break goes above the blank row before the chart: no frame edge on the page before
            ws.row_breaks.append(Break(id=row - 2))
        ws.add_chart(chart, f"A{row}")
        placed += 1
        row += max(_rows_for(chart.height), len(data) + 3) + 1
    for note in notes:
        put(ws, row, 1, note).font = NOTE_FONT
        row += 1
    return row


def write_summary(ws: Worksheet, tables: Tables, lang: str) -> list[Headline]:
    """Title, headline figures and the charts with their data. Returns the headlines."""
    put(ws, 1, 1, text("summary.title", lang)).font = TITLE_FONT
    subtitle = text("summary.subtitle", lang)
    c = put(ws, 2, 1, subtitle)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A2:C2")
    widths = SUMMARY_WIDTHS
    fit_height(ws, 2, text_lines(subtitle, widths[1] + widths[2] + widths[3] - 2))

    put(ws, 4, 1, text("summary.headline", lang)).font = SECTION_FONT
    for j, key in enumerate(("summary.figure", "summary.value", "summary.note"), start=1):
        style_header(put(ws, 5, j, text(key, lang)))
    heads = headline_figures(tables, lang)
    for i, h in enumerate(heads, start=6):
        label_cell = put(ws, i, 1, text(h.key, lang))
        label_cell.font = BOLD_FONT
        label_cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell = put(ws, i, 2, excel_value(h.value))
        if h.number_format and cell.value is not None:
            cell.number_format = h.number_format
        put(ws, i, 3, h.note).alignment = Alignment(wrap_text=True, vertical="top", indent=1)
        cell.alignment = Alignment(vertical="top")
        fit_height(ws, i, max(text_lines(h.note, widths[3] - 2), text_lines(label_cell.value, widths[1] - 2)))
    row = 6 + len(heads) + 1
    put(ws, row, 1, text("summary.charts", lang)).font = SECTION_FONT
    write_charts(ws, tables, lang, row + 1)
    set_widths(ws, widths)
    ws.freeze_panes = None
    page_setup(ws, title_rows=None)
    return heads
