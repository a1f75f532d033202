"""Regenerate docs/tables.md (the data dictionary of every table) from socreport.schemas."""

from __future__ import annotations

from pathlib import Path

from socreport import schemas

DOC = Path(__file__).resolve().parents[1] / "docs" / "tables.md"


#: The hand-written part of docs/tables.md, placed after the title: how the tables are read and written.
FILES = """\
## Reading and writing the tables

`socreport build` and `socreport extract` write every table to `data/clean/` (or `--out DIR`) as
`<table>.csv` and `<table>.parquet`, plus `datapackage.json` (a Frictionless Data Package) and
`manifest.json` (the files of the run and their SHA-256). In Python the same round trip is:

```python
import socreport

tables = socreport.add_quality(socreport.add_indicators(socreport.extract(["data/raw"])))
tables.write("data/clean")                      # Tables.write(DIR) -> the paths written
again = socreport.read_tables("data/clean")     # a Tables bundle with the same dtypes
```

The Parquet files carry their pandas metadata, so plain pandas (no socreport installed) gives the
dtypes documented below, with missing values as `<NA>`/`NaT` and a `RangeIndex`:

```python
import pandas as pd

projects = pd.read_parquet("data/clean/projects.parquet")
projects.dtypes      # total_budget_eur Float64, beneficiaries Int64, start_date datetime64[ns], ...
projects["start_date"].dt.year
```

Types: `string` (pandas `string`, Arrow `string`), `Int64` (`int64`), `Float64` (`double`),
`boolean` (`bool`), and dates (pandas `datetime64[ns]`; in Arrow a midnight `timestamp[ns]` whose
field metadata says `socreport:type = date`; in CSV `YYYY-MM-DD`). Columns that are never empty are
non-nullable Arrow fields. In CSV, missing values are empty cells and booleans `true`/`false`.

In `facts`, `value` is the value as text; `number`, `first_day` and `last_day` hold it typed where
the kind has a quantity or days, and `detail` holds every field of the value as a JSON object
(`json.loads`); on the bundled pages, for example, `{"country": "LT", "lead": true, "name": "Šauļu
pilsētas dome"}` for an organisation and `{"amount": 83397.18, "amount_eur": 118663.5, "currency": "LVL"}`
for an amount in lats (`value` `118663.50 EUR (83397.18 LVL)`, `number` 118663.5).

"""


def render() -> str:
    text = schemas.markdown() + "\n"
    head, sep, rest = text.partition("\n## ")
    return head.rstrip("\n") + "\n\n" + FILES + sep.lstrip("\n") + rest


if __name__ == "__main__":
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC}")
