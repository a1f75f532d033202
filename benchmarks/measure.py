"""Run a command as a child process and measure its wall time and peak memory.

Each measured command runs under a fresh Python "probe" parent, which reports
``getrusage(RUSAGE_CHILDREN).ru_maxrss`` after the command ends: the largest resident set size of
the command or of any descendant it waited for (pool or dask workers), and their CPU time (user +
system; on a machine shared with other jobs a steadier figure than the wall time). A fresh parent per run
keeps earlier, larger runs from inflating the figure. Linux reports the value in KiB.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from typing import Sequence

_PROBE = (
    "import json, resource, subprocess, sys, time\n"
    "t0 = time.perf_counter()\n"
    "p = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)\n"
    "dt = time.perf_counter() - t0\n"
    "ru = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "rss, cpu = ru.ru_maxrss, ru.ru_utime + ru.ru_stime\n"
    "sys.stderr.write(p.stderr if p.returncode not in (0, 1) else '')\n"
    "print(json.dumps({'seconds': dt, 'rss_kib': rss, 'cpu': cpu, 'rc': p.returncode, 'out': p.stdout}))\n"
)


@dataclass(frozen=True)
class Run:
    seconds: float  # wall-clock time of the command, s
    peak_rss_mb: float  # peak resident set size, MiB
    returncode: int
    stdout: str
    cpu_seconds: float = 0.0  # user + system CPU time of the command and the processes it waited for, s


def measure(cmd: Sequence[str], *, cwd: str | None = None) -> Run:
    """Run ``cmd`` (stdout captured; stderr shown only on failure) and measure it."""
    proc = subprocess.run([sys.executable, "-c", _PROBE, *cmd], cwd=cwd, stdout=subprocess.PIPE, text=True,
                          check=True)
    d = json.loads(proc.stdout.strip().splitlines()[-1])
    return Run(d["seconds"], d["rss_kib"] / 1024, d["rc"], d["out"], d["cpu"])
