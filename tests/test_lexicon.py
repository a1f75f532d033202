"""Every lexicon table is well formed: the header's number of cells on every row (a pattern with an
unquoted comma would silently split), and every pattern column compiles."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from socreport.parse import lexicon

LEXICON = Path(lexicon.__file__).parent / "lexicon"
TABLES = sorted(p.stem for p in LEXICON.glob("*.csv"))


@pytest.mark.parametrize("name", TABLES)
def test_rows_have_the_header_width(name):
    lines = [ln for ln in (LEXICON / f"{name}.csv").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.lstrip().startswith("#")]
    rows = list(csv.reader(lines))
    width = len(rows[0])
    bad = [(i + 2, r) for i, r in enumerate(rows[1:]) if len(r) != width]
    assert not bad, f"{name}.csv rows with another number of cells than the header: {bad[:3]}"
    assert len(lexicon.load(name)) == len(rows) - 1


@pytest.mark.parametrize("name", TABLES)
def test_patterns_compile(name):
    for row in lexicon.load(name):
        if "pattern" in row and row.get("kind", "text") == "text":
            re.compile(row["pattern"], re.IGNORECASE)
