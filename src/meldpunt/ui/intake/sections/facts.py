"""2. What happened: domain (housing in detail), criteria with modifiers, forms, the account."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from meldpunt.domain.model import Report
from meldpunt.domain.taxonomy import Taxonomy
from meldpunt.ui.intake.codes_widgets import CodeChecklist, CodeCombo
from meldpunt.ui.intake.sections.base import Section, text_edit, text_or_none

__all__ = ["HOUSING", "FactsSection"]

HOUSING = "housing"


class FactsSection(Section):
    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("2. What happened"), parent)
        self.setObjectName("factsSection")
        self._taxonomy = taxonomy
        tops = [c for c in taxonomy.codes("domain") if c.parent is None]
        self.domain = CodeCombo(
            taxonomy, "domain", lang, empty_text=self.tr("— choose —"), codes=tops
        )
        self.domain.setObjectName("domain")
        self.housing = CodeCombo(
            taxonomy,
            "domain",
            lang,
            empty_text=self.tr("— not specified —"),
            codes=taxonomy.housing_subdomains(),
        )
        self.housing.setObjectName("domain.housing")
        self.criteria = CodeChecklist(taxonomy, "criteria", lang, grouped=True)
        self.criteria.setObjectName("criteria")
        self.modifiers = CodeChecklist(taxonomy, "modifiers", lang)
        self.modifiers.setObjectName("modifiers")
        self.forms = CodeChecklist(taxonomy, "forms", lang)
        self.forms.setObjectName("forms")
        self.narrative = text_edit("narrative", 10, grow=True)
        self.narrative.setPlaceholderText(
            self.tr("What happened, in the reporter's words: who said or did what, when, where.")
        )

        self.add_row("domain", self.tr("&Domain"), self.domain)
        self.add_row("domain.housing", self.tr("&Housing: what exactly"), self.housing)
        lists = QHBoxLayout()
        lists.setSpacing(16)
        left = QVBoxLayout()
        right = QVBoxLayout()
        self.add_block("criteria", self.tr("Protected &criteria"), self.criteria, left)
        left.addStretch(1)
        self.add_block("modifiers", self.tr("&Modifiers"), self.modifiers, right)
        self.add_block("forms", self.tr("&Forms of discrimination"), self.forms, right)
        right.addStretch(1)
        lists.addLayout(left, 1)
        lists.addLayout(right, 1)
        self.outer.addLayout(lists)
        self.add_block("narrative", self.tr("&Account of the facts"), self.narrative)
        self.chain(
            self.domain, self.housing, self.criteria, self.modifiers, self.forms, self.narrative
        )

        self.domain.codeChanged.connect(self._top_changed)
        self.domain.codeChanged.connect(lambda: self.changed.emit("domain"))
        self.housing.codeChanged.connect(lambda: self.changed.emit("domain"))
        self.criteria.codesChanged.connect(lambda: self.changed.emit("criteria"))
        self.modifiers.codesChanged.connect(lambda: self.changed.emit("modifiers"))
        self.forms.codesChanged.connect(lambda: self.changed.emit("forms"))
        self.narrative.textChanged.connect(lambda: self.changed.emit("narrative"))
        self._top_changed()

    def _top_changed(self) -> None:
        self.form.setRowVisible(self.boxes["domain.housing"], self.domain.code() == HOUSING)

    def domain_code(self) -> str | None:
        top = self.domain.code()
        if top == HOUSING:
            return self.housing.code() or top
        return top

    def set_domain(self, code: str | None) -> None:
        top: str | None = code
        if code and self._taxonomy.is_known("domain", code):
            top = self._taxonomy.top_domain(code)
        self.domain.set_code(top)
        self.housing.set_code(code if code and code != top else None)
        self._top_changed()

    def load(self, report: Report) -> None:
        self.set_domain(report.domain)
        self.criteria.set_codes(report.criteria)
        self.modifiers.set_codes(report.modifiers)
        self.forms.set_codes(report.forms)
        self.narrative.setPlainText(report.narrative or "")

    def apply(self, report: Report) -> Report:
        return replace(
            report,
            domain=self.domain_code(),
            criteria=self.criteria.codes(),
            modifiers=self.modifiers.codes(),
            forms=self.forms.codes(),
            narrative=text_or_none(self.narrative.toPlainText()),
        )
