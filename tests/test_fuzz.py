"""The parser never raises on any text: arbitrary text and mutated seed pages through the whole
per-document stage (articles, every recogniser, assembly). ``tools/fuzz.py`` runs the same
properties for many more cases outside the test suite."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from socreport.merge import build_tables
from socreport.pipeline import extract_document

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
SEEDS = [p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))]
ALPHABET = list("0123456789 .,:;%€()–-/\n\"'«»") + list("EURLVlsāēīūčšžņģķļ gadamēnešiprojektsERAFESFt.sk.nolīdz")


@st.composite
def mutated_pages(draw):
    page = draw(st.sampled_from(SEEDS))
    start = draw(st.integers(0, max(0, len(page) - 1)))
    piece = page[start:start + draw(st.integers(0, 4000))]
    for _ in range(draw(st.integers(0, 8))):
        i = draw(st.integers(0, len(piece)))
        op = draw(st.sampled_from(["insert", "delete", "swap"]))
        junk = draw(st.text(alphabet=ALPHABET, max_size=12))
        if op == "insert":
            piece = piece[:i] + junk + piece[i:]
        elif op == "delete":
            piece = piece[:i] + piece[i + len(junk):]
        else:
            piece = piece[i:] + piece[:i]
    return piece


def _run(tmp_path: Path, text: str) -> None:
    f = tmp_path / "page.txt"
    f.write_text(text, encoding="utf-8", errors="surrogatepass")
    res = extract_document(f)
    assert res.document.status in ("ok", "fallback", "skipped")
    for fr in res.facts:
        assert 0 <= fr.start < fr.end
    build_tables([res]).validate()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutated_pages())
def test_mutated_seed_pages_never_raise(tmp_path, text):
    _run(tmp_path, text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=0, max_size=600))
def test_arbitrary_text_never_raises(tmp_path, text):
    _run(tmp_path, text)


def test_the_fuzz_tool_names_the_text_whose_tables_fail(tmp_path, monkeypatch, capsys):
    """tools/fuzz.py validates the tables of 64 documents at once; when they fail, it builds them
    again one document at a time and names the text that breaks them."""
    import sys

    import pytest

    from socreport import merge

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    import fuzz

    plain = merge.build_tables

    def broken(results, **kw):
        results = list(results)
        if any(r.document.path.endswith("page1.txt") for r in results):
            raise ValueError("broken tables")
        return plain(results, **kw)

    monkeypatch.setattr(merge, "build_tables", broken)
    batch = fuzz._Batch(tmp_path)
    batch.add("Projekta budžets ir 100 000 EUR, no tiem ERAF 85 %.")
    batch.add("Otrs teksts: projekta budžets ir 200 000 EUR.")
    with pytest.raises(ValueError, match="broken tables"):
        batch.check()
    assert capsys.readouterr().err.strip() == "tables fail for the text 'Otrs teksts: projekta budžets ir 200 000 EUR.'"
    batch.add("Projekta budžets ir 100 000 EUR, no tiem ERAF 85 %.")  # a new batch: page0 again
    batch.check()
