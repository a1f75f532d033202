"""Inputs real corpora contain that once hung, crashed or lost a run (``tests/adversarial.py``):
every one gives a ``documents`` row with a reason or a correct extraction, the rest of the corpus
is processed, and nothing takes more than the harness's wall-clock budget.

Budgets here are enforced by timeouts of the harness (``subprocess`` timeouts, or a SIGALRM that
fails the test) set far above the expected time: they catch a hang or quadratic time, never a
slow machine. Time per MB is measured by ``tools/fuzz.py --grow``, not asserted.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

import adversarial
from socreport import cli, files, manifest
from socreport.parse import _scan
from socreport.readers.plain import unwrap
from socreport.sources import MAX_HTML_TAGS, discover, html_to_text, read_document
from socreport.text import MAX_COMBINING, normalise

SEED = "000_a6640382eac6c1fc"


@contextmanager
def harness_timeout(seconds: float):
    """Fail the test if the block runs longer than ``seconds`` (a hang guard, not a measurement)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def fail(*_):
        pytest.fail(f"still running after {seconds} s: super-linear time or a hang")

    old = signal.signal(signal.SIGALRM, fail)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _rows(out: Path) -> dict[str, dict]:
    with open(out / "documents.csv", encoding="utf-8", newline="") as fh:
        return {r["doc_id"]: r for r in csv.DictReader(fh)}


def _symlink_shapes(root: Path) -> list[str]:
    """Links that loop in every shape we know; returns the names that must come back skipped."""
    (root / "self.txt").symlink_to("self.txt")
    (root / "ping.txt").symlink_to("pong.txt")
    (root / "pong.txt").symlink_to("ping.txt")
    (root / "broken.txt").symlink_to("nowhere.txt")
    (root / "loops").mkdir()
    (root / "loops" / "up").symlink_to("..")  # a folder link back up: not followed
    (root / "loops" / "me").symlink_to("me")
    (root / "loops" / "via.txt").symlink_to("me/x.txt")
    return ["self", "ping", "pong", "broken", "via"]


# -- the whole corpus, end to end --------------------------------------------------------------------

SIZE = 60_000  # bytes per adversarial file: large enough to show quadratic time, small enough for CI


@pytest.fixture(scope="module")
def adversarial_run(tmp_path_factory, raw_dir: Path):
    root = tmp_path_factory.mktemp("adversarial")
    corpus = root / "in"
    corpus.mkdir()
    for name, make in adversarial.CASES.items():
        (corpus / name).write_text(make(SIZE), encoding="utf-8")
    (corpus / "twins.txt").write_text(adversarial.twin_articles(), encoding="utf-8")
    (corpus / "font_1000.html").write_text(adversarial.unclosed_font(12_000), encoding="utf-8")
    skipped = _symlink_shapes(corpus)
    (corpus / f"{SEED}.txt").write_bytes((raw_dir / f"{SEED}.txt").read_bytes())
    out = root / "out"
    proc = subprocess.run([sys.executable, "-m", "socreport.cli", "extract", str(corpus), "--out", str(out), "-q"],
                          capture_output=True, text=True, timeout=600)
    return proc, _rows(out), skipped, out


def test_no_input_ends_the_run(adversarial_run) -> None:
    proc, rows, _, _ = adversarial_run
    assert proc.returncode == cli.EXIT_SKIPPED, proc.stderr  # some skipped, outputs written
    assert proc.stderr == ""
    assert rows[SEED]["status"] == "ok"


@pytest.mark.parametrize("name", [*adversarial.CASES, "twins.txt", "font_1000.html"])
def test_every_adversarial_input_has_a_row(adversarial_run, name: str) -> None:
    _, rows, _, _ = adversarial_run
    row = rows[Path(name).stem]
    assert row["status"] in ("ok", "skipped")
    assert row["status"] == "ok" or row["message"]


def test_symlink_loops_are_skipped_rows(adversarial_run) -> None:
    _, rows, skipped, _ = adversarial_run
    for name in skipped:
        assert rows[name]["status"] == "skipped" and "link" in rows[name]["message"], rows[name]


def _csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_twin_articles_are_both_read(adversarial_run) -> None:
    """Two articles that differ only in their numbers are two articles: both give facts, and their
    two codes make them two projects (no "versions differ" finding between them)."""
    _, _, _, out = adversarial_run
    facts = [r for r in _csv(out / "facts.csv") if r["doc_id"] == "twins"]
    assert {(r["article"], r["value"]) for r in facts if r["kind"] in ("code", "money")} == {
        ("0", "LLI-101"), ("0", "100000.00 EUR"), ("1", "LLI-202"), ("1", "900000.00 EUR")}
    projects = [r for r in _csv(out / "projects.csv") if "twins" in r["source_docs"]]
    findings = [r for r in _csv(out / "quality.csv") if r["check"] == "versions_differ" and "twins" in r["doc_ids"]]
    assert len(projects) == 2 and not findings
    assert sorted(r["code"] for r in projects) == ["LLI-101", "LLI-202"]


# -- causes, one by one ---------------------------------------------------------------------------

def test_deep_unclosed_tags_convert_without_recursion() -> None:
    with harness_timeout(60):
        text = normalise(html_to_text(adversarial.unclosed_font(200_000)))
    assert text.startswith("Projekts LLI-101.\n\nteksts teksts") and text.count("teksts") > 5000


def test_deeply_nested_blocks_keep_their_text() -> None:
    with harness_timeout(60):
        text = normalise(html_to_text(adversarial.deep_divs(100_000)))
    assert text == "Projekta budžets 100 000 EUR."


@pytest.mark.parametrize("make,size", [(adversarial.unclosed_font, 60_000), (adversarial.deep_divs, 60_000)])
def test_pages_too_deep_for_lxml_keep_all_their_text(tmp_path: Path, make, size: int) -> None:
    """lxml stops reading at 256 open elements (the main content of a page of 1,000 unclosed
    ``<font>`` tags was its first 256 words, of a page of deep ``<div>``s nothing): such a page is
    read whole by the streaming pass, which has no depth limit."""
    from socreport.readers.html import read_html

    html = make(size)
    with harness_timeout(60):
        conv = read_html(html, html_to_text, normalise)
    text = conv.pages[0]
    assert conv.extraction == "whole-page" and text == normalise(html_to_text(html)) and conv.dropped_chars == 0
    assert [text.count(w) for w in ("teksts", "100 000 EUR")] == [html.count(w) for w in ("teksts", "100 000 EUR")]
    f = tmp_path / "deep.html"
    f.write_text(html, encoding="utf-8")
    doc = read_document(f)  # the page of deep <div>s has too few letters to be read: a reason, not a loss
    assert (doc.status, doc.text) == ("ok", text) or doc.message == "no recognisable text (18 letters)"


@pytest.mark.parametrize("control", ["\x1f", "\x0b", "\x0c", "\x08", "\x1b"])
def test_a_control_character_beside_a_hidden_element_is_no_lost_page(tmp_path: Path, control: str) -> None:
    """lxml parses a control character into a text node, then refuses to join that text with the
    tail of a hidden element it drops (ValueError: the page was skipped "cannot convert HTML")."""
    f = tmp_path / "p.html"
    body = ("<p>Projekta kopējais budžets ir 100 000 EUR, no tiem ERAF finansējums 85 %, un projekts ilgst "
            "24 mēnešus.</p>")
    f.write_text(f"<html><body><p>Teksts{control}<span hidden>x</span> turpinās.</p>{body}</body></html>",
                 encoding="utf-8")
    doc = read_document(f)
    assert doc.status == "ok", doc.message
    assert "100 000 EUR" in doc.text and "turpinās" in doc.text and "x turpinās" not in doc.text


def test_html_over_the_tag_limit_is_skipped(tmp_path: Path, monkeypatch) -> None:
    from socreport.readers import visible

    monkeypatch.setattr(visible, "MAX_HTML_TAGS", 1000)
    f = tmp_path / "tags.html"
    f.write_text(adversarial.tiny_tags(20_000), encoding="utf-8")
    doc = read_document(f)
    assert doc.status == "skipped" and doc.message.startswith("HTML too large:") and "limit 1000" in doc.message
    assert doc.sha256
    assert MAX_HTML_TAGS >= 100_000  # real pages have a few thousand elements


def test_a_crash_in_html_conversion_is_a_skipped_row(tmp_path: Path, monkeypatch) -> None:
    from socreport.readers import visible

    def broken(*a, **k):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(visible._Visible, "_read", broken)
    f = tmp_path / "p.html"
    f.write_text("<html><body><p>Projekta budžets ir 100 000 EUR un vēl daudz vārdu.</p></body></html>")
    doc = read_document(f)
    assert doc.status == "skipped" and doc.message == "cannot convert HTML (RecursionError: maximum recursion depth exceeded)"


@pytest.mark.parametrize("marks", ["\u0304", "\u0304\u0323", "\u0323\u0304\u0327", "\u0301" * 3 + "\u0316"])
def test_long_runs_of_combining_marks_are_cut(marks: str) -> None:
    s = "a" + marks * 20_000 + " b"
    with harness_timeout(60):
        out = normalise(s)
    assert out.endswith(" b") and len(out) <= 2 + MAX_COMBINING + 2
    assert normalise(out) == out


def test_latvian_marks_still_compose() -> None:
    assert normalise("a\u0304 s\u030c e\u0304\u0301") == "ā š ḗ"


def test_every_combining_mark_lies_below_the_scanned_range() -> None:
    import unicodedata

    from socreport import text

    assert all(not unicodedata.combining(chr(c)) for c in range(text._COMBINING_BELOW, 0x110000))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "e", " ", "\u0304", "\u0323", "\u0301", "\u200b", "\u0327"]), max_size=300))
def test_normalise_is_idempotent_with_marks(s: str) -> None:
    once = normalise(s)
    assert normalise(once) == once


def _windows_reference(text: str, hits, radius: int):
    """The plain definition: widen each range to white space, then merge overlapping ranges."""
    n = len(text)
    out = []
    for s, e in sorted(hits):
        ws, we = max(0, s - radius), min(n, e + radius)
        while ws > 0 and not text[ws - 1].isspace():
            ws -= 1
        while we < n and not text[we].isspace():
            we += 1
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], we))
        else:
            out.append((ws, we))
    return out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n", max_size=200), st.lists(st.tuples(st.integers(0, 200), st.integers(0, 5)), max_size=30),
       st.integers(0, 20))
def test_windows_equal_their_definition(text: str, raw_hits, radius: int) -> None:
    hits = [(min(s, len(text)), min(s + k, len(text))) for s, k in raw_hits]
    assert _scan.windows(text, hits, radius) == _windows_reference(text, hits, radius)


def test_windows_are_linear_in_one_long_word() -> None:
    word = "x" * 1_000_000
    hits = [(i, i + 1) for i in range(0, len(word), 7)]
    with harness_timeout(30):  # the one-character-at-a-time widening took hours here
        assert _scan.windows(word, hits, 40) == [(0, len(word))]


@pytest.mark.parametrize("line", ["a-" * 30, "- " + "x" * 57, "31. " + "ab " * 18 + "x.", " " * 59 + "a"])
def test_unwrapping_is_linear_in_a_long_hard_wrapped_page(line: str) -> None:
    page = "\n".join([line] * 100_000)  # 6 MB of lines at the wrap width
    with harness_timeout(30):
        out = unwrap(page)
    assert len(out) <= len(page)


def test_page_similarity_of_thousands_of_articles_is_sparse() -> None:
    """A page of 4,000 articles, each with its own words and one word shared with its neighbour:
    dense articles x vocabulary matrices would need gigabytes here; the sparse vectors need the
    few shared stems only."""
    from socreport.grouping import _page_similarity, profile

    def letters(n: int, width: int) -> str:
        return "".join("abcdefghij"[int(d)] for d in f"{n:0{width}d}")

    # ten words of its own per article (distinct six-letter stems) and one shared by two articles
    bodies = [" ".join([letters(10 * i + k, 6) for k in range(10)] + ["y" + letters(i // 2, 5)]) for i in range(4000)]
    profiles = [profile(b) for b in bodies]
    with harness_timeout(120):  # the dense matrices ran out of memory or for minutes here
        sim = _page_similarity(profiles, frozenset(range(0, 4000, 2)))
    assert sim[(0, 1)] > 0 and (0, 2) not in sim
    assert len(sim) == 4000  # each even article and its odd neighbour, both ways


def _searched(monkeypatch, text: str) -> int:
    """Characters the label lookups of reading ``text`` as one article looked at."""
    from socreport.articles import Article
    from socreport.parse import find_facts, labels
    from socreport.roles import read_article

    total = 0
    plain, in_scan = labels.search_at_literals, labels.Scan._search

    def counted(pat, lits, s, low):
        nonlocal total
        total += len(s)
        return plain(pat, lits, s, low)

    def counted_scan(self, pat, lits, a, b):
        nonlocal total
        total += b - a
        return in_scan(self, pat, lits, a, b)

    facts = find_facts(text)
    with monkeypatch.context() as m:
        m.setattr(labels, "search_at_literals", counted)
        m.setattr(labels.Scan, "_search", counted_scan)
        read_article("d", Article(0, 0, len(text), None, None), text, facts)
    return total


@pytest.mark.parametrize("make", [adversarial.partners_line, adversarial.counts_line, adversarial.dates_line,
                                  adversarial.funds_line, adversarial.one_long_line, adversarial.many_lines])
def test_label_lookups_grow_linearly_with_a_long_sentence(monkeypatch, make) -> None:
    # four times the figures in one sentence: about four times the characters looked at (linear),
    # not sixteen (every figure searching its whole sentence, as counts, partners and dates once did)
    small, large = _searched(monkeypatch, make(4_000)), _searched(monkeypatch, make(16_000))
    assert large <= 6 * max(small, 1), (small, large)


def test_short_names_and_titles_are_linear_in_one_long_line() -> None:
    """One 400 KB line with 8,000 bracketed short names and codes: the line's start was searched
    back and its head copied once per short name (73 s here, four times longer at twice the line)."""
    from socreport.parse.codes import find_codes
    from socreport.parse.names import find_acronyms, titles_given

    text = "Sociālā riska bērnu projekts (RiskKids) LLI-491 un " * 8000
    with harness_timeout(60):
        codes = find_codes(text)
        acronyms = find_acronyms(text, codes)
        titles = titles_given(text, codes, acronyms)
    assert len(acronyms) == 8000 and {a.raw for a in acronyms} == {"RiskKids"}
    assert all(len(t.raw) <= 300 for t in titles)


def test_column_headers_are_linear_in_long_rows_and_tall_tables() -> None:
    """A 400 KB table row of dates and a table of 20,000 rows: each value's column header is looked
    up in a bounded stretch (rows up to 2,000 characters, 40 rows up), not the whole line or table."""
    from socreport.parse.columns import column_label
    from socreport.parse.periods import DateRoles

    wide = "| " + " | ".join(["01.03.2019"] * 30_000) + " |"
    tall = "| Start | End |\n" + "| 01.03.2019 | 28.02.2021 |\n" * 20_000
    with harness_timeout(60):
        assert all(column_label(wide, i) is None for i in range(2, len(wide), 13))
        labels = [column_label(tall, i) for i in range(len(tall)) if tall.startswith("01.03", i)]
        roles = DateRoles.of(tall[:2_000])
    assert labels[0] == "Start" and labels[50] is None
    assert roles.role(18, 28) == "start"


def test_discovery_survives_every_shape_of_symlink_loop(tmp_path: Path) -> None:
    skipped = _symlink_shapes(tmp_path)
    (tmp_path / "page.txt").write_text("Projekta budžets ir 100 000 EUR, un vēl daudz vārdu teikumā.")
    with harness_timeout(30):
        found = discover([tmp_path, tmp_path / "self.txt"])
    ids = [f.doc_id for f in found]
    assert sorted(ids) == sorted([*skipped, "page"])
    docs = {f.doc_id: read_document(f.path, doc_id=f.doc_id) for f in found}
    assert docs["page"].status == "ok"
    assert docs["self"].message == "symbolic link loop (the link leads back to itself)"
    assert docs["broken"].message == "broken symbolic link (its target does not exist)"


# -- exit status ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def tables_dir(tmp_path_factory, raw_dir: Path) -> Path:
    out = tmp_path_factory.mktemp("tables")
    assert cli.main(["extract", str(raw_dir / f"{SEED}.txt"), "--out", str(out), "-q"]) == cli.EXIT_OK
    return out


@pytest.mark.parametrize("damage", [b"", b"PAR1 not really", b"\x00" * 100])
def test_report_on_a_corrupt_table_is_a_clear_error(tables_dir: Path, tmp_path: Path, capsys, damage: bytes) -> None:
    import shutil

    broken = tmp_path / "tables"
    shutil.copytree(tables_dir, broken)
    (broken / "projects.parquet").write_bytes(damage)
    status = cli.main(["report", "--tables", str(broken), "--out", str(tmp_path / "r.xlsx")])
    assert status == cli.EXIT_USAGE
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("socreport: error: cannot read ") and "projects.parquet" in err[0]
    assert not (tmp_path / "r.xlsx").exists()


def test_internal_error_has_its_own_status_and_one_line(tables_dir: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    from socreport import excel

    def bug(*a, **k):
        raise KeyError("a bug\nover two lines")

    monkeypatch.setattr(excel, "write_workbook", bug)
    argv = ["report", "--tables", str(tables_dir), "--out", str(tmp_path / "r.xlsx")]
    assert cli.main(argv) == cli.EXIT_INTERNAL == 5
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["socreport: error: internal error (KeyError: 'a bug\\nover two lines'); rerun with --debug "
                   "for the traceback and please report it"]
    assert cli.main([*argv, "--debug"]) == cli.EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and err.strip().splitlines()[-1].startswith("socreport: error: internal")


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(flag: str, capsys) -> None:
    from socreport import __version__

    assert cli.main([flag]) == 0
    assert capsys.readouterr().out.strip() == f"socreport {__version__}"


def test_defaults_are_relative_to_the_working_directory(tmp_path: Path, raw_dir: Path, monkeypatch) -> None:
    (tmp_path / "data" / "raw").mkdir(parents=True)
    (tmp_path / "data" / "raw" / "p.txt").write_bytes((raw_dir / f"{SEED}.txt").read_bytes())
    monkeypatch.chdir(tmp_path)
    assert cli.main(["extract", "data/raw", "-q"]) == cli.EXIT_OK
    assert (tmp_path / "data" / "clean" / "projects.csv").is_file()
    args = cli.build_parser().parse_args(["build"])
    assert (args.out, args.report, args.figures) == (Path("data/clean"), Path("reports/socreport.xlsx"),
                                                     Path("reports/figures"))


# -- one run, one consistent set of outputs -----------------------------------------------------------

def _manifest_holds(out: Path) -> bool:
    import hashlib

    m = json.loads((out / manifest.MANIFEST).read_text(encoding="utf-8"))
    return m["complete"] and all(
        hashlib.sha256((out / rel).read_bytes()).hexdigest() == sha for rel, sha in m["files"].items())


def test_two_concurrent_runs_leave_one_consistent_set(tmp_path: Path, raw_dir: Path) -> None:
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "socreport.cli", "extract", str(raw_dir), "--out", str(out)]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert _manifest_holds(out)
    assert not list(out.glob(".*.tmp"))
    names = {p.name for p in out.iterdir()}
    assert {"projects.csv", "projects.parquet", "datapackage.json", manifest.MANIFEST} <= names


def test_a_second_run_waits_then_gives_up_with_a_clear_message(tmp_path: Path, raw_dir: Path, monkeypatch,
                                                                capsys) -> None:
    out = tmp_path / "out"
    monkeypatch.setattr(cli, "LOCK_WAIT", 0.5)
    with files.output_lock([out]):
        status = cli.main(["extract", str(raw_dir / f"{SEED}.txt"), "--out", str(out)])
    assert status == cli.EXIT_WRITE
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith("socreport: waiting for another socreport run writing to")
    assert err[-1].startswith("socreport: error: another socreport run is writing to")
    assert not (out / "projects.csv").exists()


def test_a_killed_build_says_so_and_the_next_run_cleans_up(tmp_path: Path, raw_dir: Path, monkeypatch, capsys) -> None:
    from socreport import cli_commands

    out, report, figures = tmp_path / "clean", tmp_path / "r.xlsx", tmp_path / "figures"
    argv = ["build", str(raw_dir / f"{SEED}.txt"), "--out", str(out), "--report", str(report), "--figures",
            str(figures), "-q"]

    def killed(*a, **k):
        raise KeyboardInterrupt  # the run is stopped after the tables and the workbook, at the figures

    monkeypatch.setattr(cli_commands, "draw_figures", killed)
    with pytest.raises(KeyboardInterrupt):
        cli.main(argv)
    assert json.loads((out / manifest.MANIFEST).read_text())["complete"] is False
    # a temporary file of a process that was killed (no longer running on this host)
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    stale = files.temporary_name(out / "projects.csv").name.replace(f"-{os.getpid()}.", f"-{p.pid}.")
    (out / stale).write_bytes(b"half")
    assert cli.main(["report", "--tables", str(out), "--out", str(tmp_path / "again.xlsx")]) == 0
    assert "from a run that did not finish" in capsys.readouterr().err
    monkeypatch.undo()
    assert cli.main(argv) == cli.EXIT_OK
    assert _manifest_holds(out)
    m = json.loads((out / manifest.MANIFEST).read_text())
    assert "../r.xlsx" in m["files"] and any(k.startswith("../figures/") for k in m["files"])
    assert not (out / stale).exists()


def _build(raw: Path, root: Path) -> list[str]:
    return [sys.executable, "-m", "socreport.cli", "build", str(raw), "--out", str(root / "clean"), "--report",
            str(root / "r.xlsx"), "--figures", str(root / "figures"), "-q"]


@pytest.mark.slow
def test_two_concurrent_builds_leave_one_consistent_set(tmp_path: Path, raw_dir: Path) -> None:
    """Two whole builds (tables, workbook, figures) into the same folders at once: the second waits
    for the first's lock, and the manifest's hashes hold for every file, the workbook and the
    figures included."""
    argv = _build(raw_dir / f"{SEED}.txt", tmp_path)
    procs = [subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    out = tmp_path / "clean"
    assert _manifest_holds(out)
    files = json.loads((out / manifest.MANIFEST).read_text())["files"]
    assert "../r.xlsx" in files and any(k.startswith("../figures/") for k in files)
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]


@pytest.mark.slow
def test_a_build_killed_with_sigkill_is_marked_then_repaired(tmp_path: Path, raw_dir: Path, capsys) -> None:
    """A build killed outright (SIGKILL: no clean-up of its own runs) once its tables are written:
    the manifest says the set is incomplete, ``report`` says so, and the next build completes it."""
    import time

    out = tmp_path / "clean"
    argv = _build(raw_dir / f"{SEED}.txt", tmp_path)
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        if (out / "projects.csv").exists():
            m = json.loads((out / manifest.MANIFEST).read_text(encoding="utf-8"))
            if not m["complete"]:
                proc.kill()
                break
        time.sleep(0.02)
    proc.wait(timeout=60)
    if proc.returncode != -signal.SIGKILL:
        pytest.skip("the build finished before it could be killed")  # not seen on the bundled corpus
    assert json.loads((out / manifest.MANIFEST).read_text())["complete"] is False
    assert cli.main(["report", "--tables", str(out), "--out", str(tmp_path / "again.xlsx")]) == 0
    assert "from a run that did not finish" in capsys.readouterr().err
    done = subprocess.run(argv, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert _manifest_holds(out)
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]
