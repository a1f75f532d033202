"""Shared fixtures: the bundled seed corpus and helpers to read it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
TESTDATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    return RAW


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """Seed pages by document id (file name without extension), as UTF-8 text."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))}
