"""The workbook as deterministic bytes, written once (with the project's one
:func:`socreport.files.atomic_write`), its data sheets row by row.

openpyxl's ``Workbook.save`` stamps every zip entry with the clock. :func:`save_workbook` writes the
parts through :class:`FixedZipFile`, which gives every entry the same time and attributes, straight
into the file (or stream) it is given: the zip is built once, never held as a second copy in memory.
A data sheet's rows are made while its part is written (:func:`stream_rows`, a :class:`RowStream`):
the workbook holds no cell object of them, so memory does not grow with the tables.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Protocol

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.cell._writer import write_cell
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.packaging.relationship import Relationship
from openpyxl.utils.cell import range_boundaries
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.dimensions import SheetDimension
from openpyxl.worksheet.related import Related
from openpyxl.worksheet.table import TablePartList
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

#: The zip entry time of every part (the earliest a zip can store).
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _fixed_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 0
    info.external_attr = 0
    return info


class FixedZipFile(zipfile.ZipFile):
    """A zip whose every entry has time :data:`ZIP_TIME`, fixed attributes and deflate compression,
    whether written from memory (``writestr``) or copied from a file (``write``, in blocks)."""

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        name = zinfo_or_arcname.filename if isinstance(zinfo_or_arcname, zipfile.ZipInfo) else str(zinfo_or_arcname)
        super().writestr(_fixed_info(name), data)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        name = str(arcname if arcname is not None else Path(filename).name)
        with open(filename, "rb") as src, self.open(_fixed_info(name), "w") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)


class RowStream(Protocol):
    """Rows of a worksheet made when the workbook is saved (a data sheet: no cell objects are kept)."""

    first: int  #: sheet row of the first streamed row
    last: int  #: sheet row of the last streamed row
    dimension: str  #: the sheet's used range, e.g. ``A1:K900``

    def rows(self, ws: Worksheet) -> Iterator[tuple[int, Sequence[Cell], float | None]]:
        """(sheet row, its cells, its height in points or None) for each streamed row, in order."""
        ...


#: The attribute of a worksheet that holds its :class:`RowStream`.
STREAM_ATTR = "_socreport_rows"


def stream_rows(ws: Worksheet, stream: RowStream) -> None:
    """Have ``ws``'s rows ``stream.first`` .. ``stream.last`` made by ``stream`` when the workbook is
    saved (the rows stored in ``ws`` itself come before and after them)."""
    setattr(ws, STREAM_ATTR, stream)


class _StreamingSheetWriter(WorksheetWriter):
    """openpyxl's worksheet writer, with the stored rows before and after a :class:`RowStream`'s."""

    def write_dimensions(self) -> None:
        self.xf.send(SheetDimension(getattr(self.ws, STREAM_ATTR).dimension).to_tree())

    def write_rows(self) -> None:
        stream: RowStream = getattr(self.ws, STREAM_ATTR)
        stored = self.rows()
        xf = self.xf.send(True)
        with xf.element("sheetData"):
            for idx, row in stored:
                if idx < stream.first:
                    self.write_row(xf, row, idx)
            for idx, cells, height in stream.rows(self.ws):
                attrs = {"r": str(idx)}
                if height:
                    attrs.update(ht=f"{height:g}", customHeight="1")
                with xf.element("row", attrs):
                    for cell in cells:
                        if cell._value is not None or cell.has_style:
                            write_cell(xf, self.ws, cell, cell.has_style)
            for idx, row in stored:
                if idx > stream.last:
                    self.write_row(xf, row, idx)
        self.xf.send(None)

    def write_tables(self) -> None:
        """openpyxl's ``write_tables``, with each Excel table's column names read from its header
        row alone: openpyxl reads ``ws[table.ref]``, which makes a cell object for every cell of the
        table's range (all streamed rows, kept until the workbook is dropped: 33 MiB for a
        16,000-row Sources sheet)."""
        tables = TablePartList()
        for table in self.ws.tables.values():
            if not table.tableColumns:
                table._initialise_columns()
                if table.headerRowCount:
                    min_col, min_row, max_col, _ = range_boundaries(table.ref)
                    header = next(self.ws.iter_rows(min_row=min_row, max_row=min_row, min_col=min_col, max_col=max_col))
                    for cell, col in zip(header, table.tableColumns):
                        if cell.data_type != "s":
                            raise ValueError(f"table {table.displayName}: column headings must be strings")
                        col.name = str(cell.value)
            rel = Relationship(Type=table._rel_type, Target="")
            self._rels.append(rel)
            table._rel_id = rel.Id
            tables.append(Related(id=rel.Id))
        if tables:
            self.xf.send(tables.to_tree())


class _Writer(ExcelWriter):
    """ExcelWriter that writes a sheet with a :class:`RowStream` row by row (openpyxl 3.1's own
    ``write_worksheet`` for the others)."""

    def write_worksheet(self, ws: Worksheet) -> None:
        if getattr(ws, STREAM_ATTR, None) is None:
            super().write_worksheet(ws)
            return
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = _StreamingSheetWriter(ws)
        writer.write()
        ws._rels = writer._rels
        self._archive.write(writer.out, ws.path[1:])
        self.manifest.append(ws)
        writer.cleanup()


def save_workbook(wb: Workbook, target: str | Path | IO[bytes]) -> None:
    """Write ``wb`` as ``.xlsx`` to ``target`` (a path or a binary stream) with its own (fixed)
    document timestamps and fixed zip entry times: the same workbook gives the same bytes.

    ``Workbook.save`` would stamp the modification time with the clock; writing through
    :class:`openpyxl.writer.excel.ExcelWriter` keeps the timestamps set in ``wb.properties``."""
    archive = FixedZipFile(target, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        _Writer(wb, archive).save()
    finally:
        archive.close()


def workbook_bytes(wb: Workbook) -> bytes:
    """The ``.xlsx`` bytes of ``wb`` (:func:`save_workbook` into memory; for tests and callers that
    want bytes, the file writer streams instead)."""
    buf = io.BytesIO()
    save_workbook(wb, buf)
    return buf.getvalue()


def normalise_zip(data: bytes) -> bytes:
    """The same zip with entries sorted by name, every entry time :data:`ZIP_TIME`, fixed
    attributes and deflate compression: equal contents give equal bytes (for zips from elsewhere)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            dst.writestr(_fixed_info(name), src.read(name))
    return out.getvalue()
