"""Amounts replaced by another: the earlier version of an amended figure.

"EUR 182 021,48 (iepriekš EUR 138 390,20)", "Initial project cost", "... Pēc grozījumiem 90 000,00
EUR": the replaced amount is no funding row, only a weaker candidate of its field, so ``sources``
shows it beside the amended one. :class:`Slots` keeps the role each amount of an article holds so
far (:mod:`socreport.roles.amounts` gives them); :func:`replacements` moves a role from the replaced
amount to the one replacing it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..parse import labels
from ..parse.spans import Fact, Money
from .funds import EU_FUNDS, EU_UNNAMED
from .money_labels import Label


class Slots:
    """The role each amount has been given so far: money index -> ``("container", scope, partner,
    rank)``, ``("part", source, share)``, ``("replaced",)`` or None (no funding row). Keeps the last
    amount with a role and the number of containers as it changes, so reading an article's amounts
    takes time linear in their number."""

    def __init__(self) -> None:
        self.by: dict[int, tuple | None] = {}
        self.containers = 0

    def get(self, i: int) -> tuple | None:
        return self.by.get(i)

    def set(self, i: int, slot: tuple | None) -> None:
        old = self.by.get(i)
        self.containers += (slot is not None and slot[0] == "container") - (old is not None and old[0] == "container")
        self.by[i] = slot


#: A replaced amount, the field it is a weaker candidate of and the share stated with it.
Replaced = tuple[Fact[Money], str, float | None]


def replacements(
    replaced: list[Replaced],
    money: Sequence[Fact[Money]],
    i: int,
    lb: Label,
    before: int | None,
    slots: Slots,
    changed: bool = False,
) -> None:
    """Replaced amounts (each kept in ``replaced``): "EUR 182 021,48 (iepriekš EUR 138 390,20)" (amount ``i`` is the old one; it
    takes the role of the amount ``before`` it when its label gives none), "... Pēc grozījumiem
    90 000,00 EUR" (the amount before is the old one, amount ``i`` takes its role), and, when
    ``changed`` (:func:`changed_from_to`), "palielināts no 90 000 EUR līdz 110 000 EUR" (likewise)."""
    slot = slots.get(i)
    if changed and before == i - 1 and (prev := slots.get(before)) is not None and prev[0] != "replaced":
        _supersede(replaced, money, slots, before, i)
        return
    own_role = slot is not None and (lb.role is not None or slot[0] == "container")
    if labels.has("previous", lb.clause):
        if not own_role and before is not None:
            slots.set(i, slots.get(before))
        if slots.get(i) is not None:
            _retire(replaced, money, slots, i)
    elif labels.has("amended", lb.clause) and not own_role and before is not None:
        prev = slots.get(before)
        assert prev is not None
        if prev[0] != "replaced":
            _supersede(replaced, money, slots, before, i)
    elif labels.has("amended", lb.clause) and slot is not None and slot[0] != "replaced":
        # "Kopējās izmaksas: 55 000 EUR. Pēc grozījumiem kopējās izmaksas: 60 000 EUR": the amended
        # amount has a role of its own; the latest earlier amount in that role is the one it replaces
        for j in range(i - 1, -1, -1):
            prev = slots.get(j)
            if prev is not None and prev[:2] == slot[:2]:
                _retire(replaced, money, slots, j)
                break


def changed_from_to(text: str, money: Sequence[Fact[Money]], labels_of: Sequence[Label], i: int) -> bool:
    """Amount ``i`` closes a change from the amount before it (lexicon roles ``changed_from`` and
    ``changed_to``): "increased from EUR 200,000 to EUR 240,000", "padidinta nuo 100 000 Eur iki
    125 000 Eur"; a range with no verb of change ("no 5 000 līdz 50 000 EUR") is none."""
    return (
        i > 0
        and labels.has("changed_from", labels_of[i - 1].clause)  # the short clause first
        and labels.has("changed_to", text[money[i - 1].end : money[i].start])
    )


def _supersede(replaced: list[Replaced], money: Sequence[Fact[Money]], slots: Slots, old: int, new: int) -> None:
    """Amount ``new`` takes the role of amount ``old``, which is replaced."""
    slots.set(new, slots.get(old))
    _retire(replaced, money, slots, old)


def _retire(replaced: list[Replaced], money: Sequence[Fact[Money]], slots: Slots, j: int) -> None:
    """Amount ``j`` is replaced: kept as a weaker candidate of its role's field, its role gone."""
    slot = slots.get(j)
    assert slot is not None
    _replace(replaced, money[j], slot)
    slots.set(j, ("replaced",))


def _replace(replaced: list[Replaced], m: Fact[Money], slot: tuple) -> None:
    """Keep the replaced amount ``m`` of ``slot`` as a weaker candidate of its field."""
    if slot[0] == "container" and slot[1] == "whole":
        replaced.append((m, "total_budget_eur", None))
    elif slot[0] == "part" and (slot[1] in EU_FUNDS or slot[1] == EU_UNNAMED):
        replaced.append((m, "eu_funding_eur", slot[2]))
