"""Word (``.docx``, with python-docx) and OpenDocument text (``.odt``, its XML read directly).

The body is read in document order: each paragraph (headings and list items included) becomes a
paragraph of text, each table row one line whose cells are joined by ``" | "`` (a cell merged over
several columns counted once). Page headers, footers and comments are left out: they repeat on
every page and carry no project facts.
"""

from __future__ import annotations

import io
import zipfile

from . import OFFICE_TEXT, Converted

DOCX_MAIN = "word/document.xml"
ODT_MIME = b"application/vnd.oasis.opendocument.text"
#: The XML of an office document larger than this (bytes, uncompressed) is not read.
MAX_XML_BYTES: int = 200 * 1024 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def office_kind(data: bytes) -> str:
    """``"docx"``, ``"odt"`` or ``""`` for the bytes of a ZIP file."""
    if not data.startswith(b"PK\x03\x04"):
        return ""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if DOCX_MAIN in names:
                return "docx"
            if "mimetype" in names and z.read("mimetype").strip() == ODT_MIME:
                return "odt"
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, NotImplementedError):
        return ""
    return ""


def _too_big(data: bytes, member: str) -> bool:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.getinfo(member).file_size > MAX_XML_BYTES


def _clean(s: str) -> str:
    return " ".join(s.split())


def read_docx(data: bytes) -> Converted:
    """Paragraphs and tables of a Word document, in order."""
    try:
        if _too_big(data, DOCX_MAIN):
            return Converted(problem=f"Word document too large (its text XML exceeds {MAX_XML_BYTES} bytes)")
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
        blocks: list[str] = []
        for child in document.element.body.iterchildren():
            if child.tag == _W + "p":
                t = _clean(Paragraph(child, document).text)
                if t:
                    blocks.append(t)
            elif child.tag == _W + "tbl":
                blocks.extend(_docx_table(Table(child, document)))
    except Exception as exc:  # noqa: BLE001 - any failure of the library means a damaged file
        return Converted(problem=f"damaged Word document, cannot be read ({type(exc).__name__})")
    return Converted(("\n\n".join(blocks),), OFFICE_TEXT, None)


def _docx_table(table) -> list[str]:
    rows: list[str] = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            key = id(cell._tc)
            if key in seen:  # a merged cell is returned once per grid column it spans
                continue
            seen.add(key)
            t = _clean(" ".join(p.text for p in cell.paragraphs))
            if t:
                cells.append(t)
        if cells:
            rows.append(" | ".join(cells))
    return ["\n".join(rows)] if rows else []


def _odt_text(el) -> str:
    """Text of an ODF paragraph: ``text:s`` as spaces, tabs and line breaks as spaces."""
    parts = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == _TEXT + "s":
            parts.append(" " * int(child.get(_TEXT + "c", "1") or 1))
        elif tag in (_TEXT + "tab", _TEXT + "line-break"):
            parts.append(" ")
        elif tag in (_OFFICE + "annotation", _TEXT + "note"):
            pass
        else:
            parts.append(_odt_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def read_odt(data: bytes) -> Converted:
    """Paragraphs, headings, lists and tables of an OpenDocument text, in order."""
    from xml.etree import ElementTree as ET

    try:
        if _too_big(data, "content.xml"):
            return Converted(problem=f"OpenDocument too large (its text XML exceeds {MAX_XML_BYTES} bytes)")
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            xml = z.read("content.xml")
        if b"<!ENTITY" in xml:
            return Converted(problem="OpenDocument with XML entity declarations, not read")
        root = ET.fromstring(xml)
    except Exception as exc:  # noqa: BLE001
        return Converted(problem=f"damaged OpenDocument, cannot be read ({type(exc).__name__})")
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    blocks: list[str] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if tag in (_TEXT + "p", _TEXT + "h"):
                t = _clean(_odt_text(child))
                if t:
                    blocks.append(t)
            elif tag == _TABLE + "table":
                rows = []
                for row in child.iter(_TABLE + "table-row"):
                    cells = [
                        _clean(" ".join(_odt_text(p) for p in cell.iter() if p.tag in (_TEXT + "p", _TEXT + "h")))
                        for cell in row.findall(_TABLE + "table-cell")
                    ]
                    cells = [c for c in cells if c]
                    if cells:
                        rows.append(" | ".join(cells))
                if rows:
                    blocks.append("\n".join(rows))
            else:
                walk(child)

    if body is not None:
        walk(body)
    return Converted(("\n\n".join(blocks),), OFFICE_TEXT, None)
