"""The whole visible text of an HTML page, block structure kept as line breaks.

:func:`html_to_text` is the fallback of :mod:`socreport.readers.html` when a page has no main
content: ``script``, ``style``, ``noscript``,
``template``, ``head`` and hidden elements are dropped, block elements (``p``, ``div``, ``li``,
``br``, ``h1``–``h6``, ``tr``, ...) become line breaks, ``hr`` becomes a ``---`` separator line,
entities are decoded.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

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
    """An HTML page has more elements than :data:`MAX_HTML_TAGS`."""


#: An HTML page with more start tags than this is skipped: the main-content reader builds a tree
#: of the page (lxml, then trafilatura's copies of it), at a few hundred bytes an element, so a
#: million tiny tags would take gigabytes. Real pages have a few thousand.
MAX_HTML_TAGS: int = 200_000
_START_TAG = re.compile(r"<[A-Za-z]")
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")

#: Elements that have no content and no end tag (as BeautifulSoup's tree builder has them).
VOID_TAGS: frozenset[str] = frozenset(
    (
        "area",
        "base",
        "basefont",
        "bgsound",
        "br",
        "col",
        "command",
        "embed",
        "frame",
        "hr",
        "image",
        "img",
        "input",
        "isindex",
        "keygen",
        "link",
        "menuitem",
        "meta",
        "nextid",
        "param",
        "source",
        "spacer",
        "track",
        "wbr",
    )
)
_DROP = frozenset(_DROP_TAGS)
#: Elements whose content is raw text up to their end tag (Python's ``html.parser``).
_RAW_TEXT = frozenset(("script", "style"))

# The tokens of the streaming pass, as Python's html.parser reads them.
_TAG_NAME = re.compile(r"[a-zA-Z][^\t\n\r\f />\x00]*")
#: The rest of a start tag up to its ``>``: a quote opens a value only right after ``=``, so each
#: character has one reading and the match never backtracks (it fails only at the end of the text).
_START_REST = re.compile(r"""(?:[^>=]++|=\s*+"[^"]*+"|=\s*+'[^']*+'|=(?!\s*["']))*+>""")
#: A start tag whose quoted value never closes ends at the next ``>``.
_UNQUOTED_REST = re.compile(r"[^>]*+>")
_ATTR = re.compile(r"""([^\s/>"'=][^\s/>=]*)(?:\s*=+\s*('[^']*'|"[^"]*"|(?!['"])[^>\s]*))?""")
_COMMENT_END = re.compile(r"--\s*>")
_MARKED_END = re.compile(r"]\s*]\s*>")
_HIDDEN_WORD = re.compile("hidden", re.IGNORECASE)


#: Class names that hide an element or show it to screen readers only (Bootstrap, WordPress,
#: Drupal, Foundation, Tailwind, GOV.UK-style themes).
HIDDEN_CLASSES: frozenset[str] = frozenset(
    (
        "sr-only",
        "sr-only-focusable",
        "visually-hidden",
        "visually-hidden-focusable",
        "screen-reader-text",
        "screen-reader-only",
        "element-invisible",
        "element-hidden",
        "show-for-sr",
        "d-none",
        "hidden",
        "is-hidden",
        "hide",
        "invisible",
        "offscreen",
        "visuallyhidden",
        "govuk-visually-hidden",
        "skip-link",
    )
)
#: Elements whose content a browser never shows as page text.
HIDDEN_TAGS: frozenset[str] = frozenset(("template", "noscript", "script", "style"))
_STYLE_HIDDEN = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)", re.IGNORECASE
)


def is_hidden(tag: str, attrib: Mapping[str, str]) -> bool:
    """True when a browser hides the element ``tag`` with the attributes ``attrib`` from a sighted
    reader: a :data:`HIDDEN_TAGS` element, a ``<dialog>`` that is not open, the ``hidden``
    attribute, ``aria-hidden="true"``, an inline style ``display:none`` or ``visibility:hidden``,
    a class of :data:`HIDDEN_CLASSES`, ``<input type="hidden">``."""
    if tag in HIDDEN_TAGS or (tag == "dialog" and "open" not in attrib):
        return True
    if "hidden" in attrib:
        return True
    if attrib.get("aria-hidden", "").strip().lower() == "true":
        return True
    style = attrib.get("style")
    if style and _STYLE_HIDDEN.search(style):
        return True
    cls = attrib.get("class")
    if cls and not HIDDEN_CLASSES.isdisjoint(cls.lower().split()):
        return True
    return tag == "input" and attrib.get("type", "").lower() == "hidden"


def _attributes(attrs: str) -> dict[str, str]:
    """The attributes of a start tag's attribute text, names lower-cased, values decoded (the
    last of repeated attributes counts)."""
    seen: dict[str, str] = {}
    for m in _ATTR.finditer(attrs):
        value = m.group(2) or ""
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        seen[m.group(1).lower()] = html.unescape(value)
    return seen


def _hidden_attrs(attrs: str) -> bool:
    """True when a start tag's attribute text has ``hidden`` or ``aria-hidden="true"``."""
    if not _HIDDEN_WORD.search(attrs):
        return False
    seen = _attributes(attrs)
    return "hidden" in seen or seen.get("aria-hidden", "").lower() == "true"


def html_to_text(source: str, *, every_hidden: bool = False) -> str:
    """Visible text of an HTML document with block structure kept as line breaks.

    Dropped: comments, doctype, ``script``/``style``/``noscript``/``template``/``head`` and
    similar non-text elements, elements with the ``hidden`` attribute or ``aria-hidden="true"``.
    Whitespace inside text is collapsed as a browser does (except in ``pre``). With
    ``every_hidden`` every element :func:`is_hidden` names is dropped too (hiding classes and
    styles, dialogs not open, hidden inputs), as :func:`socreport.readers.html.strip_hidden` does.

    One streaming pass over the tags, with no tree: the text BeautifulSoup's ``html.parser`` tree
    of the page gives (elements nest as written; an end tag closes the nearest open element of
    its name and those inside it; an end tag with no open element is ignored; a block's line
    breaks come before its content and where it closes, at the end of the page for one never
    closed), at a few dictionary and list operations a tag. Only the open elements are kept, so
    nesting depth costs nothing (a page of a thousand unclosed ``<font>`` tags is as easy as a
    flat one), and time is linear in the page. Raises :class:`HtmlTooLarge` for a page with more
    than :data:`MAX_HTML_TAGS` start tags (counted first)."""
    tags = source.count("<")  # an upper bound, counted at C speed; the exact count only when it matters
    if tags > MAX_HTML_TAGS:
        tags = sum(1 for _ in _START_TAG.finditer(source))
    if tags > MAX_HTML_TAGS:
        raise HtmlTooLarge(f"HTML too large: {tags} tags, limit {MAX_HTML_TAGS}")
    return "".join(_Visible(source, every_hidden).parts)


class _Visible:
    """The streaming pass of :func:`html_to_text`: :attr:`parts` are the page's text pieces."""

    def __init__(self, source: str, every_hidden: bool = False):
        self.every_hidden = every_hidden
        self.parts: list[str] = []
        self.names: list[str] = []  # the open elements, outermost first
        self.afters: list[str] = []  # what each adds where it closes
        self.pres: list[bool] = []  # whether its content is inside ``pre``
        self.where: dict[str, list[int]] = {}  # element name -> its places in the open elements
        self.dropped = -1  # the place of the outermost open dropped element, -1 for none
        self.pending: list[str] = []  # text not yet emitted (entities decoded when emitted)
        self._read(source)
        self._flush()
        self._close_to(0)

    def _flush(self) -> None:
        if not self.pending:
            return
        s = html.unescape("".join(self.pending))
        self.pending.clear()
        if self.dropped < 0:
            self.parts.append(s if self.pres and self.pres[-1] else _HTML_SPACE.sub(" ", s))

    def _close_to(self, k: int) -> None:
        """Close the open elements at places ``k`` and above (innermost first)."""
        names, afters, where, parts = self.names, self.afters, self.where, self.parts
        while len(names) > k:
            where[names.pop()].pop()
            after = afters.pop()
            self.pres.pop()
            if self.dropped < 0:
                if after:
                    parts.append(after)
            elif len(names) == self.dropped:
                self.dropped = -1

    def _open(self, name: str, attrs: str, closed: bool) -> None:
        shown = self.dropped < 0
        if shown and (name in _DROP or self._hides(name, attrs)):
            if closed or name in VOID_TAGS:
                return
            shown, self.dropped = False, len(self.names)
        pre = bool(self.pres) and self.pres[-1]
        after = ""
        if shown:
            if name == "br":
                self.parts.append("\n")
            elif name == "hr":
                self.parts.append("\n\n---\n\n")
            elif name in _CELL_TAGS:
                after = " "
            elif name in _BLOCK_TAGS:
                after = "\n\n" if name in _PARAGRAPH_TAGS else "\n"
                pre = pre or name == "pre"
            if after:
                self.parts.append(after)
        if name in VOID_TAGS:
            return
        if closed:
            if after:
                self.parts.append(after)
            return
        self.where.setdefault(name, []).append(len(self.names))
        self.names.append(name)
        self.afters.append(after)
        self.pres.append(pre)

    def _hides(self, name: str, attrs: str) -> bool:
        if self.every_hidden:
            return (bool(attrs) or name == "dialog") and is_hidden(name, _attributes(attrs))
        return bool(attrs) and _hidden_attrs(attrs)

    def _read(self, src: str) -> None:
        n, pos, pending = len(src), 0, self.pending
        while pos < n:
            lt = src.find("<", pos)
            if lt < 0:
                pending.append(src[pos:])
                return
            if lt > pos:
                pending.append(src[pos:lt])
            nxt = src[lt + 1 : lt + 2]
            if nxt.isascii() and nxt.isalpha():
                pos = self._start_tag(src, lt)
            elif nxt == "/":
                pos = self._end_tag(src, lt)
            elif nxt == "!" or nxt == "?":
                pos = self._markup(src, lt)
            else:  # a lone '<' is text
                pending.append("<")
                pos = lt + 1
            if pos < 0:  # the rest of the page was consumed
                return

    def _unclosed(self, src: str, lt: int) -> int:
        """A tag that never closes: html.parser keeps the rest of the page as text."""
        self.pending.append(src[lt:])
        return -1

    def _start_tag(self, src: str, lt: int) -> int:
        """Read the start tag at ``lt``; the position after it (after a raw-text element's content
        and end tag), or -1 when it consumed the rest of the page."""
        name_m = _TAG_NAME.match(src, lt + 1)
        assert name_m is not None
        rest = _START_REST.match(src, name_m.end()) or _UNQUOTED_REST.match(src, name_m.end())
        if rest is None:
            return self._unclosed(src, lt)
        self._flush()
        name, attrs = name_m.group().lower(), rest.group()[:-1]
        closed = attrs.endswith("/")
        self._open(name, attrs, closed)
        pos = rest.end()
        if name in _RAW_TEXT and not closed:
            close = re.compile(rf"</\s*{name}\s*>", re.IGNORECASE).search(src, pos)
            if close is None:  # the rest of the page is the element's (dropped) content
                return -1
            self.pending.append(src[pos : close.start()])
            self._flush()
            self._end(name)
            pos = close.end()
        return pos

    def _end_tag(self, src: str, lt: int) -> int:
        """Read the end tag at ``lt`` (``</>`` is nothing); the position after it, or -1."""
        name_m = _TAG_NAME.match(src, lt + 2)
        if name_m is None and src.startswith("</>", lt):
            return lt + 3
        gt = src.find(">", lt + 2 if name_m is None else name_m.end())
        if gt < 0:
            return self._unclosed(src, lt)
        self._flush()
        if name_m is not None:
            self._end(name_m.group().lower())
        return gt + 1

    def _markup(self, src: str, lt: int) -> int:
        """Skip a comment, a marked section or a declaration / processing instruction at ``lt``;
        the position after it, or -1."""
        if src.startswith("<!--", lt):
            m = _COMMENT_END.search(src, lt + 4)
            end = m.end() if m else -1
        elif src.startswith("<![", lt):
            m = _MARKED_END.search(src, lt + 3)
            end = m.end() if m else -1
        else:
            gt = src.find(">", lt + 2)
            end = gt + 1 if gt >= 0 else -1
        if end < 0:
            return self._unclosed(src, lt)
        self._flush()
        return end

    def _end(self, name: str) -> None:
        places = self.where.get(name)
        if places:
            self._close_to(places[-1])
