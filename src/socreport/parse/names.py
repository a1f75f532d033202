"""Project names: short names (acronyms) and quoted titles.

Acronyms (kind ``acronym``):

* after a label (lexicon ``name_labels.csv``): ``saīsinājums: Valued people``,
  ``Saīsinātais nosaukums: “OCTOPUS”``, ``Acronym: X``, ``akronimas: X``;
* after a title and an alias word (lexicon ``name_keywords.csv``): ``“…” jeb “SocQuality”``;
* in brackets right after a title: ``…pašvaldībās (RiskChildren) Nr. LLI-491`` or
  ``“… (RiskChildren)”`` — only where a closing quote, a project number or a preceding quoted
  title confirms it, so ``Labklājības ministrija (LM)`` is not an acronym;
* a one-word, capitalised-inside name quoted after a project word: ``Projekts “SocQuality”``.

Titles (kind ``title``): the quoted text after a project word, optionally after its number
(``Projekta Nr. 9.2.2.1./15/I/001 “Atver sirdi Zemgalē!”``, ``projektu ,,Mans budžets”``), the
quoted text right after a known project code (``LLI-425 “Development of …”``), the value of a title
label (``Projekta nosaukums: …``), and the rest of a ``Projekts: LLI-425 …`` line.

Any typographic quotes are accepted (“ ” „ « » ,, ’’ and straight ``"``, and a pair of single
straight quotes), since readers may or may not have normalised them. A fact's span is the name itself, without quotes or label.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from ._scan import Lines, find_literals, lower_same_length, windows, word_starts
from .codes import find_codes
from .funds import find_funds, parse_fund
from .spans import Fact, Name, fact

#: Opening quotes (two-character ones first) and closing quotes.
OPEN_QUOTE = r"(?:,,|’’|‘‘|''|‚‚|„|“|”|\"|«|‹|‟)"
CLOSE_QUOTE = r"(?:’’|‘’|''|‘‘|”|“|\"|»|›|‟)"
#: A quoted name: typographic or double quotes, or single straight quotes (``projektas 'Universalaus
#: daugiafunkcinio centro … įkūrimas'``), which close only before a non-letter so that an
#: apostrophe inside a word does not.
_QUOTED = (
    rf"(?:{OPEN_QUOTE}|(?P<sq>'(?=[^\W\d_])))(?P<q>[^\n\"“”„«»‟]{{1,300}}?)"
    rf"(?(sq)'(?![^\W\d_])|{CLOSE_QUOTE})"
)

#: Longest acronym and title taken.
MAX_ACRONYM = 60
MAX_TITLE = 300

#: Characters searched around the last word of a label for the whole label.
_LABEL_RADIUS = 60

_ACRONYM_TOKEN = re.compile(r"[^\W_][\w&+.-]{1,40}")
_SPACE = "[ \t\u00a0]"
#: A bracket of one to three words (``(RiskChildren)``, ``(Valued people)``, ``( HEALTHY LIFE)``).
_BRACKET = re.compile(rf"\((?P<a>{_SPACE}?[^\W\d_][\w&+-]{{1,30}}(?:{_SPACE}[\w&+-]{{1,30}}){{0,2}})\)")
#: A short name after a slash, up to a closing bracket or quote or a comma before a code.
_SLASH_NAME = re.compile(
    rf"(?<=[^\W\d_])/{_SPACE}?(?P<a>[^\W\d_][\w&+-]{{1,30}}(?:{_SPACE}[\w&+-]{{1,30}}){{0,2}})"
    rf"(?={_SPACE}*(?:\)|{CLOSE_QUOTE}|,{_SPACE}*[A-Z]{{2,}}))"
)
#: Where a labelled short name ends at the latest: a closing bracket or quote.
_NAME_END = re.compile(rf"\)|{CLOSE_QUOTE}")
_WORD_RE = re.compile(r"[^\W\d_]+")
#: Longest short name given in brackets or a second quote after a title.
_MAX_SHORT = 40


def _looks_like_acronym(s: str) -> bool:
    """One token with capitals inside (RiskChildren, SocQuality, OCTOPUS, ESF4U), not a fund name."""
    if not _ACRONYM_TOKEN.fullmatch(s):
        return False
    letters = [c for c in s if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if len(letters) < 3 or upper < 2:
        return False
    camel = any(a.islower() and b.isupper() for a, b in zip(s, s[1:]))
    return (camel or upper == len(letters)) and parse_fund(s) is None


@lru_cache(maxsize=None)
def _label_alternation(kind: str) -> str:
    """The labels of ``kind`` (acronym or title) of lexicon ``name_labels`` as one alternation,
    longest first, any run of spaces between their words."""
    rows = sorted(
        (r for r in lexicon.load("name_labels") if r["kind"] == kind), key=lambda r: len(r["label"]), reverse=True
    )
    return "|".join(r"\s+".join(re.escape(w) for w in r["label"].split()) for r in rows)


@lru_cache(maxsize=None)
def _labels(kind: str) -> re.Pattern[str]:
    """All labels of ``kind`` (acronym or title) in one pattern, longest first, then ``:`` or a
    dash; or the label directly before a quoted value (``Projekta akronīms “Potenciāla attīstība”``);
    or a label alone on its line with the value on the next non-blank line (fact boxes:
    ``Projekto pavadinimas`` / blank line / the title)."""
    alts = _label_alternation(kind)
    own_line = rf"(?:^|(?<=\n)){_SPACE}*(?:{alts}){_SPACE}*:?{_SPACE}*\n(?:{_SPACE}*\n){{0,2}}{_SPACE}*(?=\S)"
    inline = rf"(?<!\w)(?:{alts})(?:{_SPACE}*[:–—|-]{_SPACE}*|{_SPACE}+(?={OPEN_QUOTE}))"
    return re.compile(rf"{own_line}|{inline}", re.IGNORECASE)


@lru_cache(maxsize=None)
def _keywords(role: str) -> str:
    return "|".join(r["keyword"] for r in lexicon.load("name_keywords") if r["role"] == role)


@lru_cache(maxsize=None)
def _project_quoted() -> re.Pattern[str]:
    """project word, optional ``Nr. <code>``, then a quoted name."""
    code = r"(?:(?:Nr|No)\.?\s*)?[A-Za-z0-9]*\d[\w.?/-]*"
    return re.compile(
        rf"(?<!\w)(?:{_keywords('project')})(?:{_SPACE}*:{_SPACE}*|{_SPACE}+)(?:{code}{_SPACE}+)?{_QUOTED}",
        re.IGNORECASE,
    )


@lru_cache(maxsize=None)
def _alias_quoted() -> re.Pattern[str]:
    """alias word then a quoted name; the caller checks that a closing quote stands before it."""
    return re.compile(rf"(?:{_keywords('alias')}){_SPACE}+{_QUOTED}", re.IGNORECASE)


@lru_cache(maxsize=None)
def _number_word_after() -> re.Pattern[str]:
    """``Nr. X`` right after a bracket: the number words of lexicon ``code_number_words``."""
    words = "|".join(re.escape(r["form"]) for r in lexicon.load("code_number_words"))
    return re.compile(rf"{_SPACE}*(?:{words})\.?{_SPACE}*[A-Za-z0-9]", re.IGNORECASE)


_CLOSE_BEFORE = re.compile(rf"{CLOSE_QUOTE}{_SPACE}*$")


def _project_matches(text: str, low: str) -> tuple[re.Match[str], ...]:
    """Quoted names after a project word (``low`` is ``text`` lower-cased, same length)."""
    return _project_matches_of(text, low)


@lru_cache(maxsize=2)
def _project_matches_of(text: str, low: str) -> tuple[re.Match[str], ...]:
    # cached: find_acronyms and find_titles of one text both need them
    pat = _project_quoted()
    return tuple(m for p in _keyword_starts(text, low, "project") if (m := pat.match(text, p)))


@lru_cache(maxsize=None)
def _label_words(kind: str) -> frozenset[str]:
    """The last words of the labels of ``kind`` (acronym or title), lower case."""
    return frozenset(r["label"].split()[-1].lower() for r in lexicon.load("name_labels") if r["kind"] == kind)


def _label_wins(text: str, low: str, kind: str) -> list[tuple[int, int]]:
    """Windows around the last words of the labels of ``kind`` (acronym or title)."""
    return windows(text, find_literals(low, _label_words(kind)), _LABEL_RADIUS)


def _label_matches(text: str, low: str, kind: str) -> list[re.Match[str]]:
    pat = _labels(kind)
    return [m for ws, we in _label_wins(text, low, kind) for m in pat.finditer(text, ws, we)]


@lru_cache(maxsize=None)
def _keyword_literals(role: str) -> tuple[str, ...]:
    """Literal beginnings of the keywords of ``role`` (the letters before any regex syntax)."""
    out = []
    for r in lexicon.load("name_keywords"):
        if r["role"] == role:
            kw = r["keyword"]
            lit = re.match(r"[^\\()\[\]?*+|{}.]+", kw)
            word = lit.group(0) if lit else kw
            if len(word) < len(kw) and kw[len(word)] in "?*{":
                word = word[:-1]  # "projects?": the s is optional
            out.append(word.lower())
    return tuple(out)


def _keyword_starts(text: str, low: str, role: str) -> list[int]:
    """Start offsets of the words that begin like a keyword of ``role``."""
    return word_starts(text, find_literals(low, _keyword_literals(role)))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past surrounding spaces and trailing ``,;:`` punctuation."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:–-"):
        end -= 1
    return start, end


def _label_value(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """Span of a label's value starting at ``pos``: quoted text, else the line up to `` / `` or ``. ``."""
    m = re.compile(_QUOTED).match(text, pos)
    if m:
        s, e = _trim(text, *m.span("q"))
        return (s, e) if e > s else None
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    stop = line_end
    for sep in (" / ", ". ", " |"):
        k = text.find(sep, pos, line_end)
        if k >= 0:
            stop = min(stop, k)
    s, e = _trim(text, pos, stop)
    if e > s and text[e - 1] == ".":
        e -= 1
    if e <= s or e - s > limit or not any(c.isalpha() for c in text[s:e]):
        return None
    return s, e


_TRAILING_BRACKET = re.compile(r"\s*\(\s*([^()]{2,40}?)\s*\)\s*$")
#: What may follow a short name in brackets to the end of its line (a heading's end).
_BLANK_TAIL = re.compile(r"[ \t.]*")


def _strip_trailing_acronym(text: str, start: int, end: int, short_names: set[tuple[int, int]] = frozenset()) -> int:
    """End of a title without a trailing ``(Acronym)`` (or a bracketed short name found in ``short_names``).

    The bracket can only be the span's last ``(`` (nothing inside it is a bracket), with the white
    space before it: only that tail is searched, so a long span costs no more than its tail."""
    opening = text.rfind("(", start, end)
    if opening < 0:
        return end
    lo = opening
    while lo > start and text[lo - 1].isspace():
        lo -= 1
    m = _TRAILING_BRACKET.search(text, lo, end)
    if m and m.start() == lo and lo > start and (_looks_like_acronym(m.group(1)) or m.span(1) in short_names):
        return lo
    return end


@lru_cache(maxsize=None)
def _project_head() -> re.Pattern[str]:
    """A line's beginning that is only a project word before a code: ``Projekts: Nr. ``."""
    return re.compile(rf"{_SPACE}*(?:{_keywords('project')}){_SPACE}*:?{_SPACE}*(?:Nr\.?{_SPACE}*)?", re.IGNORECASE)


_TOKEN = re.compile(r"\S+")
_OPEN_QUOTE = re.compile(OPEN_QUOTE)


class _HeadingWords:
    """For the heading before a short name in brackets, per line and computed once per line: how
    many words stand before a position (up to three) and whether an opening quote does, so many
    short names on one long line cost one look at it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: dict[int, list[int]] = {}  # line start -> where its first three words start
        self._quote: dict[int, tuple[int, int] | None] = {}  # line start -> its first opening quote

    def words_before(self, line_start: int, pos: int) -> int:
        """``min(3, len(text[line_start:pos].split()))`` for a ``line_start`` that begins a line."""
        starts = self._words.get(line_start)
        if starts is None:
            end = self.text.find("\n", line_start)
            starts = []
            for m in _TOKEN.finditer(self.text, line_start, len(self.text) if end < 0 else end):
                starts.append(m.start())
                if len(starts) == 3:
                    break
            self._words[line_start] = starts
        return sum(1 for s in starts if s < pos)

    def quote_before(self, line_start: int, pos: int) -> bool:
        """Whether ``OPEN_QUOTE`` matches in ``text[line_start:pos]`` (``pos`` on the same line)."""
        if line_start not in self._quote:
            end = self.text.find("\n", line_start)
            m = _OPEN_QUOTE.search(self.text, line_start, len(self.text) if end < 0 else end)
            self._quote[line_start] = m.span() if m else None
        first = self._quote[line_start]
        if first is None or first[0] >= pos:
            return False  # the line's first quote is at or after pos: none before it
        if first[1] <= pos:
            return True
        return _OPEN_QUOTE.search(self.text, line_start, pos) is not None  # a quote across pos


def _dedupe(found: list[Fact]) -> list[Fact]:
    seen: set[tuple[int, int]] = set()
    out = []
    for f in sorted(found, key=lambda f: (f.start, f.end, f.rule)):
        if (f.start, f.end) not in seen and f.end > f.start:
            seen.add((f.start, f.end))
            out.append(f)
    return out


def _is_code(s: str) -> bool:
    """``s`` is a project or measure number (``LLI-402``), which is never a short name."""
    return any(ch.isdigit() for ch in s) and any(c.start == 0 and c.end == len(s) for c in find_codes(s))


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
        and not _is_code(s)
        and parse_fund(s) is None
    )


def _title_quotes(text: str, low: str, codes: list[Fact]) -> list[tuple[int, int, int]]:
    """``(content start, content end, end after the closing quote)`` of the quoted project titles:
    after a project word (and its number) or right after a project code."""
    out = [(m.start("q"), m.end("q"), m.end()) for m in _project_matches(text, low)]
    quoted = re.compile(rf"{_SPACE}*[,:]?{_SPACE}*{_QUOTED}")
    for c in codes:
        m = quoted.match(text, c.end)
        if m:
            out.append((m.start("q"), m.end("q"), m.end()))
    return sorted(set(out))


def find_acronyms(text: str, codes: list[Fact] | None = None) -> list[Fact]:
    """Project short names in ``text``, in order (``codes``: ``find_codes(text)`` when the caller has it)."""
    if not isinstance(text, str) or not text:
        return []
    low = lower_same_length(text)
    codes = find_codes(text) if codes is None else codes
    titles = _title_quotes(text, low, codes)
    return _dedupe(
        [
            *_labelled_acronyms(text, low),
            *_alias_acronyms(text, low),
            *_bracket_acronyms(text, titles),
            *_acronyms_after_titles(text, titles),
            *_quoted_acronyms(text, titles),
            *_bare_acronyms(text, low, frozenset(c.start for c in codes)),
        ]
    )


def _labelled_acronyms(text: str, low: str) -> list[Fact]:
    """The value of an acronym label: ``Projekta akronīms: RiskChildren``, ``Acronym`` / ``CareNet``."""
    found = []
    for m in _label_matches(text, low, "acronym"):
        span = _label_value(text, m.end(), MAX_ACRONYM)
        if span:
            s, e = span
            # "(akronimas: risk-free)“": the name ends at the bracket or quote that closes it
            cut = _NAME_END.search(text, s, e)
            if cut:
                s, e = _trim(text, s, cut.start())
            if e > s and not _is_code(text[s:e]):
                found.append(fact("acronym", text, s, e, Name(text[s:e]), "acronym.label"))
    # "projekto akronimas COMMUNITY": a label and, after a space only, a word shaped like an acronym
    bare = _bare_label_value("acronym")
    for ws, we in _label_wins(text, low, "acronym"):
        for m in bare.finditer(text, ws, min(len(text), we + MAX_ACRONYM)):
            a = m.group("a")
            if _looks_like_acronym(a) and not _is_code(a) and a.casefold() not in _acronym_stops():
                found.append(fact("acronym", text, *m.span("a"), Name(a), "acronym.label_bare"))
    return found


@lru_cache(maxsize=None)
def _bare_label_value(kind: str) -> re.Pattern[str]:
    """A label of ``kind`` followed by spaces and one word (no colon or dash between)."""
    alts = _label_alternation(kind)
    return re.compile(rf"(?<!\w)(?:{alts}){_SPACE}+(?P<a>[^\W_][\w&+-]{{1,40}})(?![\w&+-])", re.IGNORECASE)


def _alias_acronyms(text: str, low: str) -> list[Fact]:
    """A quoted name joined to the title before it by an alias word: ``“…” jeb “SocQuality”``."""
    found = []
    alias = _alias_quoted()
    for p in _keyword_starts(text, low, "alias"):
        m = alias.match(text, p)
        if m is None or not _CLOSE_BEFORE.search(text, max(0, p - 6), p):
            continue
        s, e = _trim(text, *m.span("q"))
        if 0 < e - s <= MAX_ACRONYM and len(text[s:e].split()) <= 4:
            found.append(fact("acronym", text, s, e, Name(text[s:e]), "acronym.alias"))
    return found


def _bracket_acronyms(text: str, titles: list[tuple[int, int, int]]) -> list[Fact]:
    """A short name in brackets: ending or following a quoted title (``…network (Valued people)”``,
    ``“…” (risk-free)``), or one that looks like an acronym and is confirmed by a quote, a number or
    the end of a heading line — never capitals that abbreviate the words before them (``(VSAC)``)."""
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
        abbreviates = a.isupper() and not right_after and _initials_of(a, text[max(0, m.start() - 200) : m.start()])
        if (inside or right_after) and _short_name(a) and not abbreviates:
            found.append(fact("acronym", text, s0, e0, Name(a), "acronym.title_brackets"))
            continue
        if not _looks_like_acronym(a) or _is_code(a):
            continue
        after = text[m.end() : m.end() + 12]
        before = text[max(0, m.start() - 3) : m.start()]
        line_start, line_end = lines.start(m.start()), lines.end(m.end())
        confirmed = (
            re.match(rf"{_SPACE}*{CLOSE_QUOTE}", after)
            or _number_word_after().match(after)
            or any(c.start <= 3 for c in find_codes(text[m.end() : m.end() + 40]))
            or re.search(rf"{CLOSE_QUOTE}{_SPACE}*$", before)
            # a heading line that ends with the short name: "LLI-422, Ģimenei draudzīga ... (HOME)"
            # (the line's head is read only when the short name ends its line: once per line)
            or (
                _BLANK_TAIL.match(text, m.end(), line_end).end() == line_end  # type: ignore[union-attr]
                and len((head := text[line_start : m.start()]).split()) >= 3
                and not head.rstrip().endswith((".", ":", ";"))
            )
        )
        if confirmed and not (a.isupper() and _initials_of(a, text[max(0, m.start() - 200) : m.start()])):
            found.append(fact("acronym", text, *m.span("a"), Name(a), "acronym.brackets"))
    return found


#: A short name and a project number in one bracket after a title: ``“…” (HealthAge, LLI-416)``.
_BRACKET_WITH_CODE = re.compile(
    rf"{_SPACE}*\({_SPACE}*(?P<a>[^\W\d_][\w&+-]{{1,30}}(?:{_SPACE}[\w&+-]{{1,30}}){{0,2}})"
    rf"{_SPACE}*[,;]{_SPACE}*(?P<c>[^()\n]{{2,60}}?){_SPACE}*\)"
)
#: A quoted name in a bracket right after a title: ``“…” („SaferTogether“)``.
_QUOTED_BRACKET = re.compile(rf"{_SPACE}*\({_SPACE}*{_QUOTED}{_SPACE}*\)")
#: A short name after the title's closing quote and a slash: ``“…” / HEALTHAGE``.
_SLASH_AFTER_QUOTE = re.compile(rf"{_SPACE}*/{_SPACE}*(?P<a>[^\W_][\w&+-]{{1,40}})(?![\w&+-])")


def _acronyms_after_titles(text: str, titles: list[tuple[int, int, int]]) -> list[Fact]:
    """A short name that a quoted title gives itself after its closing quote: a second quote
    (``“…” “risk-free”``, ``“…”/“Unlocked potential”``), a name in capitals after a slash at the
    end of the title or after it (``…network/BUSINESS LIBRARY)``, ``“…” / HEALTHAGE``), or the
    first part of a bracket that holds the project's number (``“…” (HealthAge, LLI-416)``)."""
    found = []
    second = re.compile(rf"{_SPACE}*/?{_SPACE}*{_QUOTED}")
    for qs, qe, ce in titles:
        m = second.match(text, ce)
        if m:
            s, e = _trim(text, *m.span("q"))
            if _short_name(text[s:e]) and e - s < qe - qs:
                found.append(fact("acronym", text, s, e, Name(text[s:e]), "acronym.second_quote"))
        # “Kartu saugiau” („SaferTogether“): a shorter quoted name in the bracket after the title
        bq = _QUOTED_BRACKET.match(text, ce)
        if bq:
            s, e = _trim(text, *bq.span("q"))
            if _short_name(text[s:e]) and e - s < qe - qs:
                found.append(fact("acronym", text, s, e, Name(text[s:e]), "acronym.quoted_bracket"))
        b = _BRACKET_WITH_CODE.match(text, ce)
        if b and _short_name(b.group("a")) and _is_code(b.group("c")):
            found.append(fact("acronym", text, *b.span("a"), Name(b.group("a")), "acronym.bracket_with_code"))
        sq = _SLASH_AFTER_QUOTE.match(text, ce)
        if sq and _looks_like_acronym(sq.group("a")) and not _is_code(sq.group("a")):
            found.append(fact("acronym", text, *sq.span("a"), Name(sq.group("a")), "acronym.slash_after_title"))
        line_end = text.find("\n", qs)
        line_end = len(text) if line_end < 0 else line_end
        for sm in _SLASH_NAME.finditer(text, qs, min(line_end, ce + 200)):
            a = sm.group("a")
            if sum(c.isalpha() for c in a) >= 4 and a.upper() == a and not _is_code(a) and parse_fund(a) is None:
                found.append(fact("acronym", text, *sm.span("a"), Name(a), "acronym.after_slash"))
                break
    return found


def _quoted_acronyms(text: str, titles: list[tuple[int, int, int]]) -> list[Fact]:
    """A quoted name after a project word or a project number that is itself an acronym:
    ``projekts “SocQuality”``, ``LLI-418 “ActiveCommunity”``."""
    found = []
    for qs, qe, _ in titles:
        s, e = _trim(text, qs, qe)
        if _looks_like_acronym(text[s:e]) and not _is_code(text[s:e]):
            found.append(fact("acronym", text, s, e, Name(text[s:e]), "acronym.quoted_after_project"))
    return found


_BARE_AFTER = re.compile(rf"{_SPACE}+(?P<a>[^\W_][\w&+-]{{1,40}})(?=[\s,.;:)]|$)")
_BARE_BEFORE = re.compile(rf"(?<![\w&+-])(?P<the>[Tt]he{_SPACE}+)?(?P<a>[^\W_][\w&+-]{{1,40}}){_SPACE}+$")
#: A project number right after a short name: ``BALTICARE (LLI-424)``, ``SmartAge, Nr. LLI-410``.
_CODE_AFTER = re.compile(rf"{_SPACE}*[(,]?{_SPACE}*")


@lru_cache(maxsize=None)
def _acronym_stops() -> frozenset[str]:
    """Words shaped like acronyms that name a programme, method or kind of body (lexicon ``acronym_stops``)."""
    return frozenset(r["word"].casefold() for r in lexicon.load("acronym_stops"))


def _camel(s: str) -> bool:
    """A capital after a small letter inside the word: ``SmartAge``, ``eHealth`` (not ``SMART``)."""
    return any(a.islower() and b.isupper() for a, b in zip(s, s[1:]))


def _bare_acronyms(text: str, low: str, code_starts: frozenset[int]) -> list[Fact]:
    """An unquoted acronym next to a project word: ``projekta SmartAge ietvaros``, ``the BALTICARE
    project``, ``project SOCNET (LLI-425)``. Capitals alone are often an organisation's
    abbreviation (``JSLP projektu vadītāja``) or emphasis (``projekts ŠEIT``), so a name in capitals
    counts only after English ``the`` or before the project's number; a word with a capital inside
    (``SmartAge``) counts on either side. Never a code, a fund or a word of ``acronym_stops``
    (``LEADER``, ``INTERREG``)."""
    found = []
    pat = _project_word()
    for p in _keyword_starts(text, low, "project"):
        w = pat.match(text, p)
        if w is None:
            continue
        after = _BARE_AFTER.match(text, w.end())
        before = _BARE_BEFORE.search(text, max(0, p - 46), p)
        for m, sure in (
            (after, after is not None and _code_follows(text, after.end(), code_starts)),
            (before, before is not None and bool(before.group("the"))),
        ):
            if m is None:
                continue
            a = m.group("a")
            if (
                (_camel(a) or sure)
                and _looks_like_acronym(a)
                and a.casefold() not in _acronym_stops()
                and not _is_code(a)
                and not find_funds(a)
            ):
                found.append(fact("acronym", text, *m.span("a"), Name(a), "acronym.next_to_project_word"))
    return found


def _code_follows(text: str, pos: int, code_starts: frozenset[int]) -> bool:
    """A number word or one of the text's project numbers (``code_starts``) follows ``pos``, after a
    bracket or a comma: ``BALTICARE (LLI-424)``, ``SOCNET, Nr. LLI-425``."""
    m = _CODE_AFTER.match(text, pos)
    at = m.end() if m else pos
    return at in code_starts or bool(_number_word_after().match(text, at))


@lru_cache(maxsize=None)
def _project_word() -> re.Pattern[str]:
    """A whole project word (``projekts``, ``projekto``, ``project``)."""
    return re.compile(rf"(?:{_keywords('project')})(?!\w)", re.IGNORECASE)


def find_titles(text: str) -> list[Fact]:
    """Quoted or labelled project titles in ``text``, in order (one fact per span)."""
    if not isinstance(text, str) or not text:
        return []
    return titles_given(text, find_codes(text), find_acronyms(text))


def titles_given(text: str, codes: list[Fact], acronyms: list[Fact]) -> list[Fact]:
    """:func:`find_titles` for a caller that already has ``find_codes(text)`` and
    ``find_acronyms(text)`` (as :func:`socreport.parse.find_facts` does), so they are not found twice."""
    if not text:
        return []
    found: list[Fact] = []

    short_names = {(a.start, a.end) for a in acronyms}

    def add(s: int, e: int, rule: str) -> None:
        s, e = _trim(text, s, e)
        e = _strip_trailing_acronym(text, s, e, short_names)
        s, e = _trim(text, s, e)
        if e - s < 2 or e - s > MAX_TITLE:  # before copying the span: it may be a whole long line
            return
        name = text[s:e]
        if not any(c.isalpha() for c in name) or _looks_like_acronym(name):
            return
        found.append(fact("title", text, s, e, Name(name), rule))

    low = lower_same_length(text)
    for m in _project_matches(text, low):
        add(*m.span("q"), "title.quoted_after_project")
    quoted = re.compile(rf"{_SPACE}+{_QUOTED}")
    lines = Lines(text)
    heading = _HeadingWords(text)
    for c in codes:
        m = quoted.match(text, c.end)
        if m:
            add(*m.span("q"), "title.quoted_after_code")
        # "Projekts: LLI-425 Daudzfunkcionālo centru ... attīstība" (unquoted, rest of the line)
        line_start = lines.start(c.start)
        if _project_head().fullmatch(text, line_start, c.start) and not m:
            span = _label_value(text, c.end, MAX_TITLE)
            if span and len(text[span[0] : span[1]].split()) >= 2 and not re.match(OPEN_QUOTE, text[span[0] :]):
                add(*span, "title.line_after_code")
    for a in acronyms:
        # "Sociālajam riskam ... pašvaldībās (RiskChildren) Nr. LLI-491": an unquoted heading.
        if a.rule != "acronym.brackets" or text[a.end + 1 : a.end + 3].strip() in {"”", '"', "“", "»"}:
            continue
        line_start = lines.start(a.start)
        head_end = a.start - 1  # the opening bracket
        if heading.words_before(line_start, head_end) >= 3 and not heading.quote_before(line_start, head_end):
            add(line_start, head_end, "title.heading_before_acronym")
    for m in _label_matches(text, low, "title"):
        span = _label_value(text, m.end(), MAX_TITLE)
        if span:
            add(*span, "title.label")
    return _dedupe(found)


def parse_name(s: str) -> Name | None:
    """The name in ``s`` without surrounding quotes and spaces, or None when nothing is left."""
    if not isinstance(s, str):
        return None
    m = re.fullmatch(rf"\s*{_QUOTED}\s*", s)
    body = (m.group("q") if m else s).strip()
    return Name(body) if body and any(c.isalnum() for c in body) else None
