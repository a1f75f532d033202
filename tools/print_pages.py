"""Printed pages of a workbook, per sheet and in all, as LibreOffice converts it to PDF.

    python tools/print_pages.py reports/socreport.xlsx [--keep DIR]

Each sheet is converted on its own (a copy of the workbook with only that sheet; the Summary's
charts are not kept in such a copy, so its count is the one of the whole workbook's conversion minus
the others'), then the whole workbook; prints pages and pages across (the widest run of pages one
printed row of the sheet takes). Needs LibreOffice (``soffice``) and poppler's ``pdfinfo``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl
from libreoffice import convert_to_pdf, find_soffice  # tools/libreoffice.py, beside this script


def pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    if not m:
        raise RuntimeError(f"pdfinfo gave no page count for {pdf}")
    return int(m.group(1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("workbook", type=Path)
    a = ap.parse_args(argv)
    soffice = find_soffice()
    if not soffice or not shutil.which("pdfinfo"):
        print("needs LibreOffice (soffice) and pdfinfo (poppler-utils)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        total = pages(convert_to_pdf(soffice, a.workbook, root))
        names = openpyxl.load_workbook(a.workbook, read_only=True).sheetnames
        counts = {}
        for i, name in enumerate(names):
            wb = openpyxl.load_workbook(a.workbook)
            for other in [n for n in wb.sheetnames if n != name]:
                del wb[other]
            one = root / f"sheet{i}.xlsx"
            wb.save(one)
            counts[name] = pages(convert_to_pdf(soffice, one, root))
        first = names[0]
        counts[first] = total - sum(n for k, n in counts.items() if k != first)
        for name in names:
            print(f"{counts[name]:>6}  {name}")
        print(f"{total:>6}  (whole workbook)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
