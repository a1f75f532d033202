"""The documentation matches the code: data dictionary, README quick start, CLI help."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _gen():
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "tools" / "gen_docs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_tables_doc_is_generated_from_schemas():
    assert (ROOT / "docs" / "tables.md").read_text(encoding="utf-8") == _gen().render(), \
        "docs/tables.md is stale: run python tools/gen_docs.py"


def test_every_column_is_documented_in_both_languages():
    from socreport import schemas

    _gen()
    for t in schemas.all_tables():
        for c in t.columns:
            assert c.en and c.lv and c.description_en and c.description_lv, (t.name, c.name)


def test_readme_quick_start_is_two_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Quick start.*?```sh\n(.*?)```", readme, re.S).group(1)
    commands = [ln.split("#")[0].strip() for ln in block.splitlines() if ln.split("#")[0].strip()]
    assert commands == ["make build", "make test"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.M)
