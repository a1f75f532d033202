"""Time and peak memory of ``socreport build`` at corpus sizes 1x, 10x, 100x of the seeds.

    python -m benchmarks.bench_build                      # serial, --jobs 2, dask; 1x 10x 100x
    python -m benchmarks.bench_build --factors 1 10 --modes serial jobs2

Every run is a fresh ``socreport build`` child process (tables, workbook and figures written to a
temporary folder); peak memory is the largest RSS of the run or any of its worker processes.
Time should grow linearly with the corpus and memory stay roughly flat.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from .corpus import corpus_bytes, generate
from .measure import measure

MODES: dict[str, list[str]] = {
    "serial": [],
    "jobs2": ["--jobs", "2"],
    "dask": ["--engine", "dask", "--jobs", "2"],
}


def build_cmd(corpus: Path, out: Path, mode: str) -> list[str]:
    return [sys.executable, "-m", "socreport.cli", "build", str(corpus), "--out", str(out / "clean"),
            "--report", str(out / "socreport.xlsx"), "--figures", str(out / "figures"), "--quiet", *MODES[mode]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--factors", type=int, nargs="+", default=[1, 10, 100])
    ap.add_argument("--modes", nargs="+", choices=sorted(MODES), default=list(MODES))
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    print(f"{'size':>5} {'docs':>6} {'MiB':>6} {'mode':>7} {'time s':>8} {'s/doc':>8} {'peak RSS MiB':>13} {'exit':>4}")
    with tempfile.TemporaryDirectory(prefix="socreport-bench-") as tmp:
        for factor in a.factors:
            corpus = Path(tmp) / f"corpus-x{factor}"
            files = generate(corpus, factor=factor, seed=a.seed)
            mib = corpus_bytes(files) / 2 ** 20
            for mode in a.modes:
                out = Path(tmp) / f"out-x{factor}-{mode}"
                run = measure(build_cmd(corpus, out, mode))
                print(f"{factor:>4}x {len(files):>6} {mib:>6.2f} {mode:>7} {run.seconds:>8.2f} "
                      f"{run.seconds / len(files):>8.4f} {run.peak_rss_mb:>13.1f} {run.returncode:>4}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
