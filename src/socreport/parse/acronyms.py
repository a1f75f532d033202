"""Project short names (acronyms, kind ``acronym``):

* after a label (lexicon ``name_labels.csv``): ``saīsinājums: Valued people``,
  ``Saīsinātais nosaukums: “OCTOPUS”``, ``Acronym: X``, ``akronimas: X``;
* after a title and an alias word (lexicon ``name_keywords.csv``): ``“…” jeb “SocQuality”``;
* in brackets after a word that says the text goes on to call it so (lexicon ``name_labels`` kind
  ``hereinafter``): ``“…” (turpmāk – SocBorder)``, ``(toliau – YouthJob)``, ``(hereinafter “CareTown”)``
  — a name shaped like an acronym, not ``(turpmāk – Projekts)`` nor ``(turpmāk – NVA)`` after the
  words it abbreviates;
* in brackets right after a title: ``…pašvaldībās (RiskChildren) Nr. LLI-491`` or
  ``“… (RiskChildren)”`` — only where a closing quote, a project number or a preceding quoted
  title confirms it, so ``Labklājības ministrija (LM)`` is not an acronym;
* a one-word, capitalised-inside name quoted after a project word: ``Projekts “SocQuality”``;
* a name the title gives itself after its closing quote (a second quote, a slash, a bracket with
  the project's number), and an unquoted acronym next to a project word (in capitals only where
  the project's number or a word that frames it as the project's follows or precedes it:
  ``projekta BRIDGE ietvaros``, ``Įgyvendinant projektą BRIDGE``, lexicon ``name_keywords`` roles
  ``frame`` and ``frame_before``); after an acronym label, a name in capitals goes on over the
  words in capitals after it (``akronimas COMMUNITY HOUSE``);
* a name with a capital inside or a hyphen opening a sentence that says what project it is
  (``HealthyKids is a cross-border project``, ``„SOC-Care“ – tai … projektas``: role ``is_project``);
* in headings and before titles (:mod:`socreport.parse.acronym_headings`): between the project's
  number and its title (``LLI-572 SafeStep “…”``), opening a heading line that holds the number
  (``FamilyBridge – Building family support services … (LLI-575)``) or a headline of its own
  paragraph (``SocInc – Improving social inclusion in border regions``);
* in English, a capitalised name of two or three words between ``the`` and ``project`` (``the
  Valued people project``), unless a word of it says what kind of project it is (lexicon
  ``name_keywords`` role ``generic``: ``the Latvian partner project``), a place or a fund.

A fact's span is the name itself, without quotes or label.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from ._scan import Lines
from .acronym_headings import (
    acronyms_before_codes,
    acronyms_before_titles,
    capitals_after,
    heading_acronyms,
    headline_acronyms,
    slash_heading_acronyms,
)
from .codes import find_codes
from .funds import find_funds, parse_fund
from .name_parts import (
    CLOSE_QUOTE,
    MAX_ACRONYM,
    QUOTED,
    SPACE,
    NameText,
    alias_quoted,
    camel,
    dedupe,
    hyphenated,
    keyword_starts,
    keywords,
    label_alternation,
    label_matches,
    label_value,
    label_windows,
    looks_like_acronym,
    number_word_after,
    trim,
)
from .short_name_words import acronym_stops, is_code, never_short_name
from .spans import Fact, Name, fact

#: A bracket of one to three words (``(RiskChildren)``, ``(Valued people)``, ``( HEALTHY LIFE)``).
_BRACKET = re.compile(rf"\((?P<a>{SPACE}?[^\W\d_][\w&+-]{{1,30}}(?:{SPACE}[\w&+-]{{1,30}}){{0,2}})\)")
#: A short name after a slash, up to a closing bracket or quote or a comma before a code.
_SLASH_NAME = re.compile(
    rf"(?<=[^\W\d_])/{SPACE}?(?P<a>[^\W\d_][\w&+-]{{1,30}}(?:{SPACE}[\w&+-]{{1,30}}){{0,2}})"
    rf"(?={SPACE}*(?:\)|{CLOSE_QUOTE}|,{SPACE}*[A-Z]{{2,}}))"
)
#: Where a labelled short name ends at the latest: a closing bracket or quote.
_NAME_END = re.compile(rf"\)|{CLOSE_QUOTE}")
_WORD_RE = re.compile(r"[^\W\d_]+")
#: Longest short name given in brackets or a second quote after a title.
_MAX_SHORT = 40


_CLOSE_BEFORE = re.compile(rf"{CLOSE_QUOTE}{SPACE}*$")

#: What may follow a short name in brackets to the end of its line (a heading's end).
_BLANK_TAIL = re.compile(r"[ \t.]*")


def _initials_of(acronym: str, before: str) -> bool:
    """The capitals of ``acronym`` abbreviate the words just before it, in order: ``Valsts sociālās
    aprūpes centrs (VSAC)``, ``Labklājības ministrija (LM)`` — an organisation's or a term's
    abbreviation, not a project's short name."""
    letters = [c.casefold() for c in acronym if c.isalpha()]
    words = _WORD_RE.findall(before)[-2 * len(letters) :]
    initials = [w[0].casefold() for w in words]
    k = 0
    for c in initials:
        if k < len(letters) and c == letters[k]:
            k += 1
    return k == len(letters)


def _abbreviates(acronym: str, text: str, pos: int) -> bool:
    """``acronym``, standing at ``pos`` of ``text``, is all capitals that abbreviate the words just
    before it (:func:`_initials_of` of the 200 characters before ``pos``)."""
    return acronym.isupper() and _initials_of(acronym, text[max(0, pos - 200) : pos])


def _short_name(s: str) -> bool:
    """A short name a title gives itself in brackets or a second quote: one to three words, letters
    first, not a year, a code or a fund (``Valued people``, ``risk-free``, ``Unlocked potential``)."""
    s = s.strip()
    words = s.split()
    return (
        0 < len(s) <= _MAX_SHORT
        and 1 <= len(words) <= 3
        and s[0].isalpha()
        and sum(c.isalpha() for c in s) >= 3
        and not is_code(s)
        and parse_fund(s) is None
    )


def _title_quotes(names: NameText) -> list[tuple[int, int, int]]:
    """``(content start, content end, end after the closing quote)`` of the quoted project titles:
    after a project word (and its number) or right after a project code."""
    text = names.text
    out = [(m.start("q"), m.end("q"), m.end()) for m in names.project_matches]
    quoted = re.compile(rf"{SPACE}*[,:]?{SPACE}*{QUOTED}")
    for c in names.codes:
        m = quoted.match(text, c.end)
        if m:
            out.append((m.start("q"), m.end("q"), m.end()))
    return sorted(set(out))


def find_acronyms(text: str, codes: list[Fact] | None = None) -> list[Fact]:
    """Project short names in ``text``, in order (``codes``: ``find_codes(text)`` when the caller has it)."""
    if not isinstance(text, str) or not text:
        return []
    return acronyms_in(NameText(text, codes))


def acronyms_in(names: NameText) -> list[Fact]:
    """:func:`find_acronyms` of a :class:`~socreport.parse.name_parts.NameText` (which the titles read too)."""
    text, low, codes = names.text, names.low, names.codes
    titles = _title_quotes(names)
    return dedupe(
        [
            *_labelled_acronyms(text, low),
            *_alias_acronyms(text, low),
            *_hereinafter_acronyms(text, low),
            *_bracket_acronyms(text, titles),
            *_acronyms_after_titles(text, titles),
            *_quoted_acronyms(text, titles),
            *_bare_acronyms(text, low, frozenset(c.start for c in codes)),
            *acronyms_before_titles(text, codes),
            *acronyms_before_codes(text, codes),
            *heading_acronyms(text, codes),
            *headline_acronyms(text),
            *slash_heading_acronyms(text),
            *_the_name_project(text, low),
            *_name_is_project(text, low),
        ]
    )


def _labelled_acronyms(text: str, low: str) -> list[Fact]:
    """The value of an acronym label: ``Projekta akronīms: RiskChildren``, ``Acronym`` / ``CareNet``."""
    found = []
    for m in label_matches(text, low, "acronym"):
        # "(akronimas – SafeKids) įgyvendinamas …": a label in brackets has its value up to the closing one
        close = (
            text.find(")", m.end(), m.end() + MAX_ACRONYM)
            if text[max(0, m.start() - 2) : m.start()].strip() == "("
            else -1
        )
        span = label_value(text, m.end(), MAX_ACRONYM, close if close >= 0 else None)
        if span:
            s, e = span
            # "(akronimas: risk-free)“": the name ends at the bracket or quote that closes it
            cut = _NAME_END.search(text, s, e)
            if cut:
                s, e = trim(text, s, cut.start())
            if e > s and not is_code(text[s:e]):
                found.append(fact("acronym", text, s, e, Name(text[s:e]), "acronym.label"))
    # "projekto akronimas COMMUNITY": a label and, after a space only, a word shaped like an acronym
    bare = _bare_label_value("acronym")
    for ws, we in label_windows(text, low, "acronym"):
        for m in bare.finditer(text, ws, min(len(text), we + MAX_ACRONYM)):
            a, (s, e) = m.group("a"), m.span("a")
            if looks_like_acronym(a) and not is_code(a) and a.casefold() not in acronym_stops():
                # "akronimas COMMUNITY HOUSE": a name in capitals goes on over the words in capitals after it
                e = capitals_after(text, e) if a.isupper() else e
                found.append(fact("acronym", text, s, e, Name(text[s:e]), "acronym.label_bare"))
    return found


@lru_cache(maxsize=None)
def _label_start() -> re.Pattern[str]:
    alts = f"{label_alternation('acronym')}|{label_alternation('hereinafter')}"
    return re.compile(rf"(?:{alts})(?!\w)", re.IGNORECASE)


def _opens_with_label(s: str) -> bool:
    """``s`` (a bracket's text) opens with an acronym label or a ``hereinafter`` word:
    ``saīsināti SafeAge``, ``hereinafter SafeAge``."""
    return _label_start().match(s) is not None


@lru_cache(maxsize=None)
def _bare_label_value(kind: str) -> re.Pattern[str]:
    """A label of ``kind`` followed by spaces and one word (no colon or dash between)."""
    alts = label_alternation(kind)
    return re.compile(rf"(?<!\w)(?:{alts}){SPACE}+(?P<a>[^\W_][\w&+-]{{1,40}})(?![\w&+-])", re.IGNORECASE)


def _alias_acronyms(text: str, low: str) -> list[Fact]:
    """A quoted name joined to the title before it by an alias word: ``“…” jeb “SocQuality”``."""
    found = []
    alias = alias_quoted()
    for p in keyword_starts(text, low, "alias"):
        m = alias.match(text, p)
        if m is None or not _CLOSE_BEFORE.search(text, max(0, p - 6), p):
            continue
        s, e = trim(text, *m.span("q"))
        if 0 < e - s <= MAX_ACRONYM and len(text[s:e].split()) <= 4:
            found.append(fact("acronym", text, s, e, Name(text[s:e]), "acronym.alias"))
    return found


@lru_cache(maxsize=None)
def _hereinafter() -> re.Pattern[str]:
    """A bracket: a ``hereinafter`` word, a dash or colon or nothing, one quoted or bare name."""
    alts = label_alternation("hereinafter")
    name = rf"(?:{QUOTED}|(?P<a>[^\W_][\w&+-]{{1,40}})(?![\w&+-]))"
    return re.compile(rf"\({SPACE}*(?:{alts}){SPACE}*(?:[:–—-]{SPACE}*)?{name}{SPACE}*\)", re.IGNORECASE)


def _hereinafter_acronyms(text: str, low: str) -> list[Fact]:
    """``(turpmāk – SocBorder)``: the short name after a ``hereinafter`` word, quoted or not, when it
    is shaped like an acronym — the same brackets name a contract's parties and terms
    (``(turpmāk – “Finansējuma saņēmējs”)``) — and is never a fund, a code or a stop word, nor
    capitals that abbreviate the words before the bracket (``Nodarbinātības valsts aģentūra
    (turpmāk – NVA)``)."""
    found = []
    pat = _hereinafter()
    for ws, we in label_windows(text, low, "hereinafter"):
        for m in pat.finditer(text, max(0, ws - 2), min(len(text), we + MAX_ACRONYM)):
            quoted = m.group("q") is not None
            s, e = trim(text, *m.span("q" if quoted else "a"))
            a = text[s:e]
            if not looks_like_acronym(a) or never_short_name(a):
                continue
            if _abbreviates(a, text, m.start()):
                continue
            found.append(fact("acronym", text, s, e, Name(a), "acronym.hereinafter"))
    return found


def _bracket_acronyms(text: str, titles: list[tuple[int, int, int]]) -> list[Fact]:
    """A short name in brackets: ending or following a quoted title (``…network (Valued people)”``,
    ``“…” (risk-free)``), or one that looks like an acronym and is confirmed by a quote, a number or
    the end of a heading line — never capitals that abbreviate the words before them (``(VSAC)``),
    nor a code, a fund, a currency or a word of ``acronym_stops`` (:func:`never_short_name`)."""
    found = []
    lines = Lines(text)
    ends = {qe for _, qe, _ in titles}  # where a title's quoted text ends
    closes = {ce for _, _, ce in titles}  # where a title's closing quote ends
    for m in _BRACKET.finditer(text):
        a = m.group("a").strip()
        s0 = m.start("a") + (len(m.group("a")) - len(m.group("a").lstrip()))
        e0 = s0 + len(a)
        after_end = m.end() + (len(text[m.end() : m.end() + 3]) - len(text[m.end() : m.end() + 3].lstrip(" \t")))
        inside = after_end in ends
        right_after = any(m.start() - k in closes and not text[m.start() - k : m.start()].strip() for k in range(4))
        # capitals that abbreviate the words before them name an organisation or a term ("(VSAC)"),
        # except right after a quoted title, whose initials they are: “Kopā mēs varam” (KMV)
        abbreviates = not right_after and _abbreviates(a, text, m.start())
        if never_short_name(a) or _opens_with_label(a):
            continue  # "(saīsināti SafeAge)": the label's (or hereinafter's) rule reads the name after it
        if (inside or right_after) and _short_name(a) and not abbreviates:
            found.append(fact("acronym", text, s0, e0, Name(a), "acronym.title_brackets"))
            continue
        if not looks_like_acronym(a) or is_code(a):
            continue
        after = text[m.end() : m.end() + 12]
        before = text[max(0, m.start() - 3) : m.start()]
        line_start, line_end = lines.start(m.start()), lines.end(m.end())
        confirmed = (
            re.match(rf"{SPACE}*{CLOSE_QUOTE}", after)
            or number_word_after().match(after)
            or any(c.start <= 3 for c in find_codes(text[m.end() : m.end() + 40]))
            or re.search(rf"{CLOSE_QUOTE}{SPACE}*$", before)
            # a heading line that ends with the short name: "LLI-422, Ģimenei draudzīga ... (HOME)"
            # (the line's head is read only when the short name ends its line: once per line)
            or (
                _BLANK_TAIL.match(text, m.end(), line_end).end() == line_end  # type: ignore[union-attr]
                and len((head := text[line_start : m.start()]).split()) >= 3
                and not head.rstrip().endswith((".", ":", ";"))
            )
        )
        if confirmed and not _abbreviates(a, text, m.start()):
            found.append(fact("acronym", text, *m.span("a"), Name(a), "acronym.brackets"))
    return found


#: A short name and a project number in one bracket after a title: ``“…” (HealthAge, LLI-416)``.
_BRACKET_WITH_CODE = re.compile(
    rf"{SPACE}*\({SPACE}*(?P<a>[^\W\d_][\w&+-]{{1,30}}(?:{SPACE}[\w&+-]{{1,30}}){{0,2}})"
    rf"{SPACE}*[,;]{SPACE}*(?P<c>[^()\n]{{2,60}}?){SPACE}*\)"
)
#: A quoted name in a bracket right after a title: ``“…” („SaferTogether“)``.
_QUOTED_BRACKET = re.compile(rf"{SPACE}*\({SPACE}*{QUOTED}{SPACE}*\)")
#: A short name after the title's closing quote and a slash: ``“…” / HEALTHAGE``.
_SLASH_AFTER_QUOTE = re.compile(rf"{SPACE}*/{SPACE}*(?P<a>[^\W_][\w&+-]{{1,40}})(?![\w&+-])")


def _acronyms_after_titles(text: str, titles: list[tuple[int, int, int]]) -> list[Fact]:
    """A short name that a quoted title gives itself after its closing quote: a second quote
    (``“…” “risk-free”``, ``“…”/“Unlocked potential”``), a name in capitals after a slash at the
    end of the title or after it (``…network/BUSINESS LIBRARY)``, ``“…” / HEALTHAGE``), or the
    first part of a bracket that holds the project's number (``“…” (HealthAge, LLI-416)``)."""
    found = []
    second = re.compile(rf"{SPACE}*/?{SPACE}*{QUOTED}")
    for qs, qe, ce in titles:
        m = second.match(text, ce)
        if m:
            s, e = trim(text, *m.span("q"))
            if _short_name(text[s:e]) and e - s < qe - qs:
                found.append(fact("acronym", text, s, e, Name(text[s:e]), "acronym.second_quote"))
        # “Kartu saugiau” („SaferTogether“): a shorter quoted name in the bracket after the title
        bq = _QUOTED_BRACKET.match(text, ce)
        if bq:
            s, e = trim(text, *bq.span("q"))
            if _short_name(text[s:e]) and e - s < qe - qs:
                found.append(fact("acronym", text, s, e, Name(text[s:e]), "acronym.quoted_bracket"))
        b = _BRACKET_WITH_CODE.match(text, ce)
        if b and _short_name(b.group("a")) and is_code(b.group("c")):
            found.append(fact("acronym", text, *b.span("a"), Name(b.group("a")), "acronym.bracket_with_code"))
        sq = _SLASH_AFTER_QUOTE.match(text, ce)
        if sq and looks_like_acronym(sq.group("a")) and not is_code(sq.group("a")):
            found.append(fact("acronym", text, *sq.span("a"), Name(sq.group("a")), "acronym.slash_after_title"))
        line_end = text.find("\n", qs)
        line_end = len(text) if line_end < 0 else line_end
        for sm in _SLASH_NAME.finditer(text, qs, min(line_end, ce + 200)):
            a = sm.group("a")
            if sum(c.isalpha() for c in a) >= 4 and a.upper() == a and not is_code(a) and parse_fund(a) is None:
                found.append(fact("acronym", text, *sm.span("a"), Name(a), "acronym.after_slash"))
                break
    return found


#: A quoted title that opens with its short name and a colon or a dash: ``“SeniorNet: senioru tīkls …”``.
_NAME_OPENS_TITLE = re.compile(rf"(?P<a>[^\W_][\w&+-]{{1,40}})(?::|{SPACE}+[–—-]){SPACE}+[^\W\d_]")


def _quoted_acronyms(text: str, titles: list[tuple[int, int, int]]) -> list[Fact]:
    """A quoted name after a project word or a project number that is itself an acronym
    (``projekts “SocQuality”``, ``LLI-418 “ActiveCommunity”``) or opens the quoted title before a
    colon or a dash (``Project “Y-Active: young people for active communities”``)."""
    found = []
    for qs, qe, _ in titles:
        s, e = trim(text, qs, qe)
        if looks_like_acronym(text[s:e]) and not is_code(text[s:e]):
            found.append(fact("acronym", text, s, e, Name(text[s:e]), "acronym.quoted_after_project"))
            continue
        m = _NAME_OPENS_TITLE.match(text, s, e)
        if m and looks_like_acronym(a := m.group("a")) and not never_short_name(a):
            found.append(fact("acronym", text, *m.span("a"), Name(a), "acronym.opens_quoted_title"))
    return found


#: A word after a project word and spaces or a colon: ``projekta SmartAge ietvaros``, ``Projekts: SmartHome``.
_BARE_AFTER = re.compile(rf"(?::{SPACE}*|{SPACE}+)(?P<a>[^\W_][\w&+-]{{1,40}})(?=[\s,.;:)]|$)")
_BARE_BEFORE = re.compile(rf"(?<![\w&+-])(?P<the>[Tt]he{SPACE}+)?(?P<a>[^\W_][\w&+-]{{1,40}}){SPACE}+$")
#: A project number right after a short name: ``BALTICARE (LLI-424)``, ``SmartAge, Nr. LLI-410``.
_CODE_AFTER = re.compile(rf"{SPACE}*[(,]?{SPACE}*")


def _bare_acronyms(text: str, low: str, code_starts: frozenset[int]) -> list[Fact]:
    """An unquoted acronym next to a project word: ``projekta SmartAge ietvaros``, ``the BALTICARE
    project``, ``project SOCNET (LLI-425)``, ``Projekts: SmartHome``. Capitals alone are often an organisation's
    abbreviation (``JSLP projektu vadītāja``) or emphasis (``projekts ŠEIT``), so a name in capitals
    counts only after English ``the``, before the project's number or before a word that frames it
    as the project's (``projekta BRIDGE ietvaros``, ``įgyvendinant projektą BRIDGE``: lexicon ``name_keywords`` roles
    ``frame`` and ``frame_before``); a word with a capital inside
    (``SmartAge``) counts on either side. Never a code, a fund or a word of ``acronym_stops``
    (``LEADER``, ``INTERREG``)."""
    found = []
    pat = _project_word()
    for p in keyword_starts(text, low, "project"):
        w = pat.match(text, p)
        if w is None:
            continue
        after = _BARE_AFTER.match(text, w.end())
        before = _BARE_BEFORE.search(text, max(0, p - 46), p)
        for m, sure in (
            (
                after,
                after is not None
                and (
                    _code_follows(text, after.end(), code_starts)
                    or _frame_follows(text, after.end())
                    or _frame_before().search(text, max(0, p - 30), p) is not None
                ),
            ),
            (before, before is not None and bool(before.group("the"))),
        ):
            if m is None:
                continue
            a = m.group("a")
            if (
                (camel(a) or hyphenated(a) or sure)
                and looks_like_acronym(a)
                and a.casefold() not in acronym_stops()
                and not is_code(a)
                and not find_funds(a)
            ):
                found.append(fact("acronym", text, *m.span("a"), Name(a), "acronym.next_to_project_word"))
    return found


@lru_cache(maxsize=None)
def _frame() -> re.Pattern[str]:
    """Spaces and a word of role ``frame`` (``ietvaros``, ``metu``, ``partners``), whole."""
    return re.compile(rf"{SPACE}+(?:{keywords('frame')})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _frame_before() -> re.Pattern[str]:
    """A word of role ``frame_before`` (``įgyvendinant``, ``īstenojot``) and spaces, up to the window's end."""
    return re.compile(rf"(?<!\w)(?:{keywords('frame_before')}){SPACE}+(?:the{SPACE}+)?$", re.IGNORECASE)


def _frame_follows(text: str, pos: int) -> bool:
    """A word that frames the name before it as the project's follows ``pos``: ``projekta BRIDGE ietvaros``."""
    return _frame().match(text, pos) is not None


def _code_follows(text: str, pos: int, code_starts: frozenset[int]) -> bool:
    """A number word or one of the text's project numbers (``code_starts``) follows ``pos``, after a
    bracket or a comma: ``BALTICARE (LLI-424)``, ``SOCNET, Nr. LLI-425``."""
    m = _CODE_AFTER.match(text, pos)
    at = m.end() if m else pos
    return at in code_starts or bool(number_word_after().match(text, at))


@lru_cache(maxsize=None)
def _project_word() -> re.Pattern[str]:
    """A whole project word (``projekts``, ``projekto``, ``project``)."""
    return re.compile(rf"(?:{keywords('project')})(?!\w)", re.IGNORECASE)


#: ``the`` and a capitalised name of two or three words ending right before ``project``.
_THE_NAME = re.compile(rf"(?<![\w-])[Tt]he{SPACE}+(?P<a>[A-Z][a-z]+(?:{SPACE}+[a-z]+){{1,2}}){SPACE}+$")
_ENGLISH_PROJECT = re.compile(r"projects?(?![\w-])")


@lru_cache(maxsize=None)
def _generic_words() -> frozenset[str]:
    """Words that make ``the … project`` a kind of project (lexicon ``name_keywords`` role ``generic``)."""
    return frozenset(r["keyword"].casefold() for r in lexicon.load("name_keywords") if r["role"] == "generic")


@lru_cache(maxsize=None)
def _place_words() -> frozenset[str]:
    """The place names of lexicon ``places`` (``Daugavpils``, ``Utena``), case-folded."""
    return frozenset(r["form"].casefold() for r in lexicon.load("places"))


def _the_name_project(text: str, low: str) -> list[Fact]:
    """English ``the Valued people project``: a capitalised first word and one or two small-letter
    words between ``the`` and ``project``, none of them a generic word (``the Latvian partner
    project``) or a place (``the Daugavpils city project``), the first not a word of ``acronym_stops``
    (``the Interreg programme project``), and no fund's name."""
    found = []
    for p in keyword_starts(text, low, "project"):
        if not _ENGLISH_PROJECT.match(text, p):
            continue
        m = _THE_NAME.search(text, max(0, p - 50), p)
        if m is None:
            continue
        a = m.group("a")
        words = [w.casefold() for w in a.split()]
        generic = any(w in _generic_words() or w in _place_words() for w in words)
        if generic or words[0] in acronym_stops() or find_funds(a):
            continue
        found.append(fact("acronym", text, *m.span("a"), Name(a), "acronym.the_name_project"))
    return found


@lru_cache(maxsize=None)
def _name_is_a_project() -> re.Pattern[str]:
    """A short name opening a sentence or a line, maybe quoted, then a word of role ``is_project``
    and at most five words, up to the end of the window (where a project word starts)."""
    return re.compile(
        rf"(?:^|(?<=\n)|(?<=[.!?]\s)){SPACE}*[\"'„“”«]?(?P<a>[^\W\d_][\w&+-]{{1,40}})[\"'“”»]?"
        rf"{SPACE}+(?:{keywords('is_project')}){SPACE}+(?:[^\s.!?]+{SPACE}+){{0,5}}$",
        re.IGNORECASE,
    )


def _name_is_project(text: str, low: str) -> list[Fact]:
    """A short name with a capital inside or a hyphen that opens a sentence saying what project it is:
    ``HealthyKids is a cross-border project``, ``„HealthyKids“ – tai bendras … projektas``."""
    found = []
    pat = _name_is_a_project()
    for p in keyword_starts(text, low, "project"):
        m = pat.search(text, max(0, p - 90), p)
        if m is None:
            continue
        a = m.group("a")
        if (camel(a) or hyphenated(a)) and looks_like_acronym(a) and not never_short_name(a):
            found.append(fact("acronym", text, *m.span("a"), Name(a), "acronym.name_is_project"))
    return found
