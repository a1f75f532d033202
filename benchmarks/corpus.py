"""A synthetic corpus for benchmarks: the seed pages repeated, each copy varied deterministically.

Copy 0 of every seed is the page as it is; copy ``i > 0`` gets, from a random generator seeded
with ``(seed, page name, i)``:

* every run of three or more digits that is not a year (19xx, 20xx) replaced by random digits of
  the same length, consistently within the page (amounts, counts and project numbers change;
  dates and durations keep their shape, so the parser meets the same constructions with
  different values);
* every one-word name in parentheses or typographic quotes of five or more letters (acronyms such
  as ``(RiskChildren)`` or ``“OCTOPUS”``) given a two-letter suffix, so copies are distinct projects.

The same ``(factor, seed)`` always produces the same bytes.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

_DIGITS = re.compile(r"\d{3,}")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NAME = re.compile(r"(?<=[(“\"])([A-Za-zĀ-ž]{5,})(?=[)”\"])")
_LETTERS = "ABCDEFGHJKLMNPRSTUVZ"


def _new_digits(run: str, rng: random.Random) -> str:
    if len(run) == 4 and _YEAR.fullmatch(run):
        return run
    first = str(rng.randint(1, 9)) if run[0] != "0" else "0"
    return first + "".join(str(rng.randint(0, 9)) for _ in run[1:])


def vary_text(text: str, rng: random.Random) -> str:
    """``text`` with numbers and acronyms changed as the module docstring describes."""
    memo: dict[str, str] = {}  # the same number becomes the same new number throughout the page

    def swap(m: re.Match[str]) -> str:
        run = m.group(0)
        if run not in memo:
            memo[run] = _new_digits(run, rng)
        return memo[run]

    text = _DIGITS.sub(swap, text)
    suffix = rng.choice(_LETTERS) + rng.choice(_LETTERS)
    return _NAME.sub(lambda m: m.group(1) + suffix, text)


#: The bundled seed pages of this checkout.
DEFAULT_RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def seed_pages(seeds_dir: Path = DEFAULT_RAW) -> list[Path]:
    return sorted(p for p in seeds_dir.iterdir() if p.is_file() and p.suffix in (".txt", ".html", ".htm", ".md"))


def generate(out_dir: str | Path, *, factor: int, seed: int = 0, seeds_dir: Path = DEFAULT_RAW) -> list[Path]:
    """Write ``factor`` copies of every seed page to ``out_dir``; return the files in order.

    File names: ``<seed name>__<copy:05d><suffix>``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for page in seed_pages(seeds_dir):
        text = page.read_text(encoding="utf-8")
        for i in range(factor):
            body = text if i == 0 else vary_text(text, random.Random(f"{seed}:{page.name}:{i}"))
            dest = out / f"{page.stem}__{i:05d}{page.suffix}"
            dest.write_text(body, encoding="utf-8", newline="")
            files.append(dest)
    return files


def factor_for_bytes(target_bytes: int, seeds_dir: Path = DEFAULT_RAW) -> int:
    """Smallest factor whose corpus holds at least ``target_bytes`` bytes."""
    one = sum(len(p.read_bytes()) for p in seed_pages(seeds_dir))
    return max(1, -(-target_bytes // one))


def corpus_bytes(files: list[Path]) -> int:
    return sum(p.stat().st_size for p in files)
