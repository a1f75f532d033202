"""Field-level accuracy of socreport, printed per corpus, per language and per field.

    python tools/accuracy.py [--verbose] [--part seeds|dev|eval ...]

* seeds — the five bundled seed pages (``data/raw``) against ``tests/data/expected_projects.csv``;
* dev   — the real pages the rules are developed on (``tests/data/real/dev``);
* eval  — the real pages kept for evaluation only (``tests/data/real/eval``);
* variations — the synthetic page tables ``tests/test_variations_*.py`` (see ``tests/variations.py``),
  their ``BUILT_ON`` rows (the rules were developed on them) and ``EVAL_ONLY`` rows (written before
  the rules were changed, never tuned to) scored apart, per language and per field.

The real pages are scored twice: with the projects table as ``extract`` builds it (a project that
two pages describe is one row, credited to both pages) and with projects kept per document
(``per_document=True``, what each page states on its own), since the gold is labelled page by page.

The figures are printed, never compared with a threshold: this is a report, not a test.
``--verbose`` also lists every field that differs (use it on ``dev`` only: reading the misses of
``eval`` would turn it into a development set).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import socreport  # noqa: E402
from socreport.evaluation import load_expected, load_gold, score, score_pages  # noqa: E402

REAL = ROOT / "tests" / "data" / "real"
LANGS = ("lv", "en", "lt")


def _seeds(verbose: bool) -> None:
    tables = socreport.extract([ROOT / "data" / "raw"])
    result = score(tables.projects, load_expected(ROOT / "tests" / "data" / "expected_projects.csv"))
    p, r = result.precision, result.recall
    print(f"== seeds (5 pages): precision {p:.3f}, recall {r:.3f}, F1 {2 * p * r / (p + r) if p + r else 0:.3f}")
    if verbose:
        print(result.report())


def _summary(projects, gold: list[dict]) -> list[str]:
    langs = {g["language"] for g in gold}
    out = []
    for lang in [*[x for x in LANGS if x in langs], None]:
        s = score_pages(projects, gold, lang)
        n = sum(1 for g in gold if lang is None or g["language"] == lang)
        tp, g, pr = s.totals()
        p, r, f1 = s.prf(tp, g, pr)
        out.append(f"  {lang or 'all':<4}{n:>4} pages  F1 {f1:.3f}  (precision {p:.3f}, recall {r:.3f}; "
                   f"{tp} of {g} gold fields, {pr} predicted, {s.spurious} spurious projects)")
    return out


def _real(part: str, verbose: bool) -> None:
    folder = REAL / part
    gold = load_gold(folder / "gold")
    # the gold is labelled page by page, and `socreport extract` keeps each page's projects apart
    # (--per-document): that is the figure; build's table, merged across documents, is shown second
    apart = socreport.extract([folder / "raw"], per_document=True)
    print(f"== {part} ({len(gold)} real pages), as `socreport extract` reads them (projects kept per document)")
    print("\n".join(_summary(apart.projects, gold)))
    merged = socreport.extract([folder / "raw"])
    print(f"-- {part}, projects merged across documents (as `socreport build` and `--merge`)")
    print("\n".join(_summary(merged.projects, gold)))
    s = score_pages(apart.projects, gold)
    print(s.report())
    if verbose:
        print("\n".join("  miss: " + m for m in s.misses))


def _variations(verbose: bool) -> None:
    import importlib.util
    import tempfile

    sys.path.insert(0, str(ROOT / "tests"))
    from variations import compare, read_rows, row_ids, score_rows

    for path in sorted((ROOT / "tests").glob("test_variations_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        tables = {"b": mod.BUILT_ON, "e": mod.EVAL_ONLY}
        with tempfile.TemporaryDirectory() as tmp:
            pages = read_rows(tables, Path(tmp))
        name = path.stem.removeprefix("test_variations_")
        for prefix, label in (("b", "BUILT_ON"), ("e", "EVAL_ONLY")):
            rows = tables[prefix]
            ids = row_ids(prefix, rows)
            how = "the rules were developed on" if prefix == "b" else "written before the rules, never tuned to"
            print(f"== variations {name} {label} ({len(rows)} rows, {how}; tests/{path.name})")
            print("\n".join(score_rows([(r, pages[i]) for i, r in zip(ids, rows)], mod.FIELDS)))
            if verbose and prefix == "b":
                print("\n".join(f"  miss: {i} {compare(r, pages[i])}" for i, r in zip(ids, rows) if compare(r, pages[i])))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", action="append", choices=("seeds", "dev", "eval", "variations"))
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args(argv)
    for part in a.part or ("seeds", "dev", "eval", "variations"):
        if part == "seeds":
            _seeds(a.verbose)
        elif part == "variations":
            _variations(a.verbose)
        else:
            _real(part, a.verbose)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
