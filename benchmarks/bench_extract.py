"""Extraction throughput (MB/s per core) and peak memory on a generated corpus of ~50 MB.

    python -m benchmarks.bench_extract                 # 10 MB and 50 MB corpora
    python -m benchmarks.bench_extract --mb 5 20 50

Each size runs in its own child process that extracts the documents one at a time
(:func:`socreport.pipeline.extract_document`, one core) and keeps only counts, so the peak memory
shows whether memory grows with the corpus (it should not: documents are independent).
Throughput = corpus bytes / 2^20 / extraction seconds, on one core.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from .corpus import corpus_bytes, factor_for_bytes, generate
from .measure import measure


def child(corpus: Path) -> None:
    """Extract every file of ``corpus`` serially; print bytes, seconds, documents and facts as JSON."""
    from socreport.pipeline import extract_document

    files = sorted(p for p in corpus.iterdir() if p.is_file())
    n_facts = 0
    t0 = time.perf_counter()
    for p in files:
        n_facts += len(extract_document(p, doc_id=p.stem).facts)
    dt = time.perf_counter() - t0
    print(json.dumps({"bytes": corpus_bytes(files), "seconds": dt, "docs": len(files), "facts": n_facts}))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, nargs="+", default=[10, 50], help="corpus sizes in MiB")
    ap.add_argument("--seed", type=int, default=0)
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
            d = json.loads(run.stdout)
            size = d["bytes"] / 2 ** 20
            rows.append((size, d["docs"], d["facts"], d["seconds"], size / d["seconds"], run.peak_rss_mb))
    print(f"{'corpus MiB':>10} {'docs':>6} {'facts':>8} {'extract s':>10} {'MiB/s/core':>11} {'peak RSS MiB':>13}")
    for size, docs, facts, secs, rate, rss in rows:
        print(f"{size:>10.1f} {docs:>6} {facts:>8} {secs:>10.2f} {rate:>11.2f} {rss:>13.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
