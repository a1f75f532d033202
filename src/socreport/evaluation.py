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

FIELDS = (
    "code",
    "acronym",
    "eu_fund",
    "total_budget_eur",
    "eu_funding_eur",
    "eu_share_pct",
    "start_date",
    "end_date",
    "duration_months_stated",
    "beneficiaries",
)
_NUMERIC = {"total_budget_eur", "eu_funding_eur", "eu_share_pct", "duration_months_stated", "beneficiaries"}


def load_expected(path: str | Path) -> list[dict[str, str]]:
    lines = [ln for ln in Path(path).read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def _norm(fieldname: str, v: object) -> object:
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    if fieldname in _NUMERIC:
        return round(float(v), 2)  # type: ignore[arg-type]
    if fieldname.endswith("_date"):
        return pd.Timestamp(v).date().isoformat()
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
            rows.append(
                f"{f:<24}{tp:>4}{fp:>4}{fn:>4}{self._ratio(tp, tp + fp):>11.3f}{self._ratio(tp, tp + fn):>8.3f}"
            )
        rows.append(
            f"{'all fields':<24}{sum(self.tp.values()):>4}{sum(self.fp.values()):>4}{sum(self.fn.values()):>4}"
            f"{self.precision:>11.3f}{self.recall:>8.3f}"
        )
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


# --- real pages with gold files -------------------------------------------------------------------
#
# A gold file (``gold/<doc>.json``) lists every project one page describes, with the ten fields above
# (null where the page does not state it) and the page's language. Scoring is field by field: a
# predicted project is paired with the gold project of the same page it agrees with most (a shared
# code or acronym weighs five fields), greedily, best pairs first; a predicted project paired with
# no gold project is *spurious* and each of its filled fields counts as a wrong prediction.
#
#   recall    = correct fields / gold non-null fields
#   precision = correct fields / predicted non-null fields (of paired and spurious projects)
#
# Amounts agree within 0.011 EUR, shares within 0.5 points, counts and months exactly, dates by day,
# codes without spaces and case, acronyms by their letters and digits.

_MONEY_TOL = {
    "total_budget_eur": 0.011,
    "eu_funding_eur": 0.011,
    "eu_share_pct": 0.5,
    "duration_months_stated": 0.0,
    "beneficiaries": 0.0,
}
_FUND_ALIASES = {"ERAF": "ERDF", "ERPF": "ERDF", "EEZ": "EEA", "EEA GRANTS": "EEA"}
_EMPTY = {"", "nan", "none", "null", "<na>", "nat"}


def gold_value(fieldname: str, v: object) -> object:
    """A gold or predicted cell reduced to what is compared (None: not stated)."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    s = str(v).strip()
    if s.casefold() in _EMPTY:
        return None
    if fieldname == "code":
        s = s.upper().replace(" ", "").replace("?", "/")
        while ("./") in s:
            s = s.replace("./", "/")
        return s.rstrip(".") or None
    if fieldname == "acronym":
        return "".join(ch for ch in s.casefold() if ch.isalnum()) or None
    if fieldname == "eu_fund":
        return _FUND_ALIASES.get(s.upper(), s.upper())
    if fieldname in _MONEY_TOL:
        try:
            return float(s.replace(",", "."))
        except ValueError:
            return s  # never equal to a gold number
    if fieldname.endswith("_date"):
        return s[:10]
    return s


def _agree(fieldname: str, gold: object, pred: object) -> bool:
    if gold is None or pred is None:
        return False
    if fieldname in _MONEY_TOL:
        if not isinstance(pred, float) or not isinstance(gold, float):
            return False
        tol = _MONEY_TOL[fieldname]
        return abs(gold - pred) <= tol if tol else gold == pred
    return gold == pred


@dataclass
class PageScore:
    """Field counts over a set of pages: per field [correct, gold non-null, predicted non-null]."""

    counts: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0, 0] for f in FIELDS})
    spurious: int = 0
    misses: list[str] = field(default_factory=list)

    def totals(self) -> tuple[int, int, int]:
        return tuple(sum(c[i] for c in self.counts.values()) for i in range(3))  # type: ignore[return-value]

    @staticmethod
    def prf(tp: int, gold: int, pred: int) -> tuple[float, float, float]:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def f1(self) -> float:
        return self.prf(*self.totals())[2]

    def report(self, title: str = "") -> str:
        rows = [title] if title else []
        rows.append(f"{'field':<24}{'correct':>8}{'gold':>6}{'pred':>6}{'precision':>11}{'recall':>8}{'F1':>7}")
        for f in FIELDS:
            tp, g, pr = self.counts[f]
            p, r, f1 = self.prf(tp, g, pr)
            rows.append(f"{f:<24}{tp:>8}{g:>6}{pr:>6}{p:>11.3f}{r:>8.3f}{f1:>7.3f}")
        tp, g, pr = self.totals()
        p, r, f1 = self.prf(tp, g, pr)
        rows.append(f"{'all fields':<24}{tp:>8}{g:>6}{pr:>6}{p:>11.3f}{r:>8.3f}{f1:>7.3f}")
        rows.append(f"spurious projects: {self.spurious}")
        return "\n".join(rows)


def load_gold(gold_dir: str | Path) -> list[dict]:
    """The gold files of a folder, in file-name order."""
    import json

    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(gold_dir).glob("*.json"))]


def score_pages(projects: pd.DataFrame, gold: list[dict], lang: str | None = None) -> PageScore:
    """Score a projects table against gold pages (optionally only those of one language)."""
    by_doc: dict[str, list[dict[str, object]]] = {}
    for _, row in projects.iterrows():
        rec: dict[str, object] = {f: gold_value(f, row.get(f)) for f in FIELDS}
        rec["_id"] = row.get("project_id")
        for d in str(row.get("source_docs") or "").split(";"):
            if d.strip():
                by_doc.setdefault(Path(d.strip()).stem, []).append(rec)
    s = PageScore()
    for page in gold:
        if lang and page.get("language") != lang:
            continue
        doc = page["doc"]
        golds = [
            {f: gold_value(f, gp.get(f)) for f in FIELDS} | {"_id": gp.get("title_hint") or gp.get("code")}
            for gp in page["projects"]
        ]
        preds = by_doc.get(doc, [])

        def affinity(g: dict, p: dict) -> int:
            return sum((5 if f in ("code", "acronym") else 1) for f in FIELDS if _agree(f, g[f], p[f]))

        pairs = sorted(
            ((affinity(g, p), i, j) for i, g in enumerate(golds) for j, p in enumerate(preds)),
            key=lambda t: (-t[0], t[1], t[2]),
        )
        match: dict[int, int] = {}
        used: set[int] = set()
        for a, i, j in pairs:
            if a > 0 and i not in match and j not in used:
                match[i] = j
                used.add(j)
        for j, p in enumerate(preds):
            if j in used:
                continue
            s.spurious += 1
            for f in FIELDS:
                if p[f] is not None:
                    s.counts[f][2] += 1
                    s.misses.append(f"{doc} [spurious {p['_id']}] {f}: gold=None pred={p[f]!r}")
        empty: dict[str, object] = {f: None for f in FIELDS}
        for i, g in enumerate(golds):
            p = preds[match[i]] if i in match else empty
            for f in FIELDS:
                s.counts[f][1] += g[f] is not None
                s.counts[f][2] += p[f] is not None
                if _agree(f, g[f], p[f]):
                    s.counts[f][0] += 1
                elif g[f] is not None or p[f] is not None:
                    s.misses.append(f"{doc} [{g['_id']}] {f}: gold={g[f]!r} pred={p[f]!r}")
    return s
