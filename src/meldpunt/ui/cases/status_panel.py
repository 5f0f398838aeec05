"""The file's status with only the next steps the workflow allows; close and reopen dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meldpunt.domain.taxonomy import Taxonomy
from meldpunt.domain.workflow import CLOSED, REOPEN_TARGET, WITHDRAWN
from meldpunt.services.casework import CaseView
from meldpunt.ui.cases.common import code_label


class CloseDialog(QDialog):
    """Closing needs an assessment and a result; both lists start unchosen on purpose."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        lang: str,
        preset: tuple[str | None, str | None] = (None, None),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closeDialog")
        self.setWindowTitle(self.tr("Close the case file"))
        self.assessment_combo = QComboBox()
        self.assessment_combo.setObjectName("assessmentCombo")
        self.assessment_combo.setAccessibleName(self.tr("Assessment"))
        self.result_combo = QComboBox()
        self.result_combo.setObjectName("resultCombo")
        self.result_combo.setAccessibleName(self.tr("Result"))
        for combo, field, chosen in (
            (self.assessment_combo, "assessment", preset[0]),
            (self.result_combo, "result", preset[1]),
        ):
            combo.addItem(self.tr("Choose…"), None)
            for code in taxonomy.codes(field):
                combo.addItem(code.label(lang), code.code)
            if chosen:
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.currentIndexChanged.connect(self._update)
        form = QFormLayout()
        assessment_label = QLabel(self.tr("&Assessment"))
        assessment_label.setBuddy(self.assessment_combo)
        result_label = QLabel(self.tr("&Result"))
        result_label.setBuddy(self.result_combo)
        form.addRow(assessment_label, self.assessment_combo)
        form.addRow(result_label, self.result_combo)
        explanation = QLabel(
            self.tr("A case file is closed with an assessment of the facts and the result.")
        )
        explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("C&lose file"))
        self.ok.setObjectName("closeFileButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(self.values() is not None)

    def values(self) -> tuple[str, str] | None:
        assessment, result = self.assessment_combo.currentData(), self.result_combo.currentData()
        if isinstance(assessment, str) and isinstance(result, str):
            return assessment, result
        return None

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        taxonomy: Taxonomy,
        lang: str,
        preset: tuple[str | None, str | None] = (None, None),
    ) -> tuple[str, str] | None:
        dialog = cls(taxonomy, lang, preset, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        values = dialog.values()
        dialog.deleteLater()
        return values if accepted else None


class ReopenDialog(QDialog):
    """Reopening a closed file is recorded with its reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self.setWindowTitle(self.tr("Reopen the case file"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reopenReason")
        self.reason.setAccessibleName(self.tr("Reason for reopening"))
        self.reason.setTabChangesFocus(True)
        label = QLabel(self.tr("&Why is the file reopened?"))
        label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Reopen"))
        self.ok.setObjectName("reopenButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, parent: QWidget) -> str | None:
        dialog = cls(parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        reason = dialog.reason.toPlainText().strip()
        dialog.deleteLater()
        return reason if accepted and reason else None


class WithdrawQuestion:
    """Withdrawing ends the file for good; the caseworker confirms first."""

    @staticmethod
    def ask(parent: QWidget, title: str, text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        box.setObjectName("withdrawQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        answer = box.exec()
        box.deleteLater()
        return answer == QMessageBox.StandardButton.Yes


class StatusPanel(QGroupBox):
    """Shows the status and one button per allowed next status (never a refused one)."""

    move_requested = Signal(str, dict)

    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Status"), parent)
        self.setObjectName("statusPanel")
        self.taxonomy = taxonomy
        self.lang = lang
        self.current = QLabel()
        self.current.setObjectName("currentStatus")
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = self.current.font()
        font.setBold(True)
        self.current.setFont(font)
        self.outcome = QLabel()
        self.outcome.setObjectName("statusOutcome")
        self.outcome.setWordWrap(True)
        self.next_label = QLabel(self.tr("Next step:"))
        self.buttons_row = QHBoxLayout()
        self.buttons_row.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        self.status_code: str | None = None
        # What the user chose last in the close dialog survives a refused or conflicting save.
        self.last_close: tuple[str | None, str | None] = (None, None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.outcome)
        layout.addWidget(self.next_label)
        layout.addLayout(self.buttons_row)

    def set_view(self, view: CaseView | None) -> None:
        for button in self.buttons.values():
            self.buttons_row.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        if view is None:
            self.status_code = None
            self.current.clear()
            self.outcome.clear()
            return
        record = view.record
        self.status_code = record.status
        self.current.setText(code_label(self.taxonomy, "status", record.status, self.lang))
        outcome = ""
        if record.status == CLOSED and record.assessment:
            outcome = self.tr("Assessment: {assessment}. Result: {result}.").format(
                assessment=code_label(self.taxonomy, "assessment", record.assessment, self.lang),
                result=code_label(self.taxonomy, "result", record.result, self.lang),
            )
        if record.reopen_reasons:
            reopened = self.tr("Reopened before: {reasons}").format(
                reasons="; ".join(record.reopen_reasons)
            )
            outcome = f"{outcome}\n{reopened}".strip()
        self.outcome.setText(outcome)
        self.outcome.setVisible(bool(outcome))
        self.next_label.setVisible(bool(view.allowed_next))
        for target in view.allowed_next:
            label = code_label(self.taxonomy, "status", target, self.lang)
            if record.status == CLOSED and target == REOPEN_TARGET:
                text = self.tr("Reopen…")
            elif target == CLOSED:
                text = self.tr("Close…")
            elif target == WITHDRAWN:
                text = self.tr("Withdrawn…")
            else:
                text = f"→ {label}"
            button = QPushButton(text)
            button.setObjectName(f"move_{target}")
            button.setAccessibleName(self.tr("Move the file to: {status}").format(status=label))
            button.clicked.connect(lambda _=False, t=target: self._clicked(t))
            self.buttons_row.addWidget(button)
            self.buttons[target] = button

    def _clicked(self, target: str) -> None:
        """Ask what the move needs, then let the page carry it out."""
        window = self.window()
        if target == CLOSED:
            values = CloseDialog.ask(window, self.taxonomy, self.lang, self.last_close)
            if values is None:
                return
            self.last_close = values
            self.move_requested.emit(target, {"assessment": values[0], "result": values[1]})
        elif self.status_code == CLOSED:
            reason = ReopenDialog.ask(window)
            if reason is not None:
                self.move_requested.emit(target, {"reason": reason})
        elif target == WITHDRAWN:
            if WithdrawQuestion.ask(
                window,
                self.tr("Withdraw the case file"),
                self.tr(
                    "The reporter withdraws or cannot be reached. The file and its reports "
                    "end; this cannot be undone. Continue?"
                ),
            ):
                self.move_requested.emit(target, {})
        else:
            self.move_requested.emit(target, {})
