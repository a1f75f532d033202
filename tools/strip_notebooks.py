#!/usr/bin/env python3
"""Strip outputs and run-specific metadata from notebooks so that only their code is versioned.

Usage::

    python tools/strip_notebooks.py                 # strip every notebooks/*.ipynb in place
    python tools/strip_notebooks.py --check         # exit 1 listing the notebooks that are not stripped
    python tools/strip_notebooks.py a.ipynb b.ipynb # only these files

A stripped notebook has, in every code cell, no outputs and ``execution_count`` null; cell metadata
keeps only ``tags`` (the ``parameters`` tag matters); notebook metadata keeps the kernel spec and the
language name. The JSON is written the way nbformat writes it (sorted keys, one-space indent), so
stripping twice changes nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
KEEP_CELL_METADATA = ("tags",)


def strip(nb: dict[str, Any]) -> dict[str, Any]:
    """A copy of notebook ``nb`` (nbformat 4 JSON as a dict) without outputs or run metadata."""
    out = json.loads(json.dumps(nb))
    for cell in out.get("cells", []):
        cell["metadata"] = {k: v for k, v in cell.get("metadata", {}).items() if k in KEEP_CELL_METADATA}
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    meta = out.get("metadata", {})
    kept: dict[str, Any] = {}
    if "kernelspec" in meta:
        kept["kernelspec"] = meta["kernelspec"]
    if "language_info" in meta:
        kept["language_info"] = {"name": meta["language_info"].get("name", "python")}
    out["metadata"] = kept
    return out


def dumps(nb: dict[str, Any]) -> str:
    """Notebook JSON text as nbformat writes it."""
    return json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def is_stripped(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    return text == dumps(strip(json.loads(text)))


def strip_file(path: Path) -> bool:
    """Strip ``path`` in place (atomically); True when the file changed."""
    text = path.read_text(encoding="utf-8")
    new = dumps(strip(json.loads(text)))
    if new == text:
        return False
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(new)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", type=Path, help="notebooks (default: notebooks/*.ipynb)")
    ap.add_argument("--check", action="store_true", help="change nothing; exit 1 if any notebook is not stripped")
    args = ap.parse_args(argv)
    paths = args.paths or sorted(NOTEBOOKS.glob("*.ipynb"))
    if args.check:
        dirty = [p for p in paths if not is_stripped(p)]
        for p in dirty:
            print(f"not stripped: {p}", file=sys.stderr)
        return 1 if dirty else 0
    for p in paths:
        if strip_file(p):
            print(f"stripped: {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
