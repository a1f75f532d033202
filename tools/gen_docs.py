"""Regenerate docs/tables.md (the data dictionary of every table) from socreport.schemas."""

from __future__ import annotations

from pathlib import Path

from socreport import schemas

DOC = Path(__file__).resolve().parents[1] / "docs" / "tables.md"


def render() -> str:
    return schemas.markdown() + "\n"


if __name__ == "__main__":
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC}")
