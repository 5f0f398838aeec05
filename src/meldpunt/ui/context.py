"""The unlocked session as the windows see it: the services and the current key ring."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from meldpunt.crypto.keyring import KeyRing, Locked
from meldpunt.services.container import Services

log = logging.getLogger(__name__)


class AppContext(QObject):
    """Holds the key ring while unlocked; ``lock()`` wipes it and tells every screen.

    Screens connect to ``locked`` and drop every model, widget value and cache holding
    personal data; they connect to ``unlocked`` to load again.
    """

    unlocked = Signal()
    locked = Signal()

    def __init__(self, services: Services, *, language: str = "nl", demo: bool = False) -> None:
        super().__init__()
        self.services = services
        self.language = language
        self.demo = demo
        self._ring: KeyRing | None = None
        self._clipboard_owned = False

    @property
    def is_unlocked(self) -> bool:
        return self._ring is not None and not self._ring.is_locked

    @property
    def ring(self) -> KeyRing:
        if self._ring is None or self._ring.is_locked:
            raise Locked()
        return self._ring

    @property
    def user_id(self) -> str | None:
        return self._ring.user_id if self.is_unlocked and self._ring else None

    @property
    def role(self) -> str | None:
        return self._ring.role if self.is_unlocked and self._ring else None

    def set_unlocked(self, ring: KeyRing) -> None:
        if self._ring is not None:
            self._ring.wipe()
        self._ring = ring
        log.info("Session unlocked")
        self.unlocked.emit()

    def copy_to_clipboard(self, text: str) -> None:
        """Copy personal data; the clipboard is cleared again on lock."""
        QGuiApplication.clipboard().setText(text)
        self._clipboard_owned = True

    def lock(self) -> None:
        """Drop the keys, clear the clipboard, and let every screen forget what it showed."""
        was_unlocked = self.is_unlocked
        if self._ring is not None:
            self._ring.wipe()
        self._ring = None
        if self._clipboard_owned:
            QGuiApplication.clipboard().clear()
            self._clipboard_owned = False
        if was_unlocked:
            log.info("Session locked")
        self.locked.emit()
