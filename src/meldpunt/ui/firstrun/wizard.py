"""First run: name the office, create the first coordinator, show the recovery key once."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from meldpunt.domain.accounts import (
    MIN_PASSPHRASE_LENGTH,
    PolicyError,
    check_passphrase,
    normalize_username,
    passphrase_strength,
)
from meldpunt.fileio import write_atomically
from meldpunt.reports.recovery_sheet import build_recovery_sheet
from meldpunt.services.accounts import NewOffice
from meldpunt.services.errors import ServiceError
from meldpunt.ui.context import AppContext
from meldpunt.ui.service_errors import error_text

log = logging.getLogger(__name__)


class OfficePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Meldpunt"))
        self.setSubTitle(
            self.tr(
                "This database holds no office yet. Give the office a name; you will then "
                "create the first coordinator's account."
            )
        )
        self.office = QLineEdit(self.tr("Antidiscriminatiemeldpunt Leuven"))
        self.office.setObjectName("officeEdit")
        self.office.setMaxLength(200)
        self.office.setAccessibleName(self.tr("Office name"))
        label = QLabel(self.tr("Office &name"))
        label.setBuddy(self.office)
        form = QFormLayout(self)
        form.addRow(label, self.office)
        self.registerField("office", self.office)
        self.office.textChanged.connect(lambda _t: self.completeChanged.emit())

    def isComplete(self) -> bool:
        # The name comes pre-filled; a mandatory field ("office*") would still keep Next
        # disabled until the user types, so completeness is checked here instead.
        return bool(self.office.text().strip())


class CoordinatorPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("First coordinator"))
        self.setSubTitle(
            self.tr(
                "The coordinator manages staff accounts. Choose a passphrase of at least {n} "
                "characters: a few words you can remember work well."
            ).replace("{n}", str(MIN_PASSPHRASE_LENGTH))
        )
        self.username = QLineEdit()
        self.username.setObjectName("usernameEdit")
        self.username.setPlaceholderText(self.tr("e.g. an.peeters"))
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullNameEdit")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatEdit")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QProgressBar()
        self.strength.setObjectName("strengthBar")
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(True)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.problem = QLabel()
        self.problem.setObjectName("coordinatorProblem")
        self.problem.setWordWrap(True)
        form = QFormLayout(self)
        for text, widget, name in (
            (self.tr("&User name"), self.username, self.tr("User name")),
            (self.tr("&Full name"), self.full_name, self.tr("Full name")),
            (self.tr("&Passphrase"), self.passphrase, self.tr("Passphrase")),
            (self.tr("&Repeat passphrase"), self.repeat, self.tr("Repeat passphrase")),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        form.addRow(self.tr("Strength"), self.strength)
        form.addRow(self.problem)
        self.registerField("username*", self.username)
        self.registerField("full_name", self.full_name)
        self.registerField("passphrase*", self.passphrase)
        self.registerField("repeat*", self.repeat)
        self.passphrase.textChanged.connect(self._update_strength)
        self.repeat.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.username.textChanged.connect(lambda _t: self.completeChanged.emit())
        self._update_strength("")

    def _update_strength(self, text: str) -> None:
        score = passphrase_strength(text)
        names = [
            self.tr("too short"),
            self.tr("weak"),
            self.tr("fair"),
            self.tr("good"),
            self.tr("strong"),
        ]
        self.strength.setValue(score)
        self.strength.setFormat(names[score])
        self.completeChanged.emit()

    def _problem(self) -> str:
        try:
            normalize_username(self.username.text())
        except PolicyError:
            return self.tr(
                "A user name has 2 to 40 characters: letters a-z, digits, '.', '_' or '-'."
            )
        try:
            check_passphrase(self.passphrase.text())
        except PolicyError:
            return self.tr("The passphrase must have at least {n} characters.").replace(
                "{n}", str(MIN_PASSPHRASE_LENGTH)
            )
        if self.repeat.text() != self.passphrase.text():
            return self.tr("The two passphrases differ.")
        return ""

    def isComplete(self) -> bool:
        problem = self._problem() if (self.username.text() or self.passphrase.text()) else ""
        self.problem.setText(problem)
        return super().isComplete() and not self._problem()


class RecoveryPage(QWizardPage):
    """Creates the office when shown, then shows the recovery key exactly once."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(
            self.tr(
                "This key is shown only now. With it a new coordinator can be enrolled when "
                "every passphrase is lost. Print the recovery sheet or write the key down, and "
                "keep it locked away: whoever holds it can read every report."
            )
        )
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.4)
        mono.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(mono)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.save_button = QPushButton(self.tr("&Save recovery sheet as PDF…"))
        self.save_button.setObjectName("saveSheetButton")
        self.save_button.clicked.connect(self.save_sheet)
        self.confirm = QCheckBox(self.tr("I have &stored the recovery key in a safe place"))
        self.confirm.setObjectName("confirmStored")
        self.confirm.toggled.connect(lambda _c: self.completeChanged.emit())
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key_label)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.confirm)

    def initializePage(self) -> None:
        office = self._wizard.create_office()
        if office is None:
            return
        groups = office.recovery_key.split("-")
        self.key_label.setText(
            "\n".join("  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))
        )

    def save_sheet(self) -> None:
        office = self._wizard.office
        if office is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save recovery sheet"),
            str(Path.home() / "meldpunt-herstelsleutel.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        pdf = build_recovery_sheet(
            office.recovery_key,
            str(self.field("office")).strip(),
            dt.date.today(),
            self._wizard.context.language,
        )
        try:
            write_atomically(Path(path), pdf)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Recovery sheet"), exc.strerror or str(exc))
            return
        self.status.setText(
            self.tr("The recovery sheet was saved. Print it, then delete the file.")
        )

    def isComplete(self) -> bool:
        return self._wizard.office is not None and self.confirm.isChecked()


class FirstRunWizard(QWizard):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.context = context
        self.office: NewOffice | None = None
        self.setWindowTitle(self.tr("Meldpunt: new office"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.addPage(OfficePage())
        self.addPage(CoordinatorPage())
        self.addPage(RecoveryPage(self))
        self.resize(640, 480)

    def create_office(self) -> NewOffice | None:
        if self.office is not None:
            return self.office
        try:
            self.office = self.context.services.accounts.create_office(
                str(self.field("office")),
                str(self.field("username")),
                str(self.field("passphrase")),
                str(self.field("full_name") or ""),
            )
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Meldpunt: new office"), error_text(exc))
            self.back()
            return None
        finally:
            self.setField("passphrase", "")
            self.setField("repeat", "")
        log.info("Office created from the first-run wizard")
        return self.office
