"""Language data for the recognisers, kept as CSV tables in ``parse/lexicon/``.

Adding a month spelling, a fund name or a group noun is a data edit, not a code edit. Each table is
a UTF-8 CSV with a header row; lines starting with ``#`` are comments. Tables are read once and
cached; the returned rows are tuples of dicts so callers cannot mutate the shared copy.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

_PACKAGE = "socreport.parse"


@lru_cache(maxsize=None)
def load(name: str) -> tuple[Mapping[str, str], ...]:
    """Rows of lexicon table ``name`` (file ``lexicon/<name>.csv``), cells stripped.

    Raises ``FileNotFoundError`` naming the table when it does not exist."""
    ref = resources.files(_PACKAGE).joinpath("lexicon", f"{name}.csv")
    if not ref.is_file():
        raise FileNotFoundError(f"no lexicon table {name!r} (expected socreport/parse/lexicon/{name}.csv)")
    text = ref.read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    rows = []
    for row in reader:
        rows.append(MappingProxyType({k.strip(): (v or "").strip() for k, v in row.items() if k is not None}))
    return tuple(rows)


def column(name: str, col: str) -> tuple[str, ...]:
    """One column of a lexicon table, in file order."""
    return tuple(r[col] for r in load(name))


def mapping(name: str, key: str, value: str) -> Mapping[str, str]:
    """A ``key -> value`` mapping from two columns of a lexicon table (later rows do not override)."""
    out: dict[str, str] = {}
    for r in load(name):
        out.setdefault(r[key], r[value])
    return MappingProxyType(out)
