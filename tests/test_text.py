"""Normalisation and Latvian-aware sentences, on real sentences from the seed pages."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from socreport.sources import read_document
from socreport.text import spans_between, SENTENCE_CAP, normalise, sentence_at, sentence_bounds

# -- normalisation -------------------------------------------------------------------------------

NORMALISE = [
    # (raw, normalised, what it shows)
    ("661\u00a0092.24\u00a0EUR", "661 092.24 EUR", "no-break spaces in thousands grouping"),
    ("9\u2009412\u2009350,00 EUR", "9 412 350,00 EUR", "thin spaces"),
    ("1\u202f001\u202f524.17", "1 001 524.17", "narrow no-break spaces"),
    ("17\u2007489,62", "17 489,62", "figure space"),
    ("budžets\u00a0\u00a0 ir", "budžets ir", "space runs collapse"),
    ("Projekta kopējais budžets ir 661 092.24 EUR   ", "Projekta kopējais budžets ir 661 092.24 EUR", "trailing spaces"),
    ("   Individuālā budžeta izmēģinājumprojekta norise", "Individuālā budžeta izmēģinājumprojekta norise",
     "leading spaces (indented titles)"),
    ("līdz\u00ad finansējums", "līdz finansējums", "soft hyphen removed"),
    ("izmēģinājum\u00adprojekts", "izmēģinājumprojekts", "soft hyphen inside a word"),
    ("LLI\u200b-491", "LLI-491", "zero-width space"),
    ("\ufeffProjekts", "Projekts", "byte-order mark"),
    ("Saīsinātais nosaukums: \u201cOCTOPUS\u201d", 'Saīsinātais nosaukums: "OCTOPUS"', "English quotes"),
    ("\u201eAtver sirdi Zemgalē!\u201d", '"Atver sirdi Zemgalē!"', "Latvian low-high quotes"),
    ("\u00abSocQuality\u00bb", '"SocQuality"', "guillemets"),
    ("\u201dJelgavas sociālo lietu pārvalde\u2018\u2019", '"Jelgavas sociālo lietu pārvalde"', "two single quotes as a double"),
    ("\u2019\u2019Sabiedrībā balstītu", '"Sabiedrībā balstītu', "two right single quotes"),
    ("projektu ,,Ģimenes asistenti Jelgavas pilsētā\u201d", 'projektu "Ģimenes asistenti Jelgavas pilsētā"', ",, as opening quote"),
    ("1,,2", "1,,2", "double comma between digits stays"),
    ("Pensioners\u2019 Association", "Pensioners' Association", "apostrophe"),
    ("01.06.2020. \u2013 31.05.2022.", "01.06.2020. \u2013 31.05.2022.", "en dash is the canonical dash"),
    ("Latvijas \u2014 Lietuvas", "Latvijas \u2013 Lietuvas", "em dash becomes en dash"),
    ("2014\u20122020", "2014\u20132020", "figure dash becomes en dash"),
    ("\u2212 5 %", "- 5 %", "minus sign becomes hyphen-minus"),
    ("Zarasai\u2010Daugavpils", "Zarasai-Daugavpils", "hyphen U+2010"),
    ("LLI\u2011491", "LLI-491", "non-breaking hyphen"),
    ("a\r\nb\rc", "a\nb\nc", "CRLF and CR"),
    ("a\u2028b\u2029c\x0cd", "a\nb\nc\nd", "Unicode line and paragraph separators, form feed"),
    ("Pirmais.\n\n\n\n\nOtrais.", "Pirmais.\n\nOtrais.", "blank-line runs collapse"),
    ("\n\n  Teksts  \n\n", "Teksts", "outer blank lines"),
    ("\u00a0\n\nProjekta\n\u00a0\n\u00a0\nmērķis", "Projekta\n\nmērķis", "lines of no-break spaces are blank"),
    ("a\tb", "a b", "tab"),
    ("socia\u0304la\u0304", "sociālā", "NFC: combining macron"),
    ("S\u030cauļu", "Šauļu", "NFC: combining caron"),
    ("ģ = g\u0327", "ģ = ģ", "NFC: combining cedilla"),
    ("teksts\x07\x1b ar\x85vadības\x9f zīmēm", "teksts ar\nvadības zīmēm", "control characters"),
    ("### Projekta akronīms\n\nCareNet", "Projekta akronīms\n\nCareNet", "Markdown heading marks"),
    ("# Title\n## ## Sub", "Title\nSub", "Markdown heading marks, repeated"),
    ("# # #\n#hashtag\n#\nx #1", "# # #\n#hashtag\n#\nx #1", "no heading: marks alone or no space"),
    ("\u2009", "", "only a space"),
    ("", "", "empty"),
]


@pytest.mark.parametrize(("raw", "expected", "why"), NORMALISE, ids=[r[2] for r in NORMALISE])
def test_normalise(raw: str, expected: str, why: str) -> None:
    assert normalise(raw) == expected


def test_every_listed_space_is_a_python_space() -> None:
    from socreport.text import _SPACES

    assert all(ch.isspace() for ch in _SPACES)
    assert normalise("a" + _SPACES + "b") == "a b"


def test_seed_pages_after_normalisation(seed_texts: dict[str, str]) -> None:
    text = normalise(seed_texts["000_a6640382eac6c1fc"])
    assert "Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR" in text
    assert text.startswith("Sociālajam riskam pakļauto bērnu")
    assert 'Nr. LLI-491 "Sociālajam riskam' in text


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_normalise_is_idempotent_and_never_raises(s: str) -> None:
    once = normalise(s)
    assert normalise(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert "\r" not in once and "\u00a0" not in once and "\u00ad" not in once
    assert once == once.strip(" \n")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Projekta", " ", "\u00a0", "\n", "\r\n", "661", "092.24", "EUR", "\u201c", "\u201d",
                                 ",,", "'", "\u2019", "\u2013", "\u2014", "\u00ad", "\u200b", "a", "\u0304", "\t", ".",
                                 "#", "## "]),
                max_size=40))
def test_normalise_idempotent_on_tricky_pieces(parts: list[str]) -> None:
    once = normalise("".join(parts))
    assert normalise(once) == once


# -- sentences -----------------------------------------------------------------------------------

# (seed, span text, expected sentence) — the span is the first occurrence in the normalised page.
SENTENCES = [
    ("000", "661 092.24 EUR",
     "Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR EUR (85%) Eiropas Reģionālā attīstības "
     "fonda (ERAF) finansējums."),
    ("000", "2022. gada 30.novembrim",
     "Projekta īstenošanas laiks: no 2020.gada 1.jūlija līdz 2022. gada 30.novembrim."),
    ("000", "LLI-491",
     "Sociālajam riskam pakļauto bērnu un jauniešu integrācija Jelgavas un Šauļu pilsētas pašvaldībās "
     "(RiskChildren) Nr. LLI-491"),
    ("000", "35 234.80 EUR",
     "Jelgavas pilsētas pašvaldības plānotais projekta budžets ir 352 347.97 EUR, t.sk. 299 495.77 EUR (85%) "
     "ERAF finansējums, 17 617.40 EUR (5%) ir Valsts budžeta dotācija un 35 234.80 EUR (10%) ir Jelgavas "
     "valstspilsētas pašvaldības līdzfinansējums."),
    ("001", "18 mēneši", "Projekta ilgums: 18 mēneši (01.09.2020.-30.06.2023.)"),
    ("001", "800 lietotāju",
     "Abās pašvaldībās ieviesīs virkni jaunu sociālās iekļaušanas pasākumu un sniegs inovatīvus pakalpojumus "
     "(800 lietotāju)."),
    ("001", "(90)",
     "Ar mērķi motivēt un iedvesmot sociālos darbiniekus (90), viņi saņems kvalifikācijas paaugstināšanas mācības "
     "Daugavpilī, vēros labākās sociālās integrācijas prakses Latvijā un Lietuvā, kā arī piedalīsies studiju "
     "vizītē Polijā un Čehijā."),
    ("001", "705 810,00 euro", "Projekta kopējās izmaksas 705 810,00 euro, t.sk.:"),
    ("001", "230 829,40", "• Eiropas Reģionālā attīstības fonda finansējums 85% – 230 829,40 euro;"),
    ("002", "01.06.2020. – 31.05.2022.", "Projekta īstenošanas laiks: 01.06.2020. – 31.05.2022. (24 mēneši)."),
    ("002", "OCTOPUS", 'Saīsinātais nosaukums: "OCTOPUS"'),
    ("002", "vismaz 706",
     "Projekta rezultātā jaunie un uzlabotie multifunkcionālie centri un tajos piedāvāties sociālie pakalpojumi "
     "un iekļaušanas pasākumi Latvijas un Lietuvas reģionos kļūs pieejamāki vismaz 706 cilvēkiem ar "
     "funkcionālajiem traucējumiem, senioriem, ģimenēm ar bērniem ar invaliditāti un bērniem, jauniešiem, kas "
     "pakļauti riskam."),
    ("002", "599 737,33 EUR", "Projekta kopējais finansējums: 705 573,37 EUR (t.sk. ERAF finansējums 599 737,33 EUR)"),
    ("003", "791 256,20 EUR",
     'Projekts "SocQuality" īstenots Interreg V-A Latvijas-Lietuvas pārrobežu sadarbības programmā 2014-2020, '
     "tas tiks īstenots no 2018. gada marta līdz 2020.gada februārim, un projekta kopējais budžets ir "
     "791 256,20 EUR, no kuriem 672 576,74 EUR ir ERAF līdzfinansējums."),
    ("003", "plkst.10.30",
     "Projekta atklāšanas pasākumā 16. maijā plkst.10.30, kas notiks Jelgavas reģionālajā tūrisma informācijas "
     "centrā, piedalīsies Auces novada pašvaldības Attīstības nodaļas vadītājs Ilmārs Matvejs."),
    ("003", "vismaz 1000",
     "Paredzēts ka divu gadu laikā sociālie pakalpojumi un iekļaujošie pasākumi kļūs pieejamāki vismaz 1000 "
     "cilvēkiem ar invaliditāti, bērniem, jauniešiem un senioriem."),
    ("003", "A.Raudonikia",
     "Projektu Zemgales Plānošanas reģions kā vadošais partneris izstrādājis kopā ar partneriem no septiņām "
     "pašvaldībām Latvijā un Lietuvā – Auces, Dobeles, Jaunjelgavas un Viesītes novada pašvaldībām, kā arī "
     "Jonišķu A.Raudonikia Mākslas skolas Atvērto jauniešu centru, Rokišķu Jauniešu centru un Kretingas Dienas "
     "aktivitāšu centru."),
    ("004", "9.2.2.1./15/I/001",
     'Projekta Nr. 9.2.2.1./15/I/001 "Atver sirdi Zemgalē!" mērķis ir Zemgales reģionā palielināt ģimeniskai '
     "videi pietuvinātu un sabiedrībā balstītu sociālo pakalpojumu pieejamību dzīvesvietā personām ar "
     "invaliditāti un bērniem."),
    ("004", "9 412 350,00 EUR",
     "Projekta kopējās izmaksas ir 9 412 350,00 EUR, no kuriem 85% ir ESF līdzfinansējums (8 000 497,43 EUR) "
     "un 15% Valsts budžeta finansējums (1 411 852,57 EUR)."),
    ("004", "2015. gada 1. decembra",
     "Projekta ieviešanas laiks ir no 2015. gada 1. decembra līdz 2023. gada 31. decembrim."),
    ("004", "1 001 524.17 EUR", "Projekta finansējuma apmērs: 1 001 524.17 EUR (80% no projekta finansē"),
    ("004", "LVL 83397.18", "Projekta kopējais finansējums: LVL 83397.18."),
    ("004", "27 mēneši", "Projekta realizācijas laiks: 27 mēneši, sākot no 2015.gada 1.augusta"),
    ("004", "213 jaunieši", "Projektā iesaistāmo mērķa grupas jauniešu maksimālais skaits:213 jaunieši."),
    ("004", "01.02.2018.",
     "Atbalsta personas pakalpojuma izmēģinājumprojekts tika īstenots no 01.02.2018. līdz 30.11.2019., un "
     "šobrīd turpinās pakalpojuma izstrāde."),
    ("004", "(17 489,62 EUR)",
     "90% finansējuma nodrošina EEZ finanšu instrumenti (17 489,62 EUR), ko finansiāli atbalsta Islande, "
     "Lihtenšteina un Norvēģija, bet 10% (1990,00 EUR) Jelgavas pilsētas pašvaldības līdzfinansējums."),
    ("004", "M. Kolneja", "Par šā materiāla saturu atbild projekta vadītāja M. Kolneja"),
    ("004", "5 709 424.00 euro",
     "Projekta kopējais budžets ir 5 709 424.00 euro, no kura 85% finansē Eiropas Sociālais fonds, 15% ir "
     "Valsts budžeta finansējums."),
    ("004", "24 ģimenēm",
     "Pensionāri ģimenēm sagatavoja Ziemassvētku dāvanas, bet par Jaungada pārsteigumu 24 ģimenēm parūpējās "
     "4.vidusskolas bērni un skolotāji, sarūpējot saldumus, par ko mēs pateicamies 4.vidusskolai un personīgi "
     "direktora vietniecei audzināšanas darbā Sanitai Baltiņai."),
    ("004", "u.c. pēc",
     "Izvērtēšanas komandā bija šādi speciālisti – fizikālās medicīnas un rehabilitācijas ārsts, fizioterapeits, "
     "ergoterapeits, psihologs, logopēds un sociālais darbinieks u.c. pēc nepieciešamības."),
    ("004", "t.sk. Jelgavas pilsetas",
     "Projekts tiek īstenots sadarbībā ar 21 Zemgales reģiona pašvaldību, t.sk. Jelgavas pilsetas pašvaldību, "
     'Bērnu sociālās aprūpes centriem un Valsts sociālās aprūpes centru "Zemgale".'),
    ("004", "dr. Ilgas",
     "Projekta gaitā paredzēti arī divi praktiski izglītojoši semināri par medicīnisko rehabilitāciju un bērnu "
     "neiroloģiju ar iespējamām bezmaksas konsultācijām pie rehabitoloģes dr. Ilgas Vilkas un bērnu "
     "neiropatoloģes dr. Ligitas Nukses."),
    ("004", "2014.EEZ/PP?1/MIC/081/043",
     'Projektu "Ģimenes asistenti Jelgavas pilsētā" Nr.2014.EEZ/PP?1/MIC/081/043 administrē Sabiedrības '
     "integrācija fonds."),
    ("004", "Informāciju 12.05.2015.", "Informāciju 12.05.2015. ievietoja un sagatavoja Linda Vecums-Veco t.63048908"),
    ("004", "01.05.2015. -30.04.2016.",
     '01.05.2015. -30.04.2016. Jelgavas Pensionāru biedrība sadarbībā ar Jelgavas pilsētas pašvaldības iestādi '
     '"Jelgavas sociālo lietu pārvalde" realizē'),
    ("004", "23 jaunieši",
     "Projekta mērķa grupa: 23 jaunieši un 2 bērni vecumā no 12 līdz 24 gadiem ar dažādu ģimenes pieredzi "
     "(funkcionāla ģimene, riska ģimene un ārpusģimenes aprūpe)."),
    ("004", "Kovid -19",
     "Tomēr, ņemot vērā Kovid -19 infekcijas izplatību un ieviestos ierobežojumus, izmēģinājumprojekta "
     "īstenošana tika pagarināta par 3 mēnešiem, dalībnieki varēs saņemt atbalstu vēl līdz 2021. gada janvāra "
     "beigām."),
    ("004", "1. 502 personām",
     "1. 502 personām ar garīga rakstura traucējumiem, 510 bērniem ar funkcionāliem traucējumiem un 276 "
     "ārpusģimenes aprūpē esošiem bērniem tiks veikts individuālo vajadzību novērtējums un izstrādāti atbalsta "
     "plāni."),
]


@pytest.fixture(scope="module")
def pages(raw_dir) -> dict[str, str]:
    return {p.name[:3]: read_document(p).text for p in sorted(raw_dir.glob("*.txt"))}


@pytest.mark.parametrize(("seed", "span", "expected"), SENTENCES, ids=[f"{r[0]}:{r[1]}" for r in SENTENCES])
def test_sentence_at_on_seed_pages(pages: dict[str, str], seed: str, span: str, expected: str) -> None:
    text = pages[seed]
    i = text.index(span)
    assert sentence_at(text, i, i + len(span)) == expected


@pytest.mark.parametrize(("seed", "span", "expected"), SENTENCES, ids=[f"{r[0]}:{r[1]}" for r in SENTENCES])
def test_sentence_bounds_agree_with_sentence_at(pages: dict[str, str], seed: str, span: str, expected: str) -> None:
    text = pages[seed]
    i = text.index(span)
    hits = [(s, e) for s, e in sentence_bounds(text) if s < i + len(span) and e > i]
    assert len(hits) == 1
    assert " ".join(text[hits[0][0]:hits[0][1]].split()) == expected


SPLITS = [
    # (text, expected sentences)
    ("Projekts sākās. Tas ilga 24 mēnešus.", ["Projekts sākās.", "Tas ilga 24 mēnešus."]),
    ("Vai projekts sākās? Jā! Tas ilga gadu…  Beidzās.", ["Vai projekts sākās?", "Jā!", "Tas ilga gadu…", "Beidzās."]),
    ('Viņa teica: "Projekts ir labs." "Jā," atbildēja viņš.', ['Viņa teica: "Projekts ir labs."', '"Jā," atbildēja viņš.']),
    ("Budžets ir 661 092.24 EUR. Projekts ilgst 24 mēnešus.", ["Budžets ir 661 092.24 EUR.", "Projekts ilgst 24 mēnešus."]),
    ("Kopā 1,2 milj. EUR no ES.", ["Kopā 1,2 milj. EUR no ES."]),
    ("Kopā 12 tūkst. EUR no ES.", ["Kopā 12 tūkst. EUR no ES."]),
    ("Projekta Nr. LLI-491 sākās.", ["Projekta Nr. LLI-491 sākās."]),
    ("Tika organizēti semināri utt. Projekts beidzās.", ["Tika organizēti semināri utt.", "Projekts beidzās."]),
    ("Nometnes, semināri u.c. Projekts beidzās.", ["Nometnes, semināri u.c.", "Projekts beidzās."]),
    ("Nometnes u.c. pasākumi.", ["Nometnes u.c. pasākumi."]),
    ("Sākās 2020. g. Jūlijā.", ["Sākās 2020. g. Jūlijā."]),
    ("Atbild M. Kolneja. Tālr. 63005560.", ["Atbild M. Kolneja.", "Tālr. 63005560."]),
    ("Līdz 2023. Projekts turpināsies.", ["Līdz 2023.", "Projekts turpināsies."]),
    ("No 01.06.2020. Labklājības ministrija īsteno.", ["No 01.06.2020. Labklājības ministrija īsteno."]),
    ("SAM 9.2.2.1. Specifiskais atbalsta mērķis.", ["SAM 9.2.2.1. Specifiskais atbalsta mērķis."]),
    ("II. Nodaļa par projektu.", ["II. Nodaļa par projektu."]),
    ("Darbs sākās. 2018.gada 1.septembrī notika.", ["Darbs sākās.", "2018.gada 1.septembrī notika."]),
    ("Projekts\nturpinās ar rindas pārnesi.", ["Projekts\nturpinās ar rindas pārnesi."]),
    ("Kontakti:\nAiga Anitena\nProjektu vadītāja", ["Kontakti:", "Aiga Anitena", "Projektu vadītāja"]),
    ("Pirmais punkts;\notrais punkts.", ["Pirmais punkts;", "otrais punkts."]),
    ("Rindkopa viena\n\nrindkopa divi", ["Rindkopa viena", "rindkopa divi"]),
    ("Sk. pielikumu. Projekts.", ["Sk. pielikumu.", "Projekts."]),
    # synthetic (Lithuanian abbreviations): a month or percent abbreviation ends a sentence only before a capital
    ("Projekto trukmė – 24 mėn. (2018-04-01–2020-03-31).", ["Projekto trukmė – 24 mėn. (2018-04-01–2020-03-31)."]),
    ("Pradžia – 2020 m. vasario mėn. Projektas baigsis.", ["Pradžia – 2020 m. vasario mėn.", "Projektas baigsis."]),
    ("ES lėšos sudaro 85 proc. 2020 m. projektas baigtas.", ["ES lėšos sudaro 85 proc. 2020 m. projektas baigtas."]),
    ("Projekto vertė – 1,2 mln. Eur.", ["Projekto vertė – 1,2 mln. Eur."]),
    ("Kontaktai: el. p. info@test.lt", ["Kontaktai: el. p. info@test.lt"]),
    ("", []),
    ("   \n\n  ", []),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS, ids=[s[0][:40] or "empty" for s in SPLITS])
def test_sentence_bounds_table(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentence_bounds(text)] == expected


def test_long_sentence_is_cut_around_the_span() -> None:
    words = " ".join(f"vārds{i}" for i in range(400))
    text = f"{words} 661 092.24 EUR {words}."
    i = text.index("661 092.24 EUR")
    got = sentence_at(text, i, i + 14)
    assert "661 092.24 EUR" in got
    assert got.startswith("… ") and got.endswith(" …")
    assert len(got) <= SENTENCE_CAP + 4
    # cut at spaces, never inside a word
    assert got.split()[1].startswith("vārds") and got.split()[-2].startswith("vārds")


def test_sentence_at_span_across_sentences_and_edges() -> None:
    text = "Pirmais teikums. Otrais teikums.\n\nTrešais."
    assert sentence_at(text, 10, 20) == "Pirmais teikums. Otrais teikums."
    assert sentence_at(text, 0, 0) == "Pirmais teikums."
    assert sentence_at(text, -5, 3) == "Pirmais teikums."
    assert sentence_at(text, len(text), len(text) + 10) == "Trešais."
    assert sentence_at(text, 32, 34) == ""  # only the blank line between paragraphs


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcĀā XYZ.!?\n\"'0123456789,:;-–()")), max_size=300), st.data())
def test_sentence_at_always_contains_the_span(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, min(len(text), start + 80)))
    got = sentence_at(text, start, end)
    assert " ".join(text[start:end].split()) in got
    assert "\n" not in got


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_sentence_bounds_never_raise_and_are_ordered_spans(text: str) -> None:
    bounds = sentence_bounds(text)
    prev = 0
    for s, e in bounds:
        assert prev <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        prev = e


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_sentence_at_on_seed_text_contains_span(pages: dict[str, str], data: st.DataObject) -> None:
    text = pages[data.draw(st.sampled_from(sorted(pages)))]
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start, min(len(text), start + 120)))
    assume(text[start:end].strip())
    assert " ".join(text[start:end].split()) in sentence_at(text, start, end)


def _bounds_line_by_line(text: str) -> list[tuple[int, int]]:
    """sentence_bounds with the sentence-final punctuation searched line by line (the plain way)."""
    from socreport.text import _soft_wrap, _splits_in_line

    lines, pos = [], 0
    while True:
        nl = text.find("\n", pos)
        lines.append((pos, len(text) if nl < 0 else nl))
        if nl < 0:
            break
        pos = nl + 1
    cuts = [0]
    for idx, (a, b) in enumerate(lines):
        cuts.extend(_splits_in_line(text, a, b))
        if idx + 1 < len(lines):
            na, nb = lines[idx + 1]
            if a == b or na == nb or not _soft_wrap(text[a:b], text[na:nb]):
                cuts.append(na)
    cuts.append(len(text))
    return spans_between(text, cuts)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["Projekts tika īstenots.", " Tas", " t.sk.", " 2020.", "\n", "\n\n", "!", "?", "…",
                                 "\"", "'", ")", " ", "A", "b", "1.", " Nr.", " (", "x.\n", "LLI-491."]),
                max_size=16).map("".join))
def test_sentence_bounds_equal_the_line_by_line_scan(text: str) -> None:
    """One punctuation scan over the whole text gives the sentences of the line-by-line scan."""
    assert sentence_bounds(text) == _bounds_line_by_line(text)


def test_sentence_index_agrees_with_sentence_at(seed_texts):
    from socreport.parse import find_facts
    from socreport.text import SentenceIndex

    for raw in seed_texts.values():
        text = normalise(raw)
        index = SentenceIndex(text)
        spans = [(f.start, f.end) for f in find_facts(text)] + [(0, 5), (len(text) - 3, len(text))]
        for start, end in spans:
            assert index.of(start, end) == sentence_at(text, start, end)


def test_sentence_index_cuts_long_sentences_around_the_span():
    from socreport.text import SentenceIndex

    text = "Projekta izmaksas " + ", ".join(f"pozīcija {i}" for i in range(200)) + " ir 100 EUR."
    start = text.index("100 EUR")
    got = SentenceIndex(text).of(start, start + 7)
    assert got == sentence_at(text, start, start + 7) and "100 EUR" in got and len(got) <= 610
