"""The command line end to end: bad inputs, exit status, outputs, summary, determinism."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from socreport import cli, cli_args, cli_commands

SEED = "000_a6640382eac6c1fc"  # RiskChildren, LLI-491
SCRIPTS = "<script>var budget = '999 999.99 EUR'; document.write('LLI-999');</script>"


def _html_scripts_only() -> str:
    return "<!doctype html><html><head><title>x</title>" + SCRIPTS * 50 + "</head><body>" + SCRIPTS * 50 + "</body></html>"


def _html_scripts_and_text(seed_text: str) -> str:
    paras = "".join(f"<p>{line}</p>" for line in seed_text.splitlines() if line.strip())
    return f"<!doctype html><html><head>{SCRIPTS * 20}</head><body>{SCRIPTS * 20}{paras}{SCRIPTS * 20}</body></html>"


# (file name, bytes maker, expected status, words in the reason)
BAD_INPUTS = [
    ("empty.txt", lambda s: b"", "skipped", "empty"),
    ("renamed_pdf.txt", lambda s: b"%PDF-1.7\n%\xb5\xb5\xb5\xb5\n1 0 obj\n<</Type/Catalog>>\nendobj\n" + bytes(range(256)),
     "skipped", "PDF"),
    ("binary.txt", lambda s: bytes((i * 37 + 11) % 256 for i in range(4096)), "skipped", "binary"),
    ("legacy_cp1257.txt", lambda s: s.encode("cp1257"), "fallback", "cp1257"),
    ("scripts_only.html", lambda s: _html_scripts_only().encode(), "skipped", "text"),
    ("scripts_and_text.html", lambda s: _html_scripts_and_text(s).encode(), "ok", ""),
    ("too_big.txt", lambda s: (s * 60).encode(), "skipped", "too large"),
    ("no_letters.txt", lambda s: b"12345 678.90 --- ||| 2020-01-01\n" * 20, "skipped", "text"),
    ("unreadable.txt", lambda s: s.encode(), "skipped", "permission denied"),
]
MAX_BYTES = "150k"  # the largest seed is 75 KB; too_big.txt is ~200 KB


def _make_unreadable(path: Path, monkeypatch) -> None:
    """chmod 000; as root (who reads anything) make opening this one file fail the same way."""
    path.chmod(0)
    if os.geteuid() != 0:
        return
    import builtins

    from socreport import sources

    real_open = builtins.open

    def guarded(file, *a, **kw):
        if Path(str(file)).name == path.name:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *a, **kw)

    monkeypatch.setattr(sources, "open", guarded, raising=False)


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory, raw_dir: Path):
    """`socreport extract` over the seeds plus every bad input: (exit status, documents rows, out dir, stderr)."""
    mp = pytest.MonkeyPatch()
    root = tmp_path_factory.mktemp("bad")
    corpus = root / "in"
    corpus.mkdir()
    for p in sorted(raw_dir.glob("*.txt")):
        shutil.copy(p, corpus / p.name)
    seed_text = (raw_dir / f"{SEED}.txt").read_text(encoding="utf-8")
    for name, make, _, _ in BAD_INPUTS:
        (corpus / name).write_bytes(make(seed_text))
    _make_unreadable(corpus / "unreadable.txt", mp)
    os.mkfifo(corpus / "named_pipe.txt")  # a special file: must be skipped without blocking on open
    err = io.StringIO()
    mp.setattr(sys, "stderr", err)
    try:
        status = cli.main(["extract", str(corpus), "--out", str(root / "out"), "--max-bytes", MAX_BYTES])
    finally:
        mp.undo()
    with open(root / "out" / "documents.csv", encoding="utf-8", newline="") as fh:
        rows = {r["doc_id"]: r for r in csv.DictReader(fh)}
    return status, rows, root / "out", err.getvalue()


@pytest.mark.parametrize("name, status, reason", [(n, s, r) for n, _, s, r in BAD_INPUTS])
def test_every_bad_input_has_a_documents_row_with_a_reason(bad_run, name: str, status: str, reason: str) -> None:
    _, rows, _, _ = bad_run
    row = rows[Path(name).stem]
    assert row["status"] == status, row
    if status != "ok":
        assert row["message"], row
        assert reason.lower() in row["message"].lower(), row
        assert "\n" not in row["message"]


def test_special_file_is_skipped_without_reading(bad_run) -> None:
    _, rows, _, _ = bad_run
    assert rows["named_pipe"]["status"] == "skipped"
    assert "regular file" in rows["named_pipe"]["message"]


def test_bad_inputs_do_not_stop_the_corpus(bad_run, raw_dir: Path) -> None:
    status, rows, out, err = bad_run
    assert len(rows) == 5 + len(BAD_INPUTS) + 1
    assert status == cli.EXIT_SKIPPED
    for p in raw_dir.glob("*.txt"):
        assert rows[p.stem]["status"] == "ok"
    projects = (out / "projects.csv").read_text(encoding="utf-8")
    assert "LLI-491" in projects
    for name in ("indicators", "quality", "facts", "sources", "funding"):
        assert (out / f"{name}.csv").is_file() and (out / f"{name}.parquet").is_file()
    facts = (out / "facts.csv").read_text(encoding="utf-8")
    assert "LLI-999" not in facts and "999 999.99" not in facts  # script text never read as content


def test_summary_names_skipped_files_and_reasons(bad_run) -> None:
    _, rows, out, err = bad_run
    assert err.startswith("socreport extract:")
    assert "skipped" in err and "too large" in err and "empty file" in err
    assert "projects" in err and "findings" in err and str(out) in err
    assert len(err.splitlines()) <= 25  # one screen


def test_missing_input_folder_is_a_usage_error(tmp_path: Path, capsys) -> None:
    status = cli.main(["extract", str(tmp_path / "no_such_folder"), "--out", str(tmp_path / "out")])
    assert status == cli.EXIT_USAGE
    cap = capsys.readouterr()
    assert cap.out == ""
    lines = cap.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("socreport: error:") and "no_such_folder" in lines[0]
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("argv, words", [
    (["extract"], "required"),
    (["build", "--jobs", "many"], "jobs"),
    (["build", "--max-bytes", "lots"], "size"),
    (["build", "--engine", "spark"], "engine"),
    (["report", "--lang", "de"], "lang"),
    (["frobnicate"], "invalid choice"),
])
def test_usage_errors_are_one_line(argv: list[str], words: str, capsys) -> None:
    assert cli.main(argv) == cli.EXIT_USAGE
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("socreport: error:") and words in err[0]


def test_scheduler_without_dask_is_a_usage_error(tmp_path: Path, raw_dir: Path, capsys) -> None:
    status = cli.main(["extract", str(raw_dir), "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:8786"])
    assert status == cli.EXIT_USAGE
    assert "needs --engine dask" in capsys.readouterr().err


@pytest.mark.parametrize("command", [[], ["build"], ["extract"], ["report"]])
def test_help_on_every_command(command: list[str], capsys) -> None:
    assert cli.main([*command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "usage: socreport" in out
    if command and command != ["report"]:
        assert "exit status" in out and "--jobs" in out and "--max-bytes" in out


@pytest.mark.parametrize("files", [
    {"empty.txt": b""},
    {"a.txt": b"%PDF-1.4\n", "b.txt": b""},
    {},
])
def test_nothing_readable_exits_3_and_still_writes_documents(tmp_path: Path, files: dict[str, bytes]) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for name, data in files.items():
        (corpus / name).write_bytes(data)
    status = cli.main(["build", str(corpus), "--out", str(tmp_path / "out"), "--report", str(tmp_path / "r.xlsx"),
                       "--figures", str(tmp_path / "fig"), "-q"])
    assert status == cli.EXIT_NOTHING
    docs = (tmp_path / "out" / "documents.csv").read_text(encoding="utf-8").splitlines()
    assert len(docs) == 1 + len(files)
    assert not (tmp_path / "r.xlsx").exists()


@pytest.fixture(scope="module")
def built(tmp_path_factory, raw_dir: Path):
    root = tmp_path_factory.mktemp("build")

    def run(sub: str, *extra: str) -> tuple[int, Path, str]:
        out = root / sub
        err = io.StringIO()
        mp = pytest.MonkeyPatch()
        mp.setattr(sys, "stderr", err)
        try:
            status = cli.main(["build", str(raw_dir), "--out", str(out / "clean"), "--report",
                               str(out / "socreport.xlsx"), "--figures", str(out / "figures"), *extra])
        finally:
            mp.undo()
        return status, out, err.getvalue()

    return run("a"), run("b", "--verbose"), run("c", "--jobs", "2")


@pytest.mark.slow
def test_build_writes_every_output(built) -> None:
    (status, out, err), _, _ = built
    assert status == cli.EXIT_OK
    names = {p.name for p in (out / "clean").iterdir()}
    for table in ("documents", "projects", "funding", "partners", "beneficiaries", "facts", "sources",
                  "indicators", "partner_shares", "aggregates", "quality"):
        assert {f"{table}.csv", f"{table}.parquet"} <= names
    assert "datapackage.json" in names
    assert not [n for n in names if n.endswith(".tmp")]
    assert (out / "socreport.xlsx").stat().st_size > 0
    assert any(p.suffix == ".png" for p in (out / "figures").iterdir())
    assert "workbook" in err and "figures" in err and "5 found: 5 read" in err


@pytest.mark.slow
def test_build_is_deterministic_and_jobs_2_identical(built) -> None:
    (_, a, _), (_, b, _), (_, c, _) = built
    for p in sorted((a / "clean").iterdir()):
        assert p.read_bytes() == (b / "clean" / p.name).read_bytes(), p.name
        assert p.read_bytes() == (c / "clean" / p.name).read_bytes(), p.name


@pytest.mark.slow
def test_report_from_written_tables(built, tmp_path: Path, capsys) -> None:
    (_, a, _), _, _ = built
    status = cli.main(["report", "--tables", str(a / "clean"), "--out", str(tmp_path / "r.xlsx"), "--lang", "lv"])
    assert status == 0
    assert (tmp_path / "r.xlsx").stat().st_size > 0
    assert "darbgrāmata" in capsys.readouterr().err  # the summary speaks the workbook's language


def test_report_without_tables_is_a_clear_error(tmp_path: Path, capsys) -> None:
    (tmp_path / "clean").mkdir()
    status = cli.main(["report", "--tables", str(tmp_path / "clean"), "--out", str(tmp_path / "r.xlsx")])
    assert status == cli.EXIT_USAGE
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "documents.parquet" in err[0] and "socreport extract" in err[0]
    assert not (tmp_path / "r.xlsx").exists()


def test_unwritable_output_is_one_line_and_exit_4(tmp_path: Path, raw_dir: Path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    status = cli.main(["extract", str(raw_dir), "--out", str(blocker / "clean"), "-q"])
    assert status == cli.EXIT_WRITE
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("socreport: error: cannot write the tables")


@pytest.mark.slow
def test_serial_parallel_and_dask_write_identical_tables(bad_run, tmp_path: Path) -> None:
    _, _, serial_out, _ = bad_run
    corpus = serial_out.parent / "in"
    # unreadable.txt is left out: as root only the in-process monkeypatch makes it unreadable
    inputs = [str(p) for p in sorted(corpus.iterdir()) if p.name != "unreadable.txt"]
    outs = {}
    for label, extra in {"serial": [], "jobs2": ["--jobs", "2"], "dask": ["--engine", "dask", "--jobs", "2"]}.items():
        outs[label] = tmp_path / label
        status = cli.main(["extract", *inputs, "--out", str(outs[label]), "--max-bytes", MAX_BYTES, "-q", *extra])
        assert status == cli.EXIT_SKIPPED, label
    names = sorted(p.name for p in outs["serial"].iterdir())
    # 11 tables x (csv, parquet) + datapackage.json + manifest.json (which run wrote what) + the run lock
    assert len(names) == 29 and {"manifest.json", ".socreport.lock"} <= set(names)
    for label in ("jobs2", "dask"):
        assert sorted(p.name for p in outs[label].iterdir()) == names
        for name in names:
            assert (outs[label] / name).read_bytes() == (outs["serial"] / name).read_bytes(), (label, name)


@pytest.mark.parametrize("text, size", [("2048", 2048), ("150k", 150 * 1024), ("50M", 50 * 1024 ** 2),
                                        ("1.5GB", int(1.5 * 1024 ** 3)), ("10 MiB", 10 * 1024 ** 2)])
def test_parse_size(text: str, size: int) -> None:
    assert cli_args.parse_size(text) == size


def test_console_script_runs(tmp_path: Path, raw_dir: Path) -> None:
    exe = Path(sys.executable).with_name("socreport")
    if not exe.exists():
        exe = Path(shutil.which("socreport") or "socreport")
    proc = subprocess.run([str(exe), "extract", str(raw_dir), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""  # stdout stays clean; the summary is on stderr
    assert "socreport extract:" in proc.stderr and "projects" in proc.stderr
    assert (tmp_path / "out" / "projects.csv").is_file()


@pytest.mark.slow
def test_outputs_do_not_depend_on_the_hash_seed(tmp_path: Path, raw_dir: Path) -> None:
    """Worker processes get their own string-hash seed; set/dict order must never reach the output."""
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-m", "socreport.cli", "extract", str(raw_dir), "--out", str(out), "-q"],
                              capture_output=True, text=True, timeout=120, env=env)
        assert proc.returncode == 0, proc.stderr
        outs.append(out)
    names = sorted(p.name for p in outs[0].iterdir())
    assert names == sorted(p.name for p in outs[1].iterdir())
    for name in names:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_summary_fits_one_screen_with_many_skipped_files() -> None:
    import pandas as pd

    from socreport import schemas
    from socreport.tables import Tables

    docs = schemas.conform(pd.DataFrame({
        "doc_id": [f"d{i}" for i in range(40)], "path": [f"in/d{i}.txt" for i in range(40)],
        "sha256": [None] * 40, "characters": [None] * 40, "encoding": [None] * 40,
        "status": ["skipped"] * 30 + ["fallback"] * 5 + ["ok"] * 5,
        "message": ["empty file"] * 30 + ["not valid UTF-8; decoded as cp1257"] * 5 + [None] * 5,
        **{c: [None] * 40 for c in ("url", "retrieved_at", "extraction", "dropped_chars", "unread_chars", "pages")},
    }), "documents")
    base = Tables.empty()
    t = Tables(**{n: getattr(base, n) for n in Tables.EXTRACTED if n != "documents"}, documents=docs)
    lines = cli.summary_lines(cli_commands.Outcome("build", t, {"tables": Path("data/clean")}))
    text = "\n".join(lines)
    assert "40 found: 5 read, 5 read with an encoding fallback, 30 skipped" in text
    assert "... and 22 more skipped (see documents.csv)" in text
    assert sum("fallback in/d" in ln for ln in lines) == 5
    assert len(lines) <= 25
    lv = "\n".join(cli.summary_lines(cli_commands.Outcome("build", t, {"tables": Path("data/clean")}), "lv"))
    assert "atrasti 40: nolasīti 5, ar vēsturisku kodējumu nolasīti 5, izlaisti 30" in lv
    assert "izlaists in/d0.txt: empty file" in lv and "tabulas" in lv and "skipped" not in lv


@pytest.mark.parametrize("command, flags, rows", [
    ("extract", [], 2),                # extract: what each page states, page by page
    ("extract", ["--per-document"], 2),
    ("extract", ["--merge"], 1),
    ("build", [], 1),                  # build: the researcher's table, one row per project
    ("build", ["--per-document"], 2),
    ("build", ["--merge"], 1),
])
def test_a_project_on_two_pages_is_merged_or_kept_apart(tmp_path, command, flags, rows) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Projekts Nr. LLI-296. Kopējās projekta izmaksas 177 839,95 EUR.", encoding="utf-8")
    (raw / "b.txt").write_text("Project LLI-296 runs from 1 March 2018 to 31 October 2019.", encoding="utf-8")
    out = tmp_path / "out"
    extra = ["--report", str(tmp_path / "r.xlsx"), "--figures", str(tmp_path / "fig")] if command == "build" else []
    assert cli.main([command, str(raw), "--out", str(out), "--quiet", *extra, *flags]) == 0
    projects = pd.read_csv(out / "projects.csv")
    assert len(projects) == rows
    if rows == 2:  # each row holds only what its own page states
        assert projects["total_budget_eur"].notna().sum() == 1 and projects["start_date"].notna().sum() == 1


def test_per_document_and_merge_exclude_each_other(capsys) -> None:
    assert cli.main(["extract", "x", "--per-document", "--merge"]) == 2
    assert "not allowed with" in capsys.readouterr().err


# -- the same files wherever they lie -----------------------------------------------------------------

def _corpus_at(where: Path, raw_dir: Path) -> Path:
    """The seed pages under ``where/data/raw``, two of them in a subfolder."""
    raw = where / "data" / "raw"
    (raw / "lv").mkdir(parents=True)
    for i, p in enumerate(sorted(raw_dir.glob("*.txt"))):
        shutil.copy(p, (raw / "lv" if i < 2 else raw) / p.name)
    return raw


@pytest.mark.slow
def test_same_files_at_two_places_give_the_same_bytes(tmp_path: Path, raw_dir: Path, monkeypatch) -> None:
    """`socreport build` with its default paths, run in two folders of different depth and name:
    every file of data/clean is byte-identical, and documents.path is relative to the input."""
    places = [tmp_path / "one", tmp_path / "elsewhere" / "deeper" / "two"]
    for place in places:
        _corpus_at(place, raw_dir)
        monkeypatch.chdir(place)
        assert cli.main(["build", "-q"]) == cli.EXIT_OK
    a, b = (p / "data" / "clean" for p in places)
    names = sorted(p.name for p in a.iterdir() if not p.name.startswith("."))
    assert names == sorted(p.name for p in b.iterdir() if not p.name.startswith("."))
    assert {"documents.csv", "facts.parquet", "datapackage.json", "manifest.json"} <= set(names)
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    rows = list(csv.DictReader(io.StringIO((a / "documents.csv").read_text(encoding="utf-8"))))
    seeds = sorted(raw_dir.glob("*.txt"))
    assert sorted(r["path"] for r in rows) == sorted([f"lv/{p.name}" for p in seeds[:2]] + [p.name for p in seeds[2:]])
    assert not any(str(tmp_path) in r["path"] or r["path"].startswith("/") for r in rows)
    assert (places[0] / "reports" / "socreport.xlsx").is_file()


@pytest.mark.parametrize("layout, inputs, expected", [
    # a folder given: paths below it
    ({"raw/a.txt": "", "raw/sub/b.txt": ""}, ["raw"], ["a.txt", "sub/b.txt"]),
    # a file given: its name
    ({"raw/a.txt": ""}, ["raw/a.txt"], ["a.txt"]),
    # two folders holding the same name: the input folder's name tells them apart
    ({"lv/page.txt": "", "lt/page.txt": ""}, ["lv", "lt"], ["lv/page.txt", "lt/page.txt"]),
    # a file and a folder: only the clashing ones get their folder's name
    ({"x/a.txt": "", "y/a.txt": "", "y/c.txt": ""}, ["x/a.txt", "y"], ["x/a.txt", "y/a.txt", "c.txt"]),
])
def test_documents_path_is_relative_to_the_input(tmp_path: Path, monkeypatch, layout, inputs, expected) -> None:
    from socreport.sources import discover

    for rel in layout:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("Projekta budžets 100 EUR.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert [f.name for f in discover(inputs)] == expected
    absolute = [f.name for f in discover([str(tmp_path / i) for i in inputs])]
    assert absolute == expected


# -- progress on every stage, --quiet, --verbose, --json ----------------------------------------------

def _run_cli(argv: list[str], monkeypatch) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    status = cli.main(argv)
    monkeypatch.undo()
    return status, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def extracted_json(tmp_path_factory, raw_dir: Path):
    """`socreport extract --json --verbose` over the seeds plus an empty page: (status, stdout, stderr, out dir)."""
    root = tmp_path_factory.mktemp("json")
    corpus = root / "in"
    shutil.copytree(raw_dir, corpus)
    (corpus / "empty.txt").write_bytes(b"")
    mp = pytest.MonkeyPatch()
    try:
        status, out, err = _run_cli(["extract", str(corpus), "--out", str(root / "clean"), "--json", "--verbose"], mp)
    finally:
        mp.undo()
    return status, out, err, root / "clean"


def test_json_summary_on_stdout(extracted_json) -> None:
    status, out, err, clean = extracted_json
    assert status == cli.EXIT_SKIPPED
    doc = json.loads(out)  # stdout is exactly one JSON object
    assert doc["command"] == "extract" and doc["status"] == 1 and doc["ok"] is True and doc["error"] is None
    assert doc["documents"] == {"found": 6, "read": 5, "fallback": 0, "skipped": 1,
                                "problems": [{"path": "empty.txt", "status": "skipped", "message": "empty file"}]}
    projects = list(csv.DictReader(io.StringIO((clean / "projects.csv").read_text(encoding="utf-8"))))
    quality = list(csv.DictReader(io.StringIO((clean / "quality.csv").read_text(encoding="utf-8"))))
    assert doc["projects"] == len(projects) > 0
    assert doc["findings"]["total"] == len(quality) == sum(doc["findings"]["by_severity"].values())
    assert doc["findings"]["by_check"] == dict(sorted(Counter(r["check"] for r in quality).items()))
    assert Path(doc["outputs"]["tables"]).resolve() == clean.resolve()
    assert "socreport extract:" not in err  # the JSON replaces the text summary


def test_verbose_logs_every_stage_even_to_a_file(extracted_json) -> None:
    _, _, err, _ = extracted_json
    stages = cli_commands.STAGES["extract"]
    logged = [ln for ln in err.splitlines() if ln.startswith("socreport: [")]
    assert len(logged) == len(stages)
    for i, (line, name) in enumerate(zip(logged, stages), 1):
        assert re.fullmatch(rf"socreport: \[{i}/{len(stages)}\] {re.escape(name)} \d+\.\d\d s", line), line


def test_quiet_says_nothing_and_json_errors_are_json(tmp_path: Path, raw_dir: Path, monkeypatch) -> None:
    status, out, err = _run_cli(["extract", str(raw_dir / f"{SEED}.txt"), "--out", str(tmp_path / "o"), "-q"],
                                monkeypatch)
    assert status == cli.EXIT_OK and out == "" and err == ""
    status, out, err = _run_cli(["extract", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o"), "--json"],
                                monkeypatch)
    assert status == cli.EXIT_USAGE and "input not found" in err
    doc = json.loads(out)
    assert doc["status"] == 2 and doc["ok"] is False and "input not found" in doc["error"]
    status, out, err = _run_cli(["extract", str(raw_dir), "-q", "-v"], monkeypatch)
    assert status == cli.EXIT_USAGE and "not allowed with argument" in err
    status, out, _ = _run_cli(["build", "--bogus", "--json"], monkeypatch)
    assert status == cli.EXIT_USAGE and json.loads(out)["error"]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_stage_bar_on_a_terminal_names_each_stage() -> None:
    from socreport.progress import Stages

    screen = _Terminal()
    names = cli_commands.STAGES["build"]
    with Stages(names, stream=screen) as stages:
        for name in names:
            with stages.step(name):
                pass
    text = screen.getvalue()
    for i, name in enumerate(names, 1):
        assert f"[{i}/{len(names)}] {name}" in text
    assert [n for n, _ in stages.done] == list(names)
    quiet = _Terminal()
    with Stages(names, stream=quiet, mode="quiet") as stages:
        with stages.step(names[0]):
            pass
    assert quiet.getvalue() == "" and not stages.documents_bar
    piped = io.StringIO()
    with Stages(names, stream=piped) as stages:  # normal mode, not a terminal: nothing
        with stages.step(names[0]):
            pass
    assert piped.getvalue() == ""


@pytest.mark.slow
def test_build_verbose_covers_assembly_indicators_workbook_and_figures(built) -> None:
    _, (status, _, err), _ = built
    assert status == cli.EXIT_OK
    logged = [ln.split("] ", 1)[1].rsplit(" ", 2)[0] for ln in err.splitlines() if ln.startswith("socreport: [")]
    assert logged == list(cli_commands.STAGES["build"])
    assert {"assembling projects", "indicators", "workbook", "figures"} <= set(logged)


def test_report_counts_its_stages(tmp_path: Path, raw_dir: Path, monkeypatch) -> None:
    status, _, _ = _run_cli(["extract", str(raw_dir / f"{SEED}.txt"), "--out", str(tmp_path / "clean"), "-q"],
                            monkeypatch)
    assert status == cli.EXIT_OK
    status, out, err = _run_cli(["report", "--tables", str(tmp_path / "clean"), "--out", str(tmp_path / "r.xlsx"),
                                 "-v", "--json"], monkeypatch)
    assert status == cli.EXIT_OK
    assert json.loads(out)["outputs"]["workbook"].endswith("r.xlsx")
    logged = [ln for ln in err.splitlines() if ln.startswith("socreport: [")]
    assert [ln.split("] ", 1)[1].rsplit(" ", 2)[0] for ln in logged] == ["reading tables", "workbook"]
    assert logged[-1].startswith("socreport: [4/4] workbook")  # the derived stages were not needed


@pytest.mark.parametrize("chosen, backend", [(None, "system"), ("mimalloc", "mimalloc")])
def test_import_chooses_the_system_allocator_unless_told(chosen, backend):
    """Importing socreport before pyarrow makes pyarrow allocate with the C library's allocator
    (which returns freed memory), unless ARROW_DEFAULT_MEMORY_POOL already names one."""
    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    if chosen:
        env["ARROW_DEFAULT_MEMORY_POOL"] = chosen
    code = "import socreport, pyarrow as pa; print(pa.default_memory_pool().backend_name)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == backend
