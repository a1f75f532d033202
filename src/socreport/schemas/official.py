"""Tables in the official vocabulary: where each project is (``locations``, with LAU and NUTS 3 codes)
and the projects as the EU list of operations names their fields (``operations``, as Kohesio publishes
the lists of operations), so that extracted projects can be set beside official data."""

from __future__ import annotations

from .extracted import PROJECT_ID
from .model import Column, Table, col

PLACE_KINDS = ("state_city", "municipality", "planning_region", "city", "district")

_PLACE_COLUMNS: tuple[Column, ...] = (
    col(
        "place_id",
        "string",
        "Place id",
        "Vietas id",
        "The place in socreport's table of municipalities (data/municipalities.csv): LV- or LT- and the LAU code, LV-PR- for a Latvian planning region.",
        "Vieta socreport pašvaldību tabulā (data/municipalities.csv): LV- vai LT- un LAU kods, LV-PR- Latvijas plānošanas reģionam.",
    ),
    col(
        "place",
        "string",
        "Municipality or region",
        "Pašvaldība vai reģions",
        "Official name of the municipality or planning region.",
        "Pašvaldības vai plānošanas reģiona oficiālais nosaukums.",
    ),
    col(
        "place_kind",
        "string",
        "Kind of place",
        "Vietas veids",
        "state_city (valstspilsēta), municipality (novads; in Lithuania a savivaldybė), planning_region; Lithuania: city (miesto), district (rajono).",
        "valstspilsēta (state_city), novads (municipality; Lietuvā savivaldybė), plānošanas reģions (planning_region); Lietuvā: miesto (city), rajono (district).",
        allowed=PLACE_KINDS,
    ),
    col(
        "country",
        "string",
        "Country",
        "Valsts",
        "ISO code of the place's country (LV, LT).",
        "Vietas valsts kods (LV, LT).",
    ),
    col(
        "lau_code",
        "string",
        "LAU code",
        "LAU kods",
        "Local administrative unit code as Eurostat publishes it (Latvia: the ATVK 2021 code; Lithuania: the municipality code); empty for a planning region.",
        "Vietējās administratīvās vienības kods, kā to publicē Eurostat (Latvijā ATVK 2021 kods, Lietuvā pašvaldības kods); plānošanas reģionam tukšs.",
    ),
    col(
        "nuts3_code",
        "string",
        "NUTS 3 code",
        "NUTS 3 kods",
        "NUTS 2021 level 3 region of the place (LV003 ... LV009, LT011 ... LT029); empty for Rīgas plānošanas reģions, which spans two.",
        "Vietas NUTS 2021 3. līmeņa reģions (LV003 ... LV009, LT011 ... LT029); Rīgas plānošanas reģionam, kas aptver divus, tukšs.",
    ),
    col(
        "nuts3_name",
        "string",
        "NUTS 3 region",
        "NUTS 3 reģions",
        "Name of the NUTS 3 region.",
        "NUTS 3 reģiona nosaukums.",
    ),
)

LOCATIONS = Table(
    "locations",
    "Locations",
    "Atrašanās vietas",
    "The municipalities and planning regions a project's lead and partners name (Valmieras novada pašvaldība, "
    "Kauno rajono savivaldybė, Valmiera Municipality), with LAU and NUTS 3 codes: one row per partner whose name "
    "names a place.",
    (
        PROJECT_ID,
        col(
            "partner",
            "string",
            "Partner",
            "Partneris",
            "The partner's name (partners table) that names the place.",
            "Partnera nosaukums (partneru tabula), kurā minēta vieta.",
            required=True,
        ),
        col(
            "role",
            "string",
            "Role",
            "Loma",
            "lead or partner.",
            "vadošais (lead) vai partneris (partner).",
            required=True,
            allowed=("lead", "partner"),
        ),
    )
    + _PLACE_COLUMNS,
    primary_key=("project_id", "partner", "role"),
)

OPERATIONS = Table(
    "operations",
    "Operations (EU list of operations)",
    "Darbības (ES darbību saraksts)",
    "One row per project with the columns of the EU list of operations as Kohesio publishes it (operation name, "
    "total eligible expenditure, EU budget, co-financing rate, fund, programme and CCI, start and end, beneficiary, "
    "location), from the projects, indicators, partners and locations tables; nominal euro. An empty cell: the "
    "texts do not state it.",
    (
        PROJECT_ID,
        col(
            "operation_name",
            "string",
            "Operation name",
            "Darbības nosaukums",
            "The project's title (else its acronym, else its identifier).",
            "Projekta nosaukums (vai saīsinājums, vai identifikators).",
        ),
        col(
            "total_eligible_expenditure_eur",
            "Float64",
            "Total eligible expenditure, EUR",
            "Kopējās attiecināmās izmaksas, EUR",
            "The project's total budget as the texts state it (projects.total_budget_eur; a text rarely says whether it is the eligible total).",
            "Projekta kopējais budžets, kā to norāda teksti (projects.total_budget_eur; teksts reti norāda, vai tās ir attiecināmās izmaksas).",
            unit="EUR",
        ),
        col(
            "eu_budget_eur",
            "Float64",
            "EU budget, EUR",
            "ES budžets, EUR",
            "The EU funds' amount for the whole project (projects.eu_funding_eur).",
            "ES fondu finansējums visam projektam (projects.eu_funding_eur).",
            unit="EUR",
        ),
        col(
            "co_financing_rate",
            "Float64",
            "EU co-financing rate, %",
            "ES līdzfinansējuma likme, %",
            "The EU share as the text states it, else computed from the amounts (indicators.eu_share × 100).",
            "ES daļa, kā to norāda teksts, citādi aprēķināta no summām (indicators.eu_share × 100).",
            unit="%",
        ),
        col(
            "fund",
            "string",
            "Fund",
            "Fonds",
            "The EU fund the texts name (ERDF, ESF, EEA, ...).",
            "Tekstos nosauktais ES fonds (ERDF, ESF, EEA, ...).",
        ),
        col("programme", "string", "Programme", "Programma", "The funding programme.", "Finansējuma programma."),
        col(
            "cci",
            "string",
            "CCI",
            "CCI",
            "The programme's CCI number (data/programme_cci.csv) where socreport knows it; empty otherwise.",
            "Programmas CCI numurs (data/programme_cci.csv), ja socreport to zina; citādi tukšs.",
        ),
        col("start_date", "datetime64[ns]", "Start", "Sākums", "Project start date.", "Projekta sākuma datums."),
        col("end_date", "datetime64[ns]", "End", "Beigas", "Project end date.", "Projekta beigu datums."),
        col(
            "beneficiary",
            "string",
            "Beneficiary",
            "Finansējuma saņēmējs",
            "The lead partner (else the only partner) the texts name.",
            "Tekstos nosauktais vadošais partneris (vai vienīgais partneris).",
        ),
        col(
            "location",
            "string",
            "Location",
            "Atrašanās vieta",
            "The municipality or planning region of the beneficiary, else of the first partner that names one (locations table).",
            "Finansējuma saņēmēja pašvaldība vai plānošanas reģions, citādi pirmā partnera, kura nosaukumā tāda minēta (atrašanās vietu tabula).",
        ),
        col("lau_code", "string", "LAU code", "LAU kods", "LAU code of the location.", "Atrašanās vietas LAU kods."),
        col(
            "nuts3_code",
            "string",
            "NUTS 3 code",
            "NUTS 3 kods",
            "NUTS 2021 level 3 code of the location.",
            "Atrašanās vietas NUTS 2021 3. līmeņa kods.",
        ),
        col(
            "country",
            "string",
            "Country",
            "Valsts",
            "ISO code of the location's country.",
            "Atrašanās vietas valsts kods.",
        ),
    ),
    primary_key=("project_id",),
)

OFFICIAL_TABLES: tuple[Table, ...] = (LOCATIONS, OPERATIONS)
