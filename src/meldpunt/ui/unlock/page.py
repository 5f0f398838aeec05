"""Unlock page: user name and passphrase; nothing of the office is visible behind it."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meldpunt.crypto.errors import CryptoError, IntegrityError, WrongPassphrase
from meldpunt.crypto.keyring import KeyRing
from meldpunt.services.errors import ServiceError, TooManyAttempts
from meldpunt.ui.context import AppContext
from meldpunt.ui.service_errors import error_text
from meldpunt.ui.tasks import run_task

log = logging.getLogger(__name__)


class UnlockPage(QWidget):
    """Emits ``unlocked(ring)`` when a passphrase opens its slot."""

    unlocked = Signal(object)

    def __init__(
        self,
        context: AppContext,
        *,
        office_name: str = "",
        demo_credentials: tuple[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPage")
        self.context = context

        title = QLabel(self.tr("Meldpunt is locked"))
        title.setObjectName("unlockTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.office_label = QLabel(office_name)
        self.office_label.setObjectName("officeName")

        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("userEdit")
        self.user_edit.setAccessibleName(self.tr("User name"))
        self.user_edit.setMaxLength(40)
        self.pass_edit = QLineEdit()
        self.pass_edit.setObjectName("passphraseEdit")
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_edit.setAccessibleName(self.tr("Passphrase"))
        self.pass_edit.returnPressed.connect(self.try_unlock)
        self.user_edit.returnPressed.connect(self.pass_edit.setFocus)

        form = QFormLayout()
        user_label = QLabel(self.tr("&User name"))
        user_label.setBuddy(self.user_edit)
        pass_label = QLabel(self.tr("&Passphrase"))
        pass_label.setBuddy(self.pass_edit)
        form.addRow(user_label, self.user_edit)
        form.addRow(pass_label, self.pass_edit)

        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.button = QPushButton(self.tr("&Unlock"))
        self.button.setObjectName("unlockButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self.try_unlock)

        box = QFrame()
        box.setObjectName("unlockBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMaximumWidth(460)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(self.office_label)
        inner.addLayout(form)
        if demo_credentials is not None:
            demo = QLabel(
                self.tr("Demo office with invented reports.\nUser: {user}   Passphrase: {pw}")
                .replace("{user}", demo_credentials[0])
                .replace("{pw}", demo_credentials[1])
            )
            demo.setObjectName("demoCredentials")
            demo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            inner.addWidget(demo)
            self.user_edit.setText(demo_credentials[0])
        inner.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        inner.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setTabOrder(self.user_edit, self.pass_edit)
        self.setTabOrder(self.pass_edit, self.button)

    def reset(self) -> None:
        """Shown again after a lock: the passphrase field is empty, the user name kept."""
        self.pass_edit.clear()
        self.message.clear()
        self.set_busy(False)
        (self.pass_edit if self.user_edit.text() else self.user_edit).setFocus()

    def set_busy(self, busy: bool) -> None:
        for w in (self.user_edit, self.pass_edit, self.button):
            w.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Unlocking…"))

    def try_unlock(self) -> None:
        user = self.user_edit.text().strip()
        passphrase = self.pass_edit.text()
        if not user or not passphrase:
            self.message.setText(self.tr("Type your user name and passphrase."))
            (self.user_edit if not user else self.pass_edit).setFocus()
            return
        self.pass_edit.clear()
        self.set_busy(True)
        accounts = self.context.services.accounts
        run_task(lambda: accounts.unlock(user, passphrase), self._done, self._failed)

    def _done(self, ring: object) -> None:
        assert isinstance(ring, KeyRing)
        self.set_busy(False)
        self.message.clear()
        self.unlocked.emit(ring)

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        if isinstance(exc, TooManyAttempts):
            text = self.tr("Too many failed attempts. Wait {n} seconds and try again.").replace(
                "{n}", str(exc.seconds)
            )
        elif isinstance(exc, WrongPassphrase):
            text = self.tr("Wrong user name or passphrase.")
        elif isinstance(exc, IntegrityError):
            log.error("Key slot damaged: %s", exc)
            text = self.tr(
                "Your key slot is damaged or was changed. Ask a coordinator to re-enrol you."
            )
        elif isinstance(exc, CryptoError | ServiceError):
            text = error_text(exc)
        else:
            log.error("Unlock failed", exc_info=exc)
            text = self.tr("Unlocking failed; details are in the log file.")
        self.message.setText(text)
        self.pass_edit.setFocus()
