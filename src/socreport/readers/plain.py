"""Plain text (``.txt``, ``.md``): lines that a program hard-wrapped at a fixed width joined again.

Text copied out of a PDF, an e-mail or an old text file is often broken into lines of at most
about 70–80 characters, in the middle of sentences, titles and numbers ("750" at the end of a line,
"973,98 EUR" on the next). Read line by line, a wrapped amount is a smaller amount and a wrapped
title no title at all. The test is the one a wrapping program applies: a line was wrapped when the
first word of the next line would not have fitted on it within the page's wrap width. Such a line
continues on the next one after a space — or directly, when it was broken after a hyphen inside a
word or a code (``EEE-`` / ``LT05-SADM-01``, ``Latvijas-`` / ``Lietuvas``); every other line break
stays (a heading, a label and its value, a list item or a table row keep their own lines).

A page counts as hard-wrapped only when its lines are all short (the longest, the wrap width, is
between :data:`MIN_WIDTH` and :data:`MAX_WIDTH` characters) and it has a paragraph of prose wrapped
over several lines (:data:`MIN_RUN` lines in a row pass the test, which a box of labels and values
does not); a page with long lines (a paragraph a line, as most pages are) is left as it is. Time is linear in the text's length.
"""

from __future__ import annotations

import re

#: The wrap width of a hard-wrapped page lies between these (characters).
MIN_WIDTH, MAX_WIDTH = 50, 120
#: A hard-wrapped page has at least this many wrapped lines in a row (one paragraph).
MIN_RUN = 3

# a line that starts a block of its own: a table row, a quote, a Markdown heading
_BLOCK_START = re.compile(r"\s*[|>#]")
# a line that may start a list item ('- ', '• ', '2) ') -- or be a wrapped dash or a Latvian
# ordinal date ('31. decembrim'): a list item only after a line that ends a sentence or a lead-in
_ITEM_START = re.compile(r"\s*(?:[-*+•–—]\s|\d{1,3}[.)]\s)")
_ENDS_CLAUSE = re.compile(r"[.:;!?]$")
_FIRST_WORD = re.compile(r"\s*(\S+)")
# a line broken after a hyphen inside a word or a code: joined with nothing between (not a range
# of numbers, '2010/07-' / '2012/06', which keeps its space)
_HYPHEN_END = re.compile(r"(\w)-$")


def _wrapped_at(lines: list[str], width: int) -> list[bool]:
    """Per line: whether it was wrapped (the next line's first word would not have fitted)."""
    out = [False] * len(lines)
    for i in range(len(lines) - 1):
        line, nxt = lines[i].rstrip(), lines[i + 1]
        if not line or not nxt.strip() or line.lstrip().startswith("|") or _BLOCK_START.match(nxt):
            continue
        if _ITEM_START.match(nxt) and _ENDS_CLAUSE.search(line):
            continue
        first = _FIRST_WORD.match(nxt)
        out[i] = first is not None and len(line) + 1 + len(first.group(1)) > width
    return out


def _joiner(line: str, nxt: str) -> str:
    """What a wrapped ``line`` and the next line are joined with: nothing after a hyphen inside a
    word or a code, else a space."""
    m = _HYPHEN_END.search(line)
    if m and nxt[:1].isalnum() and not (m.group(1).isdigit() and nxt[:1].isdigit()):
        return ""
    return " "


def unwrap(text: str) -> str:
    """``text`` with the line breaks of hard-wrapped lines turned into spaces (or into nothing after
    a hyphen inside a word), when the page is hard-wrapped (see the module's description);
    otherwise ``text`` itself."""
    lines = text.split("\n")
    width = max((len(ln.rstrip()) for ln in lines), default=0)
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return text
    wrapped = _wrapped_at(lines, width)
    run = longest = 0
    for w in wrapped:
        run = run + 1 if w else 0
        longest = max(longest, run)
    if longest < MIN_RUN:
        return text
    out = []
    for i, (ln, w) in enumerate(zip(lines, wrapped)):
        if not w:
            out.append(ln + "\n")
        else:
            out.append(ln + _joiner(ln, lines[i + 1]))
    return "".join(out)[:-1]


__all__ = ["MAX_WIDTH", "MIN_RUN", "MIN_WIDTH", "unwrap"]
