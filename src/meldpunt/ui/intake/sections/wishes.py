"""5. What the reporter wants: the five wishes, each yes, no or not asked."""

from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtWidgets import QWidget

from meldpunt.domain.model import Report, Wishes
from meldpunt.domain.taxonomy import Taxonomy
from meldpunt.ui.intake.codes_widgets import TriStateCombo, capitalised
from meldpunt.ui.intake.sections.base import Section

__all__ = ["WISH_KEYS", "WishesSection"]

WISH_KEYS: tuple[str, ...] = tuple(f.name for f in fields(Wishes))


def _with_mnemonic(label: str) -> str:
    """The taxonomy's label with Alt+first letter, ampersands in it kept as text."""
    return "&" + label.replace("&", "&&")


class WishesSection(Section):
    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("5. What the reporter wants"), parent)
        self.setObjectName("wishesSection")
        self.combos: dict[str, TriStateCombo] = {}
        for key in WISH_KEYS:
            combo = TriStateCombo()
            combo.setObjectName(f"wishes.{key}")
            label = capitalised(taxonomy.label("wishes", key, lang))
            self.add_row(f"wishes.{key}", _with_mnemonic(label), combo)
            combo.valueChanged.connect(lambda k=key: self.changed.emit(f"wishes.{k}"))
            self.combos[key] = combo
            self.chain(combo)

    def load(self, report: Report) -> None:
        for key, combo in self.combos.items():
            combo.set_value(getattr(report.wishes, key))

    def apply(self, report: Report) -> Report:
        return replace(report, wishes=Wishes(**{key: c.value() for key, c in self.combos.items()}))
