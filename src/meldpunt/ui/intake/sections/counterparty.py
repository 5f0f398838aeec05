"""4. Who did it: the other party's kind, name and address."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from meldpunt.domain.model import Counterparty, Report
from meldpunt.domain.taxonomy import Taxonomy
from meldpunt.ui.intake.codes_widgets import CodeCombo
from meldpunt.ui.intake.sections.base import Section, line_edit, text_edit, text_or_none

__all__ = ["CounterpartySection"]


class CounterpartySection(Section):
    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("4. Who did it"), parent)
        self.setObjectName("counterpartySection")
        self.type = CodeCombo(
            taxonomy, "counterparty_type", lang, empty_text=self.tr("— not given —")
        )
        self.type.setObjectName("counterparty.type")
        self.name = line_edit("counterparty.name")
        self.address = text_edit("counterparty.address", 3)
        self.add_row("counterparty.type", self.tr("&Kind of counterparty"), self.type)
        self.add_row("counterparty.name", self.tr("&Name"), self.name)
        self.add_row("counterparty.address", self.tr("Addr&ess"), self.address)
        self.chain(self.type, self.name, self.address)
        self.type.codeChanged.connect(lambda: self.changed.emit("counterparty.type"))
        self.name.textEdited.connect(lambda _t: self.changed.emit("counterparty.name"))
        self.address.textChanged.connect(lambda: self.changed.emit("counterparty.address"))

    def load(self, report: Report) -> None:
        party = report.counterparty
        self.type.set_code(party.type)
        self.name.setText(party.name or "")
        self.address.setPlainText(party.address or "")

    def apply(self, report: Report) -> Report:
        return replace(
            report,
            counterparty=Counterparty(
                type=self.type.code(),
                name=text_or_none(self.name.text()),
                address=text_or_none(self.address.toPlainText()),
            ),
        )
