"""The header of a table column: the label of a value written in a table cell.

Tables come out of pages as rows of cells joined by `` | `` (``| Start | End |`` /
``| 01.03.2019 | 28.02.2021 |``). A value that opens a cell takes the same cell of the table's
first row as its label, found at most ``_MAX_TABLE_ROWS`` rows up (rule rows ``|---|`` skipped):
None when the value opens no table cell, its row is the table's first, or the header cell holds
no word. The walk up is bounded, so the time stays linear in the text for any number of values.
"""

from __future__ import annotations

import re

#: Most table rows walked up from a value to its table's header row.
_MAX_TABLE_ROWS = 40
#: Longest table row read (characters): a longer line is no table row of a fact box.
_MAX_ROW = 2000
_ROW = re.compile(r"[ \t]*\|")
_RULE_ROW = re.compile(r"[\s|:\-–—]*")
_CELL_OPEN = re.compile(r"\|[ \t]*$")
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")


def _column_label(text: str, start: int) -> str | None:
    """The header cell of the column whose cell ``text[start:]`` opens (``| Start | End |`` /
    ``| 01.03.2019 | 28.02.2021 |``): the same cell of the first row of the table, at most
    ``_MAX_TABLE_ROWS`` rows up (rule rows ``|---|`` skipped); None when the value opens no table
    cell, the row is the table's first, or the header cell holds no word."""
    line_start = _line_start(text, start)
    if line_start is None or not _ROW.match(text, line_start) or not _CELL_OPEN.search(text, line_start, start):
        return None
    col = text.count("|", line_start, start) - 1
    header: tuple[int, int] | None = None
    end = line_start - 1
    for _ in range(_MAX_TABLE_ROWS):
        s = _line_start(text, end) if end > 0 else None
        if s is None or not _ROW.match(text, s, end):
            break
        if not _RULE_ROW.fullmatch(text, s, end):
            header = (s, end)
        end = s - 1
    else:
        return None  # the table's first row lies farther up
    if header is None:
        return None
    cells = text[header[0] : header[1]].strip().strip("|").split("|")
    label = cells[col].strip() if 0 <= col < len(cells) else ""
    return label if _TWO_LETTERS.search(label) else None


def _line_start(text: str, pos: int) -> int | None:
    """Where the line holding ``text[pos]`` starts, or None when it starts over ``_MAX_ROW``
    characters back (each look is bounded: the time stays linear in the text)."""
    lo = max(0, pos - _MAX_ROW)
    i = text.rfind("\n", lo, pos)
    if i < 0:
        return 0 if lo == 0 else None
    return i + 1


def column_label(text: str, start: int) -> str | None:
    """The header cell above a value that opens a table cell at ``text[start]`` (see the module
    notes); None when there is none. Never raises."""
    if not isinstance(text, str) or not isinstance(start, int) or not 0 <= start <= len(text):
        return None
    return _column_label(text, start)
