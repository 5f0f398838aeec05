"""Saves the form's state as an encrypted draft a few seconds after it changed, and on demand."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from meldpunt.crypto.errors import CryptoError
from meldpunt.services.errors import ServiceError
from meldpunt.ui.context import AppContext
from meldpunt.ui.service_errors import error_text

__all__ = ["DEFAULT_INTERVAL_MS", "DraftAutosave"]

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 5000


class DraftAutosave(QObject):
    """One draft per form, overwritten in place (same draft id) while the form changes.

    Runs on the GUI thread: a draft is one small transaction, and saving it from a worker
    would race with the lock that wipes the key ring.
    """

    saved = Signal(str)  # draft id
    failed = Signal(str)  # a message for the status line (no personal data)

    def __init__(
        self,
        context: AppContext,
        state: Callable[[], dict[str, Any]],
        has_changes: Callable[[], bool],
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._state = state
        self._has_changes = has_changes
        self._dirty = False
        self.draft_id: str | None = None
        self.report_id: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    @property
    def interval_ms(self) -> int:
        return self.timer.interval()

    @interval_ms.setter
    def interval_ms(self, value: int) -> None:
        self.timer.setInterval(value)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def mark_dirty(self) -> None:
        """The form changed: save within one interval (at most one save per interval)."""
        self._dirty = True
        if not self.timer.isActive():
            self.timer.start()

    def _tick(self) -> None:
        if self._dirty:
            self.save_now()

    def save_now(self) -> bool:
        """Save the draft now if there is anything unsaved; ``True`` when a draft was written."""
        self.timer.stop()
        if not self._context.is_unlocked or not self._has_changes():
            self._dirty = False
            return False
        try:
            self.draft_id = self._context.services.drafts.save(
                self._context.ring,
                self._state(),
                draft_id=self.draft_id,
                report_id=self.report_id,
            )
        except (ServiceError, CryptoError, OSError) as exc:
            # Never the state itself in the log: only what kind of failure it was.
            log.warning("Draft could not be saved (%s)", type(exc).__name__)
            self.failed.emit(
                self.tr("The draft could not be saved: {reason}").replace(
                    "{reason}", error_text(exc)
                )
            )
            return False
        self._dirty = False
        self.saved.emit(self.draft_id)
        return True

    def discard(self) -> None:
        """Delete the stored draft (after a save or an explicit discard)."""
        self.timer.stop()
        self._dirty = False
        draft_id, self.draft_id = self.draft_id, None
        if draft_id is None or not self._context.is_unlocked:
            return
        try:
            self._context.services.drafts.discard(self._context.ring, draft_id)
        except (ServiceError, CryptoError, OSError) as exc:
            log.warning("Draft could not be deleted (%s)", type(exc).__name__)

    def forget(self) -> None:
        """Stop and drop the draft id without touching storage (the session was locked)."""
        self.timer.stop()
        self._dirty = False
        self.draft_id = None
        self.report_id = None
