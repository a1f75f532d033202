"""What every check shares: the finding record, its messages in both languages, and the evidence
sentences behind each project field."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache

import numpy as np
import pandas as pd

from .. import schemas
from ..schemas import CHECKS
from ..texts import data_table, format_eur, format_stated_percent, text

_ORDER = {c.id: i for i, c in enumerate(CHECKS)}
_SEVERITY = {c.id: c.severity for c in CHECKS}


# --------------------------------------------------------------------------------------------- formatting

#: The formatters of amounts and percentages in messages (kept under their old names).
fmt_eur = format_eur
fmt_pct = format_stated_percent


def _date(x: object) -> str:
    return pd.Timestamp(x).strftime("%Y-%m-%d")


def _fmt_value(field: str, value: str, lang: str) -> str:
    """A ``sources`` value (projects format) for a message: amounts as euro, the rest as written."""
    try:
        col = schemas.get("projects").column(field)
    except KeyError:
        return value
    if col.unit == "EUR":
        try:
            return fmt_eur(float(value), lang)
        except ValueError:
            return value
    return value


# --------------------------------------------------------------------------------------------- evidence


class Evidence:
    """Sentences and documents behind each project field (the ``used`` rows of ``sources``)."""

    def __init__(self, sources: pd.DataFrame | None, projects: pd.DataFrame):
        # positions only: each project's rows as one range of the sorted ``used`` rows, their fields
        # as small integer codes; the sentences stay in the table's arrays until a finding cites them
        self._ranges: dict[str, tuple[int, int]] = {}
        self._fields: np.ndarray = np.empty(0, dtype=np.intp)
        self._field_codes: dict[str, int] = {}
        self._sentences: Sequence[object] = ()
        self._doc_ids: Sequence[object] = ()
        if sources is not None and not sources.empty:
            s = sources[sources["used"].fillna(False).astype(bool)]
            s = s.sort_values(["project_id", "field", "doc_id", "start"], na_position="last", kind="mergesort")
            self._sentences, self._doc_ids = s["sentence"].array, s["doc_id"].array
            codes, uniques = pd.factorize(s["field"])
            self._fields, self._field_codes = codes, {str(u): k for k, u in enumerate(uniques)}
            last, lo = None, 0
            for i, pid in enumerate(map(str, s["project_id"])):
                if pid != last:
                    if last is not None:
                        self._ranges[last] = (lo, i)
                    last, lo = pid, i
            if last is not None:
                self._ranges[last] = (lo, len(s))
        self._docs = {
            str(p): ("" if pd.isna(d) else str(d)) for p, d in zip(projects["project_id"], projects["source_docs"])
        }

    def of(self, project_id: str, fields: Iterable[str]) -> tuple[str, str]:
        """(evidence sentences joined by " | ", doc ids joined by ";") for the fields; the project's
        source documents when no sentence is known."""
        lo, hi = self._ranges.get(project_id, (0, 0))
        rows: list[int] = []
        for f in fields:
            k = self._field_codes.get(f)
            if k is not None and hi > lo:
                rows.extend((lo + np.flatnonzero(self._fields[lo:hi] == k)).tolist())
        if not rows:
            return "", self._docs.get(project_id, "")
        return join_evidence((_text(self._sentences[i]), _text(self._doc_ids[i])) for i in rows)


def _text(v: object) -> str:
    return "" if pd.isna(v) else str(v)


def join_evidence(pairs: Iterable[tuple[str, str]]) -> tuple[str, str]:
    """Distinct sentences in first-seen order joined by " | ", distinct doc ids sorted and joined by ";"."""
    sentences: list[str] = []
    docs: set[str] = set()
    for sent, doc in pairs:
        sent = " ".join(str(sent).split())
        if sent and sent not in sentences:
            sentences.append(sent)
        for d in str(doc).split(";"):
            if d.strip():
                docs.add(d.strip())
    return " | ".join(sentences), ";".join(sorted(docs))


def _funding_evidence(rows: pd.DataFrame) -> tuple[str, str]:
    return join_evidence(zip(rows["sentence"].fillna(""), rows["doc_id"].fillna("")))


def _eur(x: float) -> Callable[[str], str]:
    return lambda lang: fmt_eur(x, lang)


def _pct(x: float) -> Callable[[str], str]:
    return lambda lang: fmt_pct(x, lang)


def _word(key: str) -> Callable[[str], str]:
    return lambda lang: text(key, lang)


def _field_labeller(field: str) -> Callable[[str], str]:
    return lambda lang: _field_label(field, lang)


def _whose(prefix: str, scope: str, partner: str) -> Callable[[str], str]:
    """Whose total a message speaks of: a partner's part or the whole (``<prefix>.whose_*`` texts)."""
    key = f"{prefix}.whose_partner" if scope == "partner" else f"{prefix}.whose_whole"
    return lambda lang: text(key, lang, partner=partner)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


#: Languages of the quality table's messages: ``message`` (English) and ``message_lv``.
MESSAGE_LANGS: tuple[str, str] = ("en", "lv")


def _say(key: str, **values: object) -> tuple[str, str]:
    """The message ``key`` of ``data/checks_text.csv`` in English and Latvian. A value that is a
    function is called with the language (for amounts, percentages and words that differ by language)."""
    en, lv = (
        text(key, lang, **{k: v(lang) if callable(v) else v for k, v in values.items()}) for lang in MESSAGE_LANGS
    )
    return en, lv


def _finding(
    project_id: str,
    check: str,
    field: str,
    messages: tuple[str, str],
    values: str,
    evidence: tuple[str, str],
    severity: str | None = None,
) -> dict[str, str]:
    return {
        "project_id": project_id,
        "check": check,
        "severity": severity or _SEVERITY[check],
        "field": field,
        "message": _cap(messages[0]),
        "message_lv": _cap(messages[1]),
        "values": values,
        "evidence": evidence[0],
        "doc_ids": evidence[1],
    }


@lru_cache(maxsize=None)
def source_labels() -> Mapping[str, tuple[str, str]]:
    """Funding source id -> (English, Latvian genitive) words, from ``socreport/data/source_labels.csv``."""
    return {r["source"].strip(): (r["en"].strip(), r["lv"].strip()) for r in data_table("source_labels.csv")}


def _src(source: str, lang: str) -> str:
    en, lv = source_labels().get(source, (source, source))
    return lv if lang == "lv" else en


def _present(x: object) -> bool:
    return x is not None and not pd.isna(x)


def _present_mask(s: pd.Series) -> pd.Series:
    t = s.astype("string").str.strip()
    return (t.notna() & (t != "")).fillna(False).astype(bool)


def _field_label(field: str, lang: str) -> str:
    """The projects table's label of ``field`` (the field name itself for other fields)."""
    return schemas.label("projects", field, lang) if field in schemas.PROJECTS.names else field
