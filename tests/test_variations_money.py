"""Money and people counts as real pages state them, in synthetic variations: total budget, EU
amount, EU share, fund and beneficiaries, in Latvian, English and Lithuanian, in sentences, fact
boxes and table rows, with the figures that must not be read as these fields (a call's maximum or
available budget, a partner's part, national or municipal co-financing, a footer's year, families,
staff, organisations and jobs).

Two tables (see tests/variations.py): ``BUILT_ON``, the rows the rules were developed on, and
``EVAL_ONLY``, rows written before the rules were changed and never tuned to (``make accuracy``
prints both scores apart). Every row checks all five fields: a field the row does not name must
stay empty. A ``BUILT_ON`` row in ``KNOWN_MISSES`` is one the rules do not read right yet (a strict
xfail: it fails once it is read right).
"""

from __future__ import annotations

from variations import Row as _Row
from variations import table_tests

F = frozenset

FIELDS = ("total_budget_eur", "eu_funding_eur", "eu_share_pct", "eu_fund", "beneficiaries")

T, EU, PCT, FUND, BEN = FIELDS


def Row(lang: str, text: str, expected: dict, note: str = "") -> _Row:  # noqa: N802 (reads as the table's row)
    """A row checking all five fields (those not named must stay empty); ``note`` says what it varies."""
    return _Row(lang, text, {f: expected.get(f) for f in FIELDS})


BUILT_ON: list[Row] = [
    # -- Latvian: fact boxes, sentences, value before label, cases of the fund's name
    Row("lv", "Projekta kopējās izmaksas: 412 530,18 EUR\nERAF finansējums: 350 650,65 EUR\n",
        {T: 412530.18, EU: 350650.65, FUND: "ERDF"}, "label: value lines"),
    Row("lv", "Projekta kopējās izmaksas\n\n412 530,18 EUR\n\nEiropas Reģionālās attīstības fonda finansējums\n\n"
        "350 650,65 EUR\n", {T: 412530.18, EU: 350650.65, FUND: "ERDF"}, "label line, value line"),
    Row("lv", "| Kopējās izmaksas | 250 000,00 EUR |\n| ESF finansējums | 212 500,00 EUR |\n"
        "| Valsts budžeta finansējums | 37 500,00 EUR |\n", {T: 250000.0, EU: 212500.0, FUND: "ESF"}, "table rows"),
    Row("lv", "Projekts “Atbalsts ģimenēm”: 412 530 EUR – projekta kopējās izmaksas, no tām 350 650 EUR – ERAF "
        "finansējums.", {T: 412530.0, EU: 350650.0, FUND: "ERDF"}, "value before its label"),
    Row("lv", "Projekta kopējās izmaksas ir 1,2 milj. eiro, no kurām 85 % finansē Eiropas Sociālais fonds.",
        {T: 1200000.0, PCT: 85.0, FUND: "ESF"}, "milj. eiro; share with the fund after"),
    Row("lv", "Projekta kopējās izmaksas sastāda 70 280,40 LVL, tai skaitā ERAF līdzfinansējums 59 738,34 LVL.",
        {T: 100000.0, EU: 85000.0, FUND: "ERDF"}, "lats"),
    Row("lv", "Projekta kopējās izmaksas – Ls 35 140,20.", {T: 50000.0}, "Ls before the amount"),
    Row("lv", "Projekta kopējās izmaksas ir 150 tūkst. EUR, Eiropas Reģionālās attīstības fonda līdzfinansējums – "
        "127,5 tūkst. EUR.", {T: 150000.0, EU: 127500.0, FUND: "ERDF"}, "tūkst.; the fund in the genitive"),
    Row("lv", "Kopējās projekta izmaksas ir 98 000 EUR, no tām pašvaldības līdzfinansējums 14 700 EUR.",
        {T: 98000.0}, "municipal co-financing is not EU money"),
    Row("lv", "Projekta kopējās izmaksas ir 4723,48 EUR, publiskais finansējums 4251,13 EUR (90 % – ELFLA).",
        {T: 4723.48, EU: 4251.13, PCT: 90.0, FUND: "EAFRD"}, "LEADER public funding with the fund's share"),
    Row("lv", "Projekta attiecināmās izmaksas ir 622 522 eiro, no tām 529 143,70 eiro ir ESF finansējums.",
        {T: 622522.0, EU: 529143.7, FUND: "ESF"}, "eligible costs as the total"),
    Row("lv", "Projekta kopējās izmaksas ir 705 810,00 euro.\nDaugavpils pilsētas domes daļa: 271 564,00 euro.",
        {T: 705810.0}, "a partner's part is not the total"),
    Row("lv", "Atklātā projektu iesniegumu atlases kārtā pieejamais kopējais finansējums ir 5 000 000 EUR. "
        "Maksimālais attiecināmo izmaksu apjoms vienam projektam ir 200 000 EUR.", {},
        "a call's available and maximum amounts: no project"),
    Row("lv", "Projekta mērķa grupa – 120 bērni ar funkcionāliem traucējumiem. Projekta kopējās izmaksas ir "
        "300 000 EUR.", {T: 300000.0, BEN: 120}, "target group with a count"),
    Row("lv", "Projekta kopējās izmaksas ir 55 000 EUR. Atbalstu saņems 30 ģimenes ar bērniem.",
        {T: 55000.0}, "families are not people counted"),
    Row("lv", "Sociālo pakalpojumu saņems 45 personas ar garīga rakstura traucējumiem. Projekta kopējās izmaksas "
        "ir 210 000 EUR.\n© 2023 Rēzeknes novada pašvaldība", {T: 210000.0, BEN: 45}, "a footer year is no count"),
    Row("lv", "Projekta kopējās izmaksas ir 1 234 567,89 EUR, ERAF finansējums – 1 049 382,71 EUR (85 %).",
        {T: 1234567.89, EU: 1049382.71, PCT: 85.0, FUND: "ERDF"}, "share beside the EU amount"),
    # -- English
    Row("en", "Total budget: EUR 1,234,567.89\nERDF co-financing: EUR 1,049,382.71 (85%)\n",
        {T: 1234567.89, EU: 1049382.71, PCT: 85.0, FUND: "ERDF"}, "English thousands commas"),
    Row("en", "EUR 1.2 million is the total value of the project, of which EUR 1.02 million comes from the "
        "European Social Fund.", {T: 1200000.0, EU: 1020000.0, FUND: "ESF"}, "value before its label"),
    Row("en", "The total cost of the project is EUR 1 000 000. The project is co-financed by the ERDF in the amount "
        "of EUR 850 000.", {T: 1000000.0, EU: 850000.0, FUND: "ERDF"}, "co-financed by the fund in the amount of"),
    Row("en", "Project budget – €452k\nEU contribution – €385k\n", {T: 452000.0, EU: 385000.0}, "€…k, dash labels"),
    Row("en", "The call has an available budget of EUR 3 million. The maximum grant per project is EUR 200,000.",
        {}, "a call's budget and maximum grant: no project"),
    Row("en", "Total project budget: EUR 600,000. Partner budget of Rokiškis municipality: EUR 120,000.",
        {T: 600000.0}, "a partner's budget is not the total"),
    Row("en", "Total budget: 580 236,21 EUR\nProgramme co-financing: 493 200,78 EUR (85%)\n",
        {T: 580236.21, EU: 493200.78, PCT: 85.0}, "programme co-financing is EU money, fund not named"),
    Row("en", "The project will benefit 350 elderly people and persons with disabilities. Total budget: EUR 400,000.",
        {T: 400000.0, BEN: 350}, "people served"),
    Row("en", "Total budget: EUR 2.5 million, of which the European Regional Development Fund contributes EUR 2.125 "
        "million.", {T: 2500000.0, EU: 2125000.0, FUND: "ERDF"}, "fund as the subject after the amount"),
    Row("en", "Total project value: EUR 980,000. National co-financing: EUR 147,000.", {T: 980000.0},
        "national co-financing is not EU money"),
    # -- Lithuanian
    Row("lt", "Projekto vertė – 295 654,05 Eur, iš jų Europos Sąjungos lėšos – 251 305,94 Eur.",
        {T: 295654.05, EU: 251305.94}, "EU money without a fund"),
    Row("lt", "Bendra projekto vertė: 1.234.567,89 Eur\nES fondų lėšos: 1.049.382,71 Eur\n",
        {T: 1234567.89, EU: 1049382.71}, "dot thousands"),
    Row("lt", "Bendra projekto vertė – 500 000 Eur. 85 proc. projekto išlaidų finansuoja ES.",
        {T: 500000.0, PCT: 85.0}, "share with the funder after"),
    Row("lt", "Socialinių paslaugų plėtra Biržų rajone\nProjekto vertė – 1 726 400 Lt.", {T: 500000.0}, "litas"),
    Row("lt", "Bendra projekto vertė – 2,8 mln. eurų, iš jų Europos regioninės plėtros fondo lėšos – 2,38 mln. eurų.",
        {T: 2800000.0, EU: 2380000.0, FUND: "ERDF"}, "mln. eurų; the fund in the genitive"),
    Row("lt", "Projekto išlaidų suma: 377 799,71 Eur\nESF lėšos: 321 129,75 Eur\n",
        {T: 377799.71, EU: 321129.75, FUND: "ESF"}, "ESF lėšos"),
    Row("lt", "Kvietimui skirta 10 mln. Eur ES lėšų. Didžiausia projekto vertė – 300 000 Eur.", {},
        "a call's money and maximum: no project"),
    Row("lt", "Paslaugas gaus 150 senyvo amžiaus asmenų. Bendra projekto vertė – 420 000 Eur.",
        {T: 420000.0, BEN: 150}, "people served"),
    Row("lt", "Projekto vertė – 199 725,24 Eur. Biržų dalis – 122 193,11 Eur.", {T: 199725.24},
        "a partner's share is not the total"),
    Row("lt", "Bendra projekto vertė – 640 000 Eur. Savivaldybėje gyvena 25 000 gyventojų.", {T: 640000.0},
        "a population is no beneficiary count"),
    # -- harder forms (second batch)
    Row("lv", "Projekta kopējās izmaksas ir 193 812,50 eiro, tostarp Eiropas Reģionālās attīstības fonda (ERAF) "
        "līdzfinansējums 164 740,63 eiro un valsts budžeta dotācija 9 690,63 eiro.",
        {T: 193812.5, EU: 164740.63, FUND: "ERDF"}, "tostarp as a breakdown"),
    Row("lv", "Projekta budžets – 45 000 eiro, no kuriem 90 % sedz ELFLA.", {T: 45000.0, PCT: 90.0, FUND: "EAFRD"},
        "share covered by the fund (sedz)"),
    Row("lv", "Kopējais projekta finansējums 65 000 EUR, ES fondu finansējums 55 250 EUR.",
        {T: 65000.0, EU: 55250.0}, "EU funds without a fund named"),
    Row("lv", "Projekts (kopējās izmaksas 150 000 EUR) tiek īstenots ar Eiropas Sociālā fonda atbalstu.",
        {T: 150000.0, FUND: "ESF"}, "total in parentheses"),
    Row("lv", "Projekta kopējās izmaksas ir EUR 150 000, ERAF līdzfinansējums 85 % apmērā jeb EUR 127 500.",
        {T: 150000.0, EU: 127500.0, PCT: 85.0, FUND: "ERDF"}, "share then jeb amount"),
    Row("lv", "Projektā tiks iesaistīti vismaz 100 bērni no trūcīgām ģimenēm. Kopējās izmaksas: 80 000 EUR.",
        {T: 80000.0, BEN: 100}, "at least N children"),
    Row("lv", "Projekta īstenošanā iesaistīti 5 partneri. Projekta rezultātā izveidotas 10 jaunas darba vietas. "
        "Projekta kopējās izmaksas ir 410 000 EUR.", {T: 410000.0}, "partners and jobs are no people count"),
    Row("lv", "Projekta kopējās izmaksas ir 300 000 EUR. Programmas kopējais budžets ir 169 miljoni eiro.",
        {T: 300000.0}, "a programme's budget beside the project's"),
    Row("en", "The total eligible budget amounts to EUR 1 500 000, with ERDF funding of EUR 1 275 000.",
        {T: 1500000.0, EU: 1275000.0, FUND: "ERDF"}, "eligible budget amounts to"),
    Row("en", "Cross-border social services\nBudget: €1,500,000 (ERDF: €1,275,000)",
        {T: 1500000.0, EU: 1275000.0, FUND: "ERDF"},
        "fund amount in parentheses"),
    Row("en", "Project cost: EUR 3.4 million; ESF contribution: EUR 2.89 million.",
        {T: 3400000.0, EU: 2890000.0, FUND: "ESF"}, "ESF contribution"),
    Row("en", "Total budget: EUR 900,000. The EU co-finances 85% of the costs.", {T: 900000.0, PCT: 85.0},
        "EU co-finances N%"),
    Row("en", "Total budget: EUR 260,000. Each partner may receive up to EUR 50,000.", {T: 260000.0},
        "a per-partner maximum"),
    Row("en", "The project reached 1,200 people in the border region. Total budget: EUR 700,000.",
        {T: 700000.0, BEN: 1200}, "count with a thousands comma"),
    Row("lt", "Projekto biudžetas – 1 200 000 eurų, iš kurių 1 020 000 eurų – Europos socialinio fondo lėšos.",
        {T: 1200000.0, EU: 1020000.0, FUND: "ESF"}, "fund's money after the amount"),
    Row("lt", "Projekto vertė – 1,5 mln. Eur, ES parama – 1,275 mln. Eur.", {T: 1500000.0, EU: 1275000.0},
        "ES parama"),
    Row("lt", "Bendros projekto išlaidos – 700 000 Eur. Europos Sąjungos fondų lėšos sudaro 85 proc.",
        {T: 700000.0, PCT: 85.0}, "share stated with sudaro"),
    Row("lt", "Projekto naudos gavėjai – 300 asmenų su negalia. Projekto vertė – 410 000 Eur.",
        {T: 410000.0, BEN: 300}, "naudos gavėjai"),
    Row("lt", "Projekto partneriai – 3 organizacijos. Sukurta 15 darbo vietų. Projekto vertė – 260 000 Eur.",
        {T: 260000.0}, "organisations and jobs are no people count"),
    # -- third batch: a share restated as an amount ("t. i.", "tas ir", "i.e.", "that is", "t. y.", "tai yra"),
    # values before their labels, a call's money and limits
    Row("lv", "Projekta kopējās izmaksas ir 90 000 EUR. Eiropas Sociālā fonda finansējums – 85 %, t. i., 76 500 EUR.",
        {T: 90000.0, EU: 76500.0, PCT: 85.0, FUND: "ESF"}, "fund's share, t. i., amount"),
    Row("lv", "Projekta kopējās izmaksas ir 50 000 EUR, ES līdzfinansējums 90 % apmērā, tas ir, 45 000 EUR.",
        {T: 50000.0, EU: 45000.0, PCT: 90.0}, "EU share apmērā, tas ir, amount"),
    Row("lv", "320 000 EUR – projekta kopējās izmaksas; 272 000 EUR – ESF finansējums.",
        {T: 320000.0, EU: 272000.0, FUND: "ESF"}, "values before their labels, no breakdown word"),
    Row("lv", "Atlases kārtas kopējais finansējums ir 3 000 000 EUR. Projekta kopējās izmaksas nedrīkst pārsniegt "
        "100 000 EUR.", {}, "a round's money and a limit: no project"),
    Row("en", "Total budget: EUR 750,000. ESF co-financing amounts to 80%, i.e. EUR 600,000.",
        {T: 750000.0, EU: 600000.0, PCT: 80.0, FUND: "ESF"}, "fund's share, i.e. amount"),
    Row("en", "EUR 3.2 million total project cost; EUR 2.72 million ERDF contribution.",
        {T: 3200000.0, EU: 2720000.0, FUND: "ERDF"}, "values before their labels"),
    Row("en", "EUR 800,000 is the total budget of the project. The EU contribution is 85%, that is EUR 680,000.",
        {T: 800000.0, EU: 680000.0, PCT: 85.0}, "is the total budget; EU share, that is amount"),
    Row("lt", "Bendra projekto vertė – 400 000 Eur. Europos regioninės plėtros fondo lėšos sudaro 85 proc., t. y. "
        "340 000 Eur.", {T: 400000.0, EU: 340000.0, PCT: 85.0, FUND: "ERDF"}, "fund's share, t. y. amount"),
    Row("lt", "Projekto vertė – 90 000 Eur. ES parama – 85 proc., tai yra 76 500 Eur.",
        {T: 90000.0, EU: 76500.0, PCT: 85.0}, "EU share, tai yra amount"),
    Row("lt", "520 000 Eur – bendra projekto vertė; 442 000 Eur – ESF lėšos.",
        {T: 520000.0, EU: 442000.0, FUND: "ESF"}, "values before their labels"),
    Row("lt", "Kvietimo biudžetas – 5 mln. Eur. Didžiausia galima projekto vertė – 250 000 Eur.", {},
        "a call's budget and its maximum: no project"),
    # -- fourth batch: a total's noun with "in total" after it; only the label's last clause names a partner
    Row("lv", "Budžets kopā: 120 000 EUR\nERAF: 102 000 EUR\n", {T: 120000.0, EU: 102000.0, FUND: "ERDF"},
        "budžets kopā"),
    Row("en", "Budget total: EUR 845,000. Amount of ERDF: EUR 718,250.", {T: 845000.0, EU: 718250.0, FUND: "ERDF"},
        "budget total"),
    Row("lt", "Projekto biudžetas iš viso – 230 000 Eur. ES lėšos – 195 500 Eur.", {T: 230000.0, EU: 195500.0},
        "biudžetas iš viso"),
    Row("lv", "ES līdzfinansējuma daļa – 85 %. Projekta kopējās izmaksas – 90 000 EUR.", {T: 90000.0, PCT: 85.0},
        "an EU share's daļa in the sentence before: no partner"),
    Row("lv", "Projekta kopējās izmaksas: 64 000 EUR. Eiropas Savienības fondu līdzfinansējuma daļa – 85 %.",
        {T: 64000.0, PCT: 85.0}, "EU share named in full"),
    Row("lt", "Projekto vertė – 300 000 Eur. Europos Sąjungos finansavimo dalis – 80 proc.", {T: 300000.0, PCT: 80.0},
        "EU share named in full"),
    # -- fifth batch: what the share is of between it and its amount; the EU as the subject before its share
    Row("lv", "Projekta kopējās izmaksas ir 240 000 EUR, ERAF līdzfinansējums – 85 % no kopējām attiecināmajām "
        "izmaksām, t.i., 204 000 EUR.", {T: 240000.0, EU: 204000.0, PCT: 85.0, FUND: "ERDF"},
        "share of the costs, t.i., amount"),
    Row("en", "Total budget EUR 240,000; ERDF co-financing 85% of eligible costs, i.e. EUR 204,000.",
        {T: 240000.0, EU: 204000.0, PCT: 85.0, FUND: "ERDF"}, "share of eligible costs, i.e. amount"),
    Row("lt", "Projekto vertė – 240 000 Eur, ES parama sudaro 85 proc. tinkamų finansuoti išlaidų, t. y. 204 000 Eur.",
        {T: 240000.0, EU: 204000.0, PCT: 85.0}, "share of the eligible costs, t. y. amount"),
    Row("en", "Total budget: EUR 500,000. The EU covers 80% of the costs.", {T: 500000.0, PCT: 80.0},
        "the EU covers N%"),
    Row("lv", "Projekta kopējās izmaksas 100 000 EUR, ES sedz 85 % izmaksu.", {T: 100000.0, PCT: 85.0},
        "ES sedz N %"),
    Row("lt", "Projekto vertė – 100 000 Eur. ES finansuoja 85 proc. išlaidų.", {T: 100000.0, PCT: 85.0},
        "ES finansuoja N proc."),
    # a sentence's end before a bulleted line still parts a partner's amount from the fund named after it
    Row("lt", "Projektas LLIV-253 „Verslo bibliotekų tinklas“\n\nProjektui skirta paramos suma – 829 394,46 EUR. Biržų rajonui skiriama suma – 147 173,34 EUR.\n\n"
        "• Projektas finansuojamas Europos regioninės plėtros fondo lėšomis.", {EU: None, FUND: "ERDF"},
        "a bulleted fund sentence after a partner's amount (bug caught)"),
    # sources named in a row, then their amounts in the same order: "attiecīgi", "respectively", "atitinkamai"
    Row("lv", "Projekta kopējās izmaksas ir 200 000 EUR, ERAF un valsts budžeta finansējums ir attiecīgi 170 000 EUR "
        "un 30 000 EUR.", {T: 200000.0, EU: 170000.0, FUND: "ERDF"}, "attiecīgi before the amounts"),
    Row("en", "Total budget EUR 200 000, of which ERDF and national co-financing are EUR 170 000 and EUR 30 000 "
        "respectively.", {T: 200000.0, EU: 170000.0, FUND: "ERDF"}, "respectively after the amounts"),
    Row("en", "The total cost is EUR 500,000. The ESF and the state budget provide EUR 425,000 and EUR 75,000, "
        "respectively.", {T: 500000.0, EU: 425000.0, FUND: "ESF"}, "a comma before respectively"),
    Row("lt", "Projekto vertė – 120 000 Eur. Valstybės biudžeto ir Europos regioninės plėtros fondo lėšos atitinkamai "
        "sudaro 18 000 Eur ir 102 000 Eur.", {T: 120000.0, EU: 102000.0, FUND: "ERDF"}, "atitinkamai, EU fund second"),
    Row("lt", "Projekto vertė 50 000 Eur, iš jų savivaldybės biudžeto ir ES fondų lėšos – atitinkamai 7 500 Eur ir "
        "42 500 Eur.", {T: 50000.0, EU: 42500.0}, "atitinkamai, EU money named without a fund"),
    Row("lv", "Projekta izmaksas: ERAF 85 000 EUR un valsts budžets 15 000 EUR.",
        {T: 100000.0, EU: 85000.0, FUND: "ERDF"},
        "each fund before its own amount (no respectively); the costs' two sides are all the parts, so their sum "
        "is the total (LABELLING.md: clearly all the parts; this row expected no total until 2026-12-07)"),
    Row("lv", "Eiropas Savienības fonda finansējums ir 170 000 EUR, pašvaldības līdzfinansējums – 30 000 EUR.",
        {EU: 170000.0}, "Eiropas Savienības fonda (singular) finansējums"),
    # the amount as the project's value: "vērtais projekts", "vertės projektas", "the EUR 200,000 project"
    Row("lv", "Projekts LLI-700 “Mājas aprūpe”\n\nTiks īstenots 200 000 EUR vērtais projekts, ko līdzfinansē ERAF.",
        {T: 200000.0, FUND: "ERDF"}, "N EUR vērtais projekts"),
    Row("lt", "Projektas LLI-700 „Namų priežiūra“\n\nŠio 200 000 Eur vertės projekto metu bus atnaujintas centras.",
        {T: 200000.0}, "N Eur vertės projektas"),
    Row("en", "Project LLI-700 “Home care”\n\nThe EUR 200,000 project is funded by the ERDF.",
        {T: 200000.0, FUND: "ERDF"}, "the EUR N project"),
    Row("en", "Project LLI-700 “Home care”\n\nThe European Union contributes EUR 170,000 through the ERDF to the "
        "EUR 200,000 project.", {T: 200000.0, EU: 170000.0, FUND: "ERDF"}, "the EUR N project after a fund's amount"),
    Row("lv", "Projekts LLI-700 “Mājas aprūpe”\n\nPašvaldība 20 000 EUR projekta īstenošanai piešķīra no sava budžeta.",
        {}, "money for the project is not its value"),
    # a share in a relative clause beside the amount: "which is", "of which (…)", "kas ir", "kas sudaro"
    Row("en", "Project LLI-700 “Home care”\n\nThe total budget of the project is EUR 200,000, 85% of which "
        "(EUR 170,000) comes from the ERDF.", {T: 200000.0, EU: 170000.0, PCT: 85.0, FUND: "ERDF"}, "N% of which (EUR N)"),
    Row("en", "Project LLI-700 “Home care”\n\nERDF funding amounts to EUR 170 000, which is 85% of the total "
        "eligible costs of EUR 200 000.", {T: 200000.0, EU: 170000.0, PCT: 85.0, FUND: "ERDF"}, "EUR N, which is N%"),
    Row("lv", "Projekts LLI-700 “Mājas aprūpe”\n\nERAF finansējums ir 170 000 EUR, kas ir 85 % no projekta kopējām "
        "izmaksām 200 000 EUR.", {T: 200000.0, EU: 170000.0, PCT: 85.0, FUND: "ERDF"}, "N EUR, kas ir N %"),
    Row("lt", "Projektas LLI-700 „Namų priežiūra“\n\nERPF lėšos – 170 000 Eur, kas sudaro 85 proc. projekto vertės. "
        "Projekto vertė – 200 000 Eur.", {T: 200000.0, EU: 170000.0, PCT: 85.0, FUND: "ERDF"}, "N Eur, kas sudaro N proc."),
    # a fund's "daļa" is the EU money, a place's "daļa" a partner's part
    Row("lv", "Projekts LLI-700 “Mājas aprūpe”\n\nProjekta kopējās izmaksas: 200 000 EUR\nERAF daļa: 170 000 EUR",
        {T: 200000.0, EU: 170000.0, FUND: "ERDF"}, "ERAF daļa"),
    Row("lv", "Projekts LLI-700 “Mājas aprūpe”\n\nProjekta kopējās izmaksas ir 100 000 EUR, Eiropas Sociālā fonda daļa "
        "– 85 000 EUR.", {T: 100000.0, EU: 85000.0, FUND: "ESF"}, "fonda daļa"),
    Row("lv", "Projekts LLI-700 “Mājas aprūpe”\n\nProjekta kopējās izmaksas: 200 000 EUR\nDaugavpils daļa: 50 000 EUR",
        {T: 200000.0}, "a place's daļa is a partner's"),
    # -- a bare EU name whose head noun the next amount's source carries; a bare "ES –" before an amount
    Row("lt", "Projekto vertė – 200 000 Eur, iš jų 170 000 Eur ES ir 30 000 Eur valstybės biudžeto lėšų.",
        {T: 200000.0, EU: 170000.0}, "ES sharing lėšų"),
    Row("lt", "Projekto vertė – 200 000 Eur, iš jų 170 000 Eur Europos Sąjungos ir 30 000 Eur valstybės biudžeto "
        "lėšų.", {T: 200000.0, EU: 170000.0}, "Europos Sąjungos sharing lėšų"),
    Row("lv", "Projekta kopējās izmaksas 200 000 EUR, no tām 170 000 EUR ES un 30 000 EUR pašvaldības līdzekļi.",
        {T: 200000.0, EU: 170000.0}, "ES sharing līdzekļi"),
    Row("en", "The total cost is EUR 200 000, of which EUR 170 000 EU and EUR 30 000 national funds.",
        {T: 200000.0, EU: 170000.0}, "EU sharing funds"),
    Row("lt", "Projekto vertė – 200 000 Eur, iš jų ES – 170 000 Eur, valstybės biudžeto – 30 000 Eur.",
        {T: 200000.0, EU: 170000.0}, "ES – amount"),
    Row("lv", "Projekta kopējās izmaksas 200 000 EUR, t.sk. ES – 170 000 EUR, valsts budžets – 30 000 EUR.",
        {T: 200000.0, EU: 170000.0}, "ES – amount"),
    Row("lt", "Projekto biudžetas: 200 000 Eur (ES – 170 000 Eur).", {T: 200000.0, EU: 170000.0}, "ES – in brackets"),
    # -- 2026-12-05 round: the patterns of that day's EVAL_ONLY rows, in other words and figures
    Row("lv", "Kopējais projekta finansējums – 500 000,00 EUR, t. sk. ESF finansējums – 425 000,00 EUR, valsts "
        "budžeta finansējums – 75 000,00 EUR.", {T: 500000.0, EU: 425000.0, FUND: "ESF"}, "kopējais finansējums"),
    Row("lv", "Projekta budžets – 240 000 EUR (85 % ERAF līdzfinansējums un 15 % pašvaldības finansējums).",
        {T: 240000.0, PCT: 85.0, FUND: "ERDF"}, "shares in brackets"),
    Row("lv", "Projekta attiecināmās izmaksas – EUR 1 000 000,00, tai skaitā Kohēzijas fonda līdzfinansējums "
        "EUR 850 000,00.", {T: 1000000.0, EU: 850000.0, FUND: "CF"}, "Cohesion Fund"),
    Row("lv", "Kopējās izmaksas ir 40 000 EUR, no tām 85 % jeb 34 000 EUR finansē ESF.",
        {T: 40000.0, EU: 34000.0, PCT: 85.0, FUND: "ESF"}, "share jeb amount"),
    Row("lv", "Piešķirtais ERAF finansējums ir 510 000 EUR, projekta kopējās izmaksas ir 600 000 EUR.",
        {T: 600000.0, EU: 510000.0, FUND: "ERDF"}, "piešķirtais fund finansējums"),
    Row("lv", "Projekta kopējās izmaksas – 1,6 miljoni eiro, tostarp ESF finansējums 1,36 miljoni eiro.",
        {T: 1600000.0, EU: 1360000.0, FUND: "ESF"}, "miljoni eiro"),
    Row("lv", "Projekta izmaksas: 12 500,00 EUR\nPubliskais finansējums (ELFLA): 11 250,00 EUR\n",
        {T: 12500.0, EU: 11250.0, FUND: "EAFRD"}, "projekta izmaksas box"),
    Row("lv", "Projektu 100 % apmērā finansē Eiropas Savienība, tā kopējās izmaksas ir 20 000 EUR.",
        {T: 20000.0, PCT: 100.0}, "100 % apmērā"),
    Row("en", "The total project budget is EUR 900,000, of which EUR 765,000 is financed by the European Social "
        "Fund.", {T: 900000.0, EU: 765000.0, FUND: "ESF"}, "of which … is financed by"),
    Row("en", "Total budget: 1 000 000 EUR, ERDF contribution: 850 000 EUR", {T: 1000000.0, EU: 850000.0,
        FUND: "ERDF"}, "two labels on one line"),
    Row("en", "ESF funding: EUR 170,000 (85% of the total)\nTotal: EUR 200,000\n",
        {T: 200000.0, EU: 170000.0, PCT: 85.0, FUND: "ESF"}, "bare Total label"),
    Row("en", "The project is worth €1.8 million, 85% of which is funded by the ERDF.",
        {T: 1800000.0, PCT: 85.0, FUND: "ERDF"}, "85% of which is funded"),
    Row("en", "The EU contributes EUR 120 000 to the project, whose total budget is EUR 141 176.",
        {T: 141176.0, EU: 120000.0}, "the EU contributes"),
    Row("en", "Funding from the European Regional Development Fund: EUR 425,000. Total project budget: EUR 500,000.",
        {T: 500000.0, EU: 425000.0, FUND: "ERDF"}, "funding from the fund"),
    Row("en", "Grant awarded: EUR 18,000 (EAFRD). Total cost: EUR 20,000.", {T: 20000.0, EU: 18000.0,
        FUND: "EAFRD"}, "grant awarded"),
    Row("lt", "Projekto vertė – 600 000 Eur, iš kurių 510 000 Eur sudaro ESF lėšos.",
        {T: 600000.0, EU: 510000.0, FUND: "ESF"}, "sudaro ESF lėšos"),
    Row("lt", "Projekto vertė – 75 000 Eur. ES dalis – 85 proc.", {T: 75000.0, PCT: 85.0}, "ES dalis"),
    Row("lt", "Finansavimo šaltiniai: ES lėšos – 85 proc., savivaldybės lėšos – 15 proc. Bendra vertė – 40 000 Eur.",
        {T: 40000.0, PCT: 85.0}, "shares as a list"),
    Row("lt", "Projekto išlaidų suma – 345 280 Lt.", {T: 100000.0}, "litas total"),
    Row("lt", "Projekto vertė 2 mln. Eur, iš jų ES lėšos sudaro 1,7 mln. Eur.", {T: 2000000.0, EU: 1700000.0},
        "mln. with sudaro"),
    Row("lt", "Skirtas finansavimas – 85 000 Eur (Europos socialinis fondas). Projekto vertė – 100 000 Eur.",
        {T: 100000.0, EU: 85000.0, FUND: "ESF"}, "skirtas finansavimas"),
    Row("lt", "Projekto tinkamų finansuoti išlaidų suma – 20 000 Eur, EŽŪFKP parama – 18 000 Eur.",
        {T: 20000.0, EU: 18000.0, FUND: "EAFRD"}, "EAFRD support"),
    # -- 2026-12-07 round: the patterns of that day's EVAL_ONLY rows, in other words and figures
    Row("en", "The total budget is EUR 800,000, with EUR 680,000 coming from the Interreg V-A Latvia–Lithuania "
        "Programme.", {T: 800000.0, EU: 680000.0}, "amount coming from the programme"),
    Row("en", "Total budget: EUR 96,000. EUR 81,600 comes from the programme and the rest from the partners.",
        {T: 96000.0, EU: 81600.0}, "amount comes from the programme"),
    Row("lt", "Programos lėšos – 102 000 Eur. Bendra projekto vertė – 120 000 Eur.", {T: 120000.0, EU: 102000.0},
        "programme funds (lt)"),
    Row("lt", "Projekto biudžetas 150 000 Eur, iš jų programos finansavimas – 127 500 Eur, partnerių lėšos – "
        "22 500 Eur.", {T: 150000.0, EU: 127500.0}, "programme funding (lt)"),
    Row("lv", "Projekta kopējās izmaksas – 64 000 EUR, programmas finansējums – 54 400 EUR.",
        {T: 64000.0, EU: 54400.0}, "programme funding (lv)"),
    Row("lt", "Valstybės programos lėšos – 40 000 Eur. Projekto vertė – 40 000 Eur.", {T: 40000.0},
        "a state programme's funds are not EU money"),
    Row("en", "With a total budget of EUR 1.2 million, of which 85% is from the ERDF, the project will renovate "
        "two day centres.", {T: 1200000.0, PCT: 85.0, FUND: "ERDF"}, "with a total budget of"),
    Row("en", "With a budget of €640,000, the project will renovate a day centre.", {T: 640000.0},
        "with a budget of"),
    Row("lv", "Eiropas Savienība šo projektu līdzfinansēja ar 42 500 eiro. Kopējās izmaksas – 50 000 eiro.",
        {T: 50000.0, EU: 42500.0}, "the EU, words, a verb of giving, ar"),
    Row("lt", "Europos Sąjunga šiam projektui paskyrė 68 000 Eur. Projekto vertė – 80 000 Eur.",
        {T: 80000.0, EU: 68000.0}, "the EU, words, a verb of giving (lt)"),
    Row("en", "EUR 30,000 of the EUR 200,000 budget is paid by the municipality.", {T: 200000.0},
        "an amount of the budget"),
    Row("en", "The call has a EUR 5 million budget for the programme's priority.", {},
        "a call's budget is not a project's"),
    Row("lt", "Projekto vertė: 310 000 Eur\nES dalis: 263 500 Eur\nSavivaldybės dalis: 46 500 Eur\n",
        {T: 310000.0, EU: 263500.0}, "ES dalis (lt)"),
    Row("lv", "Projekta kopējās izmaksas: 80 000 EUR\nES finansējuma daļa: 68 000 EUR\n", {T: 80000.0, EU: 68000.0},
        "ES finansējuma daļa (lv)"),
    # -- 2026-12-07 round (5): the patterns of the EVAL_ONLY rows still missed after round (4), in other words
    #    and figures: the funders of one sentence as all the parts, an amount "of" the total, a fact box's
    #    funding source line
    Row("lv", "Projektu finansē Eiropas Sociālais fonds (68 000 EUR) un valsts budžets (12 000 EUR).",
        {T: 80000.0, EU: 68000.0, FUND: "ESF"}, "the funders of one sentence are all the parts"),
    Row("lt", "Projektas finansuojamas Europos regioninės plėtros fondo (212 500 Eur) ir valstybės biudžeto "
        "(37 500 Eur) lėšomis.", {T: 250000.0, EU: 212500.0, FUND: "ERDF"}, "finansuojamas … ir …"),
    Row("en", "Funding comes from the ESF+ (EUR 340,000) and the municipal budget (EUR 60,000).",
        {T: 400000.0, EU: 340000.0, FUND: "ESF"}, "funding comes from … and …"),
    Row("en", "The project is funded by the Cohesion Fund with EUR 850,000 and by the national budget with "
        "EUR 150,000.", {T: 1000000.0, EU: 850000.0, FUND: "CF"}, "funded by … with …"),
    Row("lv", "ERAF finansējums ir 85 000 EUR. Valsts budžeta dotācija – 15 000 EUR.", {EU: 85000.0, FUND: "ERDF"},
        "two sentences naming sources do not say they are all"),
    Row("en", "€42,500 of the project's €50,000 cost is covered by the European Regional Development Fund.",
        {T: 50000.0, EU: 42500.0, FUND: "ERDF"}, "an amount of the total, the fund after both"),
    Row("lt", "85 000 Eur iš 100 000 Eur projekto vertės finansuoja Europos socialinis fondas.",
        {T: 100000.0, EU: 85000.0, FUND: "ESF"}, "iš … projekto vertės"),
    Row("lv", "No projekta 50 000 EUR budžeta 42 500 EUR finansē ERAF.",
        {T: 50000.0, EU: 42500.0, FUND: "ERDF"}, "the total as the amount's budget (lv genitive)"),
    Row("lt", "Projekto vertė: 600 000 Eur\nSkirta parama: 510 000 Eur\nParamos šaltinis: Europos Sąjungos fondų "
        "lėšos\n", {T: 600000.0, EU: 510000.0}, "a source line naming EU money"),
    Row("lv", "Projekta kopējās izmaksas: 90 000 EUR\nPiešķirtais finansējums: 76 500 EUR\nFinansējuma avots: Eiropas "
        "Savienības fondi\n", {T: 90000.0, EU: 76500.0}, "finansējuma avots"),
    Row("en", "Total cost: EUR 90,000\nGrant awarded: EUR 76,500\nSource of funding: EU structural funds\n",
        {T: 90000.0, EU: 76500.0}, "source of funding"),
    Row("lt", "Projekto vertė: 600 000 Eur\nSkirtas finansavimas: 510 000 Eur\nFinansavimo šaltinis: valstybės "
        "biudžeto lėšos\n", {T: 600000.0}, "a source line naming national money"),
    # --- 2026-12-07 round (6): "tajā skaitā", "ieskaitot", "įskaitant" break a total down; a share followed
    # by the EU's money named as what it is ("90 % ES finansējums", "85 proc. ES lėšos", "85% EU funding")
    Row("lv", "Projekta kopējās izmaksas ir 50 000 EUR, tajā skaitā 42 500 EUR Eiropas Savienības finansējums un "
        "7 500 EUR valsts budžeta finansējums.", {T: 50000.0, EU: 42500.0}),
    Row("lv", "Projekta budžets ir 80 000 EUR, tajā skaitā 68 000 EUR ES un 12 000 EUR pašvaldības līdzfinansējums.",
        {T: 80000.0, EU: 68000.0}),
    Row("lt", "Projekto vertė – 200 000 Eur, įskaitant 170 000 Eur Europos Sąjungos lėšų.", {T: 200000.0, EU: 170000.0}),
    Row("lv", "Projekta budžets ir 40 000 EUR, ieskaitot 34 000 EUR Eiropas Savienības finansējumu.",
        {T: 40000.0, EU: 34000.0}),
    Row("lv", "Projekta kopējās izmaksas: 120 000 EUR (90 % ES finansējums, 10 % – pašvaldības līdzfinansējums).",
        {T: 120000.0, PCT: 90.0}),
    Row("lt", "Projekto vertė – 90 000 Eur (85 proc. ES lėšos, 15 proc. – savivaldybės lėšos).", {T: 90000.0, PCT: 85.0}),
    Row("en", "Total budget: EUR 300,000 (85% EU funding, 15% national co-financing).", {T: 300000.0, PCT: 85.0}),
    # --- 2026-12-08 round (7): the patterns of that day's EVAL_ONLY rows, in other words:
    #     a share restated as an amount after the costs it is of; a page stating only the EU share
    Row("lv", "Projekta kopējās izmaksas ir 50 000 EUR. ERAF finansējums ir 85 % no kopējām izmaksām jeb 42 500 EUR.",
        {T: 50000.0, EU: 42500.0, PCT: 85.0, FUND: "ERDF"}),
    Row("en", "The EU contribution is 80% of the eligible costs, i.e. EUR 96,000.", {EU: 96000.0, PCT: 80.0}),
    Row("lt", "ES lėšos sudaro 85 proc. visų tinkamų finansuoti išlaidų, t. y. 170 000 Eur.",
        {EU: 170000.0, PCT: 85.0}),
    Row("en", "The project's total budget is EUR 300,000; the ESF finances 85% of it, that is EUR 255,000.",
        {T: 300000.0, EU: 255000.0, PCT: 85.0, FUND: "ESF"}),
    Row("lv", "Projekta kopējās izmaksas ir 50 000 EUR, pašvaldības līdzfinansējums ir 15 % jeb 7 500 EUR.",
        {T: 50000.0}),
    Row("lt", "Projektas finansuojamas Europos socialinio fondo (85 proc.) ir Lietuvos Respublikos valstybės "
        "biudžeto (15 proc.) lėšomis.", {PCT: 85.0, FUND: "ESF"}),
    Row("lv", "Projektu finansē Eiropas Reģionālās attīstības fonds (85 %) un valsts budžets (15 %).",
        {PCT: 85.0, FUND: "ERDF"}),
    Row("en", "The project is funded by the European Social Fund (85%) and the state budget (15%).",
        {PCT: 85.0, FUND: "ESF"}),
    Row("lt", "Projektas finansuojamas valstybės biudžeto (15 proc.) ir Europos regioninės plėtros fondo (85 proc.) "
        "lėšomis.", {PCT: 85.0, FUND: "ERDF"}),

    # --- 2026-12-08 round (8): an amount changed from one figure to another ("palielināts no X līdz Y",
    #     "increased from X to Y", "padidinta nuo X iki Y"); a range with no verb of change is none
    Row("lv", "Projekta kopējās izmaksas samazinātas no 75 000 EUR līdz 68 500 EUR.", {T: 68500.0}),
    Row("lv", "ERAF finansējums palielināts no 42 500 EUR līdz 51 000 EUR.", {EU: 51000.0, FUND: "ERDF"}),
    Row("en", "The project's budget was reduced from EUR 120,000 to EUR 110,000.", {T: 110000.0}),
    Row("en", "The ERDF contribution rose from EUR 85,000 to EUR 93,500.", {EU: 93500.0, FUND: "ERDF"}),
    Row("lt", "Projekto vertė sumažinta nuo 80 000 Eur iki 72 000 Eur.", {T: 72000.0}),
    Row("lt", "ES lėšos padidintos nuo 60 000 Eur iki 68 000 Eur.", {EU: 68000.0}),
    Row("lv", "Projekta kopējās izmaksas ir 40 000 EUR. Pieteikties var projekti ar izmaksām no 5 000 EUR līdz 50 "
        "000 EUR.", {T: 40000.0}),
]

EVAL_ONLY: list[Row] = [
    # written before the rules changed; scored, never tuned to
    Row("lv", "Kopējās izmaksas – 88 420,00 EUR\nNo tām ERAF – 75 157,00 EUR\nValsts budžeta dotācija – "
        "13 263,00 EUR\n", {T: 88420.0, EU: 75157.0, FUND: "ERDF"}, "dash fact box"),
    Row("lv", "Projekta kopējais budžets ir 2 100 000 eiro, no kuriem Eiropas Sociālā fonda finansējums ir "
        "1 785 000 eiro jeb 85 %.", {T: 2100000.0, EU: 1785000.0, PCT: 85.0, FUND: "ESF"}, "jeb share"),
    Row("lv", "Projekta vērtība ir 320 000 EUR.\nEEZ finanšu instrumenta finansējums: 272 000 EUR\n",
        {T: 320000.0, EU: 272000.0, FUND: "EEA"}, "EEA grants"),
    Row("lv", "Projektu 85 % apmērā līdzfinansē Eiropas Reģionālās attīstības fonds. Kopējās izmaksas: 600 000 EUR.",
        {T: 600000.0, PCT: 85.0, FUND: "ERDF"}, "share before the verb and the fund"),
    Row("lv", "Projektā iesaistīsies 60 jaunieši no Daugavpils un Zarasiem. Projekta kopējās izmaksas ir "
        "180 000 EUR.", {T: 180000.0, BEN: 60}, "young people"),
    Row("lv", "Projekta kopējās izmaksas ir 24 200 LVL (34 433,50 EUR).", {T: 34433.5}, "lats with euro beside"),
    Row("lv", "Kopējais projekta budžets: 950 000,00 EUR\nPartnera budžets: 320 000,00 EUR\n", {T: 950000.0},
        "partner budget box"),
    Row("lv", "Projekta īstenošanai piešķirti 45 000 EUR ELFLA finansējuma, projekta kopējās izmaksas ir "
        "50 000 EUR.", {T: 50000.0, EU: 45000.0, FUND: "EAFRD"}, "fund after the amount in the genitive"),
    Row("lv", "Pakalpojumu sniegs 12 sociālie darbinieki. Projekta kopējās izmaksas ir 76 000 EUR.",
        {T: 76000.0}, "staff are not beneficiaries"),
    Row("lv", "Līguma Nr. 2019/12345 summa – 14 000 EUR. Projekta kopējās izmaksas ir 140 000 EUR.",
        {T: 140000.0}, "a contract's amount is not the total"),
    Row("lv", "Projekta kopējās izmaksas: 1,5 milj. EUR, t. sk. ESF+ finansējums 1,275 milj. EUR.",
        {T: 1500000.0, EU: 1275000.0, FUND: "ESF"}, "ESF+"),
    Row("en", "The project's total value is €1.2m, with an ERDF contribution of €1.02m (85%).",
        {T: 1200000.0, EU: 1020000.0, PCT: 85.0, FUND: "ERDF"}, "€1.2m"),
    Row("en", "| Total eligible costs | EUR 743,000.00 |\n| ERDF | EUR 631,550.00 |\n",
        {T: 743000.0, EU: 631550.0, FUND: "ERDF"}, "table rows"),
    Row("en", "The project, worth EUR 410,000, is 85% financed by the European Union.",
        {T: 410000.0, PCT: 85.0}, "share with the funder after"),
    Row("en", "Applicants may request up to EUR 150,000 per project; the total budget of the call is EUR 4 million.",
        {}, "a call: no project"),
    Row("en", "Target group: 200 people, including children (120) and elderly persons (80). Total budget: "
        "EUR 310,000.", {T: 310000.0, BEN: 200}, "target group with sub-counts: the stated headline"),
    Row("en", "Total budget: EUR 500,000. The lead partner's share is EUR 210,000, of which ERDF EUR 178,500.",
        {T: 500000.0}, "a partner's EU part is not the project's"),
    Row("en", "Total cost: LTL 1,726,400 (EUR 500,000).", {T: 500000.0}, "litas before the amount"),
    Row("en", "The project budget is EUR 820,000, of which 85% comes from the European Social Fund.",
        {T: 820000.0, PCT: 85.0, FUND: "ESF"}, "share of a fund"),
    Row("lt", "Projekto vertė – 450 tūkst. eurų, iš kurių 382,5 tūkst. eurų – ES lėšos.",
        {T: 450000.0, EU: 382500.0}, "tūkst. eurų; EU label after"),
    Row("lt", "ES finansavimas sudaro 85 %. Bendra projekto vertė – 1 000 000 Eur.", {T: 1000000.0, PCT: 85.0},
        "share stated with sudaro"),
    Row("lt", "Projektas finansuojamas Europos socialinio fondo lėšomis. Projekto vertė – 230 000 Eur.",
        {T: 230000.0, FUND: "ESF"}, "fund in the instrumental"),
    Row("lt", "Bendra projekto vertė – 828 800 Lt, iš jų ES struktūrinių fondų lėšos – 704 480 Lt.",
        {T: 240037.07, EU: 204031.51}, "litas with EU money"),
    Row("lt", "Maksimali projektui skiriamo finansavimo suma – 200 000 Eur. Paraiškos teikiamos iki birželio 1 d.",
        {}, "a call's maximum: no project"),
    Row("lt", "Projekte dalyvaus 40 vaikų iš socialinės rizikos šeimų. Projekto vertė – 95 000 Eur.",
        {T: 95000.0, BEN: 40}, "children served"),
    Row("lt", "Projekto vertė: 310 000 Eur\nEuropos regioninės plėtros fondo lėšos: 263 500 Eur\n"
        "Savivaldybės biudžeto lėšos: 46 500 Eur\n", {T: 310000.0, EU: 263500.0, FUND: "ERDF"}, "fact box"),
    Row("lt", "Bendra projekto vertė – 5 mln. eurų. Partnerio biudžetas – 1,2 mln. eurų.", {T: 5000000.0},
        "partner budget"),
    # -- harder forms (second batch), written before the rules changed
    Row("lv", "Projekta kopējā vērtība – 126 000 eiro, no tiem Eiropas Savienības finansējums – 107 100 eiro.",
        {T: 126000.0, EU: 107100.0}, "no tiem; EU money without a fund"),
    Row("lv", "Projekta rezultātā pakalpojumus saņems 250 senioru. Projekta kopējās izmaksas ir 500 000 EUR.",
        {T: 500000.0, BEN: 250}, "genitive plural after the number"),
    Row("lv", "ES līdzfinansējuma daļa – 85 %. Projekta kopējās izmaksas – 90 000 EUR.",
        {T: 90000.0, PCT: 85.0}, "EU share label"),
    Row("lv", "Biedrības projekta kopējās izmaksas ir 12 000 EUR, no tām ELFLA publiskais finansējums 10 800 EUR.",
        {T: 12000.0, EU: 10800.0, FUND: "EAFRD"}, "LEADER public funding"),
    Row("lv", "Projekta kopējās izmaksas ir 300 000 EUR, no kurām 255 000 EUR ir Eiropas Reģionālās attīstības "
        "fonda finansējums.", {T: 300000.0, EU: 255000.0, FUND: "ERDF"}, "ir + fund's money after"),
    Row("en", "EU funding (ESF+): EUR 2 000 000\nTotal budget: EUR 2 352 941\n",
        {T: 2352941.0, EU: 2000000.0, FUND: "ESF"}, "fund in parentheses after the EU label"),
    Row("en", "Beneficiaries: 500 persons with disabilities and their carers.\nTotal budget: EUR 640 000\n",
        {T: 640000.0, BEN: 500}, "beneficiaries label"),
    Row("en", "The programme's total budget is EUR 169 million. The project's budget is EUR 450 000.",
        {T: 450000.0}, "programme budget then project budget"),
    Row("en", "Total costs: € 1 234 567\nERDF: € 1 049 382 (85 %)\n",
        {T: 1234567.0, EU: 1049382.0, PCT: 85.0, FUND: "ERDF"}, "€ with a space"),
    Row("lt", "Projektui įgyvendinti skirta 850 000 Eur ES ir valstybės biudžeto lėšų. Projekto vertė – "
        "1 000 000 Eur.", {T: 1000000.0}, "EU and state money together is not EU money"),
    Row("lt", "Tikslinė grupė – 45 jaunuoliai. Projekto vertė – 60 000 Eur.", {T: 60000.0, BEN: 45},
        "target group label"),
    Row("lt", "Projekto tinkamos finansuoti išlaidos – 120 000 Eur, iš jų ESF lėšos – 102 000 Eur.",
        {T: 120000.0, EU: 102000.0, FUND: "ESF"}, "eligible costs"),
    Row("lt", "Projektas bendrai finansuojamas Europos regioninės plėtros fondo lėšomis – 340 000 Eur. "
        "Bendra projekto vertė – 400 000 Eur.", {T: 400000.0, EU: 340000.0, FUND: "ERDF"},
        "fund's money in the instrumental with a dash"),
    # -- third batch: a share before its amount ("t. i.", "tas ir", "i.e.", "that is", "t. y."), a share
    # before the funder's verb, a value before its label, a call's limits; written before the rules changed
    Row("lv", "Projekta kopējās izmaksas ir 240 000 EUR. ERAF līdzfinansējums 85 % apmērā, t. i., 204 000 EUR.",
        {T: 240000.0, EU: 204000.0, PCT: 85.0, FUND: "ERDF"}, "share, t. i., amount"),
    Row("lv", "Projekta kopējās izmaksas – 500 000 EUR, no tām Eiropas Sociālā fonda finansējums ir 85 %, tas ir, "
        "425 000 EUR.", {T: 500000.0, EU: 425000.0, PCT: 85.0, FUND: "ESF"}, "share, tas ir, amount"),
    Row("lv", "Projekta kopējās izmaksas ir 1 400 000 eiro, ES finansējums – 85 procenti, t.i., 1 190 000 eiro.",
        {T: 1400000.0, EU: 1190000.0, PCT: 85.0}, "EU share in words, t.i., amount"),
    Row("lv", "85 % no projekta izmaksām finansē Eiropas Reģionālās attīstības fonds, pārējo – valsts budžets. "
        "Projekta kopējās izmaksas ir 360 000 EUR.", {T: 360000.0, PCT: 85.0, FUND: "ERDF"},
        "share before the verb and the fund, total after"),
    Row("lv", "612 400,00 EUR – kopējais projekta budžets; 520 540,00 EUR – ELFLA finansējums.",
        {T: 612400.0, EU: 520540.0, FUND: "EAFRD"}, "values before their labels"),
    Row("lv", "Projektu konkursa kopējais finansējums ir 400 000 EUR; viena projekta maksimālā summa – 10 000 EUR.",
        {}, "a contest's money and its maximum: no project"),
    Row("en", "The total project budget is EUR 2 000 000. The ERDF co-financing rate is 85%, i.e. EUR 1 700 000.",
        {T: 2000000.0, EU: 1700000.0, PCT: 85.0, FUND: "ERDF"}, "rate, i.e. amount"),
    Row("en", "Project budget: EUR 500,000. EU support amounts to 90%, that is EUR 450,000.",
        {T: 500000.0, EU: 450000.0, PCT: 90.0}, "share, that is amount"),
    Row("en", "Total costs: EUR 640,000. 80% of this is funded by the European Regional Development Fund.",
        {T: 640000.0, PCT: 80.0, FUND: "ERDF"}, "share before is funded by the fund"),
    Row("en", "The project is co-financed at 85% by the European Social Fund. Total budget: EUR 300,000.",
        {T: 300000.0, PCT: 85.0, FUND: "ESF"}, "co-financed at N%"),
    Row("en", "ERDF co-financing rate: 85%\nTotal eligible costs: EUR 1,150,000\n",
        {T: 1150000.0, PCT: 85.0, FUND: "ERDF"}, "fund's co-financing rate label"),
    Row("en", "€2.4 million total budget, €2.04 million ERDF funding.",
        {T: 2400000.0, EU: 2040000.0, FUND: "ERDF"}, "values before their labels"),
    Row("en", "The programme has allocated EUR 12 million to this priority. Maximum ERDF funding per project: "
        "EUR 500,000.", {}, "a programme's allocation and a per-project maximum: no project"),
    Row("lt", "Projekto vertė – 1,2 mln. eurų. ES parama sudaro 85 proc., t. y. 1,02 mln. eurų.",
        {T: 1200000.0, EU: 1020000.0, PCT: 85.0}, "share, t. y. amount"),
    Row("lt", "Europos socialinio fondo lėšos sudaro 85 proc., tai yra 170 000 Eur. Bendra projekto vertė – "
        "200 000 Eur.", {T: 200000.0, EU: 170000.0, PCT: 85.0, FUND: "ESF"}, "fund's share, tai yra amount"),
    Row("lt", "Bendra projekto vertė – 760 000 Eur, iš jų 85 proc. finansuoja Europos regioninės plėtros fondas.",
        {T: 760000.0, PCT: 85.0, FUND: "ERDF"}, "share before finansuoja and the fund"),
    Row("lt", "90 proc. tinkamų finansuoti išlaidų finansuoja Europos Sąjunga. Projekto vertė – 210 000 Eur.",
        {T: 210000.0, PCT: 90.0}, "share before finansuoja Europos Sąjunga"),
    Row("lt", "345 000 Eur – bendra projekto vertė, 293 250 Eur – ES lėšos.", {T: 345000.0, EU: 293250.0},
        "values before their labels"),
    Row("lt", "Kvietimo biudžetas – 8 mln. Eur. Vienam projektui skiriama ne daugiau kaip 400 000 Eur.", {},
        "a call's budget and per-project maximum: no project"),
    # -- fourth batch: a total's noun with "in total" after it; an earlier sentence's "daļa"; written before the rules
    Row("lv", "Izmaksas kopā: 78 000 EUR\nEiropas Sociālā fonda finansējums: 66 300 EUR\n",
        {T: 78000.0, EU: 66300.0, FUND: "ESF"}, "izmaksas kopā"),
    Row("en", "Costs in total – EUR 410,000; ERDF – EUR 348,500.", {T: 410000.0, EU: 348500.0, FUND: "ERDF"},
        "costs in total"),
    Row("lt", "Išlaidos iš viso – 150 000 Eur, iš jų ES lėšos – 127 500 Eur.", {T: 150000.0, EU: 127500.0},
        "išlaidos iš viso"),
    Row("lv", "Eiropas Savienības finansējuma daļa – 85 %.\nProjekta kopējās izmaksas: 64 000 EUR\n",
        {T: 64000.0, PCT: 85.0}, "an EU share's daļa on the line before the total"),
    # -- fifth batch: what the share is of between it and its amount; the EU as the subject before its share;
    # written before the rules changed
    Row("lv", "Kopējās izmaksas: 150 000 EUR. ESF finansējums – 85 % no attiecināmajām izmaksām, t. i., 127 500 EUR.",
        {T: 150000.0, EU: 127500.0, PCT: 85.0, FUND: "ESF"}, "share of the eligible costs, t. i., amount"),
    Row("en", "Total budget: EUR 600,000. EU co-financing: 80% of the eligible costs, i.e. EUR 480,000.",
        {T: 600000.0, EU: 480000.0, PCT: 80.0}, "share of the eligible costs, i.e. amount"),
    Row("lt", "Bendra projekto vertė – 600 000 Eur. Europos socialinio fondo lėšos sudaro 85 proc. projekto išlaidų, "
        "tai yra 510 000 Eur.", {T: 600000.0, EU: 510000.0, PCT: 85.0, FUND: "ESF"},
        "share of the costs, tai yra amount"),
    Row("en", "The project's budget is EUR 360,000, and the European Union finances 90% of it.",
        {T: 360000.0, PCT: 90.0}, "the EU finances N%"),
    Row("lv", "Projekta budžets ir 48 000 EUR, no kura Eiropas Savienība sedz 90 %.", {T: 48000.0, PCT: 90.0},
        "Eiropas Savienība sedz N %"),
    Row("lt", "Projekto vertė – 75 000 Eur, iš kurių ES padengia 85 proc.", {T: 75000.0, PCT: 85.0},
        "ES padengia N proc."),
    # -- sixth batch: two sources named, then their amounts in the same order ("attiecīgi", "respectively",
    # "atitinkamai"); EU funds named without a fund; written before the rules changed
    Row("lv", "Projekta kopējās izmaksas – 150 000 EUR. Eiropas Sociālā fonda un valsts budžeta līdzfinansējums "
        "attiecīgi ir 127 500 EUR un 22 500 EUR.", {T: 150000.0, EU: 127500.0, FUND: "ESF"}, "attiecīgi, fund first"),
    Row("lt", "Bendra projekto vertė – 300 000 Eur, iš jų Europos regioninės plėtros fondo ir valstybės biudžeto "
        "lėšos atitinkamai sudaro 255 000 Eur ir 45 000 Eur.", {T: 300000.0, EU: 255000.0, FUND: "ERDF"},
        "atitinkamai"),
    Row("en", "The ERDF and national co-funding amount to EUR 340,000 and EUR 60,000 respectively, out of a total "
        "budget of EUR 400,000.", {T: 400000.0, EU: 340000.0, FUND: "ERDF"}, "respectively after the amounts"),
    Row("lv", "Projekta attiecināmās izmaksas ir 20 000 EUR, ELFLA un pašvaldības finansējums – attiecīgi "
        "18 000 EUR un 2 000 EUR.", {T: 20000.0, EU: 18000.0, FUND: "EAFRD"}, "attiecīgi after a dash"),
    Row("lt", "Projekto vertė – 90 000 Eur. Savivaldybės ir Europos socialinio fondo lėšos – atitinkamai "
        "13 500 Eur ir 76 500 Eur.", {T: 90000.0, EU: 76500.0, FUND: "ESF"}, "atitinkamai, the EU fund second"),
    Row("lv", "Kopējās izmaksas: 100 000 EUR\nEiropas Savienības fondu līdzfinansējums – 85 000 EUR\n",
        {T: 100000.0, EU: 85000.0}, "ES fondu līdzfinansējums, no fund named"),
    Row("lt", "Projekto vertė: 100 000 Eur\nEuropos Sąjungos fondų finansavimas: 85 000 Eur\n",
        {T: 100000.0, EU: 85000.0}, "ES fondų finansavimas, no fund named"),
    # --- later round (written before the rules for a bare EU name sharing the head noun of the next
    # amount and a bare "ES –" before an amount in Latvian and Lithuanian)
    Row("lt", "Bendra projekto vertė 480 000 Eur, iš kurių 408 000 Eur Europos Sąjungos ir 72 000 Eur savivaldybės "
        "lėšos.", {T: 480000.0, EU: 408000.0}, "Europos Sąjungos sharing lėšos"),
    Row("lv", "Projekta budžets ir 96 000 EUR, tajā skaitā 81 600 EUR Eiropas Savienības un 14 400 EUR pašvaldības "
        "finansējums.", {T: 96000.0, EU: 81600.0}, "Eiropas Savienības sharing finansējums"),
    Row("en", "The project costs EUR 150,000 in total, including EUR 127,500 EU and EUR 22,500 municipal funding.",
        {T: 150000.0, EU: 127500.0}, "EU sharing funding"),
    Row("lv", "Projekta kopējās izmaksas – 60 000 EUR, no tām ES – 51 000 EUR, valsts budžets – 9 000 EUR.",
        {T: 60000.0, EU: 51000.0}, "ES – amount"),
    Row("lt", "Projekto vertė 250 000 Eur. Finansavimas: ES – 212 500 Eur, valstybės biudžetas – 37 500 Eur.",
        {T: 250000.0, EU: 212500.0}, "ES – amount"),
    Row("lt", "Projekto vertė 80 000 Eur, iš jų 68 000 Eur ES ir valstybės biudžeto, 12 000 Eur savivaldybės lėšų.",
        {T: 80000.0}, "EU and state together: no EU amount"),
    # -- written 2026-12-05 before any rule was changed for them
    Row("lv", "Projekta kopējais finansējums ir 1 234 567,89 EUR, tai skaitā ERAF finansējums – 1 049 382,71 EUR, "
        "valsts budžeta dotācija – 92 592,59 EUR un pašvaldības finansējums – 92 592,59 EUR.",
        {T: 1234567.89, EU: 1049382.71, FUND: "ERDF"}, "kopējais finansējums with three parts"),
    Row("lv", "Projekta budžets: 60 000 EUR (85 % ES finansējums, 15 % – valsts līdzfinansējums).",
        {T: 60000.0, PCT: 85.0}, "shares in brackets after the budget"),
    Row("lv", "Projekta kopējās attiecināmās izmaksas ir EUR 254 000,00, no kurām Kohēzijas fonda finansējums ir "
        "EUR 215 900,00.", {T: 254000.0, EU: 215900.0, FUND: "CF"}, "Cohesion Fund, EUR before the amount"),
    Row("lv", "Projekta kopējās izmaksas ir 125 000 EUR, no kurām 85 % jeb 106 250 EUR sedz ERAF.",
        {T: 125000.0, EU: 106250.0, PCT: 85.0, FUND: "ERDF"}, "share jeb amount, fund after the verb"),
    Row("lv", "Projektam piešķirtais ESF finansējums – 340 000 EUR. Projekta kopējās izmaksas – 400 000 EUR.",
        {T: 400000.0, EU: 340000.0, FUND: "ESF"}, "piešķirtais ESF finansējums"),
    Row("lv", "Projekta kopējās izmaksas ir 2,4 miljoni eiro, no tiem Eiropas Reģionālās attīstības fonda "
        "finansējums – 2,04 miljoni eiro.", {T: 2400000.0, EU: 2040000.0, FUND: "ERDF"}, "miljoni eiro in words"),
    Row("lv", "Projekta pieteicējs: Ludzas novada pašvaldība\nProjekta izmaksas: 30 000,00 EUR\n"
        "ELFLA finansējums: 27 000,00 EUR\n", {T: 30000.0, EU: 27000.0, FUND: "EAFRD"}, "LEADER box"),
    Row("lv", "Projekta kopējās izmaksas ir 80 000 EUR, ko 100 % apmērā finansē Eiropas Savienība.",
        {T: 80000.0, PCT: 100.0}, "a whole share by the EU"),
    Row("en", "The total budget of the project amounts to EUR 1,150,000, of which EUR 977,500 is co-financed by "
        "the European Regional Development Fund.", {T: 1150000.0, EU: 977500.0, FUND: "ERDF"},
        "of which … is co-financed by the fund"),
    Row("en", "Project budget: 750 000 EUR, ERDF co-financing: 637 500 EUR", {T: 750000.0, EU: 637500.0,
        FUND: "ERDF"}, "two labels on one line"),
    Row("en", "ERDF funding: EUR 340,000 (85% of the total)\nTotal: EUR 400,000\n",
        {T: 400000.0, EU: 340000.0, PCT: 85.0, FUND: "ERDF"}, "EU line first, bare Total label"),
    Row("en", "The project costs €2.3 million, 85% of which is covered by the ERDF.",
        {T: 2300000.0, PCT: 85.0, FUND: "ERDF"}, "85% of which is covered"),
    Row("en", "The EU contributes EUR 300 000 through the Interreg V-A Latvia–Lithuania Programme; the total "
        "project budget is EUR 352 941.", {T: 352941.0, EU: 300000.0}, "the EU contributes"),
    Row("en", "Funding from the European Social Fund: EUR 1.7 million. Total project costs: EUR 2 million.",
        {T: 2000000.0, EU: 1700000.0, FUND: "ESF"}, "funding from the fund"),
    Row("en", "Grant awarded: EUR 85,000 (EAFRD, LEADER measure). Total cost of the project: EUR 100,000.",
        {T: 100000.0, EU: 85000.0, FUND: "EAFRD"}, "grant awarded with the fund in brackets"),
    Row("lt", "Projekto biudžetas – 200 000 Eur, iš kurių 170 000 Eur sudaro ERPF lėšos.",
        {T: 200000.0, EU: 170000.0, FUND: "ERDF"}, "sudaro ERPF lėšos"),
    Row("lt", "Bendra projekto vertė yra 1 234 567,00 Eur. ES dalis – 85 proc.",
        {T: 1234567.0, PCT: 85.0}, "ES dalis proc."),
    Row("lt", "Projekto finansavimas: ES lėšos – 85 proc., valstybės biudžeto lėšos – 15 proc. Projekto vertė – "
        "90 000 Eur.", {T: 90000.0, PCT: 85.0}, "shares as a list"),
    Row("lt", "Projekto išlaidų suma: 2 300 000 Lt.", {T: 666126.04}, "litas total"),
    Row("lt", "Projekto vertė 1,5 mln. Eur, iš jų Europos regioninės plėtros fondo lėšos sudaro 1,275 mln. Eur.",
        {T: 1500000.0, EU: 1275000.0, FUND: "ERDF"}, "mln. with sudaro"),
    Row("lt", "Projektą iš dalies finansuoja Europos socialinis fondas (ESF). Skirtas finansavimas – 420 000 Eur, "
        "bendra vertė – 494 118 Eur.", {T: 494118.0, EU: 420000.0, FUND: "ESF"}, "skirtas finansavimas"),
    Row("lt", "Projekto tinkamų finansuoti išlaidų suma – 56 000 Eur. Europos žemės ūkio fondo kaimo plėtrai "
        "(EŽŪFKP) parama – 50 400 Eur.", {T: 56000.0, EU: 50400.0, FUND: "EAFRD"}, "EAFRD support"),
    # -- whole pages (title, paragraphs, distractors) written 2026-12-05 before any rule was changed for them
    Row("lv",
        "Noslēdzies projekts “Atbalsts jauniešiem Krāslavas novadā”\n\n"
        "2021. gada 30. jūnijā noslēdzās Krāslavas novada pašvaldības īstenotais Eiropas Sociālā fonda projekts "
        "Nr. 9.2.4.2/16/I/031 “Atbalsts jauniešiem Krāslavas novadā”. Projekts tika īstenots no 2017. gada 1. jūlija.\n\n"
        "Projekta ietvaros atbalstu saņēma 146 jaunieši vecumā no 15 līdz 29 gadiem, no kuriem 38 atrada darbu.\n\n"
        "Projekta kopējās attiecināmās izmaksas bija 168 412,50 EUR, no tām ESF finansējums – 143 150,62 EUR (85 %), "
        "valsts budžeta finansējums – 25 261,88 EUR.\n\nPublicēts: 05.07.2021.",
        {T: 168412.5, EU: 143150.62, PCT: 85.0, FUND: "ESF", BEN: 146}, "news page: closing ESF project, sub-count, publication date"),
    Row("lv",
        "Daugavpils novada dome piedalās Interreg V-A Latvijas–Lietuvas pārrobežu sadarbības programmas 2014.–2020. "
        "gadam projektā LLI-458 “Sociālo pakalpojumu uzlabošana pierobežā” (SocServ).\n\n"
        "Projekta kopējais budžets ir 598 240,00 EUR, tai skaitā ERAF līdzfinansējums 508 504,00 EUR. Daugavpils "
        "novada domes budžets projektā – 182 300,00 EUR, no tā ERAF – 154 955,00 EUR.\n\n"
        "Projekta ietvaros sociālos pakalpojumus saņems 240 pierobežas iedzīvotāji.",
        {T: 598240.0, EU: 508504.0, FUND: "ERDF", BEN: 240}, "Interreg partner page: a partner's budget and ERDF part"),
    Row("en",
        "Better services for seniors in the border region\n\n"
        "Project LLI-527 “Senior Care Network” (SeniorCare) brings together Rēzekne municipality, Utena district "
        "municipality and two NGOs.\n\nTotal budget: EUR 612,345.00\nERDF co-financing: EUR 520,493.25\n"
        "Project duration: 24 months (1 April 2019 – 31 March 2021)\n\n"
        "The project will train 40 carers and provide home care services to 180 elderly people.\n\nPublished 12 May 2019",
        {T: 612345.0, EU: 520493.25, FUND: "ERDF", BEN: 180}, "programme page: fact lines, carers trained are staff"),
    Row("en",
        "The project “Inclusive employment” is co-financed by the European Social Fund under the Operational "
        "Programme “Growth and Employment”.\n\nThe total eligible costs of the project are EUR 1 245 000, of which "
        "the ESF contribution is EUR 1 058 250 and the state budget contribution is EUR 186 750.\n\n"
        "In the call, up to EUR 2 million were available per project.\n\nThe project targets 350 people with "
        "disabilities.",
        {T: 1245000.0, EU: 1058250.0, FUND: "ESF", BEN: 350}, "ESF page: a call's amount per project"),
    Row("lt",
        "Utenos rajono savivaldybė įgyvendina projektą „Socialinių paslaugų infrastruktūros plėtra Utenos rajone“ "
        "(Nr. 08.2.1-CPVA-R-408-41-0005).\n\nProjekto tikslas – išplėsti socialinių paslaugų infrastruktūrą. "
        "Projekto vertė – 742 118,36 Eur, iš jų Europos regioninės plėtros fondo lėšos – 630 800,61 Eur, "
        "savivaldybės biudžeto lėšos – 111 317,75 Eur.\n\nPaslaugas gaus 60 asmenų su negalia.\n\n"
        "Projekto įgyvendinimo laikotarpis – 2018 m. gegužės 2 d. – 2021 m. gegužės 1 d.",
        {T: 742118.36, EU: 630800.61, FUND: "ERDF", BEN: 60}, "municipality page: value, fund and municipal parts"),
    Row("lt",
        "Zarasų rajono savivaldybė kartu su partneriais iš Latvijos įgyvendina projektą LLI-471 „Pasienio "
        "bendruomenių stiprinimas“ (StrongCom).\n\nBendras projekto biudžetas – 412 000,00 Eur. Iš jų Europos "
        "regioninės plėtros fondo lėšos sudaro 350 200,00 Eur (85 proc.). Zarasų rajono savivaldybės dalis – "
        "135 000 Eur.\n\nĮ projekto veiklas bus įtraukta daugiau nei 500 gyventojų.",
        {T: 412000.0, EU: 350200.0, PCT: 85.0, FUND: "ERDF", BEN: 500}, "Interreg page: a partner's part, daugiau nei"),
    # -- 2026-12-07 round: EU money as a programme's, a grant, an aid, funding sources listed; amounts the
    #    sentence gives before the fund; a budget introduced with "with a budget of" (aid intensity is no EU share)
    Row("lv", "Projekta kopējās izmaksas ir 56 000 EUR. Eiropas Savienības atbalsts – 47 600 EUR.",
        {T: 56000.0, EU: 47600.0}),
    Row("lv", "Projekta attiecināmās izmaksas: 25 000 EUR\nAtbalsta intensitāte: 90 %\nPiešķirtais publiskais "
        "finansējums (ELFLA): 22 500 EUR\n",
        {T: 25000.0, EU: 22500.0, FUND: "EAFRD"}),
    Row("lv", "Projekta kopējās izmaksas ir 210 000 eiro, no kuriem Eiropas Reģionālās attīstības fonda "
        "līdzfinansējums sastāda 178 500 eiro.",
        {T: 210000.0, EU: 178500.0, FUND: "ERDF"}),
    Row("lv", "Kohēzijas fonda finansējums – 2 550 000 EUR, kopējās izmaksas – 3 000 000 EUR.",
        {T: 3000000.0, EU: 2550000.0, FUND: "CF"}),
    Row("lv", "Programmas līdzfinansējums (ERAF) ir 85 % jeb 68 000 EUR no projekta kopējā budžeta 80 000 EUR.",
        {T: 80000.0, EU: 68000.0, PCT: 85.0, FUND: "ERDF"}),
    Row("lv", "ERAF finansējums 340 000,00 EUR jeb 85 %. Projekta kopējās attiecināmās izmaksas 400 000,00 EUR.",
        {T: 400000.0, EU: 340000.0, PCT: 85.0, FUND: "ERDF"}),
    Row("lv", "Projekts tiek īstenots ar Eiropas Ekonomikas zonas finanšu instrumenta atbalstu. EEZ finansējums "
        "ir 170 000 EUR, projekta kopējās izmaksas – 200 000 EUR.",
        {T: 200000.0, EU: 170000.0, FUND: "EEA"}),
    Row("lv", "Projekta “Sociālā māja” kopējās izmaksas sasniedz 1,2 miljonus eiro, tostarp ERAF līdzfinansējums "
        "– 1 miljons eiro.",
        {T: 1200000.0, EU: 1000000.0, FUND: "ERDF"}),
    Row("lv", "Finansējums: ESF – 170 000 EUR; valsts budžets – 30 000 EUR. Kopā: 200 000 EUR.",
        {T: 200000.0, EU: 170000.0, FUND: "ESF"}),
    Row("lv", "Projekta budžets – 90 000 EUR, no tā Interreg programmas finansējums – 76 500 EUR.",
        {T: 90000.0, EU: 76500.0}),
    Row("en", "The project is financed by the European Regional Development Fund (EUR 127,500) and the state "
        "budget (EUR 22,500).",
        {T: 150000.0, EU: 127500.0, FUND: "ERDF"}),
    Row("en", "Grant amount: EUR 42,000\nTotal project cost: EUR 60,000\n", {T: 60000.0, EU: 42000.0}),
    Row("en", "EEA Grants funding: EUR 850,000. Total project value: EUR 1,000,000.",
        {T: 1000000.0, EU: 850000.0, FUND: "EEA"}),
    Row("en", "The project has a total budget of €500,000, with €425,000 coming from the Interreg "
        "Latvia–Lithuania programme.",
        {T: 500000.0, EU: 425000.0}),
    Row("en", "ERDF: EUR 255 000\nTotal: EUR 300 000\n", {T: 300000.0, EU: 255000.0, FUND: "ERDF"}),
    Row("en", "EU co-funding: 85% (EUR 170,000) of the total eligible costs of EUR 200,000.",
        {T: 200000.0, EU: 170000.0, PCT: 85.0}),
    Row("en", "With a budget of EUR 2.5 million, 85% of it from the European Social Fund Plus, the project will "
        "support 600 people.",
        {T: 2500000.0, PCT: 85.0, FUND: "ESF", BEN: 600}),
    Row("en", "The European Union supports the project with EUR 340,000 from the ERDF. The project's total cost "
        "is EUR 400,000.",
        {T: 400000.0, EU: 340000.0, FUND: "ERDF"}),
    Row("lt", "Projektui skirta 127 500 Eur Europos Sąjungos struktūrinių fondų parama. Bendra projekto vertė – "
        "150 000 Eur.",
        {T: 150000.0, EU: 127500.0}),
    Row("lt", "Projekto vertė: 200 000 Eur\nFinansavimo suma: 170 000 Eur\nFinansavimo šaltinis: Europos "
        "regioninės plėtros fondas\n",
        {T: 200000.0, EU: 170000.0, FUND: "ERDF"}),
    Row("lt", "Projekto finansavimo suma iš ES fondų – 85 000 Eur, bendra vertė – 100 000 Eur.",
        {T: 100000.0, EU: 85000.0}),
    Row("lt", "ERPF lėšos – 255 000 Eur, valstybės biudžeto lėšos – 45 000 Eur. Projekto vertė – 300 000 Eur.",
        {T: 300000.0, EU: 255000.0, FUND: "ERDF"}),
    Row("lt", "Projektas finansuojamas Europos regioninės plėtros fondo lėšomis, skirta 425 000 Eur. Visa "
        "projekto vertė – 500 000 Eur.",
        {T: 500000.0, EU: 425000.0, FUND: "ERDF"}),
    Row("lt", "Programos lėšos sudaro 68 000 Eur, projekto biudžetas – 80 000 Eur.", {T: 80000.0, EU: 68000.0}),
    Row("lt", "EEE finansinio mechanizmo lėšos – 340 000 Eur. Bendra projekto vertė – 400 000 Eur.",
        {T: 400000.0, EU: 340000.0, FUND: "EEA"}),
    Row("lt", "Projekto biudžetas siekia 1,2 mln. eurų, iš jų 1,02 mln. eurų – Europos socialinio fondo lėšos.",
        {T: 1200000.0, EU: 1020000.0, FUND: "ESF"}),
    Row("lt", "Projekto vertė – 600 000 Eur. Iš Europos Sąjungos fondų skirta 510 000 Eur, iš valstybės biudžeto "
        "– 90 000 Eur.",
        {T: 600000.0, EU: 510000.0}),
    Row("lt", "Bendra projekto vertė – 1 500 000 Lt, iš jų ES parama – 1 275 000 Lt.", {T: 434430.03, EU: 369265.52}),
    # -- 2026-12-07 round (2): EU money told in news prose: the EU as the subject of a verb of giving with words
    #    between, a fund covering or financing part of the budget, an amount of the budget
    Row("lv", "Eiropas Savienība projektu atbalstīja ar 127 500 eiro. Projekta kopējās izmaksas – 150 000 "
        "eiro.",
        {T: 150000.0, EU: 127500.0}),
    Row("lv", "No ERAF līdzekļiem tiks segti 85 % jeb 127 500 eiro no projekta kopējām izmaksām 150 000 "
        "eiro.",
        {T: 150000.0, EU: 127500.0, PCT: 85.0, FUND: 'ERDF'}),
    Row("lv", "ES fondu ieguldījums projektā ir 127 500 EUR, kopējās izmaksas – 150 000 EUR.",
        {T: 150000.0, EU: 127500.0}),
    Row("lv", "Projektam piešķirti 127 500 EUR no Eiropas Sociālā fonda. Projekta kopējās izmaksas ir 150 "
        "000 EUR.",
        {T: 150000.0, EU: 127500.0, FUND: 'ESF'}),
    Row("lv", "Projekta finansējums no ERAF – 127 500 EUR, kopējās izmaksas – 150 000 EUR.",
        {T: 150000.0, EU: 127500.0, FUND: 'ERDF'}),
    Row("lv", "Eiropas Reģionālās attīstības fonds sedz 127 500 EUR no projekta kopējām izmaksām 150 000 "
        "EUR.",
        {T: 150000.0, EU: 127500.0, FUND: 'ERDF'}),
    Row("en", "The EU has allocated EUR 127,500 to the project, whose total cost is EUR 150,000.",
        {T: 150000.0, EU: 127500.0}),
    Row("en", "The ERDF covers EUR 127,500 of the project's total costs of EUR 150,000.",
        {T: 150000.0, EU: 127500.0, FUND: 'ERDF'}),
    Row("en", "EUR 127,500 of the EUR 150,000 budget is financed by the European Social Fund.",
        {T: 150000.0, EU: 127500.0, FUND: 'ESF'}),
    Row("en", "Total budget: EUR 150,000, including ERDF support of EUR 127,500.",
        {T: 150000.0, EU: 127500.0, FUND: 'ERDF'}),
    Row("en", "An ERDF grant of €127,500 was awarded to the €150,000 project.",
        {T: 150000.0, EU: 127500.0, FUND: 'ERDF'}),
    Row("lt", "Europos Sąjunga projektui skyrė 127 500 Eur. Bendra projekto vertė – 150 000 Eur.",
        {T: 150000.0, EU: 127500.0}),
    Row("lt", "ES parama projektui – 127 500 Eur, projekto vertė – 150 000 Eur.", {T: 150000.0, EU: 127500.0}),
    Row("lt", "Iš ERPF skirta 127 500 Eur, bendra projekto vertė – 150 000 Eur.",
        {T: 150000.0, EU: 127500.0, FUND: 'ERDF'}),
    Row("lt", "Projekto vertė 150 000 Eur, ESF lėšomis finansuojama 127 500 Eur projekto išlaidų.",
        {T: 150000.0, EU: 127500.0, FUND: 'ESF'}),
    Row("lt", "Projekto vertė – 150 tūkst. Eur, iš kurių ES parama sudaro 127,5 tūkst. Eur.",
        {T: 150000.0, EU: 127500.0}),
    # -- 2026-12-07 round (3): fact boxes of programme and project databases in three languages
    Row("en", "Project acronym: SocialNet\nTotal budget/expenditure: EUR 580 236.21\nAmount of EU "
        "co-financing: EUR 493 200.78\nEU co-financing rate: 85%\n",
        {T: 580236.21, EU: 493200.78, PCT: 85.0}),
    Row("en", "Total eligible budget: 1 150 000,00 EUR\nERDF contribution: 977 500,00 EUR\nCo-financing "
        "rate: 85 %\n",
        {T: 1150000.0, EU: 977500.0, PCT: 85.0, FUND: "ERDF"}),
    Row("en", "Budget\nTotal: €612,400\nEU funding: €520,540\n", {T: 612400.0, EU: 520540.0}),
    Row("en", "Project cost: EUR 95 000\nGrant: EUR 80 750 (85 %)\nFunding source: European Social Fund\n",
        {T: 95000.0, EU: 80750.0, PCT: 85.0, FUND: "ESF"}),
    Row("lv", "Projekta kopējās attiecināmās izmaksas: 1 234 567,00 EUR\nES fonda finansējums: 1 049 381,95 "
        "EUR\nFinansējuma saņēmējs: Rēzeknes novada pašvaldība\n",
        {T: 1234567.0, EU: 1049381.95}),
    Row("lv", "Kopējais budžets\n250 000 EUR\nERAF finansējums\n212 500 EUR\nNacionālais līdzfinansējums\n37 "
        "500 EUR\n",
        {T: 250000.0, EU: 212500.0, FUND: "ERDF"}),
    Row("lv", "Projekta izmaksas: 30 000 EUR, t. sk. ELFLA finansējums 27 000 EUR.",
        {T: 30000.0, EU: 27000.0, FUND: "EAFRD"}),
    Row("lt", "Projekto vertė: 2 849 677,25 Eur\nSkirtas finansavimas: 2 422 225,66 Eur\nFinansavimo "
        "šaltinis: ES struktūrinių fondų lėšos\n",
        {T: 2849677.25, EU: 2422225.66}),
    Row("lt", "Projekto biudžetas\n412 000 Eur\nERPF finansavimas\n350 200 Eur\n",
        {T: 412000.0, EU: 350200.0, FUND: "ERDF"}),
    Row("lt", "Bendra projekto vertė (Eur): 148 520,00\nES dalis (Eur): 126 242,00\n", {T: 148520.0, EU: 126242.0}),
    Row("lt", "Projekto tinkamų finansuoti išlaidų suma: 100 000 Eur\nIš jų ES fondų lėšos: 85 000 "
        "Eur\nValstybės biudžeto lėšos: 15 000 Eur\n",
        {T: 100000.0, EU: 85000.0}),
    Row("en", "Initial project cost: €229,862\nFinal project cost: €221,279\nFrom Norway Grants: € 169,260\n",
        {T: 221279.0, EU: 169260.0, FUND: "Norway"}),
    # -- 2026-12-07 round (4): pages listing several projects (the set of their values), litas and lats with
    #    multipliers (an approximate amount, 'almost EUR 3 million', is left out: the labels do not say what it is)
    Row("lt", "Savivaldybės įgyvendinami projektai\n\n1. Projektas „Vaikų dienos centro plėtra“. Projekto "
        "vertė – 120 000 Eur, iš jų ES lėšos – 102 000 Eur.\n\n2. Projektas „Senjorų užimtumo "
        "centras“. Projekto vertė – 80 000 Eur, iš jų ES lėšos – 68 000 Eur.\n",
        {T: F({120000.0, 80000.0}), EU: F({102000.0, 68000.0})}),
    Row("lv", "Pašvaldībā īstenotie projekti\n\nProjekts “Dienas centrs Zilupē”\nKopējās izmaksas: 50 000 "
        "EUR\nELFLA finansējums: 45 000 EUR\n\nProjekts “Rotaļu laukums Pasienē”\nKopējās izmaksas: 20 "
        "000 EUR\nELFLA finansējums: 18 000 EUR\n",
        {T: F({50000.0, 20000.0}), EU: F({45000.0, 18000.0}), FUND: F({"EAFRD"})}),
    Row("en", "Our projects\n\n• Project LLI-701 “Safe Roads”: total budget EUR 300,000, ERDF EUR 255,000.\n• "
        "Project LLI-702 “Clean Lakes”: total budget EUR 500,000, ERDF EUR 425,000.\n",
        {T: F({300000.0, 500000.0}), EU: F({255000.0, 425000.0}), FUND: F({"ERDF"})}),
    Row("lt", "2020-05-12\nSavivaldybė pradėjo įgyvendinti projektą „Socialinis būstas“, kuriuo bus "
        "plečiamas socialinio būsto fondas. Projekto vertė – 300 000 Eur.\n\n2019-11-03\nBaigtas "
        "projektas „Jaunimo erdvė“, kurio metu įrengta atvira jaunimo erdvė Utenoje. Projekto vertė "
        "– 45 000 Eur, ESF lėšos – 38 250 Eur.\n",
        {T: F({300000.0, 45000.0}), EU: F({38250.0}), FUND: F({"ESF"})}),
    Row("lt", "Projekto vertė – 2,5 mln. Lt, iš jų ES lėšos – 2,125 mln. Lt.", {T: 724050.05, EU: 615442.54}),
    Row("lt", "Bendra projekto vertė – 850 tūkst. litų.", {T: 246177.02}),
    Row("lv", "Projekta kopējās izmaksas – 1,4 milj. latu, ERAF finansējums – 1,19 milj. latu.",
        {T: 1992020.53, EU: 1693217.45, FUND: "ERDF"}),
    Row("lv", "Projekta kopējās izmaksas ir 45 000 latu.", {T: 64029.23}),
    Row("en", "The total cost of the project is LVL 702,804 (EUR 1,000,000).", {T: 1000000.0}),
    Row("en", "Total budget: 1.5 million euros, of which 1.275 million euros ERDF.",
        {T: 1500000.0, EU: 1275000.0, FUND: "ERDF"}),
    # --- written 2026-12-07 after round (6), before any rule was changed for them
    Row("lv", "Projekta kopējais finansējums ir 145 000 EUR, no kura ELFLA atbalsts – 130 500 EUR.",
        {T: 145000.0, EU: 130500.0, FUND: "EAFRD"}),
    Row("lv", "Projekta attiecināmās izmaksas – 98 450,00 EUR, ERAF finansējums – 83 682,50 EUR (85 %).",
        {T: 98450.0, EU: 83682.5, PCT: 85.0, FUND: "ERDF"}),
    Row("en", "The project is worth EUR 1.2 million, 85% of which comes from the European Regional Development "
        "Fund.", {T: 1200000.0, PCT: 85.0, FUND: "ERDF"}),
    Row("en", "ESF funding: €425,000; national co-financing: €75,000.", {T: 500000.0, EU: 425000.0, FUND: "ESF"}),
    Row("lt", "Projekto biudžetas – 350 000 eurų, iš kurių 297 500 eurų skiria Europos regioninės plėtros fondas.",
        {T: 350000.0, EU: 297500.0, FUND: "ERDF"}),
    Row("lt", "Bendra projekto vertė 1,5 mln. Eur, ES parama sudaro 1,275 mln. Eur.", {T: 1500000.0, EU: 1275000.0}),
    Row("lv", "Kopējais projekta budžets: EUR 210 000, t.sk. Norvēģijas finanšu instrumenta līdzfinansējums "
        "EUR 178 500.", {T: 210000.0, EU: 178500.0, FUND: "Norway"}),
    Row("lv", "Projekta aktivitātēs piedalīsies vismaz 150 pilsētas iedzīvotāji.", {BEN: 150}),
    Row("en", "Around 500 older people in the region will benefit from the new services.", {BEN: 500}),
    Row("lt", "Paslaugas gaus 75 neįgalūs asmenys ir jų šeimų nariai.", {BEN: 75}),
    # --- 2026-12-08 round: written before any rule was changed for them (49 of 55 read right then)
    Row("lv", "Projekta kopējais budžets ir 245 000 EUR, tostarp ERAF finansējums 208 250 EUR.",
        {T: 245000.0, EU: 208250.0, FUND: "ERDF"}),
    Row("lv", "Projektam piešķirtais Eiropas Sociālā fonda finansējums – 180 000 eiro.", {EU: 180000.0, FUND: "ESF"}),
    Row("lv", "Kopējais projekta finansējums: 96 500,00 EUR (ERAF – 82 025,00 EUR, valsts budžets – 14 475,00 EUR).",
        {T: 96500.0, EU: 82025.0, FUND: "ERDF"}),
    Row("lv", "ES fondu līdzfinansējums sastāda 85% no projekta attiecināmajām izmaksām jeb 127 500 EUR.",
        {EU: 127500.0, PCT: 85.0}),
    Row("lv", "Projekta budžets: 50 000 EUR, t.sk. ELFLA finansējums 45 000 EUR.",
        {T: 50000.0, EU: 45000.0, FUND: "EAFRD"}),
    Row("lv", "Projekta izmaksas – 312 400 eiro, no kurām 265 540 eiro sedz Eiropas Reģionālās attīstības fonds.",
        {T: 312400.0, EU: 265540.0, FUND: "ERDF"}),
    Row("lv", "Projekta kopējā summa ir 64 300 EUR, ES atbalsts – 54 655 EUR.", {T: 64300.0, EU: 54655.0}),
    Row("en", "The total cost of the project is EUR 1.25 million, of which the ERDF contributes EUR 1.06 million.",
        {T: 1250000.0, EU: 1060000.0, FUND: "ERDF"}),
    Row("en", "Project budget: EUR 480,000 (ERDF funding: EUR 408,000)", {T: 480000.0, EU: 408000.0, FUND: "ERDF"}),
    Row("en", "The European Social Fund covers 85% of the project's eligible costs of EUR 200,000.",
        {T: 200000.0, PCT: 85.0, FUND: "ESF"}),
    Row("en", "ERDF grant: €312,500", {EU: 312500.0, FUND: "ERDF"}),
    Row("en", "The project, worth EUR 750 000, is co-financed by the European Regional Development Fund.",
        {T: 750000.0, FUND: "ERDF"}),
    Row("en", "EU support amounts to EUR 95,200.", {EU: 95200.0}),
    Row("en", "The ERDF co-finances 85% of the total project budget of EUR 640,000, i.e. EUR 544,000.",
        {T: 640000.0, EU: 544000.0, PCT: 85.0, FUND: "ERDF"}),
    Row("lt", "Bendra projekto vertė – 560 000 Eur, iš jų ES struktūrinių fondų lėšos – 476 000 Eur.",
        {T: 560000.0, EU: 476000.0}),
    Row("lt", "Projektui įgyvendinti skirta 1,2 mln. Eur Europos socialinio fondo lėšų.", {EU: 1200000.0, FUND: "ESF"}),
    Row("lt", "Projekto biudžetas – 320 000 eurų, ERPF finansavimas sudaro 85 proc.",
        {T: 320000.0, PCT: 85.0, FUND: "ERDF"}),
    Row("lt", "Projektas finansuojamas Europos regioninės plėtros fondo (85 proc.) ir valstybės biudžeto (15 proc.) "
        "lėšomis.", {PCT: 85.0, FUND: "ERDF"}),
    Row("lt", "ES parama – 212 000 Eur.", {EU: 212000.0}),
    Row("lt", "Iš viso projekto išlaidos: 98 400 Eur.", {T: 98400.0}),
    Row("lt", "Projekto vertė yra 410 000 Eur, iš kurių 348 500 Eur sudaro Europos regioninės plėtros fondo lėšos.",
        {T: 410000.0, EU: 348500.0, FUND: "ERDF"}),
    # --- 2026-12-08 round (8): fact boxes and table rows, amended and approximate amounts;
    #     written before any rule was changed for them (46 of 49 read right then)
    Row("lv", "Projekta finansējums\nKopā: 150 000,00 EUR\nERAF: 127 500,00 EUR\nValsts budžets: 22 500,00 EUR",
        {T: 150000.0, EU: 127500.0, FUND: "ERDF"}),
    Row("lv", "| Finansējuma avots | Summa, EUR |\n| ESF | 85 000,00 |\n| Valsts budžets | 15 000,00 |\n| Kopā | 100 "
        "000,00 |", {T: 100000.0, EU: 85000.0, FUND: "ESF"}),
    Row("lv", "Kopējās izmaksas:\n\n78 900,00 EUR\n\nES finansējums:\n\n67 065,00 EUR", {T: 78900.0, EU: 67065.0}),
    Row("lv", "Projekta vērtība – 230 000 EUR\nNo tā ERAF – 195 500 EUR", {T: 230000.0, EU: 195500.0, FUND: "ERDF"}),
    Row("en", "Budget\nTotal: EUR 1,200,000\nERDF: EUR 1,020,000\nNational co-financing: EUR 180,000",
        {T: 1200000.0, EU: 1020000.0, FUND: "ERDF"}),
    Row("en", "| Source | Amount (EUR) |\n| ERDF | 255,000.00 |\n| Partners' contribution | 45,000.00 |\n| Total | "
        "300,000.00 |", {T: 300000.0, EU: 255000.0, FUND: "ERDF"}),
    Row("en", "Total project cost\n€ 410 500\nEU co-financing\n€ 348 925", {T: 410500.0, EU: 348925.0}),
    Row("en", "Programme co-financing (ERDF): EUR 87,550.00\nTotal budget: EUR 103,000.00",
        {T: 103000.0, EU: 87550.0, FUND: "ERDF"}),
    Row("lt", "Projekto finansavimas\nIš viso: 200 000,00 Eur\nES lėšos: 170 000,00 Eur\nValstybės biudžeto lėšos: 30 "
        "000,00 Eur", {T: 200000.0, EU: 170000.0}),
    Row("lt", "| Finansavimo šaltinis | Suma, Eur |\n| ERPF | 120 000 |\n| Savivaldybės biudžetas | 30 000 |\n| Iš viso "
        "| 150 000 |", {T: 150000.0, EU: 120000.0, FUND: "ERDF"}),
    Row("lt", "Projekto vertė:\n\n345 000 Eur\n\nEuropos Sąjungos fondų lėšos:\n\n293 250 Eur",
        {T: 345000.0, EU: 293250.0}),
    Row("lt", "Skirta finansavimo suma – 90 000 Eur (ESF lėšos)", {EU: 90000.0, FUND: "ESF"}),
    Row("lv", "Projekta kopējās izmaksas pēc grozījumiem ir 180 000 EUR (iepriekš 150 000 EUR).", {T: 180000.0}),
    Row("lv", "Projekta budžets palielināts no 90 000 EUR līdz 110 000 EUR.", {T: 110000.0}),
    Row("en", "The total budget was increased from EUR 200,000 to EUR 240,000.", {T: 240000.0}),
    Row("en", "After the amendment, the project's total cost is EUR 95,000 (previously EUR 80,000).", {T: 95000.0}),
    Row("lt", "Projekto vertė padidinta nuo 100 000 Eur iki 125 000 Eur.", {T: 125000.0}),
    Row("lv", "ERAF finansējums – 85 % (68 000 EUR), valsts budžeta dotācija – 15 % (12 000 EUR).",
        {T: 80000.0, EU: 68000.0, PCT: 85.0, FUND: "ERDF"}),
    Row("en", "ERDF: 85% (EUR 170,000); national co-financing: 15% (EUR 30,000).",
        {T: 200000.0, EU: 170000.0, PCT: 85.0, FUND: "ERDF"}),
    Row("lt", "ERPF lėšos – 85 proc. (85 000 Eur), valstybės biudžeto lėšos – 15 proc. (15 000 Eur).",
        {T: 100000.0, EU: 85000.0, PCT: 85.0, FUND: "ERDF"}),
    Row("lv", "Projekta kopējās izmaksas ir 2,3 miljoni eiro.", {T: 2300000.0}),
    Row("en", "The project is worth almost EUR 2.5 million.", {T: 2500000.0}),
    Row("lt", "Projekto vertė – beveik 1,5 mln. eurų.", {T: 1500000.0}),
    Row("en", "Of the project's EUR 500,000 budget, EUR 425,000 comes from the ERDF.",
        {T: 500000.0, EU: 425000.0, FUND: "ERDF"}),
    Row("lv", "No projekta 60 000 EUR budžeta 51 000 EUR ir ES finansējums.", {T: 60000.0, EU: 51000.0}),
]

#: BUILT_ON rows the rules do not read right yet (row ids as tests/variations.py gives them).
KNOWN_MISSES: set[str] = set()

pages, test_built_on, test_rows_name_known_fields = table_tests("money", BUILT_ON, EVAL_ONLY, FIELDS, KNOWN_MISSES)
