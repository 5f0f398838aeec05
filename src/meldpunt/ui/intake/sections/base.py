"""What every group of the intake form shares: labelled rows with error lines and a focus chain."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from meldpunt.domain.model import Report
from meldpunt.domain.validation import TEXT_LIMITS
from meldpunt.ui.intake.field_box import FieldBox, FieldLabel, strip_mnemonic

__all__ = ["Section", "line_edit", "text_edit", "text_or_none"]


def text_or_none(text: str) -> str | None:
    """An empty (or blank) field is "not given", as in the import format."""
    return text if text.strip() else None


def line_edit(path: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(path)
    if path in TEXT_LIMITS:
        edit.setMaxLength(TEXT_LIMITS[path])
    return edit


def text_edit(path: str, lines: int, *, grow: bool = False) -> QPlainTextEdit:
    """A multi-line field ``lines`` high (in the current font, so it scales); ``grow``
    lets it take spare height (the account of the facts), else it keeps that height."""
    edit = QPlainTextEdit()
    edit.setObjectName(path)
    # Tab moves on to the next field; a desk worker does not type tab characters.
    edit.setTabChangesFocus(True)
    metrics = edit.fontMetrics()
    height = metrics.lineSpacing() * lines + 2 * edit.frameWidth() + 10
    if grow:
        edit.setMinimumHeight(height)
    else:
        edit.setFixedHeight(height)
    return edit


class Section(QGroupBox):
    """One numbered group of fields. ``changed(path)`` names the contract field that changed."""

    changed = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.boxes: dict[str, FieldBox] = {}
        self._chain: list[QWidget] = []
        self.outer = QVBoxLayout(self)
        self.outer.setSpacing(10)
        self.form = self.new_form()
        self.outer.addLayout(self.form)

    @staticmethod
    def new_form() -> QFormLayout:
        form = QFormLayout()
        # Long (French, enlarged) labels go above their field instead of squeezing it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)
        return form

    def _label(self, text: str, box: FieldBox) -> QLabel:
        label = FieldLabel(text)
        label.setBuddy(box.focus_widget)
        if not box.focus_widget.accessibleName():
            box.focus_widget.setAccessibleName(strip_mnemonic(text))
        return label

    def add_row(
        self,
        path: str,
        text: str,
        widget: QWidget,
        *,
        focus: QWidget | None = None,
        form: QFormLayout | None = None,
    ) -> tuple[QLabel, FieldBox]:
        """A label beside its field (above it when the row is too narrow)."""
        box = FieldBox(widget, focus)
        label = self._label(text, box)
        (form or self.form).addRow(label, box)
        self.boxes[path] = box
        return label, box

    def add_block(
        self, path: str, text: str, widget: QWidget, layout: QBoxLayout | None = None
    ) -> FieldBox:
        """A label above a field that needs the whole width (lists, the account of the facts)."""
        box = FieldBox(widget)
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(self._label(text, box))
        column.addWidget(box)
        (layout or self.outer).addLayout(column)
        self.boxes[path] = box
        return box

    def chain(self, *widgets: QWidget) -> None:
        """Add widgets to this section's tab order (in the order given)."""
        self._chain.extend(widgets)

    def focus_chain(self) -> list[QWidget]:
        return list(self._chain)

    # -- values -----------------------------------------------------------------------

    def load(self, report: Report) -> None:
        """Fill the widgets from ``report``."""
        raise NotImplementedError

    def apply(self, report: Report) -> Report:
        """``report`` with this section's fields taken from the widgets."""
        raise NotImplementedError

    def clear(self) -> None:
        """Empty every widget, undo history included (nothing may be recalled after a lock)."""
        self.load(Report())
