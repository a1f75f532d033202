"""Tests of socreport.plots on hand-made tables holding real seed values.

The indicator rows below were read off the seed pages by hand (data/raw/*.txt) and follow the
derived-table contract (``indicators`` and ``quality`` columns and dtypes), so the charts are tested
independently of the extraction; the notebooks test (tests/test_notebooks.py) runs them end to end.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PathCollection
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.text import Text

from socreport import plots, texts
from socreport.tables import Tables

INDICATOR_DTYPES: dict[str, str] = {
    "project_id": "string", "label": "string", "eu_fund": "string", "programme": "string",
    "start_date": "datetime64[ns]", "end_date": "datetime64[ns]", "start_year": "Int64",
    "total_budget_eur": "Float64", "eu_funding_eur": "Float64", "eu_share": "Float64",
    "eu_share_pct_stated": "Float64", "state_share": "Float64", "municipality_share": "Float64",
    "other_share": "Float64", "duration_months": "Int64", "duration_months_stated": "Int64",
    "budget_per_month_eur": "Float64", "beneficiaries": "Int64", "cost_per_beneficiary_eur": "Float64",
    "cost_per_beneficiary_per_month_eur": "Float64",
}
QUALITY_COLUMNS = ("project_id", "check", "severity", "field", "message", "message_lv", "values", "evidence", "doc_ids")

INTERREG = "Interreg V-A Latvia–Lithuania 2014–2020"
GROWTH = "Growth and Employment 2014–2020"
NA = None

# project_id, label, fund, programme, start, end, total EUR, EU EUR, stated EU %, state, municipality, other,
# stated months, beneficiaries — as the seed pages give them (None where a page does not say it).
SEED_PROJECTS = [
    ("LLI-491", "RiskChildren", "ERDF", INTERREG, "2020-07-01", "2022-11-30", 661092.24, 561928.39, 85.0, NA, NA, NA, NA, NA),
    ("LLI-425", "OCTOPUS", "ERDF", INTERREG, "2020-06-01", "2022-05-31", 705573.37, 599737.33, NA, NA, NA, NA, 24, 706),
    ("LLI-550", "Valued people", "ERDF", INTERREG, "2020-09-01", "2023-06-30", 705810.00, NA, NA, NA, NA, NA, 18, 800),
    ("SocQuality", "SocQuality", "ERDF", INTERREG, "2018-03-01", "2020-02-29", 791256.20, 672576.74, NA, NA, NA, NA, NA, 1000),
    ("9.2.2.1/15/I/001", "Atver sirdi Zemgalē!", "ESF", GROWTH, "2015-12-01", "2023-12-31", 9412350.00, 8000497.43,
     85.0, 1411852.57, NA, NA, NA, NA),
    ("2014.EEZ/PP/1/MIC/081/043", "Ģimenes asistenti Jelgavas pilsētā", "EEA", "EEA Grants 2009–2014 NGO Fund",
     "2015-05-01", "2016-04-30", 19479.62, 17489.62, 90.0, NA, 1990.00, NA, NA, NA),
    ("9.2.2.2/16/I/001", "Sociālo pakalpojumu atbalsta sistēmas pilnveide", "ESF", GROWTH, "2018-09-01", "2019-08-31",
     NA, NA, NA, NA, NA, NA, NA, 100),
    ("1DP/1.4.1.2.4/11/APIA/NVA/046", "Drošības poga Zemgalē", "ESF", "", "2012-01-02", "2013-12-31",
     NA, NA, NA, NA, NA, NA, NA, NA),
    ("Elastīga bērnu uzraudzība", "Elastīga bērnu uzraudzības pakalpojuma nodrošināšana darbiniekiem", "EaSI",
     "EaSI PROGRESS 2014–2020", "2015-08-01", NA, 1001524.17, NA, 80.0, NA, NA, NA, 27, NA),
]


def _months(start: str | None, end: str | None) -> int | None:
    if not start or not end:
        return None
    s, e = pd.Timestamp(start), pd.Timestamp(end)
    return (e.year - s.year) * 12 + e.month - s.month + 1


def indicators_frame(rows=SEED_PROJECTS) -> pd.DataFrame:
    """An ``indicators`` table (contract columns and dtypes) computed by hand from seed rows."""
    out = []
    for pid, label, fund, prog, start, end, total, eu, pct, state, muni, other, stated_m, benef in rows:
        months = _months(start, end)
        share = lambda part: None if part is None or not total else part / total  # noqa: E731
        out.append({
            "project_id": pid, "label": label, "eu_fund": fund or None, "programme": prog or None,
            "start_date": start, "end_date": end, "start_year": int(start[:4]) if start else None,
            "total_budget_eur": total, "eu_funding_eur": eu, "eu_share": share(eu), "eu_share_pct_stated": pct,
            "state_share": share(state), "municipality_share": share(muni), "other_share": share(other),
            "duration_months": months, "duration_months_stated": stated_m,
            "budget_per_month_eur": None if total is None or not months else total / months,
            "beneficiaries": benef,
            "cost_per_beneficiary_eur": None if total is None or not benef else total / benef,
            "cost_per_beneficiary_per_month_eur": None if total is None or not benef or not months else total / benef / months,
        })
    df = pd.DataFrame(out, columns=list(INDICATOR_DTYPES))
    return df.astype(INDICATOR_DTYPES)


SEED_FINDINGS = [
    ("LLI-550", "duration_mismatch", "warning", "duration_months_stated", "18 stated vs 34 from 2020-09-01..2023-06-30"),
    ("9.2.2.1/15/I/001", "versions_differ", "warning", "total_budget_eur", "5709424.00 -> 9412350.00"),
    ("9.2.2.1/15/I/001", "versions_differ", "warning", "end_date", "2022-12-31 -> 2023-12-31"),
    ("2014.EEZ/PP/1/MIC/081/043", "share_mismatch", "warning", "eu_share_pct", "90% stated vs 89.8% computed"),
    ("9.2.2.2/16/I/001", "versions_differ", "warning", "end_date", "2019-08 -> 2019-10"),
    ("2014.EEZ/PP/1/MIC/081/043", "share_above_ceiling", "info", "eu_share", "89.8% vs 85%"),
    ("LLI-491", "missing_field", "info", "beneficiaries", ""),
    ("9.2.2.2/16/I/001", "missing_field", "info", "total_budget_eur", ""),
    ("1DP/1.4.1.2.4/11/APIA/NVA/046", "missing_field", "info", "total_budget_eur", ""),
    ("Elastīga bērnu uzraudzība", "missing_field", "error", "end_date", ""),
]


def quality_frame(rows=SEED_FINDINGS) -> pd.DataFrame:
    recs = [{"project_id": p, "check": c, "severity": s, "field": f, "message": f"{c} in {f}",
             "message_lv": f"{c} laukā {f}", "values": v, "evidence": "", "doc_ids": "004_49cf07e53512a167"}
            for p, c, s, f, v in rows]
    return pd.DataFrame(recs, columns=list(QUALITY_COLUMNS)).astype("string")


def seed_tables(ind: pd.DataFrame | None = None, quality: pd.DataFrame | None = None) -> Tables:
    return Tables.empty().with_derived(indicators=indicators_frame() if ind is None else ind,
                                       quality=quality_frame() if quality is None else quality)


@pytest.fixture(scope="module")
def tables() -> Tables:
    return seed_tables()


def all_texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def bar_containers(fig: Figure) -> list[BarContainer]:
    return [c for ax in fig.axes for c in ax.containers if isinstance(c, BarContainer)]


def valued(series: pd.Series) -> int:
    return int(series.notna().sum())


# ------------------------------------------------------------------------------------ labels and units

CHARTS = [plots.cost_per_beneficiary, plots.funding_split, plots.timeline, plots.eu_share_vs_ceiling]


@pytest.mark.parametrize("draw, xlabel_en, xlabel_lv", [
    (plots.cost_per_beneficiary, "EUR, nominal", "EUR, nominālie"),
    (plots.funding_split, "EUR nominal", "EUR nominālajiem"),
    (plots.timeline, "Date (year", "Datums (gads"),
    (plots.eu_share_vs_ceiling, "EUR nominal", "EUR nominālajiem"),
])
def test_axes_have_labels_with_units(tables, draw, xlabel_en, xlabel_lv):
    for lang, expected, project in (("en", xlabel_en, "Project"), ("lv", xlabel_lv, "Projekts")):
        fig = draw(tables, lang=lang)
        ax = fig.axes[0]
        assert expected in ax.get_xlabel()
        assert ax.get_ylabel() == project
        assert ax.get_title(loc="left")


def test_findings_axes_labels(tables):
    ax = plots.findings_overview(tables).axes[0]
    assert ax.get_xlabel() == "Findings (count)" and ax.get_ylabel() == "Check"
    ax = plots.findings_overview(tables, lang="lv").axes[0]
    assert ax.get_xlabel() == "Konstatējumi (skaits)" and ax.get_ylabel() == "Pārbaude"


# ------------------------------------------------------------------------------------- bars and n/a

def test_cost_per_beneficiary_bars_sorted_and_missing_not_zero(tables):
    ind = tables.indicators
    fig = plots.cost_per_beneficiary(tables)
    (bars,) = bar_containers(fig)
    assert len(bars) == valued(ind["cost_per_beneficiary_eur"]) == 3
    widths = [b.get_width() for b in bars]
    assert widths == sorted(widths, reverse=True)
    assert widths == pytest.approx([705573.37 / 706, 705810.00 / 800, 791256.20 / 1000])
    assert all(w > 0 for w in widths)  # no zero-length bar for a missing value
    ax = fig.axes[0]
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert ticks[:3] == ["OCTOPUS", "Valued people", "SocQuality"]
    assert len(ticks) == len(ind)  # every project is listed, valued or not
    markers = [t for t in ax.texts if t.get_gid() == "na-marker"]
    assert len(markers) == len(ind) - 3 and {m.get_text() for m in markers} == {"n/a"}
    assert any("n/a: budget or beneficiaries not stated (projects: 6)" in t for t in all_texts(fig))
    assert "999.40" in all_texts(fig)  # OCTOPUS: 705 573.37 ÷ 706


def test_cost_per_beneficiary_latvian_number_format(tables):
    texts = all_texts(plots.cost_per_beneficiary(tables, lang="lv"))
    assert "999,40" in texts and "882,26" in texts
    assert "nav datu" in texts


def test_funding_split_segments(tables):
    ind = tables.indicators
    fig = plots.funding_split(tables)
    containers = bar_containers(fig)
    assert len(containers) == 5  # EU, state, municipality, other, not broken down
    n = int(ind[["eu_share", "eu_share_pct_stated", "state_share", "municipality_share", "other_share"]]
            .notna().any(axis=1).sum())
    assert all(len(c) == n == 6 for c in containers)
    eu, state, muni, _other, rest = containers
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    atver = ticks.index("Atver sirdi Zemgalē!")
    assert eu[atver].get_width() == pytest.approx(85.0, abs=0.01)
    assert state[atver].get_width() == pytest.approx(15.0, abs=0.01)
    assert rest[atver].get_width() == pytest.approx(0.0, abs=0.06)
    riskchildren = ticks.index("RiskChildren")
    assert rest[riskchildren].get_width() == pytest.approx(15.0, abs=0.01)  # not broken down, not "other"
    eea = ticks.index(plots.short_label("Ģimenes asistenti Jelgavas pilsētā"))
    assert muni[eea].get_width() == pytest.approx(100 * 1990.00 / 19479.62, abs=0.01)
    easi = ticks.index(plots.short_label("Elastīga bērnu uzraudzības pakalpojuma nodrošināšana darbiniekiem"))
    assert eu[easi].get_width() == pytest.approx(80.0) and eu[easi].get_hatch() == ".."  # stated, not computed
    assert eu[atver].get_hatch() is None
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert legend == ["EU fund", "EU fund, % as stated", "State budget", "Municipality", "Other / own",
                      "Not broken down in the text"]
    assert any(t.startswith("Dotted: EU share as the text states it") and "(projects: 1)" in t for t in all_texts(fig))


def test_funding_split_flags_parts_above_total():
    rows = [("X-1", "Over", "ERDF", INTERREG, "2020-01-01", "2020-12-31", 100.0, 90.0, 90.0, 20.0, NA, NA, NA, NA)]
    fig = plots.funding_split(indicators_frame(rows))
    assert any("parts exceed the total" in t and "110.0" in t for t in all_texts(fig))


def test_timeline_bars_span_dates_and_colour_by_fund(tables):
    ind = tables.indicators
    fig = plots.timeline(tables)
    (bars,) = bar_containers(fig)
    n_dated = int((ind["start_date"].notna() & ind["end_date"].notna()).sum())
    assert len(bars) == n_dated == 8
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    octopus = bars[ticks.index("OCTOPUS")]
    assert octopus.get_width() == pytest.approx(730.0)  # 2020-06-01..2022-05-31 inclusive, days
    colours = {ticks[i]: bars[i].get_facecolor() for i in range(len(bars))}
    assert colours["OCTOPUS"] == colours["RiskChildren"] != colours["Atver sirdi Zemgalē!"]
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert legend == ["ERDF", "ESF", "EEA Grants"]
    assert [t.get_text() for t in fig.axes[0].texts if t.get_gid() == "na-marker"] == ["n/a"]


def test_timeline_latvian_fund_names(tables):
    legend = [t.get_text() for t in plots.timeline(tables, lang="lv").axes[0].get_legend().get_texts()]
    assert legend == ["ERAF", "ESF", "EEZ finanšu instruments"]


def eu_points(fig: Figure) -> tuple[PathCollection, PathCollection, PathCollection, PathCollection]:
    ceiling, below, above, stated = [c for c in fig.axes[0].collections if isinstance(c, PathCollection)]
    return ceiling, below, above, stated


def test_eu_share_points_against_programme_ceilings(tables):
    fig = plots.eu_share_vs_ceiling(tables)
    ceiling, below, above, stated = eu_points(fig)
    ind = tables.indicators
    n = int((ind["eu_share"].notna() | ind["eu_share_pct_stated"].notna()).sum())
    assert len(ceiling.get_offsets()) == len(stated.get_offsets()) == n == 6
    assert len(below.get_offsets()) + len(above.get_offsets()) == n
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ceilings = dict(zip(ticks, np.asarray(ceiling.get_offsets())[:, 0]))
    assert ceilings["RiskChildren"] == 85.0  # Interreg V-A Latvia–Lithuania, ERDF
    assert ceilings["Atver sirdi Zemgalē!"] == 85.0  # ESF in Latvia
    assert ceilings[plots.short_label("Ģimenes asistenti Jelgavas pilsētā")] == 90.0  # EEA NGO programme
    assert np.isnan(ceilings[plots.short_label("Elastīga bērnu uzraudzības pakalpojuma nodrošināšana darbiniekiem")])
    assert not np.isfinite(np.asarray(above.get_offsets(), dtype=float)).any()  # 89.8 % is under the NGO 90 %
    assert "No ceiling in data/programme_ceilings.csv for: EaSI" in all_texts(fig)


def test_eu_share_above_ceiling_is_highlighted():
    eea = list(SEED_PROJECTS[5])
    eea[3] = "EEA Grants 2014–2021 Local Development"  # not an NGO programme: 85 % ceiling
    fig = plots.eu_share_vs_ceiling(indicators_frame([tuple(eea)]))
    _ceiling, below, above, stated = eu_points(fig)
    assert np.asarray(above.get_offsets())[:, 0] == pytest.approx([100 * 17489.62 / 19479.62])
    assert len(below.get_offsets()) == 0
    assert tuple(stated.get_edgecolors()[0][:3]) != (0.2, 0.2, 0.2)  # the stated 90 % is above too


def test_findings_overview_counts(tables):
    fig = plots.findings_overview(tables)
    containers = bar_containers(fig)
    assert [c.get_label() for c in containers] == ["Error", "Warning", "Information"]
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert ticks[0] == "Key field missing"  # 4 findings, the most
    totals = np.sum([[b.get_width() for b in c] for c in containers], axis=0)
    assert totals.tolist() == [4, 3, 1, 1, 1]
    assert totals.sum() == len(tables.quality)


# ------------------------------------------------------------------------------------ Latvian texts

@pytest.mark.parametrize("draw", CHARTS + [plots.findings_overview])
def test_latvian_labels_have_diacritics_and_font(tables, draw):
    fig = draw(tables, lang="lv")
    joined = " ".join(all_texts(fig))
    assert re.search("[āčēģīķļņšūž]", joined)
    fonts = {t.get_fontname() for t in fig.findobj(Text) if t.get_text()}
    assert fonts == {"DejaVu Sans"}


@pytest.mark.parametrize("key", sorted(r["key"] for r in texts.data_table("plots_text.csv")))
def test_every_text_has_both_languages(key):
    values = {"n": 1, "funds": "EaSI"}
    assert plots.text(key, "en", **values).strip() and plots.text(key, "lv", **values).strip()


def test_unknown_language_is_an_error(tables):
    with pytest.raises(ValueError, match="lang"):
        plots.cost_per_beneficiary(tables, lang="de")


@pytest.mark.parametrize("value, lang, expected", [
    (999.4011, "en", "999.40"), (999.4011, "lv", "999,40"), (9412350.0, "en", "9,412,350.00"),
    (9412350.0, "lv", "9\u00a0412\u00a0350,00"),
])
def test_format_number(value, lang, expected):
    assert plots.format_number(value, lang) == expected


# -------------------------------------------------------------------------------------- empty data

@pytest.mark.parametrize("draw", CHARTS)
def test_no_projects_gives_a_no_data_figure(draw):
    empty = seed_tables(ind=indicators_frame([]), quality=quality_frame([]))
    fig = draw(empty)
    assert isinstance(fig, Figure)
    assert "No data: the tables hold no projects." in all_texts(fig)
    assert "Nav datu: tabulās nav neviena projekta." in all_texts(draw(empty, lang="lv"))


def test_no_findings_gives_a_no_data_figure():
    fig = plots.findings_overview(quality_frame([]))
    assert "No findings: every check passed." in all_texts(fig)
    assert not bar_containers(fig)


@pytest.mark.parametrize("draw", CHARTS)
def test_projects_without_any_value_are_listed_not_drawn(draw):
    rows = [("X-1", "Nothing known", "", "", NA, NA, NA, NA, NA, NA, NA, NA, NA, NA)]
    fig = draw(indicators_frame(rows))
    assert all(len(c) == 0 for c in bar_containers(fig))
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["Nothing known"]
    assert [t.get_text() for t in fig.axes[0].texts if t.get_gid() == "na-marker"] == ["n/a"]


def test_many_projects_are_capped_with_a_note():
    base = SEED_PROJECTS[1]
    rows = [(f"P{i:03d}", f"Project {i:03d}") + base[2:] for i in range(plots.MAX_ROWS + 7)]
    fig = plots.cost_per_beneficiary(indicators_frame(rows))
    assert len(bar_containers(fig)[0]) == plots.MAX_ROWS
    assert "projects not shown: 7" in all_texts(fig)


def test_functions_leave_no_pyplot_state(tables):
    import sys

    for draw in CHARTS:
        draw(tables)
    if "matplotlib.pyplot" in sys.modules:
        assert sys.modules["matplotlib.pyplot"].get_fignums() == []


# ------------------------------------------------------------------------------------------- files

def test_save_all_writes_png_and_svg_byte_identical(tables, tmp_path: Path):
    first = plots.save_all(tables, tmp_path / "a")
    second = plots.save_all(tables, tmp_path / "b")
    names = [p.name for p in first]
    assert names == [f"{n}.{ext}" for n, _ in plots.FIGURES for ext in ("png", "svg")]
    for p, q in zip(first, second):
        assert p.read_bytes() == q.read_bytes(), p.name
    assert first[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = first[1].read_text(encoding="utf-8")
    assert "<dc:date>" not in svg and "socreport" in svg
    again = plots.save_figure(plots.funding_split(tables), first[2])  # overwriting in place: same bytes
    assert again.read_bytes() == second[2].read_bytes()
    assert not [p for p in (tmp_path / "a").iterdir() if p.name.startswith(".")]  # no temp files left


def test_png_and_svg_share_one_layout(tables, tmp_path: Path):
    """Each figure is laid out once (at the PNG's 150 dpi) for both formats: the SVG's page, in
    points, is the PNG's, in pixels, at 72/150, and the SVG's axes sit where the PNG's do."""
    import re

    from PIL import Image

    fig = plots.timeline(tables)
    box = plots.lay_out(fig)
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    assert not isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine)  # each save only draws
    png = plots.save_figure(fig, tmp_path / "t.png", box=box)
    svg = plots.save_figure(fig, tmp_path / "t.svg", box=box)
    with Image.open(png) as im:
        width_px, height_px = im.size
    text = svg.read_text(encoding="utf-8")
    width_pt, height_pt = (float(v) for v in re.search(r'width="([0-9.]+)pt" height="([0-9.]+)pt"', text).groups())
    assert abs(width_pt / 72 * 150 - width_px) <= 1 and abs(height_pt / 72 * 150 - height_px) <= 1
    pos = fig.axes[0].get_position()
    left_pt = (pos.x0 * fig.get_figwidth() - box.x0) * 72
    assert f"M {left_pt:f}".rstrip("0").rstrip(".") + " " in text  # the axes' left edge, as SVG writes it
    assert plots.save_figure(plots.timeline(tables), tmp_path / "u.svg").read_bytes() == svg.read_bytes()


def test_png_is_150_dpi(tables, tmp_path: Path):
    from PIL import Image

    path = plots.save_figure(plots.timeline(tables), tmp_path / "t.png")
    with Image.open(path) as im:
        assert tuple(round(d) for d in im.info["dpi"]) == (150, 150)


def test_save_figure_failure_leaves_no_file(tables, tmp_path: Path, monkeypatch):
    fig = plots.timeline(tables)

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(fig, "savefig", boom)
    with pytest.raises(RuntimeError):
        plots.save_figure(fig, tmp_path / "t.png")
    assert list(tmp_path.iterdir()) == []


def test_save_all_rejects_unknown_language(tables, tmp_path: Path):
    with pytest.raises(ValueError, match="lang"):
        plots.save_all(tables, tmp_path, lang="lt")
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- with the package's own indicators

RISKCHILDREN_TOTAL = ("Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR EUR (85%) Eiropas Reģionālā "
                      "attīstības fonda (ERAF) finansējums.")
OCTOPUS_TOTAL = "Projekta kopējais finansējums: 705 573,37 EUR (t.sk. ERAF finansējums 599 737,33 EUR)"


def extracted_tables() -> Tables:
    """``projects`` and ``funding`` as the extraction gives them (three seed projects), nothing derived."""
    from dataclasses import replace

    from socreport import schemas

    projects = [
        ("LLI-491", "LLI-491", "RiskChildren", "Sociālajam riskam pakļauto bērnu un jauniešu integrācija", INTERREG,
         "ERDF", 661092.24, 561928.39, 85.0, "2020-07-01", "2022-11-30", NA, NA, "000_a6640382eac6c1fc"),
        ("LLI-425", "LLI-425", "OCTOPUS", "Daudzfunkcionālo centru attīstība", INTERREG, "ERDF", 705573.37, 599737.33,
         NA, "2020-06-01", "2022-05-31", 24, 706, "002_17ed4f7446dc636f"),
        ("LLI-550", "LLI-550", "Valued people", "Neaizsargāto grupu sociālā iekļaušana", INTERREG, "ERDF", 705810.00,
         NA, NA, "2020-09-01", "2023-06-30", 18, 800, "001_ba819a8ab322f87d"),
    ]
    funding = [
        ("LLI-491", "whole", NA, "total", 661092.24, NA, 661092.24, "EUR", False, "000_a6640382eac6c1fc", 1606, 1616,
         RISKCHILDREN_TOTAL),
        ("LLI-491", "whole", NA, "ERDF", 561928.39, 85.0, 561928.39, "EUR", False, "000_a6640382eac6c1fc", 1628, 1638,
         RISKCHILDREN_TOTAL),
        ("LLI-425", "whole", NA, "total", 705573.37, NA, 705573.37, "EUR", False, "002_17ed4f7446dc636f", 2820, 2830,
         OCTOPUS_TOTAL),
        ("LLI-425", "whole", NA, "ERDF", 599737.33, NA, 599737.33, "EUR", False, "002_17ed4f7446dc636f", 2859, 2869,
         OCTOPUS_TOTAL),
    ]
    t = Tables.empty()
    return replace(t, projects=schemas.conform(pd.DataFrame(projects, columns=schemas.get("projects").names), "projects"),
                   funding=schemas.conform(pd.DataFrame(funding, columns=schemas.get("funding").names), "funding"))


def test_charts_compute_the_derived_tables_when_absent():
    t = extracted_tables()
    assert t.indicators is None and t.quality is None
    fig = plots.cost_per_beneficiary(t)
    (bars,) = bar_containers(fig)
    assert [b.get_width() for b in bars] == pytest.approx([705573.37 / 706, 705810.00 / 800])
    assert [x.get_text() for x in fig.axes[0].get_yticklabels()] == ["OCTOPUS", "Valued people", "RiskChildren"]
    findings = plots.findings_overview(t)
    assert "Stated duration vs. dates" in [x.get_text() for x in findings.axes[0].get_yticklabels()]  # 18 vs 34


def test_timeline_end_before_start_is_not_drawn():
    rows = [SEED_PROJECTS[0], ("X-1", "Reversed", "ESF", GROWTH, "2023-01-01", "2022-01-01", NA, NA, NA, NA, NA, NA, NA, NA)]
    fig = plots.timeline(indicators_frame(rows))
    (bars,) = bar_containers(fig)
    assert len(bars) == 1 and all(b.get_width() > 0 for b in bars)
    assert any(t.startswith("n/a: end date before start date (projects: 1)") for t in all_texts(fig))


# ------------------------------------------------------------------------------ property: never raises

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_amount = st.one_of(st.none(), st.just(0.0), st.floats(min_value=0.01, max_value=1e9, allow_nan=False))
_date = st.one_of(st.none(), st.dates(min_value=pd.Timestamp("1990-01-01").date(),
                                      max_value=pd.Timestamp("2040-12-31").date()).map(str))
_row = st.tuples(
    st.text(alphabet="ABCLI-0123456789", min_size=1, max_size=8),
    st.text(alphabet="abcāčēģīķļņšūž ĀČ!", max_size=60),
    st.sampled_from(["", "ERDF", "ESF", "EEA", "Norway", "EaSI", "EAFRD", "CF"]),
    st.sampled_from(["", INTERREG, GROWTH, "EEA Grants NGO Fund"]),
    _date, _date, _amount, _amount,
    st.one_of(st.none(), st.floats(min_value=0, max_value=120, allow_nan=False)),
    _amount, _amount, _amount,
    st.one_of(st.none(), st.integers(0, 200)), st.one_of(st.none(), st.integers(0, 100000)),
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(_row, max_size=6, unique_by=lambda r: r[0]), lang=st.sampled_from(plots.LANGS))
def test_charts_never_raise_and_draw_only_present_values(rows, lang):
    ind = indicators_frame(rows)
    cpb = plots.cost_per_beneficiary(ind, lang=lang)
    n = valued(ind["cost_per_beneficiary_eur"]) if len(ind) else 0
    assert sum(len(c) for c in bar_containers(cpb)) == min(n, plots.MAX_ROWS)
    for draw in (plots.funding_split, plots.timeline, plots.eu_share_vs_ceiling):
        assert isinstance(draw(ind, lang=lang), Figure)


def test_saved_files_have_the_usual_permissions(tables, tmp_path: Path):
    import os
    import stat

    mask = os.umask(0o022)
    try:
        path = plots.save_figure(plots.findings_overview(tables), tmp_path / "f.svg")
    finally:
        os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_every_check_has_a_short_chart_label():
    from socreport.checks import CHECKS

    for check in CHECKS:
        for lang in plots.LANGS:
            assert plots.text(f"check_{check.id}", lang), check.id
