"""Roles of figures from their labels: real sentences → funding rows, dates, counts (table-driven)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from socreport.articles import Article
from socreport.grouping import group_articles
from socreport.records import name_key
from socreport.roles import read_article
from socreport.parse import find_facts
from socreport.text import normalise


def read(text: str, published: dt.date | None = None):
    text = normalise(text)
    art = Article(0, 0, len(text), published, None)
    return read_article("doc", art, text, find_facts(text, this_year=published.year if published else None))


def funding_rows(rec):
    return sorted(((it.scope, it.source, it.amount_eur, it.share_pct, it.derived) for it in rec.funding),
                  key=lambda r: (r[0], r[1], r[2] or 0.0))


FUNDING_CASES = [
    ("Projekta kopējais budžets ir 661 092.24 EUR, t.sk. 561 928.39 EUR EUR (85%) Eiropas Reģionālā attīstības fonda (ERAF) finansējums.",
     [("whole", "ERDF", 561928.39, 85.0, False), ("whole", "total", 661092.24, None, False)]),
    ("Jelgavas pilsētas pašvaldības plānotais projekta budžets ir 352 347.97 EUR, t.sk. 299 495.77 EUR (85%) ERAF finansējums, "
     "17 617.40 EUR (5%) ir Valsts budžeta dotācija un 35 234.80 EUR (10%) ir Jelgavas valstspilsētas pašvaldības līdzfinansējums.",
     [("partner", "ERDF", 299495.77, 85.0, False), ("partner", "municipality", 35234.80, 10.0, False),
      ("partner", "state", 17617.40, 5.0, False), ("partner", "total", 352347.97, None, False)]),
    ("Projekta kopējās izmaksas ir 9 412 350,00 EUR, no kuriem 85% ir ESF līdzfinansējums (8 000 497,43 EUR) un 15% Valsts budžeta finansējums (1 411 852,57 EUR).",
     [("whole", "ESF", 8000497.43, 85.0, False), ("whole", "state", 1411852.57, 15.0, False), ("whole", "total", 9412350.0, None, False)]),
    ("Projekta kopējais budžets ir 5 709 424.00 euro, no kura 85% finansē Eiropas Sociālais fonds, 15% ir Valsts budžeta finansējums.",
     [("whole", "ESF", 4853010.4, 85.0, True), ("whole", "state", 856413.6, 15.0, True), ("whole", "total", 5709424.0, None, False)]),
    ("Projekta kopējais finansējums: 705 573,37 EUR (t.sk. ERAF finansējums 599 737,33 EUR)\n\nZemgales Plānošanas reģiona finansējums: 91 462.34 EUR (t.sk. ERAF finansējums 77 742.98 EUR).",
     [("partner", "ERDF", 77742.98, None, False), ("partner", "total", 91462.34, None, False),
      ("whole", "ERDF", 599737.33, None, False), ("whole", "total", 705573.37, None, False)]),
    ("Projekts “SocQuality” īstenots Interreg V-A Latvijas-Lietuvas pārrobežu sadarbības programmā 2014-2020, un projekta kopējais budžets ir 791 256,20 EUR, no kuriem 672 576,74 EUR ir ERAF līdzfinansējums.",
     [("whole", "ERDF", 672576.74, None, False), ("whole", "total", 791256.2, None, False)]),
    ("Projekta budžets: 90% (17 489,62 EUR) EEZ finanšu instrumenta finansējums un 10% (1990,00 EUR) Jelgavas pilsētas pašvaldības līdzfinansējums.",
     [("whole", "EEA", 17489.62, 90.0, False), ("whole", "municipality", 1990.0, 10.0, False), ("whole", "total", 19479.62, None, True)]),
    ("Projekta budžets: 100% (1845.09 EUR) Valsts budžeta līdzekļi ar 20% (370.00 EUR) JSLP priekšfinansējumu, kas tiks atgūts pēc projekta noslēguma.",
     [("whole", "state", 1845.09, 100.0, False), ("whole", "total", 1845.09, None, True)]),
    ("Projekta finansējuma apmērs: 1 001 524.17 EUR (80% no projekta finansē\n\nEiropas Savienība ar Nodarbinātības un sociālās inovācijas (EaSI) programmas PROGRESS apakšprogrammas finanšu instrumenta starpniecību un 20% – Latvijas valsts budžets).",
     [("whole", "EaSI", 801219.34, 80.0, True), ("whole", "state", 200304.83, 20.0, True), ("whole", "total", 1001524.17, None, False)]),
    ("Projekta kopējais finansējums: LVL 83397.18.", [("whole", "total", 118663.5, None, False)]),
    ("Finansējums: Eiropas Sociālais fonda (85%)un valsts budžeta finansējums (15%)",
     [("whole", "ESF", None, 85.0, False), ("whole", "state", None, 15.0, False)]),
    ("Projekta budžets: ESF 100% finansējums", [("whole", "ESF", None, 100.0, False)]),
    ("Kopējais Jelgavai pieejamais finansējums: 333 174,60 EUR", [("partner", "total", 333174.6, None, False)]),
    ("Projekta ilgums: 18 mēneši (01.09.2020.-30.06.2023.)", []),
    ("Šajā laikā pašvaldība iegādājās datorus par 12 000 EUR.", []),
    # "<name> share" is a partner's part, but a funding source's share is that source's
    ("Project value – 199 725,24 Eur. Biržai share – 122 193,11 Eur.",
     [("partner", "total", 122193.11, None, False), ("whole", "total", 199725.24, None, False)]),
    ("Project value – 100 000 Eur. Municipality share – 15 000 Eur.",
     [("whole", "municipality", 15000.0, None, False), ("whole", "total", 100000.0, None, False)]),
]


@pytest.mark.parametrize("text,expected", FUNDING_CASES)
def test_funding_roles(text, expected):
    got = funding_rows(read(text))
    assert len(got) == len(expected)
    for g, e in zip(got, sorted(expected)):
        assert g[:2] == e[:2] and g[3:] == e[3:]
        assert g[2] == (pytest.approx(e[2]) if e[2] is not None else None)


def test_partner_name_is_kept():
    rec = read("Daugavpils pilsētas pašvaldības iestādes “Sociālais dienests” daļa: 271 564,00 euro, t.sk.:\n\n"
               "• Eiropas Reģionālā attīstības fonda finansējums 85% – 230 829,40 euro;\n"
               "• Valsts budžeta līdzfinansējums 5% – 13 578,20 euro;\n"
               "• Daugavpils pilsētas domes līdzfinansējums 10% – 27 156,40 euro.")
    partners = {it.partner for it in rec.funding}
    assert len(partners) == 1 and "Daugavpils" in partners.pop()
    assert sorted((it.source, it.share_pct) for it in rec.funding) == [
        ("ERDF", 85.0), ("municipality", 10.0), ("state", 5.0), ("total", None)]


def fields(rec, name):
    return sorted({f.value for f in rec.fields if f.field == name and f.rank == min(
        g.rank for g in rec.fields if g.field == name)}, key=str)


# The project's money fields (the strongest candidate of each) from real excerpts of the development
# pages in the three languages and synthetic variations: labels in sentences, fact boxes, label
# lines above values, table rows, breakdowns in brackets, replaced amounts.
MONEY_FIELD_CASES = [
    # fact boxes: label: value, the EU share beside the EU amount
    ("Fund: European Regional Development Fund (ERDF)\nTotal budget: 2 630 900,00 €\nEU contribution: 2 236 265,00 € (85%)",
     2630900.0, 2236265.0, 85.0),
    ("Visas biudžetas: 2 026 776,23 €\nES įnašas: 1 508 175,54 € (74,41%)", 2026776.23, 1508175.54, 74.41),
    ("Bendra projekto vertė: 277 262,34 Eur\nES fondų lėšos: 244 216,00 Eur\nSavivaldybės biudžeto lėšos: 33 046,34 Eur",
     277262.34, 244216.0, None),
    ("• Projekto išlaidų suma: 377 799,71 Eur\n• Skirtas finansavimas: 346 435,22 Eur iš Europos regioninės plėtros fondo",
     377799.71, 346435.22, None),
    ("| Projekta kopējās izmaksas | 1 234,00 EUR |\n| ERAF finansējums | 1 048,90 EUR |", 1234.0, 1048.9, None),
    # the label on its own line, the value on the next
    ("Projekta kopējais finansējums \n\nEUR 791 256.20 (t.sk. ERAF finansējums EUR 672 567.74)", 791256.2, 672567.74, None),
    ("Kopējās projekta izmaksas\n\n177 839,95 EUR ( ERAF līdzfinansējums 151 163,96 EUR)\n\nPartnera izmaksas\n\n"
     "79 659,63 EUR ( ERAF līdzfinansējums 67 710,69 EUR)", 177839.95, 151163.96, None),
    ("EU budget\n€21.4M\nTotal project cost\n€32.0M", 32000000.0, 21400000.0, None),
    ("Bendra projekto tinkamų finansuoti išlaidų suma\n58 800,00 €", 58800.0, None, None),
    # labels in sentences (en, lt, lv)
    ("The total value of the project is 238 800,84 Eur, which includes the funds of EEA Financial Mechanism Programme "
     "“Children and Youth from At-Risk Group” amounting to 214 920,75 Eur.", 238800.84, 214920.75, None),
    ("Co-funding: the EU contributes €2.7M toward a total project cost of €3.2M – a co-funding rate of 85%.",
     3200000.0, 2700000.0, 85.0),
    ("Bendra projekto vertė – 295 654,05 Eur, iš jų Europos Sąjungos lėšos – 295 654,05 Eur.", 295654.05, 295654.05, None),
    ("Biudžete nustatyta didžiausia galima projekto tinkamų finansuoti išlaidų suma – 15000,00 Eur, maksimali ES paramos "
     "suma iki 10024,98 Eur.", 15000.0, 10024.98, None),
    ("Projekta attiecināmās izmaksas ir 622 522 eiro, tajā skaitā ERAF finansējums – 480 420 eiro.", 622522.0, 480420.0, None),
    ("Budget: 580 236,21 EUR\n85% ERDF funding, 15% national co-financing", 580236.21, None, 85.0),
    ("Project value – 199 725,24 Eur. Biržai share – 122 193,11 Eur (18 328,97 Eur municipality budget).", 199725.24, None, None),
    # synthetic variations: other nouns a budget and EU money are written with
    ("Projekta īstenošanas izmaksas: 48 000,00 EUR, ES fondu finansējums: 40 800,00 EUR.", 48000.0, 40800.0, None),
    ("Finansējuma apjoms – 12 500 EUR.", 12500.0, None, None),
    ("The overall budget is €452,000; grant amount: €385,000 (85%).", 452000.0, 385000.0, 85.0),
    ("Bendra projekto suma – 58 800,00 Eur, ES lėšos – 49 980,00 Eur.", 58800.0, 49980.0, None),
    ("Budget of the project: 100 000 EUR, European Union funding: 85 000 EUR.", 100000.0, 85000.0, None),
    # synthetic variations: EU money of the structural funds, "EU funds", a share right after an EU label,
    # a budget written with a verb ("kainuos", "izmaksās", "is worth") or in the possessive
    ("Projekto vertė – 100 000 Eur. Projektui skirta ES struktūrinių fondų lėšų – 85 000 Eur.", 100000.0, 85000.0, None),
    ("Projekta kopējās izmaksas 100 000 EUR, ES struktūrfondu finansējums 85 000 EUR.", 100000.0, 85000.0, None),
    ("Project budget – EUR 500 000, including EU funds – EUR 425 000.", 500000.0, 425000.0, None),
    ("Budget: 500 000 €; EU co-financing 85 %", 500000.0, None, 85.0),
    ("Projekto vertė 100 000 Eur, ES finansavimas sudaro 85 proc.", 100000.0, None, 85.0),
    ("Projekta kopējās izmaksas 100 000 EUR, ES finansējums ir 85%.", 100000.0, None, 85.0),
    ("Projekta kopējās izmaksas 100 000 EUR, ES finansējums 85 000 EUR, valsts budžets 10%.", 100000.0, 85000.0, None),
    ("The project's budget is €100,000.", 100000.0, None, None),
    ("The project has a budget of EUR 100 000.", 100000.0, None, None),
    # synthetic variations: EU money's label written after the amount (a dash or a copula between)
    ("Projektā ieguldīti 100 000 eiro, no tiem 85 000 eiro – ES fondu līdzekļi.", 100000.0, 85000.0, None),
    ("Projektui įgyvendinti skirta 100 000 Eur, iš jų 85 000 Eur – ES lėšos.", 100000.0, 85000.0, None),
    ("Bendra vertė 100 000 Eur, iš kurių 85 000 Eur sudaro ES lėšos.", 100000.0, 85000.0, None),
    ("The total cost is EUR 100 000, EUR 85 000 is EU funding.", 100000.0, 85000.0, None),
    ("Projekta kopējās izmaksas 100 000 EUR – ES finansējums bija pieejams vēlāk.", 100000.0, None, None),
    # synthetic variations (Lithuanian): EU money's label right after the amount, in the genitive or
    # before "ir" and the next item, which is then not EU money
    ("Projektui įgyvendinti skirta 425 000 Eur ES lėšų.", None, 425000.0, None),
    ("Projektui skirta iki 425 000 Eur Europos Sąjungos struktūrinių fondų paramos.", None, 425000.0, None),
    ("Bendra projekto vertė 500 000 Eur, iš jų 425 000 Eur Europos Sąjungos lėšos ir 75 000 Eur savivaldybės lėšos.",
     500000.0, 425000.0, None),
    # ... but not a call's or a measure's money written so
    ("Savivaldybė gavo finansavimą pagal kvietimą, kuriam buvo skirta 10 mln. Eur ES lėšų. Projekto vertė 300 000 Eur, "
     "iš jų ES lėšos 255 000 Eur.", 300000.0, 255000.0, None),
    # synthetic variations (Lithuanian): "from the EU funds" as EU money's label and before its share
    ("Projekto vertė – 500 000 Eur. Iš ES fondų skirta 425 000 Eur.", 500000.0, 425000.0, None),
    ("Projekto vertė – 500 000 Eur. Finansuojama iš ES fondų (85 proc.), valstybės biudžeto (7,5 proc.) ir "
     "savivaldybės biudžeto (7,5 proc.).", 500000.0, None, 85.0),
    ("The project, worth 100 000 euros, is financed by ERDF.", 100000.0, None, None),
    ("Projektas kainuos 100 000 eurų.", 100000.0, None, None),
    ("Projekto išlaidos sudaro 100 000 eurų.", 100000.0, None, None),
    ("Bendra investicijų suma – 1 200 000 Eur.", 1200000.0, None, None),  # synthetic
    ("Projekto kaina – 100 000 Eur.", 100000.0, None, None),  # synthetic
    ("Projekts izmaksās 100 000 eiro.", 100000.0, None, None),
    # synthetic variations: a bare "total" line closing a funding box or table; Interreg's programme co-financing
    ("Finansējums:\nKopā: 1 234 567 EUR\nERAF: 1 049 382 EUR", 1234567.0, 1049382.0, None),
    ("Finansavimas:\nIš viso: 1 234 567 Eur\nES lėšos: 1 049 382 Eur", 1234567.0, 1049382.0, None),
    ("Funding:\nTotal: EUR 1 234 567\nERDF: EUR 1 049 382", 1234567.0, 1049382.0, None),
    ("| ERAF | 85 000,00 |\n| Valsts budžets | 15 000,00 |\n| Kopā | 100 000,00 |", 100000.0, 85000.0, None),
    # a bare "budget" opening its line is the total's label with a colon, a dash, a tab or nothing
    # between (a fact box copied as text), not EU money because a fund follows on the next line
    ("Project LLI-111.\nBudget 580 236,21 EUR\n85% ERDF funding, 15% national co-financing.", 580236.21, None, 85.0),
    ("Projekts LLI-111.\nBudžets\t580 236,21 EUR\nERAF finansējums\t493 200,78 EUR", 580236.21, 493200.78, None),
    ("Projektas LLI-111.\nBiudžetas – 580 236,21 Eur\nES lėšos – 493 200,78 Eur", 580236.21, 493200.78, None),
    # the EU as the subject of a verb of giving, before the amount or right after it
    ("Kopējās izmaksas 250 000 EUR. Eiropas Savienība piešķīra 212 500 EUR.", 250000.0, 212500.0, None),
    ("Projekto vertė 180 000 Eur. Europos Sąjunga skyrė 153 000 Eur.", 180000.0, 153000.0, None),
    ("Total cost EUR 320,000. The European Union contributes EUR 272,000.", 320000.0, 272000.0, None),
    ("The project costs EUR 320,000, of which the EU provides EUR 272,000.", 320000.0, 272000.0, None),
    ("Projekta kopējās izmaksas ir 250 000 EUR, no kurām 212 500 EUR piešķīra Eiropas Savienība.", 250000.0, 212500.0, None),
    ("Darbai kainavo 180 000 Eur, iš jų 153 000 Eur skyrė Europos Sąjunga.", 180000.0, 153000.0, None),
    ("The total budget is EUR 320,000; EUR 272,000 is provided by the European Union.", 320000.0, 272000.0, None),
    ("Total budget/expenditure: EUR 1 234 567.00\nProgramme co-financing: EUR 1 049 382.00", 1234567.0, 1049382.0, None),
    # mixed public money is no EU amount
    ("Projekta attiecināmās izmaksas 20000 LVL, tai skaitā publiskais finansējums (ES un Latvijas valsts līdzdalība) ir 18000 LVL.",
     28457.44, None, None),
    # a fund's amount labelled as the whole project's is not the partner's before it
    ("The lead beneficiary Daugavpils City Council project costs are 266 648,91 EUR including project co-financing "
     "from European Regional Development Fund – 226 651,57 EUR.\nTotal ERDF project funding 319 719,36 EUR.",
     None, 319719.36, None),
    # eligible costs are the total only where no other total is stated
    ("Projekta kopējās izmaksas 24200 LVL, projekta attiecināmās izmaksas 20000 LVL.", 34433.5, None, None),
    # a share the amounts contradict ranks below the one they agree with
    ("Total budget: 7 132 188,68 €\nEU contribution: 4 002 584,29 € (85%)\nThe total eligible costs of the project are "
     "7 132 188.68 EUR, ERDF financing 56.12% or 4 002 584.29 EUR.", 7132188.68, 4002584.29, 56.12),
    # replaced amounts: the newer one is used
    ("• ERAF finansējums sastāda EUR 182 021,48 (iepriekš EUR 138 390,20);", None, 182021.48, None),
    ("Initial project cost:\n€229,862\nFinal project cost:\n€221,279\nFrom EEA Grants:\n€ 169,260", 221279.0, 169260.0, None),
    ("Projekta kopējās izmaksas ir 50 000,00 EUR. Pēc grozījumiem 90 000,00 EUR.", 90000.0, None, None),
    ("Projekto vertė – 100 000 Eur (anksčiau 80 000 Eur).", 100000.0, None, None),
    # -- synthetic variations (en, issue 12 breadth) ------------------------------------------------
    # a currency glued to its multiplier
    ("Total budget: MEUR 1.4\nEU contribution: MEUR 1.19", 1400000.0, 1190000.0, None),
    # EU money of Interreg and ENI named without a fund; "funding from the EU"; "co-financed by the EU with"
    ("ENI co-financing: EUR 425,000\nTotal budget: EUR 500,000", 500000.0, 425000.0, None),
    ("The total budget is EUR 500 000 and the Interreg funding is EUR 425 000.", 500000.0, 425000.0, None),
    ("Funding from the EU: EUR 425 000", None, 425000.0, None),
    ("The project is co-financed by the European Union with EUR 425,000 out of a total budget of EUR 500,000.",
     500000.0, 425000.0, None),
    ("The European Union co-finances 85% of the project's total budget of EUR 500,000.", 500000.0, None, 85.0),
    ("EU funding rate: 85%", None, None, 85.0),
    # a programme's or a call's budget is not the project's
    ("The programme's total budget is EUR 169 million.\nTotal project budget: EUR 500,000.", 500000.0, None, None),
    ("The Programme co-finances projects with up to 85% ERDF funding; the total call budget is EUR 10 million.",
     None, None, None),
    ("The programme has a total budget of EUR 169 million. The project budget is EUR 500,000.", 500000.0, None, None),
    ("Funding available for the call: EUR 10 000 000", None, None, None),
    # a share written as a limit is no stated share
    ("EU co-financing rate: up to 85%", None, None, None),
    ("The project is 85% co-financed by the ERDF.", None, None, 85.0),
    # the lead partner's budget is a partner's part
    ("The total budget of the Lead partner is EUR 200,000.\nTotal budget of the project: EUR 500,000.",
     500000.0, None, None),
    ("Lead partner’s budget: EUR 200 000\nTotal budget: EUR 500 000", 500000.0, None, None),
    # "X of which comes from <fund>": X is the fund's part, the total is the amount before
    ("The project is worth EUR 1.2 million, EUR 1.02 million of which comes from the European Regional "
     "Development Fund.", 1200000.0, 1020000.0, None),
    ("The project costs EUR 500,000 in total, 85% of which is financed by the European Regional Development Fund.",
     500000.0, None, 85.0),
    ("Total budget EUR 500,000, of which 85% is ERDF funding.", 500000.0, None, 85.0),
    # EU money labelled "EU –", "the EU co-finances the project with", "(Total) grant"; total expenditure
    ("Financing: EU – 425 000 EUR, Latvia – 75 000 EUR", None, 425000.0, None),
    ("The EU co-finances the project with EUR 425,000.", None, 425000.0, None),
    ("Grant: €425,000 (85%)\nTotal cost: €500,000", 500000.0, 425000.0, 85.0),
    ("Total amount of the grant: EUR 425 000", None, 425000.0, None),
    ("State budget grant: EUR 13 332,45", None, None, None),
    ("Total project expenditure: EUR 500 000", 500000.0, None, None),
    # after a breakdown marker an EU label may follow the amount with a space alone
    ("Budget: 500 000 EUR, of which 425 000 EUR EU funding.", 500000.0, 425000.0, None),
    ("Projekta budžets 500 000 EUR, t.sk. 425 000 EUR ES fondu finansējums.", 500000.0, 425000.0, None),
    ("Budget: 500 000 EUR, 425 000 EUR EU funding will be paid later.", 500000.0, None, None),
    # synthetic: an amended amount with a label of its own replaces the earlier one in that role
    ("Kopējās izmaksas: 55 000 EUR. Pēc grozījumiem kopējās izmaksas: 60 000 EUR.", 60000.0, None, None),
    ("Total cost: EUR 55,000. After the amendment the total cost is EUR 60,000.", 60000.0, None, None),
    ("Projekto vertė – 55 000 Eur. Po pakeitimo projekto vertė – 60 000 Eur.", 60000.0, None, None),
    ("ERAF finansējums: 40 000 EUR. Pēc grozījumiem ERAF finansējums: 45 000 EUR.", None, 45000.0, None),
    # synthetic: "finansējuma apjoms/apmērs" is the total only when no fund or co-financier names it
    ("Projekta kopējās izmaksas ir 100 000 EUR, ERAF līdzfinansējuma apjoms – 85 000 EUR.", 100000.0, 85000.0, None),
    ("Projekta kopējās izmaksas ir 100 000 EUR, ES fondu finansējuma apmērs – 85 000 EUR.", 100000.0, 85000.0, None),
    ("Valsts budžeta finansējuma apjoms – 5 000 EUR. Kopējās izmaksas 100 000 EUR.", 100000.0, None, None),
    ("Projekta finansējuma apmērs – 100 000 EUR.", 100000.0, None, None),
    # synthetic: an Interreg programme's money is the EU's (the fund itself stays unnamed)
    ("Kopējais budžets 700 000 EUR, Interreg finansējums 560 000 EUR (80%).", 700000.0, 560000.0, 80.0),
    ("Total budget EUR 700,000, Interreg co-financing EUR 560,000 (80%).", 700000.0, 560000.0, 80.0),
    ("Bendra projekto vertė – 700 000 Eur, Interreg programos lėšos – 560 000 Eur (80 proc.).", 700000.0, 560000.0, 80.0),
    # a call's money and its limits are no project's; on a project's own page a limit is the project's
    ("Atlases kārtā pieejamais kopējais finansējums ir 5 000 000 EUR.", None, None, None),
    ("Konkursa budžets ir 300 000 EUR. Projekta kopējās izmaksas nedrīkst pārsniegt 20 000 EUR.", None, None, None),
    ("Maksimālais finansējums vienam projektam ir 50 000 EUR.", None, None, None),
    ("Kvietimui skirta 10 mln. Eur. Didžiausia projekto vertė – 300 000 Eur.", None, None, None),
    ("Programos biudžetas – 169 mln. Eur. Projekto vertė – 450 000 Eur.", 450000.0, None, None),
    ("Maximum project budget per project: EUR 250,000.", None, None, None),
    ("Biudžete nustatyta didžiausia galima projekto tinkamų finansuoti išlaidų suma – 15000,00 Eur.", 15000.0, None, None),
    # a share followed by the EU as its funder
    ("Bendra projekto vertė – 500 000 Eur. 85 proc. projekto išlaidų finansuoja ES.", 500000.0, None, 85.0),
    ("Kopējās izmaksas ir 80 000 EUR, 85 % no projekta izmaksām finansē Eiropas Savienība.", 80000.0, None, 85.0),
    ("Total budget EUR 900,000; 85% of the costs are funded by the EU.", 900000.0, None, 85.0),
]


@pytest.mark.parametrize("text,total,eu,share", MONEY_FIELD_CASES)
def test_money_fields(text, total, eu, share):
    rec = read(text)
    assert fields(rec, "total_budget_eur") == ([pytest.approx(total)] if total is not None else [])
    assert fields(rec, "eu_funding_eur") == ([pytest.approx(eu)] if eu is not None else [])
    assert fields(rec, "eu_share_pct") == ([pytest.approx(share)] if share is not None else [])


def test_replaced_amounts_stay_as_weaker_candidates():
    rec = read("Initial project cost:\n€229,862\nFinal project cost:\n€221,279")
    totals = sorted((f.rank, f.value) for f in rec.fields if f.field == "total_budget_eur")
    assert totals[0][1] == 221279.0 and totals[-1][1] == 229862.0 and totals[-1][0] > totals[0][0]
    assert [it.amount_eur for it in rec.funding if it.source == "total"] == [221279.0]


DATE_CASES = [
    ("Projekta īstenošanas laiks: no 2020.gada 1.jūlija līdz 2022. gada 30.novembrim.", "2020-07-01", "2022-11-30"),
    ("Projekta īstenošanas laiks: 01.06.2020. – 31.05.2022. (24 mēneši).", "2020-06-01", "2022-05-31"),
    ("Projekta ilgums: 18 mēneši (01.09.2020.-30.06.2023.)", "2020-09-01", "2023-06-30"),
    ("Projekts tiks īstenots no 2018. gada marta līdz 2020.gada februārim.", "2018-03-01", "2020-02-29"),
    ("Projekta ieviešanas laiks ir no 2015. gada 1. decembra līdz 2023. gada 31. decembrim.", "2015-12-01", "2023-12-31"),
    ("Plānotais projekta īstenošanas laiks: 2015. gada 1.decembris – 2022.gada 31.decembris.", "2015-12-01", "2022-12-31"),
    ("Izmēģinājumprojekts tiek īstenots laika periodā no 01.09.2018. līdz 31.08.2019", "2018-09-01", "2019-08-31"),
    ("Projekta realizācijas laiks: 27 mēneši, sākot no 2015.gada 1.augusta", "2015-08-01", "2017-10-31"),
    ("Projekta īstenošanas laiks: no 2012.gada 2.janvāra – 2013.gada 31. decembrim.", "2012-01-02", "2013-12-31"),
    ("Izmēģinājuma projekts noslēgsies 2019.gada oktobrī.", None, "2019-10-31"),
    # a period that is not the project's (no label): not taken when the article has a labelled one
    ("Tās laikā (no 2020.gada 12.marta līdz 2020.gada 9.jūnijam) dalībniekiem nebija iespējams saņemt pakalpojumus. "
     "Projekta īstenošanas laiks: 01.06.2020. – 31.05.2022.", "2020-06-01", "2022-05-31"),
    # -- real pages (tests/data/real/dev), dates and periods (area: dates, periods, durations) ----------
    # fact boxes: "label: value" lines need no "project" word
    ("Start date: 1 April 2020\nEnd date: 31 December 2021\nProgramming period: 2014-2020", "2020-04-01", "2021-12-31"),
    ("Start date: 21 November 2024\nEnd date: n/a", "2024-11-21", None),
    ("Pradžios data: 31 gruodžio 2020\nPabaigos data: 28 vasario 2023", "2020-12-31", "2023-02-28"),
    ("📅 Projekto laikotarpis\n\n  • Pradžia: 2020 m. vasario mėn.\n  • Pabaiga: 2023 m. rugpjūčio mėn.",
     "2020-02-01", "2023-08-31"),
    # a label line above the value line
    ("EU budget\n€21.4M\nPeriod\n2014-03-01 → 2015-11-30\nThematic objective", "2014-03-01", "2015-11-30"),
    ("Įgyvendinimo laikotarpis\n\n2011-01-30 - 2014-01-31\n\nBendra projekto vertė", "2011-01-30", "2014-01-31"),
    ("Sutarties įsigaliojimo data\n\n2025-07-17 00:00\n\nVeiklų vykdymo pabaigos data\n\n2026-10-31 00:00",
     None, "2026-10-31"),
    # labels of the languages
    ("Projekto trukmė: 2012 m. gegužė – 2014 m. kovas. Bendra projektui skirta paramos suma – 829 394,46 EUR.",
     "2012-05-01", "2014-03-31"),
    ("Laikotarpis - 2022 m. lapkričio 1 d. – 2023 m. gruodžio 31 d.", "2022-11-01", "2023-12-31"),
    ("Projektą planuojama įgyvendinti per du metus nuo 2018 m. balandžio 1 d. iki 2020 m. kovo 31 d.",
     "2018-04-01", "2020-03-31"),
    ("Numatoma projekto įgyvendinimo pradžia ir pabaiga - 2010/07- 2012/06. Paraiškos pateikimo terminas - 2011-03-14.",
     "2010-07-01", "2012-06-30"),
    ("Preliminari projekto vertė -1 702 353 Lt. Numatoma projekto įgyvendinimo pradžia 2009 04 01.", "2009-04-01", None),
    ("Duration: 24 MONTHS (May 17, 2017-November 16, 2019) The project is co-financed by the Latvia-Lithuania programme.",
     "2017-05-17", "2019-11-16"),
    ("The implementation of the activities scheduled in the project was launched on October 3, 2014. "
     "The project is expected to be implemented by April 30, 2016.", "2014-10-03", "2016-04-30"),
    ("What is the project period?\nThe project runs from 2014-09-08 to 2023-12-31.", "2014-09-08", "2023-12-31"),
    # quarters: a quarter start is its first day
    ("Projekto vykdymas buvo pradėtas IV ktv. 2018 m.", "2018-10-01", None),
    ("Projekta īstenošana tiks pabeigta 2021. gada 2. ceturksnī.", None, "2021-06-30"),
    # the only range of an article, unlabelled, is offered as the project period
    ("24 mēneši (01/03/2018 – 29/02/2020)\nProjekta kopējais budžets ir 791 256,20 EUR.", "2018-03-01", "2020-02-29"),
    ("Projekta aktivitātes notika no 2019-01-01 līdz 2019-12-31.", "2019-01-01", "2019-12-31"),
    # ... or in a sentence of its own after the project's name, with its opening word
    ('Project LLI-500 "Care". From 1 April 2018 to 31 March 2020. Total budget EUR 500,000.', "2018-04-01", "2020-03-31"),
    ('Projekts LLI-500 "Care". No 2018. gada 1. aprīļa līdz 2020. gada 31. martam. Kopējās izmaksas 500 000 EUR.',
     "2018-04-01", "2020-03-31"),
    # ... but not in a sentence about something else (seed page: a service period, the project's is
    # stated in another article)
    ("No 2016.gada maija līdz 2018.gada janvārim kopumā 169 bērniem Rīgā, Valmierā un Jelgavā tika nodrošināta "
     "pieskatīšana vakaros, naktīs un brīvdienās, kad vecāki strādāja.", None, None),
    # ... nor when its wording makes it a call's
    ("Paraiškos priimamos nuo 2019-06-01 iki 2019-07-20.", None, None),
    # year-only dates and year-only ends give no date
    ("Projekts sāksies 2020. gadā.", None, None),
    ("Projekts tiks īstenots no 2019. gada līdz 2021. gadam.", None, None),
    # dates of something else: signature, approval, call deadline
    ("Sutartis pasirašyta: 2019 m. rugpjūčio 14 d.\nProjektų veiklų užbaigimas: 2023 m. vasario 28 d.", None, "2023-02-28"),
    ("Visagino m. VVG skelbia kvietimą teikti projektinių pasiūlymų paraiškas. Projektiniai pasiūlymai priimami iki 2019-07-20.",
     None, None),
    ("The grant agreement for the project was signed on 5 May 2019.", None, None),
    # synthetic variations: other wordings of the three languages
    ("Projekto įgyvendinimo terminas – 2021-12-31.", None, "2021-12-31"),
    ("Projekto pradžia – 2017-11-13, pabaiga – 2019-11-12.", "2017-11-13", "2019-11-12"),
    ("Projekta sākums: 2019. gada 1. oktobris\nProjekta beigas: 2021. gada 30. septembris", "2019-10-01", "2021-09-30"),
    ("Project start: 01.03.2018\nProject end: 28.02.2020", "2018-03-01", "2020-02-28"),
    ("Implementation period: 10.2016. - 12. 2022.", "2016-10-01", "2022-12-31"),
    ("Projekto įgyvendinimo laikotarpis: 07/2010 – 06/2012.", "2010-07-01", "2012-06-30"),
    ("Konkursa norises laiks: no 2019. gada 1. jūnija līdz 2019. gada 30. jūnijam.", None, None),
    ("Renginys vyks nuo 2019-06-01 iki 2019-06-03, projekto dalyviai.", None, None),
    ("Sutarties pasirašymo data 2017-10-20\nProjekto veiklų įgyvendinimo pabaiga 2019-11-12", None, "2019-11-12"),
    ("Project start date 01.03.2018\nProject end date 28.02.2020", "2018-03-01", "2020-02-28"),
    ("| Projekta sākuma datums | 01.09.2019. |\n| Projekta beigu datums | 31.08.2021. |", "2019-09-01", "2021-08-31"),
    ("Projekto įgyvendinimo pradžia: 2019 m. I ketvirtis\nProjekto įgyvendinimo pabaiga: 2020 m. IV ketvirtis",
     "2019-01-01", "2020-12-31"),
    ("Timeline: March 2019 – February 2021", "2019-03-01", "2021-02-28"),
    ("Dates: 1 March 2018 – 28 February 2020", "2018-03-01", "2020-02-28"),
    ("Projektą numatoma užbaigti 2021 m. vasario 28 d.", None, "2021-02-28"),
    ("Projektas startavo 2020 m. rugsėjo 1 d.", "2020-09-01", None),
    ("Projektas bus įgyvendinamas 2024 m. sausio–birželio mėn.", "2024-01-01", "2024-06-30"),
    ("Bendras projekto biudžetas – 750 973,98 Eur. Projekto trukmė – 24 mėn. (2018-04-01–2020-03-31).",
     "2018-04-01", "2020-03-31"),
    ("Savivaldybė projektą pradėjo įgyvendinti 2020 m. rugsėjo 1 d.", "2020-09-01", None),
    ("Sutarties data: 2019-08-14\nProjekto veiklų pabaiga: 2021-08-31", None, "2021-08-31"),
    ("The project kicked off on 1 March 2019.", "2019-03-01", None),
    ("The project was finalised on 28 February 2021.", None, "2021-02-28"),
    ("The project started on 1 March 2019. The call for participants ended on 15 May 2019.", "2019-03-01", None),
    ("Implementation: March 2018 – February 2020", "2018-03-01", "2020-02-29"),
    ("Starting date:\n1 March 2018\nClosing date:\n28 February 2020", "2018-03-01", "2020-02-28"),
    # a start and, after it in the sentence, a stated duration give the end ("N months from X")
    ("Projekts uzsākts 2019. gada 1. septembrī un ilgs 24 mēnešus.", "2019-09-01", "2021-08-31"),
    ("The project started on 1 March 2018 and lasts 24 months.", "2018-03-01", "2020-02-29"),
    ("Projektas pradėtas 2019 m. rugsėjo 1 d., jo trukmė – 24 mėn.", "2019-09-01", "2021-08-31"),
    # ... or before it, after its label (synthetic)
    ("Projekto veiklų trukmė – 12 mėn., pradžia – 2020 m. sausio mėn.", "2020-01-01", "2020-12-31"),
    ("Projekts ilgs 24 mēnešus, sākums 2019. gada 1. septembrī.", "2019-09-01", "2021-08-31"),
    ("Per 24 mėn. suteikta paslaugų, projektas pradėtas 2019 m. rugsėjo 1 d.", "2019-09-01", None),
    ("Projekts uzsākts 2019. gada 1. septembrī. Izmēģinājumprojekta īstenošana tika pagarināta par 3 mēnešiem.",
     "2019-09-01", None),
    # synthetic variations (en, issue 12 breadth): an ISO year-month range, "of the project" fact-box
    # labels, "ending date", a start with a duration in the past tense
    ("Project period: 2019-03 – 2021-02", "2019-03-01", "2021-02-28"),
    ("Implementation period: 2019-03 to 2021-02 (24 months)", "2019-03-01", "2021-02-28"),
    ("The school year 2011-12 was the first one with the new curriculum.", None, None),
    ("Start of the project: 1 March 2019\nEnd of the project: 28 February 2021", "2019-03-01", "2021-02-28"),
    ("Project starting date: 1 March 2019\nProject ending date: 28 February 2021", "2019-03-01", "2021-02-28"),
    ("The project started on 1 March 2019 and lasted 24 months.", "2019-03-01", "2021-02-28"),
    ("Starting date of the project: 1 September 2020\nEnd date of the project: 31 August 2022",
     "2020-09-01", "2022-08-31"),
    ("The activities will be carried out from September 2020 to August 2022.", "2020-09-01", "2022-08-31"),
    # two fact-box pairs on one line (a flattened table row); a clause with two dates is no such pair
    ("Start date: 1/3/2019 End date: 28/2/2021", "2019-03-01", "2021-02-28"),
    ("Start date 1/3/2019 End date 28/2/2021", "2019-03-01", "2021-02-28"),
    ("The survey started on 1 May 2021 and ended on 30 May 2021.", None, None),
    ("Implementation period: March – December 2019", "2019-03-01", "2019-12-31"),
    ("The survey was carried out from 1 May to 30 May 2021. Project period: 01.09.2020 – 31.08.2022",
     "2020-09-01", "2022-08-31"),
    # two dates of a labelled sentence far apart are two events, not start and end
    ("2022.gada 4.ceturksnī pašvaldība parakstīja vienošanos par Eiropas Savienības fonda projekta grozījumiem, pusēm "
     "vienojoties par projekta darbības īstenošanas laika pagarinājumu līdz 2023. gada 30. jūnijam.", None, "2023-06-30"),
]


@pytest.mark.parametrize("text,start,end", DATE_CASES)
def test_project_dates(text, start, end):
    rec = read(text)
    got_start = fields(rec, "start_date")
    got_end = fields(rec, "end_date")
    assert [d.isoformat() for d in got_start] == ([start] if start else [])
    assert [d.isoformat() for d in got_end] == ([end] if end else [])


DURATION_CASES = [
    # synthetic: the unit in the label, an adjective or the number written out before the unit
    ("Projekta ilgums (mēneši): 24", 24),
    ("Duration in months: 36", 36),
    ("| Projekto trukmė (mėn.) | 24 |", 24),
    ("Projekta ilgums – 30 kalendārie mēneši.", 30),
    ("Projekta īstenošanas ilgums ir 12 (divpadsmit) mēneši.", 12),
    ("Projekta īstenošanas laiks: 01.06.2020. – 31.05.2022. (24 mēneši).", 24),
    ("Projekta īstenošanas termiņš: 12 mēneši.", 12),
    ("Duration: 24 MONTHS (May 17, 2017-November 16, 2019)", 24),
    # a duration written next to the period in brackets, without a label (tests/data/real/dev)
    ("24 mēneši (01/03/2018 – 29/02/2020)", 24),
    ("01.06.2020. – 31.05.2022. (24 mēneši)", 24),
    # under a label line
    ("Projekto trukmė\n24 mėn.", 24),
    ("Projekts ilgs 24 mēnešus.", 24),
    ("Projekts tiks īstenots 24 mēnešu laikā.", 24),
    ("The project lasts 18 months.", 18),
    ("Project length: 24 months", 24),
    ("A 24-month project on social care.", 24),
    ("Projektas truks 36 mėnesius.", 36),
    # synthetic variations (en, issue 12 breadth): other verbs and an abbreviated unit
    ("The project lasted 24 months.", 24),
    ("The project will run for 24 months.", 24),
    ("The project is implemented over 30 months.", 30),
    ("The project will be implemented within 18 months.", 18),
    ("Project duration: 24 mos.", 24),
    # synthetic variations (Lithuanian): the verbs of carrying out a project with its length
    ("Projektas bus vykdomas 30 mėnesių.", 30),
    ("Projekto veiklos vykdomos 18 mėn.", 18),
    ("Projektą planuojama įgyvendinti per 24 mėnesius.", 24),
    ("Projektas įgyvendintas per 18 mėnesių.", 18),
    ("Projektas įgyvendinamas 36 mėnesius.", 36),
    ("Projekto veiklos vykdomos vaikams nuo 6 mėnesių amžiaus.", None),
    # a duration of something else is not the project's
    ("The training lasts 3 months.", None),
    ("The project offers internships of 6 months in partner companies.", None),
    ("The project will last 3 years.", None),  # no number of months is stated
    ("Izmēģinājumprojekta īstenošana tika pagarināta par 3 mēnešiem.", None),
    ("Bērni no 12 mēnešu vecuma apmeklē centru.", None),
]


@pytest.mark.parametrize("text,months", DURATION_CASES)
def test_stated_duration(text, months):
    assert fields(read(text), "duration_months_stated") == ([months] if months is not None else [])


COUNT_CASES = [
    ("Projekta rezultātā pasākumi kļūs pieejamāki vismaz 706 cilvēkiem ar funkcionālajiem traucējumiem.", 706),
    ("Projekta mērķa grupa: 23 jaunieši un 2 bērni vecumā no 12 līdz 24 gadiem.", 25),
    ("Mērķa grupa: Personas ar funkcionāliem traucējumiem – 5 cilvēki, pensijas vecuma un pirmspensijas vecuma personas – 15 cilvēki.", 20),
    ("Projektā iesaistāmo mērķa grupas jauniešu maksimālais skaits:213 jaunieši.", 213),
    ("No Jelgavas šajā projektā piedalījās 10 personas ar garīga rakstura traucējumiem.", None),
    ("Projektā aktīvi iesaistījušās 11 Jelgavas pilsētā dzīvojošas romu tautības ģimenes.", None),
    ("Ar mērķi motivēt sociālos darbiniekus (90), viņi saņems mācības.", None),
    # real pages (development part): the Lithuanian target-group label in the plural
    ("Tikslinės grupės – 11 Visagino gyventojai iš daugiavaikių šeimų ir socialiai remtinų šeimų.", 11),
    ("Projekto tikslinė grupė – 30 vaikų iš socialinės rizikos šeimų.", 30),
    # one year's or one place's figure, one event's attendance, a statistic, the state before the project
    ("2020. gadā ar projekta atbalstu bērnu ar funkcionāliem traucējumiem reitterapiju Pļaviņu novadā saņēma 4 bērni.", None),
    ("Renginyje dalyvavo 42 vaikai iš Ignalinos rajono, Vilniaus.", None),
    ("Pasākumā piedalījās 60 jaunieši no abām valstīm.", None),
    ("The event was attended by 120 young people from Latvia and Lithuania.", None),
    ("According to Statistics Lithuania in the beginning of 2013 there was living 5246 young people age from 14 to "
     "29 years in Bizai district municipality.", None),
    ("Savivaldybė nurodo, kad šiuo metu Vilniaus rajone veikia dveji grupinio gyvenimo namai, kuriuose paslaugos "
     "teikiamos 20 asmenų.", None),
    ("Šobrīd novadā dienas centru apmeklē 15 bērni.", None),
    # per room, capacity of buildings, places
    ("In the youth house there will be created and equipped living rooms (in each room 2 children), common living room.", None),
    ("Within the framework of the project it is planned to build a group house (apartments) for 16 persons of the "
     "target group and a day care centre for 20 persons of the target group.", None),
    ("Kauno rajone bus pastatyti 4 grupiniai gyvenimo namai projekto lėšomis įsigytuose sklypuose, sukuriant 40 "
     "apgyvendinimo vietų asmenims su proto ir (ar) psichikos negalia.", None),
    # two groups of one sentence, no total
    ("Projekto apimtis – planuojama, kad paramą gaus 4 000 karo pabėgėlių iš Ukrainos bei 2 000 socialiai "
     "pažeidžiamų asmenų dalyvaus socialinei integracijai skirtose ESF veiklose.", None),
    # still a headline: an unlabelled count of the project's people, "currently" in a sentence about the project
    ("Izveidojot infrastruktūru, nodrošinot sabiedrībā balstīto sociālo pakalpojumu sniegšana 19 personām ar garīga "
     "rakstura traucējumiem (GRT).", 19),
    ("Šobrīd projektā piedalās 25 jaunieši.", 25),
    # synthetic variations (en, issue 12 breadth): a part after a breakdown marker is no other group
    # and no part of a sum; a group noun as a box label; thousands commas
    ("The project will benefit 300 people, including 120 children.", 300),
    ("Target group: 300 people, including 120 children.", 300),
    ("Projekta mērķa grupa: 300 cilvēki, t.sk. 120 bērni.", 300),
    ("Participants: 45", 45),
    ("Over 1,200 residents will benefit from the improved services.", 1200),
    ("The project will employ 12 specialists and create 15 new jobs.", None),
    ("©2023 Daugavpils City Council", None),
    # an event's attendance in the active voice; two groups, one of them "at least", with no total
    ("More than 80 participants from Latvia and Lithuania attended the event.", None),
    ("Over 100 people took part in the final conference.", None),
    ("The project will provide services to at least 400 persons with mental disabilities and 150 children with "
     "functional impairments.", None),
    # synthetic variations (Lithuanian): parents listed with the children of one target group; homes
    # bought and volunteers are not the people served
    ("Projekto tikslinė grupė – 30 vaikų ir 15 tėvų.", 45),
    ("Bus įsigyti 3 bendruomeniniai vaikų globos namai.", None),
    ("Projekte dalyvauja 10 savanorių ir 25 vaikai.", 25),
    # synthetic variations: two places' figures in one sentence are no headline, unless one is the
    # whole and the sentence breaks it down
    ("Kauno rajone paslaugas gavo 20 asmenų, o Vilniaus rajone – 30 asmenų.", None),
    ("Projekto veiklose dalyvaus 35 asmenys iš Kauno ir 25 asmenys iš Vilniaus.", None),
    ("Projektā piedalīsies 40 bērni no Jelgavas un 30 bērni no Dobeles.", None),
    ("Paslaugas gavo 120 vaikų, iš jų 20 vaikų su negalia.", 120),
    # synthetic variations (Lithuanian): a centre's capacity, a population
    ("Dienos centras, skirtas 20 vaikų, pradės veikti rugsėjo mėn.", None),
    ("Savivaldybėje gyvena 25 000 gyventojų.", None),
    ("Grupinio gyvenimo namuose gyvens 10 asmenų su negalia.", 10),
]


@pytest.mark.parametrize("text,headline", COUNT_CASES)
def test_headline_beneficiaries(text, headline):
    assert fields(read(text), "beneficiaries") == ([headline] if headline is not None else [])


def test_name_key_ignores_case_quotes_and_diacritics():
    assert name_key("“Atver sirdi Zemgalē!”") == name_key("Atver sirdi Zemgale") == "atver sirdi zemgale"


def test_articles_with_one_code_are_one_project():
    a = read("Projekta Nr. 9.2.2.1./15/I/001 “Atver sirdi Zemgalē!” kopējās izmaksas ir 9 412 350,00 EUR.", dt.date(2020, 12, 8))
    b = read("Atver sirdi Zemgalē\n\nProjekta kopējais budžets ir 5 709 424.00 euro.")
    c = read("Projekts: „Drošības poga Zemgalē” Nr.1DP/1.4.1.2.4./11/APIA/NVA/046. Projekta kopējais finansējums: LVL 83397.18.")
    groups = group_articles([a, b, c])
    assert len(groups) == 2


def _article(rec, k):
    return type(rec)(**{**rec.__dict__, "article": k})


@pytest.mark.parametrize("first, second, projects", [
    # two Interreg codes, one title: two projects (a call's twin projects, a repeated template)
    ('Projekts LLI-101 "Sociālo pakalpojumu attīstība pierobežā". Projekta kopējais budžets ir 100 000 EUR.',
     'Projekts LLI-202 "Sociālo pakalpojumu attīstība pierobežā". Projekta kopējais budžets ir 900 000 EUR.', 2),
    # two ESF numbers, one title
    ("Projekta Nr. 9.2.2.1./15/I/001 “Atver sirdi Zemgalē!” kopējās izmaksas ir 9 412 350,00 EUR.",
     "Projekta Nr. 9.2.2.1./15/I/002 “Atver sirdi Zemgalē!” kopējās izmaksas ir 5 709 424,00 EUR.", 2),
    # an Interreg code and an ESF number of one title: one project with a number in each scheme
    ('Projekts LLI-101 "Sociālo pakalpojumu attīstība pierobežā". Projekta kopējais budžets ir 100 000 EUR.',
     'Projekts Nr. 9.2.2.1/15/I/001 "Sociālo pakalpojumu attīstība pierobežā". Projekta kopējais budžets ir 100 000 EUR.', 1),
    # the same code twice: one project
    ('Projekts LLI-101 "Sociālo pakalpojumu attīstība pierobežā". Projekta kopējais budžets ir 100 000 EUR.',
     "Projekta LLI-101 kopējais budžets ir 120 000 EUR.", 1),
])
def test_two_codes_of_one_scheme_are_two_projects(first, second, projects):
    a, b = read(first), _article(read(second), 1)
    assert a.codes and b.codes
    assert len(group_articles([a, b])) == projects


def test_a_title_shared_by_two_codes_stays_with_the_first():
    a = read('Projekts LLI-101 "Sociālo pakalpojumu attīstība pierobežā". Projekta kopējais budžets ir 100 000 EUR.')
    b = _article(read('Projekts "Sociālo pakalpojumu attīstība pierobežā" ilgst 24 mēnešus.'), 1)
    c = _article(read('Projekts LLI-202 "Sociālo pakalpojumu attīstība pierobežā". Projekta kopējais budžets ir 900 000 EUR.'), 2)
    assert sorted(group_articles([a, b, c])) == [[0, 1], [2]]


_TITLES = ["Sociālo pakalpojumu attīstība pierobežā", "Atver sirdi Zemgalē", "Drošības poga"]
_CODES = ["LLI-101", "LLI-202", "LLI-303", None]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_CODES), st.sampled_from(_TITLES)), min_size=1, max_size=6))
def test_no_project_holds_two_codes_of_one_scheme(items):
    recs = [_article(read(f'Projekts {code or ""} "{title}". Projekta kopējais budžets ir {100 + k} 000 EUR.'), k)
            for k, (code, title) in enumerate(items)]
    for group in group_articles(recs):
        assert len({c for m in group for c in recs[m].codes}) <= 1


def test_a_page_about_one_project_without_identifiers_is_a_project():
    # real page (development part): no code or title, only a duration and a total in a fact box
    a = read("Statuss:\nNoslēdzies\n\nProjekta mērķis\n\nVeicināt sociālo iekļaušanu.\n\n"
             "Projekta ilgums: 24 mēneši.")
    assert fields(a, "duration_months_stated") == [24]
    assert group_articles([a]) == [[0]]
    # the same article among others with figures on its page is not enough on its own
    b = read("Projekta kopējais budžets ir 5 709 424.00 euro. Projekta mērķa grupa: 25 personas.")
    b = type(b)(**{**b.__dict__, "article": 1})
    assert group_articles([a, b]) == [[1]]


@pytest.mark.parametrize("text, projects", [
    # synthetic: a page that names a project by its number but states no figure of it describes it
    ("Projekta Nr. 9.2.4.2/16/I/052. Projekta ietvaros izveidotas 16 vietas grupu dzīvokļos.", 1),
    ("Projekts “WelfareNet” (Nr. LLI-514) tiek īstenots Interreg V-A Latvijas–Lietuvas pārrobežu "
     "sadarbības programmā 2014.–2020. gadam.", 1),
    # a short name with its programme is a project too
    ("Projekts “WelfareNet” tiek īstenots Interreg V-A Latvijas–Lietuvas pārrobežu sadarbības "
     "programmā 2014.–2020. gadam.", 1),
    # a quoted name alone is not: events, books and campaigns are quoted as well
    ("Biedrība aicina uz pasākumu “Rudens gadatirgus”.", 0),
])
def test_a_project_named_by_number_is_a_project_without_figures(text, projects):
    assert len(group_articles([read(text)])) == projects


def test_list_items_with_their_own_budgets_stay_apart():
    # a Lithuanian list of projects on one page: each item with its own value, alike in wording
    a = read("Zarasų rajono savivaldybės administracijos projektas įtrauktas į regiono projektų sąrašą. "
             "Bendra projekto vertė - 958 611,53 EUR. Numatoma projekto įgyvendinimo pradžia.")
    b = read("Zarasų rajono savivaldybės administracijos projektas įtrauktas į regiono projektų sąrašą. "
             "Bendra projekto vertė - 1 467 300 EUR. Paraiškos pateikimo terminas.")
    b = type(b)(**{**b.__dict__, "article": 1, "links": ((0, 0.9),)})
    a = type(a)(**{**a.__dict__, "links": ((1, 0.9),)})
    assert fields(a, "total_budget_eur") and fields(b, "total_budget_eur")
    assert group_articles([a, b]) == [[0], [1]]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 .,%€EURLVlsta:kopējais budžets t.sk. no līdz gada ERAF\n")), max_size=300))
def test_reading_never_raises(text):
    rec = read(text)
    for it in rec.funding:
        assert it.prov.start <= it.prov.end


@pytest.mark.parametrize("text,field,used,other", [
    ("Projekts “Drošā osta”. ERAF finansējums sastāda EUR 182 021,48 (iepriekš EUR 138 390,20).",
     "eu_funding_eur", "182021.48", "138390.20"),
    ("Projekts “Drošā osta”. Projekta kopējās izmaksas ir 50 000,00 EUR. Pēc grozījumiem 90 000,00 EUR.",
     "total_budget_eur", "90000.00", "50000.00"),
])
def test_second_value_of_one_article_is_kept_in_sources(tmp_path, text, field, used, other):
    import socreport

    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    t = socreport.extract(tmp_path)
    s = t.sources[t.sources["field"] == field]
    assert dict(zip(s["value"], s["used"])) == {used: True, other: False}
    assert t.projects[field].iloc[0] == pytest.approx(float(used))
    assert "versions_differ" in set(socreport.add_quality(t).quality["check"])


def test_a_numbered_list_of_projects_gives_one_project_per_item(tmp_path):
    # synthetic variation of the Lithuanian municipality lists: numbered items, each with its own figures
    import socreport

    (tmp_path / "list.txt").write_text(
        "Pradžia » Projektai\n\n2021-05-12\n\nĮgyvendinami projektai\n\n"
        "1. Projektas „Socialinio būsto fondo plėtra Zarasų rajone“\n"
        "Projekto vertė – 820 000 Eur. ES lėšos – 697 000 Eur.\nĮgyvendinimo laikotarpis: 2018-03-01 – 2020-12-31.\n\n"
        "2. Projektas „Integrali pagalba į namus Zarasų rajone“\nProjekto Nr. 08.4.1-ESFA-V-416-01-0007\n"
        "Projekto vertė – 210 500,00 Eur, iš jų Europos socialinio fondo lėšos – 178 925,00 Eur.\n"
        "Projekto trukmė – 36 mėn.\n\n"
        "3. Projektas „Vaikų dienos centro modernizavimas“\nProjekto vertė – 95 000 Eur.\n"
        "Projektas įgyvendinamas 2019 m. rugsėjo mėn. – 2020 m. rugpjūčio mėn.\n", encoding="utf-8")
    p = socreport.extract(tmp_path).projects.sort_values("total_budget_eur")
    assert list(p["total_budget_eur"]) == [95000.0, 210500.0, 820000.0]
    assert list(p["eu_funding_eur"].astype("Float64").fillna(-1)) == [-1, 178925.0, 697000.0]
    assert [None if pd.isna(d) else d.date().isoformat() for d in p["start_date"]] == ["2019-09-01", None, "2018-03-01"]
    assert list(p["duration_months_stated"].astype("Float64").fillna(-1)) == [-1, 36, -1]


@pytest.mark.parametrize("number", ["", "1. ", "• "])
def test_a_list_of_short_project_fact_boxes_gives_one_project_per_item(tmp_path, number):
    # synthetic (en): a page listing projects as headings with short fact boxes, numbered or not;
    # before, the second project's box (under 60 letters) was joined to the first and the project lost
    import socreport

    (tmp_path / "list.txt").write_text(
        f"Projects\n{number}Project \"Green Care\" (LLI-101)\nTotal budget: EUR 400 000\nERDF: EUR 340 000\n"
        "Period: 01.04.2017 – 31.03.2019\n\n"
        f"{number.replace('1', '2')}Project \"Blue Care\" (LLI-102)\nTotal budget: EUR 600 000\nERDF: EUR 510 000\n"
        "Period: 01.10.2017 – 30.09.2019\n", encoding="utf-8")
    p = socreport.extract(tmp_path).projects.sort_values("code")
    assert list(p["code"]) == ["LLI-101", "LLI-102"]
    assert list(p["total_budget_eur"]) == [400000.0, 600000.0]
    assert list(p["eu_funding_eur"]) == [340000.0, 510000.0]


def test_a_labelled_period_beats_a_newer_articles_unlabelled_range(tmp_path):
    # synthetic: two news items about one project; the newer one dates only its own activities
    import socreport

    (tmp_path / "news.txt").write_text(
        "Publicēts: 10.05.2021.\n\nProjekta “Drošā osta” aktivitātes jauniešiem un viņu ģimenēm notika no 01.02.2021. "
        "līdz 30.04.2021. Drošās ostas telpās.\n\n"
        "_____\n\nPublicēts: 15.01.2020.\n\nProjekta “Drošā osta” īstenošanas laiks: 01.01.2020. – 31.12.2021. "
        "Projekta kopējās izmaksas ir 50 000,00 EUR.\n", encoding="utf-8")
    t = socreport.extract(tmp_path)
    (row,) = t.projects.itertuples()
    assert (row.start_date.date().isoformat(), row.end_date.date().isoformat()) == ("2020-01-01", "2021-12-31")
    s = t.sources[t.sources["field"] == "end_date"]
    assert dict(zip(s["value"], s["used"])) == {"2021-12-31": True, "2021-04-30": False}  # both versions kept


def test_per_document_keeps_each_pages_projects_apart(tmp_path):
    # a project described by two pages: one row across documents, or one row per page with only
    # what that page states (synthetic variation of the Latvian/English pages of one Interreg project)
    import socreport

    (tmp_path / "lv.txt").write_text("Projekts Nr. LLI-296. Kopējās projekta izmaksas 177 839,95 EUR.", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Project LLI-296 runs from 1 March 2018 to 31 October 2019.", encoding="utf-8")
    merged = socreport.extract(tmp_path).projects
    assert len(merged) == 1 and merged["source_docs"].iloc[0] == "en;lv"
    assert merged["total_budget_eur"].iloc[0] == 177839.95 and not pd.isna(merged["start_date"].iloc[0])
    apart = socreport.extract(tmp_path, per_document=True).projects.set_index("source_docs")
    assert sorted(apart.index) == ["en", "lv"] and sorted(apart["project_id"]) == ["LLI-296", "LLI-296~2"]
    assert pd.isna(apart.loc["en", "total_budget_eur"]) and apart.loc["lv", "total_budget_eur"] == 177839.95
    assert pd.isna(apart.loc["lv", "start_date"]) and apart.loc["en", "start_date"].date().isoformat() == "2018-03-01"


@pytest.mark.parametrize("text,used,replaced", [
    # synthetic: an amended end in the same article as the original period (lv, en, lt)
    ("Projekta Nr. LLI-412 īstenošanas laiks: 01.07.2020. – 31.12.2022. Ar grozījumiem projekta īstenošanas "
     "termiņš pagarināts līdz 2023. gada 30. jūnijam.", "2023-06-30", "2022-12-31"),
    ("Project LLI-413 period: 1 March 2019 – 28 February 2021. The project was extended until 31 August 2021.",
     "2021-08-31", "2021-02-28"),
    ("Projekto LLI-414 pabaiga: 2022-12-31 (pratęsta iki 2023-06-30).", "2023-06-30", "2022-12-31"),
])
def test_an_extended_end_wins_and_the_replaced_end_is_kept(tmp_path, text, used, replaced):
    import socreport

    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    t = socreport.extract(tmp_path)
    (row,) = t.projects.itertuples()
    assert row.end_date.date().isoformat() == used
    s = t.sources[t.sources["field"] == "end_date"]
    assert dict(zip(s["value"], s["used"])) == {used: True, replaced: False}
