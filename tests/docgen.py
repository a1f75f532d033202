"""Small PDF, Word and OpenDocument files made on the fly for the reader tests (no binary fixtures)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape


def _font() -> str:
    import matplotlib

    return str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")


def text_pdf(pages: list[list[str]], *, width: float = 190) -> bytes:
    """A PDF with a text layer: each page a list of paragraphs (wrapped to the page width)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", _font())
    pdf.set_font("DejaVu", size=9)
    pdf.set_auto_page_break(True, margin=10)
    for paras in pages:
        pdf.add_page()
        for para in paras:
            pdf.multi_cell(width, 5, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    return bytes(pdf.output())


def two_column_pdf(title: str, left: list[str], right: list[str]) -> bytes:
    """One page: a title over the full width, then two columns of paragraphs."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", _font())
    pdf.add_page()
    pdf.set_font("DejaVu", size=14)
    pdf.multi_cell(190, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", size=9)
    top = pdf.get_y()
    for x, paras in ((10, left), (110, right)):
        pdf.set_xy(x, top)
        for para in paras:
            pdf.set_x(x)
            pdf.multi_cell(88, 5, para, new_x="LEFT", new_y="NEXT")
            pdf.ln(3)
    return bytes(pdf.output())


def scanned_pdf() -> bytes:
    """A PDF holding only an image of text (no text layer), as a scanner makes it."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (600, 200), "white")
    ImageDraw.Draw(img).text((20, 80), "Projekta kopējās izmaksas 412 530,18 EUR", fill="black")
    buf = io.BytesIO()
    img.save(buf, format="PDF", resolution=72)
    return buf.getvalue()


def encrypted_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_font("DejaVu", "", _font())
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    pdf.multi_cell(190, 5, "Projekta kopējās izmaksas ir 412 530,18 EUR.")
    return bytes(pdf.output())


def docx_bytes(paragraphs: list[str], table: list[list[str]] | None = None, *, after: list[str] = ()) -> bytes:
    """A Word document: paragraphs, an optional table, more paragraphs."""
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=max(len(r) for r in table))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    for p in after:
        d.add_paragraph(p)
    d.sections[0].footer.paragraphs[0].text = "© 2024 Lapas kājene 99 999 EUR"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def odt_bytes(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    """A minimal OpenDocument text with paragraphs and a table."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
    body = "".join(f"<text:p>{escape(p)}</text:p>" for p in paragraphs)
    if table:
        rows = "".join("<table:table-row>" + "".join(
            f"<table:table-cell><text:p>{escape(c)}</text:p></table:table-cell>" for c in r) + "</table:table-row>"
            for r in table)
        body += f"<table:table>{rows}</table:table>"
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    return buf.getvalue()
