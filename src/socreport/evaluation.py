"""Field-level accuracy of extracted projects against a hand-checked expected file.

The expected file is a CSV (comment lines start with ``#``) with a ``match`` column —
``code:<normalised code>``, ``acronym:<acronym>`` or ``title~<words>`` — and one column per
projects-table field. A cell counts as:

* true positive: expected and extracted agree (amounts within half a cent, dates equal);
* false positive: something extracted that is wrong or that the text does not state (empty cell);
* false negative: expected but extracted empty or wrong.

precision = TP / (TP + FP), recall = TP / (TP + FN), over all fields of all matched projects.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

FIELDS = ("code", "acronym", "eu_fund", "total_budget_eur", "eu_funding_eur", "eu_share_pct", "start_date",
          "end_date", "duration_months_stated", "beneficiaries")
_NUMERIC = {"total_budget_eur", "eu_funding_eur", "eu_share_pct", "duration_months_stated", "beneficiaries"}


def load_expected(path: str | Path) -> list[dict[str, str]]:
    lines = [ln for ln in Path(path).read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def _norm(fieldname: str, v: object) -> object:
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    try:
        if pd.isna(v):  # type: ignore[arg-type]
            return None
    except (TypeError, ValueError):
        pass
    if fieldname in _NUMERIC:
        return round(float(v), 2)  # type: ignore[arg-type]
    if fieldname.endswith("_date"):
        return pd.Timestamp(v).date().isoformat()  # type: ignore[arg-type]
    return str(v).strip()


def _find(projects: pd.DataFrame, match: str) -> pd.Series | None:
    kind, _, key = match.partition(":") if ":" in match.split("~")[0] else match.partition("~")
    if kind == "code":
        hit = projects[projects["code"] == key]
    elif kind == "acronym":
        hit = projects[projects["acronym"].fillna("").str.casefold() == key.casefold()]
    else:
        hay = (projects["title"].fillna("") + " " + projects["project_id"].fillna("")).str.casefold()
        hit = projects[hay.str.contains(key.casefold(), regex=False)]
    return hit.iloc[0] if len(hit) else None


@dataclass
class Score:
    tp: dict[str, int] = field(default_factory=dict)
    fp: dict[str, int] = field(default_factory=dict)
    fn: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def precision(self) -> float:
        tp = sum(self.tp.values())
        return self._ratio(tp, tp + sum(self.fp.values()))

    @property
    def recall(self) -> float:
        tp = sum(self.tp.values())
        return self._ratio(tp, tp + sum(self.fn.values()))

    def report(self) -> str:
        rows = [f"{'field':<24}{'TP':>4}{'FP':>4}{'FN':>4}{'precision':>11}{'recall':>8}"]
        for f in FIELDS:
            tp, fp, fn = self.tp.get(f, 0), self.fp.get(f, 0), self.fn.get(f, 0)
            rows.append(f"{f:<24}{tp:>4}{fp:>4}{fn:>4}{self._ratio(tp, tp + fp):>11.3f}{self._ratio(tp, tp + fn):>8.3f}")
        rows.append(f"{'all fields':<24}{sum(self.tp.values()):>4}{sum(self.fp.values()):>4}{sum(self.fn.values()):>4}"
                    f"{self.precision:>11.3f}{self.recall:>8.3f}")
        if self.unmatched:
            rows.append("not extracted: " + ", ".join(self.unmatched))
        rows.extend(self.errors)
        return "\n".join(rows)


def score(projects: pd.DataFrame, expected: list[dict[str, str]]) -> Score:
    s = Score()
    for exp in expected:
        got = _find(projects, exp["match"])
        if got is None:
            s.unmatched.append(exp["match"])
            for f in FIELDS:
                if _norm(f, exp.get(f)) is not None:
                    s.fn[f] = s.fn.get(f, 0) + 1
            continue
        for f in FIELDS:
            e, g = _norm(f, exp.get(f)), _norm(f, got.get(f))
            if e is None and g is None:
                continue
            ok = e == g if not isinstance(e, float) or g is None else math.isclose(e, g, abs_tol=0.005)  # type: ignore[arg-type]
            if ok:
                s.tp[f] = s.tp.get(f, 0) + 1
                continue
            if g is not None:
                s.fp[f] = s.fp.get(f, 0) + 1
            if e is not None:
                s.fn[f] = s.fn.get(f, 0) + 1
            s.errors.append(f"{exp['match']}: {f} expected {e!r}, got {g!r}")
    return s
