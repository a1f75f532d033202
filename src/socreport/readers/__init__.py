"""Turning the files people have into text: whole HTML pages, PDF and Word documents.

Each reader takes the file's bytes (or decoded HTML) and returns a :class:`Converted`: the text of
each page (one page for HTML and office documents), how the text was taken and how many characters
of the source were left out, or the reason the file cannot be used. The readers never raise for a
bad file. :mod:`socreport.sources` normalises the pages, joins them and keeps each page's offset,
so a fact's character span also tells its page.

``extraction`` values (the ``documents`` table's column of that name):

``main-content``   HTML: the page's main content, found by trafilatura (menus, headers, footers,
                   side columns and cookie notices left out);
``whole-page``     HTML: every visible text of the page (main content could not be told apart);
``pdf-text``       PDF: the text layer, page by page, columns in reading order;
``office-text``    Word (``.docx``) or OpenDocument text (``.odt``): paragraphs and tables in
                   document order;
``plain-text``     ``.txt`` and ``.md`` files, read as they are, but that lines a program
                   hard-wrapped at a fixed width are joined again (:mod:`~socreport.readers.plain`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

MAIN_CONTENT, WHOLE_PAGE, PDF_TEXT, OFFICE_TEXT, PLAIN_TEXT = (
    "main-content",
    "whole-page",
    "pdf-text",
    "office-text",
    "plain-text",
)
EXTRACTIONS: tuple[str, ...] = (MAIN_CONTENT, WHOLE_PAGE, PDF_TEXT, OFFICE_TEXT, PLAIN_TEXT)

#: Between two pages of a document in the joined text.
PAGE_BREAK = "\n\n"


@dataclass(frozen=True)
class Converted:
    """A file turned into text, or why it could not be."""

    pages: tuple[str, ...] = ()
    extraction: str = ""
    dropped_chars: int | None = None
    problem: str = ""  # non-empty: the file is skipped with this reason


def page_of(page_starts: Sequence[int], offset: int | None) -> int | None:
    """1-based page number of a character ``offset``, given the start offset of every page
    (``None`` for a document without pages or an unknown offset)."""
    if not page_starts or offset is None:
        return None
    return max(1, bisect_right(page_starts, offset))


__all__ = [
    "Converted",
    "EXTRACTIONS",
    "MAIN_CONTENT",
    "WHOLE_PAGE",
    "PDF_TEXT",
    "OFFICE_TEXT",
    "PLAIN_TEXT",
    "PAGE_BREAK",
    "page_of",
]
