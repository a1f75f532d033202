"""The workbook as deterministic bytes (written with the project's one :func:`socreport.files.atomic_write`)."""

from __future__ import annotations

import io
import zipfile

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

#: The zip entry time of every part (the earliest a zip can store), and the document timestamp
#: used when no source has a publication date.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def normalise_zip(data: bytes) -> bytes:
    """The same zip with entries sorted by name, every entry time :data:`ZIP_TIME`, fixed
    attributes and deflate compression: equal contents give equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            dst.writestr(info, src.read(name))
    return out.getvalue()


def workbook_bytes(wb: Workbook) -> bytes:
    """The ``.xlsx`` bytes of ``wb`` with its own (fixed) document timestamps.

    ``Workbook.save`` stamps the modification time with the clock; writing through
    :class:`openpyxl.writer.excel.ExcelWriter` keeps the timestamps set in ``wb.properties``."""
    buf = io.BytesIO()
    archive = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(wb, archive).save()
    finally:
        archive.close()
    return normalise_zip(buf.getvalue())
