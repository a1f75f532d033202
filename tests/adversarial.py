"""Adversarial inputs that real corpora contain, each as a generator of about ``size`` bytes.

Shared by ``tests/test_adversarial.py`` (small sizes, end to end under the harness's timeout) and
``tools/fuzz.py --grow`` (1 KB -> 1 MB, time per MB, so a super-linear recogniser shows up as a
growing number). Every generator is deterministic: the same size gives the same bytes.
"""

from __future__ import annotations

import base64
from typing import Callable


_PROSE = ("Projekta mērķis ir uzlabot sociālo pakalpojumu pieejamību pierobežas pašvaldībās, "
          "iesaistot partnerus no Latvijas un Lietuvas. ")


def _prose(size: int) -> str:
    """Ordinary sentences of about ``size`` bytes (so that a page passes the letters test)."""
    return _PROSE * max(1, size // len(_PROSE.encode()))


def _repeat(unit: str, size: int, head: str = "", tail: str = "") -> str:
    k = max(1, (size - len(head.encode()) - len(tail.encode())) // max(1, len(unit.encode())))
    return head + unit * k + tail


def unclosed_font(size: int) -> str:
    """An HTML page with thousands of ``<font>`` tags that are never closed (deep nesting)."""
    return _repeat("<font color=red>teksts ", size, "<html><body><p>Projekts LLI-101.</p>", "</body></html>")


def deep_divs(size: int) -> str:
    """Properly nested, very deep ``<div>`` elements."""
    k = max(1, size // 11)
    return "<html><body>" + "<div>" * k + "Projekta budžets 100 000 EUR." + "</div>" * k + "</body></html>"


def tiny_tags(size: int) -> str:
    """An HTML page of many tiny tags (a million of them at 7 MB)."""
    return _repeat("<b>a</b>", size, "<html><body><p>Projekta budžets 100 000 EUR.</p>", "</body></html>")


def until_year(size: int) -> str:
    """``no 2020. gada līdz`` over and over: period openers without an end."""
    return _repeat("no 2020. gada līdz ", size)


def one_long_line(size: int) -> str:
    """One line of words and numbers with no sentence end."""
    words = ["projekts", "12", "budžets", "345", "EUR", "finansējums", "2020", "gada", "līdz", "67,5", "%"]
    out, n, i = [], 0, 0
    while n < size:
        w = words[i % len(words)]
        out.append(w)
        n += len(w) + 1
        i += 1
    return " ".join(out)


def long_code(size: int) -> str:
    """``Nr. LLI-1-1-1-...``: a project code that never ends."""
    return _repeat("1-", size * 6 // 10, _prose(size * 4 // 10) + "Projekta Nr. LLI-", "1.")


def base64_markdown(size: int) -> str:
    """A Markdown page with an inline base64 image (one huge word)."""
    k = max(4, size * 3 // 4)
    blob = base64.b64encode(bytes((i * 37 + 11) % 256 for i in range(k))).decode()
    return ("# Projekts\n\nProjekta budžets ir 100 000 EUR, no tiem ERAF 85 %.\n\n"
            f"![logo](data:image/png;base64,{blob})\n\nProjekts ilgst 24 mēnešus.\n")


def combining_marks(size: int) -> str:
    """One letter followed by a very long run of combining marks."""
    return "Projekta budžets 100 000 EUR. a" + "\u0304\u0323" * max(1, size // 4) + " beigas."


def many_lines(size: int) -> str:
    """Many short lines, each with a date and a number (many sentences, many facts)."""
    return _repeat("Līdz 01.02.2020. izmaksāti 5 EUR\n", size, "Projekta budžets:\n")


def separators(size: int) -> str:
    """Many separator and publication lines: a page cut into a great many tiny articles."""
    return _repeat("---\nPublicēts: 12.02.2021.\n", size)


def no_spaces(size: int) -> str:
    """Letters and digits without any white space."""
    return _repeat("budžets100000EUR", size)


def dotted_numbers(size: int) -> str:
    """``1.2.3.4...``: a dotted number (like a measure code) that never ends."""
    return _repeat("1.", size * 6 // 10, _prose(size * 4 // 10) + "Pasākums ")


def money_run(size: int) -> str:
    """Thousands grouped by spaces that never end: ``1 000 000 000 ...``."""
    return _repeat(" 000", size * 6 // 10, _prose(size * 4 // 10) + "Budžets 1", " EUR.")


def percent_run(size: int) -> str:
    """Percentages one after another with no words between."""
    return _repeat("85 % ", size * 6 // 10, _prose(size * 4 // 10) + "Finansējums ")


def partners_line(size: int) -> str:
    """Organisations named one after another in one sentence that never ends."""
    return _repeat('partneri SIA "Alfa", biedrība "Beta" un pašvaldība ', size)


def counts_line(size: int) -> str:
    """Counts of people (some in brackets) one after another in one sentence."""
    return _repeat("23 jaunieši (un 2 bērni) ", size)


def dates_line(size: int) -> str:
    """Start dates and durations one after another in one sentence about the project."""
    return _repeat("projekts sākts 01.02.2020 un ilgst 12 mēnešus ", size)


def funds_line(size: int) -> str:
    """Amounts with their fund and share one after another on one line."""
    return _repeat("ERAF finansējums 100 EUR (85%) ", size)


def headlines(size: int) -> str:
    """Headings of their own paragraphs, each opening with a short name, a dash and a title, and a
    last one with a title that runs on for the rest of the text."""
    unit = "SocInc – Improving Social Inclusion In Border Regions\n\n"
    return _repeat(unit, size // 2) + "CareNet – Better Care " + "words " * max(1, size // 12)


def other_items(size: int) -> str:
    """Headings of lists of other news, one after another, with headlines, dates and list items."""
    return _repeat("Citi jaunumi\nSvētki pulcēja 2000 apmeklētāju\n12.05.2021.\n1. Projekts “A”\n", size, _prose(200))


CASES: dict[str, Callable[[int], str]] = {
    "unclosed_font.html": unclosed_font,
    "deep_divs.html": deep_divs,
    "tiny_tags.html": tiny_tags,
    "until_year.txt": until_year,
    "one_long_line.txt": one_long_line,
    "long_code.txt": long_code,
    "base64_image.md": base64_markdown,
    "combining_marks.txt": combining_marks,
    "many_lines.txt": many_lines,
    "separators.txt": separators,
    "no_spaces.txt": no_spaces,
    "dotted_numbers.txt": dotted_numbers,
    "money_run.txt": money_run,
    "percent_run.txt": percent_run,
    "partners_line.txt": partners_line,
    "counts_line.txt": counts_line,
    "dates_line.txt": dates_line,
    "funds_line.txt": funds_line,
    "headlines.txt": headlines,
    "other_items.txt": other_items,
}


def twin_articles() -> str:
    """Two articles on one page whose words are the same and whose numbers differ."""
    body = ("Projekts {code} \"Sociālo pakalpojumu attīstība pierobežā\" tika uzsākts. "
            "Projekta kopējais budžets ir {amount} EUR, no kuriem ERAF finansējums ir 85 %. "
            "Projektā iesaistīti partneri no Latvijas un Lietuvas pašvaldībām un biedrībām.")
    return (body.format(code="LLI-101", amount="100 000") + "\n\nPublicēts: 12.02.2021.\n\n---\n\n"
            + body.format(code="LLI-202", amount="900 000") + "\n\nPublicēts: 15.03.2021.\n")
