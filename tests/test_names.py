"""Acronyms and titles: real sentences from the seed pages (typographic and straight quotes),
negatives, properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socreport.parse.names import find_acronyms, find_titles, parse_name
from socreport.parse.spans import Name

_STRAIGHT = str.maketrans({c: '"' for c in "“”„«»"})

# (sentence from a seed page, expected acronyms as written)
ACRONYMS = [
    ("Sociālajam riskam pakļauto bērnu un jauniešu integrācija Jelgavas un Šauļu pilsētas pašvaldībās "
     "(RiskChildren) Nr. LLI-491", ["RiskChildren"]),
    ("Informācija sagatavota projekta Nr. LLI-491 “Sociālajam riskam pakļauto bērnu un jauniešu integrācija "
     "Jelgavas un Šauļu pilsētas pašvaldībās (RiskChildren)” īstenošanas ietvaros", ["RiskChildren"]),
    ("Projekta nosaukuma saīsinājums:       Valued people\n\nProjekta sadarbības partneri:", ["Valued people"]),
    ("Saīsinātais nosaukums: “OCTOPUS”\n\nProjekta īstenošanas laiks: 01.06.2020. – 31.05.2022.", ["OCTOPUS"]),
    ("Projekts “Sociālo pakalpojumu pieejamības un kvalitātes uzlabošana Vidus-Baltijas reģionā” jeb “SocQuality” "
     "izstrādāts ar mērķi uzlabot sociālo pakalpojumu pieejamību", ["SocQuality"]),
    ("Projekts “SocQuality” īstenots Interreg V-A Latvijas-Lietuvas pārrobežu sadarbības programmā 2014-2020",
     ["SocQuality"]),
    ("Acronym: RiskChildren\nProject No. LLI-491", ["RiskChildren"]),
    ("Projekto akronimas: SocQuality", ["SocQuality"]),
    # synthetic variations: capitals right after a quoted title are its initials, so its short name
    ("Projekts “Kopā mēs varam” (KMV) palīdz ģimenēm.", ["KMV"]),
    ("Projektas „Kartu mes galime“ (KMG) padeda šeimoms.", ["KMG"]),
    # synthetic variations: other labels of the short name
    ("Projekto santrumpa – SocNet", ["SocNet"]),
    ("Trumpas pavadinimas: SocNet", ["SocNet"]),
    ("Projekta īsais nosaukums: SocNet", ["SocNet"]),
    ("Projekta akronīms – CARE4YOU.", ["CARE4YOU"]),
    ("Projekto trumpinys: CareNet", ["CareNet"]),  # synthetic (Lithuanian)
    ("Sutrumpintas projekto pavadinimas – „SafeKids“", ["SafeKids"]),
    ("Trumpasis projekto pavadinimas\nSocNet\n", ["SocNet"]),
    ("the project “Social Quality in Rural Areas” (SocQuality) was launched", ["SocQuality"]),
    # real pages (development part): a label alone on its line, the value on the next one
    ("Projekta akronīms\n\n“Potenciāla attīstība”\n\nProjekta īstenošanas laiks", ["Potenciāla attīstība"]),
    ("Project acronym\nSocNet\n\nDuration", ["SocNet"]),
    # a label directly before the quoted value; a label inside a bracket ends at the bracket
    ("Projekta akronīms “Potenciāla attīstība” ir", ["Potenciāla attīstība"]),
    ("Įgyvendinant projektą „LLI-402 „Sportas kaip socialinio bendravimo forma su rizikos grupės paaugliais "
     "(akronimas: risk-free)“ 2020m. vasario 20d.", ["risk-free"]),
    # a short name of words in the bracket that ends a quoted title, or right after it
    ("Projekta Nr.LLI-550 “Neaizsargāto grupu sociālā iekļaušana Zarasai-Daugavpils pārrobežu reģionā, attīstot "
     "integrētu sociālās aprūpes tīklu / Social inclusion of vulnerable groups in Zarasai-Daugavpils cross-border "
     "region through development of integrated social care network (Valued people)” ietvaros", ["Valued people"]),
    ("Projekts LLI-402 “Riska grupas jauniešu sociālā integrācija, balstoties uz sporta aktivitātēm” (risk-free) "
     "tiek īstenots", ["risk-free"]),
    # a second quoted name right after the title, with or without a slash
    ("projekta LLI-402 “Riska grupas jauniešu sociālā integrācija, balstoties uz sporta aktivitātēm” “risk-free” "
     "partnerus", ["risk-free"]),
    ("the project LLI-296 “Improvement of living conditions in cross border region by unlocking potential of "
     "deprived communities and territories”/“Unlocked potential”.", ["Unlocked potential"]),
    # a short name in capitals after a slash at the end of the title or of its translation
    ("programos projektą LLIV-253 „Tarpvalstybinio verslui palankių bibliotekų tinklo kūrimas“ („Establishment of "
     "business support library cross-border network/BUSINESS LIBRARY).", ["BUSINESS LIBRARY"]),
    ("sadarbības programmas projekta „ VESELĪGA DZĪVE- PIRMIE SOĻI RADĪT LAIMĪGU NĀKOTNI ( HEALTHY LIFE- FIRST "
     "STEPS IN CREATING HAPPY FUTURE/ HEALTHYLIFE, LLI-329” īstenošanu", ["HEALTHYLIFE"]),
    # a heading line that ends with the short name in brackets
    ("LLI-422, Ģimenei draudzīgas bibliotēkas izveide kā ieguldījums sociāli ekonomiskajā attīstībā Ludzas novadā, "
     "Rokišķu rajonā un Jēkabpils pilsētā (HOME)\n\nProjekta mērķis: veicināt", ["HOME"]),
    ("Increased Welfare of the Children of a Rural Area by Way of Funding the Children‘s Day Care Center- "
     "'The Bridge' (BRIDGE)\n\nProject facts", ["BRIDGE"]),
    # synthetic variants of the real shapes (bugs caught before these rules): a quoted acronym after
    # a project number, a name after the title's closing quote and a slash, a bracket holding the
    # short name and the number, an unquoted acronym next to a project word
    ("Latgales plānošanas reģions īsteno projektu LLI-410 “SmartAge”.", ["SmartAge"]),
    ("LLI-418 “ActiveCommunity” partners met in Rokiškis.", ["ActiveCommunity"]),
    ("The project “Promoting healthy ageing in the cross-border region” / HEALTHAGE started in 2019.", ["HEALTHAGE"]),
    ("The project “Promoting healthy ageing in the cross-border region” (HealthAge, LLI-416) started.", ["HealthAge"]),
    ("Projekto „Socialinių paslaugų plėtra“ (SocPlus; LLI-417) partneriai susitiko.", ["SocPlus"]),
    ("The BALTICARE project (LLI-424) has ended.", ["BALTICARE"]),
    ("projekta SmartAge ietvaros notika seminārs", ["SmartAge"]),
    ("Projektas SOCNET (LLI-425) baigtas.", ["SOCNET"]),
    ("Projektas „Kartu saugiau pasienio regione“ („SaferTogether“), Nr. LLI-430.", ["SaferTogether"]),
    ("Projekto akronimas COMMUNITY, projekto Nr. LLI-431.", ["COMMUNITY"]),
    ("| Acronym | SocInc |\n| Project number | LLI-432 |", ["SocInc"]),
    # synthetic: an acronym between the number and the title, opening a heading with the number, a copula
    ("Projekts LLI-572 SafeStep “Drošāka vide bērniem pierobežā” noslēdzies.", ["SafeStep"]),
    ("Projektas LLI-573 KIDSNET, „Vaikų dienos centrų tinklas“", ["KIDSNET"]),
    ("FamilyBridge – Building family support services across the border (LLI-575)", ["FamilyBridge"]),
    ("Novada ziņas\nCareWay: Better access to social care in rural areas, LLI-580\n", ["CareWay"]),
    ("Projekta saīsinātais nosaukums ir “Drošs solis”.", ["Drošs solis"]),
    ("The project acronym is “SafeHome”.", ["SafeHome"]),
    ("Projekto santrumpa yra „Saugūs namai“.", ["Saugūs namai"]),
    # synthetic: digits inside a short name, a dash after the number, English "the … project"
    ("projekta Care4You ietvaros", ["Care4You"]),
    ("The Youth2Work project trains young people.", ["Youth2Work"]),
    ("Projekts LLI-601 HappyKids – Laimīgi bērni Latgalē", ["HappyKids"]),
    ("Project LLI-603 SOCLINK: Social services linked across the border", ["SOCLINK"]),
    ("The Valued people project brought together social workers.", ["Valued people"]),
    ("Partners of the Active senior life project met in Ignalina.", ["Active senior life"]),
    ("Projekts: SmartHome (LLI-622)", ["SmartHome"]),
    ("Projekts “Drošs vecums mājās” (saīsināti SafeAge) turpinās.", ["SafeAge"]),
    ("Projekto „Pagalba vaikams“ (sutrumpintai – KidsHelp) veiklos", ["KidsHelp"]),
    # synthetic: the name a text goes on to use, after "turpmāk" / "toliau" / "hereinafter"
    ("Projekts “Drošs ceļš uz skolu” (turpmāk – SafeRoad) tiek īstenots Jēkabpilī.", ["SafeRoad"]),
    ("Projektas „Senjorų gerovė“ (toliau tekste – „SeniorWell“) pradėtas.", ["SeniorWell"]),
    ("The project “Youth in the border towns” (hereinafter YOUTHBORDER) started in May.", ["YOUTHBORDER"]),
]

NO_ACRONYM = [
    "No 2019. gada novembra līdz 2021.gada janvārim Labklājības ministrija (LM) sadarbībā ar 10 pašvaldībām",
    "Projekta mērķis: motivēt un aktivizēt jauniešus, kuri nav reģistrēti Nodarbinātības valsts aģentūrā (NVA) "
    "kā bezdarbnieki",
    "ES Nodarbinātības un sociālās inovācijas programmas (EaSI PROGRESS) 2014.-2020.gadam ietvaros",
    "Labklājības ministrija sadarbībā ar Jelgavas pilsētas pašvaldību un Korporatīvās ilgtspējas un atbildības "
    "institūtu (InCSR) īsteno projektu",
    "Vadošais partneris: Zemgales Plānošanas reģions (LV), www.zemgale.lv",
    "Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR EUR (85%) Eiropas Reģionālā attīstības "
    "fonda (ERAF) finansējums.",
    "Individuālā budžeta modeļa* (turpmāk – IBM) ietvaros",
    # a contract's parties and terms, an organisation after its name, a generic word
    "Centrālā finanšu un līgumu aģentūra (turpmāk – Aģentūra) un biedrība (turpmāk – “Finansējuma saņēmējs”)",
    "Valsts ieņēmumu dienests (turpmāk – VID) un Valsts darba inspekcija (turpmāk tekstā – VDI)",
    "Projektas „Sveika bendruomenė“ (toliau – Projektas) finansuojamas",
    "the Joint Secretariat (hereinafter – JS) and the Managing Authority (hereinafter “MA”)",
    "Jelgavas pilsētas pašvaldības iestāde ”Jelgavas sociālo lietu pārvalde‘’.",
    # real pages: an abbreviation inside a title, an organisation's abbreviation ending a line, a code
    "The aim of the project “Development of social services infrastructure for implementation of "
    "deinstitutionalisation (DI) plan” is to create preconditions",
    "kā arī VSAC \"Latgale\" filiāli “Litene” un Vidzemes sociālās aprūpes centrs (VSAC)\n",
    "Sadarbības partneris: Valsts sociālās aprūpes centrs (VSAC)\nKontakti",
    "Įgyvendinant projektą „LLI-402 „Sportas",
    "Projekts “LLI-402” īstenots",
    "Akronīms: LLI-402\n",
    # a translation of the title in brackets is not a short name
    "Projektas LLI-402 “Rizikos grupės jaunimo socialinė įtrauktis, pagrįsta sportine veikla” (Sports for Social "
    "Inclusion of At-risk Teenagers) pagal 2014-2020 m. programą.",
    # a place or a fund after an organisation's quoted name
    "Daugavpils pilsētas pašvaldības iestāde “Sociālais dienests” (Daugavpils) realizē",
    "projekts “Atver sirdi Zemgalē” (ESF) turpinās",
    "projekts “Atver sirdi Zemgalē” (2015) turpinās",
    # capitals next to a project word: an organisation's abbreviation, emphasis, a programme, a fund
    "Par saturu atbild JSLP projektu vadītāja.",
    "Vairāk par projektu ŠEIT.",
    "LEADER projekts atbalstīts",
    "the INTERREG project partners",
    "the ERDF project was audited",
    "NVO projektu konkurss",
    "Projekta akronīms ir svarīgs.",
    # a heading word before a dash is no acronym in a sentence, nor a fund's or a programme's name
    "SVEICAM – Projekta LLI-576 partneri tikās Utenā.",
    "ERAF – Eiropas Reģionālās attīstības fonds finansē projektu LLI-577",
    "INTERREG: Latvia Lithuania programme project LLI-578",
    "Projekts LLI-579 ERAF “Sociālie pakalpojumi”",
    "Contract No. 12/2020 SmartBuild “Ēkas pārbūve”",
    "Projekts LLI-604 ERAF – Eiropas Reģionālās attīstības fonds līdzfinansē",
    "Projekts LLI-605 īsteno – Daugavpils",
    "The Latvian partner project was discussed.",
    "The Daugavpils city project was completed.",
    "The Interreg programme project was audited.",
    "The European social fund project helps young people.",
    "The project was presented in the Utena project office.",
    # a currency in brackets; a national body's abbreviation after its name in another language
    "Projekta kopējās izmaksas (EUR)\n120 000,00",
    "Total eligible costs of the project (EUR)\n",
    "Supervised by the Central Finance and Contracting Agency (CFLA)\nProject No. 9.3.1.1/19/I/050",
    "Partner: State Employment Agency (NVA)\nProject LLI-612",
    "Projektas „Socialinės paslaugos“ (CPVA)",
    "Projekts: JAUNUMI\nProjekta Nr. 9.2.2.1/15/I/050",
    "Projekts: LLI-624 Drošas mājas",
]

# (sentence from a seed page, expected titles)
TITLES = [
    ("Informācija sagatavota projekta Nr. LLI-491 “Sociālajam riskam pakļauto bērnu un jauniešu integrācija "
     "Jelgavas un Šauļu pilsētas pašvaldībās (RiskChildren)” īstenošanas ietvaros",
     ["Sociālajam riskam pakļauto bērnu un jauniešu integrācija Jelgavas un Šauļu pilsētas pašvaldībās"]),
    ("Sociālajam riskam pakļauto bērnu un jauniešu integrācija Jelgavas un Šauļu pilsētas pašvaldībās "
     "(RiskChildren) Nr. LLI-491",
     ["Sociālajam riskam pakļauto bērnu un jauniešu integrācija Jelgavas un Šauļu pilsētas pašvaldībās"]),
    ("Daugavpils pilsētas pašvaldības iestāde “Sociālais dienests” realizē jaunu projektu “Neaizsargāto grupu "
     "sociālā iekļaušana Zarasai-Daugavpils pārrobežu reģionā, attīstot integrētu sociālās aprūpes tīklu” Nr.LLI-550",
     ["Neaizsargāto grupu sociālā iekļaušana Zarasai-Daugavpils pārrobežu reģionā, attīstot integrētu sociālās "
      "aprūpes tīklu"]),
    ("Projekta nosaukums:      Neaizsargāto grupu sociālā iekļaušana Zarasai-Daugavpils pārrobežu reģionā, attīstot "
     "integrētu sociālās aprūpes tīklu / Social inclusion of vulnerable groups in Zarasai-Daugavpils cross-border "
     "region through development of integrated social care network",
     ["Neaizsargāto grupu sociālā iekļaušana Zarasai-Daugavpils pārrobežu reģionā, attīstot integrētu sociālās "
      "aprūpes tīklu"]),
    ("Projekts: LLI-425 Daudzfunkcionālo centru - vietējās kopienas sociālās iekļaušanas un izaugsmes veicinātāju "
     "attīstība",
     ["Daudzfunkcionālo centru - vietējās kopienas sociālās iekļaušanas un izaugsmes veicinātāju attīstība"]),
    ("LLI-425 “Development of Multifunctional Centers as Driver for Social Inclusion and Development of Local "
     "Community”",
     ["Development of Multifunctional Centers as Driver for Social Inclusion and Development of Local Community"]),
    ("Projekts “Sociālo pakalpojumu pieejamības un kvalitātes uzlabošana Vidus-Baltijas reģionā” jeb “SocQuality” "
     "izstrādāts", ["Sociālo pakalpojumu pieejamības un kvalitātes uzlabošana Vidus-Baltijas reģionā"]),
    ("Projekta Nr. 9.2.2.1./15/I/001 “Atver sirdi Zemgalē!” mērķis ir Zemgales reģionā palielināt ģimeniskai videi "
     "pietuvinātu un sabiedrībā balstītu sociālo pakalpojumu pieejamību", ["Atver sirdi Zemgalē!"]),
    ("Ir noslēdzies ESF projekta Nr.9.2.2.2./16/I/001 “Sociālo pakalpojumu atbalsta sistēmas pilnveide” darbības "
     "“Sabiedrībā balstītu sociālo pakalpojumu finansēšanas mehānismu aprakstu un ieviešanas metodiku izstrāde” "
     "ietvaros", ["Sociālo pakalpojumu atbalsta sistēmas pilnveide"]),
    ("Eiropas Savienības projekts Nr.9.2.2.2./16/I/001 ’’Sabiedrībā balstītu sociālo pakalpojumu nodrošināšana "
     "bērniem ar funkcionāliem traucējumiem”.",
     ["Sabiedrībā balstītu sociālo pakalpojumu nodrošināšana bērniem ar funkcionāliem traucējumiem"]),
    ("Jelgavas pašvaldība iesaistījusies Labklājības ministrijas īstenotā Eiropas Sociālā fonda projektā “Sociālo "
     "pakalpojumu atbalsta sistēmas pilnveide” sadarbības partneris",
     ["Sociālo pakalpojumu atbalsta sistēmas pilnveide"]),
    ("Projekts: “PROTI un DARI!”\n\nProjekta ieviesējs: Jaunatnes starptautisko programmu aģentūra",
     ["PROTI un DARI!"]),
    ("Projekts ,,Ģimenes asistenti Jelgavas pilsētā” – finiša taisnē", ["Ģimenes asistenti Jelgavas pilsētā"]),
    ("Teju pirms gada Jelgavas Pensionāru biedrība sadarbībā ar Jelgavas pilsētas pašvaldības iestādi „Jelgavas "
     "sociālo lietu pārvalde” uzsāka projekta ”Ģimenes asistenti Jelgavas pilsētā” realizāciju.",
     ["Ģimenes asistenti Jelgavas pilsētā"]),
    ("Projektu ,,Ģimenes asistenti Jelgavas pilsētā” Nr.2014.EEZ/PP?1/MIC/081/043 administrē Sabiedrības "
     "integrācija fonds.", ["Ģimenes asistenti Jelgavas pilsētā"]),
    ("Projekts “Elastīga bērnu uzraudzības pakalpojuma nodrošināšana darbiniekiem, kas strādā nestandarta darba "
     "laiku”", ["Elastīga bērnu uzraudzības pakalpojuma nodrošināšana darbiniekiem, kas strādā nestandarta darba "
                "laiku"]),
    ("... procesos” projektu ,,Mans budžets”, līgums Nr.4-35/6.", ["Mans budžets"]),
    ("Zirgu ielā 47A no 02.01.2012.līdz 31.12.2013. īstenojies projekts „ Sociālās rehabilitācijas un motivācijas "
     "programma sociālās atstumtības riskam pakļautajiem bērniem un jauniešiem Jelgavas pilsētā”, līg.nr. "
     "1DP/1.4.1.2.4/11/APIA/NVA/064.",
     ["Sociālās rehabilitācijas un motivācijas programma sociālās atstumtības riskam pakļautajiem bērniem un "
      "jauniešiem Jelgavas pilsētā"]),
    ("Projekts „Sociālās rehabilitācijas programma Jelgavas pilsētā dzīvojošām romu tautības ģimenēm ar "
     "pirmsskolas vai skolas vecuma bērniem” Nr.1DP/1.4.1.2.4./11/APIA/NVA/065",
     ["Sociālās rehabilitācijas programma Jelgavas pilsētā dzīvojošām romu tautības ģimenēm ar pirmsskolas vai "
      "skolas vecuma bērniem"]),
    ("Projekts: „Drošības poga Zemgalē” Nr.1DP/1.4.1.2.4./11/APIA/NVA/046", ["Drošības poga Zemgalē"]),
    ("Project title: Social inclusion of vulnerable groups\n", ["Social inclusion of vulnerable groups"]),
    ("Projektas „Saugi bendruomenė“ pradėtas.", ["Saugi bendruomenė"]),
    # real pages: the title label alone on its line (fact boxes); a bracketed short name is cut off
    ("Projekto pavadinimas\n\nNestacionarių socialinių paslaugų centro steigimas Kėdainiuose\n\nProjekto tikslai",
     ["Nestacionarių socialinių paslaugų centro steigimas Kėdainiuose"]),
    ("Projekts LLI-402 “Riska grupas jauniešu sociālā integrācija (risk-free)” tiek īstenots",
     ["Riska grupas jauniešu sociālā integrācija"]),
    # single straight quotes (a Lithuanian list of projects); an apostrophe inside a word does not close them
    ("Zarasų rajono savivaldybės administracijos projektas 'Universalaus daugiafunkcinio centro Turmanto "
     "miestelyje, Zarasų rajone įkūrimas' įtrauktas į sąrašą.",
     ["Universalaus daugiafunkcinio centro Turmanto miestelyje, Zarasų rajone įkūrimas"]),
    ("The project 'Children's Day Care Centre' opened.", ["Children's Day Care Centre"]),
]

NO_TITLE = [
    "Daugavpils pilsētas pašvaldības iestāde “Sociālais dienests” realizē",
    "Jelgavas pilsētas pašvaldības iestāde ”Jelgavas sociālo lietu pārvalde‘’.",
    "Vajadzību izvērtēšanā piedalījās SIA “Rīgas veselības centrs” multiprofesionāla komanda",
    "Eiropas Strukturālo un investīciju fondu mērķa „Eiropas teritoriālā sadarbība” Latvijas – Lietuvas "
    "pārrobežu sadarbības programmas projekts\n\nDaugavpils",
    "programmas ,,NVO fonds” apakšprogrammas ,,Nevalstisko organizāciju projektu programma”",
    "Projekts “SocQuality” īstenots",
    "šis izmēģinājumprojekts” un “Cits teksts” turpinās",
    "“Mūsu projekts” un “Cits teksts” turpinās",
    "the project's partners' meeting",
]


@pytest.mark.parametrize("sentence,expected", ACRONYMS)
def test_acronyms(sentence: str, expected: list[str]) -> None:
    assert [f.value.text for f in find_acronyms(sentence)] == expected
    assert [f.raw for f in find_acronyms(sentence)] == expected


@pytest.mark.parametrize("sentence,expected", ACRONYMS)
def test_acronyms_with_straight_quotes(sentence: str, expected: list[str]) -> None:
    assert [f.value.text for f in find_acronyms(sentence.translate(_STRAIGHT))] == expected


@pytest.mark.parametrize("text", NO_ACRONYM)
def test_no_acronym(text: str) -> None:
    assert find_acronyms(text) == []


@pytest.mark.parametrize("sentence,expected", TITLES)
def test_titles(sentence: str, expected: list[str]) -> None:
    assert [f.value.text for f in find_titles(sentence)] == expected


@pytest.mark.parametrize("sentence,expected", TITLES)
def test_titles_with_straight_quotes(sentence: str, expected: list[str]) -> None:
    assert [f.value.text for f in find_titles(sentence.translate(_STRAIGHT))] == expected


@pytest.mark.parametrize("text", NO_TITLE)
def test_no_title(text: str) -> None:
    assert find_titles(text) == []


def test_seed_acronyms(seed_texts: dict[str, str]) -> None:
    found = {f.value.text for t in seed_texts.values() for f in find_acronyms(t)}
    assert found == {"RiskChildren", "Valued people", "OCTOPUS", "SocQuality"}


@pytest.mark.parametrize("s,expected", [
    ("“Atver sirdi Zemgalē!”", Name("Atver sirdi Zemgalē!")),
    (",,Mans budžets”", Name("Mans budžets")),
    ('"PROTI un DARI!"', Name("PROTI un DARI!")),
    ("  OCTOPUS ", Name("OCTOPUS")),
    ("“”", None),
    ("", None),
])
def test_parse_name(s: str, expected: Name | None) -> None:
    assert parse_name(s) == expected


_PIECES = st.sampled_from(["projekts", "Projekta Nr. LLI-491", " ", "“", "”", '"', ",,", "’’", "(", ")",
                           "RiskChildren", "jeb", "saīsinājums:", "Projekta nosaukums:", "\n", "Atver sirdi", "/"])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=25).map(" ".join)))
def test_any_text_spans_valid(text: str) -> None:
    for finder, kind in ((find_acronyms, "acronym"), (find_titles, "title")):
        facts = finder(text)
        for f in facts:
            assert 0 <= f.start < f.end <= len(text)
            assert f.raw == text[f.start:f.end]
            assert f.kind == kind
            assert f.value.text == f.raw
        assert len({(f.start, f.end) for f in facts}) == len(facts)


@pytest.mark.parametrize("unit", [
    "projekta “A (B)” “C” ", "LLI-1 “x/YY Z)” ", "(ABC DEF GHI) ", "Akronīms\n\n", "“t”/“s” (u) ",
    "x/ABCD, LLI-2” ", "(VSAC)\n", "the ABCD project ", "projekts AbCd (LLI-3) ", "“x y” / ABCD ",
    "“x y” (AbCd, LLI-4) ",
    "LLI-5 AbCd “x” ", "AbCd – Aa Bb Cc LLI-6\n", "AbCd – Aa Bb Cc ", "saīsinājums ir “x” ",
    "LLI-7 AbCd – Aa ", "the Aa bb project ", "the Aa bb cc dd project ", "A1b2C3d4 project ",
    "projekts: AbCd ", "“x” (saīsināti AbCd) ",
])
def test_adversarial_repetitions_stay_valid(unit: str) -> None:
    """Many repetitions of the shapes the bracket, second-quote and slash rules look at: every
    span stays valid (the patterns have bounded quantifiers, so the work grows with the text)."""
    text = unit * 2000
    for f in find_acronyms(text) + find_titles(text):
        assert f.raw == text[f.start:f.end]
