"""The two types every table definition is made of: :class:`Column` and :class:`Table`."""

from __future__ import annotations

from dataclasses import dataclass

#: The dtype of date columns (dates without time, stored as pandas timestamps).
DATE = "datetime64[ns]"


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # "string", "Int64", "Float64", "boolean" or DATE
    en: str  # short English label (Excel header)
    lv: str  # short Latvian label
    description_en: str
    description_lv: str
    unit: str = ""  # "EUR", "%", "share", "months", "people", ...
    required: bool = False  # never empty
    allowed: tuple[str, ...] = ()  # closed vocabulary for string columns


@dataclass(frozen=True)
class Table:
    name: str
    title_en: str
    title_lv: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"table {self.name!r} has no column {name!r}")


def col(name: str, dtype: str, en: str, lv: str, d_en: str, d_lv: str, **kw) -> Column:
    """A :class:`Column` from positional essentials (the tables read as one line per column)."""
    return Column(name, dtype, en, lv, d_en, d_lv, **kw)
