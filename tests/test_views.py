"""socreport.views: the one place that builds what the charts and the workbook show."""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from socreport import views
from socreport.checks import find_ceiling

SRC = Path(__file__).resolve().parents[1] / "src" / "socreport"


def _ind(rows):
    cols = ["project_id", "label", "eu_fund", "programme", "eu_share", "eu_share_pct_stated", "state_share",
            "municipality_share", "other_share"]
    df = pd.DataFrame(rows, columns=cols)
    for c in cols[4:]:
        df[c] = df[c].astype("Float64")
    return df


# (eu_share computed, stated %, state) -> (EU part shown, shown from the text)
@pytest.mark.parametrize(("computed", "stated", "state", "shown", "from_text"), [
    (0.85, 85.0, 0.15, 0.85, False),   # Atver sirdi Zemgalē!: both, the computed one is shown
    (None, 80.0, None, 0.80, True),    # EaSI page: only "80 %" stated, no EU amount
    (None, None, None, np.nan, False),  # nothing stated
    (0.849, 90.0, None, 0.849, False),  # stated and computed disagree: the computed one
])
def test_split_shares_stated_share_stands_in(computed, stated, state, shown, from_text):
    shares, mask = views.split_shares(_ind([("P", "P", "ESF", None, computed, stated, state, None, None)]))
    assert (np.isnan(shares[0, 0]) and np.isnan(shown)) or shares[0, 0] == pytest.approx(shown)
    assert bool(mask[0]) is from_text


@pytest.mark.parametrize(("fund", "programme"), [
    ("ERDF", "Interreg V-A Latvia–Lithuania 2014–2020"), ("ESF", "Growth and Employment 2014–2020"),
    ("EEA", "EEA Grants 2009–2014 NGO Fund"), ("EaSI", "EaSI PROGRESS 2014–2020"), ("ERDF", None), ("", None),
])
def test_chart_ceiling_is_the_checks_ceiling(fund, programme):
    got = views.ceilings_pct(_ind([("P", "P", fund or None, programme, None, None, None, None, None)]))[0]
    c = find_ceiling(fund or None, programme) if fund else None
    assert (np.isnan(got) and c is None) or got == pytest.approx(c.ceiling_pct)


def test_finding_counts_order():
    q = pd.DataFrame({"check": ["parts_sum", "missing_field", "missing_field", "share_mismatch", "share_mismatch"],
                      "severity": ["error", "info", "info", "info", "warning"]})
    counts = views.finding_counts(q)
    assert list(counts.columns) == ["error", "warning", "info"]
    assert list(counts.index) == ["missing_field", "share_mismatch", "parts_sum"]
    assert counts.loc["share_mismatch"].tolist() == [0, 1, 1]


def _imports(module: Path) -> set[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            out.add((node.module or "").split(".")[0])
    return out


@pytest.mark.parametrize("module", sorted(str(p.relative_to(SRC)) for pkg in ("plots", "excel")
                                           for p in (SRC / pkg).glob("*.py")))
def test_output_layer_computes_nothing_of_the_analysis(module):
    """Charts and workbook import neither the indicators nor the checks: they show what views builds."""
    assert not _imports(SRC / module) & {"indicators", "checks", "ceilings", "assemble"}, module
