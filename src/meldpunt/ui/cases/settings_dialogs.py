"""Office settings of casework: referral rules, contact details of bodies, letter templates."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meldpunt.reports.letters import FLAGS, LETTER_LANGS, PLACEHOLDERS
from meldpunt.services.errors import Conflict, ServiceError
from meldpunt.services.referrals import BodyContact, LetterTemplate, RulesSource
from meldpunt.ui.cases.common import Messages, code_label
from meldpunt.ui.context import AppContext
from meldpunt.ui.service_errors import error_text


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    box.rejected.connect(dialog.reject)
    return box


class RulesDialog(QDialog):
    """The rule table as JSON; checked before it is saved, with the place of a mistake."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.setWindowTitle(self.tr("Referral rules"))
        self.context = context
        self.messages = Messages(self)
        self.source: RulesSource = context.services.referrals.rules_source()
        self.editor = QPlainTextEdit(self.source.text)
        self.editor.setObjectName("rulesEditor")
        self.editor.setAccessibleName(self.tr("Referral rules (JSON)"))
        self.editor.setTabChangesFocus(True)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        label = QLabel(
            self.tr(
                "&Rules that suggest competent bodies. A rule applies when every condition "
                "under 'when' holds and none under 'unless'. The caseworker always decides."
            )
        )
        label.setWordWrap(True)
        label.setBuddy(self.editor)
        self.state = QLabel()
        self.state.setObjectName("rulesState")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveRulesButton")
        self.save_button.clicked.connect(self.save)
        self.default_button = QPushButton(self.tr("Restore the &default rules"))
        self.default_button.clicked.connect(self.restore_default)
        coordinator = context.role == "coordinator"
        for button in (self.save_button, self.default_button):
            button.setEnabled(coordinator)
        self.editor.setReadOnly(not coordinator)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.default_button)
        row.addStretch(1)
        row.addWidget(_buttons(self))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.state)
        layout.addLayout(row)
        self.resize(760, 620)
        self._show_state(coordinator)

    def _show_state(self, coordinator: bool = True) -> None:
        text = (
            self.tr("These are the default rules.")
            if self.source.is_default
            else self.tr("These are the office's own rules.")
        )
        if not coordinator:
            text += " " + self.tr("Only a coordinator can change them.")
        self.state.setText(text)

    def save(self) -> None:
        try:
            self.source = self.context.services.referrals.save_rules(
                self.context.ring,
                self.editor.toPlainText(),
                expected_revision=self.source.revision,
            )
        except ServiceError as exc:
            self.messages.error(error_text(exc))
            return
        self._show_state()
        self.messages.info(self.tr("The referral rules were saved."))

    def restore_default(self) -> None:
        try:
            self.source = self.context.services.referrals.reset_rules(
                self.context.ring, expected_revision=self.source.revision
            )
        except ServiceError as exc:
            self.messages.error(error_text(exc))
            return
        self.editor.setPlainText(self.source.text)
        self._show_state()


class ContactsDialog(QDialog):
    """How the office reaches each body: entered by the office, printed on referral letters."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsDialog")
        self.setWindowTitle(self.tr("Contact details of bodies"))
        self.context = context
        self.messages = Messages(self)
        taxonomy = context.services.taxonomy
        self.contacts = context.services.referrals.contacts()
        self.body = QComboBox()
        self.body.setObjectName("contactBody")
        for code in taxonomy.codes("referral_body"):
            self.body.addItem(
                code_label(taxonomy, "referral_body", code.code, context.language), code.code
            )
        self.body.currentIndexChanged.connect(self._load)
        self.name = QLineEdit()
        self.name.setObjectName("contactName")
        self.name.setMaxLength(200)
        self.address = QPlainTextEdit()
        self.address.setObjectName("contactAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(70)
        self.email = QLineEdit()
        self.email.setObjectName("contactEmail")
        self.email.setMaxLength(200)
        self.phone = QLineEdit()
        self.phone.setObjectName("contactPhone")
        self.phone.setMaxLength(64)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Body"), self.body),
            (self.tr("&Name"), self.name),
            (self.tr("&Address"), self.address),
            (self.tr("&E-mail"), self.email),
            (self.tr("&Phone"), self.phone),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(label.text().replace("&", ""))
            form.addRow(label, widget)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveContactButton")
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(_buttons(self))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        self._load()

    def current(self) -> BodyContact:
        body = str(self.body.currentData())
        return self.contacts.get(body) or BodyContact(body)

    def _load(self) -> None:
        contact = self.current()
        self.name.setText(contact.name)
        self.address.setPlainText(contact.address)
        self.email.setText(contact.email)
        self.phone.setText(contact.phone)

    def save(self) -> None:
        edited = dataclasses.replace(
            self.current(),
            name=self.name.text(),
            address=self.address.toPlainText(),
            email=self.email.text(),
            phone=self.phone.text(),
        )
        try:
            saved = self.context.services.referrals.save_contact(self.context.ring, edited)
        except Conflict as exc:
            # Keep what was typed; show the stored version's values next to it.
            self.contacts = self.context.services.referrals.contacts()
            other = self.current()
            self.messages.error(
                error_text(exc)
                + "\n\n"
                + self.tr("Now stored: {details}").format(details=", ".join(other.lines()))
            )
            return
        except ServiceError as exc:
            self.messages.error(error_text(exc))
            return
        self.contacts[saved.body] = saved
        self.messages.info(self.tr("The contact details were saved."))


class TemplatesDialog(QDialog):
    """The office's wording of the letters per language, and its letterhead."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("Letter templates"))
        self.context = context
        self.messages = Messages(self)
        referrals = context.services.referrals
        taxonomy = context.services.taxonomy
        self.kind = QComboBox()
        self.kind.setObjectName("templateKind")
        self.kind.addItem(self.tr("Information letter"), "information")
        self.kind.addItem(self.tr("Referral letter"), "referral")
        self.lang = QComboBox()
        self.lang.setObjectName("templateLanguage")
        for code in LETTER_LANGS:
            self.lang.addItem(code_label(taxonomy, "language", code, context.language), code)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("templateEditor")
        self.editor.setAccessibleName(self.tr("Letter text"))
        self.editor.setTabChangesFocus(True)
        self.help = QLabel()
        self.help.setObjectName("templateHelp")
        self.help.setWordWrap(True)
        self.letterhead = QPlainTextEdit(referrals.letterhead())
        self.letterhead.setObjectName("letterheadEditor")
        self.letterhead.setAccessibleName(self.tr("Letterhead"))
        self.letterhead.setTabChangesFocus(True)
        self.letterhead.setFixedHeight(64)
        self.template: LetterTemplate | None = None
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Letter"), self.kind),
            (self.tr("Lan&guage"), self.lang),
            (self.tr("&Text"), self.editor),
            (self.tr("Letter&head (address, phone, e-mail of the office)"), self.letterhead),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.help)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveTemplateButton")
        self.save_button.clicked.connect(self.save)
        self.default_button = QPushButton(self.tr("Restore the &default text"))
        self.default_button.clicked.connect(self.restore_default)
        coordinator = context.role == "coordinator"
        for button in (self.save_button, self.default_button):
            button.setEnabled(coordinator)
        self.editor.setReadOnly(not coordinator)
        self.letterhead.setReadOnly(not coordinator)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.default_button)
        row.addStretch(1)
        row.addWidget(_buttons(self))
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addLayout(row)
        self.resize(760, 640)
        self.kind.currentIndexChanged.connect(self._load)
        self.lang.currentIndexChanged.connect(self._load)
        self._load()

    def _load(self) -> None:
        kind, lang = str(self.kind.currentData()), str(self.lang.currentData())
        self.template = self.context.services.referrals.template(kind, lang)
        self.editor.setPlainText(self.template.text)
        names = ", ".join("{" + n + "}" for n in sorted(PLACEHOLDERS[kind]))
        flags = ", ".join(f"[if {f}] / [if not {f}]" for f in sorted(FLAGS[kind]))
        text = self.tr(
            "Paragraphs are separated by an empty line; a line starting with '# ' is the "
            "subject. You can use: {names}."
        ).format(names=names)
        if flags:
            text += " " + self.tr("A paragraph starting with {flags} is kept only then.").format(
                flags=flags
            )
        if self.template.is_default:
            text += " " + self.tr("(default text)")
        self.help.setText(text)

    def save(self) -> None:
        if self.template is None:
            return
        referrals = self.context.services.referrals
        ring = self.context.ring
        try:
            self.template = referrals.save_template(
                ring,
                self.template.kind,
                self.template.lang,
                self.editor.toPlainText(),
                expected_version=self.template.version,
            )
            referrals.save_letterhead(ring, self.letterhead.toPlainText())
        except ServiceError as exc:
            self.messages.error(error_text(exc))
            return
        self.messages.info(self.tr("The letter was saved."))

    def restore_default(self) -> None:
        if self.template is None:
            return
        try:
            self.template = self.context.services.referrals.reset_template(
                self.context.ring,
                self.template.kind,
                self.template.lang,
                expected_version=self.template.version,
            )
        except ServiceError as exc:
            self.messages.error(error_text(exc))
            return
        self.editor.setPlainText(self.template.text)
