"""Project and contract numbers: real sentences from the seed pages, negatives, properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socreport.parse.codes import find_codes, normalise_code, parse_code
from socreport.parse.spans import Code

# (sentence from a seed page, expected [(raw span, normalised code, scheme)])
SEED_SENTENCES = [
    ("Sociālajam riskam pakļauto bērnu un jauniešu integrācija Jelgavas un Šauļu pilsētas pašvaldībās "
     "(RiskChildren) Nr. LLI-491", [("LLI-491", "LLI-491", "interreg")]),
    ("Informācija sagatavota projekta Nr. LLI-491 “Sociālajam riskam pakļauto bērnu un jauniešu integrācija "
     "Jelgavas un Šauļu pilsētas pašvaldībās (RiskChildren)” īstenošanas ietvaros",
     [("LLI-491", "LLI-491", "interreg")]),
    ("Daugavpils pilsētas pašvaldības iestāde “Sociālais dienests” realizē jaunu projektu “Neaizsargāto grupu "
     "sociālā iekļaušana Zarasai-Daugavpils pārrobežu reģionā, attīstot integrētu sociālās aprūpes tīklu” Nr.LLI-550",
     [("LLI-550", "LLI-550", "interreg")]),
    ("Projekts: LLI-425 Daudzfunkcionālo centru - vietējās kopienas sociālās iekļaušanas un izaugsmes "
     "veicinātāju attīstība", [("LLI-425", "LLI-425", "interreg")]),
    ("LLI-425 “Development of Multifunctional Centers as Driver for Social Inclusion and Development of Local "
     "Community”", [("LLI-425", "LLI-425", "interreg")]),
    ("Projekta Nr. 9.2.2.1./15/I/001 “Atver sirdi Zemgalē!” mērķis ir Zemgales reģionā palielināt ģimeniskai "
     "videi pietuvinātu un sabiedrībā balstītu sociālo pakalpojumu pieejamību",
     [("9.2.2.1./15/I/001", "9.2.2.1/15/I/001", "esf")]),
    ("Ir noslēdzies ESF projekta Nr.9.2.2.2./16/I/001 “Sociālo pakalpojumu atbalsta sistēmas pilnveide” "
     "darbības", [("9.2.2.2./16/I/001", "9.2.2.2/16/I/001", "esf")]),
    ("Izmēģinājumprojekts tiek īstenots ESF projekta Nr. 9.2.2.2/16/I/001 “Sociālo pakalpojumu atbalsta "
     "sistēmas pilnveide” ietvaros.", [("9.2.2.2/16/I/001", "9.2.2.2/16/I/001", "esf")]),
    ("2018.gada 1.septembrī Latvijā desmit pašvaldībās tika uzsākts Eiropas savienības projekta "
     "Nr.9.2.2.2./16/I/001 ”Sabiedrībā balstītu sociālo pakalpojumu nodrošināšana bērniem ar funkcionāliem "
     "traucējumiem” izmēģinājumprojekts", [("9.2.2.2./16/I/001", "9.2.2.2/16/I/001", "esf")]),
    ("Eiropas Savienības projekts Nr.9.2.2.2./16/I/001 ’’Sabiedrībā balstītu sociālo pakalpojumu "
     "nodrošināšana bērniem ar funkcionāliem traucējumiem”.", [("9.2.2.2./16/I/001", "9.2.2.2/16/I/001", "esf")]),
    ("Projektu ,,Ģimenes asistenti Jelgavas pilsētā” Nr.2014.EEZ/PP?1/MIC/081/043 administrē Sabiedrības "
     "integrācija fonds.", [("2014.EEZ/PP?1/MIC/081/043", "2014.EEZ/PP/1/MIC/081/043", "eea")]),
    ("No 1.maija Jelgavas Pensionāru biedrība sadarbībā ar Jelgavas pilsētas pašvaldības iestādi „Jelgavas "
     "sociālo lietu pārvalde” realizē EEZ projektu ,,Ģimenes asistenti Jelgavas pilsētā” projekta "
     "Nr.2014.EEZ/PP?1/MIC/081/043.", [("2014.EEZ/PP?1/MIC/081/043", "2014.EEZ/PP/1/MIC/081/043", "eea")]),
    ("Eiropas Ekonomikas zonas finanšu instrumenta 2009. -2014.gada perioda programmas ,,NVO fonds” "
     "apakšprogrammas ,,Nevalstisko organizāciju projektu programma” projektu ,,Ģimenes asistenti Jelgavas "
     "pilsētā”, līgums Nr.2014.EEZ/PP/1/MIC/081/043.",
     [("2014.EEZ/PP/1/MIC/081/043", "2014.EEZ/PP/1/MIC/081/043", "eea")]),
    ("From 01.05.2015. -30.04.2016. Jelgava Pensioners’ Association in co-operation with the local authority "
     "“Jelgava Social Affairs” implemented by the European Economic Area Financial Mechanism 2009 -2014. year "
     "period of the program ,,NVO Fund” sub NVO project program “Family Assistants Jelgava city “contract Nr. "
     "2014.EEZ/PP/1/ MIC/081/043.", [("2014.EEZ/PP/1/ MIC/081/043", "2014.EEZ/PP/1/MIC/081/043", "eea")]),
    ("Projekta līguma numurs: VS/2015/0206", [("VS/2015/0206", "VS/2015/0206", "easi")]),
    ("projektu ,,Mans budžets”, līgums Nr.4-35/6.", [("4-35/6", "4-35/6", "contract")]),
    ("P/ie ”Jelgavas sociālo lietu pārvalde” Bērnu un ģimenes atbalsta centrā, Zirgu ielā 47A no "
     "02.01.2012.līdz 31.12.2013. īstenojies projekts „ Sociālās rehabilitācijas un motivācijas programma "
     "sociālās atstumtības riskam pakļautajiem bērniem un jauniešiem Jelgavas pilsētā”, līg.nr. "
     "1DP/1.4.1.2.4/11/APIA/NVA/064.",
     [("1DP/1.4.1.2.4/11/APIA/NVA/064", "1DP/1.4.1.2.4/11/APIA/NVA/064", "esf-2007")]),
    ("Projekts „Sociālās rehabilitācijas programma Jelgavas pilsētā dzīvojošām romu tautības ģimenēm ar "
     "pirmsskolas vai skolas vecuma bērniem” Nr.1DP/1.4.1.2.4./11/APIA/NVA/065",
     [("1DP/1.4.1.2.4./11/APIA/NVA/065", "1DP/1.4.1.2.4/11/APIA/NVA/065", "esf-2007")]),
    ("Projekts: „Drošības poga Zemgalē” Nr.1DP/1.4.1.2.4./11/APIA/NVA/046",
     [("1DP/1.4.1.2.4./11/APIA/NVA/046", "1DP/1.4.1.2.4/11/APIA/NVA/046", "esf-2007")]),
    # English and Lithuanian spellings of the same labels
    ("Project No. LLI-491 is implemented by Šiauliai City Municipality.", [("LLI-491", "LLI-491", "interreg")]),
    ("Informacija parengta įgyvendinant projekto Nr. LLI-491 veiklas.", [("LLI-491", "LLI-491", "interreg")]),
    ("Sutarties Nr. 2014.EEZ/PP/1/MIC/081/043", [("2014.EEZ/PP/1/MIC/081/043", "2014.EEZ/PP/1/MIC/081/043", "eea")]),
    # a contract's number is the project's own only after a project word or the project's title
    ("contract No. 4-35/6 was signed", [("4-35/6", "4-35/6", "contract-other")]),
    ("the project contract No. 4-35/6 was signed", [("4-35/6", "4-35/6", "contract")]),
    ("Projekta līgums Nr. 12/34-K", [("12/34-K", "12/34-K", "contract")]),
    ("Projekto finansavimo sutartis Nr. AB-12", [("AB-12", "AB-12", "contract")]),
    ("Sutarties Nr. 12-345 su rangovu pasirašyta gegužę.", [("12-345", "12-345", "contract-other")]),
    ("Rangos sutarties Nr. SR-2020-33 vertė", [("SR-2020-33", "SR-2020-33", "contract-other")]),
    ("noslēdza būvdarbu līgumu Nr. 2.1/2020/17 ar SIA", [("2.1/2020/17", "2.1/2020/17", "contract-other")]),
    # other programme periods
    ("Interreg VI-A Latvijas–Lietuvas programmas 2021.–2027. gadam projekts Nr. LL-00018 „Drošas kopienas”",
     [("LL-00018", "LL-00018", "interreg-2021")]),
    ("projekts Nr. 4.3.1.1/1/24/I/001 “Sociālo pakalpojumu attīstība”",
     [("4.3.1.1/1/24/I/001", "4.3.1.1/1/24/I/001", "esf-2021")]),
    # --- real dev pages (area E): more schemes, labels in three languages
    ("(Nr.12-09-LL03-L413201-000013) apstiprināšanu Eiropas lauksaimniecības fonda lauku attīstībai",
     [("12-09-LL03-L413201-000013", "12-09-LL03-L413201-000013", "leader")]),
    ("īstenoja LEADER projektu „Sociālo un veselības pakalpojumu attīstība” (Nr.17-01-AL15-A019.2203-000012).",
     [("17-01-AL15-A019.2203-000012", "17-01-AL15-A019.2203-000012", "leader")]),
    ("iesniegto projekta iesniegumu Nr. 23-03-AL21-A019.2206-000001 \"Sociālās aprūpes centru",
     [("23-03-AL21-A019.2206-000001", "23-03-AL21-A019.2206-000001", "leader")]),
    ("Projekta Nr.: 16-02-AL06-A019.2201-000013", [("16-02-AL06-A019.2201-000013", "16-02-AL06-A019.2201-000013", "leader")]),
    ("pagal priemonę 08.1.1-CPVA-V-427 „Institucinės globos pertvarka“ įgyvendino projektą „Bendruomeninių "
     "vaikų globos namų“ Nr. 08.1.1-CPVA-V-427-01-0008.",  # the measure alone is no project number
     [("08.1.1-CPVA-V-427-01-0008", "08.1.1-CPVA-V-427-01-0008", "lt-2014")]),
    ("„BENDRUOMENINIŲ VAIKŲ GLOBOS NAMŲ“, Nr. 08.1.1-CPVA-V-427-03-0001, 2014–2020 metų Europos Sąjungos fondų "
     "investicijų veiksmų programos 8 prioriteto įgyvendinimo priemonė Nr. 08.1.1-CPVA-V-427 „Institucinės",
     [("08.1.1-CPVA-V-427-03-0001", "08.1.1-CPVA-V-427-03-0001", "lt-2014")]),
    ("Kvietimo numeris\n\n21-411-P\n\nProjekto numeris\n\n21-411-P-0001\n",  # the call alone is no project
     [("21-411-P-0001", "21-411-P-0001", "lt-2021")]),
    ("Projekto kodas –  Nr. 09-010-P-0014", [("09-010-P-0014", "09-010-P-0014", "lt-2021")]),
    ("project code No. EEE-LT05-SADM-01-K-01-005, is financed from the funds of the EEA",
     [("EEE-LT05-SADM-01-K-01-005", "EEE-LT05-SADM-01-K-01-005", "eea-lt")]),
    ("Tripartite contract No. 2014/4-9-37/D4-278 on the implementation of the project",
     [("2014/4-9-37/D4-278", "2014/4-9-37/D4-278", "contract-other")]),
    ("bendradarbiavimo per sieną 2007–2013 m. programos projektą LLIV-253 „Tarpvalstybinio",
     [("LLIV-253", "LLIV-253", "interreg-2007")]),
    ("Projekts LLI 444 „Drošas kopienas”", [("LLI 444", "LLI-444", "interreg")]),  # synthetic: a space for the hyphen
    ("Project LLB-2-214 “Social rehabilitation centres”", [("LLB-2-214", "LLB-2-214", "interreg-other")]),
    ("Programmas kods (CCI): 2014TC16RFCB012", []),  # a programme's CCI number is no project's
    ("Projekto Nr. 2014LT16MAOP001 – veiksmų programos kodas", []),
    ("Projekto kodas VP3-2.2-ŠMM-04-R-91-001", [("VP3-2.2-ŠMM-04-R-91-001", "VP3-2.2-ŠMM-04-R-91-001", "lt-2007")]),
    ("pagal Europos Savienības kohēzijas politikas programmas 2021.–2027. gadam projekta Nr. 4.1.1.3/2/25/A/028",
     [("4.1.1.3/2/25/A/028", "4.1.1.3/2/25/A/028", "esf-2021")]),
    ("Projekto numeris: 2020/15-7", [("2020/15-7", "2020/15-7", "other")]),  # synthetic: any shape after a label
    ("Project Number:\nLT05-0015\nTarget groups", [("LT05-0015", "LT05-0015", "eea-card")]),  # EEA Grants project card
    # synthetic: a Lithuanian national number of an EEA and Norway Grants 2014–2021 project, without a label
    ("Projektas LT07-1-SAM-K01-004 „Kartu“ finansuojamas EEE finansinio mechanizmo lėšomis",
     [("LT07-1-SAM-K01-004", "LT07-1-SAM-K01-004", "eea-lt-2014")]),
    ("projekta Nr. 10-06-L32100-000250 ietvaros", [("10-06-L32100-000250", "10-06-L32100-000250", "leader")]),  # synthetic
    # synthetic: a Lithuanian LEADER local project's number in running text, without a label
    ("įgyvendina vietos projektą UTEN-LEADER-6B-D-7-2-2019 „Socialinės paslaugos kaime“",
     [("UTEN-LEADER-6B-D-7-2-2019", "UTEN-LEADER-6B-D-7-2-2019", "leader-lt")]),
    ("līguma Nr. 3DP/3.1.4.1.1/10/IPIA/VRAA/008", [("3DP/3.1.4.1.1/10/IPIA/VRAA/008", "3DP/3.1.4.1.1/10/IPIA/VRAA/008",
                                                  "lv-2007")]),
    # synthetic (en): numbers of the other Interreg programmes in running text, without a label —
    # Central Baltic 2021–2027, Baltic Sea Region, Lithuania–Poland 2014–2020, Latvia–Russia
    ("The Central Baltic project CB0100123 “Green Harbours” started in 2023.",
     [("CB0100123", "CB0100123", "interreg-other")]),
    ("Interreg Baltic Sea Region project #R093 ACCESS", [("#R093", "#R093", "interreg-other")]),
    ("The project LT-PL-1R-065 was completed.", [("LT-PL-1R-065", "LT-PL-1R-065", "interreg-other")]),
    ("Latvia–Russia CBC project LV-RU-028", [("LV-RU-028", "LV-RU-028", "interreg-other")]),
]

# Text that holds dates, money, phone numbers and year ranges but no code.
NEGATIVES = [
    "Projekta īstenošanas laiks: 01.06.2020. – 31.05.2022. (24 mēneši).",
    "Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR EUR (85%)",
    "Tālrunis: +371 63005560",
    "L.Rulle, tālrunis: 63005568",
    "Informāciju 23.09.2015. ievietoja un sagatavoja Linda Vecums-Veco t.6304890",
    "Programma: Interreg V-A Latvijas – Lietuvas pārrobežu sadarbības programma 2014-2020.",
    "Projekti 2012.- 2021. gadā",
    "ES Nodarbinātības un sociālās inovācijas programmas (EaSI PROGRESS) 2014.-2020.gadam ietvaros",
    "Izmēģinājumprojekts tiek īstenots laika periodā no 01.09.2018. līdz 31.08.2019",
    "projekta no 2015.gada 1.augusta līdz 10-16 gadiem",
    "ņemot vērā Kovid -19 infekcijas izplatību",
    "Zirgu ielā 47A no 02.01.2012.",
    "5 °C, 4.9 m/s, 86.5 %",
    # measures, calls and lists are not project numbers (real dev pages)
    "priemonę 08.1.1-CPVA-V-427 „Institucinės globos pertvarka“",
    "Kvietimo numeris\n\n21-411-P\n\n",
    "sąrašą 2007-2013 m. laikotarpiui Nr. VP3-2.2-ŠMM-06-R-91. Bendra projekto vertė",
    "'VP3-2.2-ŠMM-04-R' priemonė",
    "el. (8 347) 69548, tel. 8-347-69553",
    "project code 2020 and Projekta Nr. 15",
    "Follow us: #EU4Youth #Interreg",
]


@pytest.mark.parametrize("sentence,expected", SEED_SENTENCES)
def test_seed_sentences(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(f.raw, f.value.code, f.value.scheme) for f in find_codes(sentence)]
    assert got == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text: str) -> None:
    assert find_codes(text) == []


@pytest.mark.parametrize("a,b", [
    ("9.2.2.1./15/I/001", "9.2.2.1/15/I/001"),
    ("9.2.2.2./16/I/001", "Nr. 9.2.2.2/16/I/001"),
    ("1DP/1.4.1.2.4./11/APIA/NVA/046", "1dp/1.4.1.2.4/11/apia/nva/046"),
    ("2014.EEZ/PP?1/MIC/081/043", "2014.EEZ/PP/1/ MIC/081/043"),
    ("Nr.LLI-550", "LLI-550"),
    ("LLI–491", "lli-491"),
    ("Nr. 4-35/6", "4-35/6."),
])
def test_same_code_written_two_ways(a: str, b: str) -> None:
    assert normalise_code(a) == normalise_code(b)


@pytest.mark.parametrize("a,b", [("LLI-491", "LLI-492"), ("9.2.2.1/15/I/001", "9.2.2.2/16/I/001")])
def test_different_codes_stay_different(a: str, b: str) -> None:
    assert normalise_code(a) != normalise_code(b)


@pytest.mark.parametrize("s,expected", [
    ("LLI-491", Code("LLI-491", "interreg")),
    ("Nr.LLI-550", Code("LLI-550", "interreg")),
    ("9.2.2.1./15/I/001", Code("9.2.2.1/15/I/001", "esf")),
    ("VS/2015/0206", Code("VS/2015/0206", "easi")),
    ("2014.EEZ/PP?1/MIC/081/043", Code("2014.EEZ/PP/1/MIC/081/043", "eea")),
    ("01.06.2020.", None),
    ("661 092.24 EUR", None),
    ("", None),
])
def test_parse_code(s: str, expected: Code | None) -> None:
    assert parse_code(s) == expected


def test_every_seed_code_found(seed_texts: dict[str, str]) -> None:
    """The distinct codes of the seed corpus, normalised."""
    found = {f.value.code for t in seed_texts.values() for f in find_codes(t)}
    assert found == {
        "LLI-491", "LLI-550", "LLI-425", "9.2.2.1/15/I/001", "9.2.2.2/16/I/001", "2014.EEZ/PP/1/MIC/081/043",
        "VS/2015/0206", "4-35/6", "1DP/1.4.1.2.4/11/APIA/NVA/064", "1DP/1.4.1.2.4/11/APIA/NVA/065",
        "1DP/1.4.1.2.4/11/APIA/NVA/046",
    }


_CODEY = st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefnr ./?-–:", max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), _CODEY))
def test_normalise_code_idempotent(s: str) -> None:
    once = normalise_code(s)
    assert normalise_code(once) == once


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), _CODEY.map(lambda s: "projekta Nr. " + s)))
def test_any_text_spans_valid(text: str) -> None:
    facts = find_codes(text)
    for f in facts:
        assert 0 <= f.start < f.end <= len(text)
        assert f.raw == text[f.start:f.end]
        assert f.kind == "code"
        assert f.value.code == normalise_code(f.raw)
    spans = [(f.start, f.end) for f in facts]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([s for s, _ in SEED_SENTENCES]), st.integers(0, 400), st.integers(0, 400))
def test_mutated_seed_text_never_raises(sentence: str, i: int, j: int) -> None:
    cut = sentence[min(i, j):max(i, j)]
    for f in find_codes(cut):
        assert f.raw == cut[f.start:f.end]


@settings(max_examples=300)
@given(st.text(alphabet="aZq0123456789/?-. _\u0663", max_size=30))
def test_shape_triggers_equal_the_trigger_scan(text: str) -> None:
    """The digit-first trigger scan finds exactly the spans of the documented trigger pattern."""
    from socreport.parse.codes import _SHAPE_TRIGGER, _shape_triggers

    assert _shape_triggers(text) == [m.span() for m in _SHAPE_TRIGGER.finditer(text)]
