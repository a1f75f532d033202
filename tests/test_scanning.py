"""The fast paths give the facts of the exact scans: numbers tried only at digit runs, one date scan
shared by dates, periods and date roles, and the sparse page similarity.

Each fast path is compared with its plain definition on the seed pages, the development pages and
generated text (hypothesis)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from socreport.articles import split_articles
from socreport.grouping import _page_similarity, profile
from socreport.parse import find_facts, numbers
from socreport.parse.dates import find_dates, scan, scan_dates
from socreport.parse.periods import DateRoles, date_role, find_periods
from socreport.parse._scan import Lines, matches_at
from socreport.sources import read_document

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted(p for d in (ROOT / "data" / "raw", ROOT / "tests" / "data" / "real" / "dev" / "raw")
               for p in d.iterdir() if p.is_file())


@pytest.fixture(scope="module")
def page_texts() -> list[str]:
    texts = [read_document(p).text for p in PAGES]
    assert len(texts) >= 40 and all(texts)
    return texts


def _numbers_reference(text: str) -> list[tuple[int, int, float]]:
    """``NUMBER`` tried at every position (``finditer``), as before the digit-run anchors."""
    out = []
    for m in numbers._NUMBER_RE.finditer(text):
        v = numbers.parse_number(m.group())
        if v is not None:
            out.append((m.start(), m.end(), v))
    return out


_NUMBER_PIECES = st.sampled_from([
    "1", "12", "123", "2020", " ", "\u00a0", ".", ",", "-", "/", "+", "_", "EUR", "līdz", "vertė", "abc", "x",
    "\n", "–", "661 092.24", "1.001.524,17", "9 412 350,00", "LLI-491", "2014-2020",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_NUMBER_PIECES, max_size=25).map("".join))
def test_numbers_at_digit_runs_equal_the_full_scan(text: str) -> None:
    assert numbers.find_numbers(text) == _numbers_reference(text)


def test_numbers_at_digit_runs_equal_the_full_scan_on_real_pages(page_texts: list[str]) -> None:
    for text in page_texts:
        assert numbers.find_numbers(text) == _numbers_reference(text)


@pytest.mark.parametrize(("pattern", "text", "starts", "spans"), [
    (r"\d+", "a12 34", [1, 4], [(1, 3), (4, 6)]),
    (r"\d+", "a12 34", [1, 2, 4], [(1, 3), (4, 6)]),  # a start inside the previous match is skipped
    (r"(?<=a)\d", "a1b2", [1, 3], [(1, 2)]),  # a look-behind sees the text before the start
    (r"x*", "xx", [0, 1, 2], [(0, 2)]),  # empty matches are not reported
])
def test_matches_at(pattern: str, text: str, starts: list[int], spans: list[tuple[int, int]]) -> None:
    import re

    assert [m.span() for m in matches_at(re.compile(pattern), text, starts)] == spans


def _articles(texts: list[str]):
    for text in texts:
        for art in split_articles(text):
            if art.duplicate_of is None:
                yield text[art.start:art.end], art.published.year if art.published else None


def test_find_facts_reads_dates_and_roles_from_one_scan(page_texts: list[str]) -> None:
    """The dates, periods and date roles of find_facts are those of the separate functions."""
    n = 0
    for body, year in _articles(page_texts):
        facts = find_facts(body, this_year=year)
        assert facts.date_roles is not None
        assert set(facts.date) <= set(find_dates(body, this_year=year))
        assert list(facts.period) == sorted(find_periods(body, this_year=year), key=lambda f: (f.start, -f.end))
        shifted = facts.shifted(1000)
        for d in facts.date:
            role = date_role(body, d.start, d.end)
            assert facts.date_roles.role(d.start, d.end) == role
            assert shifted.date_roles is not None and shifted.date_roles.role(d.start + 1000, d.end + 1000) == role
            n += 1
    assert n > 150


_DATE_PIECES = st.sampled_from([
    "no ", "līdz ", "2020.gada 1.jūlija", "2022. gada 30.novembrim", " – ", "01.06.2020.", "31.05.2022.",
    "šī gada 1. augusta", "pērnā gada septembra", "sākot no ", "24 mēneši, ", "9.jūnijam", "decembrim",
    "Projekta sākums: ", "iki ", "2020 m. liepos 1 d.", "from ", "1 July 2020", " to ", "July", " ", "\n", ". ",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_DATE_PIECES, max_size=12).map("".join), st.one_of(st.none(), st.integers(2000, 2030)))
def test_one_date_scan_equals_the_separate_scans(text: str, year: int | None) -> None:
    s = scan_dates(text, this_year=year)
    assert list(s.hits) == scan(text, this_year=year)
    assert list(s.with_partial) == scan(text, partial=True, this_year=year)
    assert list(s.plain_hits) == scan(text)
    assert list(s.plain_with_partial) == scan(text, partial=True)
    assert not s.has_relative or year is not None
    assert s.has_relative or (s.hits is s.plain_hits and s.with_partial is s.plain_with_partial)
    roles = DateRoles.of(text)
    for h in s.with_partial:
        assert roles.role(h.start, h.end) == date_role(text, h.start, h.end)


def test_a_text_without_relative_years_shares_its_plain_hits() -> None:
    s = scan_dates("no 2020.gada 1.jūlija līdz 2022. gada 30.novembrim", this_year=2021)
    assert not s.has_relative and s.hits is s.plain_hits
    r = scan_dates("no šī gada 1. augusta līdz 2022. gada 30.novembrim", this_year=2021)
    assert r.has_relative and len(r.hits) == 2 and len(r.plain_hits) == 1


def _dense_similarity(profiles) -> dict[tuple[int, int], float]:
    """The page similarity as dense TF-IDF matrices (the definition the sparse one must equal)."""
    from collections import Counter

    profiles = [(tuple(stems.items()), gs) for stems, gs in profiles]
    n = len(profiles)
    df = Counter(st for stems, _ in profiles for st, _ in stems)
    max_df = max(4, int(0.15 * n))
    vocab = {st: k for k, st in enumerate(st for st, c in df.items() if c <= max_df)}
    idf = np.array([math.log((1 + n) / (1 + df[st])) for st in vocab], dtype="float64")
    groups = sorted({g for _, gs in profiles for g, _ in gs})
    text_m, group_m = np.zeros((n, len(vocab))), np.zeros((n, len(groups)))
    for i, (stems, gs) in enumerate(profiles):
        for st_, c in stems:
            if st_ in vocab:
                text_m[i, vocab[st_]] = (1 + math.log(c)) * idf[vocab[st_]]
        for g, c in gs:
            group_m[i, groups.index(g)] = math.log(1 + c)

    def cos(m):
        norms = np.sqrt((m * m).sum(axis=1))
        unit = m / np.where(norms > 0, norms, 1.0)[:, None]
        return unit @ unit.T

    t = cos(text_m)
    sim = t + 0.1 * cos(group_m) * np.minimum(1.0, 10 * t)
    return {(a, b): float(sim[a, b]) for a in range(n) for b in range(n) if a != b}


_WORDS = st.sampled_from(["bērnu", "uzraudzība", "projekts", "pašvaldība", "seniori", "darbinieki", "atbalsts",
                          "pakalpojums", "children", "elderly", "vaikai", "finansējums", "Jelgava", "ģimenes"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_WORDS, max_size=30).map(" ".join), min_size=2, max_size=12),
       st.sets(st.integers(0, 11)))
def test_sparse_page_similarity_equals_the_dense_matrices(bodies: list[str], rows: set[int]) -> None:
    profiles = [profile(b) for b in bodies]
    wanted = frozenset(r for r in rows if r < len(bodies))
    got = _page_similarity(profiles, wanted)
    want = {k: v for k, v in _dense_similarity(profiles).items() if k[0] in wanted or k[1] in wanted}
    assert got.keys() <= want.keys()
    for k, v in want.items():
        assert got.get(k, 0.0) == pytest.approx(v, abs=1e-12)  # a pair left out has similarity 0
        assert got.get(k) == got.get((k[1], k[0]))  # exactly symmetric


def test_sparse_page_similarity_on_real_pages(page_texts: list[str]) -> None:
    for text in page_texts:
        bodies = [text[a.start:a.end] for a in split_articles(text)]
        if len(bodies) < 2:
            continue
        profiles = [profile(b) for b in bodies]
        got, want = _page_similarity(profiles), _dense_similarity(profiles)
        assert got.keys() <= want.keys()
        assert all(round(got.get(k, 0.0), 9) == round(v, 9) for k, v in want.items())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab\n ", max_size=60), st.data())
def test_lines_answer_as_rfind_and_find(text: str, data) -> None:
    lines = Lines(text)
    pos = data.draw(st.integers(0, len(text)))
    assert lines.start(pos) == text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    assert lines.end(pos) == (len(text) if end < 0 else end)


_TITLE_PIECES = st.sampled_from(["(", ")", " ", "\t", "ABC", "Risk Kids", "x", "((", "a(b)", "  (HOME) ", ",", "-"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_TITLE_PIECES, max_size=12).map("".join), st.data())
def test_trailing_short_name_is_found_from_the_tail(text: str, data) -> None:
    """The tail-only search strips the same trailing bracket as the search of the whole span."""
    import re

    from socreport.parse import name_parts, names

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    m = re.search(r"\s*\(\s*([^()]{2,40}?)\s*\)\s*$", text[start:end])
    want = end
    if m and m.start() > 0 and name_parts.looks_like_acronym(m.group(1)):
        want = start + m.start()
    assert names._strip_trailing_acronym(text, start, end) == want
