"""The streaming visible-text pass (readers/visible.py) against its definition: the text of
BeautifulSoup's ``html.parser`` tree of the page, walked as the pass's docstring says (the
converter this pass replaced, kept here as the reference), on generated tag soup: unclosed,
misnested and self-closed elements, hidden ones, raw-text elements, comments and declarations."""

from __future__ import annotations

import re
import warnings

import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from socreport.readers.html import strip_hidden
from socreport.readers.visible import _BLOCK_TAGS, _CELL_TAGS, _DROP_TAGS, _PARAGRAPH_TAGS, html_to_text

_SPACE = re.compile(r"[ \t\r\n\f]+")


def reference_text(html: str) -> str:
    """Visible text of ``html`` by BeautifulSoup's tree (html.parser), walked depth first."""
    from bs4 import BeautifulSoup, Comment, Declaration, Doctype, MarkupResemblesLocatorWarning, ProcessingInstruction
    from bs4.element import CData, NavigableString, Tag

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(lambda t: t.has_attr("hidden") or str(t.get("aria-hidden", "")).lower() == "true"):
        tag.decompose()
    skip = (Comment, Declaration, Doctype, ProcessingInstruction, CData)
    parts: list[str] = []
    stack: list = [(soup, False)]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        node, pre = item
        if isinstance(node, NavigableString):
            if not isinstance(node, skip):
                parts.append(str(node) if pre else _SPACE.sub(" ", str(node)))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name.lower() if node is not soup else ""
        after = ""
        if name == "br":
            parts.append("\n")
            continue
        if name == "hr":
            parts.append("\n\n---\n\n")
            continue
        if name in _CELL_TAGS:
            after = " "
            parts.append(after)
        elif name in _BLOCK_TAGS:
            after = "\n\n" if name in _PARAGRAPH_TAGS else "\n"
            parts.append(after)
            pre = pre or name == "pre"
        if after:
            stack.append(after)
        stack.extend((child, pre) for child in reversed(node.contents))
    return "".join(parts)


NAMES = ["p", "div", "b", "font", "li", "ul", "td", "tr", "table", "pre", "br", "hr", "script", "style", "head",
         "span", "h1", "img", "noscript", "section", "th", "a", "template", "iframe"]
TOKENS = st.one_of(
    st.sampled_from(NAMES).map(lambda n: f"<{n}>"),
    st.sampled_from(NAMES).map(lambda n: f"</{n}>"),
    st.sampled_from(NAMES).map(lambda n: f"<{n}/>"),
    st.sampled_from(NAMES).map(lambda n: f'<{n.upper()} class="x">'),
    st.sampled_from(['<div hidden>', '<span aria-hidden="TRUE">', "<p aria-hidden='false'>", "<b hidden=hidden>",
                     '<a title="1>2" href=\'x\'>', '<b x="a" hidden x="b">', "<!-- c -->", "<!-- a -- >",
                     "<!DOCTYPE html>", "<?php x ?>", "<![CDATA[ x ]]>", "</>", "</ x>", "a < b", "&amp;",
                     "&nbsp;", "&#10;", "&lt;b&gt;", "\n", "  ", "\t", "\r\n"]),
    st.text(alphabet="ab \n.,1ā", min_size=1, max_size=6),
)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(TOKENS, max_size=40), st.sampled_from(["", "<b", "<!-- x", "</p", "<", "<?x", "<!x", "<script>x"]))
def test_streaming_pass_equals_the_tree_walk(tokens: list[str], tail: str) -> None:
    html = "".join(tokens) + tail
    assert html_to_text(html) == reference_text(html)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="<>/!-ab =\npdvr?[]", max_size=40))
def test_streaming_pass_equals_the_tree_walk_on_tag_noise(html: str) -> None:
    # quotes and entities left out: on an unclosed quote and on unknown entities the pass follows
    # HTML5 (html.unescape), html.parser its own rules; pages html.parser rejects are left out
    try:
        expected = reference_text(html)
    except Exception:  # noqa: BLE001 - e.g. '<![<': html.parser raises, the pass reads on
        assume(False)
    assert html_to_text(html) == expected


@pytest.mark.parametrize("html,text", [
    ('<p>Redzams.</p><img alt="x" src="data:image/png;base64,iVBOR>w0"><p>Tālāk.</p>', "\n\nRedzams.\n\n\n\nTālāk.\n\n"),
    ('<p>Cena <b>100</b>&nbsp;EUR</p><!-- 900 EUR -->', "\n\nCena 100\xa0EUR\n\n"),
    ("<pre>a\n  b</pre>", "\n\na\n  b\n\n"),
    ('<a title="never closed>Teksts.</a><p>Tālāk.</p>', "Teksts.\n\nTālāk.\n\n"),  # an unclosed quote ends at '>'
    ("<div><b>a</div>b", "\na\nb"),  # the end tag of the div closes the b inside it
    ("<script>if (a < b) { x = '</p>' }</script>c", "c"),
])
def test_visible_text_rows(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_every_hidden_drops_what_strip_hidden_drops() -> None:
    html = ('<html><body><p>Redzams.</p><span class="icon visually-hidden">Sagatavots</span>'
            '<div style="color:red;DISPLAY:NONE !important">Vecā</div><dialog><p>Sīkdatnes</p></dialog>'
            '<dialog open><p>Atvērts</p></dialog><input type="hidden" value="x"><span aria-hidden=" true ">I</span>'
            '<p>Beigas.</p></body></html>')
    full = html_to_text(html, every_hidden=True)
    assert " ".join(full.split()) == " ".join(html_to_text(strip_hidden(html)).split()) == "Redzams. Atvērts Beigas."
    assert "Sagatavots" in html_to_text(html)  # without every_hidden: the hidden attributes only
