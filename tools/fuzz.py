"""Fuzz the per-document stage.

``python tools/fuzz.py [N] [--jobs J] [--seed S]``
    N cases of each kind (default 2000): arbitrary text and mutated seed pages through reading,
    article splitting, every recogniser and assembly must never raise and must give valid tables
    (the properties of tests/test_fuzz.py, with hypothesis). The tables are built and validated
    for every :data:`BATCH` documents together (the merge across documents is fuzzed too); a
    batch that fails is built again document by document to name the text. ``--jobs`` shares the
    cases among J processes, each with its own hypothesis seed (S, S+1, ...). Prints the cases
    run and the time.

``python tools/fuzz.py --grow [MAX] [--time-budget SECONDS]``
    Every adversarial input of tests/adversarial.py and a mutated-seed corpus, grown from 1 KB by
    factors of 4 up to MAX (default 1M; k/M suffixes), each read end to end in this process with
    the CLI's time budget (``--time-budget``, seconds per MB; 0 = off, to see the full growth).
    Prints wall seconds, CPU seconds and CPU seconds per MB at each size and the growth of CPU
    seconds per MB from 64 KB to the largest size: about 1 for linear time, ~4 per step for
    quadratic, so a super-linear recogniser shows up as a number. CPU time, not wall time, so that
    other work on a shared machine does not pass for growth. Exits 1 when some input grew
    super-linearly (CPU seconds per MB more than :data:`SUPERLINEAR` times their value at 64 KB)
    or raised.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import adversarial  # noqa: E402

#: Growth of seconds per MB (largest size over 64 KB) above which an input counts as super-linear.
SUPERLINEAR: float = 3.0
MIB = 1024 * 1024


#: Documents whose results are merged and validated together in :func:`fuzz` (one build of the
#: tables per batch, not per case: building and validating them costs ten times reading a case).
BATCH: int = 64


class _Batch:
    """Per-document results of one fuzz worker, built into tables and validated every
    :data:`BATCH` documents; a batch whose tables fail is built again one document at a time, so
    the failure names the text that caused it."""

    def __init__(self, folder: Path):
        self.folder, self.texts, self.results = folder, [], []

    def add(self, text: str) -> None:
        from socreport.pipeline import extract_document

        f = self.folder / f"page{len(self.texts)}.txt"
        f.write_text(text, encoding="utf-8", errors="surrogatepass")
        res = extract_document(f)
        assert res.document.status in ("ok", "fallback", "skipped"), res.document
        for fr in res.facts:
            assert 0 <= fr.start < fr.end, fr
        self.texts.append(text)
        self.results.append(res)
        if len(self.results) >= BATCH:
            self.check()

    def check(self) -> None:
        from socreport.merge import build_tables

        if not self.results:
            return
        try:
            build_tables(self.results).validate()
        except Exception:
            for text, res in zip(self.texts, self.results):
                try:
                    build_tables([res]).validate()
                except Exception:
                    print(f"tables fail for the text {text!r}", file=sys.stderr)
                    raise
            print(f"tables fail for the batch of texts {self.texts!r}", file=sys.stderr)
            raise
        finally:
            self.texts, self.results = [], []


def fuzz_worker(n: int, seed: int) -> dict[str, tuple[int, float]]:
    """``n`` cases of each kind with hypothesis seeded by ``seed``: ``{kind: (cases, seconds)}``.
    Raises (with the failing text on stderr) at the first case that breaks a property."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as seeded

    import test_fuzz

    counts = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, strategy in (("mutated seed pages", test_fuzz.mutated_pages()),
                               ("arbitrary text", test_fuzz.st.text(max_size=2000))):
            ran = 0
            batch = _Batch(Path(tmp))

            @seeded(seed)
            @settings(max_examples=n, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))
            @given(strategy)
            def prop(text):
                nonlocal ran
                ran += 1
                batch.add(text)

            t = time.perf_counter()
            prop()
            batch.check()
            counts[name] = (ran, time.perf_counter() - t)
    return counts


def fuzz(n: int, jobs: int = 1, seed: int = 0) -> int:
    """``n`` cases of each kind over ``jobs`` processes (each with its own hypothesis seed)."""
    shares = [n // jobs + (k < n % jobs) for k in range(jobs)]
    t = time.perf_counter()
    if jobs == 1:
        parts = [fuzz_worker(n, seed)]
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(jobs) as pool:
            parts = list(pool.map(fuzz_worker, shares, [seed + k for k in range(jobs)]))
    wall = time.perf_counter() - t
    counts: dict[str, list[float]] = {}
    for part in parts:
        for name, (ran, secs) in part.items():
            c = counts.setdefault(name, [0, 0.0])
            c[0] += ran
            c[1] += secs
    for name, (ran, secs) in counts.items():
        print(f"{name:20s} {int(ran):7d} cases, no exception, {secs:.0f} s (summed over workers)")
    total = sum(int(r) for r, _ in counts.values())
    print(f"{'total':20s} {total:7d} cases, {wall:.0f} s wall with {jobs} job(s)")
    return 0


def _mutated_seeds(size: int) -> str:
    """Seed pages cut, joined and sprinkled with junk from the fuzz alphabet, about ``size`` bytes."""
    import test_fuzz

    rng = random.Random(size)
    out, n = [], 0
    while n < size:
        page = rng.choice(test_fuzz.SEEDS)
        a = rng.randrange(len(page))
        piece = page[a:a + rng.randint(200, 4000)]
        junk = "".join(rng.choice(test_fuzz.ALPHABET) for _ in range(rng.randint(0, 12)))
        i = rng.randint(0, len(piece))
        piece = piece[:i] + junk + piece[i:]
        out.append(piece)
        n += len(piece.encode())
    return "\n".join(out)


def sizes_up_to(top: int) -> list[int]:
    out, s = [], 1024
    while s <= top:
        out.append(s)
        s *= 4
    return out


def grow(top: int, seconds_per_mb: float | None) -> int:
    from socreport.engine import extract_one

    cases = {**adversarial.CASES, "mutated_seeds.txt": _mutated_seeds}
    sizes = sizes_up_to(top)
    mid = 64 * 1024 if 64 * 1024 in sizes else sizes[len(sizes) // 2]
    print("each size: wall seconds, CPU seconds (c) and CPU seconds per MB; growth of CPU seconds per MB")
    print(f"{'input':22s}" + "".join(f"{_human(s):>22s}" for s in sizes) + f"{'growth':>9s}  status at {_human(sizes[-1])}")
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in cases.items():
            per_mb, cells, status = {}, [], ""
            for size in sizes:
                f = Path(tmp) / name
                f.write_text(make(size), encoding="utf-8")
                real = f.stat().st_size
                t, cpu = time.perf_counter(), time.process_time()
                try:
                    res = extract_one(str(f), f.stem, seconds_per_mb=seconds_per_mb)
                except BaseException as exc:  # noqa: BLE001 - report, do not stop
                    cells.append(f"{'raised':>22s}")
                    status = f"raised {type(exc).__name__}"
                    bad += 1
                    break
                secs, cpu = time.perf_counter() - t, time.process_time() - cpu
                per_mb[size] = cpu / (real / MIB)
                cells.append(f"{secs:6.2f}s {cpu:6.2f}c {per_mb[size]:5.1f}/MB")
                status = res.document.status + (f" ({res.document.message[:50]})" if res.document.message else "")
            growth = per_mb[sizes[-1]] / per_mb[mid] if sizes[-1] in per_mb and per_mb.get(mid) else float("nan")
            flag = " SUPER-LINEAR" if growth > SUPERLINEAR else ""
            bad += bool(flag)
            print(f"{name:22s}" + "".join(cells) + f"{growth:8.1f}x  {status}{flag}", flush=True)
    return 1 if bad else 0


def _human(n: int) -> str:
    return f"{n // MIB}M" if n >= MIB and n % MIB == 0 else f"{n // 1024}K"


def _size(text: str) -> int:
    units = {"k": 1024, "m": MIB}
    t = text.strip().lower()
    return int(float(t[:-1]) * units[t[-1]]) if t and t[-1] in units else int(t)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("n", nargs="?", type=int, default=2000, help="cases of each kind (default 2000)")
    p.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="run the cases in N processes, each with its own hypothesis seed (default 1)")
    p.add_argument("--seed", type=int, default=0, help="hypothesis seed of the first process (default 0)")
    p.add_argument("--grow", nargs="?", const="1M", default=None, metavar="MAX",
                   help="grow the adversarial inputs from 1 KB to MAX (default 1M) and report time per MB")
    p.add_argument("--time-budget", type=float, default=None, metavar="SECONDS",
                   help="with --grow: seconds per MB a document may take (default: the CLI's; 0 = no limit)")
    args = p.parse_args(argv)
    if args.grow is not None:
        from socreport.config import DEFAULT_SECONDS_PER_MB

        budget = DEFAULT_SECONDS_PER_MB if args.time_budget is None else args.time_budget
        return grow(_size(args.grow), budget or None)
    if args.jobs < 1:
        p.error("--jobs must be at least 1")
    return fuzz(args.n, args.jobs, args.seed)


if __name__ == "__main__":
    sys.exit(main())
