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
