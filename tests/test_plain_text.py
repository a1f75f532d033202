"""Plain text that a program hard-wrapped at a fixed width (``socreport.readers.plain.unwrap``):
wrapped lines are joined again, every other line break stays, and a page that is not hard-wrapped
is read as it is. Rows are the shapes real copied-out texts take in lv/en/lt."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings, strategies as st

from socreport.readers.plain import MAX_WIDTH, MIN_WIDTH, unwrap

# (text as written, the width a program wrapped it at, the shape the wrapped copy shows): the
# rules were built on these rows; the wrapped copy must read as written
BUILT_ON = [
    # an amount broken between its thousands groups is one amount again
    ("Projekta mērķis ir uzlabot sociālo pakalpojumu pieejamību novada iedzīvotājiem, izveidojot jaunu "
     "dienas centru. Projekta kopējās izmaksas ir 750 973,98 EUR, no tām ERAF finansējums ir 638 327,88 "
     "EUR un valsts budžeta dotācija ir 112 646,10 EUR, kā arī pašvaldības līdzfinansējums.", 64, "638\n327,88"),
    # a code broken after a hyphen is joined with nothing between
    ("The project being in current implementation, project code No. EEE-LT05-SADM-01-K-01-005, is financed "
     "from the funds of the European Economic Area Financial Mechanism Programme LT05 and the municipality, "
     "which contributes the remaining part of the costs of the project.", 70, "EEE-\nLT05"),
    # a range of numbers broken at its dash keeps its space
    ("Numatoma projekto įgyvendinimo pradžia ir pabaiga - 2010/07- 2012/06. Paraiškos pateikimo "
     "įgyvendinančiajai institucijai terminas - 2010 10 15. Projekto pareiškėjas - Zarasų rajono "
     "savivaldybės administracija, partneriai – seniūnijos ir bendruomenės.", 62, "07-\n2012"),
    # a Latvian ordinal date at a line's start is no list item
    ("Projekts tiek īstenots no 2021. gada 1. aprīļa līdz 2023. gada 31. decembrim, un tā laikā pašvaldība "
     "izveidos jaunu dienas centru bērniem ar funkcionāliem traucējumiem un viņu ģimenēm, kā arī apmācīs "
     "speciālistus darbam ar bērniem.", 63, "\n31. decembrim"),
    # a dash at a line's start after a line that does not end a clause is no list item
    ("Paraiškos pateikimo įgyvendinančiajai institucijai terminas - 2010 10 15. Projekto pareiškėjas - "
     "Zarasų rajono savivaldybės administracija, o partneriai – visos rajono seniūnijos ir bendruomenės.",
     60, "\n- "),
]

_PARAGRAPH = BUILT_ON[0][0]

# a wrapped paragraph, then lines that keep their own line breaks
KEPT = [
    # a list after its lead-in keeps its items
    "Projekta ietvaros paredzētas šādas darbības:\n- dienas centra izveide;\n- speciālistu apmācība;\n"
    "- informatīvi pasākumi.",
    # table rows, and a label with its value on the next line
    "| Projekta kopējās izmaksas | 412 530,18 EUR |\n| ERAF finansējums | 350 650,65 EUR |\n"
    "Projekta numurs\n9.3.1.1/19/I/030",
    # a heading and numbered items
    "# Projekta rezultāti\n1. izveidots dienas centrs;\n2. apmācīti 40 speciālisti.",
]

# pages that are not hard-wrapped: read as they are
AS_THEY_ARE = [
    # one paragraph a line, as most pages are
    f"{_PARAGRAPH}\nProjekta kopējās izmaksas: 412 530,18 EUR\nERAF finansējums: 350 650,65 EUR",
    # a fact box of short lines of about the same length
    "Projekta numurs: 9.3.1.1/19/I/030\nĪstenošanas laiks: 2020–2022\nKopējās izmaksas: 412 530 EUR\n"
    "ERAF finansējums: 350 650 EUR\nFinansējuma saņēmējs: Dagdas novads",
    # a list of short items
    "Projekta darbības:\n- dienas centra izveide\n- speciālistu apmācība\n- informatīvi pasākumi",
]


@pytest.mark.parametrize(("text", "width", "shape"), BUILT_ON)
def test_hard_wrapped_lines_are_joined(text: str, width: int, shape: str) -> None:
    wrapped = textwrap.fill(text, width)
    assert shape in wrapped  # the row shows what it is about
    assert unwrap(wrapped) == text


@pytest.mark.parametrize("lines", KEPT)
def test_line_breaks_of_lists_tables_and_labels_stay(lines: str) -> None:
    wrapped = textwrap.fill(_PARAGRAPH, 64)
    assert unwrap(f"{wrapped}\n{lines}") == f"{_PARAGRAPH}\n{lines}"


@pytest.mark.parametrize("text", AS_THEY_ARE)
def test_pages_not_hard_wrapped_are_read_as_they_are(text: str) -> None:
    assert unwrap(text) == text


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzāčēģīķļņšūž0123456789,.", min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_WORD, min_size=40, max_size=200), width=st.integers(min_value=50, max_value=MAX_WIDTH))
def test_a_paragraph_wrapped_at_any_width_reads_as_written(words: list[str], width: int) -> None:
    paragraph = " ".join(words)
    wrapped = textwrap.fill(paragraph, width, break_on_hyphens=False)
    lines = wrapped.split("\n")
    if len(lines) >= 4 and max(map(len, lines)) >= MIN_WIDTH:  # a page of the hard-wrapped kind
        assert unwrap(wrapped) == paragraph


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab -|•1.\n"), max_size=400))
def test_unwrap_only_turns_line_breaks_into_spaces_or_nothing(text: str) -> None:
    out = unwrap(text)
    assert out.replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(" ", "")
    assert out.count("\n") <= text.count("\n")
