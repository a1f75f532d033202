"""LibreOffice's conversion of a workbook to PDF, as ``tools/print_pages.py`` and the workbook tests
use it: headless, with a throw-away user profile in the output folder (so that two conversions at
once, or a desktop session of the user, do not share one)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def find_soffice() -> str | None:
    """The LibreOffice program (``soffice``, or ``libreoffice`` as some distributions name it), or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(soffice: str, xlsx: Path, outdir: Path, *, timeout: float = 600) -> Path:
    """``xlsx`` printed to ``outdir/<stem>.pdf`` by LibreOffice; the path of the PDF. Raises
    ``subprocess.CalledProcessError`` (or ``TimeoutExpired`` after ``timeout`` seconds) when it fails."""
    profile = outdir / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(outdir), str(xlsx)],
        check=True, capture_output=True, timeout=timeout,
    )
    return outdir / (xlsx.stem + ".pdf")
