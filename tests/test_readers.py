"""Whole HTML pages, PDF, Word and OpenDocument files read into text (socreport.readers)."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

import docgen
from socreport.api import extract
from socreport.pipeline import extract_document
from socreport.readers import page_of
from socreport.readers.html import read_html, strip_hidden
from socreport.readers.pdf import read_pdf
from socreport.sources import html_to_text, read_document
from socreport.text import normalise

WEB = Path(__file__).parent / "data" / "web"
RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def _gold() -> list[tuple[str, str, str, str]]:
    with open(WEB / "gold.csv", encoding="utf-8") as fh:
        return [(r["page"], r["zone"], r["figure"], r["where"])
                for r in csv.DictReader(line for line in fh if not line.startswith("#"))]


@pytest.fixture(scope="module")
def web_docs():
    pages = sorted({g[0] for g in _gold()})
    return {p: extract_document(WEB / p) for p in pages}, {p: read_document(WEB / p) for p in pages}


# -- whole HTML pages --------------------------------------------------------------------------

@pytest.mark.parametrize("page,zone,figure,where", _gold(), ids=lambda v: v if isinstance(v, str) else "")
def test_saved_page_main_content_kept_and_furniture_out(web_docs, page, zone, figure, where) -> None:
    results, docs = web_docs
    doc = docs[page]
    assert doc.extraction == "main-content" and doc.dropped_chars > 0
    if zone == "main":
        assert figure in doc.text, where
    else:
        raws = [f.raw for f in results[page].facts]
        assert not [r for r in raws if figure in r], f"{where}: {figure!r} reached facts"
        assert figure not in doc.text, where


def test_saved_page_table_rows_keep_label_and_value_apart(web_docs) -> None:
    _, docs = web_docs
    text = docs["novads_zinas.html"].text
    assert "Kopējās izmaksas | 412 530,18\nESF finansējums | 350 650,65" in text
    assert "Total budget | EUR 486 210.40" in docs["programme_project_en.html"].text


def test_saved_pages_give_the_project_not_the_side_column(tmp_path: Path) -> None:
    t = extract(sorted(WEB.glob("*.html")))
    by_code = t.projects.set_index("code")
    assert by_code.loc["9.3.1.1/19/I/014", "total_budget_eur"] == 742118.0
    assert by_code.loc["LLI-512", "total_budget_eur"] == 486210.4
    assert by_code.loc["9.2.2.1/15/I/027", "start_date"] == pd.Timestamp("2023-03-01")
    amounts = set(t.funding["amount_eur"].dropna().tolist())
    assert not amounts & {98400.0, 1250000.0, 312900.0, 265965.0, 300000.0, 250000.0, 86000.0, 15300.0}
    assert set(t.documents["extraction"]) == {"main-content"}


@pytest.mark.parametrize("html,gone,kept", [
    ('<p>Redzams teksts.</p><div hidden>Slēpts 300 000 EUR</div>', "Slēpts", "Redzams"),
    ('<p>Redzams.</p><span aria-hidden="true">Ikona 555</span>', "Ikona", "Redzams"),
    ('<p>Redzams.</p><span aria-hidden="TRUE ">Ikona 555</span>', "Ikona", "Redzams"),
    ('<p>Redzams.</p><div style="display: none">Vecā versija</div>', "Vecā", "Redzams"),
    ('<p>Redzams.</p><div style="color:red;DISPLAY:NONE !important">Vecā versija</div>', "Vecā", "Redzams"),
    ('<p>Redzams.</p><div style="visibility:hidden;">Melnraksts</div>', "Melnraksts", "Redzams"),
    ('<p>Redzams.</p><span class="sr-only">Atvērt galeriju</span>', "galeriju", "Redzams"),
    ('<p>Redzams.</p><span class="icon visually-hidden">Sagatavots</span>', "Sagatavots", "Redzams"),
    ('<p>Redzams.</p><a class="screen-reader-text skip-link">Pāriet uz saturu</a>', "Pāriet", "Redzams"),
    ('<p>Redzams.</p><dialog><p>Sīkdatnes</p></dialog>', "Sīkdatnes", "Redzams"),
    ('<p>Redzams.</p><template><p>Veidne</p></template>', "Veidne", "Redzams"),
    ('<p>Redzams <span hidden>slēpts</span> aiz tā.</p>', "slēpts", "aiz tā"),  # the tail stays
])
def test_hidden_elements_are_dropped(html: str, gone: str, kept: str) -> None:
    text = html_to_text(strip_hidden(f"<html><body>{html}</body></html>"))
    assert gone not in text and kept in text


@pytest.mark.parametrize("html,kept", [
    ('<div style="display:block">Redzams bloks</div>', "Redzams bloks"),
    ('<div style="display: none-ish">Dīvains stils</div>', "Dīvains stils"),
    ('<span aria-hidden="false">Ne slēpts</span>', "Ne slēpts"),
    ('<div class="hidden-xs">Platam ekrānam</div>', "Platam ekrānam"),
    ('<dialog open><p>Atvērts dialogs</p></dialog>', "Atvērts dialogs"),
])
def test_visible_elements_are_kept(html: str, kept: str) -> None:
    assert kept in html_to_text(strip_hidden(f"<html><body>{html}</body></html>"))


def test_short_page_falls_back_to_the_whole_page() -> None:
    html = ("<html><body><nav>Sākums</nav><div><span>Kopējās izmaksas</span> <b>412 530,18 EUR</b></div>"
            "</body></html>")
    conv = read_html(html, html_to_text, normalise)
    assert conv.extraction == "whole-page"
    assert "412 530,18 EUR" in conv.pages[0]


def test_style_attribute_scan_is_bounded_on_adversarial_input() -> None:
    style = "; " * 50_000 + "display" + " " * 50_000
    html = f'<html><body><p>Redzams teksts ar burtiem.</p><div style="{style}">x</div></body></html>'
    assert "Redzams" in html_to_text(strip_hidden(html))


# -- PDF ---------------------------------------------------------------------------------------

LEFT = ["Projekta mērķis ir uzlabot sociālo pakalpojumu pieejamību personām ar invaliditāti novadā, "
        "kur dzīvo daudzi cilvēki un ģimenes."] * 2
RIGHT = ["Projekta kopējās izmaksas ir 412 530,18 EUR, no tām ESF finansējums 350 650,65 EUR un valsts "
         "budžets 61 879,53 EUR."] * 2


def test_two_column_pdf_is_read_column_by_column() -> None:
    conv = read_pdf(docgen.two_column_pdf("Uzsākts projekts “Sociālā rehabilitācija”", LEFT, RIGHT))
    text = normalise(conv.pages[0])
    assert text.startswith("Uzsākts projekts")
    left_end = text.rindex("ģimenes.")
    assert left_end < text.index("Projekta kopējās izmaksas")
    assert "izmaksas ir 412 530,18 EUR, no tām ESF finansējums 350 650,65 EUR" in text


def test_label_value_table_in_a_pdf_is_not_split_into_columns() -> None:
    rows = [f"{label}{' ' * 60}{value}" for label, value in (
        ("Kopējās izmaksas", "412 530,18"), ("ESF finansējums", "350 650,65"), ("Valsts budžets", "61 879,53"))]
    conv = read_pdf(docgen.text_pdf([["Projekta finansējums:"] + rows * 8]))
    assert "Kopējās izmaksas" in conv.pages[0]
    first = [line for line in conv.pages[0].splitlines() if line.startswith("Kopējās izmaksas")][0]
    assert first.endswith("412 530,18")


def test_pdf_pages_give_each_fact_its_page(tmp_path: Path) -> None:
    p = tmp_path / "atskaite.pdf"
    p.write_bytes(docgen.text_pdf([["Projekts “Dienas centrs senioriem” sākās 2021. gada 1. janvārī."],
                                   ["Projekta kopējās izmaksas ir 742 118,00 EUR."]]))
    res = extract_document(p)
    assert res.document.extraction == "pdf-text" and len(res.document.pages) == 2
    pages = {f.raw: f.page for f in res.facts}
    assert pages["742 118,00 EUR"] == 2
    assert [f.page for f in res.facts if f.kind == "date"] == [1]
    text = read_document(p).text
    assert all(text[f.start:f.end] == f.raw for f in res.facts)


@pytest.mark.parametrize("make,reason", [
    (docgen.scanned_pdf, "no text layer"),
    (docgen.encrypted_pdf, "encrypted PDF"),
    (lambda: docgen.text_pdf([["Projekta kopējās izmaksas ir 742 118,00 EUR."]])[:400], "damaged PDF"),
    (lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n", "PDF"),
])
def test_unusable_pdf_is_skipped_with_its_reason(tmp_path: Path, make, reason: str) -> None:
    p = tmp_path / "x.pdf"
    p.write_bytes(make())
    doc = read_document(p)
    assert doc.status == "skipped" and reason in doc.message


@pytest.mark.parametrize("starts,offset,page", [
    ((), 5, None), ((0,), 0, 1), ((0, 10, 20), 9, 1), ((0, 10, 20), 10, 2), ((0, 10, 20), 999, 3),
    ((0, 10, 10, 30), 12, 3), ((0, 10), None, None),
])
def test_page_of(starts, offset, page) -> None:
    assert page_of(starts, offset) == page


# -- Word and OpenDocument ------------------------------------------------------------------------

TABLE = [["Kopējās izmaksas", "412 530,18 EUR"], ["ESF finansējums", "350 650,65 EUR"]]


def test_docx_paragraphs_and_table_in_order_footer_left_out(tmp_path: Path) -> None:
    p = tmp_path / "apraksts.docx"
    p.write_bytes(docgen.docx_bytes(["Projekta apraksts", "Projekta finansējums:"], TABLE, after=["Beigas."]))
    doc = read_document(p)
    assert doc.status == "ok" and doc.extraction == "office-text"
    assert doc.text == ("Projekta apraksts\n\nProjekta finansējums:\n\nKopējās izmaksas | 412 530,18 EUR\n"
                        "ESF finansējums | 350 650,65 EUR\n\nBeigas.")
    assert "99 999" not in doc.text


def test_odt_paragraphs_and_table(tmp_path: Path) -> None:
    p = tmp_path / "apraksts.odt"
    p.write_bytes(docgen.odt_bytes(["Projekta apraksts ar burtiem un vārdiem."], TABLE))
    doc = read_document(p)
    assert doc.status == "ok" and doc.extraction == "office-text"
    assert doc.text.endswith("Kopējās izmaksas | 412 530,18 EUR\nESF finansējums | 350 650,65 EUR")


def test_docx_named_txt_is_still_read_by_content(tmp_path: Path) -> None:
    p = tmp_path / "apraksts.txt"
    p.write_bytes(docgen.docx_bytes(["Projekta apraksts ar pietiekami daudz burtiem."]))
    assert read_document(p).extraction == "office-text"


# -- the same page as .txt, .pdf, .docx and .odt gives the same project ------------------------

FIELDS = ["code", "acronym", "title", "programme", "eu_fund", "total_budget_eur", "eu_funding_eur", "eu_share_pct",
          "start_date", "end_date", "duration_months_stated", "beneficiaries"]
SEEDS = sorted(p.stem for p in RAW.glob("*.txt"))
LONG_SEED = max(SEEDS, key=lambda s: (RAW / f"{s}.txt").stat().st_size)
MAKERS = {"pdf": lambda paras: docgen.text_pdf([paras]), "docx": docgen.docx_bytes, "odt": docgen.odt_bytes}


@pytest.mark.parametrize("seed", [pytest.param(s, marks=pytest.mark.slow) if s == LONG_SEED else s for s in SEEDS])
@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_seed_page_as_pdf_docx_or_odt_gives_the_same_project_fields(tmp_path: Path, seed: str, fmt: str) -> None:
    text = (RAW / f"{seed}.txt").read_text(encoding="utf-8")
    paras = [p.replace("\n", " ") for p in text.split("\n\n") if p.strip()]
    p = tmp_path / f"{seed}.{fmt}"
    p.write_bytes(MAKERS[fmt](paras))
    want = extract(RAW / f"{seed}.txt").projects[FIELDS].reset_index(drop=True)
    got = extract(p).projects[FIELDS].reset_index(drop=True)
    assert len(want) >= 1
    pd.testing.assert_frame_equal(got, want)


# -- properties ------------------------------------------------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

from socreport.sources import join_pages  # noqa: E402

_page_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)


@settings(max_examples=200, deadline=None)
@given(st.lists(_page_text, min_size=1, max_size=6))
def test_joined_pages_are_normalised_and_every_character_knows_its_page(pages: list[str]) -> None:
    text, starts = join_pages(pages)
    assert normalise(text) == text
    assert len(starts) == len(pages)
    assert list(starts) == sorted(starts)
    for i, raw in enumerate(pages):
        page = normalise(raw)
        if page:
            at = starts[i]
            assert text[at:at + len(page)] == page
            assert page_of(starts, at) == i + 1 or starts.count(at) > 1
            assert page_of(starts, at + len(page) - 1) == max(j + 1 for j, s in enumerate(starts) if s <= at + len(page) - 1)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_hidden_element_removal_never_raises_and_keeps_visible_text(s: str) -> None:
    html = f"<html><body><p>Redzams</p><div hidden>{s}</div></body></html>"
    out = strip_hidden(html)
    assert "Redzams" in html_to_text(out)


# -- the article's date in a <time> element (synthetic pages in the style of municipality news) ---

_BODY = ("<p>Madonas novada pašvaldība 2019. gada 1. martā uzsāka Eiropas Reģionālās attīstības fonda "
         "līdzfinansēta projekta īstenošanu. Projekta kopējās izmaksas ir 512 300,00 EUR.</p>"
         "<p>Projekts tiks īstenots līdz 2020. gada 31. decembrim.</p>")


@pytest.mark.parametrize("time_html, first_line", [
    ('<time datetime="2019-03-15T10:00">15.03.2019.</time>', "15.03.2019."),  # the date as shown
    ('<time datetime="2019-03-15">Piektdiena</time>', "2019-03-15"),  # shown as a weekday: its datetime
    ('<time datetime="2019-02-31">vakar</time>', None),  # no calendar day
])
def test_the_articles_time_element_opens_the_text(time_html: str, first_line: str | None) -> None:
    html = (f"<html><body><aside><time datetime='2020-01-01'>01.01.2020.</time> Cits raksts</aside><article>"
            f"<h1>Uzsākta projekta īstenošana</h1><div class='meta'>{time_html}</div>{_BODY}</article></body></html>")
    text = read_html(html, html_to_text, normalise).pages[0]
    assert text.split("\n")[0] == (first_line or "Uzsākta projekta īstenošana")


def test_a_time_element_already_in_the_main_content_is_not_repeated() -> None:
    html = f"<html><body><article><h1>Virsraksts</h1><p><time>15.03.2019.</time></p>{_BODY}</article></body></html>"
    assert read_html(html, html_to_text, normalise).pages[0].count("15.03.2019.") == 1


def test_unmarked_times_of_a_list_page_date_nothing() -> None:
    html = (f"<html><body><div><time>01.01.2020.</time> Cits</div><div><time>02.01.2020.</time> Vēl</div>"
            f"<div>{_BODY}</div></body></html>")
    text = read_html(html, html_to_text, normalise).pages[0]
    assert not text.startswith(("01.01.2020.", "02.01.2020."))


def test_the_time_element_dates_the_article(tmp_path) -> None:
    import socreport

    (tmp_path / "news.html").write_text(f"<html><body><article><h1>Uzsākta projekta īstenošana</h1>"
                                        f"<time datetime='2019-03-15'>15.03.2019.</time>{_BODY}</article></body></html>",
                                        encoding="utf-8")
    t = socreport.extract(tmp_path)
    assert set(t.sources["published"].dropna().astype(str).str[:10]) == {"2019-03-15"}
    assert t.projects["start_date"].iloc[0].date().isoformat() == "2019-03-01"
