"""The development pages rewritten as other sites and copies write the same facts give the same
projects: the same figures, codes, funds, dates and counts (the free-text ``title`` may be taken from
another line). Each rewrite is a layout or a number format real pages use; a rule that holds only
for the way one page happens to write a fact fails here."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from socreport.api import extract

REAL_DEV = Path(__file__).parent / "data" / "real" / "dev" / "raw"

# an amount with thousands groups and cents: 1 234 567,89
_AMOUNT = re.compile(r"(?<![\d.,/-])(\d{1,3}(?:[ \u00a0]\d{3})+),(\d{2})(?!\d)")


def _hard_wrapped(width: int) -> Callable[[str], str]:
    """Every line longer than ``width`` broken as a program wrapping at that width would."""
    return lambda t: "\n".join(textwrap.fill(ln, width) if len(ln) > width else ln for ln in t.split("\n"))


REWRITES: dict[str, Callable[[str], str]] = {
    "wrapped at 60": _hard_wrapped(60),
    "wrapped at 78": _hard_wrapped(78),
    # a label and its value on one line with a tab between, as a table copied as text
    "tab after a label": lambda t: re.sub(r"^([^\n:]{3,60}): ", lambda m: m.group(1) + "\t", t, flags=re.M),
    "thousands with dots": lambda t: _AMOUNT.sub(lambda m: m.group(1).replace(" ", ".").replace("\u00a0", ".")
                                                 + "," + m.group(2), t),
    "thousands with no space": lambda t: _AMOUNT.sub(lambda m: re.sub(r"\s", "", m.group(1)) + "," + m.group(2), t),
    "thousands with no-break spaces": lambda t: _AMOUNT.sub(lambda m: m.group(1).replace(" ", "\u00a0")
                                                            + "," + m.group(2), t),
    "euro sign": lambda t: re.sub(r"(\d) ?(?:EUR|eur|Eur|eurų|euro|eiro)\b", r"\1 €", t),
    "Windows line ends": lambda t: t.replace("\n", "\r\n"),
}


def _projects(folder: Path) -> pd.DataFrame:
    return extract([folder], per_document=True).projects.drop(columns=["project_id", "title"]).reset_index(drop=True)


@pytest.fixture(scope="module")
def as_written() -> pd.DataFrame:
    return _projects(REAL_DEV)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(REWRITES))
def test_a_rewritten_page_gives_the_same_projects(tmp_path: Path, as_written: pd.DataFrame, name: str) -> None:
    rewrite = REWRITES[name]
    changed = 0
    for page in sorted(REAL_DEV.glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        new = rewrite(text)
        changed += new != text
        (tmp_path / page.name).write_bytes(new.encode("utf-8"))
    assert changed  # the rewrite applies to these pages
    pd.testing.assert_frame_equal(_projects(tmp_path), as_written)
