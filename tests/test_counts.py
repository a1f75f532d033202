"""Counts of people, families and staff: real sentences from the seed pages, negatives, properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socreport.parse.counts import find_counts, parse_count
from socreport.parse.spans import Count

P, F, S, O = "people", "families", "staff", "other"

# (sentence from a seed page, expected [(raw span, n, group, qualifier, kind)])
SEED_SENTENCES = [
    ("Projekta rezultātā jaunie un uzlabotie multifunkcionālie centri ... kļūs pieejamāki vismaz 706 cilvēkiem ar "
     "funkcionālajiem traucējumiem, senioriem, ģimenēm ar bērniem ar invaliditāti",
     [("vismaz 706 cilvēkiem", 706, "cilvēkiem", "at_least", P)]),
    ("Paredzēts ka divu gadu laikā sociālie pakalpojumi un iekļaujošie pasākumi kļūs pieejamāki vismaz 1000 "
     "cilvēkiem ar invaliditāti, bērniem, jauniešiem un senioriem.",
     [("vismaz 1000 cilvēkiem", 1000, "cilvēkiem", "at_least", P)]),
    ("Abās pašvaldībās ieviesīs virkni jaunu sociālās iekļaušanas pasākumu un sniegs inovatīvus pakalpojumus "
     "(800 lietotāju).", [("800 lietotāju", 800, "lietotāju", "exact", P)]),
    ("Tiks organizētas četras izmēģinājuma sociālās nometnes (120 cilvēki), kurās tiks ieviesta sociālās "
     "integrācijas prakse.", [("120 cilvēki", 120, "cilvēki", "exact", P)]),
    ("Ar mērķi motivēt un iedvesmot sociālos darbiniekus (90), viņi saņems kvalifikācijas paaugstināšanas mācības "
     "Daugavpilī", [("darbiniekus (90)", 90, "darbiniekus", "exact", S)]),
    ("Projektā iesaistāmo mērķa grupas jauniešu maksimālais skaits:213 jaunieši.",
     [("maksimālais skaits:213 jaunieši", 213, "jaunieši", "at_most", P)]),
    ("Šī gada novembrī 10 Latvijas pašvaldībās, kopā 100 cilvēki sāka saņemt pakalpojumus",
     [("10 Latvijas pašvaldībās", 10, "pašvaldībās", "exact", O), ("100 cilvēki", 100, "cilvēki", "exact", P)]),
    ("No Jelgavas šajā projektā piedalījās 10 personas ar garīga rakstura traucējumiem.",
     [("10 personas", 10, "personas", "exact", P)]),
    ("1. 502 personām ar garīga rakstura traucējumiem, 510 bērniem ar funkcionāliem traucējumiem un 276 "
     "ārpusģimenes aprūpē esošiem bērniem tiks veikts individuālo vajadzību novērtējums",
     [("502 personām", 502, "personām", "exact", P), ("510 bērniem", 510, "bērniem", "exact", P),
      ("276 ārpusģimenes aprūpē esošiem bērniem", 276, "bērniem", "exact", P)]),
    ("3. 440 bērns ar funkcionāliem traucējumiem saņems sabiedrībā balstītus pakalpojumus, tai skaitā sociālās "
     "rehabilitācijas pakalpojumus (323), dienas aprūpes centra (37) pakalpojumus",
     [("440 bērns", 440, "bērns", "exact", P)]),
    ("Jelgavas pilsētas pašvaldība  no 10 izmēģinājumprojekta dalībniekiem atbalsta personas pakalpojumu saņem 9 "
     "cilvēki.", [("10 izmēģinājumprojekta dalībniekiem", 10, "dalībniekiem", "exact", P),
                  ("9 cilvēki", 9, "cilvēki", "exact", P)]),
    ("Projektā piedalās 10 ģimenes, kurās ir bērni ar funkcionāliem traucējumiem",
     [("10 ģimenes", 10, "ģimenes", "exact", F)]),
    ("Kopumā no projektā piedalās 100 bērni ar invaliditāti un viņu ģimenes no 10 Latvijas pašvaldībām.",
     [("100 bērni", 100, "bērni", "exact", P), ("10 Latvijas pašvaldībām", 10, "pašvaldībām", "exact", O)]),
    ("kas tiek īstenots 10 pašvaldībās, kopā iesaistot 100 bērnus un viņu vecākus.",
     [("10 pašvaldībās", 10, "pašvaldībās", "exact", O), ("100 bērnus", 100, "bērnus", "exact", P)]),
    ("No 2016.gada maija līdz 2018.gada janvārim kopumā 169 bērniem Rīgā, Valmierā un Jelgavā tika nodrošināta "
     "pieskatīšana", [("169 bērniem", 169, "bērniem", "exact", P)]),
    ("personām ar garīga rakstura traucējumiem VSAC un pašvaldībās, kam ir risks nokļūt VSAC – 300 personas;",
     [("300 personas", 300, "personas", "exact", P)]),
    ("Aktivitāte “Sabiedrībā balstītu pakalpojumu īstenošana Zemgales reģiona personām ar GRT” paredz sniegt "
     "pakalpojumu 251 personai reģionā", [("251 personai", 251, "personai", "exact", P)]),
    ("ietver reorganizācija plānu izstrādi 9 bērnu sociālās aprūpes centriem Zemgales reģionā",
     [("9 bērnu sociālās aprūpes centriem", 9, "centriem", "exact", O)]),
    ("2015. gada 16. oktobrī ģimenes asistenti bija darbam sagatavoti un viņu aprūpē tika nodotas 24 Jelgavas "
     "sociālās riska ģimenes, kurās aug 68 bērni.",
     [("24 Jelgavas sociālās riska ģimenes", 24, "ģimenes", "exact", F), ("68 bērni", 68, "bērni", "exact", P)]),
    ("Pensionāri ģimenēm sagatavoja Ziemassvētku dāvanas, bet par Jaungada pārsteigumu 24 ģimenēm parūpējās "
     "4.vidusskolas bērni un skolotāji", [("24 ģimenēm", 24, "ģimenēm", "exact", F)]),
    ("28 asistenti ir parakstījuši vienošanos par līdzdalību projektā.",
     [("28 asistenti", 28, "asistenti", "exact", S)]),
    ("6.decembrī ir sagādāta ekskluzīva iespēja 22 ģimenēm ar bērniem, kopā 63 personām (21 pieaugušais, 42 bērni, "
     "no tiem 15 bērni līdz 5 gadiem) apmeklēt Rīgas cirka izrādi",
     [("22 ģimenēm", 22, "ģimenēm", "exact", F), ("63 personām", 63, "personām", "exact", P),
      ("21 pieaugušais", 21, "pieaugušais", "exact", P), ("42 bērni", 42, "bērni", "exact", P),
      ("15 bērni", 15, "bērni", "exact", P)]),
    ("Projekta mērķa grupa: 23 jaunieši un 2 bērni vecumā no 12 līdz 24 gadiem ar dažādu ģimenes pieredzi",
     [("23 jaunieši", 23, "jaunieši", "exact", P), ("2 bērni", 2, "bērni", "exact", P)]),
    ("Projekta mērķa grupa: 25 pensijas un pirmspensijas vecuma personas.",
     [("25 pensijas un pirmspensijas vecuma personas", 25, "personas", "exact", P)]),
    ("The target group – 25 retirement and pre-retirement age persons.",
     [("25 retirement and pre-retirement age persons", 25, "persons", "exact", P)]),
    ("Projekta rezultāti līdz 2013.gada decembrim projekta aktivitātēs iesaistītas un sociālo pakalpojumu "
     "saņēmušas 50 personas.", [("50 personas", 50, "personas", "exact", P)]),
    ("Projektā aktīvi iesaistījušās 11 Jelgavas pilsētā dzīvojošas romu tautības ģimenes ar pirmsskolas un "
     "jaunākā skolas vecuma bērniem.",
     [("11 Jelgavas pilsētā dzīvojošas romu tautības ģimenes", 11, "ģimenes", "exact", F)]),
    ("Mērķa grupa: Personas ar funkcionāliem traucējumiem – 5 cilvēki, pensijas vecuma un pirmspensijas vecuma "
     "personas – 15 cilvēki.", [("5 cilvēki", 5, "cilvēki", "exact", P), ("15 cilvēki", 15, "cilvēki", "exact", P)]),
    ("• Drošības pogas pakalpojuma sniegšana – 20 cilvēki.", [("20 cilvēki", 20, "cilvēki", "exact", P)]),
    ("30. oktobrī notika informatīvais seminārs, uzaicinātas piedalīties 21 pilsētas un novada NVO.",
     [("21 pilsētas un novada NVO", 21, "nvo", "exact", O)]),
    # other qualifiers and languages
    ("Projektā piedalīsies ne vairāk kā 25 personas.", [("ne vairāk kā 25 personas", 25, "personas", "at_most", P)]),
    ("Pakalpojumu saņems aptuveni 100 bērni.", [("aptuveni 100 bērni", 100, "bērni", "about", P)]),
    ("Atbalstu saņems apmēram 40 ģimenes.", [("apmēram 40 ģimenes", 40, "ģimenes", "about", F)]),
    ("Apmācīti ~ 100 speciālisti.", [("~ 100 speciālisti", 100, "speciālisti", "about", S)]),
    ("Mācības saņems 90 sociālos darbiniekus.", [("90 sociālos darbiniekus", 90, "darbiniekus", "exact", S)]),
    ("The services will reach at least 706 people.", [("at least 706 people", 706, "people", "at_least", P)]),
    ("Paslaugos bus prieinamos 706 asmenys.", [("706 asmenys", 706, "asmenys", "exact", P)]),
    ("Projekte dalyvaus ne mažiau kaip 50 šeimų.", [("ne mažiau kaip 50 šeimų", 50, "šeimų", "at_least", F)]),
    ("Pakalpojumu saņems 1 000 cilvēku.", [("1 000 cilvēku", 1000, "cilvēku", "exact", P)]),
    # real pages (development part): Lithuanian genitive after the numeral, then a preposition
    ("Projekto tikslinė grupė – 30 vaikų iš socialinės rizikos šeimų.", [("30 vaikų", 30, "vaikų", "exact", P)]),
    ("paramą gaus 4 000 karo pabėgėlių iš Ukrainos bei 2 000 socialiai pažeidžiamų asmenų",
     [("4 000 karo pabėgėlių", 4000, "pabėgėlių", "exact", P), ("2 000 socialiai pažeidžiamų asmenų", 2000, "asmenų", "exact", P)]),
    ("The centre will help 25 refugees from Ukraine.", [("25 refugees", 25, "refugees", "exact", P)]),
    # synthetic variations: a fact box's count label and the bare number after it
    ("Projekta dalībnieku skaits: 150", [("dalībnieku skaits: 150", 150, "dalībnieku", "exact", P)]),
    ("Mērķa grupas personu skaits – 1 250.", [("Mērķa grupas personu skaits – 1 250", 1250, "personu", "exact", P)]),
    ("Dalyvių skaičius: 150", [("Dalyvių skaičius: 150", 150, "dalyvių", "exact", P)]),
    ("Total number of participants: 150", [("Total number of participants: 150", 150, "participants", "exact", P)]),
    ("Number of beneficiaries\t150", [("Number of beneficiaries\t150", 150, "beneficiaries", "exact", P)]),
    ("Expected number of people reached: 400", [("Expected number of people reached: 400", 400, "people", "exact", P)]),
    ("Dalībnieku skaits projektā: 150", [("Dalībnieku skaits projektā: 150", 150, "dalībnieku", "exact", P)]),
    ("Dalyvių skaičius projekte – 60", [("Dalyvių skaičius projekte – 60", 60, "dalyvių", "exact", P)]),
    # synthetic variations: more nouns of the people served
    ("Projektā iesaistīti 150 senjori.", [("150 senjori", 150, "senjori", "exact", P)]),
    ("Projekte dalyvavo 150 moksleivių.", [("150 moksleivių", 150, "moksleivių", "exact", P)]),
    ("Paslaugas gaus 40 senolių.", [("40 senolių", 40, "senolių", "exact", P)]),
    ("The centre will serve 60 patients.", [("60 patients", 60, "patients", "exact", P)]),
    # synthetic variations (en): a group noun alone as a fact box's label; English thousands commas
    ("Participants: 45", [("Participants: 45", 45, "participants", "exact", P)]),
    ("• Beneficiaries: 300", [("Beneficiaries: 300", 300, "beneficiaries", "exact", P)]),
    ("Over 1,200 residents will benefit.", [("Over 1,200 residents", 1200, "residents", "at_least", P)]),
    ("Staff: 12", []),
    ("Contact persons: 2", []),
    # synthetic variations (Lithuanian): more people served; volunteers are staff, a home is no person
    ("Į projekto veiklas bus įtraukta 120 paauglių.", [("120 paauglių", 120, "paauglių", "exact", P)]),
    ("Paslaugas gaus 45 pensininkai.", [("45 pensininkai", 45, "pensininkai", "exact", P)]),
    ("Projekte dalyvaus 60 moterų, patyrusių smurtą.", [("60 moterų", 60, "moterų", "exact", P)]),
    ("Per metus paslaugas gavo 230 paslaugų gavėjų.", [("230 paslaugų gavėjų", 230, "gavėjų", "exact", P)]),
    ("Parama bus suteikta 500 ukrainiečių.", [("500 ukrainiečių", 500, "ukrainiečių", "exact", P)]),
    ("Projekte dalyvauja 10 savanorių ir 25 vaikai.",
     [("10 savanorių", 10, "savanorių", "exact", S), ("25 vaikai", 25, "vaikai", "exact", P)]),
    ("Bus įsigyti 3 bendruomeniniai vaikų globos namai.",
     [("3 bendruomeniniai vaikų globos namai", 3, "namai", "exact", O)]),
    # synthetic variations: a verb between the count label and the bare number
    ("The number of beneficiaries is 300.", [("number of beneficiaries is 300", 300, "beneficiaries", "exact", P)]),
    ("Dalībnieku skaits sasniegs 150.", [("Dalībnieku skaits sasniegs 150", 150, "dalībnieku", "exact", P)]),
    ("Projekto naudos gavėjų skaičius sieks 500.",
     [("gavėjų skaičius sieks 500", 500, "gavėjų", "exact", P)]),
    ("The total number of participants reached 1 200.",
     [("total number of participants reached 1 200", 1200, "participants", "exact", P)]),
    ("Dalībnieku skaits ir 15 %.", []),
    ("Number of participants is 50 000 EUR", []),
    # ... not a share, a year's figure or a label of something else
    ("Number of participants: 15%", []),
    ("Dalībnieku skaits 2019. gadā: 150", []),
    ("Pasākumu skaits: 12", []),
    # places, beds and jobs are not people
    ("sukuriant 40 apgyvendinimo vietų asmenims su proto negalia", []),
    ("The house will have 16 beds for persons with disabilities and 12 jobs.", []),
]

# Years, money, percentages, dates, durations, hours, items and codes are never counts.
NEGATIVES = [
    "Projekta īstenošanas laiks: 01.06.2020. – 31.05.2022. (24 mēneši).",
    "Projekta ilgums:    18 mēneši (01.09.2020.-30.06.2023.)",
    "Izmēģinājumprojekta laikā katrā pašvaldībā 12 mēnešu tiks sniegts sociālais atbalsts.",
    "Projekta realizācijas laiks: 27 mēneši, sākot no 2015.gada 1.augusta",
    "Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR EUR (85%)",
    "asistenta vai pavadoņa pakalpojums (nepieciešams 50% klientu)",
    "regulārs individuāls mentora atbalsts (vismaz 20 stundas mēnesī)",
    "Pakalpojums nodrošināts 24 stundas diennaktī.",
    "vecāki, kuri strādā nestandarta darba laiku un kuriem ir bērni vecumā līdz 7 gadiem, saņem",
    "Sociālās aprūpes pakalpojumus bērniem līdz 4 gadu vecumam (ieskaitot)",
    "Projekts: LLI-425 Daudzfunkcionālo centru - vietējās kopienas attīstība",
    "2. Ārpusģimenes aprūpē esoši bērni un jaunieši līdz 17 gadu vecumam",
    "Jaunieši vecumā 10-16 gadiem, jaunieši no 10-16 gadiem",
    "Jelgavā, 3. oktobrī notiks tikšanās ar izmēģinājumprojektā iesaistītajām ģimenēm",
    "kartes papīra formātā 220 gab. un datnes formātā 2 gab.",
    "Tālrunis: +371 63005560",
    "5 °C, 4.9 m/s, 86.5 %",
    "izmēģinājumprojekta īstenošana tika pagarināta par 3 mēnešiem, dalībnieki varēs",
]


@pytest.mark.parametrize("sentence,expected", SEED_SENTENCES)
def test_seed_sentences(sentence: str, expected: list[tuple]) -> None:
    got = [(f.raw, f.value.n, f.value.group, f.value.qualifier, f.value.kind) for f in find_counts(sentence)]
    assert got == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text: str) -> None:
    assert find_counts(text) == []


@pytest.mark.parametrize("s,expected", [
    ("vismaz 706 cilvēkiem", Count(706, "cilvēkiem", "at_least", "people")),
    ("800 lietotāju", Count(800, "lietotāju", "exact", "people")),
    ("24 ģimenes", Count(24, "ģimenes", "exact", "families")),
    ("24 mēneši", None),
    ("85%", None),
    ("", None),
])
def test_parse_count(s: str, expected: Count | None) -> None:
    assert parse_count(s) == expected


def test_seed_headline_counts(seed_texts: dict[str, str]) -> None:
    """Counts of people the seed pages state for their projects are all found."""
    people = {(f.value.n, f.value.qualifier) for t in seed_texts.values() for f in find_counts(t)
              if f.value.kind == "people"}
    assert {(706, "at_least"), (1000, "at_least"), (800, "exact"), (213, "at_most"), (100, "exact"),
            (50, "exact"), (20, "exact"), (169, "exact")} <= people


_WORDS = st.sampled_from(["vismaz", "706", "100", "2020.", "cilvēkiem", "bērni", "ģimenes", "mēneši", " ", ", ",
                          "(", ")", "%", "EUR", "1 000", "darbiniekus", "un", "līdz", "maksimālais skaits:"])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(_WORDS, max_size=30).map(" ".join)))
def test_any_text_spans_valid(text: str) -> None:
    for f in find_counts(text):
        assert 0 <= f.start < f.end <= len(text)
        assert f.raw == text[f.start:f.end]
        assert f.kind == "count"
        assert f.value.n >= 0
        assert f.value.kind in {"people", "families", "staff", "other"}
        assert f.value.qualifier in {"exact", "at_least", "at_most", "about"}


# Pieces of the words before a count (seed: "vismaz 706 cilvēkiem", "maksimālais skaits: 213 jaunieši")
# in any letter case, with colons, dashes, spaces and the characters str.lower does not mirror.
_QUALIFIER_PIECES = st.sampled_from([
    "vismaz", "VISMAZ", "Maksimālais", "skaits", "ne", "mazāk", "kā", "nekā", "līdz", "ap", "apmēram", "approx.",
    "Up", "to", "iki", "daugiau", "nei", "~", "≈", " ", "  ", "\t", "\u00a0", ":", "–", "-", "İ", "ı", "ſ", "x", "5",
])


@settings(max_examples=400)
@given(st.lists(_QUALIFIER_PIECES, max_size=10).map("".join))
def test_qualifier_prefilter_never_hides_a_qualifier(window: str) -> None:
    """The quick test passes every window in which some qualifier pattern matches."""
    from socreport.parse.counts import _may_have_qualifier, _qualifier_res

    if any(pat.search(window) for pat, _ in _qualifier_res()):
        assert _may_have_qualifier(window)
