"""Periods, durations and month arithmetic: real ranges from the seed pages, crafted English and
Lithuanian ones, and property tests (no exception, honest spans, the month-end rule)."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socreport.parse.dates import find_dates
from socreport.parse.lexicon import load
from socreport.parse.periods import add_months, date_role, duration_end, find_durations, find_periods
from socreport.parse.spans import Duration, Period


def _periods(text: str) -> list[tuple[str, str, str]]:
    out = []
    for f in find_periods(text):
        assert isinstance(f.value, Period)
        out.append((f.raw, f.value.start.isoformat(), f.value.end.isoformat()))
    return out


# (sentence, [(raw, start, end), ...]) — sentences copied from data/raw/*.txt
SEED_RANGES = [
    ("Projekta īstenošanas laiks: no 2020.gada 1.jūlija līdz 2022. gada 30.novembrim.",
     [("no 2020.gada 1.jūlija līdz 2022. gada 30.novembrim", "2020-07-01", "2022-11-30")]),
    ("Projekta ilgums:    18 mēneši (01.09.2020.-30.06.2023.)",
     [("01.09.2020.-30.06.2023.", "2020-09-01", "2023-06-30")]),
    ("Projekta īstenošanas laiks: 01.06.2020. – 31.05.2022. (24 mēneši).",
     [("01.06.2020. – 31.05.2022.", "2020-06-01", "2022-05-31")]),
    ("Projekts “SocQuality” īstenots Interreg V-A Latvijas-Lietuvas pārrobežu sadarbības programmā 2014-2020, "
     "tas tiks īstenots no 2018. gada marta līdz 2020.gada februārim, un projekta kopējais budžets ir "
     "791 256,20 EUR.",
     [("no 2018. gada marta līdz 2020.gada februārim", "2018-03-01", "2020-02-29")]),
    ("No 2019. gada novembra līdz 2021.gada janvārim Labklājības ministrija (LM) sadarbībā ar 10 "
     "pašvaldībām īstenoja izmēģinājuma projektu.",
     [("No 2019. gada novembra līdz 2021.gada janvārim", "2019-11-01", "2021-01-31")]),
    ("Projekta ieviešanas laiks ir no 2015. gada 1. decembra līdz 2023. gada 31. decembrim.",
     [("no 2015. gada 1. decembra līdz 2023. gada 31. decembrim", "2015-12-01", "2023-12-31")]),
    ("Atbalsta personas pakalpojuma izmēģinājumprojekts tika īstenots no 01.02.2018. līdz 30.11.2019., un "
     "šobrīd turpinās pakalpojuma izstrāde.",
     [("no 01.02.2018. līdz 30.11.2019.", "2018-02-01", "2019-11-30")]),
    ("Tās laikā (no 2020.gada 12.marta līdz 9.jūnijam) izmēģinājumprojekta dalībniekiem nebija iespējams "
     "saņemt pakalpojumus.", [("no 2020.gada 12.marta līdz 9.jūnijam", "2020-03-12", "2020-06-09")]),
    ("Izmēģinājumprojekts tiek īstenots laika periodā no 01.09.2018. līdz 31.08.2019",
     [("no 01.09.2018. līdz 31.08.2019", "2018-09-01", "2019-08-31")]),
    ("No 2016.gada maija līdz 2018.gada janvārim kopumā 169 bērniem Rīgā, Valmierā un Jelgavā tika "
     "nodrošināta pieskatīšana.", [("No 2016.gada maija līdz 2018.gada janvārim", "2016-05-01", "2018-01-31")]),
    ("Projekta īstenošanas laiks: 2016.gada 8.jūlijs (sadarbības līguma noslēgšanas datums) – "
     "2018.gada 31.oktobris",
     [("2016.gada 8.jūlijs (sadarbības līguma noslēgšanas datums) – 2018.gada 31.oktobris",
       "2016-07-08", "2018-10-31")]),
    ("Plānotais projekta īstenošanas laiks: 2015. gada 1.decembris – 2022.gada 31.decembris.",
     [("2015. gada 1.decembris – 2022.gada 31.decembris", "2015-12-01", "2022-12-31")]),
    ("Projekta realizācijas laiks: 27 mēneši, sākot no 2015.gada 1.augusta",
     [("27 mēneši, sākot no 2015.gada 1.augusta", "2015-08-01", "2017-10-31")]),
    ("No 01.08.2015. -30.09.2015. Jelgavas pilsētas pašvaldības iestādē realizējies projekts.",
     [("No 01.08.2015. -30.09.2015.", "2015-08-01", "2015-09-30")]),
    ("01.05.2015. -30.04.2016. Jelgavas Pensionāru biedrība sadarbībā ar Jelgavas pilsētas pašvaldības "
     "iestādi realizē projektu.", [("01.05.2015. -30.04.2016.", "2015-05-01", "2016-04-30")]),
    ("From 01.05.2015. -30.04.2016. Jelgava Pensioners’ Association in co-operation with the local authority",
     [("From 01.05.2015. -30.04.2016.", "2015-05-01", "2016-04-30")]),
    ("Zirgu ielā 47A no 02.01.2012.līdz 31.12.2013. īstenojies projekts.",
     [("no 02.01.2012.līdz 31.12.2013.", "2012-01-02", "2013-12-31")]),
    ("Bērni un jaunieši projekta aktivitātēs piedalījās no 2012. gada aprīļa līdz 2013. gada novembrim.",
     [("no 2012. gada aprīļa līdz 2013. gada novembrim", "2012-04-01", "2013-11-30")]),
    ("Projekta īstenošanas laiks: no 2012.gada 2.janvāra – 2013.gada 31. decembrim.",
     [("no 2012.gada 2.janvāra – 2013.gada 31. decembrim", "2012-01-02", "2013-12-31")]),
    ("Projekti 2012.- 2021. gadā", [("2012.- 2021. gadā", "2012-01-01", "2021-12-31")]),
    ("Interreg V-A Latvijas – Lietuvas pārrobežu sadarbības programma 2014. - 2020. gadam,",
     [("2014. - 2020. gadam", "2014-01-01", "2020-12-31")]),
    ("ES Nodarbinātības un sociālās inovācijas programmas (EaSI PROGRESS) 2014.-2020.gadam ietvaros",
     [("2014.-2020.gadam", "2014-01-01", "2020-12-31")]),
    ("Izmēģinājuma projekts noslēgsies 2019.gada oktobrī.", []),
    ("Izmēģinājumprojekts ilgs gadu – līdz 2019.gada augusta beigām.", []),
    ("Publicēšanas datums: 21.09.2020.", []),
]

CRAFTED_RANGES = [
    ("laika posmā no 2019. gada 1. februāra līdz 2020. gada februāris",
     [("no 2019. gada 1. februāra līdz 2020. gada februāris", "2019-02-01", "2020-02-29")]),
    ("no 2019. gada novembra līdz 2020. gada februārim", [("no 2019. gada novembra līdz 2020. gada februārim",
                                                          "2019-11-01", "2020-02-29")]),
    ("no 2021. gada novembra līdz 2022. gada februārim", [("no 2021. gada novembra līdz 2022. gada februārim",
                                                          "2021-11-01", "2022-02-28")]),
    ("no 2020.gada 15.novembra līdz 31.janvārim", [("no 2020.gada 15.novembra līdz 31.janvārim",
                                                   "2020-11-15", "2021-01-31")]),
    ("no 12. marta līdz 2020. gada 9. jūnijam", [("no 12. marta līdz 2020. gada 9. jūnijam",
                                                 "2020-03-12", "2020-06-09")]),
    ("no 2019. gada līdz 2021. gadam", [("no 2019. gada līdz 2021. gadam", "2019-01-01", "2021-12-31")]),
    ("The project runs from 1 July 2020 to 30 November 2022.",
     [("from 1 July 2020 to 30 November 2022", "2020-07-01", "2022-11-30")]),
    ("Duration: between March 2018 and February 2020.",
     [("between March 2018 and February 2020", "2018-03-01", "2020-02-29")]),
    ("It ran from 1 July to 30 November 2022.", [("from 1 July to 30 November 2022", "2022-07-01", "2022-11-30")]),
    ("Period: 2020-07-01 – 2022-11-30", [("2020-07-01 – 2022-11-30", "2020-07-01", "2022-11-30")]),
    ("The project lasts 24 months starting from 1 July 2020.",
     [("24 months starting from 1 July 2020", "2020-07-01", "2022-06-30")]),
    ("Projekto trukmė: nuo 2020 m. liepos 1 d. iki 2022 m. lapkričio 30 d.",
     [("nuo 2020 m. liepos 1 d. iki 2022 m. lapkričio 30 d.", "2020-07-01", "2022-11-30")]),
    ("Trukmė – 24 mėnesiai nuo 2020-07-01.", [("24 mėnesiai nuo 2020-07-01", "2020-07-01", "2022-06-30")]),
    ("Projekts ilgs 12 mēnešus, sākot ar 2019. gada martu.",
     [("12 mēnešus, sākot ar 2019. gada martu", "2019-03-01", "2020-02-29")]),
    ("no 2020. gada jūlija līdz decembrim", [("no 2020. gada jūlija līdz decembrim", "2020-07-01", "2020-12-31")]),
    ("no novembra līdz 2021. gada februārim", [("no novembra līdz 2021. gada februārim",
                                               "2020-11-01", "2021-02-28")]),
    ("It ran from July to December 2020.", [("from July to December 2020", "2020-07-01", "2020-12-31")]),
    ("Vadītāja: 2020. gada 1. jūlija – Maija Ozola", []),
    # synthetic variations: two months of one year joined by a tight dash, or a spaced one before "mėn."
    ("Projektas bus įgyvendinamas 2024 m. sausio–gruodžio mėn.",
     [("2024 m. sausio–gruodžio", "2024-01-01", "2024-12-31")]),
    ("Projektas vyks 2024 m. kovo – gegužės mėn.", [("2024 m. kovo – gegužės", "2024-03-01", "2024-05-31")]),
    ("Projekts tiks īstenots 2024. gada janvārī–jūnijā.", [("2024. gada janvārī–jūnijā", "2024-01-01", "2024-06-30")]),
    ("The project runs January–June 2024.", [("January–June 2024", "2024-01-01", "2024-06-30")]),
    ("Vadītāja: 2020. gada 1. jūlija–Maija Ozola", []),
    ("Ilgums: 27 mēneši, sākot no 2015.gada 1.augusta līdz 2017. gada 31. oktobrim.",
     [("sākot no 2015.gada 1.augusta līdz 2017. gada 31. oktobrim", "2015-08-01", "2017-10-31")]),
    ("starp 2020. gada jūliju un 2021. gada jūniju", [("starp 2020. gada jūliju un 2021. gada jūniju",
                                                      "2020-07-01", "2021-06-30")]),
    ("Laikotarpis: 2020-07-01 − 2022-11-30", [("2020-07-01 − 2022-11-30", "2020-07-01", "2022-11-30")]),
    ("no 2020. gada jūlija un 2021. gada jūnija", []),
    ("and 01.06.2020 and 31.05.2022", []),
    ("no 31.05.2022. līdz 01.06.2020.", []),
    ("no 31.02.2022. līdz 01.06.2023.", []),
]


# Ranges found on real pages (tests/data/real/dev) and variations of them.
REAL_RANGES = [
    ("Numatoma projekto įgyvendinimo pradžia ir pabaiga - 2010/07- 2012/06.",
     [("2010/07- 2012/06", "2010-07-01", "2012-06-30")]),
    ("Īstenošanas laiks: 10.2016. - 12. 2022.", [("10.2016. - 12. 2022.", "2016-10-01", "2022-12-31")]),
    ("Īstenošanas laiks: 2016.10.–2022.12.", [("2016.10.–2022.12.", "2016-10-01", "2022-12-31")]),
    ("Project period: 2016-10-01/2022-12-31", [("2016-10-01/2022-12-31", "2016-10-01", "2022-12-31")]),
    ("Project period: 2016 October – 2022 December", [("2016 October – 2022 December", "2016-10-01", "2022-12-31")]),
    ("Period\n2014-03-01 → 2015-11-30", [("2014-03-01 → 2015-11-30", "2014-03-01", "2015-11-30")]),
    ("24 mēneši (01/03/2018 – 29/02/2020)", [("01/03/2018 – 29/02/2020", "2018-03-01", "2020-02-29")]),
    ("Duration: 24 MONTHS (May 17, 2017-November 16, 2019)",
     [("May 17, 2017-November 16, 2019", "2017-05-17", "2019-11-16")]),
    ("Laikotarpis - 2022 m. lapkričio 1 d. – 2023 m. gruodžio 31 d.",
     [("2022 m. lapkričio 1 d. – 2023 m. gruodžio 31 d.", "2022-11-01", "2023-12-31")]),
    ("Project period: March 2018 – February 2020", [("March 2018 – February 2020", "2018-03-01", "2020-02-29")]),
    ("The project lasts 24 months from 1 March 2018.", [("24 months from 1 March 2018", "2018-03-01", "2020-02-29")]),
    # quarters: a start is the quarter's first day, an end its last day
    ("no 2019. gada 1. ceturkšņa līdz 2020. gada IV ceturksnim",
     [("no 2019. gada 1. ceturkšņa līdz 2020. gada IV ceturksnim", "2019-01-01", "2020-12-31")]),
    ("Q2 2019 – Q1 2021", [("Q2 2019 – Q1 2021", "2019-04-01", "2021-03-31")]),
    ("nuo 2018 m. III ketvirčio iki 2019 m. II ketvirčio",
     [("nuo 2018 m. III ketvirčio iki 2019 m. II ketvirčio", "2018-07-01", "2019-06-30")]),
    # synthetic (en): a capitalised month name before a dash and a month of a year; ISO year-months
    ("Implementation period: March – December 2019", [("March – December 2019", "2019-03-01", "2019-12-31")]),
    ("Implementation period: March–December 2019", [("March–December 2019", "2019-03-01", "2019-12-31")]),
    ("it may – December 2019 shows", []),
    ("Project period: 2019-03 – 2021-02", [("2019-03 – 2021-02", "2019-03-01", "2021-02-28")]),
]


@pytest.mark.parametrize(("text", "expected"), SEED_RANGES + CRAFTED_RANGES + REAL_RANGES)
def test_find_periods_table(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _periods(text) == expected


def test_period_and_its_dates_overlap() -> None:
    text = "Projekta īstenošanas laiks: no 2020.gada 1.jūlija līdz 2022. gada 30.novembrim."
    (p,) = find_periods(text)
    dates = find_dates(text)
    assert len(dates) == 2
    assert all(p.start <= d.start and d.end <= p.end for d in dates)


def test_duration_start_rule_name() -> None:
    (p,) = find_periods("Projekta realizācijas laiks: 27 mēneši, sākot no 2015.gada 1.augusta")
    assert "duration" in p.rule
    assert p.value == Period(dt.date(2015, 8, 1), dt.date(2017, 10, 31))


# (sentence, [(raw, months), ...])
DURATIONS = [
    ("Projekta ilgums:    18 mēneši (01.09.2020.-30.06.2023.)", [("18 mēneši", 18)]),
    ("Projekta īstenošanas laiks: 01.06.2020. – 31.05.2022. (24 mēneši).", [("24 mēneši", 24)]),
    ("Projekta realizācijas laiks: 27 mēneši, sākot no 2015.gada 1.augusta", [("27 mēneši", 27)]),
    ("Pašvaldībā 10 pilngadīgām personām ar garīga rakstura traucējumiem 12 mēnešu tiks sniegts sociālais "
     "atbalsts.", [("12 mēnešu", 12)]),
    ("izmēģinājumprojekta īstenošana tika pagarināta par 3 mēnešiem, dalībnieki varēs saņemt atbalstu",
     [("3 mēnešiem", 3)]),
    ("Izmēģinājumprojekta pirmais 6 mēnešu periods ir noslēdzies.", [("6 mēnešu", 6)]),
    ("īstenota jaunieša individuālā pasākumu programma līdz 9 mēnešiem ilgā laika periodā",
     [("9 mēnešiem", 9)]),
    ("Projekta ilgums – 24 mēneši.", [("24 mēneši", 24)]),
    ("A 24-month project; duration 24 months.", [("24-month", 24), ("24 months", 24)]),
    ("Projekto trukmė – 24 mėnesiai.", [("24 mėnesiai", 24)]),
    ("Projekto trukmė 18 mėn.", [("18 mėn.", 18)]),
    ("Duration: 24 MONTHS (May 17, 2017-November 16, 2019)", [("24 MONTHS", 24)]),
    ("Projekta īstenošanas termiņš: 12 mēneši.", [("12 mēneši", 12)]),
    ("bērni no 24 mēnešu vecumā un 18 mēnešus veci", []),
    ("children 18 months old", []),
    ("programma 6-12 mēneši", []),
    ("vecumā līdz 7 gadiem", []),
    ("Divu gadu laikā", []),
    ("0 mēneši", []),
    ("1234 mēneši", []),
    # synthetic: an adjective or the number written out between number and unit, the unit in the label
    ("Projekta īstenošanas ilgums ir 12 (divpadsmit) mēneši.", [("12 (divpadsmit) mēneši", 12)]),
    ("Projekta ilgums – 30 kalendārie mēneši.", [("30 kalendārie mēneši", 30)]),
    ("The project lasts 24 calendar months.", [("24 calendar months", 24)]),
    ("Projekto trukmė – 36 kalendoriniai mėnesiai.", [("36 kalendoriniai mėnesiai", 36)]),
    ("Projekta ilgums (mēneši): 24", [("(mēneši): 24", 24)]),
    ("| Projekta ilgums (mēnešos) | 24 |", [("(mēnešos) | 24", 24)]),
    ("Project duration (months)\n24\n", [("(months)\n24", 24)]),
    ("Duration in months: 36", [("in months: 36", 36)]),
    ("Projekto trukmė (mėn.): 24", [("(mėn.): 24", 24)]),
    # synthetic: an unbracketed unit ends the label's line, the number is all of the next line
    ("Duration in months\n24\n", [("in months\n24", 24)]),
    ("Ilgums mēnešos\n18", [("mēnešos\n18", 18)]),
    ("Trukmė mėnesiais\n20\nPareiškėjas", [("mėnesiais\n20", 20)]),
    ("The project lasts 6 months\n15", [("6 months", 6)]),
    ("Duration in months\n24 EUR", []),
    # synthetic: the number written out in words, in its case, alone or as a ten and a unit
    ("Projekta ilgums – divpadsmit mēneši.", [("divpadsmit mēneši", 12)]),
    ("Projekts ilgs divdesmit četrus mēnešus.", [("divdesmit četrus mēnešus", 24)]),
    ("Project duration: eighteen months", [("eighteen months", 18)]),
    ("the twenty-four-month project", [("twenty-four-month", 24)]),
    ("Projekto trukmė – dvidešimt keturi mėnesiai.", [("dvidešimt keturi mėnesiai", 24)]),
    ("per dvylika mėnesių", [("dvylika mėnesių", 12)]),
    ("Trukmė: 36 mėn", [("36 mėn", 36)]),
    ("children twelve months old", []),
    ("per du metus", []),
    ("someone said months later", []),
    # the unit belongs to the number before it; no number on the next line after a bare unit
    ("Projekta ilgums 24 mēneši – 12 dalībnieki.", [("24 mēneši", 24)]),
    ("for several months\n5 children", []),
    ("Duration (months): 24.5", []),
    ("Duration (months): 2019", []),
]


@pytest.mark.parametrize(("text", "expected"), DURATIONS)
def test_find_durations_table(text: str, expected: list[tuple[str, int]]) -> None:
    got = [(f.raw, f.value.months) for f in find_durations(text) if isinstance(f.value, Duration)]
    assert got == expected


def test_seed_pages(seed_texts: dict[str, str]) -> None:
    """On the raw seed pages (with their no-break spaces) spans are honest and the key ranges found."""
    found: dict[str, set[tuple[str, str]]] = {}
    for doc, text in seed_texts.items():
        for f in find_periods(text) + find_durations(text):
            assert text[f.start:f.end] == f.raw
            if isinstance(f.value, Period):
                found.setdefault(doc, set()).add((f.value.start.isoformat(), f.value.end.isoformat()))
    assert ("2020-07-01", "2022-11-30") in found["000_a6640382eac6c1fc"]
    assert ("2020-09-01", "2023-06-30") in found["001_ba819a8ab322f87d"]
    assert ("2020-06-01", "2022-05-31") in found["002_17ed4f7446dc636f"]
    assert ("2018-03-01", "2020-02-29") in found["003_8f97c0a78adf6334"]
    assert ("2015-08-01", "2017-10-31") in found["004_49cf07e53512a167"]


# ---------------------------------------------------------------------------------------------
# Month arithmetic and properties


@pytest.mark.parametrize(("start", "months", "end"), [
    (dt.date(2015, 8, 1), 27, dt.date(2017, 10, 31)),
    (dt.date(2020, 6, 1), 24, dt.date(2022, 5, 31)),
    (dt.date(2020, 9, 1), 18, dt.date(2022, 2, 28)),
    (dt.date(2019, 3, 1), 12, dt.date(2020, 2, 29)),
    (dt.date(2020, 1, 31), 1, dt.date(2020, 2, 28)),
    (dt.date(2020, 12, 15), 1, dt.date(2021, 1, 14)),
])
def test_duration_end(start: dt.date, months: int, end: dt.date) -> None:
    assert duration_end(start, months) == end


_DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31))


@settings(max_examples=300, deadline=None)
@given(_DATES, st.integers(min_value=0, max_value=120))
def test_add_months_properties(d: dt.date, n: int) -> None:
    moved = add_months(d, n)
    assert (moved.year - d.year) * 12 + moved.month - d.month == n
    assert moved.day == min(d.day, calendar.monthrange(moved.year, moved.month)[1])
    if n > 0 and d.day == 1:  # a span starting on the 1st ends on a month's last day
        end = duration_end(d, n)
        assert end.day == calendar.monthrange(end.year, end.month)[1]


def _lv(month: int, case: str) -> str:
    return next(r["form"] for r in load("months")
                if r["language"] == "lv" and r["case"] == case and int(r["month"]) == month)


@settings(max_examples=200, deadline=None)
@given(st.integers(1990, 2098), st.integers(1, 12), st.integers(0, 2), st.integers(1, 12),
       st.sampled_from(["gen", "dat", "nom", "loc"]))
def test_month_end_rule(y1: int, m1: int, dy: int, m2: int, end_case: str) -> None:
    """A month-only start resolves to the first day, a month-only end to the month's last day."""
    y2 = y1 + dy
    if (y2, m2) < (y1, m1):
        return
    text = f"no {y1}. gada {_lv(m1, 'gen')} līdz {y2}. gada {_lv(m2, end_case)}"
    (p,) = find_periods(text)
    assert p.value == Period(dt.date(y1, m1, 1), dt.date(y2, m2, calendar.monthrange(y2, m2)[1]))
    assert p.raw == text


@settings(max_examples=150, deadline=None)
@given(_DATES, _DATES, st.sampled_from([" – ", "-", ". līdz ", " līdz "]))
def test_numeric_range_round_trip(a: dt.date, b: dt.date, sep: str) -> None:
    start, end = min(a, b), max(a, b)
    text = f"no {start:%d.%m.%Y}{sep}{end:%d.%m.%Y}."
    (p,) = find_periods(text)
    assert p.value == Period(start, end)


@settings(max_examples=150, deadline=None)
@given(_DATES, st.integers(1, 60))
def test_duration_with_start_round_trip(d: dt.date, n: int) -> None:
    text = f"Ilgums: {n} mēneši, sākot no {d.year}.gada {d.day}.{_lv(d.month, 'gen')}"
    periods = find_periods(text)
    assert [p.value for p in periods] == [Period(d, duration_end(d, n))]
    assert [f.value for f in find_durations(text)] == [Duration(n)]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_never_raises_and_spans_are_honest(text: str) -> None:
    for f in find_periods(text) + find_durations(text):
        assert 0 <= f.start < f.end <= len(text)
        assert f.raw == text[f.start:f.end]
        if isinstance(f.value, Period):
            assert f.value.start is not None and f.value.end is not None
            assert f.value.start <= f.value.end


_ALPHABET = st.sampled_from(list("0123456789./- gadam.mēnešilīdzno–(),\n\xa0jūlijsnovembrimMarchJulyto"))


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_period_like_noise_never_raises(text: str) -> None:
    for f in find_periods(text) + find_durations(text):
        assert f.raw == text[f.start:f.end]


# Long runs of spaces after a number once made a pattern backtrack quadratically (minutes on 50 kB);
# these inputs finish in milliseconds now, and would make this file visibly slow if that came back.
ADVERSARIAL = [
    "2020" + " " * 20000 + "x",
    "2020" + "\xa0" * 20000 + "gada",
    "24" + " " * 20000 + "-" + " " * 20000,
    "šī gada 1" + " " * 20000 + "x",
    "July" + " " * 20000 + "x",
    "01.01.2020 (" + "a" * 20000,
    # month-year, spaced ISO and quarter forms
    "IV" + " " * 20000 + "ktv.",
    "Q4" + " " * 20000 + "x",
    "12." + " " * 20000 + "2020x",
    "2020" + " " * 20000 + "04" + " " * 20000 + "01",
    "2020/" + " " * 20000 + "07",
    # a word or bracket between number and unit, the unit in a label
    "12" + " " * 20000 + "kalendārie" + " " * 20000 + "x",
    "(mēneši)" + " " * 20000 + ":" + " " * 20000 + "x",
    "in months" + " " * 20000 + "|" + " " * 20000 + "x",
    "in months" + " " * 20000 + "\n" + " " * 20000 + "x",
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_long_whitespace_runs(text: str) -> None:
    assert find_periods(text) == []
    assert find_durations(text) == []
    assert [f.raw for f in find_dates(text, this_year=2020)] == (["01.01.2020"] if text.startswith("01") else [])


def test_label_above_on_long_blank_runs() -> None:
    """A label line is looked for within a bounded window: many blank lines end the search."""
    from socreport.parse.periods import label_above

    text = "Pradžios data" + "\n" * 20000 + "2020-01-01"
    assert label_above(text, len(text) - 10) is None
    assert label_above("Pradžios data\n\n2020-01-01", 15) == "Pradžios data"
    assert date_role(text, len(text) - 10, len(text)) is None
