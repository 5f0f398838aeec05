"""Widgets for taxonomy codes: a combo for one code, a checkable list for several, yes/no/not asked.

They show labels in the UI language and hand back codes; a code that is not (or no longer)
in the list is kept and shown as it is, so loading and reading a report never loses a value.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QListWidget, QListWidgetItem, QWidget

from meldpunt.domain.taxonomy import Code, Taxonomy

__all__ = ["CodeChecklist", "CodeCombo", "TriStateCombo", "capitalised"]

CODE_ROLE = Qt.ItemDataRole.UserRole
HEADER_ROLE = Qt.ItemDataRole.UserRole + 1


def capitalised(text: str) -> str:
    """Taxonomy labels are lower case for use inside sentences; lists start with a capital."""
    return text[:1].upper() + text[1:]


class CodeCombo(QComboBox):
    """One code of a taxonomy field, or none (the first entry)."""

    codeChanged = Signal()

    def __init__(
        self,
        taxonomy: Taxonomy,
        field: str,
        lang: str,
        *,
        empty_text: str,
        codes: Iterable[Code] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._taxonomy = taxonomy
        self._field = field
        self._lang = lang
        self.addItem(empty_text, "")
        for entry in taxonomy.codes(field) if codes is None else codes:
            self.addItem(capitalised(entry.label(lang)), entry.code)
        self._fixed_count = self.count()
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(lambda _index: self.codeChanged.emit())

    def code(self) -> str | None:
        return str(self.currentData(CODE_ROLE)) or None

    def set_code(self, code: str | None) -> None:
        # Drop a value added for an earlier report, so the list stays the taxonomy's.
        while self.count() > self._fixed_count:
            self.removeItem(self.count() - 1)
        if not code:
            self.setCurrentIndex(0)
            return
        index = self.findData(code, CODE_ROLE)
        if index < 0:
            text = (
                capitalised(self._taxonomy.label(self._field, code, self._lang))
                if self._taxonomy.is_known(self._field, code)
                else code
            )
            self.addItem(text, code)
            index = self.count() - 1
        self.setCurrentIndex(index)


class TriStateCombo(QComboBox):
    """A wish of the reporter: yes, no, or not asked (``None``)."""

    valueChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("not asked"), "")
        self.addItem(self.tr("yes"), "yes")
        self.addItem(self.tr("no"), "no")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(lambda _index: self.valueChanged.emit())

    def value(self) -> bool | None:
        data = self.currentData(CODE_ROLE)
        return None if not data else data == "yes"

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex(0 if value is None else (1 if value else 2))


class CodeChecklist(QListWidget):
    """Several codes of a taxonomy field as check boxes, optionally under group headings.

    Space ticks the current item. ``codes()`` keeps the order in which codes were ticked
    (a loaded report keeps its own order), so a report read back is exactly the one loaded.
    """

    codesChanged = Signal()

    def __init__(
        self,
        taxonomy: Taxonomy,
        field: str,
        lang: str,
        *,
        grouped: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._taxonomy = taxonomy
        self._field = field
        self._lang = lang
        self._order: list[str] = []
        self._loading = False
        # No selection highlight: a highlighted row would look ticked. The keyboard still
        # moves a focus frame over the items, and Space ticks.
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        entries = taxonomy.codes(field)
        if grouped and taxonomy.groups(field):
            for group in taxonomy.groups(field):
                members = [e for e in entries if e.group == group]
                if not members:
                    continue
                self._add_header(capitalised(taxonomy.group_label(field, group, lang)))
                for entry in members:
                    self._add_code(entry.code, capitalised(entry.label(lang)))
        else:
            for entry in entries:
                self._add_code(entry.code, capitalised(entry.label(lang)))
        self._fixed_count = self.count()
        self.itemChanged.connect(self._item_changed)
        items = self._items()
        if items:
            self.setCurrentItem(items[0], QItemSelectionModel.SelectionFlag.NoUpdate)

    def _add_header(self, text: str) -> None:
        item = QListWidgetItem(text)
        # Enabled but neither selectable nor checkable: the keyboard passes over it and the
        # heading keeps the normal text colour (a disabled item would be greyed out).
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setData(HEADER_ROLE, True)
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(font)
        self.addItem(item)

    def _add_code(self, code: str, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(CODE_ROLE, code)
        self.addItem(item)
        return item

    def _items(self) -> list[QListWidgetItem]:
        return [
            self.item(row) for row in range(self.count()) if not self.item(row).data(HEADER_ROLE)
        ]

    def item_for(self, code: str) -> QListWidgetItem | None:
        for item in self._items():
            if item.data(CODE_ROLE) == code:
                return item
        return None

    def codes(self) -> tuple[str, ...]:
        return tuple(self._order)

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(codes))
        self._loading = True
        try:
            while self.count() > self._fixed_count:
                self.takeItem(self.count() - 1)
            for code in wanted:
                if self.item_for(code) is None:
                    known = self._taxonomy.is_known(self._field, code)
                    label = self._taxonomy.label(self._field, code, self._lang) if known else code
                    self._add_code(code, capitalised(label))
            for item in self._items():
                checked = item.data(CODE_ROLE) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self._order = wanted
        finally:
            self._loading = False
        self.codesChanged.emit()

    def set_checked(self, code: str, checked: bool = True) -> None:
        item = self.item_for(code)
        if item is None:
            raise KeyError(code)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._loading or item.data(HEADER_ROLE):
            return
        code = str(item.data(CODE_ROLE))
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and code not in self._order:
            self._order.append(code)
        elif not checked and code in self._order:
            self._order.remove(code)
        else:
            return
        self.codesChanged.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Space toggles the current item even when the style would only select it.
        if event.key() == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            item = self.currentItem()
            if item is not None and not item.data(HEADER_ROLE):
                checked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
                event.accept()
                return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        # Every item visible: a ticked criterion scrolled out of sight is easily missed.
        rows = sum(self.sizeHintForRow(row) for row in range(self.count()))
        width = max((self.sizeHintForColumn(0), 160))
        frame = 2 * self.frameWidth()
        return QSize(width + frame + 8, rows + frame + 2 * self.spacing() * self.count())

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(min(hint.width(), 200), hint.height())
