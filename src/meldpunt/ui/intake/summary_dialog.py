"""The check before saving: everything that will be stored, grouped, with Save and Back."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from meldpunt.ui.intake.report_summary import SummaryGroup, summary_html

__all__ = ["SummaryDialog"]


class SummaryDialog(QDialog):
    """Shows the summary; Save (the default button) accepts, Back returns to the form."""

    def __init__(self, groups: Sequence[SummaryGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryDialog")
        # The title names the step only; personal data stays inside the dialog.
        self.setWindowTitle(self.tr("Check and save"))
        intro = QLabel(self.tr("This is what will be stored. Check it with the reporter."))
        intro.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("summaryText")
        self.browser.setAccessibleName(self.tr("Summary of the report"))
        self.browser.setOpenLinks(False)
        self.browser.setHtml(summary_html(groups))
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("summarySave")
        self.back_button = self.buttons.addButton(
            self.tr("&Back"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.setObjectName("summaryBack")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.browser, self.save_button)
        self.setTabOrder(self.save_button, self.back_button)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.lineSpacing() * 34)
        self.save_button.setFocus()

    def text(self) -> str:
        return self.browser.toPlainText()

    @classmethod
    def ask(cls, parent: QWidget | None, groups: Sequence[SummaryGroup]) -> bool:
        """Show the summary modally; ``True`` for Save. Tests replace this method."""
        dialog = cls(groups, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            # The dialog showed personal data: drop it now, not when the form goes.
            dialog.browser.clear()
            dialog.deleteLater()
