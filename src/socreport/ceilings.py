"""EU co-financing ceilings: the highest share of a project's budget a fund may pay under a programme.

Read from ``socreport/data/programme_ceilings.csv``; used by the ``share_above_ceiling`` check
(:mod:`socreport.checks`) and by the EU-share chart data (:mod:`socreport.views`), so that both use
the same ceiling.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .texts import data_table


@dataclass(frozen=True)
class Ceiling:
    fund: str
    keywords: tuple[str, ...]
    ceiling_pct: float
    note: str


@lru_cache(maxsize=None)
def load_ceilings() -> tuple[Ceiling, ...]:
    """Rows of ``socreport/data/programme_ceilings.csv`` in file order."""
    out = []
    for r in data_table("programme_ceilings.csv"):
        kws = tuple(k.strip().lower() for k in (r["programme_keywords"] or "").split("|") if k.strip())
        out.append(Ceiling(r["fund"].strip(), kws, float(r["ceiling_pct"]), r["note"].strip()))
    return tuple(out)


def find_ceiling(
    fund: str | None, programme: str | None, ceilings: tuple[Ceiling, ...] | None = None
) -> Ceiling | None:
    """The co-financing ceiling that applies to ``fund`` under ``programme``.

    Known programme: the first row of the fund whose keywords occur in it, else the fund's default row
    (no keywords). Unknown programme: the fund's highest ceiling (only shares above every ceiling that
    could apply are reported). None for a fund without rows."""
    rows = [c for c in (ceilings if ceilings is not None else load_ceilings()) if c.fund == fund]
    if not rows:
        return None
    prog = (programme or "").strip().lower()
    if not prog:
        return max(rows, key=lambda c: c.ceiling_pct)
    for c in rows:
        if c.keywords and any(k in prog for k in c.keywords):
            return c
    defaults = [c for c in rows if not c.keywords]
    return defaults[0] if defaults else None


def ceiling_for(programme: str | None, eu_fund: str | None) -> float | None:
    """The EU co-financing ceiling as a FRACTION (0.85) for a project's programme and EU fund, or None
    when no ceiling is known for the fund (see :func:`find_ceiling`)."""
    c = find_ceiling(eu_fund or None, programme or None)
    return None if c is None else c.ceiling_pct / 100.0


__all__ = ["Ceiling", "load_ceilings", "find_ceiling", "ceiling_for"]
