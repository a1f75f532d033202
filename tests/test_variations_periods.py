"""Variations of how Latvian, English and Lithuanian project pages state a project's period, its
duration, its number and its acronym — small synthetic pages read whole, one project each.

Two tables (see tests/variations.py): ``BUILT_ON``, the rows the rules were developed on, and
``EVAL_ONLY``, rows written before the rules were changed and never tuned to (``make accuracy``
prints both scores apart). A field named with None must stay empty: a publication, event or
deadline date is not the project's period, a contract number is not a project number, an
organisation's or a programme's abbreviation is not an acronym, a duration in years is not a
number of months.
"""

from __future__ import annotations

from typing import Any

from variations import Row, table_tests

FIELDS = ("start_date", "end_date", "duration_months_stated", "code", "acronym")
_KEYS = {"S": "start_date", "E": "end_date", "D": "duration_months_stated", "C": "code", "A": "acronym"}


def v(lang: str, text: str, **fields: Any) -> Row:
    """A row: S start, E end, D duration in months, C code, A acronym (None: must stay empty)."""
    return Row(lang, text, {_KEYS[k]: x for k, x in fields.items()})


# Written before any rule was changed for them, never tuned to: their score is the honest figure.
EVAL_ONLY = [
    # --- Latvian
    v("lv", "Projekta īstenošanas periods: 2019. gada marts – 2021. gada februāris.", S="2019-03-01", E="2021-02-28"),
    v("lv", "Projekta Nr. 9.2.2.1/15/I/004 īstenošana turpinās. Sākotnēji projektu bija plānots pabeigt 2022. gada "
       "30. jūnijā, taču īstenošanas termiņš pagarināts līdz 2023. gada 31. decembrim.",
      C="9.2.2.1/15/I/004", E="2023-12-31"),
    v("lv", "Projekta īstenošanas ilgums – 18 mēneši, no 2021. gada 1. aprīļa līdz 2022. gada 30. septembrim.",
      S="2021-04-01", E="2022-09-30", D=18),
    v("lv", "Projekta ilgums ir divdesmit četri mēneši.", D=24),
    v("lv", "Projekta akronīms: CareNet\nProjekta numurs: LLI-612\nĪstenošanas laiks: 01.10.2021.–30.09.2023.",
      C="LLI-612", A="CareNet", S="2021-10-01", E="2023-09-30"),
    v("lv", "| Projekta numurs | 9.3.1.1/19/I/041 |\n| Īstenošanas periods | 2020. gada 1. marts – 2022. gada 31. augusts |",
      C="9.3.1.1/19/I/041", S="2020-03-01", E="2022-08-31"),
    v("lv", "Publicēts: 15.03.2021.\nPašvaldība uzsākusi projekta Nr. 9.3.1.1/19/I/022 īstenošanu. Pieteikumus "
       "pakalpojumam var iesniegt līdz 2021. gada 30. aprīlim.", C="9.3.1.1/19/I/022", S=None, E=None),
    v("lv", "Noslēgts līgums Nr. 2021/45-K ar SIA “Būvnieks” par ēkas pārbūvi projekta Nr. 9.3.1.1/19/I/017 ietvaros.",
      C="9.3.1.1/19/I/017"),
    v("lv", "Projektu īsteno Sociālās integrācijas valsts aģentūra (SIVA) sadarbībā ar Labklājības ministriju (LM). "
       "Projekta īstenošanas laiks: no 2020. gada 1. janvāra līdz 2021. gada 31. decembrim.",
      A=None, S="2020-01-01", E="2021-12-31"),
    v("lv", "Interreg V-A Latvijas–Lietuvas pārrobežu sadarbības programmas 2014.–2020. gadam projekts LLI-527 "
       "“Drošas ģimenes” (SafeFamilies) ilgs 24 mēnešus.", C="LLI-527", A="SafeFamilies", D=24),
    v("lv", "Projekta īstenošana sākta 2018. gada 1. oktobrī un tiks pabeigta 2020. gada 30. septembrī.",
      S="2018-10-01", E="2020-09-30"),
    v("lv", "Projekts Nr. 19-06-AL12-A019.2202-000007 “Aprīkojuma iegāde sociālā dienesta vajadzībām”. "
       "Projekta īstenošanas termiņš: 2020. gada 30. jūnijs.", C="19-06-AL12-A019.2202-000007", E="2020-06-30"),
    v("lv", "Projekta ilgums: 36 mēneši (2016. gada 1. jūlijs – 2019. gada 30. jūnijs)",
      D=36, S="2016-07-01", E="2019-06-30"),
    v("lv", "Projekts Nr. 2010/0245/1DP/1.4.1.2.4/10/IPIA/NVA/001 tiek īstenots no 2010. gada 1. augusta līdz "
       "2012. gada 31. jūlijam.", C="2010/0245/1DP/1.4.1.2.4/10/IPIA/NVA/001", S="2010-08-01", E="2012-07-31"),
    v("lv", "Projekts tiks īstenots no 2022. līdz 2024. gadam.", S=None, E=None),
    v("lv", "2022. gada 14. septembrī projekta LLI-518 partneri tikās Rēzeknē, lai pārrunātu paveikto.",
      C="LLI-518", S=None, E=None),
    v("lv", "Īstenošanas laiks: 2019. gada 1. marts – 2021. gada 28. februāris (24 mēneši)",
      S="2019-03-01", E="2021-02-28", D=24),
    # --- English
    v("en", "Project implementation period: 1 October 2019 – 30 September 2021", S="2019-10-01", E="2021-09-30"),
    v("en", "The 30-month project started on 1 March 2017.", S="2017-03-01", D=30, E="2019-08-31"),
    v("en", "Project LLI-447 \"Safe Home\" (SafeHome) will be implemented from September 2019 to February 2021.",
      C="LLI-447", A="SafeHome", S="2019-09-01", E="2021-02-28"),
    v("en", "Duration: 18 months\nStart: 01/04/2020\nEnd: 30/09/2021", D=18, S="2020-04-01", E="2021-09-30"),
    v("en", "The call for proposals is open until 15 May 2020. Projects must be completed by 31 December 2022.",
      S=None, E=None),
    v("en", "Published on 12 June 2019\nThe project EEE-LT05-SADM-02-K-01-011 was launched in spring.",
      C="EEE-LT05-SADM-02-K-01-011", S=None),
    v("en", "Project period: March 2018 – February 2020 (24 months)", S="2018-03-01", E="2020-02-29", D=24),
    v("en", "The project LLI-388 was extended until 30 June 2022.", C="LLI-388", E="2022-06-30"),
    v("en", "The Interreg V-A Latvia–Lithuania Programme (LAT-LIT) co-finances the project LLI-302 from the European "
       "Regional Development Fund (ERDF). Project duration: 24 months.", C="LLI-302", A=None, D=24),
    v("en", "Project No. 9.2.4.2/16/I/055\nImplementation: 2017-01-02 – 2019-12-31",
      C="9.2.4.2/16/I/055", S="2017-01-02", E="2019-12-31"),
    v("en", "The project lasts two years, from 1 January 2020 to 31 December 2021.",
      S="2020-01-01", E="2021-12-31", D=None),
    v("en", "Contract No. 1.2.3/2020/15 was signed on 5 May 2020.", C=None, S=None),
    v("en", "Start date: 05.10.2020\nEnd date: 04.04.2022\nDuration: 18 months", S="2020-10-05", E="2022-04-04", D=18),
    # --- Lithuanian
    v("lt", "Projekto įgyvendinimo laikotarpis: 2019 m. kovo 1 d. – 2021 m. rugpjūčio 31 d.",
      S="2019-03-01", E="2021-08-31"),
    v("lt", "Projekto trukmė – 24 mėnesiai.", D=24),
    v("lt", "Projekto Nr. 08.4.2-ESFA-R-615-11-0003 įgyvendinimo pradžia – 2018-05-02, pabaiga – 2020-11-30.",
      C="08.4.2-ESFA-R-615-11-0003", S="2018-05-02", E="2020-11-30"),
    v("lt", "Projektas „Saugūs vaikai“ (akronimas – SafeKids) įgyvendinamas pagal Interreg V-A Latvijos ir Lietuvos "
       "bendradarbiavimo per sieną programą. Projekto Nr. LLI-489.", C="LLI-489", A="SafeKids"),
    v("lt", "Sutarties Nr. S-2020-145 pasirašyta 2020 m. birželio 10 d.", C=None, S=None),
    v("lt", "Projekto įgyvendinimas pratęstas iki 2023 m. birželio 30 d.", E="2023-06-30"),
    v("lt", "Projektas bus įgyvendinamas nuo 2020 m. rugsėjo mėn. iki 2022 m. rugpjūčio mėn.",
      S="2020-09-01", E="2022-08-31"),
    v("lt", "Paraiškos priimamos iki 2019 m. gruodžio 20 d. Projekto veiklos truks 18 mėnesių.", E=None, D=18),
    v("lt", "Projekto kodas: EEE-LT05-SADM-01-K-02-003\nĮgyvendinimo trukmė: 20 mėnesių",
      C="EEE-LT05-SADM-01-K-02-003", D=20),
    v("lt", "Projekto įgyvendinimo laikotarpis – 2017 01 02 – 2019 12 31.", S="2017-01-02", E="2019-12-31"),
    v("lt", "2021 m. spalio 5 d. įvyko projekto LLI-511 partnerių susitikimas Zarasuose.",
      C="LLI-511", S=None, E=None),
    v("lt", "Projektą finansuoja Europos socialinis fondas (ESF). Projekto pradžia: 2016 m. spalio 3 d.",
      A=None, S="2016-10-03"),
    # --- a second batch (layouts, year-first and quarter forms, start or end alone, durations)
    v("lv", "Projekta norises laiks\n2020. gada septembris – 2022. gada augusts", S="2020-09-01", E="2022-08-31"),
    v("lv", "| Projekta realizācijas periods | 09.2020–08.2022 |", S="2020-09-01", E="2022-08-31"),
    v("lv", "Projekta ilgums: 30 mēneši.", D=30),
    v("lv", "Projekts uzsākts 2020. gada septembrī, tā īstenošana ilgs līdz 2022. gada augustam.",
      S="2020-09-01", E="2022-08-31"),
    v("lv", "Projekts jāpabeidz līdz 2023. gada 30. novembrim.", E="2023-11-30"),
    v("lv", "Projekta īstenošana: 2021. gada I ceturksnis – 2022. gada IV ceturksnis", S="2021-01-01", E="2022-12-31"),
    v("lv", "Projekts tiks īstenots no 2021. gada aprīļa līdz 2023. gada martam.", S="2021-04-01", E="2023-03-31"),
    v("lv", "Projekta īstenošanas laiks: 2021.04.–2023.03.", S="2021-04-01", E="2023-03-31"),
    v("lv", "Projektu plānots īstenot 20 mēnešu laikā.", D=20),
    v("lv", "Projekta ilgums – 3 gadi.", D=None),
    v("en", "Timeline: September 2020 – August 2022", S="2020-09-01", E="2022-08-31"),
    v("en", "Project duration: 2020–2022 (30 months)", D=30, S=None, E=None),
    v("en", "The project kicked off in October 2020 and is due to finish in September 2022.",
      S="2020-10-01", E="2022-09-30"),
    v("en", "The project will run until 31 May 2023.", E="2023-05-31"),
    v("en", "Implementation: 2021 Q2 – 2023 Q1", S="2021-04-01", E="2023-03-31"),
    v("en", "Length of the project: 16 months", D=16),
    v("en", "| Start | 1 February 2021 |\n| End | 31 January 2023 |", S="2021-02-01", E="2023-01-31"),
    v("en", "The project is planned to last 14 months, starting from 1 June 2021.", D=14, S="2021-06-01", E="2022-07-31"),
    v("en", "The results of the project will be presented at a conference on 14 October 2022.", S=None, E=None),
    v("lt", "Projekto įgyvendinimo laikotarpis\n2020-09-01 – 2022-08-31", S="2020-09-01", E="2022-08-31"),
    v("lt", "Projektas pradėtas įgyvendinti 2020 m. rugsėjo mėn. ir truks iki 2022 m. rugpjūčio mėn.",
      S="2020-09-01", E="2022-08-31"),
    v("lt", "Projekto trukmė – 30 mėn.", D=30),
    v("lt", "| Projekto pabaiga | 2022 m. IV ketvirtis |", E="2022-12-31"),
    v("lt", "Projektas truks 16 mėnesių.", D=16),
    v("lt", "Projekto veiklos vykdomos nuo 2021 m. balandžio iki 2023 m. kovo.", S="2021-04-01", E="2023-03-31"),
    v("lt", "Projektas turi būti įgyvendintas iki 2023 m. lapkričio 30 d.", E="2023-11-30"),
    v("lt", "Įgyvendinimo laikotarpis: 2021/04–2023/03", S="2021-04-01", E="2023-03-31"),
    # --- later round (written before the rule for a unit ending the label's line, the number on the next)
    v("en", "Social inclusion through sport, LLI-650\nImplementation period in months\n36\nLead partner: Utena", D=36),
    v("lt", "Projektas LLI-651 „Sveika bendruomenė“\nTrukmė mėnesiais\n20\nPareiškėjas: Zarasų savivaldybė", D=20),
    v("lv", "Projekts LLI-652 “Drošā vide”\nĪstenošanas ilgums mēnešos\n12\nPartneri: Balvu novads", D=12),
    v("en", "Project LLI-653 “Care at home”\nPlanned for 6 months\n40 participants", D=6),
    # --- later round (written before the rule for the partners' working together for N months)
    v("en", "The partner organisations will work together for 24 months to set up the service.", D=24),
    v("en", "Partners from Latvia and Lithuania will collaborate for 18 months, starting in September 2020.",
      S="2020-09-01", E="2022-02-28", D=18),
    v("lv", "Partneri sadarbosies 20 mēnešus, sākot no 2021. gada 1. marta.", S="2021-03-01", E="2022-10-31", D=20),
    v("lt", "Partneriai bendradarbiaus 24 mėnesius.", D=24),
    v("en", "Young volunteers will work together for 3 months in the summer camp.", D=None),
    # --- written 2026-12-05 before any rule was changed for them
    v("lv", "Projekts tiks īstenots no 2024. gada janvāra līdz 2026. gada decembrim.", S="2024-01-01", E="2026-12-31"),
    v("lv", "Projekta īstenošana uzsākta 2019. gada 1. oktobrī un ilgs 24 mēnešus.",
      S="2019-10-01", E="2021-09-30", D=24),
    v("lv", "Projekta īstenošanas termiņš – 2023. gada 31. decembris.", E="2023-12-31"),
    v("lv", "Projekta darbības laiks: 2017.–2019. gads.", S=None, E=None),
    v("lv", "Projekta īstenošanas laiks: 2022. gada 1. jūlijs – 2024. gada 30. jūnijs (24 mēneši).",
      S="2022-07-01", E="2024-06-30", D=24),
    v("lv", "Projekts sākās 2020. gada septembrī, un tā noslēgums paredzēts 2022. gada augustā.",
      S="2020-09-01", E="2022-08-31"),
    v("en", "The project runs from 1 September 2021 to 31 August 2023.", S="2021-09-01", E="2023-08-31"),
    v("en", "Project period: 01/03/2019 – 28/02/2021", S="2019-03-01", E="2021-02-28"),
    v("en", "Implementation: October 2017 – September 2019 (24 months)", S="2017-10-01", E="2019-09-30", D=24),
    v("en", "The project started in January 2020 and will last until June 2022.", S="2020-01-01", E="2022-06-30"),
    v("en", "The project will be implemented over 30 months, ending on 31 December 2022.", E="2022-12-31", D=30),
    v("en", "Project duration: 2 years", D=None),
    v("en", "Duration of the project: 1 April 2018 – 31 March 2020", S="2018-04-01", E="2020-03-31"),
    v("lt", "Projekto įgyvendinimo trukmė – 24 mėn.", D=24),
    v("lt", "Projektas įgyvendinamas nuo 2020 m. rugsėjo 1 d. iki 2022 m. rugpjūčio 31 d.",
      S="2020-09-01", E="2022-08-31"),
    v("lt", "Projekto veiklų įgyvendinimo laikotarpis: 2019-03-01 – 2021-02-28", S="2019-03-01", E="2021-02-28"),
    v("lt", "Projekto pradžia – 2018 m. spalis, pabaiga – 2020 m. rugsėjis.", S="2018-10-01", E="2020-09-30"),
    v("lt", "Projektas truks 36 mėnesius.", D=36),
    v("lt", "Projekto veiklos bus vykdomos iki 2023 m. birželio 30 d.", E="2023-06-30"),
    # --- 2026-12-07 round: periods told in news prose (since, runs through, scheduled to end, planuojama
    #     užbaigti), a works deadline beside the project's period, a season or years alone
    v("lv", "Projekts tiek īstenots kopš 2019. gada septembra, un tajā iesaistīti 40 jaunieši.", S="2019-09-01"),
    v("lv", "Projekta īstenošanas termiņš ir 2021. gada 31. augusts.", E="2021-08-31"),
    v("lv", "Projekts norisinās no 2019. gada 1. jūlija.", S="2019-07-01"),
    v("lv", "Projekts ilgs līdz 2021. gada jūnijam.", E="2021-06-30"),
    v("lv", "Projekta īstenošanas sākums – 2019. gada 1. jūlijs.", S="2019-07-01"),
    v("lv", "Projekts startēja 2019. gada jūlijā un noslēgsies 2021. gada jūnijā.", S="2019-07-01", E="2021-06-30"),
    v("lv", "Projekts noslēgsies 2021. gada rudenī.", E=None),
    v("lv", "Projekta īstenošana: 01.07.2019.–30.06.2021. Būvdarbi jāpabeidz līdz 2020. gada 30. "
      "novembrim.",
      S="2019-07-01", E="2021-06-30"),
    v("en", "The project began in July 2019 and runs until June 2021.", S="2019-07-01", E="2021-06-30"),
    v("en", "Since July 2019, the project has trained social workers in both countries.", S="2019-07-01"),
    v("en", "The project, which started in July 2019, will end in June 2021.", S="2019-07-01", E="2021-06-30"),
    v("en", "The project runs through June 2021.", E="2021-06-30"),
    v("en", "The project is scheduled to end on 30 June 2021.", E="2021-06-30"),
    v("en", "Project completion date: 30.06.2021", E="2021-06-30"),
    v("en", "Project start: July 2019\nProject end: June 2021", S="2019-07-01", E="2021-06-30"),
    v("en", "The 18-month project will be completed in 2021.", D=18),
    v("lt", "Projektas vykdomas nuo 2019 m. liepos.", S="2019-07-01"),
    v("lt", "Projektą planuojama užbaigti 2021 m. birželio mėn.", E="2021-06-30"),
    v("lt", "Projekto veiklos prasidėjo 2019 m. liepos 1 d.", S="2019-07-01"),
    v("lt", "Projekto įgyvendinimo pabaiga – 2021-06-30.", E="2021-06-30"),
    v("lt", "Projektas baigsis 2021 m. birželio 30 d.", E="2021-06-30"),
    v("lt", "Projekto veiklų pradžia – 2019 m. III ketvirtis.", S="2019-07-01"),
    v("lt", "Projekto įgyvendinimo laikotarpis – 2019 m. liepos 1 d. – 2021 m. birželio 30 d. (24 mėn.).",
      S="2019-07-01", E="2021-06-30", D=24),
    v("lt", "Projekto veiklos vyks 2019–2021 metais.", S=None, E=None),
    # --- 2026-12-07 round (2): durations as the months set aside, in brackets after the label, per participant
    v("lv", "Projekts tiks īstenots 36 mēnešu garumā.", D=36),
    v("lv", "Projekta īstenošanai paredzēti 24 mēneši.", D=24),
    v("lv", "Projekta darbības ilgums ir 18 mēn.", D=18),
    v("lv", "Projekta īstenošanas ilgums (mēnešos): 30", D=30),
    v("en", "The project has a duration of 36 months.", D=36),
    v("en", "Duration (months): 24", D=24),
    v("en", "It is a 30-month project.", D=30),
    v("en", "Project length – 18 months", D=18),
    v("lt", "Projekto įgyvendinimo trukmė (mėn.): 24", D=24),
    v("lt", "Projektas bus vykdomas 36 mėnesius.", D=36),
    v("lt", "Projekto veiklos truks 30 mėn.", D=30),
    v("lt", "Projektui įgyvendinti skirti 18 mėnesių.", D=18),
    v("lv", "Pakalpojums tiks sniegts 12 mēnešus katram klientam.", D=None),
    v("en", "Each participant receives support for 6 months.", D=None),
    v("lt", "Kiekvienas dalyvis paslaugas gaus 6 mėnesius.", D=None),
    # --- 2026-12-07 round (3): whole pages (a programme's project card, municipality news in Latvian and
    #     Lithuanian, an English news item, fact boxes of ESF projects) and date formats of the region
    v("en", "Home > Projects > Social inclusion\n\nSafe Neighbourhoods\n\nProject acronym\nSafeHood\n\nProject "
       "No.\nLLI-431\n\nProgramme priority\nSocial inclusion\n\nStart date\n2019-04-01\n\nEnd "
       "date\n2021-03-31\n\nTotal budget\n€ 651 240,00\n\nERDF co-financing\n€ 553 554,00\n\nLead "
       "partner\nZarasai District Municipality\n\nThe project aims to reduce social exclusion of risk "
       "families.",
      A="SafeHood", C="LLI-431", S="2019-04-01", E="2021-03-31"),
    v("lv", "Sākums / Projekti\n\nProjekts “Atbalsts ģimenēm ar bērniem Krāslavas novadā”\n\nPublicēts: "
       "15.04.2019.\n\nKrāslavas novada pašvaldība 2019. gada 1. aprīlī uzsāka Interreg V-A "
       "Latvijas–Lietuvas pārrobežu sadarbības programmas projekta LLI-433 “Ģimenes atbalsta centri "
       "pierobežā” (FamilyCentres) īstenošanu. Projekts ilgs 24 mēnešus, līdz 2021. gada 31. "
       "martam.\n\nProjekta kopējās izmaksas ir 412 000 EUR.",
      C="LLI-433", A="FamilyCentres", S="2019-04-01", E="2021-03-31", D=24),
    v("lt", "Naujienos\n\n2019-04-15\n\nUtenos rajono savivaldybė pradėjo įgyvendinti projektą „Šeimos "
       "paramos centrai pasienyje“ (FamilyCentres), Nr. LLI-433. Projekto veiklos vyks nuo 2019 m. "
       "balandžio 1 d. iki 2021 m. kovo 31 d.\n\nProjekto vertė – 412 000 Eur.",
      C="LLI-433", A="FamilyCentres", S="2019-04-01", E="2021-03-31"),
    v("en", "News\n\n12 June 2020\n\nKick-off meeting of project LLI-435 ‘Active Seniors’\n\nOn 10 June 2020 "
       "the partners of the project LLI-435 ‘Active Seniors’ (ActSen) met in Daugavpils. The "
       "project started on 1 May 2020 and will last 18 months.",
      C="LLI-435", A="ActSen", S="2020-05-01", D=18, E="2021-10-31"),
    v("lv", "Projekta nosaukums: “Sociālo pakalpojumu attīstība Rēzeknes novadā”\nProjekta Nr.: "
       "9.2.2.3/16/I/007\nProjekta īstenošanas termiņš: 2017. gada 1. februāris – 2019. gada 31. "
       "decembris\nFinansējuma saņēmējs: Rēzeknes novada pašvaldība\n",
      C="9.2.2.3/16/I/007", S="2017-02-01", E="2019-12-31"),
    v("lt", "Projekto pavadinimas: Socialinių paslaugų plėtra Zarasų rajone\nProjekto kodas: "
       "08.4.2-ESFA-R-615-41-0003\nProjekto pradžia: 2018-03-01\nProjekto pabaiga: "
       "2020-08-31\nProjekto vertė: 320 000 Eur\n",
      C="08.4.2-ESFA-R-615-41-0003", S="2018-03-01", E="2020-08-31"),
    v("lv", "Projekta īstenošanas laiks: 1.03.2019.–28.02.2021.", S="2019-03-01", E="2021-02-28"),
    v("lv", "Projekta īstenošanas laiks: 2019.03.01.–2021.02.28.", S="2019-03-01", E="2021-02-28"),
    v("en", "Project period: 1.3.2019 – 28.2.2021", S="2019-03-01", E="2021-02-28"),
    v("en", "Project period: 1st March 2019 – 28th February 2021", S="2019-03-01", E="2021-02-28"),
    v("en", "Project period: March 1, 2019 – February 28, 2021", S="2019-03-01", E="2021-02-28"),
    v("lt", "Projekto įgyvendinimo laikotarpis: 2019.03.01–2021.02.28", S="2019-03-01", E="2021-02-28"),
    v("lt", "Projekto įgyvendinimo laikotarpis: 2019 03 01 – 2021 02 28", S="2019-03-01", E="2021-02-28"),
    v("lv", "Projekts tiek īstenots no 01.03.2019. līdz 28.02.2021.", S="2019-03-01", E="2021-02-28"),
    v("en", "Duration: 03/2019 – 02/2021", S="2019-03-01", E="2021-02-28"),
    v("lt", "Trukmė: 2019 m. kovas – 2021 m. vasaris", S="2019-03-01", E="2021-02-28"),
    v("lv", "Īstenošanas periods: 2019. gada 1. marts līdz 2021. gada 28. februāris", S="2019-03-01", E="2021-02-28"),
    v("en", "Implementation period: from 01.03.2019 until 28.02.2021", S="2019-03-01", E="2021-02-28"),
    # --- written 2026-12-07 after round (6), before any rule was changed for them
    v("en", "Implementation period: from 1 April 2019 until 31 March 2021.", S="2019-04-01", E="2021-03-31"),
    v("lv", "Projekta īstenošanas termiņš: 2020. gada 1. marts – 2022. gada 28. februāris.", S="2020-03-01",
      E="2022-02-28"),
    v("lt", "Projekto veiklų įgyvendinimo pradžia – 2019 m. spalio 1 d., pabaiga – 2021 m. rugsėjo 30 d.",
      S="2019-10-01", E="2021-09-30"),
    v("en", "Project timeframe: 15 months (October 2019 – December 2020).", D=15, S="2019-10-01", E="2020-12-31"),
    v("lv", "Projekts ilgs 36 mēnešus – no 2017. gada 1. jūlija līdz 2020. gada 30. jūnijam.", D=36,
      S="2017-07-01", E="2020-06-30"),
    v("en", "The project, which began in spring 2018, ended on 30 November 2020.", E="2020-11-30"),
    v("lt", "Projektas pradėtas įgyvendinti 2020 m. sausio 2 d. ir truks 24 mėnesius.", S="2020-01-02",
      E="2022-01-01", D=24),
    v("en", "Project LLI-720 “Warm homes” (WarmHome) runs until the end of 2022.", C="LLI-720", A="WarmHome"),
    # --- 2026-12-08 round: written before any rule was changed for them (49 of 55 read right then)
    v("lv", "Projekta īstenošanas periods: 01.09.2023.–31.08.2025.", S="2023-09-01", E="2025-08-31"),
    v("lv", "Projekts “Veselīgs dzīvesveids” (VESEL) tiek īstenots no 2021. gada 1. februāra līdz 2022. gada 31. "
      "decembrim.", A="VESEL", S="2021-02-01", E="2022-12-31"),
    v("lv", "Projekta sākuma datums: 2022. gada 1. marts\nProjekta beigu datums: 2024. gada 29. februāris",
      S="2022-03-01", E="2024-02-29"),
    v("lv", "Projekts ilgs no 2023. gada jūlija līdz 2025. gada jūnijam (24 mēneši).",
      S="2023-07-01", E="2025-06-30", D=24),
    v("lv", "Projekta aktivitātes tiks īstenotas laikā no 2020. gada 1. jūnija līdz 2021. gada 31. maijam.",
      S="2020-06-01", E="2021-05-31"),
    v("lv", "Projekts noslēdzās 2019. gada 31. oktobrī.", E="2019-10-31"),
    v("en", "The project “Healthy Ageing” (HEALTHAGE) started on 1 October 2020 and ends on 30 September 2022.",
      A="HEALTHAGE", S="2020-10-01", E="2022-09-30"),
    v("en", "Implementation period: 01.01.2017 - 31.12.2018", S="2017-01-01", E="2018-12-31"),
    v("en", "Start of the project: 1 March 2016. End of the project: 28 February 2018.",
      S="2016-03-01", E="2018-02-28"),
    v("en", "Project duration: 1 July 2019 to 30 June 2021", S="2019-07-01", E="2021-06-30"),
    v("en", "The project ACTIVE (LLI-702) will run for 24 months.", A="ACTIVE", C="LLI-702", D=24),
    v("en", "Project runtime: 04/2018 – 03/2020", S="2018-04-01", E="2020-03-31"),
    v("en", "The project was completed on 31 August 2021.", E="2021-08-31"),
    v("lt", "Projekto įgyvendinimo pradžia: 2021-01-04\nProjekto įgyvendinimo pabaiga: 2022-12-30",
      S="2021-01-04", E="2022-12-30"),
    v("lt", "Projektas „Sveika bendruomenė“ (HealthyCom) įgyvendinamas 2019–2021 m.", A="HealthyCom"),
    v("lt", "Projekto veiklos pradėtos 2020 m. sausio mėn., o baigtos 2021 m. gruodžio mėn.",
      S="2020-01-01", E="2021-12-31"),
    v("lt", "Projekto įgyvendinimo laikotarpis – 2018 m. rugsėjo mėn. – 2020 m. birželio mėn.",
      S="2018-09-01", E="2020-06-30"),
    v("lt", "Projektas įgyvendintas per 18 mėnesių.", D=18),
    v("lt", "Projektas baigtas įgyvendinti 2022 m. rugpjūčio 31 d.", E="2022-08-31"),
    # --- 2026-12-08 round (8): fact boxes and table rows, amended and approximate amounts;
    #     written before any rule was changed for them (46 of 49 read right then)
    v("lv", "Projekta īstenošanas laiks\nSākums: 01.04.2019.\nBeigas: 31.03.2021.", S="2019-04-01", E="2021-03-31"),
    v("lv", "| Projekta sākums | 2020. gada 1. janvāris |\n| Projekta beigas | 2021. gada 30. jūnijs |",
      S="2020-01-01", E="2021-06-30"),
    v("lv", "Īstenošanas periods:\n\n2018. gada 1. oktobris – 2020. gada 30. septembris",
      S="2018-10-01", E="2020-09-30"),
    v("lv", "Projekta ilgums:\n\n24 mēneši", D=24),
    v("en", "Timeframe\nFrom: 1 May 2019\nTo: 30 April 2021", S="2019-05-01", E="2021-04-30"),
    v("en", "| Project start | 01.09.2017 |\n| Project end | 31.08.2019 |\n| Duration | 24 months |",
      S="2017-09-01", E="2019-08-31", D=24),
    v("en", "Project period:\n\n1 January 2021 – 31 December 2022", S="2021-01-01", E="2022-12-31"),
    v("en", "Duration\n\n18 months", D=18),
    v("lt", "Įgyvendinimo laikotarpis\nNuo: 2019-09-01\nIki: 2021-08-31", S="2019-09-01", E="2021-08-31"),
    v("lt", "| Projekto pradžia | 2020-03-01 |\n| Projekto pabaiga | 2022-02-28 |", S="2020-03-01", E="2022-02-28"),
    v("lt", "Projekto trukmė:\n\n36 mėn.", D=36),
    v("lt", "Projekto įgyvendinimo laikotarpis:\n\n2021 m. sausio 1 d. – 2022 m. gruodžio 31 d.",
      S="2021-01-01", E="2022-12-31"),
]

# The rows the rules were developed on.
BUILT_ON = [
    # --- periods: year before month, month names in every case, labels of the period in all cases
    v("lv", "Projekta īstenošanas laiks: 2019. gada marts – 2021. gada februāris", S="2019-03-01", E="2021-02-28"),
    v("lv", "Projekta īstenošanas termiņš: no 2019. gada 1. marta līdz 2021. gada 31. augustam",
      S="2019-03-01", E="2021-08-31"),
    v("lv", "Projekts tiek īstenots no 2019. gada 1. marta līdz 2021. gada 31. augustam.", S="2019-03-01", E="2021-08-31"),
    v("lv", "Projekta īstenošanas laiks\n01.03.2019.–31.08.2021.", S="2019-03-01", E="2021-08-31"),
    v("lv", "Projekta īstenošanas periods ir 2020. gada janvāris – 2021. gada decembris.", S="2020-01-01", E="2021-12-31"),
    v("lv", "Projekta ieviešanas periods: 01.07.2016.-31.12.2018.", S="2016-07-01", E="2018-12-31"),
    v("lv", "Projekta īstenošanas laiks: 2017. gada 1. februāris – 2019. gada 31. janvāris (24 mēneši).",
      S="2017-02-01", E="2019-01-31", D=24),
    v("en", "Project implementation: 01.03.2019–31.08.2021", S="2019-03-01", E="2021-08-31"),
    v("en", "The project runs from 1 March 2019 to 31 August 2021.", S="2019-03-01", E="2021-08-31"),
    v("en", "Project duration: 1 September 2018 - 31 August 2020", S="2018-09-01", E="2020-08-31"),
    v("en", "Implementation period\n2018-09-01 – 2020-08-31", S="2018-09-01", E="2020-08-31"),
    v("en", "The project will be implemented between January 2020 and June 2021.", S="2020-01-01", E="2021-06-30"),
    v("lt", "Projektas įgyvendinamas nuo 2019 m. kovo 1 d. iki 2021 m. rugpjūčio 31 d.", S="2019-03-01", E="2021-08-31"),
    v("lt", "Įgyvendinimo pradžia: 2019-03-01\nĮgyvendinimo pabaiga: 2021-08-31", S="2019-03-01", E="2021-08-31"),
    v("lt", "Projekto įgyvendinimo laikotarpis – 2018 m. sausio mėn. – 2019 m. gruodžio mėn.", S="2018-01-01", E="2019-12-31"),
    v("lt", "Projekto įgyvendinimo terminas: 2016-10-03 – 2018-10-02", S="2016-10-03", E="2018-10-02"),
    v("lt", "Projekto veiklų įgyvendinimo pradžia 2020 m. liepos 1 d., pabaiga – 2022 m. birželio 30 d.",
      S="2020-07-01", E="2022-06-30"),
    v("lt", "Projekto pradžia – 2017 m. rugsėjis, pabaiga – 2019 m. rugpjūtis.", S="2017-09-01", E="2019-08-31"),
    # --- an amended end: the newest wins
    v("lv", "Projekta īstenošanas termiņš pagarināts līdz 2023. gada 30. jūnijam.", E="2023-06-30"),
    v("lt", "Projekto įgyvendinimo terminas pratęstas iki 2023 m. gruodžio 31 d.", E="2023-12-31"),
    v("lv", "Projekta īstenošanas laiks: no 2020. gada 1. jūlija līdz 2022. gada 31. decembrim. Ar grozījumiem "
       "projekta īstenošanas termiņš pagarināts līdz 2023. gada 30. jūnijam.", S="2020-07-01", E="2023-06-30"),
    v("en", "Project period: 1 March 2019 – 28 February 2021. The project was extended until 31 August 2021.",
      S="2019-03-01", E="2021-08-31"),
    v("en", "The implementation period has been extended until 31 March 2022.", E="2022-03-31"),
    v("lt", "Projekto pabaiga: 2022-12-31 (pratęsta iki 2023-06-30)", E="2023-06-30"),
    v("lv", "Projekta beigu datums: 30.06.2022.\nPēc grozījumiem projekta termiņš pagarināts līdz 31.12.2022.",
      E="2022-12-31"),
    v("en", "End date: 31 December 2021\nThe project end date was prolonged until 30 June 2022.", E="2022-06-30"),
    v("lt", "Projekto įgyvendinimo laikotarpis: 2019-01-01 – 2021-06-30. Projekto įgyvendinimo terminas pratęstas "
       "iki 2021 m. gruodžio 31 d.", S="2019-01-01", E="2021-12-31"),
    # an extended deadline for applications is no project end
    v("lv", "Projekta LLI-411 partneri informē: pieteikšanās termiņš pagarināts līdz 2020. gada 15. maijam.",
      C="LLI-411", E=None),
    # --- durations: in words, with adjectives, before the noun
    v("lv", "Projekta īstenošanas ilgums: 24 mēneši", D=24),
    v("lv", "Projekta īstenošanas termiņš ir 18 mēneši no līguma noslēgšanas dienas.", D=18),
    v("lv", "Projekta ilgums – divpadsmit mēneši. Projektu īsteno Preiļu novada pašvaldība.", D=12),
    v("lv", "Projekts ilgs divdesmit četrus mēnešus, un tā kopējās izmaksas ir 120 000 EUR.", D=24),
    v("en", "Project duration: eighteen months", D=18),
    v("en", "The twenty-four-month project LLI-410 brings together six partners.", C="LLI-410", D=24),
    v("lt", "Projekto įgyvendinimo trukmė – dvidešimt keturi mėnesiai.", D=24),
    v("lt", "Projekto trukmė: 36 mėn. Projektą įgyvendina Zarasų rajono savivaldybės administracija.", D=36),
    v("lt", "Projekto trukmė – 24 mėn, projektą įgyvendina Rokiškio rajono savivaldybė.", D=24),
    v("lt", "Projektas bus įgyvendinamas per dvylika mėnesių.", D=12),
    v("lv", "Projekts tiks īstenots divu gadu laikā.", D=None),
    v("lv", "Projekta ilgums: 2 gadi", D=None),
    v("en", "The project will last for 24 months.", D=24),
    v("en", "A two-year project", D=None),
    v("lt", "Projekto trukmė – 2 metai.", D=None),
    v("lt", "Projektas bus įgyvendinamas per 24 mėnesių laikotarpį.", D=24),
    # --- not the project's period: publication, event, deadline, signing, a call's or programme's years
    v("lv", "Publicēts 2021. gada 12. martā\nProjekta LLI-444 partneri tikās Daugavpilī.", C="LLI-444", S=None, E=None),
    v("en", "Posted on 3 May 2021 by Admin\nThe partners of project LLI-445 met in Daugavpils.", C="LLI-445", S=None, E=None),
    v("lv", "Pieteikšanās termiņš – līdz 2020. gada 15. maijam.", E=None),
    v("lt", "Paraiškų pateikimo terminas – 2020 m. gegužės 15 d.", E=None),
    v("en", "On 20 June 2019 the playground was opened in Biržai within project LLI-296.", C="LLI-296", S=None, E=None),
    v("lv", "Līgums par projekta Nr. 9.3.1.1/19/I/031 īstenošanu parakstīts 2020. gada 5. maijā.",
      C="9.3.1.1/19/I/031", S=None, E=None),
    v("lt", "Projekto LLI-446 finansavimo sutartis pasirašyta 2019 m. rugpjūčio 5 d.", C="LLI-446", S=None, E=None),
    v("lv", "Darbības programmas “Izaugsme un nodarbinātība” 2014.–2020. gadam projekts Nr. 9.2.2.1/15/I/005.",
      C="9.2.2.1/15/I/005", S=None, E=None),
    v("en", "Programming period: 2014-2020\nProject LLI-448", C="LLI-448", S=None, E=None),
    # --- codes: schemes; contract numbers of a works contract are no project number
    v("lv", "Projekts Nr. 17-05-AL20-A019.2201-000004 “Sociālā dienesta aprīkojums”.", C="17-05-AL20-A019.2201-000004"),
    v("lt", "Projekto Nr. 08.1.1-CPVA-V-427-02-0005 „Vaikų dienos centrų tinklo plėtra Zarasų rajone“.",
      C="08.1.1-CPVA-V-427-02-0005"),
    v("lt", "Priemonė 08.1.1-CPVA-V-427 „Institucinės globos pertvarka“", C=None),
    v("en", "Project number: LLI-449\nProject acronym: SocNet", C="LLI-449", A="SocNet"),
    v("lv", "Pašvaldība noslēdza būvdarbu līgumu Nr. 2020/17 ar SIA “Celtnieks” projekta Nr. 9.3.1.1/19/I/032 ietvaros.",
      C="9.3.1.1/19/I/032"),
    # --- acronyms: quoted, in brackets, after a label or the code; and what is not one
    v("lv", "Projekts “Atbalsts ģimenēm” (akronīms “FamilySupport”), Nr. LLI-400.", C="LLI-400", A="FamilySupport"),
    v("lt", "Projektas LLI-401 „Pagalba šeimoms“ (FamilyHelp) įgyvendinamas Zarasuose.", C="LLI-401", A="FamilyHelp"),
    v("en", "Project LLI-403 'Helping Families' (acronym: HelpFam)", C="LLI-403", A="HelpFam"),
    v("lv", "Projekts LLI-404 “Sociālā aprūpe kopā” “CareTogether” turpinās.", C="LLI-404", A="CareTogether"),
    v("lt", "Projektas „Socialinės paslaugos visiems“ (akronimas – SocAll), Nr. LLI-405.", C="LLI-405", A="SocAll"),
    # a title that ends with a fund's or programme's abbreviation in brackets does not make it an acronym
    v("lv", "Projekts LLI-407 tiek līdzfinansēts no Eiropas Savienības (ES) Eiropas Reģionālās attīstības fonda (ERAF).",
      C="LLI-407", A=None),
    v("lt", "Projektas LLI-408 finansuojamas Europos regioninės plėtros fondo (ERPF) lėšomis.", C="LLI-408", A=None),
    v("en", "Project LLI-409 is co-financed by the European Regional Development Fund (ERDF).", C="LLI-409", A=None),
    v("lv", "Projekts Nr. 19-05-AL14-A019.2203-000009 īstenots Lauku attīstības programmā (LAP).",
      C="19-05-AL14-A019.2203-000009", A=None),
    v("lv", "Valsts sociālās apdrošināšanas aģentūra (VSAA) informē par projekta Nr. 9.2.2.1/15/I/006 norisi.",
      C="9.2.2.1/15/I/006", A=None),
    v("lt", "Projektą finansuoja Europos socialinis fondas (ESF) ir Lietuvos Respublikos (LR) biudžetas. "
       "Projekto trukmė – 24 mėnesiai.", A=None, D=24),
    v("en", "The project is funded by the Interreg V-A Latvia–Lithuania Programme (LAT-LIT). Project LLI-406 "
       "lasts 24 months.", C="LLI-406", A=None, D=24),
    # --- periods in layouts: a table row, a label line above its value, a bare label
    v("lv", "| Projekta īstenošanas laiks | 03.2019–02.2021 |", S="2019-03-01", E="2021-02-28"),
    v("lv", "Sociālo pakalpojumu attīstība Ludzā\nIlgums: 24 mēneši", D=24),
    v("lv", "Projekta ilgums\n24 mēneši", D=24),
    v("en", "Social services for families in Zarasai\nDuration: 24 months", D=24),
    v("en", "Day care for the elderly in Rokiškis\nDuration\n24 months", D=24),
    v("en", "Project duration 2019-2021 (24 months)", D=24, S=None, E=None),
    v("en", "Implementation period: 1 March 2019 – 28 February 2021", S="2019-03-01", E="2021-02-28"),
    v("lt", "Socialinės paslaugos šeimoms Utenoje\nTrukmė – 24 mėn.", D=24),
    v("lt", "Pagalba į namus senjorams Ignalinoje\nLaikotarpis: 2019-03-01 – 2021-02-28", S="2019-03-01", E="2021-02-28"),
    v("lt", "Projekto pabaiga\n2021 m. vasario 28 d.", E="2021-02-28"),
    v("lt", "Projektas įgyvendinamas 2019–2021 m. (24 mėn.)", D=24, S=None, E=None),
    # --- year-first and mixed forms, quarters
    v("en", "Project period: 2019 March – 2021 February", S="2019-03-01", E="2021-02-28"),
    v("lt", "Įgyvendinimo laikotarpis: 2019 m. kovo mėn. – 2021 m. vasario mėn.", S="2019-03-01", E="2021-02-28"),
    v("lt", "Projektas įgyvendinamas nuo 2019 m. kovo iki 2021 m. vasario.", S="2019-03-01", E="2021-02-28"),
    v("lv", "Projekts tiek īstenots no 2019. gada marta līdz 2021. gada februārim.", S="2019-03-01", E="2021-02-28"),
    v("lv", "Projekta īstenošanas laiks: 2019.03.–2021.02.", S="2019-03-01", E="2021-02-28"),
    v("lv", "Projekta īstenošanas periods: 2019/03–2021/02", S="2019-03-01", E="2021-02-28"),
    v("en", "Home care for the elderly in Daugavpils\nProject period: 2019 Q1 – 2020 Q4", S="2019-01-01", E="2020-12-31"),
    v("lv", "Projekta beigas: 2020. gada IV ceturksnis", E="2020-12-31"),
    v("lt", "Projekto pabaiga – 2020 m. IV ketvirtis.", E="2020-12-31"),
    # --- a start or an end alone in a sentence
    v("en", "The project started in March 2019.", S="2019-03-01"),
    v("lv", "Projekts uzsākts 2019. gada martā.", S="2019-03-01"),
    v("lt", "Projekto veiklos pradėtos įgyvendinti 2019 m. kovo mėn.", S="2019-03-01"),
    v("en", "The project will last until 28 February 2021.", E="2021-02-28"),
    v("lv", "Projekta īstenošana ilgs līdz 2021. gada 28. februārim.", E="2021-02-28"),
    v("lt", "Projekto veiklos ilgs iki 2021 m. vasario 28 d.", E="2021-02-28"),
    v("en", "The project must be completed by 28 February 2021.", E="2021-02-28"),
    v("lv", "Visas projekta darbības jāpabeidz līdz 2021. gada 28. februārim.", E="2021-02-28"),
    v("lt", "Projektas turi būti baigtas iki 2021 m. vasario 28 d.", E="2021-02-28"),
    # --- durations in sentences
    v("en", "The project will last 24 months.", D=24),
    v("lt", "Projektas ilgs 24 mėnesius.", D=24),
    v("lv", "Projekts ilgs 24 mēnešus, to īsteno Balvu novadā.", D=24),
    v("lv", "Projekta ilgums – 2 gadi.", D=None),
    # --- more labels of the length and period, more start and end verbs
    v("lt", "Rokiškio socialinės paslaugos\nProjekto įgyvendinimo laikas – 24 mėnesiai.", D=24),
    v("en", "Care at home in Biržai district\nThe project is 24 months long.", D=24),
    v("en", "Care at home in Biržai district\nProject lifetime: 24 months", D=24),
    v("en", "Care at home in Biržai district\nTimeframe: 36 months", D=36),
    v("lv", "Aprūpe mājās Balvu novadā\nProjekta darbības laiks: 24 mēneši", D=24),
    v("lv", "Aprūpe mājās Balvu novadā\nProjektu paredzēts īstenot 24 mēnešos.", D=24),
    v("lt", "Rokiškio socialinės paslaugos\nProjekto veiklų vykdymo laikotarpis – 24 mėn.", D=24),
    v("lv", "Aprūpe mājās Balvu novadā\nProjekts noslēdzas 2021. gada 28. februārī.", E="2021-02-28"),
    v("lv", "Aprūpe mājās Balvu novadā\nProjekts sākts 2019. gada 1. martā.", S="2019-03-01"),
    v("en", "Care at home in Biržai district\nThe project commences on 1 March 2019.", S="2019-03-01"),
    v("en", "Care at home in Biržai district\nThe project will finish on 28 February 2021.", E="2021-02-28"),
    v("lt", "Rokiškio socialinės paslaugos\nProjektas užsibaigs 2021 m. vasario 28 d.", E="2021-02-28"),
    v("lt", "Rokiškio socialinės paslaugos\nProjekto veiklos pasibaigė 2021 m. vasario 28 d.", E="2021-02-28"),
    v("lv", "Projekta darbības periods: 2019. gada 1. marts – 2021. gada 28. februāris", S="2019-03-01", E="2021-02-28"),
    # a contract's date and an application deadline stay no project dates
    v("lv", "Aprūpe mājās Balvu novadā\nProjekta līgums noslēgts 2019. gada 1. martā.", S=None, E=None),
    v("lt", "Rokiškio socialinės paslaugos\nParaiškų priėmimas baigsis 2019 m. kovo 1 d.", E=None),
    # --- the one range of a page on a fact line under any short label; an event's days are no period
    v("en", "Care at home in Biržai district\nImplementation dates: 1 March 2019 - 28 February 2021",
      S="2019-03-01", E="2021-02-28"),
    v("lv", "Aprūpe mājās Balvu novadā\nTermiņi: 01.03.2019.–28.02.2021.", S="2019-03-01", E="2021-02-28"),
    v("lt", "Rokiškio socialinės paslaugos\nĮgyvendinimo datos: 2019 m. kovo 1 d. – 2021 m. vasario 28 d.",
      S="2019-03-01", E="2021-02-28"),
    v("lv", "Aprūpe mājās Balvu novadā\nFestivāls notika: 01.03.2019.–03.03.2019.", S=None, E=None),
    v("lv", "Aprūpe mājās Balvu novadā\nPieteikšanās: 01.03.2019.–28.02.2021.", S=None, E=None),
    # --- a duration and its start: the end follows
    v("en", "Care at home in Biržai district\nProject duration: 24 months, beginning in March 2019.",
      D=24, S="2019-03-01", E="2021-02-28"),
    v("en", "Care at home in Biržai district\nProject duration: 18 months commencing on 1 April 2020.",
      D=18, S="2020-04-01", E="2021-09-30"),
    # --- a table whose first row names the columns: each value reads its column's header
    v("lv", "Sociālie pakalpojumi ģimenēm Ludzas novadā\n| Projekta numurs | Īstenošanas laiks | Kopējās izmaksas |\n"
       "| LLI-551 | 01.03.2019.–28.02.2021. | 100 000 EUR |", C="LLI-551", S="2019-03-01", E="2021-02-28"),
    v("en", "Social services for families in Zarasai\n| Project | Duration | Start | End |\n"
       "| LLI-552 | 24 months | 01.03.2019 | 28.02.2021 |", C="LLI-552", D=24, S="2019-03-01", E="2021-02-28"),
    v("lt", "Socialinės paslaugos šeimoms Utenoje\n| Projekto pavadinimas | Trukmė | Laikotarpis |\n|---|---|---|\n"
       "| Pagalba šeimai | 24 mėn. | 2019-03-01 – 2021-02-28 |", D=24, S="2019-03-01", E="2021-02-28"),
    v("lt", "Socialinės paslaugos šeimoms Utenoje\n| Pradžia | Pabaiga |\n| 2019 m. kovo 1 d. | 2021 m. vasario 28 d. |",
      S="2019-03-01", E="2021-02-28"),
    # a row's own label still decides; an event's dates under a header are no project dates
    v("lv", "Sociālie pakalpojumi ģimenēm Ludzas novadā\n| Projekta nosaukums | Atbalsts ģimenēm |\n"
       "| Līgums parakstīts | 01.03.2019 |", S=None, E=None),
    v("en", "Social services for families in Zarasai\n| Event | Date |\n| Kick-off meeting | 01.03.2019 |\n"
       "| Final conference | 28.02.2021 |", S=None, E=None),
    # --- an ISO interval: two dates joined by a slash
    v("en", "Social services for families in Zarasai\nProject period: 2019-03-01/2021-02-28", S="2019-03-01", E="2021-02-28"),
    # --- a duration as the project's adjective, and past and present forms of "last"
    v("lv", "Sociālie pakalpojumi ģimenēm Ludzas novadā\nŠis ir 24 mēnešu projekts, ko īsteno Ludzas novads.", D=24),
    v("lv", "Sociālie pakalpojumi ģimenēm Ludzas novadā\nProjekts ilga 24 mēnešus.", D=24),
    v("lt", "Socialinės paslaugos šeimoms Utenoje\nProjektas truko 24 mėnesius.", D=24),
    v("lt", "Socialinės paslaugos šeimoms Utenoje\nTai 24 mėnesių projektas, kurį įgyvendina Zarasų savivaldybė.", D=24),
    v("lt", "Socialinės paslaugos šeimoms Utenoje\nProjekto veiklos trunka 18 mėnesių.", D=18),
    v("en", "Social services for families in Zarasai\nThis 24 month project is led by Zarasai municipality.", D=24),
    # --- a unit ending the label's line, the number alone on the next
    v("en", "Project LLI-660 “Home care”\nDuration in months\n24\nLead partner: Rēzekne", D=24, C="LLI-660"),
    v("lv", "Projekts LLI-661 “Atbalsts ģimenēm”\nIlgums mēnešos\n18\nVadošais partneris: Balvi", D=18),
    # --- the number alone after the unit on the label's line
    v("en", "Project LLI-662 “Home care”\nDuration in months 30\nLead partner: Rēzekne", D=30, C="LLI-662"),
    # --- more duration labels: norises laiks, norisināsies, implementation time, timeframe, over a period of
    v("lv", "Sociālie pakalpojumi ģimenēm Ludzas novadā\nProjekta norises laiks ir 20 mēneši.", D=20),
    v("lv", "Sociālie pakalpojumi ģimenēm Ludzas novadā\nProjekts norisināsies 18 mēnešus.", D=18),
    v("en", "Social services for families in Zarasai\nImplementation time: 12 months", D=12),
    v("en", "Social services for families in Zarasai\nTimeframe: 24 months", D=24),
    v("en", "Social services for families in Zarasai\nThe project will be carried out over a period of 24 months.", D=24),
    # --- the sentence's duration label before the start, the duration after it
    v("lv", "Sociālie pakalpojumi ģimenēm Ludzas novadā\nProjekts tiek īstenots no 2019. gada 1. oktobra 24 mēnešu "
      "garumā.", S="2019-10-01", E="2021-09-30", D=24),
    # --- more Latvian verbs of starting before the date: sāka, startēja, uzsākusi, sākusies
    v("lv", "Sociālie pakalpojumi ģimenēm Ludzas novadā\nProjekta īstenošanu sāka 2017. gada 2. maijā.", S="2017-05-02"),
    v("lv", "Sociālie pakalpojumi ģimenēm Ludzas novadā\nProjekts startēja 2019. gada janvārī.", S="2019-01-01"),
    v("lv", "Sociālie pakalpojumi ģimenēm Ludzas novadā\nBiedrība ir uzsākusi projekta īstenošanu 2020. gada "
      "1. februārī.", S="2020-02-01"),
    v("lv", "Sociālie pakalpojumi ģimenēm Ludzas novadā\nProjekta īstenošana ir sākusies 2019. gada 1. aprīlī.",
      S="2019-04-01"),
    # --- the partners working together for N months
    v("en", "The partners will work together for 30 months.", D=30),
    v("en", "The project partners will cooperate for 18 months, from March 2019.", S="2019-03-01", E="2020-08-31",
      D=18),
    # --- 2026-12-05 round: the patterns of that day's EVAL_ONLY rows, in other words and figures
    v("en", "Home care for the elderly in Daugavpils\nThe project runs through March 2023.", E="2023-03-31"),
    v("lv", "Aprūpe mājās Balvu novadā\nProjekta realizācijai atvēlēti 20 mēneši.", D=20),
    v("lt", "Rokiškio socialinės paslaugos\nProjektui įgyvendinti numatyta 30 mėnesių.", D=30),
    v("en", "Care at home in Biržai district\nThe project is allotted 12 months.", D=12),
    v("lv", "Projektu īstenos no 2021. gada marta līdz 2023. gada februārim.", S="2021-03-01", E="2023-02-28"),
    v("lv", "Projekta īstenošana sākta 2022. gada 1. februārī un ilgs 18 mēnešus.", S="2022-02-01", E="2023-07-31",
      D=18),
    v("lv", "Projekta noslēguma termiņš – 2022. gada 30. novembris.", E="2022-11-30"),
    v("lv", "Projekta īstenošanas laiks: 2021.–2023. gads.", S=None, E=None),
    v("lv", "Īstenošanas laiks: 2020. gada 1. janvāris – 2021. gada 31. decembris (24 mēneši).",
      S="2020-01-01", E="2021-12-31", D=24),
    v("lv", "Projekts sākās 2019. gada martā, un tā noslēgums paredzēts 2021. gada februārī.",
      S="2019-03-01", E="2021-02-28"),
    v("en", "The project runs from 1 March 2020 to 28 February 2022.", S="2020-03-01", E="2022-02-28"),
    v("en", "Project period: 01/10/2020 – 30/09/2022", S="2020-10-01", E="2022-09-30"),
    v("en", "Implementation: March 2019 – August 2020 (18 months)", S="2019-03-01", E="2020-08-31", D=18),
    v("en", "The project started in May 2021 and will last until April 2023.", S="2021-05-01", E="2023-04-30"),
    v("en", "The project will be implemented over 24 months, ending on 30 June 2021.", E="2021-06-30", D=24),
    v("en", "Project duration: 3 years", D=None),
    v("en", "Duration of the project: 1 July 2019 – 30 June 2021", S="2019-07-01", E="2021-06-30"),
    v("lt", "Projekto trukmė – 18 mėn.", D=18),
    v("lt", "Projektas vykdomas nuo 2019 m. kovo 1 d. iki 2021 m. vasario 28 d.", S="2019-03-01", E="2021-02-28"),
    v("lt", "Projekto įgyvendinimo laikotarpis: 2020-01-01 – 2021-12-31", S="2020-01-01", E="2021-12-31"),
    v("lt", "Projekto pradžia – 2019 m. sausis, pabaiga – 2020 m. gruodis.", S="2019-01-01", E="2020-12-31"),
    v("lt", "Projektas truks 20 mėnesių.", D=20),
    v("lt", "Projekto veiklos bus vykdomos iki 2022 m. gruodžio 31 d.", E="2022-12-31"),
    # --- 2026-12-07 round (6): a duration written in the project word, the end a project is due
    # at, durations that are planned, an acronym label in brackets before the sentence goes on
    v("en", "The 24-month project began on 1 September 2019.", S="2019-09-01", E="2021-08-31", D=24),
    v("en", "Our 18-month project was launched on 1 February 2021 in Rēzekne.", S="2021-02-01", E="2022-07-31",
      D=18),
    v("en", "Care at home in Biržai district\nThe project is due to finish in April 2021.", E="2021-04-30"),
    v("en", "Care at home in Biržai district\nThe project is expected to last 18 months.", D=18),
    v("en", "Project LLI-700 “Active seniors”\nScheduled for 12 months\n35 participants", C="LLI-700", D=12),
    v("lt", "Projektas „Sveika bendruomenė“ (akronimas – HealthyCom) vykdomas Zarasų rajono "
       "savivaldybėje kartu su partneriais iš Latvijos. Projekto Nr. LLI-512.",
      C="LLI-512", A="HealthyCom"),
    v("en", "The project “Safe homes for seniors” (acronym: SafeHome) is implemented in "
       "Latgale by three municipalities and two NGOs. Project No. LLI-530.",
      C="LLI-530", A="SafeHome"),
    # negatives: the length of a training planned, a finish that is not the project's
    v("en", "Care at home in Biržai district\nThe training course is planned for 3 months.", D=None),
    # --- 2026-12-08 round (7): the patterns of that day's EVAL_ONLY rows, in other words:
    #     the feminine plural participles baigtos, užbaigtos
    v("lt", "Projekto veiklos pradėtos 2019 m. kovo mėn., baigtos – 2020 m. vasario mėn.",
      S="2019-03-01", E="2020-02-29"),
    v("lt", "Projekto veiklos užbaigtos 2021 m. birželio 30 d.", E="2021-06-30"),
    v("lt", "Projektas pradėtas 2020 m. liepos 1 d., užbaigtas 2022 m. birželio 30 d.", S="2020-07-01", E="2022-06-30"),
]

pages, test_built_on, test_rows_name_known_fields = table_tests("periods", BUILT_ON, EVAL_ONLY, FIELDS)
