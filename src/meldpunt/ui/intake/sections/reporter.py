"""1. Who is reporting: role (anonymous clears the contact fields), names, contact, language."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from meldpunt.domain.model import Report, Reporter
from meldpunt.domain.taxonomy import Taxonomy
from meldpunt.ui.intake.codes_widgets import CodeCombo
from meldpunt.ui.intake.sections.base import Section, line_edit, text_edit, text_or_none

__all__ = ["ANONYMOUS", "IDENTIFYING", "ReporterSection"]

ANONYMOUS = "anonymous"
# The fields that identify a person; validation refuses them for an anonymous report.
IDENTIFYING = ("legal_name", "chosen_name", "email", "phone", "address")


class ReporterSection(Section):
    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("1. Who is reporting"), parent)
        self.setObjectName("reporterSection")
        not_given = self.tr("— not given —")
        self.role = CodeCombo(taxonomy, "reporter_role", lang, empty_text=not_given)
        self.role.setObjectName("reporter.role")
        self.legal_name = line_edit("reporter.legal_name")
        self.chosen_name = line_edit("reporter.chosen_name")
        self.chosen_name.setPlaceholderText(self.tr("the name the person uses, if different"))
        self.pronouns = line_edit("reporter.pronouns")
        self.pronouns.setPlaceholderText(self.tr("e.g. she/her, he/him, they/them"))
        self.email = line_edit("reporter.email")
        self.phone = line_edit("reporter.phone")
        self.address = text_edit("reporter.address", 3)
        self.birth_year = QLineEdit()
        self.birth_year.setObjectName("reporter.birth_year")
        self.birth_year.setValidator(
            QRegularExpressionValidator(QRegularExpression("[0-9]{0,4}"), self.birth_year)
        )
        self.birth_year.setMaximumWidth(self.birth_year.fontMetrics().horizontalAdvance("0") * 9)
        self.language = CodeCombo(taxonomy, "language", lang, empty_text=not_given)
        self.language.setObjectName("reporter.language")

        self.add_row("reporter.role", self.tr("&Role"), self.role)
        self.anonymous_note = QLabel(
            self.tr("An anonymous report keeps no name or contact details.")
        )
        self.anonymous_note.setWordWrap(True)
        self.anonymous_note.hide()
        self.form.addRow("", self.anonymous_note)
        self.add_row("reporter.legal_name", self.tr("&Legal name"), self.legal_name)
        self.add_row("reporter.chosen_name", self.tr("&Chosen name"), self.chosen_name)
        self.add_row("reporter.pronouns", self.tr("Pro&nouns"), self.pronouns)
        self.add_row("reporter.email", self.tr("&E-mail"), self.email)
        self.add_row("reporter.phone", self.tr("&Phone"), self.phone)
        self.add_row("reporter.address", self.tr("&Address"), self.address)
        self.add_row("reporter.birth_year", self.tr("&Year of birth"), self.birth_year)
        self.add_row("reporter.language", self.tr("Lan&guage"), self.language)
        self.chain(
            self.role,
            self.legal_name,
            self.chosen_name,
            self.pronouns,
            self.email,
            self.phone,
            self.address,
            self.birth_year,
            self.language,
        )

        # Cleared contact details, kept in memory only until the role changes back, so a
        # slip of the role combo does not silently throw away what was typed.
        self._stash: dict[str, str] = {}
        self.role.codeChanged.connect(self._role_changed)
        self.role.codeChanged.connect(lambda: self.changed.emit("reporter.role"))
        for key, widget in self._text_widgets().items():
            path = f"reporter.{key}"
            signal = widget.textChanged if isinstance(widget, QPlainTextEdit) else widget.textEdited
            signal.connect(lambda *_args, p=path: self.changed.emit(p))
        self.birth_year.textEdited.connect(lambda _t: self.changed.emit("reporter.birth_year"))
        self.language.codeChanged.connect(lambda: self.changed.emit("reporter.language"))

    def _text_widgets(self) -> dict[str, QLineEdit | QPlainTextEdit]:
        return {
            "legal_name": self.legal_name,
            "chosen_name": self.chosen_name,
            "pronouns": self.pronouns,
            "email": self.email,
            "phone": self.phone,
            "address": self.address,
        }

    @staticmethod
    def _text(widget: QLineEdit | QPlainTextEdit) -> str:
        return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()

    @staticmethod
    def _set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
        # setText/setPlainText also drop the undo history; clear() would keep it.
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        else:
            widget.setText(text)

    def is_anonymous(self) -> bool:
        return self.role.code() == ANONYMOUS

    def _role_changed(self) -> None:
        anonymous = self.is_anonymous()
        widgets = self._text_widgets()
        for key in IDENTIFYING:
            widget = widgets[key]
            if anonymous:
                text = self._text(widget)
                if text:
                    self._stash[key] = text
                self._set_text(widget, "")
            elif key in self._stash and not self._text(widget):
                self._set_text(widget, self._stash[key])
            widget.setEnabled(not anonymous)
        if not anonymous:
            self._stash.clear()
        self.anonymous_note.setVisible(anonymous)

    def load(self, report: Report) -> None:
        self._stash.clear()
        person = report.reporter
        for key, widget in self._text_widgets().items():
            self._set_text(widget, getattr(person, key) or "")
        self.birth_year.setText("" if person.birth_year is None else str(person.birth_year))
        self.language.set_code(person.language)
        self.role.set_code(person.role)
        self._role_changed()
        self._stash.clear()

    def apply(self, report: Report) -> Report:
        values = {key: text_or_none(self._text(w)) for key, w in self._text_widgets().items()}
        year = self.birth_year.text()
        return replace(
            report,
            reporter=Reporter(
                role=self.role.code(),
                birth_year=int(year) if year else None,
                language=self.language.code(),
                **values,
            ),
        )

    def clear(self) -> None:
        self._stash.clear()
        super().clear()
        self._stash.clear()
