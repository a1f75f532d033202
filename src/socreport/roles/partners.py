"""Partners of a project: organisations named as partners or lead partner, and the partner a
budget label names ("Jelgavas pilsētas pašvaldības plānotais projekta budžets")."""

from __future__ import annotations

import re
from typing import Sequence

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
    org_in_lead = [o for o in orgs if o.start >= lead_start and o.end <= lead_start + len(lead)]
    if org_in_lead:
        o = org_in_lead[-1]
        tail = lead[o.end - lead_start:]
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


def partner_items(text: str, orgs: Sequence[Fact[Organisation]], funding: Sequence[FundingItem], sents: SentenceIndex,
                  prov: Prover) -> list[PartnerItem]:
    """The article's partners: organisations in a sentence about partners, next to a lead-partner
    label or in a bulleted list under one, and every partner that has a funding row."""
    out: dict[str, PartnerItem] = {}
    for o in orgs:
        v = o.value
        a, b = sents.span(o.start)
        sentence = text[a:b]
        line_start = text.rfind("\n", 0, o.start) + 1
        line_prefix = text[line_start:o.start]
        near = text[max(a, o.start - 60): min(b, o.end + 40)]
        in_list = bool(_LIST_BULLET.match(line_prefix)) and labels.has("partners", text[max(0, line_start - 300):line_start])
        if not (labels.has("partners", sentence) or labels.has("lead", near) or in_list or v.lead):
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
