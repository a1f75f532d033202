"""The bundle of tidy tables that every layer passes along: :class:`Tables`.

Each attribute is a pandas DataFrame that conforms to the schema of the same name in
:mod:`socreport.schemas`. ``indicators``, ``quality`` and the other derived tables are filled in by
:func:`socreport.add_indicators` and :func:`socreport.add_quality`; they stay ``None`` until then.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import pandas as pd

from . import schemas


@dataclass(frozen=True)
class Tables:
    documents: pd.DataFrame
    projects: pd.DataFrame
    funding: pd.DataFrame
    partners: pd.DataFrame
    beneficiaries: pd.DataFrame
    facts: pd.DataFrame
    sources: pd.DataFrame
    #: Derived tables by name (``indicators``, ``quality``, ``aggregates``, ...), each with its schema.
    derived: dict[str, pd.DataFrame] = field(default_factory=dict)

    EXTRACTED = ("documents", "projects", "funding", "partners", "beneficiaries", "facts", "sources")

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name in self.EXTRACTED:
            return getattr(self, name)
        try:
            return self.derived[name]
        except KeyError:
            raise KeyError(f"no table {name!r}; have: {', '.join(self.names())}") from None

    def names(self) -> list[str]:
        return list(self.EXTRACTED) + list(self.derived)

    def items(self) -> Iterator[tuple[str, pd.DataFrame]]:
        for n in self.names():
            yield n, self[n]

    def with_derived(self, **tables: pd.DataFrame) -> Tables:
        """A new bundle with ``tables`` added to (or replacing) the derived tables."""
        return replace(self, derived={**self.derived, **tables})

    @property
    def indicators(self) -> pd.DataFrame | None:
        return self.derived.get("indicators")

    @property
    def quality(self) -> pd.DataFrame | None:
        return self.derived.get("quality")

    def validate(self) -> Tables:
        """Validate every table against its schema; raises listing all violations."""
        for name, df in self.items():
            schemas.validate(df, name)
        return self

    def write(self, out_dir: str | Path) -> list[Path]:
        """Write every table to the folder ``out_dir`` (created if needed) as ``<name>.csv`` and
        ``<name>.parquet``, plus ``datapackage.json``; return the paths written. All files are
        renamed into place only once each is complete, so a failure leaves earlier files intact.
        :func:`socreport.read_tables` reads the folder back into an equal bundle.
        (The formats: :mod:`socreport.outputs`.)"""
        from .outputs import write_tables

        return write_tables(self, out_dir)

    @classmethod
    def read(cls, tables_dir: str | Path) -> Tables:
        """The bundle written to ``tables_dir`` by :meth:`write` (or ``socreport build``/``extract``);
        the same as :func:`socreport.read_tables`."""
        from .outputs import read_frames

        base, derived = read_frames(tables_dir)
        return cls(**base, derived=derived)

    @classmethod
    def empty(cls) -> Tables:
        return cls(**{f.name: schemas.empty(f.name) for f in fields(cls) if f.name != "derived"})
