"""Compare ways of reading whole HTML pages on the saved pages in tests/data/web.

For each converter and page: how many of the page's main-content figures are in the text, how many
page-furniture figures (menus, side columns, banners, footers, hidden elements) are in the text,
and how many reach the facts table. Run: python tools/html_main_content.py
"""

from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from socreport.pipeline import extract_document  # noqa: E402
from socreport.readers.html import main_content, strip_hidden  # noqa: E402
from socreport.sources import html_to_text  # noqa: E402
from socreport.text import normalise  # noqa: E402

WEB = ROOT / "tests" / "data" / "web"


def gold() -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    with open(WEB / "gold.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            out.setdefault(row["page"], {"main": [], "boilerplate": []})[row["zone"]].append(row["figure"])
    return out


CONVERTERS = {
    "whole page (before)": lambda h: html_to_text(h),
    "whole page, hidden removed": lambda h: html_to_text(strip_hidden(h)),
    "trafilatura balanced": lambda h: main_content(strip_hidden(h), "balanced"),
    "trafilatura precision": lambda h: main_content(strip_hidden(h), "precision"),
    "trafilatura recall (used)": lambda h: main_content(strip_hidden(h), "recall"),
}


def facts_raw(text: str) -> list[str]:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "page.txt"
        p.write_text(text, encoding="utf-8")
        return [f.raw for f in extract_document(p).facts]


def main() -> None:
    g = gold()
    print(f"{'converter':<28} {'main figures kept':>18} {'furniture in text':>18} {'furniture in facts':>19}")
    for name, conv in CONVERTERS.items():
        kept = n_main = in_text = in_facts = n_boiler = 0
        for page, zones in sorted(g.items()):
            text = normalise(conv((WEB / page).read_text(encoding="utf-8")))
            raws = facts_raw(text)
            kept += sum(f in text for f in zones["main"])
            n_main += len(zones["main"])
            in_text += sum(f in text for f in zones["boilerplate"])
            in_facts += sum(any(f in r for r in raws) for f in zones["boilerplate"])
            n_boiler += len(zones["boilerplate"])
        print(f"{name:<28} {kept:>10} of {n_main:<5} {in_text:>10} of {n_boiler:<5} {in_facts:>11} of {n_boiler:<5}")


if __name__ == "__main__":
    main()
