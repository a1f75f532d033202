"""The tables the extraction writes: documents, projects, funding, partners, beneficiaries, facts, sources."""

from __future__ import annotations

from .model import DATE, Table
from .model import col as _c

EU_FUNDS = ("ERDF", "ESF", "EEA", "Norway", "EaSI", "EAFRD", "CF", "JTF")
#: EU money whose fund the text does not name ("ES fondų lėšos", "EU contribution").
EU_UNNAMED = "EU"
SOURCES = EU_FUNDS + (EU_UNNAMED, "state", "municipality", "own", "other", "total")

# Provenance columns shared by every table whose rows come from one sentence.
PROVENANCE = (
    _c("doc_id", "string", "Document", "Dokuments", "Input file the figure was read from (file name without extension).",
       "Ievades fails, no kura nolasīts skaitlis (faila nosaukums bez paplašinājuma)."),
    _c("start", "Int64", "Start char", "Sākuma simbols", "Character offset where the figure starts in the document's normalised text.",
       "Simbola nobīde, kur skaitlis sākas dokumenta normalizētajā tekstā."),
    _c("end", "Int64", "End char", "Beigu simbols", "Character offset just after the figure.", "Simbola nobīde tūlīt aiz skaitļa."),
    _c("sentence", "string", "Sentence", "Teikums", "The sentence the figure was read from, as written.",
       "Teikums, no kura skaitlis nolasīts, kā rakstīts."),
)

#: Page of a PDF document where a figure stands (the documents table has the document's web address).
PAGE = _c("page", "Int64", "Page", "Lappuse", "Page of the PDF document the figure stands on (empty for other documents).",
          "PDF dokumenta lappuse, kurā skaitlis atrodas (citiem dokumentiem tukšs).")

#: The key that ties every per-project table to ``projects``.
PROJECT_ID = _c("project_id", "string", "Project", "Projekts", "Project identifier.", "Projekta identifikators.", required=True)

DOCUMENTS = Table(
    "documents", "Documents", "Dokumenti", "One row per input file, read or skipped, with the reason.",
    (
        _c("doc_id", "string", "Document", "Dokuments", "File name without extension.", "Faila nosaukums bez paplašinājuma.", required=True),
        _c("path", "string", "Path", "Ceļš", "Path of the input file relative to the input folder it was found in, '/'-separated (sub/page.txt); the file name for a file given as input; where two inputs hold the same name, the input folder's name in front (raw/page.txt). Nothing of where the files lie is kept, so the same files elsewhere give the same tables.", "Ievades faila ceļš attiecībā pret ievades mapi (apakšmape/lapa.txt); failam, kas norādīts tieši, tā nosaukums.", required=True),
        _c("sha256", "string", "SHA-256", "SHA-256", "SHA-256 of the file's bytes (empty when unreadable).", "Faila baitu SHA-256 (tukšs, ja nolasīt nevar)."),
        _c("characters", "Int64", "Characters", "Simboli", "Characters of normalised text.", "Normalizētā teksta simbolu skaits.", unit="characters"),
        _c("encoding", "string", "Encoding", "Kodējums", "Text encoding used to decode the file.", "Teksta kodējums, ar kuru fails atkodēts."),
        _c("status", "string", "Status", "Statuss", "ok, fallback (decoded with a legacy encoding) or skipped.",
           "ok, fallback (atkodēts ar vēsturisku kodējumu) vai skipped (izlaists).", required=True, allowed=("ok", "fallback", "skipped")),
        _c("message", "string", "Message", "Ziņa", "Why a file was skipped or decoded with a fallback.", "Kāpēc fails izlaists vai atkodēts ar aizstājējkodējumu."),
        _c("url", "string", "Web address", "Tīmekļa adrese", "Address the file was downloaded from (after redirects), from the fetch manifest; empty for local files.",
           "Adrese, no kuras fails lejupielādēts (pēc pāradresācijām), no lejupielādes saraksta; tukšs vietējiem failiem."),
        _c("retrieved_at", "string", "Retrieved (UTC)", "Lejupielādēts (UTC)", "When the file was downloaded: UTC date and time, ISO 8601 (2024-05-01T09:30:00Z).",
           "Kad fails lejupielādēts: UTC datums un laiks, ISO 8601."),
        _c("extraction", "string", "Text taken as", "Teksta iegūšana",
           "How the text was taken: main-content (HTML main content), whole-page (all visible text of an HTML page), pdf-text (PDF text layer), office-text (Word/OpenDocument) or plain-text.",
           "Kā teksts iegūts: main-content (HTML galvenais saturs), whole-page (visa redzamā HTML lapa), pdf-text (PDF teksta slānis), office-text (Word/OpenDocument) vai plain-text.",
           allowed=("main-content", "whole-page", "pdf-text", "office-text", "plain-text")),
        _c("dropped_chars", "Int64", "Characters dropped", "Izmestie simboli",
           "HTML: characters of the page's visible text left out as menus, headers, footers, side columns, banners or hidden elements.",
           "HTML: lapas redzamā teksta simboli, kas izlaisti kā izvēlnes, galvenes, kājenes, sānu slejas, paziņojumi vai slēpti elementi.", unit="characters"),
        _c("unread_chars", "Int64", "Characters unread", "Neizmantotie simboli",
           "Characters of the text read for no facts: an article repeating one earlier on the page, and lists of the site's other items (Citi jaunumi, Related news, Kitos naujienos: their headlines are other pages'). Empty for a skipped file.",
           "Teksta simboli, no kuriem fakti netiek ņemti: raksts, kas atkārto agrāk lapā esošu, un vietnes citu ierakstu saraksti (Citi jaunumi, Related news, Kitos naujienos: to virsraksti ir citu lapu). Tukšs izlaistam failam.",
           unit="characters"),
        _c("pages", "Int64", "Pages", "Lappuses", "PDF: number of pages.", "PDF: lappušu skaits.", unit="pages"),
    ),
    primary_key=("doc_id",),
)

PROJECTS = Table(
    "projects", "Projects", "Projekti", "One row per distinct project; values from the most recently published text.",
    (
        _c("project_id", "string", "Project", "Projekts", "Stable identifier: the normalised code, else the acronym, else the title.",
           "Stabils identifikators: normalizēts numurs, citādi saīsinājums, citādi nosaukums.", required=True),
        _c("code", "string", "Code", "Numurs", "Project or contract number, normalised (9.2.2.1./15/I/001 = 9.2.2.1/15/I/001).",
           "Projekta vai līguma numurs, normalizēts."),
        _c("acronym", "string", "Acronym", "Saīsinājums", "Short name of the project as the text gives it.", "Projekta saīsinātais nosaukums."),
        _c("title", "string", "Title", "Nosaukums", "Project title as written.", "Projekta nosaukums, kā rakstīts."),
        _c("programme", "string", "Programme", "Programma", "Funding programme, e.g. Interreg V-A Latvia–Lithuania 2014–2020; the period only where the text or the "
           "project number's scheme states it.",
           "Finansējuma programma; periods tikai tad, ja to norāda teksts vai projekta numura shēma."),
        _c("eu_fund", "string", "EU fund", "ES fonds",
           "The EU fund the text names as financing the project (ESF includes ESF+, EAFRD includes LEADER); empty where "
           "none is named: a programme alone, a list of several funds or 'EU funds' names none.",
           "ES fonds, ko teksts nosauc kā projekta finansētāju (ESF ietver ESF+, ELFLA ietver LEADER); tukšs, ja neviens nav "
           "nosaukts: programma vien, vairāku fondu uzskaitījums vai 'ES fondi' fondu nenosauc.",
           allowed=EU_FUNDS),
        _c("total_budget_eur", "Float64", "Total budget, EUR (nominal)", "Kopējais budžets, EUR (nominālais)",
           "Whole-project budget in nominal euro; never a partner's part.", "Visa projekta budžets nominālos eiro; nekad partnera daļa.", unit="EUR"),
        _c("eu_funding_eur", "Float64", "EU funding, EUR (nominal)", "ES finansējums, EUR (nominālais)",
           "The EU fund's amount for the whole project, nominal euro.", "ES fonda finansējums visam projektam, nominālos eiro.", unit="EUR"),
        _c("eu_share_pct", "Float64", "EU share stated, %", "Norādītā ES daļa, %", "EU share as the text states it (percent).",
           "ES līdzfinansējuma daļa, kā norādīts tekstā (procenti).", unit="%"),
        _c("start_date", DATE, "Start", "Sākums", "First day of the project.", "Projekta pirmā diena."),
        _c("end_date", DATE, "End", "Beigas", "Last day of the project.", "Projekta pēdējā diena."),
        _c("duration_months_stated", "Int64", "Duration stated, months", "Norādītais ilgums, mēneši",
           "Duration in months only where the text states it.", "Ilgums mēnešos, tikai ja tas norādīts tekstā.", unit="months"),
        _c("beneficiaries", "Int64", "Beneficiaries", "Labuma guvēji", "Headline count of people served or targeted.",
           "Galvenais apkalpoto vai mērķa grupas cilvēku skaits.", unit="people"),
        _c("source_docs", "string", "Source documents", "Avota dokumenti", "Document ids the project was read from, ';'-separated.",
           "Dokumentu identifikatori, atdalīti ar ';'.", required=True),
    ),
    primary_key=("project_id",),
)

FUNDING = Table(
    "funding", "Funding", "Finansējums", "Amounts and shares by source, for the whole project or a partner's part.",
    (
        PROJECT_ID,
        _c("scope", "string", "Scope", "Tvērums", "whole (the project) or partner (one partner's part).", "whole (viss projekts) vai partner (partnera daļa).",
           required=True, allowed=("whole", "partner")),
        _c("partner", "string", "Partner", "Partneris", "Partner whose part this is (scope partner).", "Partneris, kura daļa tā ir."),
        _c("source", "string", "Source", "Avots", "Funding source: an EU fund, EU (EU funds, the fund not named), state, municipality, own, other, or total.",
           "Finansējuma avots: ES fonds, EU (ES fondi, fonds nav nosaukts), valsts, pašvaldība, pašu, cits vai kopā (total).", required=True, allowed=SOURCES),
        _c("amount_eur", "Float64", "Amount, EUR (nominal)", "Summa, EUR (nominālā)", "Amount in nominal euro.", "Summa nominālos eiro.", unit="EUR"),
        _c("share_pct", "Float64", "Share stated, %", "Norādītā daļa, %", "Share of its total as the text states it.", "Daļa no kopsummas, kā norādīts.", unit="%"),
        _c("amount_original", "Float64", "Amount as written", "Summa, kā rakstīts", "Amount in the currency the text uses.", "Summa teksta valūtā."),
        _c("currency", "string", "Currency", "Valūta", "Currency as written (EUR, LVL or LTL).", "Valūta, kā rakstīts (EUR, LVL vai LTL)."),
        _c("derived", "boolean", "Derived", "Atvasināts", "True where the amount is computed (a total as the sum of its labelled parts).",
           "Patiess, ja summa aprēķināta (kopsumma kā daļu summa).", required=True),
    ) + PROVENANCE,
)

PARTNERS = Table(
    "partners", "Partners", "Partneri", "Organisations taking part in a project.",
    (
        PROJECT_ID,
        _c("name", "string", "Partner", "Partneris", "Organisation name in its dictionary form (nominative; the text as written is in the facts table).",
           "Organizācijas nosaukums pamatformā (nominatīvā; kā rakstīts – faktu tabulā).", required=True),
        _c("role", "string", "Role", "Loma", "lead or partner.", "vadošais (lead) vai partneris (partner).", required=True, allowed=("lead", "partner")),
        _c("country", "string", "Country", "Valsts", "ISO country code where the text makes it clear (LV, LT).", "Valsts kods (LV, LT)."),
    ) + PROVENANCE,
)

BENEFICIARIES = Table(
    "beneficiaries", "Beneficiaries", "Labuma guvēji", "Counts of people, families or staff a project serves or targets.",
    (
        PROJECT_ID,
        _c("count", "Int64", "Count", "Skaits", "Number as written.", "Skaits, kā rakstīts.", required=True),
        _c("group", "string", "Group", "Grupa", "Who is counted, as written (noun).", "Kas skaitīts, kā rakstīts."),
        _c("qualifier", "string", "Qualifier", "Precizējums", "exact, at_least (vismaz), at_most (maksimālais skaits) or about.",
           "precīzi, vismaz, ne vairāk kā vai aptuveni.", required=True, allowed=("exact", "at_least", "at_most", "about")),
        _c("kind", "string", "Kind", "Veids", "people, families or staff; only people count as beneficiaries.",
           "cilvēki, ģimenes vai personāls; labuma guvēji ir tikai cilvēki.", required=True, allowed=("people", "families", "staff", "other")),
        _c("headline", "boolean", "Headline", "Galvenais", "True for the count used as the project's beneficiaries.",
           "Patiess skaitam, kas izmantots kā projekta labuma guvēji.", required=True),
    ) + PROVENANCE,
)

FACTS = Table(
    "facts", "Facts", "Fakti", "Every recognised fact in every document, with its span and sentence.",
    (
        _c("doc_id", "string", "Document", "Dokuments", "Input file (name without extension).", "Ievades fails.", required=True),
        _c("article", "Int64", "Article", "Raksts", "Index of the article within the document (0-based).", "Raksta numurs dokumentā (no 0).", required=True),
        _c("start", "Int64", "Start char", "Sākuma simbols", "Start offset in the document's normalised text.", "Sākuma nobīde.", required=True),
        _c("end", "Int64", "End char", "Beigu simbols", "End offset (exclusive).", "Beigu nobīde.", required=True),
        _c("kind", "string", "Kind", "Veids", "money, percent, date, period, duration, code, acronym, title, fund, count or organisation.",
           "Fakta veids.", required=True,
           allowed=("money", "percent", "date", "period", "duration", "code", "acronym", "title", "fund", "count",
                    "organisation")),
        _c("value", "string", "Value", "Vērtība", "The value read, as text: euro amount (661092.24 EUR), percent (85%), ISO date (YYYY-MM for a month, YYYY-Qn for a quarter, YYYY for a year), period (start/end), duration (24 months), normalised code, acronym or title, fund key, count (706 people (exact)), organisation name (nominative).", "Nolasītā vērtība tekstā: summa eiro, procenti, ISO datums (YYYY-MM mēnesim, YYYY-Qn ceturksnim, YYYY gadam), periods (sākums/beigas), ilgums, normalizēts kods, saīsinājums vai nosaukums, fonds, skaits, organizācijas nosaukums (nominatīvā)."),
        _c("number", "Float64", "Number", "Skaitlis", "The quantity: euro (nominal) for money, percent for percent, months for duration, the count for count; empty for other kinds.", "Daudzums: eiro (nominālie) summai, procenti procentiem, mēneši ilgumam, skaits skaitam; citiem veidiem tukšs."),
        _c("first_day", DATE, "First day", "Pirmā diena", "First day a date or period covers (a month: its first day; a period: its start).", "Pirmā diena, ko aptver datums vai periods (mēnesim tā pirmā diena; periodam sākums)."),
        _c("last_day", DATE, "Last day", "Pēdējā diena", "Last day a date or period covers (a month: its last day; a period: its end).", "Pēdējā diena, ko aptver datums vai periods (mēnesim tā pēdējā diena; periodam beigas)."),
        _c("detail", "string", "Detail (JSON)", "Sīkāk (JSON)", "Every field of the value as a JSON object, keys sorted: money amount, amount_eur, currency; percent value; date date, precision; period start, end; duration months; code code, scheme; acronym/title text; fund key, is_eu; count n, group, qualifier, kind; organisation name, country, lead.", "Visi vērtības lauki kā JSON objekts (atslēgas sakārtotas).", required=True),
        _c("raw", "string", "As written", "Kā rakstīts", "The exact characters of the span.", "Precīzi simboli.", required=True),
        _c("rule", "string", "Rule", "Likums", "Name of the pattern that recognised it.", "Atpazīšanas likuma nosaukums.", required=True),
        _c("sentence", "string", "Sentence", "Teikums", "The sentence containing the fact.", "Teikums ar faktu."),
        PAGE,
    ),
)

SOURCES_TABLE = Table(
    "sources", "Sources", "Avoti", "Every value a project field took in any article: the one used and the others.",
    (
        PROJECT_ID,
        _c("field", "string", "Field", "Lauks", "Column of the projects table.", "Projektu tabulas kolonna.", required=True),
        _c("value", "string", "Value", "Vērtība", "The value as it stands in the projects table's format.", "Vērtība projektu tabulas formātā."),
        _c("published", DATE, "Published", "Publicēts", "Publication date of the article, where the page gives one.", "Raksta publicēšanas datums."),
        _c("article", "Int64", "Article", "Raksts", "Index of the article within the document.", "Raksta numurs dokumentā."),
        _c("used", "boolean", "Used", "Izmantots", "True for the version that the projects table shows.", "Patiess versijai, kas parādīta projektu tabulā.", required=True),
    ) + PROVENANCE + (PAGE,),
)

EXTRACTION_TABLES: tuple[Table, ...] = (DOCUMENTS, PROJECTS, FUNDING, PARTNERS, BENEFICIARIES, FACTS, SOURCES_TABLE)
