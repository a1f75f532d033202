"""Dates: real sentences from the seed pages, crafted English and Lithuanian ones, things that are
not dates, roles, and property tests (no exception, honest spans, round trips)."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socreport.parse.dates import YEAR_MAX, YEAR_MIN, find_dates, parse_date
from socreport.parse.lexicon import load
from socreport.parse.periods import date_role
from socreport.parse.spans import DateValue


def _dates(text: str) -> list[tuple[str, str, str]]:
    return [(f.raw, f.value.date.isoformat(), f.value.precision) for f in find_dates(text)]


# (sentence, [(raw, ISO date, precision), ...]) — sentences copied from data/raw/*.txt
SEED_SENTENCES = [
    ("Projekta īstenošanas laiks: no 2020.gada 1.jūlija līdz 2022. gada 30.novembrim.",
     [("2020.gada 1.jūlija", "2020-07-01", "day"), ("2022. gada 30.novembrim", "2022-11-30", "day")]),
    ("Projekta ilgums:    18 mēneši (01.09.2020.-30.06.2023.)",
     [("01.09.2020.", "2020-09-01", "day"), ("30.06.2023.", "2023-06-30", "day")]),
    ("Projekta īstenošanas laiks: 01.06.2020. – 31.05.2022. (24 mēneši).",
     [("01.06.2020.", "2020-06-01", "day"), ("31.05.2022.", "2022-05-31", "day")]),
    ("Projekts “SocQuality” īstenots Interreg V-A Latvijas-Lietuvas pārrobežu sadarbības programmā 2014-2020, "
     "tas tiks īstenots no 2018. gada marta līdz 2020.gada februārim, un projekta kopējais budžets ir "
     "791 256,20 EUR, no kuriem 672 576,74 EUR ir ERAF līdzfinansējums.",
     [("2018. gada marta", "2018-03-01", "month"), ("2020.gada februārim", "2020-02-01", "month")]),
    ("No 2019. gada novembra līdz 2021.gada janvārim Labklājības ministrija (LM) sadarbībā ar 10 "
     "pašvaldībām, ar Eiropas Sociālā fonda līdzfinansējumu, īstenoja izmēģinājuma projektu.",
     [("2019. gada novembra", "2019-11-01", "month"), ("2021.gada janvārim", "2021-01-01", "month")]),
    ("Publicēts: 12.02.2021.", [("12.02.2021.", "2021-02-12", "day")]),
    ("Publicēts 12.02.2021.", [("12.02.2021.", "2021-02-12", "day")]),
    ("Individuālā budžeta izmēģinājumprojekta norise 2020. gadā", [("2020. gadā", "2020-01-01", "year")]),
    ("Tomēr, ņemot vērā Kovid -19 infekcijas izplatību un ieviestos ierobežojumus, izmēģinājumprojekta "
     "īstenošana tika pagarināta par 3 mēnešiem, dalībnieki varēs saņemt atbalstu vēl līdz 2021. gada "
     "janvāra beigām.", [("2021. gada janvāra", "2021-01-01", "month")]),
    ("Projekta ieviešanas laiks ir no 2015. gada 1. decembra līdz 2023. gada 31. decembrim.",
     [("2015. gada 1. decembra", "2015-12-01", "day"), ("2023. gada 31. decembrim", "2023-12-31", "day")]),
    ("Atbalsta personas pakalpojuma izmēģinājumprojekts tika īstenots no 01.02.2018. līdz 30.11.2019., un "
     "šobrīd turpinās pakalpojuma izstrāde.",
     [("01.02.2018.", "2018-02-01", "day"), ("30.11.2019.", "2019-11-30", "day")]),
    ("Publicēšanas datums: 21.09.2020.", [("21.09.2020.", "2020-09-21", "day")]),
    ("Tās laikā (no 2020.gada 12.marta līdz 9.jūnijam) izmēģinājumprojekta dalībniekiem Jelgavas pilsētas "
     "pašvaldībā nebija iespējams saņemt tādus pakalpojumus kā fizioterapieta pakalpojumus.",
     [("2020.gada 12.marta", "2020-03-12", "day")]),
    ("Kopš 2019. gada novembra cilvēkiem ar garīga rakstura traucējumiem ir iespēja saņemt dažādus "
     "sociālos pakalpojumus.", [("2019. gada novembra", "2019-11-01", "month")]),
    ("Izmēģinājumprojektu kopš 2018. gada septembra īstenoja Labklājības ministrija sadarbībā ar 10 "
     "Latvijas pašvaldībām t.sk., Jelgava.", [("2018. gada septembra", "2018-09-01", "month")]),
    ("No 2018.gada septembra Labklājības ministrija (LM) sadarbībā ar pašvaldībām īsteno izmēģinājuma "
     "projektu.", [("2018.gada septembra", "2018-09-01", "month")]),
    ("Izmēģinājuma projekts noslēgsies 2019.gada oktobrī.", [("2019.gada oktobrī", "2019-10-01", "month")]),
    ("2018.gada 1.septembrī Latvijā desmit pašvaldībās tika uzsākts Eiropas savienības projekta "
     "Nr.9.2.2.2./16/I/001 izmēģinājumprojekts.", [("2018.gada 1.septembrī", "2018-09-01", "day")]),
    ("Izmēģinājumprojekts ilgs gadu – līdz 2019.gada augusta beigām.",
     [("2019.gada augusta", "2019-08-01", "month")]),
    ("Izmēģinājumprojekts tiek īstenots laika periodā no 01.09.2018. līdz 31.08.2019",
     [("01.09.2018.", "2018-09-01", "day"), ("31.08.2019", "2019-08-31", "day")]),
    ("2018.gada janvāris bija pēdējais mēnesis, kad projekta ietvaros vecāki, kuri strādā nestandarta "
     "darba laiku un kuriem ir bērni vecumā līdz 7 gadiem, saņem subsidētu bērnu pieskatīšanas pakalpojumu.",
     [("2018.gada janvāris", "2018-01-01", "month")]),
    ("Noslēgtie līgumi tika īstenoti līdz 2018.gada 31.janvārim.",
     [("2018.gada 31.janvārim", "2018-01-31", "day")]),
    ("No 2016.gada maija līdz 2018.gada janvārim kopumā 169 bērniem Rīgā, Valmierā un Jelgavā tika "
     "nodrošināta pieskatīšana.",
     [("2016.gada maija", "2016-05-01", "month"), ("2018.gada janvārim", "2018-01-01", "month")]),
    ("Projekta īstenošanas laiks: 2016.gada 8.jūlijs (sadarbības līguma noslēgšanas datums) – "
     "2018.gada 31.oktobris",
     [("2016.gada 8.jūlijs", "2016-07-08", "day"), ("2018.gada 31.oktobris", "2018-10-31", "day")]),
    ("Plānotais projekta īstenošanas laiks: 2015. gada 1.decembris – 2022.gada 31.decembris.",
     [("2015. gada 1.decembris", "2015-12-01", "day"), ("2022.gada 31.decembris", "2022-12-31", "day")]),
    ("2015. gada 16. oktobrī ģimenes asistenti bija darbam sagatavoti un viņu aprūpē tika nodotas "
     "24 Jelgavas ģimenes.", [("2015. gada 16. oktobrī", "2015-10-16", "day")]),
    ("Ceru, ka savstarpējo sapratni un interesi izdosies saglabāt līdz projekta beigām, t.i. 2016. gada "
     "30.aprīlim, bet sadarbība turpināsies arī pēc projekta.", [("2016. gada 30.aprīlim", "2016-04-30", "day")]),
    ("Projekta realizācijas laiks: 27 mēneši, sākot no 2015.gada 1.augusta",
     [("2015.gada 1.augusta", "2015-08-01", "day")]),
    ("No 01.08.2015. -30.09.2015. Jelgavas pilsētas pašvaldības iestādē realizējies projekts.",
     [("01.08.2015.", "2015-08-01", "day"), ("30.09.2015.", "2015-09-30", "day")]),
    ("Informāciju 23.09.2015. ievietoja un sagatavoja Linda Vecums-Veco t.6304890",
     [("23.09.2015.", "2015-09-23", "day")]),
    ("Eiropas Ekonomikas zonas finanšu instrumenta 2009. -2014.gada perioda programmas ,,NVO fonds”, "
     "līgums Nr.2014.EEZ/PP/1/MIC/081/043.", [("2014.gada", "2014-01-01", "year")]),
    ("Zirgu ielā 47A no 02.01.2012.līdz 31.12.2013. īstenojies projekts, līg.nr. 1DP/1.4.1.2.4/11/APIA/NVA/064.",
     [("02.01.2012", "2012-01-02", "day"), ("31.12.2013.", "2013-12-31", "day")]),
    ("Bērni un jaunieši projekta aktivitātēs piedalījās no 2012. gada aprīļa līdz 2013. gada novembrim.",
     [("2012. gada aprīļa", "2012-04-01", "month"), ("2013. gada novembrim", "2013-11-01", "month")]),
    ("Otrā grupa savu dalību projektā uzsāka 2013. gada februārī un 2013.gada novembrī savu dalību "
     "projektā noslēdza 28 dalībnieki.",
     [("2013. gada februārī", "2013-02-01", "month"), ("2013.gada novembrī", "2013-11-01", "month")]),
    ("Projekta rezultāti līdz 2013.gada decembrim projekta aktivitātēs iesaistītas un sociālo pakalpojumu "
     "saņēmušas 50 personas.", [("2013.gada decembrim", "2013-12-01", "month")]),
    ("Projekta īstenošanas laiks: no 2012.gada 2.janvāra – 2013.gada 31. decembrim.",
     [("2012.gada 2.janvāra", "2012-01-02", "day"), ("2013.gada 31. decembrim", "2013-12-31", "day")]),
    ("From 01.05.2015. -30.04.2016. Jelgava Pensioners’ Association in co-operation with the local authority",
     [("01.05.2015.", "2015-05-01", "day"), ("30.04.2016.", "2016-04-30", "day")]),
    ("Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR EUR (85%) Eiropas Reģionālā "
     "attīstības fonda (ERAF) finansējums.", []),
    ("Jelgavas pilsētas pašvaldības plānotais projekta budžets ir 352 347.97 EUR, t.sk. 299 495.77 EUR "
     "(85%) ERAF finansējums, 17 617.40 EUR (5%) ir Valsts budžeta dotācija.", []),
    ("Projekta atklāšanas pasākumā 16. maijā plkst.10.30, kas notiks Jelgavas reģionālajā tūrisma "
     "informācijas centrā, piedalīsies Ilmārs Matvejs.", []),
    ("Paredzēts ka divu gadu laikā sociālie pakalpojumi kļūs pieejamāki vismaz 1000 cilvēkiem ar "
     "invaliditāti, bērniem, jauniešiem un senioriem.", []),
]

# Crafted: other Latvian cases and spellings, English and Lithuanian.
CRAFTED_SENTENCES = [
    ("Projekta sākums: 2015. gada decembris.", [("2015. gada decembris", "2015-12-01", "month")]),
    ("Projekts ilgs līdz 2020. gada februāris.", [("2020. gada februāris", "2020-02-01", "month")]),
    ("Līgums noslēgts 2019.g. 5.maijā.", [("2019.g. 5.maijā", "2019-05-05", "day")]),
    ("Sākums 2020 gada 1 julija (bez garumzīmēm).", [("2020 gada 1 julija", "2020-07-01", "day")]),
    ("Termiņš: 2021. gada 15. jūniju.", [("2021. gada 15. jūniju", "2021-06-15", "day")]),
    ("The project runs from 1 July 2020 to 30 November 2022.",
     [("1 July 2020", "2020-07-01", "day"), ("30 November 2022", "2022-11-30", "day")]),
    ("It started on July 1, 2020 and ends on the 31st of May 2022.",
     [("July 1, 2020", "2020-07-01", "day"), ("31st of May 2022", "2022-05-31", "day")]),
    ("Implementation began in March 2018.", [("March 2018", "2018-03-01", "month")]),
    ("Deadline: Sept. 2019; published 01/03/2018.",
     [("Sept. 2019", "2019-09-01", "month"), ("01/03/2018", "2018-03-01", "day")]),
    ("Signed 03/25/2018 in Riga.", [("03/25/2018", "2018-03-25", "day")]),
    ("Start date: 2020-07-01.", [("2020-07-01", "2020-07-01", "day")]),
    ("You may 2020 things.", []),
    ("Projekto įgyvendinimo laikotarpis: 2020 m. liepos 1 d. – 2022 m. lapkričio 30 d.",
     [("2020 m. liepos 1 d.", "2020-07-01", "day"), ("2022 m. lapkričio 30 d.", "2022-11-30", "day")]),
    ("Projektas prasidėjo 2019 m. rugsėjo mėn.", [("2019 m. rugsėjo mėn.", "2019-09-01", "month")]),
    ("Projektas baigsis 2021 m. gruodį.", [("2021 m. gruodį", "2021-12-01", "month")]),
    ("Pradžia: 2020-07-01, pabaiga 2022.11.30", [("2020-07-01", "2020-07-01", "day"),
                                                  ("2022.11.30", "2022-11-30", "day")]),
]


# Forms found on real pages (tests/data/real/dev) and variations of them.
REAL_SENTENCES = [
    ("Numatoma projekto įgyvendinimo pradžia ir pabaiga - 2010/07- 2012/06.",
     [("2010/07", "2010-07-01", "month"), ("2012/06", "2012-06-01", "month")]),
    ("Numatoma projekto įgyvendinimo pradžia 2009 04 01.", [("2009 04 01", "2009-04-01", "day")]),
    ("Īstenošanas laiks: 10.2016. - 12. 2022.", [("10.2016.", "2016-10-01", "month"),
                                                 ("12. 2022.", "2022-12-01", "month")]),
    ("Laikotarpis: 07/2010 – 06/2012.", [("07/2010", "2010-07-01", "month"), ("06/2012", "2012-06-01", "month")]),
    ("Pradžios data: 31 gruodžio 2020", [("31 gruodžio 2020", "2020-12-31", "day")]),
    # a dated news list: year, month in the genitive, day (development page; the smallest addition
    # the article splitter needed)
    ("2010 birželio 22\nZarasų rajono savivaldybės administracijos projektas", [("2010 birželio 22", "2010-06-22", "day")]),
    ("2008 lapkričio 24 d. Regiono plėtros taryba", [("2008 lapkričio 24 d.", "2008-11-24", "day")]),
    ("Pabaigos data: 28 vasario 2023", [("28 vasario 2023", "2023-02-28", "day")]),
    ("  • Pradžia: 2020 m. vasario mėn.", [("2020 m. vasario mėn.", "2020-02-01", "month")]),
    ("Projekto trukmė: 2012 m. gegužė – 2014 m. kovas.", [("2012 m. gegužė", "2012-05-01", "month"),
                                                          ("2014 m. kovas", "2014-03-01", "month")]),
    # synthetic variations: Lithuanian month abbreviations
    ("Projekto trukmė: 2019 m. kov. 1 d. – 2021 m. vas. 28 d.", [("2019 m. kov. 1 d.", "2019-03-01", "day"),
                                                                ("2021 m. vas. 28 d.", "2021-02-28", "day")]),
    ("Pradžia: 2019 m. rugs. 1 d.", [("2019 m. rugs. 1 d.", "2019-09-01", "day")]),
    # synthetic variations: year first, the month as a number closed by a dot or as an English name
    ("Īstenošanas laiks: 2019.03.–2021.02.", [("2019.03.", "2019-03-01", "month"), ("2021.02.", "2021-02-01", "month")]),
    ("Project period: 2019 March – 2021 February", [("2019 March", "2019-03-01", "month"),
                                                    ("2021 February", "2021-02-01", "month")]),
    ("Summa 2019.03 EUR, 2019.03.15. un 2019.03. 5. maijā", [("2019.03.15", "2019-03-15", "day")]),
    ("Period\n2014-03-01 → 2015-11-30", [("2014-03-01", "2014-03-01", "day"), ("2015-11-30", "2015-11-30", "day")]),
    ("Duration: 24 MONTHS (May 17, 2017-November 16, 2019)",
     [("May 17, 2017", "2017-05-17", "day"), ("November 16, 2019", "2019-11-16", "day")]),
    # quarters: quarter precision (the quarter's first month in the date)
    ("Projekto vykdymas buvo pradėtas IV ktv. 2018 m.", [("IV ktv. 2018 m.", "2018-10-01", "quarter")]),
    ("Projektas baigsis 2021 m. II ketvirtį.", [("2021 m. II ketvirtį", "2021-04-01", "quarter")]),
    ("Darbus plānots pabeigt līdz 2021. gada 2. ceturksnim.", [("2021. gada 2. ceturksnim", "2021-04-01", "quarter")]),
    ("Būvdarbi noslēgsies 2022. gada ceturtajā ceturksnī.", [("2022. gada ceturtajā ceturksnī", "2022-10-01", "quarter")]),
    ("Completion is expected in the fourth quarter of 2018.", [("fourth quarter of 2018", "2018-10-01", "quarter")]),
    ("Start: Q3 2019; end: 2021 Q2.", [("Q3 2019", "2019-07-01", "quarter"), ("2021 Q2", "2021-04-01", "quarter")]),
    # synthetic variations (en): ISO year and month, read only as the two ends of a range
    ("Project period: 2019-03 – 2021-02", [("2019-03", "2019-03-01", "month"), ("2021-02", "2021-02-01", "month")]),
    ("Project period: 2019-03 to 2021-02", [("2019-03", "2019-03-01", "month"), ("2021-02", "2021-02-01", "month")]),
]


@pytest.mark.parametrize(("text", "expected"), SEED_SENTENCES + CRAFTED_SENTENCES + REAL_SENTENCES)
def test_find_dates_table(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _dates(text) == expected


# Things that are not dates (as whole strings).
NOT_DATES = [
    "85%", "(85%)", "3.75 %", "661 092.24", "705 810,00 euro", "1 001 524.17 EUR", "1990,00 EUR",
    "9.2.2.1./15/I/001", "1DP/1.4.1.2.4./11/APIA/NVA/046", "VS/2015/0206", "LLI-491", "Nr.LLI-550",
    "2014.EEZ/PP/1/MIC/081/043", "līgums Nr.4-35/6", "t.63048908", "+371 63048908", "plkst.10.30", "10:30",
    "31.02.2020", "30.02.2019.", "00.06.2020", "2020. gada 0. jūlijā", "01.00.2020", "2019. gada 31. novembrī",
    "01.13.2020", "01.01.1989", "01.01.2101",
    "1989. gadā", "2020", "1.10.2020.5", "01.06.2020/1", "2020-13-01", "šī gada novembrī", "16. maijā",
    "may 2020", "Nr.9.2.2.2./16/I/001", "", "   ",
    "2020. gada otrajā pusgadā", "2021 m. antrąjį pusmetį", "I ketvirtis", "Q5 2018", "5. ceturksnī 2020",
    "2014/4-9-37/D4-278", "2014/2020", "Nr. 12.20201", "1.2020,50 EUR", "2010/13", "13.2016.",
    "2019-03", "school year 2011-12", "2019-03 – 2021-13",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert parse_date(text) is None
    assert find_dates(text) == []


PARSE = [
    ("01.06.2020.", dt.date(2020, 6, 1), "day"),
    (" 2020-07-01 ", dt.date(2020, 7, 1), "day"),
    ("14.09.2018.", dt.date(2018, 9, 14), "day"),
    ("2020.gada 1.jūlija", dt.date(2020, 7, 1), "day"),
    ("2022. gada 30.novembrim", dt.date(2022, 11, 30), "day"),
    ("2016. gada 8. jūlijā", dt.date(2016, 7, 8), "day"),
    ("2018. gada marta", dt.date(2018, 3, 1), "month"),
    ("2019.gada oktobrī", dt.date(2019, 10, 1), "month"),
    ("2020. gada februāris", dt.date(2020, 2, 1), "month"),
    ("2020. GADA FEBRUĀRIS", dt.date(2020, 2, 1), "month"),
    ("2012. gada aprīļa", dt.date(2012, 4, 1), "month"),
    ("2021. gadā", dt.date(2021, 1, 1), "year"),
    ("1 July 2020", dt.date(2020, 7, 1), "day"),
    ("July 1, 2020", dt.date(2020, 7, 1), "day"),
    ("March 2018", dt.date(2018, 3, 1), "month"),
    ("2020 m. liepos 1 d.", dt.date(2020, 7, 1), "day"),
    ("2020 m. liepą", dt.date(2020, 7, 1), "month"),
    ("29.02.2020", dt.date(2020, 2, 29), "day"),
    ("2020.g. 1.jūl.", dt.date(2020, 7, 1), "day"),
    ("2020. gada jūn.", dt.date(2020, 6, 1), "month"),
    ("2020 m.", dt.date(2020, 1, 1), "year"),
    ("2010/07", dt.date(2010, 7, 1), "month"),
    ("2010.07.", dt.date(2010, 7, 1), "month"),
    ("2010 July", dt.date(2010, 7, 1), "month"),
    ("10.2016.", dt.date(2016, 10, 1), "month"),
    ("2009 04 01", dt.date(2009, 4, 1), "day"),
    ("31 gruodžio 2020", dt.date(2020, 12, 31), "day"),
    ("IV ketvirtis 2018 m.", dt.date(2018, 10, 1), "quarter"),
    ("2018 m. IV ketv.", dt.date(2018, 10, 1), "quarter"),
    ("2021. gada 1. ceturksnis", dt.date(2021, 1, 1), "quarter"),
    ("Q4/2018", dt.date(2018, 10, 1), "quarter"),
    ("01.01.1990", dt.date(1990, 1, 1), "day"),
    ("31.12.2100", dt.date(2100, 12, 31), "day"),
]


@pytest.mark.parametrize(("text", "date", "precision"), PARSE)
def test_parse_date(text: str, date: dt.date, precision: str) -> None:
    assert parse_date(text) == DateValue(date, precision)  # type: ignore[arg-type]


def test_parse_date_needs_the_whole_string() -> None:
    assert parse_date("no 2020.gada 1.jūlija") is None
    assert parse_date("01.06.2020. – 31.05.2022.") is None


def test_relative_years_resolve_with_this_year() -> None:
    text = "No šī gada 1. augusta sadarbībā ar Labklājības ministriju; kopš pērnā gada septembra."
    assert find_dates(text) == []
    got = [(f.raw, f.value.date.isoformat(), f.value.precision) for f in find_dates(text, this_year=2019)]
    assert got == [("šī gada 1. augusta", "2019-08-01", "day"), ("pērnā gada septembra", "2018-09-01", "month")]


# (sentence, the date's raw text, expected role)
ROLES = [
    ("Projekta īstenošanas laiks: no 2020.gada 1.jūlija līdz 2022. gada 30.novembrim.",
     "2020.gada 1.jūlija", "start"),
    ("Projekta īstenošanas laiks: no 2020.gada 1.jūlija līdz 2022. gada 30.novembrim.",
     "2022. gada 30.novembrim", "end"),
    ("Izmēģinājuma projekts noslēgsies 2019.gada oktobrī.", "2019.gada oktobrī", "end"),
    ("Izmēģinājumprojekts ilgs gadu – līdz 2019.gada augusta beigām.", "2019.gada augusta", "end"),
    ("dalībnieki varēs saņemt atbalstu vēl līdz 2021. gada janvāra beigām.", "2021. gada janvāra", "end"),
    ("Publicēts: 12.02.2021.", "12.02.2021.", "published"),
    ("Publicēts 12.02.2021.", "12.02.2021.", "published"),
    ("Publicēšanas datums: 21.09.2020.", "21.09.2020.", "published"),
    ("Informāciju 23.09.2015. ievietoja un sagatavoja Linda Vecums-Veco", "23.09.2015.", "published"),
    ("Kopš 2019. gada novembra cilvēkiem ir iespēja saņemt pakalpojumus.", "2019. gada novembra", "start"),
    ("2018.gada 1.septembrī Latvijā desmit pašvaldībās tika uzsākts Eiropas savienības projekts.",
     "2018.gada 1.septembrī", "start"),
    ("Noslēgtie līgumi tika īstenoti līdz 2018.gada 31.janvārim.", "2018.gada 31.janvārim", "end"),
    ("Projekta realizācijas laiks: 27 mēneši, sākot no 2015.gada 1.augusta", "2015.gada 1.augusta", "start"),
    ("Pirmie savu dalību projekta aktivitātēs uzsāka 2012. gada aprīlī un decembrī.",
     "2012. gada aprīlī", "start"),
    ("2018.gada janvāris bija pēdējais mēnesis, kad vecāki saņem pakalpojumu.", "2018.gada janvāris", None),
    ("2015. gada 16. oktobrī ģimenes asistenti bija darbam sagatavoti.", "2015. gada 16. oktobrī", None),
    ("Projekta īstenošanas laiks: 01.06.2020. – 31.05.2022. (24 mēneši).", "01.06.2020.", "start"),
    ("Projekta īstenošanas laiks: 01.06.2020. – 31.05.2022. (24 mēneši).", "31.05.2022.", "end"),
    ("Projekta īstenošanas laiks: 2016.gada 8.jūlijs (sadarbības līguma noslēgšanas datums) – "
     "2018.gada 31.oktobris", "2018.gada 31.oktobris", "end"),
    ("Projekta īstenošanas termiņš – 2022. gada 31. decembris", "2022. gada 31. decembris", "end"),
    ("Pievienots: 12.02.2021", "12.02.2021", "published"),
    ("Projekta īstenošanas termiņš: 2017. gada 1. marts – 2019. gada 28. februāris.",
     "2017. gada 1. marts", "start"),
    ("Projekta sākuma datums: 2019-10-01; beigu datums: 2021-09-30.", "2019-10-01", "start"),
    ("Projekta sākuma datums: 2019-10-01; beigu datums: 2021-09-30.", "2021-09-30", "end"),
    ("Projekts tiks pabeigts 2021. gada 30. septembrī.", "2021. gada 30. septembrī", "end"),
    ("Published: 1 July 2020", "1 July 2020", "published"),
    ("The project will end on 30 November 2022.", "30 November 2022", "end"),
    ("Projekto pabaiga 2022 m. lapkričio 30 d.", "2022 m. lapkričio 30 d.", "end"),
    # real pages (tests/data/real/dev): fact boxes, label lines, launch and deadline wordings
    ("Start date: 1 April 2020", "1 April 2020", "start"),
    ("End date: 31 December 2021", "31 December 2021", "end"),
    ("Pradžios data: 31 gruodžio 2020", "31 gruodžio 2020", "start"),
    ("Pabaigos data: 28 vasario 2023", "28 vasario 2023", "end"),
    ("  • Pradžia: 2020 m. vasario mėn.", "2020 m. vasario mėn.", "start"),
    ("  • Pabaiga: 2023 m. rugpjūčio mėn.", "2023 m. rugpjūčio mėn.", "end"),
    ("Projekto vykdymas buvo pradėtas IV ktv. 2018 m.", "IV ktv. 2018 m.", "start"),
    ("Numatoma projekto įgyvendinimo pradžia 2009 04 01.", "2009 04 01", "start"),
    ("Projektų veiklų užbaigimas: 2023 m. vasario 28 d.", "2023 m. vasario 28 d.", "end"),
    ("The implementation of the activities scheduled in the project was launched on October 3, 2014.",
     "October 3, 2014", "start"),
    ("The project is expected to be implemented by April 30, 2016.", "April 30, 2016", "end"),
    ("Veiklų vykdymo pabaigos data\n\n2026-10-31 00:00", "2026-10-31", "end"),
    ("| Projekta sākuma datums |\n| 2019-10-01 |", "2019-10-01", "start"),
    ("Projekta beigu datums\n  • 2021-09-30", "2021-09-30", "end"),
    ("Last updated: 26.06.2024 15:10", "26.06.2024", "published"),
    # dates of something else: signatures, approvals, deadlines, entry into force
    ("Sutartis pasirašyta: 2019 m. rugpjūčio 14 d.", "2019 m. rugpjūčio 14 d.", "other"),
    ("Sutarties įsigaliojimo data\n2025-07-17 00:00", "2025-07-17", "other"),
    ("Projektiniai pasiūlymai priimami iki 2019-07-20. Plačiau", "2019-07-20", "other"),
    ("Paraiškos pateikimo terminas - 2011-03-14.", "2011-03-14", "other"),
    ("Paraiškos pateikimo įgyvendinančiajai institucijai terminas - 2010 10 15.", "2010 10 15", "other"),
    ("Projekta iesniegumu pieņemšana līdz 2023. gada 24. maijam.", "2023. gada 24. maijam", "other"),
    ("The grant agreement was signed on 5 May 2019.", "5 May 2019", "other"),
    ("The project's final meeting took place on 5 May 2021.", "5 May 2021", "other"),
    ("Konkursa norises laiks: no 2019. gada 1. jūnija", "2019. gada 1. jūnija", "other"),
    ("Kvietimas teikti paraiškas galioja iki 2019-07-20.", "2019-07-20", "other"),
    ("Projektas prasideda 2019 m. rugsėjo 1 d.", "2019 m. rugsėjo 1 d.", "start"),
    # synthetic variations (en): fact-box labels "Start/End of the project", "ending date"
    ("Start of the project: 1 March 2019", "1 March 2019", "start"),
    ("End of the project: 28 February 2021", "28 February 2021", "end"),
    ("Project ending date: 28 February 2021", "28 February 2021", "end"),
    # synthetic variations: a table cell's date reads its column's header
    ("| Start | End |\n| 01.03.2019 | 28.02.2021 |", "01.03.2019", "start"),
    ("| Start | End |\n|---|---|\n| 01.03.2019 | 28.02.2021 |", "28.02.2021", "end"),
    ("| Pradžia | Pabaiga |\n| 2019-03-01 | 2021-02-28 |", "2021-02-28", "end"),
    ("| Renginys | Data |\n| Susitikimas | 2019-03-01 |", "2019-03-01", "other"),
    # synthetic variations: more start and end verbs
    ("Projekts noslēdzas 2021. gada 28. februārī.", "2021. gada 28. februārī", "end"),
    ("Projekts sākts 2019. gada 1. martā.", "2019. gada 1. martā", "start"),
    ("The project commences on 1 March 2019.", "1 March 2019", "start"),
    ("The project finishes on 28 February 2021.", "28 February 2021", "end"),
    ("Projektas užsibaigs 2021 m. vasario 28 d.", "2021 m. vasario 28 d.", "end"),
    ("Projekto veiklos pasibaigė 2021 m. vasario 28 d.", "2021 m. vasario 28 d.", "end"),
    # a label line needs to be short and no sentence: a sentence above is no label
    ("Projekts sākās pagājušajā gadā un turpinās arī šodien.\n2020-01-01", "2020-01-01", None),
    ("Projekts sāksies\nlabi\n2020-01-01 notika sapulce", "2020-01-01", None),
]


@pytest.mark.parametrize(("text", "raw", "role"), ROLES)
def test_date_role(text: str, raw: str, role: str | None) -> None:
    start = text.index(raw)
    assert [f.raw for f in find_dates(text)].count(raw) == 1
    assert date_role(text, start, start + len(raw)) == role


def test_date_role_rejects_bad_spans() -> None:
    assert date_role("abc", 2, 1) is None
    assert date_role("abc", -1, 2) is None
    assert date_role("abc", 0, 10) is None


def test_seed_pages(seed_texts: dict[str, str]) -> None:
    """On the raw seed pages every fact's raw text is its slice, and known dates are found."""
    found: dict[str, set[tuple[str, str]]] = {}
    for doc, text in seed_texts.items():
        for f in find_dates(text):
            assert text[f.start:f.end] == f.raw
            found.setdefault(doc, set()).add((f.raw, f.value.date.isoformat()))
    assert ("2020.gada 1.jūlija", "2020-07-01") in found["000_a6640382eac6c1fc"]
    assert ("2022. gada 30.novembrim", "2022-11-30") in found["000_a6640382eac6c1fc"]
    assert ("01.09.2020.", "2020-09-01") in found["001_ba819a8ab322f87d"]
    assert ("31.05.2022.", "2022-05-31") in found["002_17ed4f7446dc636f"]
    assert ("2020.gada februārim", "2020-02-01") in found["003_8f97c0a78adf6334"]
    assert ("14.09.2018.", "2018-09-14") in found["004_49cf07e53512a167"]
    assert len(found["004_49cf07e53512a167"]) >= 60


# ---------------------------------------------------------------------------------------------
# Properties


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_never_raises_and_spans_are_honest(text: str) -> None:
    for f in find_dates(text):
        assert 0 <= f.start < f.end <= len(text)
        assert f.raw == text[f.start:f.end]
        assert YEAR_MIN <= f.value.date.year <= YEAR_MAX
    parse_date(text)
    for i in range(0, len(text) + 1, 7):
        date_role(text, i, min(len(text), i + 3))


_ALPHABET = st.sampled_from(list("0123456789./- gadaGADAm.d.jūlijanovembrīJulyMarch,()–līdzno\n\xa0%"))


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_date_like_noise_never_raises(text: str) -> None:
    for f in find_dates(text):
        assert f.raw == text[f.start:f.end]


_DATES = st.dates(min_value=dt.date(YEAR_MIN, 1, 1), max_value=dt.date(YEAR_MAX, 12, 31))


def _genitive(month: int) -> str:
    forms = [r["form"] for r in load("months") if r["language"] == "lv" and r["case"] == "gen"
             and int(r["month"]) == month]
    return forms[0]


@settings(max_examples=200, deadline=None)
@given(_DATES, st.sampled_from(["", "Sākums: ", "no "]), st.sampled_from(["", ".", " līdz", ", un"]))
def test_round_trip_numeric(d: dt.date, before: str, after: str) -> None:
    written = f"{d.day:02d}.{d.month:02d}.{d.year}."
    assert parse_date(written) == DateValue(d, "day")
    facts = find_dates(before + written + after)
    assert [f.value for f in facts] == [DateValue(d, "day")]


@settings(max_examples=200, deadline=None)
@given(_DATES, st.sampled_from([".gada ", ". gada ", ".g. "]), st.sampled_from([".", ". "]))
def test_round_trip_latvian_verbal(d: dt.date, year_word: str, day_dot: str) -> None:
    written = f"{d.year}{year_word}{d.day}{day_dot}{_genitive(d.month)}"
    assert parse_date(written) == DateValue(d, "day")
    assert [f.value for f in find_dates(f"Projekts sākās {written}.")] == [DateValue(d, "day")]


@settings(max_examples=100, deadline=None)
@given(_DATES)
def test_round_trip_english_and_iso(d: dt.date) -> None:
    name = calendar.month_name[d.month]
    assert parse_date(f"{d.day} {name} {d.year}") == DateValue(d, "day")
    assert parse_date(f"{name} {d.day}, {d.year}") == DateValue(d, "day")
    assert parse_date(d.isoformat()) == DateValue(d, "day")


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1000, max_value=9999), st.integers(1, 12), st.integers(1, 31))
def test_impossible_or_out_of_range_dates_are_rejected(y: int, m: int, day: int) -> None:
    written = f"{day:02d}.{m:02d}.{y}."
    try:
        expected: DateValue | None = DateValue(dt.date(y, m, day), "day")
    except ValueError:
        expected = None
    if not YEAR_MIN <= y <= YEAR_MAX:
        expected = None
    assert parse_date(written) == expected


@pytest.mark.parametrize("month", range(1, 13))
def test_every_latvian_case_of_every_month(month: int) -> None:
    rows = [r for r in load("months") if r["language"] == "lv" and r["case"] != "abbr" and int(r["month"]) == month]
    assert {r["case"] for r in rows} >= {"nom", "gen", "dat", "acc", "loc"}
    for r in rows:
        assert parse_date(f"2020. gada {r['form']}") == DateValue(dt.date(2020, month, 1), "month"), r["form"]
        assert parse_date(f"2020. gada 1. {r['form']}") == DateValue(dt.date(2020, month, 1), "day"), r["form"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["No šī gada 1. augusta", "kopš pērnā gada septembra", "šā gada 31. februārī", "x"]),
       st.one_of(st.none(), st.booleans(), st.integers(-10**9, 10**9), st.text(max_size=4), st.floats()))
def test_this_year_of_any_type_never_raises(text: str, this_year: object) -> None:
    for f in find_dates(text, this_year=this_year):  # type: ignore[arg-type]
        assert f.raw == text[f.start:f.end]
        assert YEAR_MIN <= f.value.date.year <= YEAR_MAX


# Pieces of relative dates (copied from the seeds' "šī gada novembrī" and the lexicon's markers), in
# every letter case, glued to words and with the characters whose case-insensitive matching
# str.lower does not mirror (İ, ı, ſ).
_RELATIVE_PIECES = st.sampled_from([
    "šī gada", "ŠĪ  GADA", "šā\ngada", "Pērnā gada", "pagājušā\tgada", "nākamā gada", "xšī gada", "_šā gada",
    "šių metų", "Kitų metų", "praėjusių metų", " 1. ", "15 ", "novembrī", "augusta", "Jūlijā", "liepos", " d.",
    " ", "\n", "İ", "ı", "ſ", "šī materiāla", "gada",
])


@settings(max_examples=300)
@given(st.lists(_RELATIVE_PIECES, max_size=14).map("".join))
def test_relative_matches_equal_the_full_scan(text: str) -> None:
    """The marker prefilter finds exactly the matches of the case-insensitive scan of every position."""
    from socreport.parse.date_hits import _relative_matches
    from socreport.parse.date_patterns import patterns

    assert [m.span() for m in _relative_matches(text)] == [m.span() for m in patterns().relative.finditer(text)]


# Words that start the lexicon's role and programme patterns (seed sentences: "Projekta kopējās
# izmaksas", "t.sk. ERAF finansējums", "Interreg V-A Latvijas–Lietuvas pārrobežu sadarbības
# programmas"), in any case, with the characters str.lower does not mirror.
_PATTERN_PIECES = st.sampled_from([
    "projekta", "PROJEKTA ", "kopējās ", "izmaksas", "t.sk. ", "T. SK ", "no kuriem", "daļa", "Partnera ", "budžets",
    "Interreg V-A ", "Latvijas", "–", "Lietuvas ", "pārrobežu sadarbības programm", "EaSI", "easi ", "NVO fonds",
    "īstenošanas laiks", "ilgums", "İLGUMS", "ilgumſ", "EaSİ", " ", "\n", "İ", "ı", "ſ", "x", "1",
    "Lithuania", "un ", "ir ", "and ", "European Economic Area ", "(EEA) ", "EEZ ", "Eiropas ",
])


def _lexicon_patterns() -> list[str]:
    rows = [r["pattern"] for r in load("roles")] + [r["pattern"] for r in load("programmes") if r["kind"] == "text"]
    return sorted(set(rows))


def test_required_literals_of_lexicon_patterns() -> None:
    from socreport.parse._scan import required_literals

    assert required_literals(r"\beasi\b") == ("easi",)
    assert required_literals(r"\bt\.\s?sk\b") == ("t.",)
    # an optional start: its literal or the one after it
    assert required_literals(r"(?:projekta\s+)?finansējuma\s+apmērs") == ("finansējuma", "projekta")
    assert required_literals(r"(?:^|(?<=^[•*])|(?<=^ ))(?:dalībnieki|personas)(?=:)") == ("dalībnieki", "personas")
    assert required_literals(r"(?:a\s+)?\w+") is None  # an optional start before no literal: no filter
    assert required_literals(r"(?:x)?") is None  # a pattern that can match the empty string: no filter
    assert required_literals(r"dalībniek(?:i|u|iem)|dalībn") == ("dalībn",)  # a longer literal is left out
    assert required_literals(r"kopēj\w*|projekta\s+vērtība") == ("kopēj", "projekta")
    assert required_literals(r"ſum") is None  # a literal with a case twin gives no filter
    # the parser factors a common prefix out of alternatives ("l(?:atvi|ietuv)"): the group after
    # it lengthens the literal, so the filter is not every "l" of the text
    assert required_literals(r"latvi\w*\s*un|lietuv\w*") == ("latvi", "lietuv")
    assert required_literals(r"eiropas\s+ekonomikas|european\s+economic") == ("eiropas", "european")
    assert required_literals(r"pro(?:jekt|gramm)\w*") == ("programm", "projekt")
    assert required_literals(r"pro(?:jekt|)") == ("pro",)  # an empty alternative: the literal alone


@settings(max_examples=300)
@given(st.lists(_PATTERN_PIECES, max_size=12).map("".join))
def test_may_match_never_rules_out_a_match(text: str) -> None:
    """For every role and programme pattern of the lexicon, a text it matches passes the filter."""
    import re

    from socreport.parse._scan import may_match, required_literals, safe_lower

    low = safe_lower(text)
    for p in _lexicon_patterns():
        if re.search(p, text, re.IGNORECASE):
            assert may_match(required_literals(p), low)


@settings(max_examples=300)
@given(st.lists(_PATTERN_PIECES, max_size=12).map("".join))
def test_search_at_literals_equals_search(text: str) -> None:
    """Trying a lexicon pattern only where its literals stand finds the same first match."""
    import re

    from socreport.parse._scan import required_literals, safe_lower, search_at_literals

    low = safe_lower(text)
    for p in _lexicon_patterns():
        pat = re.compile(p, re.IGNORECASE)
        got = search_at_literals(pat, required_literals(p), text, low)
        want = pat.search(text)
        assert (got and got.span()) == (want and want.span())


# Count labels and durations as fact boxes write them, cut and re-cased, with the case twins.
_SCAN_PIECES = st.sampled_from([
    "Dalībnieku", "dalībnieki ", "skaits", " skaits: ", "Mērķa grupas ", "DALĪBNIEKU SKAITS", "Dalyvių skaičius",
    "Number of participants", "number of ", "beneficiaries", "Participants", "\n", "\n- ", " ", ": ", " – ", "150",
    "1 200", "24", ".", ")", "(", "mēneši", "(mēneši)", "mėn.", "Duration in months", "in months ", "months",
    "divdesmit četri", "eighteen", "-", "İ", "ı", "ſ", "x", "Trukmė (mėn.)",
])


@settings(max_examples=300)
@given(st.lists(_SCAN_PIECES, max_size=14).map("".join))
def test_finditer_at_literals_equals_finditer(text: str) -> None:
    """The count-label and duration patterns tried only at their literals (cut to stems or not) find
    exactly the matches ``finditer`` finds."""
    from socreport.parse import counts, periods
    from socreport.parse._scan import finditer_at_literals

    p = periods.patterns()
    for pat, stem in ((counts._labelled()[1], counts.STEM_CHARS), (p.duration_words, None), (p.unit_first, None)):
        assert pat is not None
        got = [m.span() for m in finditer_at_literals(pat, text, stem=stem)]
        assert got == [m.span() for m in pat.finditer(text) if m.end() > m.start()]


# Month spellings from lexicon/months.csv glued, cut and re-cased ("jūlijā", "JŪLIJS", "jūl",
# "julija"), with word characters, spaces and the case twins around them.
_MONTH_PIECES = st.sampled_from([
    "jūlijā", "JŪLIJS", "jūl", "Jūlija", "julija", "augusts", "aug", "novembrim", "nov", "liepos", "liepą",
    "July", "JULY", "may", "Sept", "x", "_", "1", " ", ".", "-", "ı", "ſ", "İ",
])


@settings(max_examples=300)
@given(st.lists(_MONTH_PIECES, max_size=8).map("".join))
def test_month_tree_matches_like_the_plain_alternation(text: str) -> None:
    """The prefix-tree alternation of month spellings finds the spans of the one-by-one alternation."""
    import re

    from socreport.parse.spellings import alternation, form_pattern

    forms = [r["form"] for r in load("months") if r["form"].isalnum()]
    tree = re.compile(alternation(forms), re.IGNORECASE)
    plain = re.compile("(?:" + "|".join(form_pattern(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))
                       + ")", re.IGNORECASE)
    assert "(?:" in tree.pattern and "|" in tree.pattern
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(("text", "value", "first", "last"), [
    ("IV ktv. 2018 m.", "2018-Q4", "2018-10-01", "2018-12-31"),
    ("2021. gada 1. ceturksnī", "2021-Q1", "2021-01-01", "2021-03-31"),
    ("Q2 2020", "2020-Q2", "2020-04-01", "2020-06-30"),
    ("10.2016.", "2016-10", "2016-10-01", "2016-10-31"),
    ("2009 04 01", "2009-04-01", "2009-04-01", "2009-04-01"),
])
def test_precision_in_the_facts_table_and_calendar(text: str, value: str, first: str, last: str) -> None:
    """A quarter is written YYYY-Qn in the facts table and spans its three months."""
    from socreport.pipeline import format_value

    (f,) = find_dates(text)
    assert format_value(f) == value
    assert (f.value.first_day().isoformat(), f.value.last_day().isoformat()) == (first, last)
