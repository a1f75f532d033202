"""The project's implementation period and stated duration within one article.

A period counts when a ``period`` label names it: in its sentence, or on the label line above it
when it opens its line (``Period`` / ``2014-03-01 → 2015-11-30``), or when its rule read a
duration with it. A year range ("2014.-2020. gadam") is a programme's period, not the project's,
and a year-only end of a range gives no date. When an article has no labelled period but exactly
one other range standing on a line or in a sentence of its own, or in a sentence about the project, that range is
offered (weaker) as the project period, unless its wording makes it a call's or an agreement's.

Two single dates in a labelled sentence are start and end; a single date whose wording makes it a
start or an end ("uzsākts", "līdz", "Pradžios data:") counts in a sentence about the project or on
a fact line (``Start date: 1 April 2020``, a label line above the date, a table cell under its
column's header: ``| Start | End |`` / ``| 01.03.2019 | 28.02.2021 |``); year-only dates never
count; a start followed in its sentence by a labelled duration ("uzsākts 2019. gada 1. septembrī
un ilgs 24 mēnešus") gives the end (start + N months − 1 day). A duration counts in a labelled
sentence, under a label line, or written next to the project period in brackets
(``24 mēneši (01/03/2018 – 29/02/2020)``). An end written after an extension in its sentence
(``termiņš pagarināts līdz …``, ``extended until``, ``pratęsta iki``, lexicon role ``extended``)
is the strongest end: it replaces the article's earlier end, which stays a weaker candidate.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from itertools import accumulate
from typing import Any, NamedTuple

from ..parse import FactSet, labels
from ..parse.columns import column_label
from ..parse.periods import DateRoles, duration_end, keyword_role, label_above
from ..parse.spans import DateValue, Duration, Fact, Period
from ..records import FieldValue, Prover
from ..text import SentenceIndex

#: Ranks of the candidates (lower is stronger): an end the text says was extended, a labelled
#: period, two dates of a labelled sentence, a single date with a role, the only unlabelled period
#: of the article.
EXTENDED, LABELLED, PAIR, SINGLE, ONLY_PERIOD = -1, 0, 1, 2, 3

#: Most words between the two dates of a labelled sentence read as start and end; farther apart
#: they are two events ("2022.gada 4.ceturksnī ... parakstīja ... pagarinājumu līdz 2023. gada 30. jūnijam").
_PAIR_GAP_WORDS = 6
#: Words a fact line may hold before its value (``Projekto veiklų pabaigos data:``).
_FACT_LABEL_WORDS = 6
_WORD = re.compile(r"\w+")
#: What may follow a value on its fact line: a time, closing punctuation.
_FACT_TAIL = re.compile(r"[\s\d:.,;)|]*")


def date_fields(
    text: str, lo: int, hi: int, facts: FactSet, sents: SentenceIndex, prov: Prover, scan: labels.Scan | None = None
) -> list[FieldValue]:
    """``start_date``, ``end_date`` and ``duration_months_stated`` candidates of ``text[lo:hi]``.

    ``scan``: the article's :class:`~socreport.parse.labels.Scan` when the caller has one; each
    sentence's labels are looked up once, however many dates it holds."""
    scan = scan if scan is not None else labels.Scan(text, lo, hi)
    periods = [p for p in facts.period if not p.rule.startswith("year_range")]
    body = text[lo:hi]
    out, used = _period_fields(text, lo, body, periods, sents, prov, scan)
    roles = facts.date_roles if facts.date_roles is not None else DateRoles.of(body).shifted(lo)
    out.extend(_single_date_fields(text, lo, body, roles, facts.period, facts.date, facts.duration, sents, prov, scan))
    if not used:
        out.extend(_only_period(text, lo, body, periods, facts.duration, sents, prov, scan))
    chosen = used or periods
    near = _Edges(sorted(p.end for p in chosen), sorted(p.start for p in chosen))
    for d in facts.duration:
        if _duration_labelled(text, lo, body, d, near, sents, scan):
            out.append(FieldValue("duration_months_stated", d.value.months, prov(d.start, d.end), LABELLED))
    return [_extended(f, sents, scan) for f in out]


def _extended(f: FieldValue, sents: SentenceIndex, scan: labels.Scan) -> FieldValue:
    """An end written after an extension in its sentence ("termiņš pagarināts līdz 2023. gada 30.
    jūnijam", "extended until", "pratęsta iki") replaces the article's other ends, which stay
    candidates (weaker): the newest stated end wins."""
    if f.field != "end_date" or not scan.has("extended", sents.span(f.prov.start)[0], f.prov.start):
        return f
    return replace(f, rank=EXTENDED)


def _in_context(
    role: str, text: str, lo: int, body: str, f: Fact[Any], sents: SentenceIndex, scan: labels.Scan
) -> bool:
    """Whether a label of ``role`` stands in the sentence of ``f`` or, when ``f`` opens its line,
    in that sentence read after the label line above it, or when ``f`` opens a table cell, in
    its column's header (``| Duration | Start |`` / ``| 24 months | 01.03.2019 |``)."""
    a, b = sents.span(f.start)
    column = column_label(body, f.start - lo)
    if column and labels.has(role, column):
        return True
    above = label_above(body, f.start - lo)
    if above:
        return labels.has(role, f"{above}\n{text[a : max(b, f.end)]}")
    return scan.has(role, a, max(b, f.end))


def _ends(p: Fact[Period]) -> tuple[bool, bool]:
    """Whether the range's start and end are more than a year ("no 2019. gada līdz 2021. gadam":
    neither): a year-only end is no date."""
    rules = p.rule.split(":", 1)[1].split("-") if p.rule.startswith("range:") else []
    if len(rules) != 2:
        return True, True
    return rules[0] != "verbal_year", rules[1] != "verbal_year"


def _fields_of(p: Fact[Period], prov: Prover, rank: int) -> list[FieldValue]:
    v = p.value
    start_ok, end_ok = _ends(p)
    out = []
    if v.start and start_ok:
        out.append(FieldValue("start_date", v.start, prov(p.start, p.end), rank))
    if v.end and end_ok:
        out.append(FieldValue("end_date", v.end, prov(p.start, p.end), rank))
    return out


def _period_fields(
    text: str,
    lo: int,
    body: str,
    periods: Sequence[Fact[Period]],
    sents: SentenceIndex,
    prov: Prover,
    scan: labels.Scan,
) -> tuple[list[FieldValue], list[Fact[Period]]]:
    out: list[FieldValue] = []
    used: list[Fact[Period]] = []
    for p in periods:
        labelled = "duration" in p.rule or _in_context("period", text, lo, body, p, sents, scan)
        if labelled and keyword_role(body, p.start - lo, p.end - lo) != "other":
            out.extend(_fields_of(p, prov, LABELLED))
            used.append(p)
    return out, used


#: Fewest days a range on a labelled line lasts to be offered as the project's (an event lasts days).
MIN_LINE_PERIOD_DAYS = 90
#: What a line holding only a period (and maybe its duration) has besides them.
_BARE_LINE = re.compile(r"[\W\d_]*")


def _only_period(
    text: str,
    lo: int,
    body: str,
    periods: Sequence[Fact[Period]],
    durations: Sequence[Fact[Duration]],
    sents: SentenceIndex,
    prov: Prover,
    scan: labels.Scan,
) -> list[FieldValue]:
    """The article's one range when none is labelled, unless its wording makes it something else's:
    it must stand on a line or in a sentence of its own (maybe with its duration: ``24 mēneši
    (01/03/2018 – 29/02/2020)``, ``From 1 April 2018 to 31 March 2020.``) or in a sentence about the
    project; a range in another sentence is the period
    of something else ("No 2016.gada maija līdz 2018.gada janvārim ... tika nodrošināta
    pieskatīšana")."""
    if len({p.value for p in periods}) != 1:  # the same range written twice is one
        return []
    p = periods[0]
    if keyword_role(body, p.start - lo, p.end - lo) == "other":
        return []
    a, b = sents.span(p.start)
    hi = len(body) + lo
    alone = _alone_on_line(text, lo, hi, p, durations) or _alone_within(
        text, max(a, lo), min(max(b, p.end), hi), p, durations
    )
    if not (alone or _labelled_line(text, lo, hi, p) or scan.has("project_word", a, max(b, p.end))):
        return []
    return _fields_of(p, prov, ONLY_PERIOD)


def _labelled_line(text: str, lo: int, hi: int, p: Fact[Period]) -> bool:
    """``Implementation dates: 1 March 2019 - 28 February 2021``: the range ends its line after a
    short label closed by a colon, a bar or a dash (a fact box's line), and lasts months, not the
    days of an event (``Festivāls: 01.03.2019.–03.03.2019.``)."""
    v = p.value
    if v.start is None or v.end is None or (v.end - v.start).days < MIN_LINE_PERIOD_DAYS:
        return False
    line_start = max(lo, text.rfind("\n", lo, p.start) + 1)
    line_end = text.find("\n", p.end, hi)
    if not _FACT_TAIL.fullmatch(text, p.end, hi if line_end < 0 else line_end):
        return False
    words = len(_WORD.findall(text, line_start, p.start))
    return 0 < words <= _FACT_LABEL_WORDS and _PAIR_LABEL_END.search(text, line_start, p.start) is not None


def _alone_on_line(text: str, lo: int, hi: int, p: Fact[Period], durations: Sequence[Fact[Duration]]) -> bool:
    """Whether ``p``'s line holds nothing but ``p``, durations, numbers and punctuation."""
    line_start = max(lo, text.rfind("\n", lo, p.start) + 1)
    line_end = text.find("\n", p.end, hi)
    return _alone_within(text, line_start, hi if line_end < 0 else line_end, p, durations)


def _alone_within(
    text: str, line_start: int, line_end: int, p: Fact[Period], durations: Sequence[Fact[Duration]]
) -> bool:
    """Whether ``text[line_start:line_end]`` (a line, or a sentence: "From 1 April 2018 to 31 March
    2020.") holds nothing but ``p``, durations, numbers and punctuation."""
    cuts = sorted(
        [(p.start, p.end)] + [(d.start, d.end) for d in durations if line_start <= d.start and d.end <= line_end]
    )
    pos = line_start
    for s, e in cuts:
        if not _BARE_LINE.fullmatch(text, pos, max(pos, s)):
            return False
        pos = max(pos, e)
    return bool(_BARE_LINE.fullmatch(text, pos, line_end))


def _fact_line(text: str, lo: int, body: str, d: Fact[DateValue]) -> bool:
    """``Start date: 1 April 2020``: the date ends its line after a short label, opens its line
    under a label line, or opens a table cell under its column's header."""
    if column_label(body, d.start - lo) is not None:
        return True
    line_start = text.rfind("\n", lo, d.start) + 1
    line_end = text.find("\n", d.end, len(body) + lo)
    line_end = len(body) + lo if line_end < 0 else line_end
    if not _FACT_TAIL.fullmatch(text, d.end, line_end):
        return False
    if label_above(body, d.start - lo):
        return True
    before = text[max(line_start, lo) : d.start]
    return 0 < len(_WORD.findall(before)) <= _FACT_LABEL_WORDS


_PAIR_LABEL_END = re.compile(r"[:|–—-][ \t]*$")


def _fact_pair(text: str, lo: int, body: str, ds: Sequence[Fact[DateValue]], d: Fact[DateValue]) -> bool:
    """``Start date: 1/3/2019 End date: 28/2/2021``: two fact-box pairs on one line. ``d`` is one of
    the sentence's two dates ``ds``; each is preceded by a short label (from the line start, or from
    the first date), and the second ends its line."""
    if len(ds) != 2:
        return False
    d1, d2 = sorted(ds, key=lambda f: f.start)
    line_start = max(text.rfind("\n", lo, d1.start) + 1, lo)
    if "\n" in text[d1.end : d2.start]:
        return False
    for a, b in ((line_start, d1.start), (d1.end, d2.start)):
        words = len(_WORD.findall(text, a, b))
        # a label, not a clause: it ends with a colon, a bar or a dash, or is one or two words
        if not (0 < words <= _FACT_LABEL_WORDS and (_PAIR_LABEL_END.search(text, a, b) or words <= 2)):
            return False
    line_end = text.find("\n", d2.end, len(body) + lo)
    return bool(_FACT_TAIL.fullmatch(text, d2.end, len(body) + lo if line_end < 0 else line_end))


def _single_date_fields(
    text: str,
    lo: int,
    body: str,
    roles: DateRoles,
    periods: Sequence[Fact[Period]],
    dates: Sequence[Fact[DateValue]],
    durations: Sequence[Fact[Duration]],
    sents: SentenceIndex,
    prov: Prover,
    scan: labels.Scan,
) -> list[FieldValue]:
    """Start and end dates from single dates (not inside a range): a labelled sentence's two dates,
    a date whose wording gives its role. Each sentence's labels are looked up once, and whether a
    date lies in a range, or a sentence holds one, is a bisection (time linear in the article)."""
    out: list[FieldValue] = []
    in_period = sorted((p.start, p.end) for p in periods)
    starts = [s for s, _ in in_period]
    reach = list(accumulate((e for _, e in in_period), max))  # the furthest end of the ranges so far
    singles = [d for d in dates if not _inside(starts, reach, d.start, d.end) and d.value.precision != "year"]
    # a labelled sentence with exactly two dates and no range: start and end
    by_sentence: dict[tuple[int, int], list[Fact[DateValue]]] = defaultdict(list)
    for d in singles:
        by_sentence[sents.span(d.start)].append(d)
    for (a, b), ds in by_sentence.items():
        if len(ds) == 2 and scan.has("period", a, b) and bisect_left(starts, a) == bisect_left(starts, b):
            d1, d2 = sorted(ds, key=lambda d: d.start)
            v1, v2 = d1.value, d2.value
            found = {roles.role(d.start, d.end) for d in ds}
            near = len(_WORD.findall(text, d1.end, d2.start)) <= _PAIR_GAP_WORDS
            if near and v1.first_day() <= v2.last_day() and "other" not in found:
                out.append(FieldValue("start_date", v1.first_day(), prov(d1.start, d2.end), PAIR))
                out.append(FieldValue("end_date", v2.last_day(), prov(d1.start, d2.end), PAIR))
                continue
        first_dates: list[Fact[DateValue]] = []
        has_end = False
        for d in ds:
            role = roles.role(d.start, d.end)
            if role not in ("start", "end"):
                continue
            if not (
                scan.has("project_word", a, b)
                or _fact_line(text, lo, body, d)
                or _fact_pair(text, lo, body, ds, d)
                # "The implementation period has been extended until 31 March 2022"
                or (role == "end" and scan.has("extended", a, d.start) and scan.has("period", a, b))
            ):
                continue
            v = d.value
            if role == "start":
                out.append(FieldValue("start_date", v.first_day(), prov(d.start, d.end), SINGLE))
                first_dates.append(d)
            else:
                out.append(FieldValue("end_date", v.last_day(), prov(d.start, d.end), SINGLE))
                has_end = True
        if len(first_dates) == 1 and not has_end:
            out.extend(_end_from_duration(text, first_dates[0], durations, a, b, prov, scan))
    return out


def _end_from_duration(
    text: str,
    start: Fact[DateValue],
    durations: Sequence[Fact[Duration]],
    sentence_start: int,
    sentence_end: int,
    prov: Prover,
    scan: labels.Scan,
) -> list[FieldValue]:
    """ "Projekts uzsākts 2019. gada 1. septembrī un ilgs 24 mēnešus", "Projekto trukmė – 12 mėn.,
    pradžia – 2020 m. sausio mėn.": a start and the one labelled duration of its sentence (after it,
    or before it with the label before the duration or around it ("The 30-month project started on"), or after it with the sentence's label before
    the start: "tiek īstenots no 2019. gada 1. oktobra 24 mēnešu garumā") give the end (start + N
    months − 1 day)."""
    found: list[Fact[Duration]] = []
    before = range(bisect_left(durations, sentence_start, key=_start), bisect_left(durations, start.start, key=_start))
    after = bisect_left(durations, start.end, key=_start)
    if not before and (after == len(durations) or durations[after].start >= sentence_end):
        return []  # no duration in the sentence: no label to look for
    # the first duration label of the sentence before the start (one search, not one per duration)
    m = scan.search(labels.pattern("duration"), sentence_start, start.start)
    label_end = sentence_start + m.end() if m is not None else None
    # the label before the duration, or one it is written in ("The 30-month project started on …")
    label_start = sentence_start + m.start() if m is not None else None
    for k in before:
        d = durations[k]
        if label_start is not None and label_start < d.end and d.end <= start.start:
            found.append(d)
        if len(found) > 1:
            return []
    for k in range(after, len(durations)):
        d = durations[k]
        if d.start >= sentence_end or len(found) > 1:
            break
        # labelled between the start and it, or before the start ("tiek īstenots no 2019. gada
        # 1. oktobra 24 mēnešu garumā") with no duration between that label and the start
        if scan.has("duration", start.end, d.end) or (label_end is not None and not found and not before):
            found.append(d)
    if len(found) != 1:
        return []
    d = found[0]
    first = start.value.first_day()
    try:
        end = duration_end(first, d.value.months)
    except (ValueError, OverflowError):
        return []
    return [FieldValue("end_date", end, prov(min(start.start, d.start), max(start.end, d.end)), SINGLE)]


#: How far before a duration (characters, its sentence) the activity it is the length of is read.
OTHER_DURATION_WIDTH = 60
#: A duration and the period written next to it in brackets: "24 mēneši (01/03/2018 – 29/02/2020)",
#: "01.06.2020. – 31.05.2022. (24 mēneši)".
_BRACKET_GAP = re.compile(r"\s*[(\[]?\s*")


def _duration_labelled(
    text: str, lo: int, body: str, d: Fact[Duration], near: _Edges, sents: SentenceIndex, scan: labels.Scan
) -> bool:
    """Whether the duration ``d`` is the project's: labelled in its context, or written next to one
    of the chosen periods with an opening bracket between (``24 mēneši (01/03/2018 – 29/02/2020)``,
    ``01.06.2020. – 31.05.2022. (24 mēneši)``): only spaces and that bracket stand between. A period
    can only end in the run of spaces and a bracket just before ``d``, or start in the one just
    after it, so ``near`` (the periods' sorted ends and starts) is bisected, not scanned. The length
    of an activity ("The training lasts 3 months") is not the project's."""
    if labels.has("other_duration", text[max(lo, sents.span(d.start)[0], d.start - OTHER_DURATION_WIDTH) : d.start]):
        return False
    if _in_context("duration", text, lo, body, d, sents, scan):
        return True
    gap = _BRACKET_GAP.match(text, d.end)
    assert gap is not None  # the pattern matches the empty string
    q = text.find("(", d.end, gap.end())
    if q >= 0 and bisect_right(near.starts, gap.end()) > bisect_left(near.starts, q + 1):
        return True
    i = d.start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i == 0 or text[i - 1] != "(":
        return False
    j = i - 1  # the bracket: a period must end at it or in the spaces before it
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return bisect_right(near.ends, i - 1) > bisect_left(near.ends, j)


class _Edges(NamedTuple):
    """Ends and starts of some periods, each sorted."""

    ends: list[int]
    starts: list[int]


def _inside(starts: Sequence[int], reach: Sequence[int], a: int, b: int) -> bool:
    """Whether ``[a, b)`` lies within one of the ranges whose sorted starts are ``starts`` (``reach``:
    the furthest end among the ranges up to each): the ranges starting at or before ``a`` reach
    ``b``."""
    k = bisect_right(starts, a)
    return k > 0 and reach[k - 1] >= b


def _start(f: Fact) -> int:
    return f.start
