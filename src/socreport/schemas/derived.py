"""The derived tables: indicators, partner_shares, aggregates (computed by :mod:`socreport.indicators`)
and quality (found by :mod:`socreport.checks`), with the formulas of the computed columns and the ids of
the checks. Defined here, statically, beside the extracted tables, so that what
:meth:`socreport.tables.Tables.validate` checks never depends on which modules were imported.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..texts import SEVERITIES, text
from .extracted import PROJECT_ID, PROJECTS
from .model import Column, Table

#: Formula of every computed column (language-neutral notation), by column name.
FORMULAS: dict[str, str] = {
    "label": "acronym, else title shortened to 40 characters, else code, else project_id",
    "start_year": "year(start_date)",
    "eu_share": "eu_funding_eur ÷ total_budget_eur",
    "state_share": "Σ funding[scope=whole, source=state] ÷ total_budget_eur",
    "municipality_share": "Σ funding[scope=whole, source=municipality] ÷ total_budget_eur",
    "other_share": "Σ funding[scope=whole, source ∉ {EU fund, state, municipality, total}] ÷ total_budget_eur",
    "duration_months": (
        "(end year − start year) × 12 + (end month − start month) + 1 when the period starts on a "
        "1st and ends on a month's last day; otherwise round((end − start + 1 day) ÷ 30.4375 days)"
    ),
    "budget_per_month_eur": "total_budget_eur ÷ duration_months",
    "cost_per_beneficiary_eur": "total_budget_eur ÷ beneficiaries",
    "cost_per_beneficiary_per_month_eur": "total_budget_eur ÷ beneficiaries ÷ duration_months",
    "part_eur": "funding[scope=partner, source=total], else Σ the partner's funding rows by source",
    "share_of_total": "part_eur ÷ project_total_eur",
}


def _col(name: str, dtype: str, en: str, lv: str, d_en: str, d_lv: str, **kw) -> Column:
    """A column whose description ends with its formula (when it has one)."""
    formula = FORMULAS.get(name)
    if formula:
        d_en = f"{d_en} Formula: {formula}."
        d_lv = f"{d_lv} Formula: {formula}."
    return Column(name, dtype, en, lv, d_en, d_lv, **kw)


#: Columns shared with the projects table are its own definitions, so labels and meanings stay one.
_PID = PROJECT_ID

INDICATORS = Table(
    "indicators",
    "Indicators",
    "Rādītāji",
    "One row per project: budget ratios, EU share, co-financing split and duration, in nominal euro.",
    (
        _PID,
        _col(
            "label",
            "string",
            "Label",
            "Apzīmējums",
            "Short name for charts.",
            "Īss nosaukums diagrammām.",
            required=True,
        ),
        PROJECTS.column("eu_fund"),
        PROJECTS.column("programme"),
        PROJECTS.column("start_date"),
        PROJECTS.column("end_date"),
        _col(
            "start_year",
            "Int64",
            "Start year",
            "Sākuma gads",
            "Calendar year the project started.",
            "Kalendārais gads, kurā projekts sākās.",
            unit="year",
        ),
        PROJECTS.column("total_budget_eur"),
        PROJECTS.column("eu_funding_eur"),
        _col(
            "eu_share",
            "Float64",
            "EU share computed (of nominal EUR total)",
            "ES daļa aprēķinātā (no nominālo EUR kopsummas)",
            "Fraction of the total budget paid by the EU fund, computed from the amounts (0.85 = 85%).",
            "Kopējā budžeta daļa, ko sedz ES fonds, aprēķināta no summām (0,85 = 85%).",
            unit="share",
        ),
        replace(PROJECTS.column("eu_share_pct"), name="eu_share_pct_stated"),
        _col(
            "state_share",
            "Float64",
            "State share (of nominal EUR total)",
            "Valsts daļa (no nominālo EUR kopsummas)",
            "Fraction of the total budget from the state budget; 0 where the breakdown is complete without it, "
            "empty where the breakdown is incomplete. Uses the stated share where no amount is given.",
            "Kopējā budžeta daļa no valsts budžeta; 0, ja sadalījums ir pilnīgs bez tās, tukšs, ja sadalījums "
            "nav pilnīgs. Ja summa nav dota, izmanto norādīto daļu.",
            unit="share",
        ),
        _col(
            "municipality_share",
            "Float64",
            "Municipal share (of nominal EUR total)",
            "Pašvaldības daļa (no nominālo EUR kopsummas)",
            "Fraction of the total budget from municipalities (same rules as the state share).",
            "Kopējā budžeta daļa no pašvaldībām (tādi paši noteikumi kā valsts daļai).",
            unit="share",
        ),
        _col(
            "other_share",
            "Float64",
            "Other share (of nominal EUR total)",
            "Cita daļa (no nominālo EUR kopsummas)",
            "Fraction of the total budget from own funds and other sources (same rules as the state share).",
            "Kopējā budžeta daļa no pašu līdzekļiem un citiem avotiem (tādi paši noteikumi kā valsts daļai).",
            unit="share",
        ),
        _col(
            "duration_months",
            "Int64",
            "Duration computed, months",
            "Aprēķinātais ilgums, mēneši",
            "Length of the project in calendar months counted from its dates, both ends included.",
            "Projekta ilgums kalendāra mēnešos, skaitot no datumiem, ieskaitot abus galus.",
            unit="months",
        ),
        PROJECTS.column("duration_months_stated"),
        _col(
            "budget_per_month_eur",
            "Float64",
            "Budget per month, EUR (nominal)",
            "Budžets mēnesī, EUR (nominālais)",
            "Average spending rate: total budget per month of duration.",
            "Vidējais izlietojums: kopējais budžets uz vienu ilguma mēnesi.",
            unit="EUR/month",
        ),
        PROJECTS.column("beneficiaries"),
        _col(
            "cost_per_beneficiary_eur",
            "Float64",
            "Cost per beneficiary, EUR (nominal)",
            "Izmaksas uz labuma guvēju, EUR (nominālās)",
            "What the project costs per person served; empty where budget or beneficiaries are missing or zero. "
            "Where the count is a minimum ('vismaz 706') the cost is an upper bound.",
            "Projekta izmaksas uz vienu apkalpoto cilvēku; tukšs, ja budžeta vai labuma guvēju nav vai tie ir nulle. "
            "Ja skaits ir minimālais ('vismaz 706'), izmaksas ir augšējā robeža.",
            unit="EUR/person",
        ),
        _col(
            "cost_per_beneficiary_per_month_eur",
            "Float64",
            "Cost per beneficiary per month, EUR (nominal)",
            "Izmaksas uz labuma guvēju mēnesī, EUR (nominālās)",
            "Cost per person served per month of duration.",
            "Izmaksas uz vienu apkalpoto cilvēku ilguma mēnesī.",
            unit="EUR/person/month",
        ),
    ),
    primary_key=("project_id",),
)

PARTNER_SHARES = Table(
    "partner_shares",
    "Partner shares",
    "Partneru daļas",
    "One row per partner part stated in the texts, as a share of the whole-project budget (nominal euro).",
    (
        _PID,
        _col(
            "partner",
            "string",
            "Partner",
            "Partneris",
            "Partner whose part this is, as written.",
            "Partneris, kura daļa tā ir, kā rakstīts.",
            required=True,
        ),
        _col(
            "part_eur",
            "Float64",
            "Partner's part, EUR (nominal)",
            "Partnera daļa, EUR (nominālā)",
            "The partner's part of the budget in nominal euro.",
            "Partnera budžeta daļa nominālos eiro.",
            unit="EUR",
        ),
        _col(
            "project_total_eur",
            "Float64",
            "Project total, EUR (nominal)",
            "Projekta kopsumma, EUR (nominālā)",
            "Whole-project budget in nominal euro.",
            "Visa projekta budžets nominālos eiro.",
            unit="EUR",
        ),
        _col(
            "share_of_total",
            "Float64",
            "Share of project total (nominal EUR)",
            "Daļa no projekta kopsummas (nominālie EUR)",
            "Fraction of the whole-project budget that is this partner's part.",
            "Visa projekta budžeta daļa, kas ir šī partnera daļa.",
            unit="share",
        ),
    ),
    primary_key=("project_id", "partner"),
)

#: Dimensions of ``aggregates`` in output order; ``all`` is the whole corpus (group ``all``).
DIMENSIONS: tuple[str, ...] = ("fund", "programme", "start_year", "partner", "all")

#: Indicators aggregated, in output order, and whether a sum over projects means something.
AGGREGATED: tuple[tuple[str, bool], ...] = (
    ("total_budget_eur", True),
    ("eu_funding_eur", True),
    ("beneficiaries", True),
    ("eu_share", False),
    ("duration_months", False),
    ("budget_per_month_eur", False),
    ("cost_per_beneficiary_eur", False),
)

AGGREGATES = Table(
    "aggregates",
    "Aggregates",
    "Kopsavilkumi",
    "Count, sum, median, min and max of indicators by fund, programme, start year and partner; every project "
    "counted once with the version shown in projects (amended budgets are never summed twice); nominal euro.",
    (
        _col(
            "dimension",
            "string",
            "Grouped by",
            "Grupēts pēc",
            "fund, programme, start_year, partner (projects a partner takes part in) or all (the whole corpus).",
            "fonds, programma, sākuma gads, partneris (projekti, kuros partneris piedalās) vai viss korpuss (all).",
            required=True,
            allowed=DIMENSIONS,
        ),
        _col(
            "group",
            "string",
            "Group",
            "Grupa",
            "Value of the dimension (e.g. ERDF, 2020, a partner's name).",
            "Dimensijas vērtība (piem., ERDF, 2020, partnera nosaukums).",
            required=True,
        ),
        _col(
            "indicator",
            "string",
            "Indicator",
            "Rādītājs",
            "Column of the indicators table aggregated (part_eur: the partner's own part, from partner_shares).",
            "Apkopotā rādītāju tabulas kolonna (part_eur: partnera daļa no partner_shares).",
            required=True,
            allowed=tuple(n for n, _ in AGGREGATED) + ("part_eur",),
        ),
        _col(
            "count",
            "Int64",
            "Projects with a value",
            "Projekti ar vērtību",
            "Number of projects in the group where the indicator has a value.",
            "Projektu skaits grupā, kuriem rādītājam ir vērtība.",
            required=True,
            unit="projects",
        ),
        _col(
            "sum",
            "Float64",
            "Sum (nominal EUR for amounts)",
            "Summa (nominālie EUR summām)",
            "Sum over the group; empty for ratios, shares and durations, where a sum means nothing.",
            "Summa grupā; tukša attiecībām, daļām un ilgumiem, kur summai nav jēgas.",
            unit="indicator's unit",
        ),
        _col(
            "median",
            "Float64",
            "Median (nominal EUR for amounts)",
            "Mediāna (nominālie EUR summām)",
            "Median over the group.",
            "Mediāna grupā.",
            unit="indicator's unit",
        ),
        _col(
            "min",
            "Float64",
            "Minimum (nominal EUR for amounts)",
            "Minimums (nominālie EUR summām)",
            "Smallest value in the group.",
            "Mazākā vērtība grupā.",
            unit="indicator's unit",
        ),
        _col(
            "max",
            "Float64",
            "Maximum (nominal EUR for amounts)",
            "Maksimums (nominālie EUR summām)",
            "Largest value in the group.",
            "Lielākā vērtība grupā.",
            unit="indicator's unit",
        ),
    ),
    primary_key=("dimension", "group", "indicator"),
)


@dataclass(frozen=True)
class Check:
    """One consistency check: its stable id and default severity. Its meaning in plain words is the
    text ``meaning.<id>`` of ``data/checks_text.csv`` (:attr:`en`, :attr:`lv`, :meth:`meaning`)."""

    id: str
    severity: str

    def meaning(self, lang: str = "en") -> str:
        return text(f"meaning.{self.id}", lang)

    @property
    def en(self) -> str:
        return self.meaning("en")

    @property
    def lv(self) -> str:
        return self.meaning("lv")


#: Every check, in the order the findings are sorted and documented.
CHECKS: tuple[Check, ...] = (
    Check("end_before_start", "error"),
    Check("implausible_date", "warning"),
    Check("duration_mismatch", "warning"),
    Check("share_mismatch", "warning"),
    Check("parts_sum", "error"),
    Check("partner_exceeds_total", "error"),
    Check("share_above_ceiling", "warning"),
    Check("versions_differ", "warning"),
    Check("missing_field", "info"),
)

QUALITY = Table(
    "quality",
    "Quality findings",
    "Kvalitātes konstatējumi",
    "One row per inconsistency or gap found in the extracted figures, with the values and evidence sentences.",
    (
        Column(
            "project_id",
            "string",
            "Project",
            "Projekts",
            "Project identifier (empty for corpus-level findings).",
            "Projekta identifikators (tukšs korpusa līmeņa konstatējumiem).",
        ),
        Column(
            "check",
            "string",
            "Check",
            "Pārbaude",
            "Stable id of the check that found it (see the data dictionary).",
            "Pārbaudes identifikators (sk. datu vārdnīcu).",
            required=True,
            allowed=tuple(c.id for c in CHECKS),
        ),
        Column(
            "severity",
            "string",
            "Severity",
            "Nozīmīgums",
            "error (figures cannot all be right), warning (contradiction to look at) or info (a gap or a "
            "difference within tolerance).",
            "error (skaitļi nevar visi būt pareizi), warning (pretruna, kas jāpārbauda) vai info (trūkums vai "
            "atšķirība pielaides robežās).",
            required=True,
            allowed=SEVERITIES,
        ),
        Column(
            "field",
            "string",
            "Field",
            "Lauks",
            "Column the finding is about.",
            "Kolonna, uz kuru konstatējums attiecas.",
        ),
        Column(
            "message",
            "string",
            "Finding",
            "Konstatējums",
            "The finding in one English sentence.",
            "Konstatējums vienā teikumā angliski.",
            required=True,
        ),
        Column(
            "message_lv",
            "string",
            "Finding (Latvian)",
            "Konstatējums (latviski)",
            "The finding in one Latvian sentence.",
            "Konstatējums vienā teikumā latviski.",
            required=True,
        ),
        Column("values", "string", "Values", "Vērtības", "The values involved, as compared.", "Salīdzinātās vērtības."),
        Column(
            "evidence",
            "string",
            "Evidence",
            "Pierādījumi",
            "The sentences the values were read from, joined by ' | '.",
            "Teikumi, no kuriem vērtības nolasītas, atdalīti ar ' | '.",
        ),
        Column(
            "doc_ids",
            "string",
            "Documents",
            "Dokumenti",
            "Documents of the evidence, ';'-separated.",
            "Pierādījumu dokumenti, atdalīti ar ';'.",
        ),
    ),
)


#: The derived tables, in the order the data dictionary lists them.
DERIVED_TABLES: tuple[Table, ...] = (INDICATORS, PARTNER_SHARES, AGGREGATES, QUALITY)
