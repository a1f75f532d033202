"""Fuzz the per-document stage for many cases: ``python tools/fuzz.py [N]`` (default 2000 of each kind).

Runs the same properties as tests/test_fuzz.py — arbitrary text and mutated seed pages through
reading, article splitting, every recogniser and assembly must never raise and must give valid
tables — with hypothesis, and prints how many cases ran."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import test_fuzz  # noqa: E402


def main(n: int) -> None:
    counts = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, strategy in (("mutated seed pages", test_fuzz.mutated_pages()),
                               ("arbitrary text", test_fuzz.st.text(max_size=2000))):
            ran = 0

            @settings(max_examples=n, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))
            @given(strategy)
            def prop(text):
                nonlocal ran
                ran += 1
                test_fuzz._run(Path(tmp), text)

            t = time.perf_counter()
            prop()
            counts[name] = (ran, time.perf_counter() - t)
    for name, (ran, secs) in counts.items():
        print(f"{name:20s} {ran:6d} cases, no exception, {secs:.0f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
