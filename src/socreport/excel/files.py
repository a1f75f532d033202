"""The workbook as deterministic bytes, written once (with the project's one
:func:`socreport.files.atomic_write`).

openpyxl's ``Workbook.save`` stamps every zip entry with the clock. :func:`save_workbook` writes the
parts through :class:`FixedZipFile`, which gives every entry the same time and attributes, straight
into the file (or stream) it is given: the zip is built once, never held as a second copy in memory.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path
from typing import IO

from openpyxl import Workbook
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


def save_workbook(wb: Workbook, target: str | Path | IO[bytes]) -> None:
    """Write ``wb`` as ``.xlsx`` to ``target`` (a path or a binary stream) with its own (fixed)
    document timestamps and fixed zip entry times: the same workbook gives the same bytes.

    ``Workbook.save`` would stamp the modification time with the clock; writing through
    :class:`openpyxl.writer.excel.ExcelWriter` keeps the timestamps set in ``wb.properties``."""
    archive = FixedZipFile(target, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(wb, archive).save()
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
