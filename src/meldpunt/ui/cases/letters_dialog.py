"""Asking what the information letter needs: which report, which language, a note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from meldpunt.domain.taxonomy import Taxonomy
from meldpunt.reports.letters import LETTER_LANGS
from meldpunt.services.casework import CaseView
from meldpunt.ui.cases.common import code_label


class InformationLetterDialog(QDialog):
    """The letter to the counterparty about the rules; it names the reporter only if allowed."""

    def __init__(
        self, view: CaseView, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("informationLetterDialog")
        self.setWindowTitle(self.tr("Information letter to the counterparty"))
        self.view = view
        self.report = QComboBox()
        self.report.setObjectName("letterReport")
        self.report.setAccessibleName(self.tr("Report the letter is about"))
        for linked in view.reports:
            name = linked.report.counterparty.name or self.tr("(no name)")
            self.report.addItem(f"{linked.number} — {name}", linked.id)
        self.report.currentIndexChanged.connect(self._update)
        self.language = QComboBox()
        self.language.setObjectName("letterLanguage")
        self.language.setAccessibleName(self.tr("Language of the letter"))
        for code in LETTER_LANGS:
            self.language.addItem(code_label(taxonomy, "language", code, lang), code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.note = QLineEdit()
        self.note.setObjectName("letterNote")
        self.note.setAccessibleName(self.tr("Note on the timeline"))
        self.privacy = QLabel()
        self.privacy.setObjectName("letterPrivacy")
        self.privacy.setWordWrap(True)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Report"), self.report),
            (self.tr("&Language"), self.language),
            (self.tr("&Note"), self.note),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Make the letter"))
        ok.setObjectName("makeInformationLetter")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.privacy)
        layout.addWidget(buttons)
        self._update()

    def _update(self) -> None:
        linked = self.view.report(self.report.currentData())
        allowed = linked is not None and linked.report.wishes.may_contact_counterparty is True
        self.privacy.setText(
            self.tr("The reporter allowed contact with the counterparty: the letter names them.")
            if allowed
            else self.tr(
                "The reporter did not allow contact with the counterparty: the letter names "
                "no one and gives no date."
            )
        )

    def values(self) -> tuple[str, str, str]:
        return str(self.report.currentData()), str(self.language.currentData()), self.note.text()

    @classmethod
    def ask(
        cls, parent: QWidget, view: CaseView, taxonomy: Taxonomy, lang: str
    ) -> tuple[str, str, str] | None:
        dialog = cls(view, taxonomy, lang, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        values = dialog.values()
        dialog.deleteLater()
        return values if accepted else None
