"""Counts of people, families, staff and organisations: ``vismaz 706 cilvēkiem``, ``800 lietotāju``,
``maksimālais skaits: 213 jaunieši``, ``24 ģimenes``, ``sociālos darbiniekus (90)``.

A count is a whole number followed, within a few words, by a group noun (lexicon ``groups.csv``,
every case form), a group noun followed by the number in brackets, or a count label of a fact box
followed by the bare number (lexicon ``count_labels.csv``: ``Dalībnieku skaits: 150``,
``Number of beneficiaries: 150``). Words in between may be
adjectives and genitive modifiers (``276 ārpusģimenes aprūpē esošiem bērniem``); a unit word
(lexicon ``count_units.csv``: years, months, hours, euro, items ...) or any punctuation stops the
search, so years, money, percentages, dates and durations are never counts. A qualifier just
before the number (lexicon ``count_qualifiers.csv``) sets :attr:`Count.qualifier`; the fact's span
then starts at the qualifier.

After a genitive noun the head may come later: in ``9 bērnu sociālās aprūpes centriem`` the
number counts centres (kind ``other``), not children — but not past a preposition or conjunction
(lexicon ``count_head_stops.csv``): ``30 vaikų iš socialinės rizikos šeimų`` counts children.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from ._scan import Disjoint, finditer_at_literals, safe_lower
from .spans import Count, Fact, fact

#: Most words allowed between the number and its group noun.
MAX_GAP_WORDS = 5
#: Most words searched after a genitive group noun for the real head noun.
MAX_HEAD_SHIFT = 4
#: Letters of a count label's first word searched for before the label's pattern is tried there
#: (the case forms of a people noun share them: ``dalībnieki``, ``dalībnieku`` -> ``dalīb``).
STEM_CHARS = 5

_SPACE = "[ \t\u00a0\u202f]"
_NUMBER = re.compile(
    # digit first (fast scanning); the look-behinds then check the characters before that digit
    # "1 200" and, as English writes it, "1,200" (a count is never a fraction: the comma groups thousands)
    rf"(?P<n>\d(?<![\w.,/]\d)(?<!\w[-–]\d)(?:\d{{0,2}}(?:{_SPACE}\d{{3}})+(?!\d)|\d{{0,2}}(?:,\d{{3}})+(?!\d)|\d{{0,6}}))"
    rf"(?![\w%])(?![.,/:–-]?\d)"
)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_BRACKETED = re.compile(r"\((?P<n>\d{1,7})\)")


@dataclass(frozen=True, slots=True)
class _Form:
    kind: str
    genitive: bool
    words: int  # number of words in the form ("labuma guvēji" = 2)


@lru_cache(maxsize=None)
def _forms() -> dict[str, _Form]:
    """Every group noun form, lower case, mapped to its kind and whether it is genitive."""
    out: dict[str, _Form] = {}
    for r in lexicon.load("groups"):
        endings = r["endings"].split("|")
        gens = set(r["genitive"].split("|")) if r["genitive"] else set()
        stem = r["stem"].lower()
        for e in endings:
            form = " ".join((stem + e).split())
            if form and form not in out:
                out[form] = _Form(r["kind"], e in gens, len(form.split()))
    return out


@lru_cache(maxsize=None)
def _max_form_words() -> int:
    return max((f.words for f in _forms().values()), default=1)


@lru_cache(maxsize=None)
def _units() -> tuple[frozenset[str], tuple[str, ...]]:
    exact = frozenset(r["form"].lower() for r in lexicon.load("count_units") if r["match"] == "exact")
    prefix = tuple(r["form"].lower() for r in lexicon.load("count_units") if r["match"] == "prefix")
    return exact, prefix


@lru_cache(maxsize=None)
def _head_stops() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in lexicon.load("count_head_stops"))


def _is_unit(word: str) -> bool:
    exact, prefix = _units()
    w = word.lower()
    return w in exact or w.startswith(prefix)


@lru_cache(maxsize=None)
def _qualifier_res() -> tuple[tuple[re.Pattern[str], str], ...]:
    rows = sorted(lexicon.load("count_qualifiers"), key=lambda r: len(r["phrase"]), reverse=True)
    out = []
    for r in rows:
        words = [re.escape(w) for w in r["phrase"].split()]
        lead = r"(?<!\w)" if r["phrase"][:1].isalnum() else ""
        body = r"\s+".join(words)
        pat = rf"{lead}(?:{body}){_SPACE}*[:–-]?{_SPACE}*$"
        out.append((re.compile(pat, re.IGNORECASE), r["qualifier"]))
    return tuple(out)


@lru_cache(maxsize=None)
def _qualifier_tails() -> tuple[str, ...]:
    """The last word of every qualifier phrase, lower case: a qualifier's match ends with one."""
    phrases = [r["phrase"].split() for r in lexicon.load("count_qualifiers")]
    return tuple(sorted({words[-1].lower() for words in phrases if words}))


_SPACE_CHARS = " \t\u00a0\u202f"  # the characters of _SPACE


def _phrase_ends(window: str) -> tuple[int, ...]:
    """Where a qualifier phrase can end in ``window``: before the trailing spaces, and before a
    trailing ``:``/dash with its spaces (what the patterns allow after a phrase up to ``$``)."""
    r1 = len(window.rstrip(_SPACE_CHARS))
    if r1 and window[r1 - 1] in ":–-":
        return r1, len(window[: r1 - 1].rstrip(_SPACE_CHARS))
    return (r1,)


def _may_have_qualifier(window: str) -> bool:
    """False only when no qualifier pattern can match ``window``: no phrase's last word ends where
    a phrase can end (``str.endswith`` on the lower-cased window; a window that
    :func:`socreport.parse._scan.safe_lower` cannot lower-case is always searched)."""
    low = safe_lower(window)
    if low is None:
        return True
    return any(low.endswith(tail, 0, end) for end in _phrase_ends(window) for tail in _qualifier_tails())


def _qualifier(text: str, start: int) -> tuple[str, int]:
    """The qualifier ending just before ``start`` and where it begins, else ("exact", start)."""
    window = text[max(0, start - 40) : start]
    if not _may_have_qualifier(window):  # spares the searches for most numbers
        return "exact", start
    for pat, qual in _qualifier_res():
        m = pat.search(window)
        if m:
            return qual, start - len(window) + m.start()
    return "exact", start


def _match_form(words: list[re.Match[str]], i: int) -> tuple[_Form, int] | None:
    """The longest group-noun form starting at word ``i`` (and how many words it spans)."""
    forms = _forms()
    for k in range(min(_max_form_words(), len(words) - i), 0, -1):
        key = " ".join(w.group(0).lower() for w in words[i : i + k])
        f = forms.get(key)
        if f is not None and f.words == k:
            return f, k
    return None


def _words_after(text: str, pos: int, limit: int) -> list[re.Match[str]]:
    """Up to ``limit`` words after ``pos`` joined only by spaces (punctuation ends the run)."""
    out: list[re.Match[str]] = []
    i = pos
    n = len(text)
    while len(out) < limit:
        j = i
        while j < n and text[j] in " \t\u00a0\u202f":
            j += 1
        if j == i and out:
            break  # words must be separated by spaces
        if j == i and not out and i < n and not text[i].isspace():
            break  # the number must be followed by a space
        m = _WORD.match(text, j)
        if m is None:
            break
        out.append(m)
        i = m.end()
    return out


#: Most words of the phrase before a bracketed number searched for its group noun.
BRACKET_PHRASE_WORDS = MAX_GAP_WORDS + 1
#: How far before a bracketed number (characters) its phrase is read.
BRACKET_REACH = 80


@lru_cache(maxsize=None)
def join_words() -> frozenset[str]:
    """The words that join two groups (lexicon ``count_head_stops``, ``joins``): ``un``, ``ir``, ``and`` …"""
    return frozenset(r["word"].lower() for r in lexicon.load("count_head_stops") if r["joins"] == "true")


def _phrase_before(text: str, pos: int) -> list[re.Match[str]]:
    """The words right before ``pos`` joined only by spaces, in text order: at most
    :data:`BRACKET_PHRASE_WORDS`, none before a punctuation mark or a word joining two groups
    (lexicon ``count_head_stops``, ``joins``): before "(40)" in "pedagogi un bērni ar invaliditāti
    (40)" the phrase is "bērni ar invaliditāti"."""
    lo = max(0, pos - BRACKET_REACH)
    ws = list(_WORD.finditer(text, lo, pos))
    out: list[re.Match[str]] = []
    end = pos
    for w in reversed(ws):
        gap = text[w.end() : end]
        if gap.strip(" \t\u00a0\u202f") or (not gap and out) or w.group(0).lower() in join_words():
            break
        out.append(w)
        end = w.start()
        if len(out) == BRACKET_PHRASE_WORDS:
            break
    if out and out[-1].start() == lo and lo > 0 and not text[lo - 1].isspace():
        out.pop()  # a word cut by the reach
    return out[::-1]


def _head(words: list[re.Match[str]]) -> tuple[int, int, _Form] | None:
    """Index span and form of the group noun among ``words`` (the first, or the head after a genitive)."""
    for i in range(min(len(words), MAX_GAP_WORDS + 1)):
        if _is_unit(words[i].group(0)):
            return None
        hit = _match_form(words, i)
        if hit is None:
            continue
        form, k = hit
        first, last = i, i + k
        while form.genitive:
            nxt = None
            for j in range(last, min(len(words), last + MAX_HEAD_SHIFT)):
                if _is_unit(words[j].group(0)):
                    return None
                if words[j].group(0).lower() in _head_stops():
                    break  # "30 vaikų iš ... šeimų": the genitive noun is the head
                h = _match_form(words, j)
                if h is not None:
                    nxt = (j, h)
                    break
            if nxt is None:
                break
            j, (form, k) = nxt
            first, last = j, j + k
        return first, last, form
    return None


@lru_cache(maxsize=None)
def _labelled() -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """(triggers, one pattern for every count label followed by its bare number), from ``count_labels``."""
    by_lang: dict[str, list[str]] = {}
    for r in lexicon.load("groups"):
        if r["kind"] != "people":
            continue
        stem = r["stem"].lower()
        by_lang.setdefault(r["language"], []).extend(" ".join((stem + e).split()) for e in r["endings"].split("|"))
    alts, triggers = [], set()
    for r in lexicon.load("count_labels"):
        forms = sorted({f for f in by_lang.get(r["language"], []) if f}, key=lambda f: (-len(f), f))
        if not forms:
            continue
        group = "(?P<g{}>{})".format(len(alts), "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms))
        alts.append(r["pattern"].replace("{group}", group))
        triggers.add(r["trigger"].lower())
    if not alts:
        return (), None
    number = rf"(?P<n>\d{{1,3}}(?:{_SPACE}\d{{3}})+|\d{{1,7}})"
    # a colon, a dash, a bar or a tab; or a verb (lexicon count_label_verbs): "skaits sasniegs 180"
    verbs = sorted((r["verb"] for r in lexicon.load("count_label_verbs")), key=lambda v: (-len(v), v))
    verb = "|".join(rf"{_SPACE}+".join(map(re.escape, v.split())) for v in verbs)
    sep = rf"(?:{_SPACE}*[:–—|-]{_SPACE}*|\t{_SPACE}*|{_SPACE}+(?:{verb}){_SPACE}+)"
    # the number ends its line or clause; a period after it ends a sentence ("2019. gadā" is a year)
    tail = rf"(?={_SPACE}*(?:$|[;,)|]|\.{_SPACE}*$|\.{_SPACE}+[A-ZĀ-ŽĄ-Ž(]))"
    pat = rf"(?<![^\W\d_])(?:{'|'.join(alts)}){sep}{number}(?![\d%]|[.,]\d){tail}"
    return tuple(sorted(triggers)), re.compile(pat, re.IGNORECASE | re.MULTILINE)


def _labelled_counts(text: str, taken: Disjoint) -> list[Fact]:
    """``Dalībnieku skaits: 150``: a count label (lexicon ``count_labels``) and the bare number after
    it, with a colon, a dash or a verb between (``… skaits sasniegs 180``, lexicon ``count_label_verbs``)."""
    triggers, pat = _labelled()
    low = safe_lower(text)
    if pat is None or (low is not None and not any(t in low for t in triggers)):
        return []
    out: list[Fact] = []
    # every label starts with one of a few hundred case forms: try the pattern only at their stems
    for m in finditer_at_literals(pat, text, low, stem=STEM_CHARS):
        group = next(g for k, g in m.groupdict().items() if k.startswith("g") and g is not None)
        start, end = m.start(), m.end()
        if taken.overlaps(start, end):
            continue
        out.append(
            fact(
                "count",
                text,
                start,
                end,
                Count(_to_int(m.group("n")), " ".join(group.lower().split()), "exact", "people"),
                "count.label_number",
            )
        )
    return out


def _to_int(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def parse_count(s: str) -> Count | None:
    """The count when the whole of ``s`` is one (``"vismaz 706 cilvēkiem"``), else None."""
    if not isinstance(s, str):
        return None
    found = find_counts(s.strip())
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(s.strip()):
        v = found[0].value
        return v if isinstance(v, Count) else None
    return None


def find_counts(text: str) -> list[Fact]:
    """Every count in ``text`` with its group noun, qualifier and kind, in order."""
    if not isinstance(text, str) or not text:
        return []
    out: list[Fact] = []
    taken = Disjoint()
    for m in _NUMBER.finditer(text):
        words = _words_after(text, m.end(), MAX_GAP_WORDS + 1 + MAX_HEAD_SHIFT + _max_form_words())
        head = _head(words)
        if head is None:
            continue
        first, last, form = head
        n = _to_int(m.group("n"))
        qual, start = _qualifier(text, m.start())
        end = words[last - 1].end()
        group = " ".join(w.group(0).lower() for w in words[first:last])
        out.append(fact("count", text, start, end, Count(n, group, qual, form.kind), f"count.number_noun.{qual}"))
        taken.add(start, end)
    for m in _BRACKETED.finditer(text):
        # "sociālos darbiniekus (90)", "children with disabilities (35)": the group noun heads the
        # phrase right before the bracket
        ws = _phrase_before(text, m.start())
        head = _head(ws) if ws else None
        if head is None:
            continue
        first, last, form = head
        if form.kind == "other":
            continue  # "dienas aprūpes centra (37) pakalpojumus": brackets after places count services
        start = ws[first].start()
        if taken.overlaps(start, m.end()):
            continue
        group = " ".join(w.group(0).lower() for w in ws[first:last])
        out.append(
            fact(
                "count",
                text,
                start,
                m.end(),
                Count(_to_int(m.group("n")), group, "exact", form.kind),
                "count.noun_bracket",
            )
        )
    out.extend(_labelled_counts(text, taken))
    out.sort(key=lambda f: (f.start, f.end))
    return out
