"""``manifest.json``: which files one run wrote, with their SHA-256, and whether the run finished."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from .files import atomic_write, file_sha256

#: The file in the tables folder that says which files one run wrote and whether it finished.
MANIFEST = "manifest.json"


def manifest_bytes(command: str, files: Iterable[Path], base: Path, *, complete: bool) -> bytes:
    """``manifest.json``: the socreport version, the command, whether the run finished, and the
    SHA-256 of every file it wrote (paths relative to ``base``, the tables folder). No time stamps:
    the same outputs give the same bytes."""
    from . import __version__

    listed = {}
    for f in files:
        f = Path(f)
        listed[Path(os.path.relpath(os.path.abspath(f), os.path.abspath(base))).as_posix()] = file_sha256(f)
    doc = {"socreport": __version__, "command": command, "complete": complete, "files": dict(sorted(listed.items()))}
    return (json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def write_manifest(out_dir: str | Path, command: str, files: Iterable[Path] = (), *, complete: bool) -> Path:
    """Write ``manifest.json`` to ``out_dir``. A run writes it with ``complete=False`` before its first
    output and with ``complete=True`` and every file's hash after its last, so a run that was killed
    halfway leaves a manifest saying so, and a file whose hash differs is not from that run."""
    out = Path(out_dir)
    return atomic_write(out / MANIFEST, manifest_bytes(command, files, out, complete=complete))


def read_manifest(tables_dir: str | Path) -> dict | None:
    """The manifest of ``tables_dir`` (None when there is none or it is unreadable)."""
    try:
        doc = json.loads((Path(tables_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return doc if isinstance(doc, dict) else None
