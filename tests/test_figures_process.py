"""The figures of ``build`` drawn in worker processes are the ones drawn in the build's own process."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from socreport import cli, cli_commands, figures_process, plots


def test_shares_name_every_figure_once() -> None:
    names = [name for name, _draw in plots.FIGURES]
    shared = [name for share in figures_process.SHARES for name in share]
    assert sorted(shared) == sorted(names)


def test_the_main_process_does_not_import_matplotlib_for_the_workers() -> None:
    import subprocess

    code = "import sys, socreport.figures_process, socreport.cli_commands; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def _build(raw: Path, root: Path) -> dict[str, bytes]:
    argv = ["build", str(raw), "--out", str(root / "clean"), "--report", str(root / "r.xlsx"), "--figures",
            str(root / "figures"), "-q"]
    assert cli.main(argv) == cli.EXIT_OK
    files = {f"figures/{p.name}": p.read_bytes() for p in sorted((root / "figures").iterdir())}
    files["r.xlsx"] = (root / "r.xlsx").read_bytes()
    files.update({f"clean/{p.name}": p.read_bytes() for p in sorted((root / "clean").iterdir())})
    return files


@pytest.mark.skipif((__import__("os").cpu_count() or 1) < 2, reason="one core: no worker is started")
def test_workers_and_this_process_write_the_same_bytes(tmp_path: Path, raw_dir: Path, monkeypatch) -> None:
    raw = raw_dir / "000_a6640382eac6c1fc.txt"
    started: list[object] = []
    real = figures_process.figures_process

    def counted():
        worker = real()
        started.append(worker)
        return worker

    monkeypatch.setattr(figures_process, "figures_process", counted)
    in_workers = _build(raw, tmp_path / "workers")
    assert started and started[0] is not None  # two cores or more: a worker drew them
    monkeypatch.setattr(figures_process, "figures_process", lambda: None)
    here = _build(raw, tmp_path / "here")
    assert sorted(in_workers) == sorted(here)
    assert len([n for n in here if n.endswith((".png", ".svg"))]) == 2 * len(plots.FIGURES)
    for name, data in here.items():
        assert in_workers[name] == data, name


def test_two_workers_give_the_files_in_the_order_save_all_writes_them(tmp_path: Path) -> None:
    from test_plots import seed_tables

    tables = seed_tables()
    worker = figures_process.FiguresProcess(2)
    try:
        worker.draw(tables, tmp_path / "workers", "en")
        in_workers = worker.wait()
    finally:
        worker.close()
    here = plots.save_all(tables, tmp_path / "here", lang="en")
    assert [p.name for p in in_workers] == [p.name for p in here]
    assert [p.read_bytes() for p in in_workers] == [p.read_bytes() for p in here]
    assert sorted(p.name for p in (tmp_path / "workers").iterdir()) == sorted(p.name for p in here)


def test_the_tables_go_to_the_workers_in_one_file_removed_after(tmp_path: Path) -> None:
    """The chart tables are pickled once to a temporary file the workers read; a killed run's is removed."""
    from test_plots import seed_tables

    from socreport.files import temporary_name

    out = tmp_path / "figures"
    out.mkdir()
    killed = temporary_name(out / figures_process.SENT_NAME)
    killed = killed.with_name(killed.name.replace(f"-{os.getpid()}.", "-999999999."))
    killed.write_bytes(b"left by a killed run")
    worker = figures_process.FiguresProcess(1)
    try:
        worker.draw(seed_tables(), out, "en")
        sent = [p for p in out.iterdir() if figures_process.SENT_NAME in p.name]
        assert not killed.exists() and len(sent) == 1 and sent[0].stat().st_size > 0
        worker.wait()
    finally:
        worker.close()
    assert not [p for p in out.iterdir() if figures_process.SENT_NAME in p.name]


def test_a_drawing_error_in_a_worker_reaches_the_build(tmp_path: Path, raw_dir: Path, capsys) -> None:
    (tmp_path / "figures" / "timeline.png").mkdir(parents=True)  # a folder where a figure goes
    argv = ["build", str(raw_dir / "000_a6640382eac6c1fc.txt"), "--out", str(tmp_path / "clean"), "--report",
            str(tmp_path / "r.xlsx"), "--figures", str(tmp_path / "figures"), "-q"]
    assert cli.main(argv) == cli.EXIT_WRITE
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("socreport: error: cannot write the figures") and "timeline.png" in err[-1]
    assert not [p for p in (tmp_path / "figures").iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("cores", [1, None])
def test_one_core_draws_here(monkeypatch, cores) -> None:
    monkeypatch.setattr(figures_process.os, "cpu_count", lambda: cores)
    assert figures_process.figures_process() is None
    assert cli_commands.draw_figures is not None
