"""Extraction throughput (MB/s per core), its ratio to a bare regex pass, and peak memory.

    python -m benchmarks.bench_extract                 # 10 MB and 50 MB corpora
    python -m benchmarks.bench_extract --mb 5 20 50
    python -m benchmarks.bench_extract --mb 5 --json benchmarks/results/extract.json

Each size runs in its own child process that extracts the documents one at a time
(:func:`socreport.pipeline.extract_document`, one core) and keeps only counts, so the peak memory
shows whether memory grows with the corpus (it should not: documents are independent).

In the same child, right before each document's extraction, a *bare regex pass* reads the same
file (bytes decoded as UTF-8) and runs one regular expression over it (every number with its digit
groups, ``\\d[\\d .,]*``; the fastest of three tries), so both passes see the same load of a shared
machine. Times are CPU seconds of the child (``time.process_time``), so "per core" holds on a
machine that other jobs share; wall seconds (which include the bare passes) are reported as well.
Throughput = corpus bytes / 10^6 / extraction CPU seconds; ratio = extraction CPU seconds / bare-pass
CPU seconds over the same files in the same run.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

from .corpus import corpus_bytes, factor_for_bytes, generate
from .measure import measure

#: The bare pass's pattern: cheap, but it has to look at every character like any recogniser.
BARE = re.compile(r"\d[\d .,]*")
#: The bare pass over a file is short: it runs this many times, the fastest counts.
BARE_REPEATS = 3


def bare_pass(path: Path) -> float:
    """CPU seconds to read ``path`` and run :data:`BARE` over it (the fastest of a few tries)."""
    best = float("inf")
    for _ in range(BARE_REPEATS):
        t0 = time.process_time()
        sum(1 for _ in BARE.finditer(path.read_bytes().decode("utf-8", errors="replace")))
        best = min(best, time.process_time() - t0)
    return best


def child(corpus: Path) -> None:
    """Extract every file of ``corpus`` serially; print bytes, times, documents and facts as JSON.

    The bare pass over each file runs right before its extraction, so both see the same load of a
    shared machine."""
    from socreport.pipeline import extract_document

    files = sorted(p for p in corpus.iterdir() if p.is_file())
    extract_document(files[0], doc_id=files[0].stem)  # load the lexicon and compile the patterns first
    n_facts = 0
    cpu = bare = 0.0
    w0 = time.perf_counter()
    for p in files:
        bare += bare_pass(p)
        c0 = time.process_time()
        n_facts += len(extract_document(p, doc_id=p.stem).facts)
        cpu += time.process_time() - c0
    wall = time.perf_counter() - w0
    print(json.dumps({"bytes": corpus_bytes(files), "cpu_seconds": cpu, "wall_seconds": wall,
                      "bare_cpu_seconds": bare, "docs": len(files), "facts": n_facts}))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, nargs="+", default=[10, 50], help="corpus sizes in MiB")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", type=Path, help="also write the rows to this JSON file")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child:
        child(a.child)
        return 0
    rows = []
    with tempfile.TemporaryDirectory(prefix="socreport-bench-") as tmp:
        for mb in a.mb:
            factor = factor_for_bytes(int(mb * 2 ** 20))
            corpus = Path(tmp) / f"x{factor}"
            generate(corpus, factor=factor, seed=a.seed)
            run = measure([sys.executable, "-m", "benchmarks.bench_extract", "--child", str(corpus)])
            if run.returncode != 0 or not run.stdout.strip():
                raise SystemExit(f"the extraction child for {mb} MiB failed (exit status {run.returncode})")
            d = json.loads(run.stdout)
            mb_ = d["bytes"] / 1e6
            rows.append({"corpus_mb": round(mb_, 2), "docs": d["docs"], "facts": d["facts"],
                         "cpu_s": round(d["cpu_seconds"], 2), "wall_s": round(d["wall_seconds"], 2),
                         "mb_per_s_per_core": round(mb_ / d["cpu_seconds"], 3),
                         "bare_mb_per_s": round(mb_ / max(d["bare_cpu_seconds"], 1e-9), 1),
                         "ratio_to_bare": round(d["cpu_seconds"] / max(d["bare_cpu_seconds"], 1e-9), 1),
                         "peak_rss_mib": round(run.peak_rss_mb, 1)})
    print(f"{'corpus MB':>9} {'docs':>6} {'facts':>8} {'CPU s':>7} {'wall s':>7} {'MB/s/core':>10} "
          f"{'bare MB/s':>10} {'× bare':>7} {'peak RSS MiB':>13}")
    for r in rows:
        print(f"{r['corpus_mb']:>9.1f} {r['docs']:>6} {r['facts']:>8} {r['cpu_s']:>7.2f} {r['wall_s']:>7.2f} "
              f"{r['mb_per_s_per_core']:>10.2f} {r['bare_mb_per_s']:>10.1f} {r['ratio_to_bare']:>7.1f} "
              f"{r['peak_rss_mib']:>13.1f}")
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
