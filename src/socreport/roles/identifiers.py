"""What an article is about: its project codes, acronyms and titles, and its headline."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from ..parse.codes import OTHER_CONTRACT
from ..parse.layout import BULLET_MARK
from ..parse.short_name_words import never_short_name
from ..parse.spans import Code, Fact, Name
from ..records import FieldValue, Prover

_IMAGE_LINE = re.compile(r"^\S+\.(?:png|jpe?g|gif|svg|webp|bmp)\b", re.IGNORECASE)
#: A list bullet opening a line (``• Parama karo pabėgėliams``): no part of the headline.
_BULLET = re.compile(rf"^{BULLET_MARK}\s+")
_WORD = re.compile(r"[^\W\d_]{2,}")
#: A short name in brackets at the end of a title: one word with a capital inside or all capitals.
_ACRONYM_IN_BRACKETS = r"\s*\(([A-ZĀČĒĢĪĶĻŅŠŪŽ][\w\-]*[A-ZĀČĒĢĪĶĻŅŠŪŽ][\w\-]*)\)"
_TRAILING_ACRONYM = re.compile(_ACRONYM_IN_BRACKETS + r"(?=\s|$|[.,;:])")
#: The same at the very end of a title: "… deinstitutionalisation (DI) plan" keeps its "(DI)", a
#: term's abbreviation inside the title.
_TITLE_END_ACRONYM = re.compile(_ACRONYM_IN_BRACKETS + r"\s*$")


class Names(NamedTuple):
    acronyms: list[str]
    titles: list[str]
    fields: list[FieldValue]


def headline(text: str, start: int, end: int) -> str:
    """The article's first line of words, skipping image names and lines repeated on the page
    (navigation such as "Projekti 2012.- 2021. gadā" printed twice); a list bullet before it is dropped."""
    lines = [_BULLET.sub("", _IMAGE_LINE.sub("", ln.strip()).strip()) for ln in text[start:end].split("\n")]
    seen = Counter(ln for ln in lines if ln)
    for line in lines:
        if len(_WORD.findall(line)) >= 2 and seen[line] == 1:
            return line[:200]
    return ""


def project_codes(codes: Sequence[Fact[Code]]) -> list[Fact[Code]]:
    """The code facts that may be the project's number: all but other contracts' numbers."""
    return [f for f in codes if f.value.scheme != OTHER_CONTRACT]


def code_fields(codes: Sequence[Fact[Code]], prov: Prover) -> list[FieldValue]:
    """A ``code`` candidate per code fact. A contract or agreement number of no known shape
    ("Tripartite contract No. 2014/4-9-37/D4-278") is the code only where the article gives no
    project number. A contract's number that is not the project's own (scheme
    :data:`~socreport.parse.codes.OTHER_CONTRACT`: works, supplies) is never one; :func:`project_codes`
    leaves them out."""
    return [FieldValue("code", f.value.code, prov(f.start, f.end), int(f.value.scheme == "contract")) for f in codes]


def names(
    text: str, hi: int, acronym_facts: Sequence[Fact[Name]], title_facts: Sequence[Fact[Name]], prov: Prover
) -> Names:
    """Acronyms and titles of the article (ending at ``hi``), with their field candidates; a short
    name in brackets ending a title or right after it is one unless it is a code, a fund or a word
    of ``acronym_stops`` (``… attīstības fonda (ERAF)``)."""
    acronyms = [f.value.text for f in acronym_facts]
    titles = []
    fields = [FieldValue("acronym", f.value.text, prov(f.start, f.end)) for f in acronym_facts]
    for f in title_facts:
        title = f.value.text
        # "Cross-border Social Inclusion Network (SocNet)": the short name in brackets, inside the
        # title as recognised or right after it
        m = _TITLE_END_ACRONYM.search(title) or _TRAILING_ACRONYM.match(text, f.end, min(hi, f.end + 40))
        if m and not never_short_name(m.group(1)):
            if m.string is title:
                title = title[: m.start()].rstrip()
            if m.group(1) not in acronyms:
                acronyms.append(m.group(1))
                fields.append(FieldValue("acronym", m.group(1), prov(f.start, f.end), 1))
        titles.append(title)
        fields.append(FieldValue("title", title, prov(f.start, f.end)))
    return Names(acronyms, titles, fields)
