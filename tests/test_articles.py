"""Splitting pages into articles: the seed pages, the marker rules, publication dates, repeats."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socreport.articles import Article, split_articles
from socreport.parse.lexicon import load
from socreport.sources import read_document


@pytest.fixture(scope="module")
def pages(raw_dir) -> dict[str, str]:
    return {p.name[:3]: read_document(p).text for p in sorted(raw_dir.glob("*.txt"))}


def _covers(text: str, arts: list[Article]) -> bool:
    if not arts or arts[0].start != 0 or arts[-1].end != len(text):
        return False
    return all(a.end == b.start for a, b in zip(arts, arts[1:])) and all(a.index == i for i, a in enumerate(arts))


# -- the seed pages ------------------------------------------------------------------------------

@pytest.mark.parametrize(("seed", "count"), [("000", 1), ("001", 1), ("002", 1), ("003", 1), ("004", 28)])
def test_articles_per_seed(pages: dict[str, str], seed: str, count: int) -> None:
    arts = split_articles(pages[seed])
    assert len(arts) == count
    assert _covers(pages[seed], arts)


@pytest.mark.parametrize("seed", ["000", "001", "002", "003"])
def test_single_project_pages_have_no_date_and_no_repeat(pages: dict[str, str], seed: str) -> None:
    (art,) = split_articles(pages[seed])
    assert (art.published, art.duplicate_of) == (None, None)


# (index, a phrase only that article holds, publication date) for the Jelgava page, read by hand.
JELGAVA = [
    (0, "Noslēdzies individuālā budžeta izmēģinājumprojekts", dt.date(2021, 2, 12)),
    (1, "Individuālā budžeta izmēģinājumprojekta norise 2020. gadā", dt.date(2020, 12, 16)),
    (2, 'Projekta Nr. 9.2.2.1./15/I/001 "Atver sirdi Zemgalē!"', dt.date(2020, 12, 8)),
    (3, "Atbalsta personas pakalpojums individuāla budžeta izmēģinājumprojektā", dt.date(2020, 9, 21)),
    (4, "Pēc ārkārtējā stāvokļa atcelšanas valstī tiek atsākta pakalpojumu nodrošināšana", dt.date(2020, 6, 25)),
    (5, "notiek arī ārkārtas situācijā", dt.date(2020, 3, 31)),
    (6, "Cilvēki ar garīga rakstura traucējumiem sāk saņemt atbalstu", dt.date(2019, 12, 9)),
    (7, "Ir noslēdzies ESF projekta Nr.9.2.2.2./16/I/001", dt.date(2019, 11, 7)),
    (8, "Pašvaldības gatavojas atbalsta sniegšanai pilngadīgām personām", dt.date(2019, 9, 24)),
    (9, "Izmēģinājumprojekts tuvojas noslēgumam", dt.date(2019, 9, 23)),
    (10, "Izmēģinājuma projektam ir pozitīvi rezultāti", dt.date(2019, 7, 29)),
    (11, "Noslēdzies individuālā budžeta izmēģinājumprojekts", dt.date(2021, 2, 12)),
    (12, "Bērniem ar invaliditāti uzlabo dzīves kvalitāti", dt.date(2019, 6, 14)),
    (13, "Pakalpojuma saņemšanas iespējas un izaicinājumi", dt.date(2019, 3, 13)),
    (14, '"Jelgavas sociālo lietu pārvalde" piedalās Individuālā budžeta', dt.date(2018, 11, 23)),
    (15, "Jelgavas pašvaldība iesaistījusies Individuālā budžeta modeļa", dt.date(2018, 9, 14)),
    (16, "2018.gada janvāris bija pēdējais mēnesis", None),
    (17, "Pamatojoties uz Labklājības ministrijas iepirkuma", None),
    (18, 'Projekts: "PROTI un DARI!"', None),
    (19, "Projekta kopējais budžets ir 5 709 424.00 euro", None),
    (20, '"Ģimenes asistenti Jelgavas pilsētā" – finiša taisnē', None),
    (21, "No teorijas pie prakses", None),
    (22, "Projekta līguma numurs: VS/2015/0206", None),
    (23, "Projekta budžets: 100% (1845.09 EUR)", dt.date(2015, 9, 23)),
    (24, "Project budget: 90% (17 489.62 EUR)", dt.date(2015, 5, 12)),
    (25, "IEGULDĪJUMS TAVĀ NĀKOTNĒ", None),
    (26, "romu tautības ģimenēm", None),
    (27, 'Projekts: "Drošības poga Zemgalē"', None),
]


@pytest.mark.parametrize(("index", "phrase", "published"), JELGAVA, ids=[f"{r[0]}" for r in JELGAVA])
def test_jelgava_articles(pages: dict[str, str], index: int, phrase: str, published: dt.date | None) -> None:
    text = pages["004"]
    arts = split_articles(text)
    art = arts[index]
    assert phrase in text[art.start:art.end]
    assert art.published == published
    others = [a for a in arts if a.index != index and a.duplicate_of is None and index != a.duplicate_of
              and arts[index].duplicate_of != a.index]
    assert not any(phrase in text[a.start:a.end] for a in others)


def test_jelgava_repeat_is_detected(pages: dict[str, str]) -> None:
    arts = split_articles(pages["004"])
    assert {a.index: a.duplicate_of for a in arts if a.duplicate_of is not None} == {11: 0}


def test_jelgava_page_chrome_joins_the_first_article(pages: dict[str, str]) -> None:
    text = pages["004"]
    first = split_articles(text)[0]
    assert text[first.start:first.end].startswith("5 °C, 4.9 m/s, 86.5 %")


def test_jelgava_article_ends_with_its_publication_or_separator_line(pages: dict[str, str]) -> None:
    text = pages["004"]
    for art in split_articles(text)[:16]:
        last = text[art.start:art.end].rstrip().splitlines()[-1]
        assert last.startswith(("Publicē", "____")), last


# -- marker rules --------------------------------------------------------------------------------

BODY1 = ("Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR (85%) Eiropas Reģionālā attīstības "
         "fonda (ERAF) finansējums.")
BODY2 = ("Projekta kopējās izmaksas ir 9 412 350,00 EUR, no kuriem 85% ir ESF līdzfinansējums (8 000 497,43 EUR) "
         "un 15% Valsts budžeta finansējums (1 411 852,57 EUR).")
BODY3 = "Projekta īstenošanas laiks: 01.06.2020. – 31.05.2022. (24 mēneši), vadošais partneris Zemgales reģions."


def _texts(text: str, arts: list[Article]) -> list[str]:
    return [text[a.start:a.end].strip() for a in arts]


def test_page_without_markers_is_one_article() -> None:
    text = f"Virsraksts\n\n{BODY1}\n\n{BODY2}"
    assert split_articles(text) == [Article(0, 0, len(text), None, None)]


def test_empty_text_is_one_empty_article() -> None:
    assert split_articles("") == [Article(0, 0, 0, None, None)]


@pytest.mark.parametrize("rule", ["___", "-----", "=====", "* * *", "***", "~~~~", "–––", "─────", "  ______  ", "###"])
def test_separator_lines(rule: str) -> None:
    text = f"{BODY1}\n\n{rule}\n\n{BODY2}"
    arts = split_articles(text)
    assert len(arts) == 2
    assert _texts(text, arts)[1] == BODY2


@pytest.mark.parametrize("line", ["--", "- punkts", "_ _", "-=-=-=", "__init__"])
def test_not_separator_lines(line: str) -> None:
    text = f"{BODY1}\n{line}\n{BODY2}"
    assert len(split_articles(text)) == 1


@pytest.mark.parametrize("image", ["projekta_logo.png", "ES_logo.JPG", "aloja.lv_projekts.jpg", "asd.jpeg", "foto-1.webp"])
def test_image_line_starts_an_article(image: str) -> None:
    text = f"{BODY1}\n\n{image}\n\nVirsraksts\n\n{BODY2}"
    arts = split_articles(text)
    assert _texts(text, arts) == [BODY1, f"{image}\n\nVirsraksts\n\n{BODY2}"]


def test_image_name_followed_by_title_starts_an_article() -> None:
    text = f"{BODY1}\n\nprojekta_logo.png Atbalsta personas pakalpojums\n\n{BODY2}"
    assert _texts(text, split_articles(text))[1].startswith("projekta_logo.png Atbalsta")


def test_image_name_inside_a_paragraph_is_not_a_marker() -> None:
    text = f"{BODY1} modeli.projekta_logo.png\n\n{BODY2}"
    assert len(split_articles(text)) == 1


def test_title_before_image_joins_the_next_article() -> None:
    text = f"{BODY1}\n\n_____\n\nJauns virsraksts\n\nfoto.jpg\n\n{BODY2}"
    arts = split_articles(text)
    assert _texts(text, arts)[1].startswith("Jauns virsraksts\n\nfoto.jpg")


def test_trailing_fragment_without_letters_joins_the_previous_article() -> None:
    text = f"{BODY1}\nInformāciju 23.09.2015. ievietoja Linda t.6304890\n8\n\njpb.png\n\n{BODY2}"
    arts = split_articles(text)
    assert len(arts) == 2
    assert _texts(text, arts)[0].endswith("t.6304890\n8")
    assert arts[0].published == dt.date(2015, 9, 23) and arts[1].published is None


def test_footer_publication_lines_close_articles() -> None:
    text = f"{BODY1}\n\nPublicēts: 12.02.2021.\n\n{BODY2}\n\nPublicēšanas datums: 21.09.2020.\n\n{BODY3}"
    arts = split_articles(text)
    assert [a.published for a in arts] == [dt.date(2021, 2, 12), dt.date(2020, 9, 21), None]
    assert _texts(text, arts)[2] == BODY3


def test_header_publication_lines_open_articles() -> None:
    text = (f"Publicēts: 12.02.2021.\nPirmais virsraksts\n{BODY1}\n\n"
            f"Publicēts: 21.09.2020.\nOtrais virsraksts\n{BODY2}\n\n"
            f"Datums: 2019-07-29\nTrešais virsraksts\n{BODY3}")
    arts = split_articles(text)
    assert [a.published for a in arts] == [dt.date(2021, 2, 12), dt.date(2020, 9, 21), dt.date(2019, 7, 29)]
    assert [t.splitlines()[1] for t in _texts(text, arts)] == ["Pirmais virsraksts", "Otrais virsraksts",
                                                               "Trešais virsraksts"]


def test_header_layout_voted_by_separators_despite_page_chrome() -> None:
    chrome = "Jaunumi par sociālajiem pakalpojumiem Jelgavas pilsētā un novadā, visi projekti vienuviet"
    text = (f"{chrome}\n\nPublicēts: 12.02.2021.\nPirmais virsraksts\n{BODY1}\n\n_____\n\n"
            f"Publicēts: 21.09.2020.\nOtrais virsraksts\n{BODY2}")
    arts = split_articles(text)
    assert [a.published for a in arts] == [None, dt.date(2021, 2, 12), dt.date(2020, 9, 21)]
    assert _texts(text, arts)[0] == chrome


def test_footer_layout_voted_by_separators_despite_short_first_article() -> None:
    text = (f"Īss paziņojums par projektu.\nPublicēts: 12.02.2021.\n\n_____\n\n{BODY1}\n"
            f"Publicēts: 21.09.2020.\n\n_____\n\n{BODY2}\nPublicēts: 01.06.2020.")
    arts = split_articles(text)
    assert [a.published for a in arts] == [dt.date(2020, 9, 21), dt.date(2020, 6, 1)]
    assert _texts(text, arts)[0].startswith("Īss paziņojums")


def test_single_article_with_date_first() -> None:
    text = f"Pievienots: 03/04/2018\n\n{BODY1}\n\n{BODY2}"
    (art,) = split_articles(text)
    assert art.published == dt.date(2018, 4, 3)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Publicēts: 12.02.2021.", dt.date(2021, 2, 12)),
        ("Publicēts 12.02.2021.", dt.date(2021, 2, 12)),
        ("  PUBLICĒTS: 1.6.2020", dt.date(2020, 6, 1)),
        ("Publicēts: 12.02.2021. 10:35", dt.date(2021, 2, 12)),
        ("Publicēšanas datums: 09.12.2019.", dt.date(2019, 12, 9)),
        ("Informāciju 12.05.2015. ievietoja un sagatavoja Linda Vecums-Veco t.63048908", dt.date(2015, 5, 12)),
        ("Datums: 2020-07-01", dt.date(2020, 7, 1)),
        ("Pievienots: 01/03/2018", dt.date(2018, 3, 1)),
        ("Published: 30.11.2022", dt.date(2022, 11, 30)),
        ("Publicēts: 31.02.2020.", None),  # not a calendar date
    ],
)
def test_publication_dates(line: str, date: dt.date | None) -> None:
    text = f"{BODY1}\n{line}\n\n{BODY2}"
    arts = split_articles(text)
    assert len(arts) == 2
    assert arts[0].published == date


def test_dated_news_list_gives_one_article_per_date_line() -> None:
    # a real page (development part): news items each opened by a date alone on its line
    items = ["2010 birželio 22", f"{BODY1}", "2009 spalio 12", f"{BODY2}", "2008 lapkričio 24", f"{BODY1} {BODY2}"]
    arts = split_articles("\n".join(items))
    assert [a.published for a in arts] == [dt.date(2010, 6, 22), dt.date(2009, 10, 12), dt.date(2008, 11, 24)]


@pytest.mark.parametrize("text", [
    # fact box: the date is the value of the label line above it
    f"Kvietimo numeris\n\n21-411-P\n\nSutarties įsigaliojimo data\n\n2025-07-17 00:00\n\n{BODY1}\n\n"
    f"Veiklų vykdymo pabaigos data\n\n2026-10-31 00:00\n\n{BODY2}",
    # a heading without final punctuation, then a date: the date is no cut
    f"Parakstīts līgums par dienas aprūpes centra projekta īstenošanu\n06.11.2019.\n{BODY1}\n{BODY2}",
])
def test_date_lines_after_labels_are_values(text: str) -> None:
    assert len(split_articles(text)) == 1


@pytest.mark.parametrize("line", ["Publicēts rakstā par 2020. gadu", "Projekts publicēts: 12.02.2021.",
                                  "Datums nav zināms", "Publicēts: 12.02.21"])
def test_not_publication_lines(line: str) -> None:
    text = f"{BODY1}\n{line}\n\n{BODY2}"
    assert [a.published for a in split_articles(text)] == [None]


def test_every_publication_template_in_the_lexicon_is_recognised() -> None:
    rows = [r for r in load("article_markers") if r["kind"] == "publication"]
    assert len(rows) >= 8
    for r in rows:
        line = r["value"].replace("{date}", "07.11.2019.")
        arts = split_articles(f"{BODY1}\n{line}\n\n{BODY2}")
        assert arts[0].published == dt.date(2019, 11, 7), r["value"]


# -- repeats -------------------------------------------------------------------------------------

def test_repeat_ignores_image_names_labels_and_case() -> None:
    a = f"projekta_logo.png\n\nNoslēdzies izmēģinājumprojekts ar labiem rezultātiem\n\n{BODY1}\n\nPublicēts: 12.02.2021."
    b = (f"foto.jpg\n\nNOSLĒDZIES IZMĒĢINĀJUMPROJEKTS ar labiem rezultātiem!\n\n{BODY1}\n\nPublicēts 12.02.2021.")
    text = f"{a}\n\n____\n\n{BODY2}\n\n____\n\n{b}"
    arts = split_articles(text)
    assert [x.duplicate_of for x in arts] == [None, None, 0]


def test_different_articles_are_not_repeats() -> None:
    text = f"{BODY1}\n\n_____\n\n{BODY2}\n\n_____\n\n{BODY1} Papildu teikums par projektu."
    assert [x.duplicate_of for x in split_articles(text)] == [None, None, None]


TWIN = ("Projekts {code} \"Sociālo pakalpojumu attīstība pierobežā\" tika uzsākts. Projekta kopējais "
        "budžets ir {amount} EUR, no kuriem ERAF finansējums ir 85 %.")


@pytest.mark.parametrize("first, second, repeat", [
    # the same words, different numbers: two projects (a real page lists sibling projects like this)
    ({"code": "LLI-101", "amount": "100 000"}, {"code": "LLI-202", "amount": "900 000"}, False),
    ({"code": "LLI-101", "amount": "100 000"}, {"code": "LLI-101", "amount": "900 000"}, False),
    ({"code": "LLI-101", "amount": "100 000"}, {"code": "LLI-102", "amount": "100 000"}, False),
    # the same text, spaced and punctuated differently: a repeat
    ({"code": "LLI-101", "amount": "100 000"}, {"code": "LLI 101", "amount": "100000"}, True),
    ({"code": "LLI-101", "amount": "100 000"}, {"code": "lli-101", "amount": "100 000"}, True),
])
def test_repeats_compare_numbers_too(first: dict, second: dict, repeat: bool) -> None:
    text = f"{TWIN.format(**first)}\n\nPublicēts: 12.02.2021.\n\n_____\n\n{TWIN.format(**second)}\n\nPublicēts: 15.03.2021."
    arts = split_articles(text)
    assert [x.duplicate_of for x in arts] == [None, 0 if repeat else None]


def test_repeat_of_a_long_paragraph_differing_only_in_the_middle_is_not_a_repeat() -> None:
    words = " ".join(["projekta aktivitātes"] * 60)
    a, b = f"{words} 100 EUR {words}", f"{words} 900 EUR {words}"
    assert [x.duplicate_of for x in split_articles(f"{a}\n\n_____\n\n{b}")] == [None, None]


def test_third_copy_points_to_the_first() -> None:
    text = "\n\n_____\n\n".join([BODY1, BODY2, BODY1, BODY1])
    assert [x.duplicate_of for x in split_articles(text)] == [None, None, 0, 0]


# -- properties ----------------------------------------------------------------------------------

MARKER_LINES = ["_____", "-----", "projekta_logo.png", "ES_logo.JPG Virsraksts", "Publicēts: 12.02.2021.",
                "Publicēšanas datums: 31.02.2020.", "Datums: 2020-07-01", "", " ", BODY1, BODY2, BODY3,
                "Īss virsraksts", "8", "Informāciju 23.09.2015. ievietoja", "Citi jaunumi", "Related news:",
                "• Kitos naujienos"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MARKER_LINES), max_size=40))
def test_articles_cover_marker_pages_without_gaps(lines: list[str]) -> None:
    text = "\n".join(lines)
    arts = split_articles(text)
    assert _covers(text, arts)
    for a in arts:
        assert a.duplicate_of is None or (a.duplicate_of < a.index and arts[a.duplicate_of].duplicate_of is None)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=500))
def test_articles_cover_any_text(text: str) -> None:
    assert _covers(text, split_articles(text))


@settings(max_examples=50, deadline=None)
@given(st.data())
def test_articles_cover_mutated_seed(pages: dict[str, str], data: st.DataObject) -> None:
    text = pages["004"]
    cut = data.draw(st.integers(0, len(text)))
    junk = data.draw(st.text(max_size=50))
    mutated = text[:cut] + junk + text[cut:]
    assert _covers(mutated, split_articles(mutated))


@pytest.mark.parametrize("line,expected", [
    ("Publicēts: 2021. gada 12. februārī", dt.date(2021, 2, 12)),
    ("Publicēšanas datums: 2020.gada 21.septembrī.", dt.date(2020, 9, 21)),
    ("Datums: 2019. gada 3. maijs", dt.date(2019, 5, 3)),
    ("Publicēts 2018. gada 14. septembrī", dt.date(2018, 9, 14)),
    ("Publicēts: vakar", None),
    ("Publicēts: 2021. gada februārī", None),  # a month is not a publication day
])
def test_publication_dates_in_words(line, expected):
    text = ("Raksts par projektu ar pietiekami daudz burtiem, lai to uzskatītu par rakstu, nevis virsrakstu.\n\n"
            f"{line}\n")
    assert split_articles(text)[0].published == expected


# -- lists of projects (synthetic variations of the Lithuanian municipality lists) and site chrome ---

LIST_PAGE = ("Įgyvendinami projektai\n\n"
             "1. Projektas „Socialinio būsto fondo plėtra Zarasų rajone“\n"
             "Projekto vertė – 820 000 Eur. ES lėšos – 697 000 Eur.\n\n"
             "2. Projektas „Integrali pagalba į namus Zarasų rajone“\n"
             "Projekto vertė – 210 500,00 Eur, iš jų Europos socialinio fondo lėšos – 178 925,00 Eur.\n\n"
             "3) Project No. LLI-525\nTotal budget: EUR 95 000, ERDF co-financing EUR 80 750 in the border region.\n")


def test_items_of_a_list_of_projects_are_articles() -> None:
    arts = split_articles(LIST_PAGE)
    assert _covers(LIST_PAGE, arts)
    texts = _texts(LIST_PAGE, arts)
    assert len(arts) == 3
    assert texts[0].startswith("Įgyvendinami projektai\n\n1. Projektas")  # the list's heading joins the first item
    assert texts[1].startswith("2. Projektas") and texts[2].startswith("3) Project No. LLI-525")


def test_bulleted_items_of_a_list_of_projects_are_articles() -> None:
    item = "• Projektas „{t}“\nProjekto vertė – 100 000 Eur, iš jų ES lėšos – 85 000 Eur ir kitos lėšos.\n"
    text = item.format(t="Dienos centras") + item.format(t="Socialinis būstas")
    assert len(split_articles(text)) == 2
    # bulleted facts of one project are no items
    facts = "• Projekto išlaidų suma: 377 799,71 Eur\n• Projekto trukmė: 24 mėn., pradžia 2019 m. ir kitos detalės\n"
    assert len(split_articles(facts)) == 1
    # a bulleted fact box: its number label and its title label are no two items (bug caught)
    box = ("• Projekta Nr.: 16-02-AL06-A019.2201-000013\n• Projekta iesniedzēja nosaukums: Saldus novada pašvaldība\n"
           "• Projekta nosaukums: Dienas centra izveide Ezerē\n• Kopējais finansējums: 19999.34 EUR\n")
    assert len(split_articles(box)) == 1
    # a bulleted date alone on its line dates the news item it opens (bug caught)
    assert [a.published for a in split_articles(f"• 2010 birželio 22\n{BODY1}\n• 2009 spalio 12\n{BODY2}")] == [
        dt.date(2010, 6, 22), dt.date(2009, 10, 12)]


def test_short_items_that_name_their_project_number_are_articles() -> None:
    # an item naming its project's number is an article however short; a number right after the noun
    text = ("Pašvaldībā īstenotie projekti:\n1. Projekts Nr. 9.2.2.1/15/I/031 “Atbalsts ģimenēm”.\n"
            "2. Projekts Nr. 9.3.1.1/19/I/044 “Dienas centrs”.\n")
    assert len(split_articles(text)) == 2
    text = "Project LLI-584 “Safe roads”\nTotal budget: 100 000 EUR\nProject LLI-585 “Active seniors”\nTotal: 8 EUR\n"
    assert [a.start for a in split_articles(text)] == [0, text.index("Project LLI-585")]
    # short items naming no number still join their neighbours
    assert len(split_articles("1. Projekts “Atbalsts”.\n2. Projekts “Centrs”.\n")) == 1


def test_cards_that_each_open_with_a_title_label_are_articles() -> None:
    card = "Projekto pavadinimas: {t}\nProjekto vertė – 100 000 Eur, iš jų ES lėšos – 85 000 Eur ir kitos lėšos.\n\n"
    text = card.format(t="Dienos centras") + card.format(t="Socialinis būstas")
    assert len(split_articles(text)) == 2


@pytest.mark.parametrize("text", [
    # one item line is no list
    "1. Projektas „Socialinio būsto fondo plėtra“\nProjekto vertė – 820 000 Eur. ES lėšos – 697 000 Eur ir daugiau teksto.",
    # numbered lines that do not name a project: activities, results
    "1. Projekta aktivitātes: semināri un apmācības jauniešiem visā novadā.\n"
    "2. Projekta rezultāti: izveidots dienas centrs un nodrošināti pakalpojumi.\n",
])
def test_numbered_lines_that_are_no_list_of_projects(text: str) -> None:
    assert len(split_articles(text)) == 1


def test_date_after_navigation_line_is_a_publication_line() -> None:
    text = f"Sākums / Jaunumi\n\n15.03.2019.\n\n{BODY1}"
    (art,) = split_articles(text)
    assert art.published == dt.date(2019, 3, 15)


@pytest.mark.parametrize(("text", "starts"), [
    # synthetic (en): unnumbered headings of a list of projects open articles ...
    ('Project "Green Care" (LLI-101)\nTotal budget: EUR 400 000\nERDF: EUR 340 000\n\n'
     'Project "Blue Care" (LLI-102)\nTotal budget: EUR 600 000\nERDF: EUR 510 000\n', ['Project "Green', 'Project "Blue']),
    # ... but a paragraph opening with the project's name is text, and a fact box's label is no heading
    ('Project "Green Care" held its final conference in Riga on 5 May, where partners presented the results.\n'
     'Project "Green Care" was co-financed by the ERDF and the state budget of Latvia and of Lithuania.\n', ['Project "Green']),
    ("Projekta Nr.: 16-02-AL06-A019.2201-000013\nProjekta nosaukums: Dienas centra izveide Ezerē, kas kalpos vietējai "
     "kopienai un sociālajiem darbiniekiem\n", ["Projekta Nr."]),
])
def test_unnumbered_project_headings_open_articles(text: str, starts: list[str]) -> None:
    assert [text[a.start:a.end].lstrip()[:len(s)] for a, s in zip(split_articles(text), starts)] == starts
    assert len(split_articles(text)) == len(starts)


_BOX = ("Projekta iesniegšanas gads: 2016\nKārta: I\nProjekta Nr.: {code}\nProjekta nosaukums: {title}\n"
        "Kopējais finansējums: {total} EUR\nPubliskais/ELFLA finansējums: {eu} EUR\n")


@pytest.mark.parametrize(("text", "starts"), [
    # fact boxes of a list (a LEADER results page): a box whose title label is not its first line is
    # opened by its first line, so the number above the title stays with its project
    (_BOX.format(code="16-02-AL06-A019.2201-000013", title="Dienas centra izveide", total="19999.34", eu="17999.41")
     + "\n" + _BOX.format(code="16-02-AL06-A019.2201-000014", title="Sporta laukums", total="9000.00", eu="8100.00"),
     ["Projekta iesniegšanas gads: 2016\nKārta: I\nProjekta Nr.: 16-02-AL06-A019.2201-000013",
      "Projekta iesniegšanas gads: 2016\nKārta: I\nProjekta Nr.: 16-02-AL06-A019.2201-000014"]),
    # boxes that open with their title label and follow each other without a blank line keep their
    # cuts at the title labels: a box line above a title is the previous box's
    ("Projekto pavadinimas: Dienos centras\nProjekto vertė: 100 000 Eur, iš jų ES lėšos – 85 000 Eur ir kitos lėšos.\n"
     "Projekto pavadinimas: Socialinis būstas\nProjekto vertė: 200 000 Eur, iš jų ES lėšos – 170 000 Eur ir kitos lėšos.\n",
     ["Projekto pavadinimas: Dienos", "Projekto pavadinimas: Socialinis"]),
])
def test_a_list_item_opens_at_the_top_of_its_fact_box(text: str, starts: list[str]) -> None:
    arts = split_articles(text)
    assert [text[a.start:a.end][:len(s)] for a, s in zip(arts, starts)] == starts
    assert len(arts) == len(starts)


# -- lists of the site's other items after (or before) the article ---------------------------------

ARTICLE_LV = ("Ludzas novada pašvaldība uzsākusi projekta “Atbalsts senioriem” īstenošanu. Projekta kopējās "
              "izmaksas ir 120 000 EUR, no tām ERAF finansējums – 102 000 EUR.")
ARTICLE_EN = ("Utena District Municipality has started the project “Care at Home”. The total budget of the project "
              "is EUR 120,000, of which ERDF co-financing is EUR 102,000.")
ARTICLE_LT = ("Utenos rajono savivaldybė pradėjo įgyvendinti projektą „Pagalba namuose“. Projekto vertė – "
              "120 000 Eur, iš jų ES lėšos – 102 000 Eur.")
# (page, a phrase of the article, phrases of the list of other items): the shapes sites give them
OTHER_ITEMS = [
    (f"{ARTICLE_LV}\n\nCiti jaunumi\nNovada svētki pulcēja 2000 apmeklētāju\n12.05.2021.\n"
     "Atklāts jauns bērnu rotaļu laukums\n03.04.2021.\n", "Atbalsts senioriem",
     ["2000 apmeklētāju", "rotaļu laukums"]),
    (f"{ARTICLE_LV}\n\nSaistītie raksti:\n• Projektā “Drošs ceļš” piedalījās 300 skolēnu\n"
     "• Noslēdzies projekts LLI-525\n", "Atbalsts senioriem", ["300 skolēnu", "LLI-525"]),
    (f"{ARTICLE_EN}\n\nRelated news\nTown festival gathered 2,000 visitors\n12 May 2021\n"
     "New playground opened… Read more\n", "Care at Home", ["2,000 visitors", "playground"]),
    (f"{ARTICLE_LT}\n\nKitos naujienos\nMiesto šventė sutraukė 2000 lankytojų\n2021-05-12\n"
     "Atidaryta nauja vaikų žaidimų aikštelė\n2021-04-03\n", "Pagalba namuose", ["2000 lankytojų", "aikštelė"]),
    (f"{ARTICLE_LT}\n\nTaip pat skaitykite\n1. Projektas „Socialinio būsto plėtra“\n"
     "2. Projektas „Jaunimo centras“\n", "Pagalba namuose", ["Socialinio būsto", "Jaunimo centras"]),
]


@pytest.mark.parametrize(("text", "kept", "listed"), OTHER_ITEMS, ids=["lv", "lv-bullets", "en", "lt", "lt-items"])
def test_a_list_of_other_items_is_an_article_of_its_own_marked_so(text: str, kept: str, listed: list[str]) -> None:
    arts = split_articles(text)
    assert _covers(text, arts)
    own = [text[a.start:a.end] for a in arts if not a.other_items]
    assert any(kept in t for t in own)
    assert not any(phrase in t for t in own for phrase in listed)
    assert sum(a.other_items for a in arts) == 1


def test_the_article_s_prose_after_a_list_of_other_items_is_its_own_again() -> None:
    """A side column printed before the article: the list ends at the first paragraph of prose."""
    text = ("Jaunākās ziņas\nNovada svētki pulcēja 2000 apmeklētāju\nAtklāts jauns bērnu rotaļu laukums\n\n"
            f"Projekts “Atbalsts senioriem”\n\n{ARTICLE_LV} Projekta īstenošanas laiks: 01.06.2020. – 31.05.2022.\n")
    arts = split_articles(text)
    listed = [text[a.start:a.end] for a in arts if a.other_items]
    own = "".join(text[a.start:a.end] for a in arts if not a.other_items)
    assert len(listed) == 1 and "2000 apmeklētāju" in listed[0]
    assert ARTICLE_LV in own


@pytest.mark.parametrize("line", ["Citi jaunumi par projektu “Atbalsts senioriem” lasāmi sadaļā Projekti.",
                                  "Related news about the project will follow.", "Jaunumi", "Kitos naujienos: 5",
                                  "Projekta jaunumi"])
def test_lines_that_are_no_heading_of_other_items(line: str) -> None:
    text = f"{ARTICLE_LV}\n\n{line}\n{ARTICLE_LV.replace('120 000', '130 000')}\n"
    assert not any(a.other_items for a in split_articles(text))
