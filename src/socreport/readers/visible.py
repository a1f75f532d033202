"""The whole visible text of an HTML page, block structure kept as line breaks.

:func:`html_to_text` is the fallback of :mod:`socreport.readers.html` when a page has no main
content, and the converter of its hidden-elements pass: ``script``, ``style``, ``noscript``,
``template``, ``head`` and hidden elements are dropped, block elements (``p``, ``div``, ``li``,
``br``, ``h1``–``h6``, ``tr``, ...) become line breaks, ``hr`` becomes a ``---`` separator line,
entities are decoded.
"""

from __future__ import annotations

import re
import warnings

_DROP_TAGS = ("script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg", "canvas")
_BLOCK_TAGS = frozenset(
    (
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "caption",
    )
)
_PARAGRAPH_TAGS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol", "pre"))
_CELL_TAGS = frozenset(("td", "th"))


class HtmlTooLarge(ValueError):
    """An HTML page has more elements than :data:`MAX_HTML_TAGS` (its tree would not fit in memory)."""


#: An HTML page with more start tags than this is skipped: BeautifulSoup's tree costs about a
#: kilobyte per element, so a million tiny tags would take gigabytes. Real pages have a few thousand.
MAX_HTML_TAGS: int = 200_000
_START_TAG = re.compile(r"<[A-Za-z]")
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")


def html_to_text(html: str) -> str:
    """Visible text of an HTML document with block structure kept as line breaks.

    Dropped: comments, doctype, ``script``/``style``/``noscript``/``template``/``head`` and
    similar non-text elements, elements with the ``hidden`` attribute or ``aria-hidden="true"``.
    Whitespace inside text is collapsed as a browser does (except in ``pre``).

    The tree is walked with an explicit stack, so nesting depth costs no recursion (a page of a
    thousand unclosed ``<font>`` tags is as easy as a flat one), and time and memory are linear in
    the page. Raises :class:`HtmlTooLarge` for a page with more than :data:`MAX_HTML_TAGS` start
    tags (counted before parsing)."""
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

    tags = html.count("<")  # an upper bound, counted at C speed; the exact count only when it matters
    if tags > MAX_HTML_TAGS:
        tags = sum(1 for _ in _START_TAG.finditer(html))
    if tags > MAX_HTML_TAGS:
        raise HtmlTooLarge(f"HTML too large: {tags} tags, limit {MAX_HTML_TAGS}")
    with warnings.catch_warnings():  # a page whose whole text looks like an address is still a page
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(lambda t: t.has_attr("hidden") or str(t.get("aria-hidden", "")).lower() == "true"):
        tag.decompose()
    return "".join(_visible_parts(soup))


def _visible_parts(soup: object) -> list[str]:
    """The text pieces of a parsed page in reading order, with the line breaks its blocks give."""
    from bs4 import Comment, Declaration, Doctype, ProcessingInstruction
    from bs4.element import CData, NavigableString, Tag

    skip_types = (Comment, Declaration, Doctype, ProcessingInstruction, CData)
    parts: list[str] = []
    # The stack holds what is still to do, last first: a node to visit (with whether it is inside
    # ``pre``) or a string to emit once a block element's children are done.
    stack: list[tuple[object, bool] | str] = [(soup, False)]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        node, pre = item
        if isinstance(node, NavigableString):
            if not isinstance(node, skip_types):
                s = str(node)
                parts.append(s if pre else _HTML_SPACE.sub(" ", s))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name.lower() if node.name and node is not soup else ""
        after = ""
        if name == "br":
            parts.append("\n")
            continue
        if name == "hr":
            parts.append("\n\n---\n\n")
            continue
        if name in _CELL_TAGS:
            parts.append(" ")
            after = " "
        elif name in _BLOCK_TAGS:
            after = "\n\n" if name in _PARAGRAPH_TAGS else "\n"
            parts.append(after)
            pre = pre or name == "pre"
        if after:
            stack.append(after)
        stack.extend((child, pre) for child in reversed(node.contents))
    return parts
