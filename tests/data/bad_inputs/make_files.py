"""Regenerate the crafted bad-input files in this folder: ``python tests/data/bad_inputs/make_files.py``.

Each file is one kind of bad or unusual input; ``expected.csv`` says how ``read_document`` must
treat it. The text excerpts come from the seed pages (data/raw/000_* and 002_*).
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).resolve().parent

BUDGET = ("Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR (85%) Eiropas Reģionālā "
          "attīstības fonda (ERAF) finansējums.\n\nProjekta īstenošanas laiks: no 2020.gada 1.jūlija "
          "līdz 2022. gada 30.novembrim.\n")
OCTOPUS = ("Saīsinātais nosaukums: „OCTOPUS”\n\nVadošais partneris: Zemgales Plānošanas reģions (LV), "
           "šķērsojot ģimeņu, ūdens un žogu robežas.\n")


def main() -> None:
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "whitespace_only.txt": b"  \n\t\n\r\n   \n",
        "pdf_renamed.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        "png_bytes.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02",
        "docx_renamed.txt": b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml",
        "nul_bytes.txt": ("Projekta budžets " * 5).encode("utf-8") + b"\x00\x00\x00" + b"EUR",
        "cp1257_page.txt": ("Projekts “RiskChildren” – sociālā iekļaušana.\n\n" + BUDGET).encode("cp1257"),
        "iso8859_13_page.txt": OCTOPUS.encode("iso8859_13"),
        "utf8_bom.txt": b"\xef\xbb\xbf" + BUDGET.encode("utf-8"),
        "utf16_bom.txt": BUDGET.encode("utf-16"),
        "utf8_one_bad_byte.txt": (BUDGET * 3).encode("utf-8")[:150] + b"\xff" + (BUDGET * 3).encode("utf-8")[150:],
        "numbers_only.txt": b"12 345 678 90\n2020 2021 2022 2023\n661 092.24 561 928.39\n" * 3,
        "scripts_only.html": (b"<html><head><script>var x = 'Projekta kopejais budzets';</script>"
                              b"<style>body { font-family: Arial; }</style></head><body>"
                              b"<script>document.write('Projekts');</script></body></html>"),
        "page_with_scripts.html": (
            "<!DOCTYPE html>\n<html lang=\"lv\"><head><meta charset=\"utf-8\"><title>Ignorēt virsrakstu</title>"
            "<style>.x { color: red }</style><script>var budzets = 1;</script></head>\n<body>"
            "<noscript>Ieslēdziet JavaScript</noscript><!-- komentārs -->"
            "<h1>Projekts &ldquo;OCTOPUS&rdquo;</h1>\n<p>Projekta kopējais   finansējums:\n705&nbsp;573,37 EUR"
            " (t.sk. ERAF finansējums 599&#160;737,33 EUR)</p><div hidden>slēpts teksts</div>"
            "<ul><li>Jelgava</li><li>Auce &amp; Plunge</li></ul><p>Pirmā rinda<br>otrā rinda</p>"
            "<template><p>veidne</p></template><script type=\"application/ld+json\">{\"a\": 1}</script>"
            "</body></html>\n").encode("utf-8"),
        "starts_like_html.txt": "<html><body><p>Projekta kopējais budžets ir 661 092.24 EUR.</p></body></html>".encode("utf-8"),
    }
    rng = random.Random(20261123)
    files["invalid_bytes.txt"] = bytes(rng.randrange(1, 256) for _ in range(2000))
    for name, data in files.items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()
