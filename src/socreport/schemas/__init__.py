"""The contract between layers: every table's columns, dtypes and meanings, written down once.

The same definitions drive validation (:func:`validate`, built on pandera), the Frictionless
``datapackage.json`` (:func:`datapackage`), the data dictionary in the docs, and the Excel and
notebook labels in English and Latvian (:func:`label`).

Every table is defined statically in this package — the extracted ones in
:mod:`~socreport.schemas.extracted`, the derived ones (indicators, partner_shares, aggregates,
quality), with the formulas of computed columns and the ids of the checks, in
:mod:`~socreport.schemas.derived` — so the registry is the same whatever was imported.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

import pandas as pd

from .derived import (
    AGGREGATED,
    AGGREGATES,
    CHECKS,
    DERIVED_TABLES,
    DIMENSIONS,
    FORMULAS,
    INDICATORS,
    PARTNER_SHARES,
    QUALITY,
    Check,
)
from .extracted import (
    BENEFICIARIES,
    DOCUMENTS,
    EU_FUNDS,
    EU_UNNAMED,
    EXTRACTION_TABLES,
    FACTS,
    FUNDING,
    PARTNERS,
    PROJECT_ID,
    PROJECTS,
    PROVENANCE,
    SOURCES,
    SOURCES_TABLE,
)
from .model import DATE, Column, Table
from .official import LOCATIONS, OFFICIAL_TABLES, OPERATIONS

#: pandas dtype -> Frictionless Table Schema type
_TS_TYPE = {"string": "string", "Int64": "integer", "Float64": "number", "boolean": "boolean", DATE: "date"}

#: Every table by name: the extracted tables, then the derived ones.
_REGISTRY: Mapping[str, Table] = {t.name: t for t in EXTRACTION_TABLES + DERIVED_TABLES + OFFICIAL_TABLES}


def get(name: str) -> Table:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"no schema for table {name!r}; known: {', '.join(sorted(_REGISTRY))}") from None


def all_tables() -> list[Table]:
    return list(_REGISTRY.values())


def empty(table: Table | str) -> pd.DataFrame:
    """A zero-row frame with the table's columns and dtypes."""
    t = get(table) if isinstance(table, str) else table
    return pd.DataFrame({c.name: pd.Series(dtype=c.dtype) for c in t.columns})


def conform(df: pd.DataFrame, table: Table | str) -> pd.DataFrame:
    """Put ``df``'s columns in schema order and cast them to the schema dtypes (returns a new frame).

    Missing columns are an error, not silently added."""
    t = get(table) if isinstance(table, str) else table
    missing = [n for n in t.names if n not in df.columns]
    if missing:
        raise ValueError(f"table {t.name!r} lacks columns: {', '.join(missing)}")
    out = pd.DataFrame(index=pd.RangeIndex(len(df)))
    for c in t.columns:
        s = df[c.name].reset_index(drop=True)
        if c.dtype == DATE:
            s = pd.to_datetime(s, errors="raise").astype(DATE)
        else:
            s = s.astype(c.dtype)
        out[c.name] = s
    return out


@lru_cache(maxsize=None)
def _pandera_schema(t: Table):
    """The pandera schema of ``t``, built once per table (validating a stream of batches, or every
    table of a run, does not rebuild it)."""
    import pandera.pandas as pa

    cols = {}
    for c in t.columns:
        checks = [pa.Check.isin(list(c.allowed))] if c.allowed else []
        cols[c.name] = pa.Column(c.dtype, nullable=not c.required, checks=checks, coerce=False)
    unique = list(t.primary_key) if t.primary_key else None
    return pa.DataFrameSchema(cols, strict=True, ordered=True, unique=unique, name=t.name)


def validate(df: pd.DataFrame, table: Table | str) -> pd.DataFrame:
    """Check ``df`` against its schema (column set and order, dtypes, required, vocabularies, key).

    Returns ``df`` unchanged; raises ``pandera.errors.SchemaErrors`` listing every violation."""
    t = get(table) if isinstance(table, str) else table
    return _pandera_schema(t).validate(df, lazy=True)


def label(table: str, column: str, lang: str = "en") -> str:
    c = get(table).column(column)
    return c.lv if lang == "lv" else c.en


#: Licence of the data package socreport writes (the extracted tables; the source texts keep their
#: publishers' terms, named in the package's sources).
DATA_LICENSES: tuple[Mapping[str, str], ...] = (
    {
        "name": "CC-BY-4.0",
        "title": "Creative Commons Attribution 4.0",
        "path": "https://creativecommons.org/licenses/by/4.0/",
    },
)


def foreign_keys(table: str, tables: Iterable[str]) -> list[dict[str, object]]:
    """The Table Schema ``foreignKeys`` of ``table`` among ``tables``: every ``project_id`` refers to the
    projects table and every ``doc_id`` to the documents table (when that table is in the package)."""
    present = set(tables)
    t = get(table)
    out: list[dict[str, object]] = []
    for column, target in (("project_id", "projects"), ("doc_id", "documents")):
        if column in t.names and target in present and target != table:
            out.append({"fields": [column], "reference": {"resource": target, "fields": [column]}})
    return out


def _fields(t: Table) -> list[dict[str, object]]:
    fields = []
    for c in t.columns:
        f: dict[str, object] = {
            "name": c.name,
            "type": _TS_TYPE[c.dtype],
            "title": c.en,
            "description": c.description_en,
            "socreport:title_lv": c.lv,
            "socreport:description_lv": c.description_lv,
        }
        if c.dtype == DATE:
            f["format"] = "%Y-%m-%d"
        if c.unit:
            f["socreport:unit"] = c.unit
        constraints: dict[str, object] = {}
        if c.required:
            constraints["required"] = True
        if c.allowed:
            constraints["enum"] = list(c.allowed)
        if constraints:
            f["constraints"] = constraints
        fields.append(f)
    return fields


def _with_file(
    resource: dict[str, object], files: Mapping[str, tuple[str, int]] | None, *, size: bool
) -> dict[str, object]:
    """``resource`` with its file's ``hash`` (``sha256:...``) and, if ``size``, its ``bytes``."""
    if files and str(resource["path"]) in files:
        digest, nbytes = files[str(resource["path"])]
        resource["hash"] = f"sha256:{digest}"
        if size:
            resource["bytes"] = nbytes
    return resource


def _table_schema(tname: str, names: list[str]) -> dict[str, object]:
    """The Table Schema of ``tname``: its fields, missing values, primary and foreign keys."""
    t = get(tname)
    schema: dict[str, object] = {"fields": _fields(t), "missingValues": [""]}
    if t.primary_key:
        schema["primaryKey"] = list(t.primary_key)
    keys = foreign_keys(tname, names)
    if keys:
        schema["foreignKeys"] = keys
    return schema


def _csv_resource(tname: str, schema: dict[str, object]) -> dict[str, object]:
    """The tabular data resource of ``<tname>.csv`` (``schema``: :func:`_table_schema`)."""
    t = get(tname)
    return {
        "name": tname,
        "path": f"{t.name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "title": t.title_en,
        "description": t.description,
        "schema": schema,
    }


def _parquet_resource(tname: str, schema: dict[str, object]) -> dict[str, object]:
    """The resource of ``<tname>.parquet``: a file resource (type "file"). Frictionless reads
    Parquet's missing integers as NaN and missing dates as NaT and fails on them, so the schema it
    shares with the CSV file is given (as ``socreport:schema``), not validated."""
    t = get(tname)
    return {
        "name": f"{tname}-parquet",
        "path": f"{t.name}.parquet",
        "profile": "data-resource",
        "type": "file",
        "format": "parquet",
        "mediatype": "application/vnd.apache.parquet",
        "title": f"{t.title_en} (Parquet)",
        "description": t.description + " The same rows as the CSV file, with the pandas/Arrow dtypes.",
        "socreport:schema": {k: v for k, v in schema.items() if k != "foreignKeys"},
    }


def datapackage(
    tables: Iterable[str],
    *,
    name: str = "socreport",
    version: str = "",
    extra: Mapping[str, object] | None = None,
    files: Mapping[str, tuple[str, int]] | None = None,
    parquet: bool = False,
    sources: Iterable[Mapping[str, object]] = (),
    licenses: Iterable[Mapping[str, str]] = DATA_LICENSES,
) -> dict:
    """A Frictionless Data Package descriptor for the CSV files ``<table>.csv``: fields with types,
    units, labels and vocabularies in English and Latvian, primary keys, foreign keys
    (:func:`foreign_keys`), the licence and the sources (the input documents). With ``parquet``, the
    Parquet files ``<table>.parquet`` are resources ``<table>-parquet`` too (file resources, their
    schema given as ``socreport:schema``; the package profile is then ``data-package``).

    ``files`` maps a file name to its SHA-256 and size in bytes: each resource's ``hash`` and, for the
    CSV files, ``bytes`` (``frictionless validate`` checks both)."""
    names = list(tables)
    resources = []
    for tname in names:
        schema = _table_schema(tname, names)
        resources.append(_with_file(_csv_resource(tname, schema), files, size=True))
        if parquet:
            resources.append(_with_file(_parquet_resource(tname, schema), files, size=False))
    profile = "data-package" if parquet else "tabular-data-package"
    pkg: dict[str, object] = {"profile": profile, "name": name, "resources": resources}
    pkg["licenses"] = [dict(lic) for lic in licenses]
    listed = [dict(s) for s in sources]
    if listed:
        pkg["sources"] = listed
    if version:
        pkg["version"] = version
    if extra:
        pkg.update(extra)
    return pkg


def markdown(tables: Iterable[str] | None = None, *, lang: str = "en") -> str:
    """The data dictionary as Markdown: one section per table, one row per column."""
    names = list(tables) if tables is not None else [t.name for t in all_tables()]
    out = [
        "# Tables and columns" if lang == "en" else "# Tabulas un kolonnas",
        "",
        "Generated from `socreport.schemas` (`python tools/gen_docs.py`); do not edit by hand.",
        "",
    ]
    for name in names:
        t = get(name)
        out += [f"## `{t.name}` — {t.title_en if lang == 'en' else t.title_lv}", "", t.description, ""]
        if t.primary_key:
            out += [f"Primary key: {', '.join(f'`{k}`' for k in t.primary_key)}.", ""]
        out += ["| column | type | unit | label (en) | label (lv) | meaning |", "|---|---|---|---|---|---|"]
        for c in t.columns:
            desc = c.description_en if lang == "en" else c.description_lv
            if c.allowed:
                desc += " One of: " + ", ".join(f"`{a}`" for a in c.allowed) + "."
            if c.required:
                desc += " Never empty."
            dtype = "date (YYYY-MM-DD)" if c.dtype == DATE else c.dtype
            out.append(f"| `{c.name}` | {dtype} | {c.unit} | {c.en} | {c.lv} | {desc.replace('|', '/')} |")
        out.append("")
    return "\n".join(out)


__all__ = [
    "Column",
    "Table",
    "DATE",
    "EU_FUNDS",
    "EU_UNNAMED",
    "SOURCES",
    "PROVENANCE",
    "PROJECT_ID",
    "DOCUMENTS",
    "PROJECTS",
    "FUNDING",
    "PARTNERS",
    "BENEFICIARIES",
    "FACTS",
    "SOURCES_TABLE",
    "EXTRACTION_TABLES",
    "FORMULAS",
    "INDICATORS",
    "PARTNER_SHARES",
    "DIMENSIONS",
    "AGGREGATED",
    "AGGREGATES",
    "Check",
    "CHECKS",
    "QUALITY",
    "DERIVED_TABLES",
    "LOCATIONS",
    "OPERATIONS",
    "OFFICIAL_TABLES",
    "get",
    "all_tables",
    "empty",
    "conform",
    "validate",
    "label",
    "datapackage",
    "foreign_keys",
    "DATA_LICENSES",
    "markdown",
]
