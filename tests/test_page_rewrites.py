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
    # every short line an item of a bulleted list (fact boxes and news lists as list items)
    "list bullets": lambda t: re.sub(r"^(?=\S[^\n]{0,118}$)", "• ", t, flags=re.M),
    "hyphen list bullets": lambda t: re.sub(r"^(?=\S[^\n]{0,118}$)", "- ", t, flags=re.M),
    "no blank lines": lambda t: re.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n", t),
    # the same dates written the other ways of the region: ISO as day.month.year and back, slashes
    "ISO dates as day.month.year": lambda t: re.sub(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b", r"\3.\2.\1", t),
    "day.month.year dates as ISO": lambda t: re.sub(r"\b(\d\d)\.(\d\d)\.((?:19|20)\d\d)\b\.?", r"\3-\2-\1", t),
    "day/month/year dates": lambda t: re.sub(r"\b(\d\d)\.(\d\d)\.((?:19|20)\d\d)\b", r"\1/\2/\3", t),
    # Markdown, as a converter writes a page: the title a heading, a fact box's label lines headings, a
    # date line of a news list in emphasis
    "Markdown title": lambda t: "# " + t.lstrip(),
    # (every short capitalised line with no digit and no closing punctuation: labels, headings)
    "short lines as Markdown headings": lambda t: re.sub(
        r"^(?=[A-ZĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲ][^\n\d]{4,60}$)(?![^\n]*[.:;,!?]\s*$)", "### ", t, flags=re.M),
    "date lines in Markdown emphasis": lambda t: re.sub(r"^(\d{4} [^\W\d_]+ \d{1,2})$", r"*\1*", t, flags=re.M),
    # fact-box labels written in capitals (some sites type them so)
    "labels in capitals": lambda t: re.sub(r"^([^\n:]{3,60}):", lambda m: m.group(1).upper() + ":", t, flags=re.M),
    # the site's list of its other news after the article, with their own counts and dates
    "other news after the article (lv)": lambda t: t.rstrip() + "\n\nCiti jaunumi\nNovada svētki pulcēja 2000 "
    "apmeklētāju\n12.05.2021.\nAtklāts jauns bērnu rotaļu laukums\n03.04.2021.\n\n© 2024 Novada pašvaldība\n",
    "related news after the article (en)": lambda t: t.rstrip() + "\n\nRelated news\nTown festival gathered 2,000 "
    "visitors\n12 May 2021\nProject LLI-999 “Green Roads” opened a bike path… Read more\n",
    "other news after the article (lt)": lambda t: t.rstrip() + "\n\nKitos naujienos\nMiesto šventė sutraukė 2000 "
    "lankytojų\n2021-05-12\nAtidaryta nauja vaikų žaidimų aikštelė\n2021-04-03\n",
    # a number word with or without a space before the number
    "Nr. with a space": lambda t: re.sub(r"\bNr\.\s*(?=\d)", "Nr. ", t),
    "Nr. without a space": lambda t: re.sub(r"\bNr\.\s+(?=\d)", "Nr.", t),
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


def _rows(projects: pd.DataFrame) -> list[tuple[str, ...]]:
    cols = [c for c in projects.columns if c not in ("project_id", "title", "source_docs")]
    return sorted(tuple(str(v) for v in r) for r in projects[cols].itertuples(index=False))


@pytest.mark.slow
def test_pages_joined_into_one_list_page_give_each_page_s_projects(tmp_path: Path) -> None:
    """Two development pages one after the other on one page, a separator line between (a
    municipality's list of news items or a programme's list of project boxes), give the projects
    each page gives alone: no project's figures move to its neighbour, none is lost."""
    pages = sorted(REAL_DEV.glob("*.txt"))
    alone = extract([REAL_DEV], per_document=True)
    doc_of = dict(zip(alone.documents["doc_id"], alone.documents["path"].map(lambda p: Path(p).name)))
    joined = tmp_path / "joined"
    joined.mkdir()
    for a, b in zip(pages[::2], pages[1::2]):
        text = a.read_text(encoding="utf-8").rstrip() + "\n\n* * *\n\n" + b.read_text(encoding="utf-8")
        (joined / f"{a.stem}+{b.stem}.txt").write_text(text, encoding="utf-8")
    together = extract([joined], per_document=True).projects
    paired = {p.name for pair in zip(pages[::2], pages[1::2]) for p in pair}
    single = alone.projects[alone.projects["source_docs"].map(doc_of).isin(paired)]
    assert _rows(together) == _rows(single)
