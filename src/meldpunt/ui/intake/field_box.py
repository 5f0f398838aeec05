"""A form field with its own error line below it, coloured from the palette (dark themes too)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from meldpunt.ui.palette import error_colour

__all__ = ["ErrorLabel", "FieldBox", "FieldLabel", "strip_mnemonic"]


def strip_mnemonic(text: str) -> str:
    """``"&Legal name"`` → ``"Legal name"`` (``&&`` stays one ampersand), for accessible names."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class FieldLabel(QLabel):
    """A field's label with a little room to spare.

    Qt measures a label without the mnemonic's underline run, but draws it with one; with
    some fonts and scale factors the drawn text is then a few pixels wider and the last
    letter was clipped ("worden" became "worder" at 150 %).
    """

    def _pad(self) -> int:
        return max(2, self.fontMetrics().averageCharWidth() // 2)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + self._pad(), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width() + self._pad(), hint.height())


class ErrorLabel(QLabel):
    """Shows one field's problems; hidden while there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._colouring = False
        self._apply_colour()
        self.hide()

    def set_messages(self, messages: list[str]) -> None:
        self.setText("\n".join(messages))
        self.setVisible(bool(messages))

    def messages(self) -> list[str]:
        return self.text().split("\n") if self.text() else []

    def changeEvent(self, event: QEvent) -> None:
        # Follow a theme switch; our own palette change must not trigger another one.
        if event.type() == QEvent.Type.PaletteChange and not self._colouring:
            self._apply_colour()
        super().changeEvent(event)

    def _apply_colour(self) -> None:
        self._colouring = True
        try:
            palette = QPalette(self.palette())
            palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette))
            self.setPalette(palette)
        finally:
            self._colouring = False


class FieldBox(QWidget):
    """The field widget with its error line; the error is also the field's description."""

    def __init__(self, widget: QWidget, focus: QWidget | None = None) -> None:
        super().__init__()
        self.widget = widget
        self.focus_widget = focus or widget
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.error)

    def set_problems(self, messages: list[str]) -> None:
        self.error.set_messages(messages)
        # Screen readers read the description when the field gets focus.
        self.focus_widget.setAccessibleDescription(" ".join(messages))
