"""Project short names in headings and before titles (kind ``acronym``):

* between the project's number and its title, quoted (``Projekts LLI-572 SafeStep “…”``) or after a
  dash or a colon (``Projekts LLI-601 HappyKids – Laimīgi bērni …``), or with a capital inside
  between the number and the sentence's verb (``Project LLI-105 CareNet aims …``), or two to four
  words in capitals there (``Project LLI-500 ACTIVE SENIORS aims …``);
* with a capital inside right before the number (``…, ActiveAge (LLI-302)``);
* after a slash that ends a heading line (``Network of care providers / CareNet``);
* opening a heading line that holds the project's number, before a dash or a colon and the title
  (``FamilyBridge – Building family support services … (LLI-575)``);
* with a capital inside, opening a headline of its own paragraph before a dash or a colon and the
  title, the number elsewhere or nowhere (``SocInc – Improving social inclusion in border regions``).

The other short-name rules are in :mod:`socreport.parse.acronyms`, which gathers them all.
"""

from __future__ import annotations

import re

from ._scan import Lines
from .codes import is_project_number
from .name_parts import QUOTED, SPACE, camel, looks_like_acronym
from .short_name_words import never_short_name
from .spans import Fact, Name, fact

#: An acronym-shaped word and a quoted title right after a project number: ``LLI-572 SafeStep “…”``,
#: or a dash or colon and a capitalised title: ``LLI-601 HappyKids – Laimīgi bērni …``.
_NAME_BEFORE_TITLE = re.compile(
    rf"{SPACE}+(?P<a>[^\W_][\w&+-]{{1,40}})(?:{SPACE}*[,:]?{SPACE}*{QUOTED}"
    rf"|{SPACE}*(?:[–—:]|{SPACE}-){SPACE}+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲ]))"
)
#: A line that opens with one word, then a dash or a colon and at least three words: ``CareWay: Better …``.
_HEADING_NAME = re.compile(
    rf"(?:^|(?<=\n)){SPACE}*(?P<a>[^\W\d_][\w&+-]{{1,40}}){SPACE}*(?:[–—:]|{SPACE}-){SPACE}+"
    rf"(?P<t>[^\W\d_]+(?:{SPACE}+[^\s]+){{2,}})"
)


#: A word right after a project number, then a space and a small letter (the sentence's verb goes
#: on): ``Project LLI-105 CareNet aims …``, ``Projektas LLI-614 KidsFirst siekia …``.
_NAME_BEFORE_VERB = re.compile(rf"{SPACE}+(?P<a>[^\W_][\w&+-]{{1,40}}){SPACE}+(?=[^\W\d_])")
#: A word after spaces (``one``: after one space).
_WORD_AFTER = re.compile(rf"{SPACE}+(?P<w>[^\W\d_][\w&+-]{{1,30}})(?![\w&+-])")
_ONE_WORD_AFTER = re.compile(rf"{SPACE}(?P<w>[^\W\d_][\w&+-]{{1,30}})(?![\w&+-])")


def acronyms_before_titles(text: str, codes: list[Fact]) -> list[Fact]:
    """An acronym between a project's number and its title, quoted (``Projekts LLI-572 SafeStep “…”``)
    or after a dash or a colon (``Projekts LLI-601 HappyKids – Laimīgi bērni …``); or a name with a
    capital inside between the number and the sentence's next word in small letters (``Project
    LLI-105 CareNet aims to …``) — not a place or an organisation in capitals (``LLI-616 Utena
    municipality leads``, ``LLI-616 NVA informē``)."""
    found = []
    for c in codes:
        if not is_project_number(c):
            continue
        m = _NAME_BEFORE_TITLE.match(text, c.end)
        if m and looks_like_acronym(m.group("a")) and not never_short_name(m.group("a")):
            found.append(fact("acronym", text, *m.span("a"), Name(m.group("a")), "acronym.before_title"))
            continue
        v = _NAME_BEFORE_VERB.match(text, c.end)
        if (
            v
            and text[v.end()].islower()
            and camel(a := v.group("a"))
            and looks_like_acronym(a)
            and not never_short_name(a)
        ):
            found.append(fact("acronym", text, *v.span("a"), Name(a), "acronym.before_verb"))
            continue
        w = _WORD_AFTER.match(text, c.end)
        if w is None or not _capital_word(w.group("w")):
            continue
        end = capitals_after(text, w.end())
        verb = _WORD_AFTER.match(text, end)
        if end > w.end() and verb is not None and verb.group("w").islower():
            found.append(
                fact("acronym", text, w.start("w"), end, Name(text[w.start("w") : end]), "acronym.capitals_before_verb")
            )
    return found


def _capital_word(w: str) -> bool:
    """``w`` is a word in capitals that may be part of a short name (not ``ERAF``, ``ES``, ``EUR``)."""
    return w.isupper() and len(w) > 1 and not never_short_name(w)


def capitals_after(text: str, end: int, most: int = 3) -> int:
    """Where a name in capitals ending at ``end`` ends when up to ``most`` more words in capitals
    follow it, one space before each (``COMMUNITY HOUSE``, ``ACTIVE SENIORS``)."""
    for _ in range(most):
        m = _ONE_WORD_AFTER.match(text, end)
        if m is None or not _capital_word(m.group("w")):
            break
        end = m.end()
    return end


#: A word right before a project number, after it only spaces and a bracket or a comma:
#: ``…, ActiveAge (LLI-302)``, ``HealthyAge, LLI-304``.
_NAME_BEFORE_CODE = re.compile(rf"(?<![\w&+-])(?P<a>[^\W\d_][\w&+-]{{1,40}}){SPACE}*[(,]{SPACE}*$")
#: How far before a project number the short name before it is looked for.
_BEFORE_CODE_WIDTH = 48


def acronyms_before_codes(text: str, codes: list[Fact]) -> list[Fact]:
    """A name with a capital inside right before the project's number, in brackets or after a comma:
    ``Active ageing in border regions, ActiveAge (LLI-302)``, ``– HealthyAge, LLI-304`` — capitals
    alone or a capitalised word are an organisation or a place as often (``Riga City Council
    (LLI-305)``)."""
    found = []
    for c in codes:
        if not is_project_number(c):
            continue
        m = _NAME_BEFORE_CODE.search(text, max(0, c.start - _BEFORE_CODE_WIDTH), c.start)
        if m and camel(a := m.group("a")) and looks_like_acronym(a) and not never_short_name(a):
            found.append(fact("acronym", text, *m.span("a"), Name(a), "acronym.before_code"))
    return found


#: A heading line that ends with a slash and a short name after its title: ``Network of care
#: providers / CareNet``.
_SLASH_HEADING = re.compile(
    rf"(?m)^{SPACE}*(?P<t>[^\W\d_][^\n/]{{6,150}}?){SPACE}*/{SPACE}*(?P<a>[^\W\d_][\w&+-]{{1,40}}){SPACE}*$"
)


def slash_heading_acronyms(text: str) -> list[Fact]:
    """A short name after a slash that ends a heading line (one slash in it, no sentence end): the
    title of two words or more, capitalised, before it — ``Network of care providers / CareNet``,
    ``Sociālā aprūpe mājās / HOMECARE``. The name has a capital inside or is in capitals (then not
    a stop word, a fund or a code); a path (``www.x.lv/EN``) or a breadcrumb (``Sākums /
    Projekti``) is not a heading."""
    found = []
    for m in _SLASH_HEADING.finditer(text):
        t, a = m.group("t"), m.group("a")
        if len(t.split()) < 2 or not t[0].isupper() or t.rstrip()[-1] in ".!?:;," or "." in t.split()[0]:
            continue
        if (camel(a) or (a.isupper() and len(a) >= 3)) and looks_like_acronym(a) and not never_short_name(a):
            found.append(fact("acronym", text, *m.span("a"), Name(a), "acronym.slash_heading"))
    return found


def heading_acronyms(text: str, codes: list[Fact]) -> list[Fact]:
    """An acronym that opens a heading line holding the project's number, before a dash or a colon
    and a title of three words or more, capitalised, with no sentence end (a heading, not a
    sentence): ``FamilyBridge – Building family support … (LLI-575)``,
    ``CareWay: Better access to social care in rural areas (LLI-580)``. Only lines with a project
    number are read, each once."""
    found = []
    lines = Lines(text)
    seen: set[int] = set()
    for c in codes:
        start = lines.start(c.start)
        if start in seen or not is_project_number(c):
            continue
        seen.add(start)
        m = _HEADING_NAME.match(text, start, lines.end(c.start))
        # a heading: the title starts with a capital and the line ends with no sentence end
        if m is None or m.end("a") > c.start or not m.group("t")[0].isupper() or m.group("t").rstrip()[-1] in ".!?":
            continue
        a = m.group("a")
        if looks_like_acronym(a) and not never_short_name(a):
            found.append(fact("acronym", text, *m.span("a"), Name(a), "acronym.heading"))
    return found


#: The most characters a heading line may have.
_HEADING_MAX = 200
#: A blank line (spaces only) ending right before a position.
_BLANK_BEFORE = re.compile(rf"\n{SPACE}*\n{SPACE}*$")


def headline_acronyms(text: str) -> list[Fact]:
    """A name with a capital inside (``SocInc``, ``eHealth``) that opens a heading line of its own
    paragraph (the text's first line or a line after a blank one) before a dash or a colon and a
    title of three words or more, capitalised, with no sentence end — a page's or a news item's
    headline that gives the project's short name before its title, with the number elsewhere or
    nowhere: ``SocInc – Improving social inclusion in border regions``, ``CareWay: Better access to
    social care``. Capitals alone (``NVA: …``) are an organisation's as often as a project's, so they
    count only on a line with the project's number (:func:`heading_acronyms`)."""
    found = []
    first = len(text) - len(text.lstrip())  # where the text's first line starts
    for m in _HEADING_NAME.finditer(text):
        start = m.start()
        if start > first and not _BLANK_BEFORE.search(text, max(0, start - 8), start):
            continue
        end = text.find("\n", start)
        line = text[start : len(text) if end < 0 else end].rstrip()
        a = m.group("a")
        if (
            len(line) > _HEADING_MAX
            or not m.group("t")[0].isupper()
            or line[-1] in ".!?"
            or not camel(a)
            or never_short_name(a)
        ):
            continue
        found.append(fact("acronym", text, *m.span("a"), Name(a), "acronym.headline"))
    return found
