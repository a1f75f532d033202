"""Page-level variation tables: each row a small synthetic page (language, text, expected fields).

A variations file (``tests/test_variations_*.py``) holds two lists of :class:`Row`: ``BUILT_ON``,
the rows the rules were developed on, and ``EVAL_ONLY``, rows written before the rules were changed
and never tuned to. Every row's page is written to one folder and read once with
``socreport.extract(folder, per_document=True)``; a row's fields are compared with what its page
gives (:func:`read_rows`, :func:`compare`), and ``tools/accuracy.py`` prints the tables' scores
per language and field (:func:`score_rows`). :func:`table_tests` gives a variations file its tests.

A row names only the fields it checks: a value is what the page must give, None that the page must
give nothing for that field (a negative: a call's deadline, a contract number, an organisation's
abbreviation). A page that gives several projects gives a field the set of their values; it is
right when that set is exactly the expected value (or empty for None); a row expects the values of
a page that lists several projects as a frozenset (each value then scored on its own).

A page with fewer letters than a document needs to be read (``socreport.decoding.MIN_LETTERS``:
shorter files are skipped as "no recognisable text") gets a neutral closing line in its language
(:data:`CLOSING`, stating no field), so that every row tests the rules rather than the reader's
threshold; :func:`read_rows` fails if any row's page is not read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

LANGS = ("lv", "en", "lt")

#: A closing line stating no field, added to a row's page shorter than a readable document.
CLOSING = {
    "lv": "Sīkāka informācija pieejama pie projekta koordinatora.",
    "en": "More information is available from the project coordinator.",
    "lt": "Daugiau informacijos suteiks projekto koordinatorius.",
}


@dataclass(frozen=True)
class Row:
    lang: str
    text: str
    expected: dict[str, Any] = field(default_factory=dict)


def row_ids(prefix: str, rows: Sequence[Row]) -> list[str]:
    """Stable ids of a table's rows, also the names of their pages: ``b-lv-003``."""
    return [f"{prefix}-{r.lang}-{i:03d}" for i, r in enumerate(rows)]


def _norm(name: str, v: Any) -> Any:
    if isinstance(v, (set, frozenset)):
        return frozenset(_norm(name, x) for x in v)
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return None
    if name.endswith("_date"):
        return pd.Timestamp(v).date().isoformat()
    if name in {"duration_months_stated", "beneficiaries"}:
        return int(v)
    if isinstance(v, float):
        return round(v, 2)
    return str(v).strip() or None


def page_text(r: Row) -> str:
    """The row's page as written to its file: its text, with the closing line when it is too short to read."""
    from socreport.decoding import MIN_LETTERS

    short = sum(c.isalpha() for c in r.text) < MIN_LETTERS
    return f"{r.text}\n\n{CLOSING[r.lang]}\n" if short else r.text + "\n"


def read_rows(tables: dict[str, Sequence[Row]], folder: Path) -> dict[str, dict[str, set[Any]]]:
    """Every row's page written to ``folder`` and read; per row id, per field, the set of values
    its projects give (fields of every projects column)."""
    import socreport

    folder.mkdir(parents=True, exist_ok=True)
    ids: list[str] = []
    for prefix, rows in tables.items():
        for rid, r in zip(row_ids(prefix, rows), rows):
            (folder / f"{rid}.txt").write_text(page_text(r), encoding="utf-8")
            ids.append(rid)
    read = socreport.extract([folder], per_document=True)
    unread = read.documents.loc[read.documents["status"] == "skipped", ["doc_id", "message"]]
    assert unread.empty, f"row pages not read: {unread.to_dict('records')}"
    projects = read.projects
    out: dict[str, dict[str, set[Any]]] = {rid: {} for rid in ids}
    for rec in projects.to_dict("records"):
        got = out.setdefault(str(rec["source_docs"]), {})
        for name, v in rec.items():
            n = _norm(name, v)
            if n is not None:
                got.setdefault(name, set()).add(n)
    return out


def compare(r: Row, got: dict[str, set[Any]]) -> dict[str, tuple[Any, Any]]:
    """The row's fields the page got wrong: field -> (expected, values given)."""
    bad = {}
    for name, want in r.expected.items():
        have = got.get(name, set())
        w = _norm(name, want)
        if have != (set(w) if isinstance(w, frozenset) else {w} if w is not None else set()):
            bad[name] = (w, sorted(have, key=str) or None)
    return bad


@dataclass
class Tally:
    correct: int = 0
    gold: int = 0
    predicted: int = 0

    def add(self, want: Any, have: set[Any]) -> None:
        if isinstance(want, frozenset):  # the values of a page's several projects
            self.gold += len(want)
            self.predicted += len(have)
            self.correct += len(want & have)
            return
        self.gold += want is not None
        self.predicted += bool(have)
        self.correct += want is not None and have == {want}

    def line(self, label: str) -> str:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.correct / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return f"{label:<24}{self.correct:>8}{self.gold:>6}{self.predicted:>6}{p:>11.3f}{r:>8.3f}{f1:>7.3f}"


def score_rows(rows: Iterable[tuple[Row, dict[str, set[Any]]]], fields: Sequence[str]) -> list[str]:
    """Lines of a score table: per language, then per field, then all (correct, gold values,
    predicted values, precision, recall, F1), in the format of the development set's tables."""
    by_lang: dict[str, Tally] = {}
    by_field: dict[str, Tally] = {}
    total = Tally()
    n = dict.fromkeys(LANGS, 0)
    for r, got in rows:
        n[r.lang] = n.get(r.lang, 0) + 1
        for name, want in r.expected.items():
            w, have = _norm(name, want), got.get(name, set())
            for t in (by_lang.setdefault(r.lang, Tally()), by_field.setdefault(name, Tally()), total):
                t.add(w, have)
    head = f"{'':<24}{'correct':>8}{'gold':>6}{'pred':>6}{'precision':>11}{'recall':>8}{'F1':>7}"
    out = [head]
    out += [by_lang[x].line(f"{x} ({n[x]} rows)") for x in LANGS if x in by_lang]
    out += [by_field[f].line(f) for f in fields if f in by_field]
    out.append(total.line("all fields"))
    return out


def table_tests(
    name: str,
    built_on: Sequence[Row],
    eval_only: Sequence[Row],
    fields: Sequence[str],
    known_misses: Iterable[str] = (),
):
    """The tests of a variations file: its pages read once (the ``pages`` fixture), every
    ``BUILT_ON`` row asserted (a row in ``known_misses`` is a strict xfail: it fails once it is read
    right), and every row of both tables checking only the table's ``fields`` in a language the
    tables score. Bind the three to the file's module names: ``pages, test_built_on,
    test_rows_name_known_fields = table_tests(...)``."""
    tables = {"b": built_on, "e": eval_only}
    misses = set(known_misses)
    ids = row_ids("b", built_on)
    assert misses <= set(ids), f"known misses that are no rows: {sorted(misses - set(ids))}"

    @pytest.fixture(scope="module")
    def pages(tmp_path_factory):
        return read_rows(tables, tmp_path_factory.mktemp(f"variations_{name}"))

    @pytest.mark.parametrize(
        "row",
        [
            pytest.param(r, id=i, marks=[pytest.mark.xfail(strict=True)] if i in misses else [])
            for i, r in zip(ids, built_on)
        ],
    )
    def test_built_on(row, pages, request):
        assert compare(row, pages[request.node.callspec.id]) == {}

    @pytest.mark.parametrize("table", ["BUILT_ON", "EVAL_ONLY"])
    def test_rows_name_known_fields(table):
        rows = built_on if table == "BUILT_ON" else eval_only
        assert rows and all(r.expected and set(r.expected) <= set(fields) and r.lang in LANGS for r in rows)

    return pages, test_built_on, test_rows_name_known_fields
