"""Whole HTML pages read as a person reads them: hidden elements out, then the main content.

1. :func:`strip_hidden` removes what a browser does not show to a sighted reader
   (:func:`socreport.readers.visible.is_hidden`): elements with the ``hidden`` attribute,
   ``aria-hidden="true"``, an inline style ``display:none`` or ``visibility:hidden``,
   ``<input type="hidden">``, a ``<dialog>`` that is not open,
   ``template``/``noscript``/``script``/``style``, and screen-reader-only or hiding classes
   (:data:`HIDDEN_CLASSES`).
2. :func:`main_content` asks trafilatura (a maintained boilerplate-removal library; its
   ``favor_recall`` setting, see :data:`MODE`) for the main content as XML and renders it: headings, paragraphs and list items as paragraphs, each table
   row as one line whose cells are joined by ``" | "`` (so ``Kopējās izmaksas | 412 530,18`` stays
   a label and its value, and numbers of neighbouring cells never run together). The page's title
   (its main heading, as trafilatura reads it) comes first unless the body already starts with it.
3. :func:`read_html` uses the main content when it has at least :data:`MIN_MAIN_LETTERS` letters,
   else falls back to the whole page (the caller's converter, on the page with hidden elements
   removed). ``dropped_chars`` counts the characters of the whole visible page that were left out.
   Main-content reading often leaves out the article's date, written in a ``<time>`` element
   beside the heading; :func:`publication_line` finds it (the ``<time>`` inside ``<article>``, else
   one marked as the publication date, else the page's only one) and, when the main content does
   not already hold it, it opens the text on a line of its own — as the page shows it, or as the
   element's ``datetime`` (``2019-03-15``) when its text is no date — so the article has its date.

lxml (libxml2) stops reading a page nested deeper than 256 elements; such a page is read whole by
the streaming pass of :mod:`socreport.readers.visible` (every hiding rule applied), which has no
depth limit, so none of its text is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import MAIN_CONTENT, WHOLE_PAGE, Converted
from .visible import HIDDEN_CLASSES, HIDDEN_TAGS, is_hidden

__all__ = [
    "HIDDEN_CLASSES",
    "HIDDEN_TAGS",
    "MIN_MAIN_LETTERS",
    "MODE",
    "main_content",
    "publication_line",
    "read_html",
    "render",
    "strip_hidden",
]

#: Main content with fewer letters than this is not trusted; the whole page is read instead.
MIN_MAIN_LETTERS: int = 80

_XML_DECL = re.compile(r"\A\s*<\?xml[^>]*>", re.IGNORECASE)
#: Characters lxml cannot hold in a tree (it parses them, then fails on the first edit of their
#: text, as when a hidden element is dropped): control characters, removed as normalisation
#: removes them, vertical tab and form feed as the line breaks normalisation makes of them.
_XML_UNSAFE = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")
_XML_BREAKS = re.compile("[\x0b\x0c]")
_SPACES = re.compile(r"\s+")


def _is_hidden(el) -> bool:
    return is_hidden(el.tag, el.attrib)


def _parse(html: str):
    return _parse_checked(html)[0]


def _parse_checked(html: str):
    """The lxml tree of a page (None when lxml rejects it; without the characters of
    :data:`_XML_UNSAFE`) and whether lxml stopped before its end:
    libxml2 stops reading a page nested deeper than 256 elements (a thousand unclosed ``<font>``
    tags), so its tree, the hidden-elements pass and the main content lack the rest of the page."""
    import lxml.html

    parser = lxml.html.HTMLParser()
    html = _XML_BREAKS.sub("\n", _XML_UNSAFE.sub("", _XML_DECL.sub("", html)))
    try:
        root = lxml.html.document_fromstring(html or "<html></html>", parser=parser)
    except Exception:  # noqa: BLE001 - lxml rejects some damaged pages; the caller falls back
        return None, False
    return root, any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


def strip_hidden(html: str) -> str:
    """``html`` without the elements a browser hides (see the module docstring); the text
    following a removed element (its tail) is kept. Unparseable input comes back unchanged."""
    root = _parse(html)
    return html if root is None else _without_hidden(root)


def _without_hidden(root) -> str:
    """The page of the lxml tree ``root`` as HTML, without its hidden elements."""
    import lxml.html

    doomed = [el for el in root.iter() if isinstance(el.tag, str) and _is_hidden(el)]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    return lxml.html.tostring(root, encoding="unicode")


def _text(el) -> str:
    """Text of an XML element, ``<lb/>`` as line breaks, spaces collapsed per line."""
    parts: list[str] = []
    for node in el.iter():
        if node.tag == "lb":
            parts.append("\n")
        if node is not el and node.tag == "lb":
            parts.append(node.tail or "")
            continue
        if node is el:
            parts.append(el.text or "")
        else:
            parts.append(node.text or "")
            parts.append(node.tail or "")
    return "\n".join(" ".join(_SPACES.split(line)).strip() for line in "".join(parts).split("\n")).strip()


def _inner(el) -> str:
    """All text inside ``el`` (children included, not its tail), spaces collapsed."""
    return " ".join("".join(el.itertext()).split())


def render(xml: str) -> str:
    """Plain text of trafilatura's XML output (see the module docstring)."""
    from lxml import etree

    try:
        doc = etree.fromstring(xml.encode("utf-8"), parser=etree.XMLParser(recover=True, resolve_entities=False))
    except etree.XMLSyntaxError:
        return ""
    if doc is None:
        return ""
    main = doc.find("main")
    if main is None:
        main = doc
    blocks: list[str] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "table":
                rows = []
                for row in child.iter("row"):
                    cells = [_inner(c) for c in row.findall("cell")]
                    cells = [c for c in cells if c]
                    if cells:
                        rows.append(" | ".join(cells))
                if rows:
                    blocks.append("\n".join(rows))
            elif tag == "list":
                items = [_inner(i) for i in child.findall("item")]
                items = [i for i in items if i]
                if items:
                    blocks.append("\n".join(items))
            elif tag in ("p", "head", "quote", "code", "item", "cell"):
                t = _text(child)
                if t:
                    blocks.append(t)
            elif tag == "div" or tag == "main" or tag == "graphic":
                walk(child)
            elif tag:
                t = _inner(child)
                if t:
                    blocks.append(t)

    walk(main)
    title = " ".join((doc.get("title") or "").split())
    body = "\n\n".join(blocks)
    if title and not body.casefold().startswith(title.casefold()):
        body = title + "\n\n" + body if body else title
    return body


#: trafilatura's setting: "recall" keeps short lists and paragraphs (partner lists, one-line
#: facts) that its balanced setting drops; measured on the saved pages in tests/data/web.
MODE: str = "recall"


def main_content(html: str, mode: str = MODE) -> str:
    """The main content of an HTML page as text (``""`` when trafilatura finds none); ``mode``
    is ``recall``, ``balanced`` or ``precision`` (trafilatura's settings)."""
    import trafilatura

    try:
        xml = trafilatura.extract(
            html,
            output_format="xml",
            include_tables=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
            with_metadata=True,
            favor_recall=mode == "recall",
            favor_precision=mode == "precision",
        )
    except Exception:  # noqa: BLE001 - the library's failure means: no main content found
        return ""
    return render(xml) if xml else ""


#: Attribute values that mark a ``<time>`` element as the publication date.
_PUBLISHED_MARK = re.compile(r"date|publish|posted|created|time", re.IGNORECASE)
_ISO_DAY = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])")


def _time_elements(root) -> list:
    times = [el for el in root.iter("time")]
    in_article = [el for el in times if any(a.tag == "article" for a in el.iterancestors())]
    if in_article:
        return in_article
    marked = [
        el
        for el in times
        if "pubdate" in el.attrib
        or el.get("itemprop", "").lower() == "datepublished"
        or _PUBLISHED_MARK.search(el.get("class", ""))
        or any(_PUBLISHED_MARK.search(p.get("class", "")) for p in list(el.iterancestors())[:2])
    ]
    if marked:
        return marked
    return times if len(times) == 1 else []


def publication_line(visible_html: str) -> str | None:
    """The date of the page's article as its ``<time>`` element gives it (see the module
    docstring): the element's text when it is a date of a day, else its ``datetime``'s day, else None."""
    import datetime as dt

    from ..parse.dates import find_dates

    root = _parse(visible_html)
    if root is None:
        return None
    for el in _time_elements(root)[:1]:
        shown = " ".join(el.text_content().split())
        found = find_dates(shown) if shown else []
        if found and found[0].start == 0 and found[0].value.precision == "day":
            return shown
        m = _ISO_DAY.match(el.get("datetime", ""))
        if m:
            try:
                dt.date.fromisoformat(m.group(1))
            except ValueError:
                return None
            return m.group(1)
    return None


def _letters(s: str) -> int:
    return sum(map(str.isalpha, s))


def read_html(html: str, whole_page: Callable[..., str], normalise: Callable[[str], str]) -> Converted:
    """The text of an HTML page: its main content, or the whole visible page as a fallback.

    ``whole_page`` turns HTML into its full visible text (the fallback converter,
    :func:`socreport.readers.visible.html_to_text`); ``normalise`` is the text normalisation
    offsets refer to (used to count the characters dropped). A page nested too deep for lxml
    (:func:`_parse_checked`) is read whole by ``whole_page`` with every hiding rule
    (``every_hidden=True``): its main content could only be that of the page's first part."""
    everything = normalise(whole_page(html))
    root, cut = _parse_checked(html)
    if cut:
        text = normalise(whole_page(html, every_hidden=True))
        return Converted((text,), WHOLE_PAGE, max(0, len(everything) - len(text)))
    visible = html if root is None else _without_hidden(root)
    main = normalise(main_content(visible))
    if _letters(main) >= MIN_MAIN_LETTERS:
        text, how = main, MAIN_CONTENT
        dated = publication_line(visible)
        if dated and dated not in text:
            text = normalise(dated + "\n\n" + text)
    else:
        text, how = normalise(whole_page(visible)), WHOLE_PAGE
    return Converted((text,), how, max(0, len(everything) - len(text)))
