"""Fixed constants and default paths. Importing this module has no side effects."""

from __future__ import annotations

from pathlib import Path

#: Lats per euro at the fixed conversion rate of 1 January 2014 (1 EUR = 0.702804 LVL).
LVL_PER_EUR: float = 0.702804

#: Litas per euro at the fixed conversion rate of 1 January 2015 (1 EUR = 3.4528 LTL).
LTL_PER_EUR: float = 3.4528

#: Units of a currency per euro for the currencies converted at a fixed rate.
PER_EUR: dict[str, float] = {"EUR": 1.0, "LVL": LVL_PER_EUR, "LTL": LTL_PER_EUR}

#: Files larger than this are skipped with a reason (bytes); the CLI's --max-bytes overrides it.
DEFAULT_MAX_BYTES: int = 50 * 1024 * 1024

#: Time budget per document: this many seconds per MiB of the file ...
DEFAULT_SECONDS_PER_MB: float = 30.0
#: ... and never less than this many seconds (small pages); the CLI's --time-budget overrides the rate.
MIN_BUDGET_SECONDS: float = 20.0

#: File endings read from a folder (a file named explicitly is read whatever its ending).
TEXT_SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm", ".md", ".pdf", ".docx", ".odt")

#: Plausible range for project dates; anything outside is reported by the checks.
PLAUSIBLE_YEARS: tuple[int, int] = (2000, 2035)

#: Default paths of the CLI, relative to the current working directory (where you run socreport,
#: e.g. a checkout's root for ``make build``), never to where socreport is installed.
DEFAULT_RAW: Path = Path("data") / "raw"
DEFAULT_CLEAN: Path = Path("data") / "clean"
DEFAULT_REPORT: Path = Path("reports") / "socreport.xlsx"
DEFAULT_FIGURES: Path = Path("reports") / "figures"
