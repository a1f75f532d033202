"""Variations of how Latvian, English and Lithuanian project pages state a project's number (code)
and its short name (acronym) — small synthetic pages read whole.

Two tables (see tests/variations.py): ``BUILT_ON``, the rows the rules were developed on, and
``EVAL_ONLY``, rows written before the rules were changed and never tuned to (``make accuracy``
prints both scores apart). A field named with None must stay empty: a contract's or an agreement's
own number, a measure's or a call's number alone is not a project number; an organisation's, a
fund's or a programme's abbreviation, a unit, a headline or a town is not an acronym. A page that
lists several projects expects the set of their values (a frozenset).
"""

from __future__ import annotations

from typing import Any

from variations import Row, table_tests

FIELDS = ("code", "acronym")
_KEYS = {"C": "code", "A": "acronym"}


def v(lang: str, text: str, **fields: Any) -> Row:
    """A row: C code, A acronym (None: must stay empty; a frozenset: the values of several projects)."""
    return Row(lang, text, {_KEYS[k]: x for k, x in fields.items()})


# Written before any rule was changed for them, never tuned to: their score is the honest figure.
EVAL_ONLY = [
    # --- Latvian
    v("lv", "Dienvidkurzemes novada pašvaldība turpina projekta “SmartCare” īstenošanu: senioriem piegādātas "
       "viedās aproces.", A="SmartCare", C=None),
    v("lv", "Akronīms – ActiveAge\nProjekta Nr.: LLI-533\nVadošais partneris: Rēzeknes novada pašvaldība",
      C="LLI-533", A="ActiveAge"),
    v("lv", "Projekts LLI-538 CareLink “Sociālo pakalpojumu pieejamības uzlabošana pierobežā” tiek īstenots kopā ar "
       "Zarasu rajona pašvaldību.", C="LLI-538", A="CareLink"),
    v("lv", "Rēzeknes novada pašvaldība noslēdza līgumu Nr. 2021/88 par tehniskās dokumentācijas izstrādi.",
      C=None, A=None),
    v("lv", "Projekts “Atbalsts jauniešiem” tiek īstenots Eiropas Sociālā fonda Plus (ESF+) programmā. "
       "Projekta Nr. 4.3.1.1/1/23/I/005.", C="4.3.1.1/1/23/I/005", A=None),
    v("lv", "Sabiedrības integrācijas fonds (SIF) un Centrālā finanšu un līgumu aģentūra (CFLA) parakstīja "
       "vienošanos par projekta Nr. 9.1.1.3/15/I/002 īstenošanu.", C="9.1.1.3/15/I/002", A=None),
    v("lv", "SeniorNet projekta ietvaros Ludzā atvērts dienas centrs senioriem.", A="SeniorNet"),
    v("lv", "Lauku atbalsta dienests (LAD) apstiprināja biedrības projektu Nr. 22-04-AL31-A019.2205-000003.",
      C="22-04-AL31-A019.2205-000003", A=None),
    v("lv", "Pasākums 9.2.4.2 “Pasākumi vietējās sabiedrības veselības veicināšanai”: projektu iesniegumu atlase "
       "noslēgusies.", C=None, A=None),
    v("lv", "Pārrobežu projekts “Kopienā balstītu pakalpojumu attīstība Latgalē un Utenā” (CommunityCare) "
       "sekmēs sociālo darbinieku sadarbību.", A="CommunityCare"),
    v("lv", "Vienošanās Nr. 9.2.2.1/15/I/012 par projekta īstenošanu noslēgta ar Centrālo finanšu un līgumu "
       "aģentūru.", C="9.2.2.1/15/I/012"),
    v("lv", "Projekta Nr.19-01-AL11-A019.2202-000004 “Dienas centra aprīkojums” īstenots ar ELFLA atbalstu.",
      C="19-01-AL11-A019.2202-000004", A=None),
    v("lv", "NOSLĒDZIES PROJEKTS LLI-562\nProjekta partneri Daugavpilī un Utenā apkopoja rezultātus.",
      C="LLI-562", A=None),
    v("lv", "Projekta kopējās izmaksas (EUR): 120 000,00. Projektu īsteno Balvu novada pašvaldība (BNP).",
      A=None),
    # --- English
    v("en", "The municipality has launched the project “SmartCare”, which provides remote monitoring for elderly "
       "people living alone.", A="SmartCare"),
    v("en", "Acronym: BALTCARE\nProject No.: LLI-541\nLead partner: Utena District Municipality",
      C="LLI-541", A="BALTCARE"),
    v("en", "SocialBridge – Strengthening cross-border cooperation of social service providers (LLI-544)",
      C="LLI-544", A="SocialBridge"),
    v("en", "Project KIDSAFE (LLI-547) aims to prevent domestic violence against children.",
      C="LLI-547", A="KIDSAFE"),
    v("en", "Contract No. 2019/45-P was signed with the supplier of the equipment for project LLI-549.",
      C="LLI-549"),
    v("en", "The Central Project Management Agency (CPVA) and the municipality signed the financing agreement of "
       "project No. 08.1.1-CPVA-V-427-05-0012.", C="08.1.1-CPVA-V-427-05-0012", A=None),
    v("en", "Project ENI-LLB-1-245 “Cross-border cooperation for social inclusion” started in Latgale.",
      C="ENI-LLB-1-245"),
    v("en", "The project VS/2019/0417 was funded by the EU Programme for Employment and Social Innovation (EaSI).",
      C="VS/2019/0417", A=None),
    v("en", "Project “Development of social services for people with disabilities in border areas” (Better "
       "together) ended in June.", A="Better together"),
    v("en", "Call for proposals No. 3\nMaximum grant per project: EUR 50 000\nDeadline for applications: "
       "15 March 2023", C=None, A=None),
    # --- Lithuanian
    v("lt", "Įgyvendinant projektą SeniorCare Zarasuose įrengtas dienos centras.", A="SeniorCare"),
    v("lt", "Santrumpa: ActiveYouth\nProjekto Nr. LLI-552\nPartneriai: Daugavpilio miesto dūmė", C="LLI-552",
      A="ActiveYouth"),
    v("lt", "Sutarties Nr. 12-345 su rangovu pasirašyta gegužės mėnesį.", C=None, A=None),
    v("lt", "Centrinė projektų valdymo agentūra (CPVA) pasirašė sutartį su savivaldybe dėl projekto "
       "Nr. 08.2.1-CPVA-R-408-41-0007 įgyvendinimo.", C="08.2.1-CPVA-R-408-41-0007", A=None),
    v("lt", "Projektas „Kartu stipresni“ (StrongerTogether), Nr. LLI-555, įgyvendinamas pagal Interreg V-A "
       "Latvijos ir Lietuvos programą.", C="LLI-555", A="StrongerTogether"),
    v("lt", "Projekto Nr. 09.4.2-ESFA-K-728-01-0045 veiklos vykdomos Visagine.", C="09.4.2-ESFA-K-728-01-0045"),
    v("lt", "Priemonės Nr. 08.4.2-ESFA-R-615 „Socialinių paslaugų plėtra“ kvietimas teikti paraiškas baigiasi "
       "rugsėjo 30 d.", C=None, A=None),
    v("lt", "Europos žemės ūkio fondo kaimo plėtrai (EŽŪFKP) ir valstybės biudžeto lėšomis finansuojamas projektas "
       "Nr. ZARA-LEADER-6B-B-12-3-2020.", C="ZARA-LEADER-6B-B-12-3-2020", A=None),
    v("lt", "Projektas EEE-LT05-SADM-01-K-02-014 finansuojamas EEE finansinio mechanizmo lėšomis.",
      C="EEE-LT05-SADM-01-K-02-014", A=None),
    v("lt", "Savivaldybėje įgyvendinami projektai:\n1. Projektas Nr. 08.1.1-CPVA-V-427-01-0021 „Vaikų globos namų "
       "pertvarka“.\n2. Projektas Nr. 08.4.2-ESFA-R-630-01-0009 „Kompleksinės paslaugos šeimai“.",
      C=frozenset({"08.1.1-CPVA-V-427-01-0021", "08.4.2-ESFA-R-630-01-0009"})),
    # --- second round (written before the rules for digits inside a short name, a short name and a dash
    # after the number, the 2007-2013 Latvia–Lithuania–Belarus numbers, programme CCI numbers, English
    # "the … project")
    v("lv", "Biedrība īsteno projektu Senior4Life, kas palīdz vientuļiem senioriem.", A="Senior4Life"),
    v("en", "The Kids2School project offers free transport to children from remote villages.", A="Kids2School"),
    v("lv", "Projekts LLI-591 GoodNeighbours – Labas kaimiņattiecības pierobežā", C="LLI-591", A="GoodNeighbours"),
    v("en", "Project LLB-2-214 “Social rehabilitation centres in the border region” was completed in 2014.",
      C="LLB-2-214"),
    v("lv", "Programmas CCI numurs: 2014TC16RFCB012. Projekts LLI-593 īstenots Daugavpilī.", C="LLI-593"),
    v("en", "The Healthy ageing project brought together seniors from Zarasai and Rokiškis.", A="Healthy ageing"),
    v("en", "The Lithuanian regional project was presented in Utena.", A=None),
    v("lt", "Projektas LLI-594 FamilyCare: Šeimos paslaugų plėtra pasienyje", C="LLI-594", A="FamilyCare"),
    v("en", "The European social fund project helps unemployed young people.", A=None),
    v("lt", "Programos CCI kodas 2014TC16RFCB012, projekto Nr. LLI-596.", C="LLI-596"),
    # --- third round (written before the rules for a currency in brackets and a national body's
    # abbreviation after its name in another language)
    v("lv", "Projekta attiecināmās izmaksas (EUR)\n98 450,00", A=None),
    v("en", "Total project value (EUR)\n250 000", A=None),
    v("lt", "Projekto vertė (Eur)\n145 000,00", A=None),
    v("en", "Implementing body: Environmental Projects Management Agency (APVA)\nProject LLI-611", C="LLI-611",
      A=None),
    v("lv", "Sadarbības iestāde: Central Finance and Contracting Agency (CFLA)\nProjekta Nr. 9.2.2.1/15/I/040",
      C="9.2.2.1/15/I/040", A=None),
    v("lt", "Įgyvendinančioji institucija – European Social Fund Agency (ESFA)\nProjekto Nr. 08.4.2-ESFA-R-630-01-0015",
      C="08.4.2-ESFA-R-630-01-0015", A=None),
    # --- fourth round (written before the rules for a short name after "Projekts:" and the words
    # "saīsināti" / "sutrumpintai" before it)
    v("lv", "Projekts: KidsCare (LLI-620) – bērnu aprūpes pakalpojumu attīstība.", C="LLI-620", A="KidsCare"),
    v("lt", "Projektas: SeniorsNet, projekto Nr. LLI-621", C="LLI-621", A="SeniorsNet"),
    v("lv", "Projekta “Sociālo pakalpojumu attīstība Latgalē” (saīsināti – SocLat) partneri tikās.", A="SocLat"),
    v("lt", "Projekto „Vaikų gerovė pasienyje“ (sutrumpintai – ChildWell) partneriai susitiko.", A="ChildWell"),
    # --- fifth round (written before the rule for a short name after "turpmāk" / "toliau" / "hereinafter")
    v("lv", "Balvu novada pašvaldība īsteno projektu “Sociālo pakalpojumu attīstība pierobežā” (turpmāk – "
       "SocBorder), Nr. LLI-640.", C="LLI-640", A="SocBorder"),
    v("lv", "Nodarbinātības valsts aģentūra (turpmāk – NVA) informē par jauniem kursiem.", A=None),
    v("lv", "Projekts “Atbalsts ģimenēm Latgalē” (turpmāk – Projekts) tiek īstenots līdz 2022. gadam.", A=None),
    v("en", "The project “Accessible care in border towns” (hereinafter – CareTown) brings together four "
       "municipalities.", A="CareTown"),
    v("lt", "Projektas „Jaunimo užimtumo skatinimas pasienyje“ (toliau – YouthJob) įgyvendinamas nuo 2019 m.",
      A="YouthJob"),
    v("lt", "Europos socialinio fondo agentūra (toliau – ESFA) paskelbė kvietimą.", A=None),
    # --- later round (written before the rules for an unquoted short name between the number and a verb
    # and a short name after a slash ending a heading)
    v("en", "Project LLI-612 HomeCare improves access to home care services in Latgale and Utena.",
      C="LLI-612", A="HomeCare"),
    v("en", "Safe neighbourhoods / SafeHood\nProject No. LLI-613\nLead partner: Zarasai District Municipality",
      C="LLI-613", A="SafeHood"),
    v("lt", "Projektas LLI-614 KidsFirst siekia pagerinti vaikų gerovę pasienio regione.", C="LLI-614", A="KidsFirst"),
    v("lv", "Projekts LLI-615 SeniorLink veicina senioru iekļaušanu sabiedrībā.", C="LLI-615", A="SeniorLink"),
    v("en", "Project LLI-616 Utena municipality leads the partnership.", C="LLI-616", A=None),
    # --- later round (written before the rule for a short name right before the project's number)
    v("lv", "Projekta nosaukums: Drošas ģimenes pierobežā, SafeFamily (LLI-303)", C="LLI-303", A="SafeFamily"),
    v("lt", "Projektas „Sveika senatvė“ – HealthyAge, LLI-304. Partneriai susitiko Zarasuose.",
      C="LLI-304", A="HealthyAge"),
    v("en", "Riga City Council (LLI-305) leads the partnership of six municipalities.", C="LLI-305", A=None),
    # --- written 2026-12-05 before any rule was changed for them
    v("lv", "Projekta “Sociālo pakalpojumu attīstība Ludzas novadā” (Nr. 9.2.2.1/15/I/010) ietvaros izveidots "
       "dienas centrs.", C="9.2.2.1/15/I/010", A=None),
    v("en", "Project LLI-301 ‘Green Care’ (GreenCare) brings together six partners.", C="LLI-301", A="GreenCare"),
    v("lt", "Projektas „Vaikų dienos centrų plėtra“ (projekto kodas Nr. 08.4.1-ESFA-V-405-02-0012) baigtas.",
      C="08.4.1-ESFA-V-405-02-0012", A=None),
    v("lt", "Projekto Nr. LLI-410 „Kartu saugiau“ (SafeTogether) partneriai susitiko Utenoje.",
      C="LLI-410", A="SafeTogether"),
    v("lv", "Projekta identifikācijas Nr. 9.2.4.2/16/I/075\nProjekta nosaukums: “Veselības veicināšana Balvu "
       "novadā”", C="9.2.4.2/16/I/075", A=None),
    v("en", "Project acronym: YouthNet\nProject number: LLI-512\nProgramme: Interreg V-A Latvia–Lithuania",
      C="LLI-512", A="YouthNet"),
    v("lt", "Projekto santrumpa – SocInclude. Projekto numeris – LLI-520.", C="LLI-520", A="SocInclude"),
    v("lv", "Valsts izglītības attīstības aģentūra (VIAA) izsludina projektu konkursu.", C=None, A=None),
    # --- written 2026-12-05 before the rule for hyphenated short names and a short name before a colon
    v("lv", "Preiļu novada pašvaldība piedalās projektā “m-Health”, kas palīdz senioriem lietot viedierīces.",
      A="m-Health", C=None),
    v("en", "The project SOC-Link connects social workers of Latgale and Utena.", A="SOC-Link"),
    v("lt", "Projektas „i-Care“ padeda slaugytojams pasienio regione.", A="i-Care"),
    v("en", "Project “Y-Active: young people for active communities” started in March 2021.", A="Y-Active"),
    v("lv", "Projekts “SeniorNet: senioru tīkls pierobežā” tiek īstenots kopā ar Utenas pašvaldību.", A="SeniorNet"),
    v("lt", "Projektas „CARE-NET: socialinių paslaugų tinklas“ pristatytas Utenoje.", A="CARE-NET"),
    v("lv", "Projekts “Latvija-Lietuva: kopā drošāk” tiek īstenots pierobežā.", A=None),
    v("en", "The EU-funded project started in May with a meeting of all partners.", A=None),
    v("lv", "Covid-19 pandēmijas laikā projekta “Atbalsts ģimenēm” aktivitātes notika attālināti.", A=None),
    # --- 2026-12-07 round: short names of several words (in brackets, after a label, in capitals), a short
    #     name opening a sentence that says what project it is, organisations' abbreviations
    v("en", "Project LLI-488 “Improving social services for people with disabilities in the border "
       "region” (Able Together) started in 2020.",
      C="LLI-488", A="Able Together"),
    v("lv", "Projekts LLI-490 “Sociālās iekļaušanas veicināšana pierobežā” (Open Doors) tiek īstenots "
       "kopā ar Utenas rajona pašvaldību.",
      C="LLI-490", A="Open Doors"),
    v("lt", "Projektas LLI-492 „Socialinės įtraukties didinimas pasienio regione“ (Open Doors) "
       "įgyvendinamas kartu su Daugpilio savivaldybe.",
      C="LLI-492", A="Open Doors"),
    v("en", "Acronym: Safe Home\nProject number: LLI-494\nLead partner: Rēzekne municipality",
      C="LLI-494", A="Safe Home"),
    v("lv", "Projekta saīsinātais nosaukums: Drošas mājas\nProjekta Nr.: LLI-496", C="LLI-496", A="Drošas mājas"),
    v("en", "The project “Youth in Action” (YouAct) brings together youth workers from Latvia and "
       "Lithuania.",
      A="YouAct"),
    v("lt", "Projekto akronimas – „Gera kaimynystė“. Projekto numeris – LLI-498.", C="LLI-498", A="Gera kaimynystė"),
    v("en", "Interreg project LLI-500 ACTIVE SENIORS aims to involve elderly people in community life.",
      C="LLI-500", A="ACTIVE SENIORS"),
    v("lv", "LLI-502 “Kopā stiprāki” (Stronger Together)", C="LLI-502", A="Stronger Together"),
    v("en", "Project title: Strengthening family services in Latgale and Utena\nAcronym: "
       "FamilyNet\nProject No: LLI-504",
      C="LLI-504", A="FamilyNet"),
    v("lt", "Projektas „Bendruomenės namai“ (akronimas COMMUNITY HOUSE), Nr. LLI-506, baigtas.",
      C="LLI-506", A="COMMUNITY HOUSE"),
    v("lv", "Latvijas Sarkanais Krusts (LSK) īsteno projektu “Atbalsts senioriem”.", A=None),
    v("en", "The State Social Insurance Agency (VSAA) informs about the project No. 9.2.2.1/15/I/008.",
      C="9.2.2.1/15/I/008", A=None),
    v("lt", "Socialinės apsaugos ir darbo ministerija (SADM) paskelbė kvietimą.", A=None),
    v("en", "Project “Green Care – social farming in border areas” (GreenCare), LLI-508.",
      C="LLI-508", A="GreenCare"),
    v("lv", "Projekta “HealthyKids” mērķis ir veicināt bērnu veselīgu dzīvesveidu Daugavpilī un Zarasos.",
      A="HealthyKids"),
    v("en", "HealthyKids is a cross-border project of Daugavpils and Zarasai municipalities.", A="HealthyKids"),
    v("lt", "„HealthyKids“ – tai bendras Daugpilio ir Zarasų savivaldybių projektas.", A="HealthyKids"),
    v("en", "NOSLĒDZIES PROJEKTS “ATBALSTS ĢIMENĒM”\nThe project ended in June.", A=None),
    v("lv", "Projekts “Veselības veicināšana Ludzas novadā” (Nr. 9.2.4.2/16/I/063) noslēdzies.",
      C="9.2.4.2/16/I/063", A=None),
    # --- 2026-12-07 round (2): short names in capitals framed as the project's, in brackets after a title
    v("lv", "Projekts LLI-478 “Sociālās iekļaušanas uzlabošana pierobežā” (“SOCIAL INCLUSION”) noslēdzies.",
      C="LLI-478", A="SOCIAL INCLUSION"),
    v("lv", "Projekta “Latgale un Aukštaitija: kopienu veselība” (akronīms – HEALTH) ietvaros notika semināri.",
      A="HEALTH"),
    v("en", "Project Care4All (LLI-480) improves home care in rural areas.", C="LLI-480", A="Care4All"),
    v("lv", "Projekta BRIDGE ietvaros Daugavpilī notika apmācības sociālajiem darbiniekiem.", A="BRIDGE"),
    v("en", "Within the BRIDGE project, social workers from Daugavpils were trained.", A="BRIDGE"),
    v("lt", "Įgyvendinant projektą BRIDGE Zarasuose vyko mokymai socialiniams darbuotojams.", A="BRIDGE"),
    v("en", "The project “Smart Social Services” (SmartSoc) No. LLI-482 started in May.", C="LLI-482", A="SmartSoc"),
    v("lv", "Noslēdzies projekts “Dzīvo vesels!” (LiveWell).", A="LiveWell"),
    v("lt", "Baigtas projektas „Gyvenk sveikai!“ (LiveWell).", A="LiveWell"),
    v("en", "Project LLI-484 – ‘Together for Children’ (T4C)", C="LLI-484", A="T4C"),
    v("lv", "ESF projekta “Proti un dari!” (PuD) rezultāti apkopoti.", A="PuD"),
    v("lt", "Projekto „Bendruomenė be sienų“ (BBS) veiklos tęsiasi.", A="BBS"),
    # --- 2026-12-08 round: written before any rule was changed for them (49 of 55 read right then)
    v("lv", "Projekta saīsinājums – GREENCARE.", A="GREENCARE"),
    v("lv", "Projekta akronīms ir “SOCIAL LINK”, projekta numurs – LLI-703.", A="SOCIAL LINK", C="LLI-703"),
    v("en", "Project acronym: NEST\nProject number: LLI-701", A="NEST", C="LLI-701"),
    v("en", "Acronym: BalticCare", A="BalticCare"),
    v("en", "The project known as SAFEHOME (LLI-704) will help elderly people.", A="SAFEHOME", C="LLI-704"),
    v("lt", "Projekto akronimas: EcoLife", A="EcoLife"),
    v("lt", "Projektas LLI-705 „Saugūs namai“ (SafeHouse).", A="SafeHouse", C="LLI-705"),
    v("lt", "Projekto trumpasis pavadinimas – CareTogether.", A="CareTogether"),
    # --- 2026-12-08 round (8): fact boxes and table rows, amended and approximate amounts;
    #     written before any rule was changed for them (46 of 49 read right then)
    v("lv", "Projekta akronīms:\n\nSENIORS\n\nProjekta numurs:\n\nLLI-720", A="SENIORS", C="LLI-720"),
    v("lv", "| Akronīms | CareBridge |\n| Numurs | LLI-721 |", A="CareBridge", C="LLI-721"),
    v("en", "Acronym\nKIDSNET\nProject number\nLLI-722", A="KIDSNET", C="LLI-722"),
    v("en", "| Acronym | SafeAge |\n| Number | LLI-723 |", A="SafeAge", C="LLI-723"),
    v("lt", "Akronimas:\n\nYouthCare\n\nProjekto numeris:\n\nLLI-724", A="YouthCare", C="LLI-724"),
    v("lt", "| Akronimas | HOMECARE |\n| Projekto Nr. | LLI-725 |", A="HOMECARE", C="LLI-725"),
]

# The rows the rules were developed on.
BUILT_ON = [
    # --- acronyms: quoted or bare next to a project word, after a label, before the title or the number
    v("lv", "Jelgavas novadā sākts projekts “CareHome”, kas palīdzēs vientuļiem senioriem.", A="CareHome"),
    v("lv", "Projekta akronīms – FamilyFirst\nĪstenošanas vieta: Jelgava", A="FamilyFirst"),
    v("lv", "Akronīms: KidsNet\nProjekta numurs: LLI-571", C="LLI-571", A="KidsNet"),
    v("lv", "Projekts LLI-572 SafeStep “Drošāka vide bērniem pierobežā” noslēdzies.", C="LLI-572", A="SafeStep"),
    v("lv", "YouthLink projekta ietvaros jaunieši apmeklēja darbnīcas Utenā.", A="YouthLink"),
    v("lv", "Projekts “Ģimenei draudzīga vide Latgalē” (Family friendly) īstenots Krāslavā.", A="Family friendly"),
    v("lv", "Projekta saīsinātais nosaukums ir “Drošs solis”.", A="Drošs solis"),
    v("en", "The project “HomeCare” offers social workers new digital tools.", A="HomeCare"),
    v("en", "Project acronym – WelfareNet\nProject number – LLI-574", C="LLI-574", A="WelfareNet"),
    v("en", "FamilyBridge – Building family support services across the border (LLI-575)", C="LLI-575", A="FamilyBridge"),
    v("en", "CareWay: Better access to social care in rural areas (LLI-580)", C="LLI-580", A="CareWay"),
    v("en", "Project CARENET (LLI-576) started in Ignalina.", C="LLI-576", A="CARENET"),
    v("en", "The YouthHub project opened a centre in Rokiškis.", A="YouthHub"),
    v("en", "Project “Inclusion of persons with disabilities in border regions” (Equal chances) was presented.",
      A="Equal chances"),
    v("en", "Short name: SeniorLife. Project No. LLI-581.", C="LLI-581", A="SeniorLife"),
    v("lt", "Įgyvendinamas projektas „HappyAge“, skirtas senjorams.", A="HappyAge"),
    v("lt", "Projekto santrumpa – CareBridge\nProjekto Nr. LLI-578", C="LLI-578", A="CareBridge"),
    v("lt", "Akronimas: KidsFirst\nProjekto numeris: LLI-579", C="LLI-579", A="KidsFirst"),
    v("lt", "Įgyvendindama projektą SocialLink, savivaldybė atnaujino jaunimo erdvę.", A="SocialLink"),
    v("lt", "Projektas LLI-582 „Saugi kaimynystė“ (SafeNeighbours) įgyvendinamas Zarasuose.", C="LLI-582",
      A="SafeNeighbours"),
    # --- not an acronym: an organisation's, a fund's or programme's abbreviation, a unit, a headline
    v("lv", "Valsts sociālās aprūpes centrs (VSAC) “Latgale” īsteno projektu Nr. 9.2.2.2/16/I/003.",
      C="9.2.2.2/16/I/003", A=None),
    v("lv", "Centrālā finanšu un līgumu aģentūra (CFLA) apstiprināja projekta iesniegumu.", A=None),
    v("lv", "Projekta kopējās izmaksas (EUR) 85 000,00", A=None),
    v("lv", "Projektu līdzfinansē Eiropas Sociālais fonds Plus (ESF+).", A=None),
    v("lv", "PROJEKTS NOSLĒDZIES\nProjekta Nr. 9.2.4.2/16/I/071 rezultāti apkopoti.", C="9.2.4.2/16/I/071", A=None),
    v("lt", "Projektą administruoja Centrinė projektų valdymo agentūra (CPVA).", A=None),
    v("lt", "Projektas finansuojamas pagal Lietuvos kaimo plėtros 2014–2020 m. programą (KPP).", A=None),
    v("en", "The project is run by the Social Integration State Agency (SIVA) in Riga.", A=None),
    # --- codes: schemes of 2007-2027, a number word glued to the code
    v("lv", "Projekta Nr.12-09-LL03-L413201-000021 “Sporta laukuma izbūve”.", C="12-09-LL03-L413201-000021"),
    v("lv", "Projekts Nr. 4.3.1.1/1/23/I/011 “Sociālo pakalpojumu pieejamība”.", C="4.3.1.1/1/23/I/011"),
    v("lt", "Projekto kodas Nr. 08.4.2-ESFA-R-630-01-0011", C="08.4.2-ESFA-R-630-01-0011"),
    v("lt", "Projekto Nr. 10-002-P-0012 įgyvendinamas Kaune.", C="10-002-P-0012"),
    v("en", "Project LLI 583 was presented in Daugavpils.", C="LLI-583"),
    v("lv", "Vienošanās par projekta īstenošanu Nr. 9.2.2.1/15/I/021 parakstīta martā.", C="9.2.2.1/15/I/021"),
    # --- contract numbers of no project scheme are no project number, with or without a project number beside
    v("lv", "Pašvaldība noslēdza līgumu Nr. 2020/145 par ēkas pārbūvi.", C=None),
    v("lv", "Līguma Nr. 2.1/2020/17 izpildes termiņš ir 4 mēneši.", C=None),
    v("en", "Contract No. 4-12/2021 was signed with the builder.", C=None),
    v("en", "Project No. LLI-577 is co-financed by the ERDF. Contract No. 14/2020 was signed in May.", C="LLI-577"),
    v("lt", "Sutarties Nr. 2021-07/15 pasirašyta su UAB „Statyba“.", C=None),
    v("lt", "Rangos sutarties Nr. SR-2020-33 vertė – 120 000 Eur.", C=None),
    # --- measures and calls alone are no project number
    v("lv", "Pasākuma 9.3.1.1 “Pakalpojumu infrastruktūras attīstība” projektu atlase", C=None),
    v("lt", "Kvietimo Nr. 08.1.1-CPVA-V-427-03 paraiškos priimamos iki gegužės 1 d.", C=None),
    # --- a page listing several projects gives each its number
    v("lv", "Pašvaldībā īstenotie projekti:\n1. Projekts Nr. 9.2.2.1/15/I/031 “Atbalsts ģimenēm”.\n"
       "2. Projekts Nr. 9.3.1.1/19/I/044 “Dienas centrs”.",
      C=frozenset({"9.2.2.1/15/I/031", "9.3.1.1/19/I/044"})),
    v("en", "Projects of the municipality\nProject LLI-584 “Safe roads”\nTotal budget: 100 000 EUR\n"
       "Project LLI-585 “Active seniors”\nTotal budget: 80 000 EUR",
      C=frozenset({"LLI-584", "LLI-585"})),
    # --- digits inside a short name; a short name, then a dash or colon and the title, after the number
    v("lv", "Projekta Care4You ietvaros pašvaldība iegādājās aprīkojumu.", A="Care4You"),
    v("en", "The Youth2Work project trains young people without jobs.", A="Youth2Work"),
    v("lt", "Įgyvendinamas projektas „Kids4Future“.", A="Kids4Future"),
    v("lv", "Projekts LLI-601 HappyKids – Laimīgi bērni Latgalē un Utenas reģionā", C="LLI-601", A="HappyKids"),
    v("en", "Project LLI-603 SOCLINK: Social services linked across the border", C="LLI-603", A="SOCLINK"),
    v("lv", "Projekts LLI-604 ERAF – Eiropas Reģionālās attīstības fonds līdzfinansē", C="LLI-604", A=None),
    # --- Latvia–Lithuania–Belarus 2007–2013; a programme's CCI number is no project number
    v("en", "Project LLB-1-098 “Cross-border social partnership” ended.", C="LLB-1-098"),
    v("lv", "Programmas kods (CCI): 2014TC16RFCB012", C=None),
    v("en", "Programme CCI No. 2014TC16RFCB012\nProject No. LLI-602", C="LLI-602"),
    v("lt", "Projekto Nr. 2014LT16MAOP001 – tai veiksmų programos kodas.", C=None),
    # --- English "the … project": a capitalised name of two or three words
    v("en", "The Safe childhood project was presented at the conference in Utena.", A="Safe childhood"),
    v("en", "Partners of the Active senior life project met in Ignalina.", A="Active senior life"),
    v("en", "The Latvian partner project was discussed.", A=None),
    v("en", "The Daugavpils city project was completed.", A=None),
    v("en", "The Interreg programme project was audited.", A=None),
    v("en", "The Social fund project was closed.", A=None),
    v("en", "The Estonian cooperation project ended in May.", A=None),
    # --- a currency in brackets is a unit; a national body's abbreviation after its name in another language
    v("lv", "Projekta kopējās izmaksas (EUR)\n120 000,00", A=None),
    v("en", "Total eligible costs (EUR)\n1 000 000", A=None),
    v("lt", "Projekto išlaidų suma (EUR)\n77 500,00", A=None),
    v("lv", "Kopējās izmaksas (LVL)\n45 000", A=None),
    v("en", "Supervised by the Central Finance and Contracting Agency (CFLA)\nProject No. 9.3.1.1/19/I/050",
      C="9.3.1.1/19/I/050", A=None),
    v("en", "Intermediate body: Central Project Management Agency (CPVA)\nProject No. 08.1.1-CPVA-V-427-01-0040",
      C="08.1.1-CPVA-V-427-01-0040", A=None),
    v("en", "Partner: State Employment Agency (NVA)\nProject LLI-612", C="LLI-612", A=None),
    v("lt", "Partneris – Latvian Rural Support Service (LAD)\nProjekto Nr. LLI-613", C="LLI-613", A=None),
    # --- a short name after "Projekts:"; "saīsināti" and "sutrumpintai" before it
    v("lv", "Projekts: SmartHome (LLI-622)", C="LLI-622", A="SmartHome"),
    v("en", "Project: CareLink, No. LLI-623", C="LLI-623", A="CareLink"),
    v("lt", "Projektas: ActiveKids\nTrukmė – 24 mėn.", A="ActiveKids"),
    v("lv", "Projekts: LLI-624 Drošas mājas", C="LLI-624", A=None),
    v("lv", "Projekts: JAUNUMI\nProjekta Nr. 9.2.2.1/15/I/050", C="9.2.2.1/15/I/050", A=None),
    v("lv", "Projekts “Drošs vecums mājās” (saīsināti SafeAge) turpinās.", A="SafeAge"),
    v("lt", "Projekto „Pagalba vaikams“ (sutrumpintai – KidsHelp) veiklos baigtos.", A="KidsHelp"),
    # --- a label and its value each an item of a bulleted list (bug caught)
    v("lv", "• Projekta akronīms\n\n• “Potenciāla attīstība”\n\n• Projekta Nr. LLI-296", C="LLI-296",
      A="Potenciāla attīstība"),
    v("en", "- Project acronym\n- CareNet\n- Project number: LLI-631", C="LLI-631", A="CareNet"),
    # --- a headline that opens with the short name, a dash or a colon and the title; the number elsewhere
    v("en", "SocInc – Improving social inclusion in border regions\n\nLLI-632\nThe project helps families.",
      C="LLI-632", A="SocInc"),
    v("lv", "SocInc – Sociālās iekļaušanas veicināšana pierobežā\n\nProjekta kopējās izmaksas ir 100 000 EUR.",
      A="SocInc"),
    v("lt", "Pranešimai\n\neCare: Nuotolinės slaugos paslaugos kaimo vietovėse\n\nProjekto vertė – 100 000 Eur.",
      A="eCare"),
    # capitals alone, a web service, a sentence: no short name
    v("lv", "NVA – Nodarbinātības valsts aģentūra informē\n\nProjekta kopējās izmaksas ir 100 000 EUR.", A=None),
    v("en", "YouTube: Watch the Project Film Online\n\nThe project LLI-633 helps families.", C="LLI-633", A=None),
    v("en", "SocInc: the project helps families in border regions.\n\nLLI-634", C="LLI-634", A=None),
    # --- an unquoted short name between the number and a verb; a short name after a slash ending a heading
    v("en", "Project LLI-105 CareNet aims to improve social care services in the border region.",
      C="LLI-105", A="CareNet"),
    v("en", "Network of care providers / CareNet\nProject No. LLI-105\nThe partners will work together.",
      C="LLI-105", A="CareNet"),
    v("en", "Project title: Active ageing in border regions, ActiveAge (LLI-302)", C="LLI-302", A="ActiveAge"),
    # --- 2026-12-05 round: hyphenated short names, and a short name opening a quoted title before a colon
    v("lv", "Ludzas novada pašvaldība uzsākusi projekta “e-Senior” īstenošanu senioru dzīves kvalitātei.",
      A="e-Senior"),
    v("en", "The project CBC-Youth aims to improve youth employment in Latgale and Utena regions.", A="CBC-Youth"),
    v("en", "Project “B-Safe: safe border communities” will be implemented in 2020-2022 by the partners.",
      A="B-Safe"),
    v("lt", "Projektas „SocNet: socialinis tinklas pasienyje“ pradėtas įgyvendinti Zarasuose.", A="SocNet"),
    v("lv", "Projekts “Kopā – drošāka pierobeža” tiek īstenots Krāslavas novadā.", A=None),
    v("en", "The ES-funded project (EU-Latvia cooperation) started with a meeting in Riga.", A=None),
    v("lt", "Projektas „COVID-19: pagalba senjorams“ baigtas Utenos rajone.", A=None),
    # --- 2026-12-07 round: the patterns of that day's EVAL_ONLY rows, in other words
    v("lt", "Projekto akronimas SAFE BORDER, projekto numeris LLI-640.", C="LLI-640", A="SAFE BORDER"),
    v("lv", "Projekta akronīms HAPPY FAMILY ir izvēlēts kopā ar partneriem.", A="HAPPY FAMILY"),
    v("en", "Project LLI-642 CARE NETWORK brings together eight partners.", C="LLI-642", A="CARE NETWORK"),
    v("lv", "Projekts LLI-644 DROŠA VIDE uzlabos drošību pierobežas ciemos.", C="LLI-644", A="DROŠA VIDE"),
    v("lv", "Projekts LLI-646 ERAF UN VALSTS finansējums.", C="LLI-646", A=None),
    v("en", "SafeSteps is a joint project of Rēzekne and Utena municipalities.", A="SafeSteps"),
    v("lv", "“KidsFirst” ir pārrobežu sadarbības projekts bērnu drošībai.", A="KidsFirst"),
    v("lt", "„SOC-Care“ – tai Utenos ir Daugpilio bendras projektas.", A="SOC-Care"),
    v("en", "Latvia is a partner country of the project.", A=None),
    v("lv", "Projekta HOPE aktivitātēs piedalījās seniori no Ludzas.", A="HOPE"),
    v("lt", "Projekto SAFE metu įrengtos vaizdo kameros.", A="SAFE"),
    v("lt", "Vykdant projektą CARE buvo apmokyti socialiniai darbuotojai.", A="CARE"),
    v("lv", "Projekta NVA partneri tikās Rēzeknē.", A=None),
    # --- 2026-12-07: a fact box written in capitals (bug caught: NOSAUKUMS read as the number word No)
    v("lv", "PROJEKTA NR.: 18-01-AL23-A019.2204-000002\nPROJEKTA IESNIEDZĒJA NOSAUKUMS: Biedrība “Sauleskalns”\n"
       "PROJEKTA NOSAUKUMS: Dienas centra aprīkojums", C="18-01-AL23-A019.2204-000002", A=None),
    v("en", "PROJECT NUMBER: LLI-777\nPROJECT APPLICANT NOTE: submitted by Utena District Municipality",
      C="LLI-777", A=None),
    # --- 2026-12-08 round (7): the patterns of that day's EVAL_ONLY rows, in other words:
    #     the project known as / vadinamas a short name
    v("en", "The initiative known as YouthNet (LLI-710) trains youth workers.", A="YouthNet", C="LLI-710"),
    v("en", "The project, known as CARELINK, connects care services in both countries.", A="CARELINK"),
    v("lt", "Projektas, vadinamas SAFEKIDS, padės vaikams.", A="SAFEKIDS"),
    v("en", "The town known as Rēzekne hosts the project LLI-711.", C="LLI-711"),
    v("en", "The method known as ECEC is used in the day centres of the project LLI-712.", C="LLI-712"),
    v("lt", "Metodas, vadinamas ECEC, taikomas projekte LLI-713.", C="LLI-713"),
]

pages, test_built_on, test_rows_name_known_fields = table_tests("names", BUILT_ON, EVAL_ONLY, FIELDS)
