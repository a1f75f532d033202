"""Organisations: municipalities, planning regions and institutions, with country and lead role.

Three shapes, all driven by lexicon tables:

* place + type words + head noun (``orgs.csv`` rows with ``before=place``, ``places.csv``,
  ``org_modifiers.csv``): ``Jelgavas valstspilsētas pašvaldība``, ``Šauļu pilsētas dome``,
  ``Zemgales Plānošanas reģions``, ``Rokiškio rajono savivaldybė``. An unlisted place needs a type
  word; ``Latvijas pašvaldības`` (a country) is never an organisation. A following
  ``iestāde “Sociālais dienests”`` belongs to the name.
* capitalised genitive words + institution noun (``before=name``/``place_name``):
  ``Labklājības ministrija``, ``Jelgavas Pensionāru biedrība``, ``Rokišķu Jauniešu centrs``;
* legal form + quoted name (``before=legal_form``): ``SIA “Rīgas veselības centrs”``.

:attr:`Organisation.name` keeps the words as written but puts the head noun in the nominative and
type words in lower case, so ``Jelgavas pilsētas pašvaldības`` and ``Jelgavas pilsētas
pašvaldībā`` are both ``Jelgavas pilsētas pašvaldība``; the fact's ``raw`` is the text as written.
``country`` comes from the place (``places.csv``), a Lithuanian head or type word, or an explicit
``(LV)``/``(LT)`` after the name; else it is empty. ``lead`` is True where a lead-partner phrase
(``org_roles.csv``) stands right before or after the name on the same line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from ._scan import Disjoint, find_literals, lower_same_length, word_starts
from .name_parts import CLOSE_QUOTE, OPEN_QUOTE
from .spans import Fact, Organisation, fact

#: Capital letters of the Latin, Greek and Cyrillic blocks (U+0000-U+05FF): Latvian, Lithuanian, English.
_UPPER = "".join(chr(c) for c in range(0x0600) if chr(c).isupper())
_UPPER_CLASS = "[" + re.escape(_UPPER) + "]"
_PLACE_WORD = rf"{_UPPER_CLASS}[^\W\d_]*(?:-{_UPPER_CLASS}[^\W\d_]*)?"
_SPACE = "[ \t\u00a0]"
_QUOTED = rf"{OPEN_QUOTE}(?P<q>[^\n\"“”„«»‟]{{2,120}}?){CLOSE_QUOTE}"

#: Most words before an institution's head noun (``name`` shape).
MAX_NAME_WORDS = 6
#: Most words before a head noun searched for the place that starts the name.
MAX_PLACE_WORDS = 4


@lru_cache(maxsize=None)
def _triggers() -> tuple[str, ...]:
    return tuple(sorted({t.lower() for r in lexicon.load("orgs") for t in r["trigger"].split("|") if t}))


@lru_cache(maxsize=None)
def _places() -> dict[str, tuple[str, str]]:
    """place form -> (country, kind)."""
    return {r["form"]: (r["country"], r["kind"]) for r in lexicon.load("places")}


@lru_cache(maxsize=None)
def _modifiers() -> dict[str, str]:
    """type word (lower case, single spaces) -> country."""
    return {" ".join(r["form"].lower().split()): r["country"] for r in lexicon.load("org_modifiers")}


@lru_cache(maxsize=None)
def _canonical_modifiers() -> dict[str, str]:
    """type word as written (lower case) -> its spelling in names ("pilsetas" -> "pilsētas")."""
    return {" ".join(r["form"].lower().split()): r["canonical"] or r["form"] for r in lexicon.load("org_modifiers")}


@lru_cache(maxsize=None)
def _heads(before: str) -> tuple[tuple[re.Pattern[str], str, str], ...]:
    rows = [r for r in lexicon.load("orgs") if r["before"] == before]
    rows.sort(key=lambda r: len(r["pattern"]), reverse=True)
    return tuple(
        (re.compile(rf"(?<!\w)(?:{r['pattern']})(?!\w)", re.IGNORECASE), r["nominative"], r["country"]) for r in rows
    )


@lru_cache(maxsize=None)
def _place_re() -> re.Pattern[str]:
    mods = sorted(_modifiers(), key=len, reverse=True)
    mod_alt = "|".join(r"\s+".join(re.escape(w) for w in m.split()) for m in mods)
    rows = sorted(lexicon.load("orgs"), key=lambda r: len(r["pattern"]), reverse=True)
    heads = [r["pattern"] for r in rows if r["before"] == "place"]
    head_alt = "|".join(heads)
    return re.compile(
        rf"(?<![\w-])(?P<place>{_PLACE_WORD})(?P<mods>(?:{_SPACE}+(?i:{mod_alt}))*)"
        rf"{_SPACE}+(?P<head>(?i:{head_alt}))(?!\w)"
    )


@lru_cache(maxsize=None)
def _name_words() -> tuple[tuple[str, ...], frozenset[str]]:
    rows = lexicon.load("org_name_words")
    endings = tuple(r["form"].lower() for r in rows if r["kind"] == "ending")
    connectors = frozenset(r["form"].lower() for r in rows if r["kind"] == "connector")
    return endings, connectors


@lru_cache(maxsize=None)
def _roles() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(before, after) patterns of lead-partner phrases."""

    def alt(pos: str) -> str:
        rows = [r["phrase"] for r in lexicon.load("org_roles") if r["position"] == pos]
        rows.sort(key=len, reverse=True)
        return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in rows)

    before = re.compile(rf"(?<!\w)(?:{alt('before')}){_SPACE}*[:–—-]?{_SPACE}*$", re.IGNORECASE)
    joiners = rf"[(,–—-]|(?:{alt('join')})(?!\w)"
    after = re.compile(
        rf"^{_SPACE}*(?:{joiners})?{_SPACE}*(?:{alt('after')})(?!\w)",
        re.IGNORECASE,
    )
    return before, after


def _head_match(head: str, before: str) -> tuple[str, str] | None:
    for pat, nominative, country in _heads(before):
        if pat.fullmatch(head):
            return nominative, country
    return None


def _is_lead(text: str, start: int, end: int) -> bool:
    before_re, after_re = _roles()
    a = max(0, start - 60)
    line_start = text.rfind("\n", a, start) + 1  # searched only as far as the 60 characters looked at
    line_end = text.find("\n", end, end + 60)
    line_end = len(text) if line_end < 0 else line_end
    if before_re.search(text[max(line_start, a) : start]):
        return True
    return bool(after_re.match(text[end : min(line_end, end + 60)]))


def _explicit_country(text: str, end: int) -> str:
    m = re.match(rf"{_SPACE}*\((LV|LT|EE|PL|FI|SE)\)", text[end : end + 8])
    return m.group(1) if m else ""


@lru_cache(maxsize=None)
def _any_head(before: str) -> re.Pattern[str]:
    """All head patterns of shape ``before`` in one alternation: it matches at a position exactly
    when one of them does (one call rejects most positions)."""
    return re.compile("|".join(f"(?:{pat.pattern})" for pat, _, _ in _heads(before)) or "(?!)", re.IGNORECASE)


def _head_starts(text: str, before: str, starts: list[int]) -> list[re.Match[str]]:
    """Head nouns of shape ``before`` that start at one of ``starts``."""
    out = []
    heads = _heads(before)
    any_head = _any_head(before)
    for p in starts:
        if any_head.match(text, p) is None:
            continue
        for pat, _, _ in heads:
            m = pat.match(text, p)
            if m:
                out.append(m)
                break
    return out


def _prev_word(text: str, pos: int, extra: str = "-") -> tuple[int, str] | None:
    """The word that ends, after one or more spaces, at ``pos`` (letters, digits and ``extra``)."""
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    if i == pos:
        return None
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in extra):
        j -= 1
    while j < i and not text[j].isalpha():
        j += 1
    return (j, text[j:i]) if j < i else None


@lru_cache(maxsize=None)
def _institution_suffix() -> tuple[re.Pattern[str], dict[str, str]]:
    """``<suffix word> “<name>”`` after a place head; group ``x<i>`` names the suffix row."""
    rows = [r for r in lexicon.load("orgs") if r["before"] == "suffix"]
    alts = "|".join(f"(?P<x{i}>{r['pattern']})" for i, r in enumerate(rows)) or "(?!)"
    pat = re.compile(rf"{_SPACE}+(?i:{alts}){_SPACE}+{_QUOTED}")
    return pat, {f"x{i}": r["nominative"] for i, r in enumerate(rows)}


@lru_cache(maxsize=None)
def _quoted_after() -> re.Pattern[str]:
    return re.compile(rf"{_SPACE}*{_QUOTED}")


def _place_orgs(text: str, starts: list[int]) -> list[tuple[int, int, str, str, str]]:
    """(start, end, name, country, rule) for place + type words + head."""
    out = []
    places = _places()
    mods_country = _modifiers()
    place_re = _place_re()
    for h in _head_starts(text, "place", starts):
        # the place starts one to MAX_PLACE_WORDS words before the head; the earliest that parses wins
        pos = h.start()
        cand_starts = []
        for _ in range(MAX_PLACE_WORDS):
            w = _prev_word(text, pos)
            if w is None:
                break
            cand_starts.append(w[0])
            pos = w[0]
        m = None
        for c in reversed(cand_starts):
            mm = place_re.match(text, c)
            if mm and mm.end("head") == h.end():
                m = mm
                break
        if m is None:
            continue
        place = m.group("place")
        known = places.get(place)
        mods = [" ".join(x.lower().split()) for x in re.split(rf"{_SPACE}+(?=\S)", m.group("mods").strip()) if x]
        mods = [_canonical_modifiers().get(x, x) for x in _join_mods(mods)]
        if known and known[1] == "stop":
            continue
        if not known and not mods:
            continue
        hm = _head_match(m.group("head"), "place")
        if hm is None:
            continue
        nominative, head_country = hm
        name = " ".join([place, *mods, nominative or " ".join(m.group("head").split())])
        country = (
            (known[0] if known else "")
            or head_country
            or next((mods_country.get(x, "") for x in mods if mods_country.get(x)), "")
        )
        end = m.end()
        rule = "org.place"
        suffix_re, suffix_names = _institution_suffix()
        suffix = suffix_re.match(text, end)
        if suffix:
            word = next(suffix_names[g] for g, v in suffix.groupdict().items() if v and g in suffix_names)
            head_as_written = " ".join(m.group("head").lower().split())
            name = f"{' '.join([place, *mods, head_as_written])} {word} “{suffix.group('q').strip()}”"
            end = suffix.end()
            rule = "org.place_institution"
        out.append((m.start(), end, name, country, rule))
    return out


def _join_mods(words: list[str]) -> list[str]:
    """Re-join multi-word type words split on spaces ("plānošanas reģiona")."""
    known = _modifiers()
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in known:
            out.append(f"{words[i]} {words[i + 1]}")
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def _name_orgs(text: str, starts: list[int]) -> list[tuple[int, int, str, str, str]]:
    """(start, end, name, country, rule) for genitive words + institution noun."""
    out = []
    endings, connectors = _name_words()
    places = _places()
    for before in ("name", "place_name"):
        for m in _head_starts(text, before, starts):
            nominative, head_country = _head_match(m.group(0), before) or ("", "")
            pos = m.start()
            words: list[tuple[int, str]] = []
            start_word = None
            while len(words) < MAX_NAME_WORDS:
                w = _prev_word(text, pos, "-.")
                if w is None:
                    break
                word = w[1]
                low = word.lower()
                if not (low in connectors or low.endswith(endings)):
                    break
                if start_word is not None and not word[0].isupper():
                    break  # after the first capital only capitalised words: "Sabiedrības Integrācijas"
                words.insert(0, (w[0], word))
                pos = w[0]
                if word[0].isupper():
                    start_word = len(words)
            if start_word is None or words[0][1].lower() in connectors:
                continue
            # one place word may stand before the capitalised name: "Jelgavas Pensionāru biedrība"
            w = _prev_word(text, pos, "-.")
            if w and places.get(w[1], ("", ""))[1] == "place" and w[1] != words[0][1]:
                words.insert(0, w)
            first = words[0][1]
            if before == "place_name" and places.get(first, ("", ""))[1] != "place":
                continue
            if places.get(first, ("", ""))[1] == "stop" and len(words) == 1:
                continue
            country = places.get(first, ("", ""))[0]  # a place or a country name ("Lietuvas")
            name = " ".join([*(w for _, w in words), nominative])
            out.append((words[0][0], m.end(), name, country or head_country, f"org.{before}"))
    return out


def _legal_orgs(text: str, starts: list[int]) -> list[tuple[int, int, str, str, str]]:
    out = []
    for m in _head_starts(text, "legal_form", starts):
        nominative, country = _head_match(m.group(0), "legal_form") or ("", "")
        q = _quoted_after().match(text, m.end())
        if q:
            out.append((m.start(), q.end(), f"{nominative} “{q.group('q').strip()}”", country, "org.legal_form"))
    return out


def parse_organisation(s: str) -> Organisation | None:
    """The organisation when the whole of ``s`` is one name, else None."""
    if not isinstance(s, str):
        return None
    body = s.strip()
    found = find_organisations(body)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(body):
        v = found[0].value
        return v if isinstance(v, Organisation) else None
    return None


def find_organisations(text: str) -> list[Fact]:
    """Every organisation named in ``text``, in order, without overlaps (the longest name wins)."""
    if not isinstance(text, str) or not text:
        return []
    starts = word_starts(text, find_literals(lower_same_length(text), _triggers()))
    cands = _place_orgs(text, starts) + _name_orgs(text, starts) + _legal_orgs(text, starts)
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[4]))
    taken = Disjoint()
    out: list[Fact] = []
    for start, end, name, country, rule in cands:
        if not taken.add(start, end):
            continue
        country = _explicit_country(text, end) or country
        org = Organisation(" ".join(name.split()), country, _is_lead(text, start, end))
        out.append(fact("organisation", text, start, end, org, rule))
    out.sort(key=lambda f: (f.start, f.end))
    return out
