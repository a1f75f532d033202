"""Partners of a project: organisations named as partners or lead partner, and the partner a
budget label names ("Jelgavas pilsētas pašvaldības plānotais projekta budžets")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..parse import labels
from ..parse.spans import Fact, Organisation
from ..records import FundingItem, PartnerItem, Prover, fold, name_key
from ..text import SentenceIndex
from .linking import CAPITALS

_NAME_TAIL = re.compile(rf"((?:[{CAPITALS}][^\W\d_]+[ ]?){{1,4}})$")
_LIST_BULLET = re.compile(r"\s*[•·\-–*]\s*$")


def partner_from_lead(lead: str, orgs: Sequence[Fact[Organisation]], lead_start: int) -> str | None:
    """The partner a labelled amount belongs to, when its label (``lead``, the words before the
    amount, starting at ``lead_start``) names one."""
    m = labels.pattern("partner").search(lead)
    lead_end = lead_start + len(lead)
    org_in_lead = None  # the last organisation within the lead (orgs are in text order: bisect, not a scan)
    for k in range(bisect_left(orgs, lead_start, key=_start), len(orgs)):
        if orgs[k].start > lead_end:
            break
        if orgs[k].end <= lead_end:
            org_in_lead = orgs[k]
    if org_in_lead is not None:
        o = org_in_lead
        tail = lead[o.end - lead_start :]
        if m or (len(tail.strip(" :–-")) <= 45 and labels.has("budget_noun", tail)):
            return o.value.name
    if m:
        before = lead[: m.start()].rstrip(" :–-\"'")
        nm = _NAME_TAIL.search(before)
        if nm:
            words = [w for w in nm.group(1).split() if not _is_label_word(w)]
            if words:
                return " ".join(words)
        # the name may follow the label's first word: "Kopējais Jelgavai pieejamais finansējums"
        inner = re.search(rf"\b([{CAPITALS}][^\W\d_]+)\s+{re.escape(m.group().split()[0])}", lead)
        if inner and not _is_label_word(inner.group(1)):
            return inner.group(1)
        # or be the whole phrase before it: 'Daugavpils pilsētas pašvaldības iestādes "Sociālais dienests" daļa'
        phrase = re.split(r"[.;:!?]\s", before)[-1].strip(" •·*–-\t")
        if re.match(rf"[{CAPITALS}]", phrase) and 1 <= len(phrase.split()) <= 10 and not labels.has("total", phrase):
            return phrase
    return None


#: How far back on its line a list bullet may stand before an organisation's name.
BULLET_REACH = 40


def _bullet_line(text: str, pos: int) -> int | None:
    """Where the line of ``pos`` starts when only a list bullet (and spaces) stands before ``pos``
    on it, else None. Only :data:`BULLET_REACH` characters back are looked at."""
    k = text.rfind("\n", max(0, pos - BULLET_REACH), pos)
    if k < 0 and pos > BULLET_REACH:
        return None
    return k + 1 if _LIST_BULLET.match(text, k + 1, pos) else None


def _start(f: Fact) -> int:
    return f.start


def _is_label_word(word: str) -> bool:
    """A word of a budget label ("Kopējais", "Projekta"), never part of a partner's name."""
    return labels.pattern("label_word").fullmatch(word) is not None


def resolve_partner(name: str, orgs: Sequence[Fact[Organisation]]) -> str:
    """A partner named in an inflected form ("Jelgavai") as the organisation the article lists."""
    key = fold(name)[:5]
    for o in orgs:
        if fold(o.value.name)[:5] == key:
            return o.value.name
    return name


def partner_items(
    text: str,
    orgs: Sequence[Fact[Organisation]],
    funding: Sequence[FundingItem],
    sents: SentenceIndex,
    prov: Prover,
    scan: labels.Scan | None = None,
) -> list[PartnerItem]:
    """The article's partners: organisations in a sentence about partners, next to a lead-partner
    label or in a bulleted list under one, and every partner that has a funding row. ``scan``: the
    article's :class:`~socreport.parse.labels.Scan` when the caller has one (each sentence's labels
    are then looked up once, however many organisations it names)."""
    out: dict[str, PartnerItem] = {}
    if scan is None and orgs:
        scan = labels.Scan(text, sents.span(orgs[0].start)[0], sents.span(orgs[-1].start)[1])
    for o in orgs:
        assert scan is not None
        v = o.value
        a, b = sents.span(o.start)
        near = text[max(a, o.start - 60) : min(b, o.end + 40)]
        line_start = _bullet_line(text, o.start)
        in_list = line_start is not None and scan.has("partners", max(0, line_start - 300), line_start)
        if not (scan.has("partners", a, b) or labels.has("lead", near) or in_list or v.lead):
            continue
        lead = v.lead or labels.has("lead", near)
        key = name_key(v.name)
        prev = out.get(key)
        if prev is None or (lead and prev.role != "lead"):
            out[key] = PartnerItem(v.name, "lead" if lead else "partner", v.country or None, prov(o.start, o.end))
    for it in funding:
        if it.scope == "partner" and it.partner and name_key(it.partner) not in out:
            out[name_key(it.partner)] = PartnerItem(it.partner, "partner", None, it.prov)
    return sorted(out.values(), key=lambda p: p.prov.start)
