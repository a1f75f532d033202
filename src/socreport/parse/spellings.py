"""Lexicon spellings as regular expressions, shared by the date and period recognisers.

A spelling of a lexicon table (a month name, a marker such as ``gada`` or ``līdz``) becomes a
pattern in which spaces match any run of white space and words end at a word edge; a list of them
becomes one alternation, longest first, written as a prefix tree where that is exact.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from socreport.parse._scan import CASE_TWINS


def fold(s: str) -> str:
    """``s`` without diacritics (NFD, combining marks dropped), lower case: ``Jūlijā`` -> ``julija``."""
    decomposed = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def form_pattern(form: str) -> str:
    """Regex for one lexicon spelling: spaces match any whitespace run, words end at a word edge."""
    body = r"\s+".join(re.escape(part) for part in form.split())
    head = r"(?<!\w)" if form[:1].isalnum() else ""
    tail = r"(?!\w)" if form[-1:].isalnum() else ""
    return head + body + tail


def trie(words: Iterable[str]) -> str:
    """A regex matching exactly the non-empty strings ``words``, with shared prefixes written
    once (``jūl(?:ijs|ija)`` rather than ``jūlijs|jūlija``): Python's engine tries alternatives
    one by one, so a long list of month spellings is much faster as a tree."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if "" in node:
            alts.append("")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(tree)


def alternation(forms: Iterable[str]) -> str:
    """Non-capturing alternation of lexicon spellings, longest first so the longest one wins.

    Spellings that are all single words of letters and digits become a tree (:func:`trie`)
    between word edges: there at most one spelling's length can match at a position (a letter
    matches only letters, even ignoring case, unless it has a case twin such as the Greek iota's
    combining mark, :data:`socreport.parse._scan.CASE_TWINS`), so the order does not matter."""
    uniq = sorted(set(forms), key=lambda f: (-len(f), f))
    if uniq and all(f.isalnum() and not CASE_TWINS.search(f) for f in uniq):
        body = r"(?:(?<!\w)" + trie(uniq) + r"(?!\w))"
    else:
        body = "(?:" + "|".join(form_pattern(f) for f in uniq) + ")"
    if uniq and all(f[:1].isalnum() for f in uniq):
        # cheap guard so the alternation is only tried at a word start with a possible first letter
        first = "".join(sorted({re.escape(f[0]) for f in uniq}))
        body = r"(?=[" + first + r"])(?<!\w)" + body
    return body


def suffix(forms: Iterable[str]) -> str:
    """Alternation of suffixes written straight after a number (``1st``), ending at a word edge."""
    return "(?:" + "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True)) + r")(?!\w)"


_GROUP = re.compile(r"\(\?P([<=])(\w+)")


def _branch(name: str, pattern: str) -> str:
    """``pattern`` with its group names prefixed by ``name__`` and an empty marker group ``name``
    at the end, so several patterns can share one compiled alternation."""
    renamed = _GROUP.sub(lambda m: f"(?P{m[1]}{name}__{m[2]}", pattern)
    return f"(?:{renamed}(?P<{name}>))"


@dataclass(frozen=True, slots=True)
class Family:
    """Several patterns tried as one alternation, in order (the first branch matching at a
    position wins, so longer forms come first); group ``g`` of branch ``b`` is ``b__g``."""

    regex: re.Pattern[str]
    branches: tuple[str, ...]

    def which(self, m: re.Match[str]) -> str:
        """The name of the branch that made ``m``."""
        for name in self.branches:
            if m.group(name) is not None:
                return name
        raise LookupError("no branch matched")  # unreachable: every match ends in a marker


def family(branches: dict[str, str], first: str, flags: int = re.IGNORECASE) -> Family:
    """Compile ``branches`` as one alternation behind a case-sensitive look-ahead on the characters
    a match can start with (``first``, a character-class body): positions that cannot start a
    match are skipped at once, which makes a scan of dates about ten times faster."""
    body = "|".join(_branch(k, v) for k, v in branches.items())
    return Family(re.compile(f"(?-i:(?=[{first}]))(?:{body})", flags), tuple(branches))
