"""'3 other reports about this counterparty since 2023': a banner and the list it opens."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meldpunt.domain.taxonomy import Taxonomy
from meldpunt.services.casework import RepeatInfo, RepeatReport
from meldpunt.services.errors import ServiceError
from meldpunt.ui.cases.common import code_label, codes_label
from meldpunt.ui.context import AppContext
from meldpunt.ui.service_errors import error_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RepeatReportsDialog(QDialog):
    """The other reports; a file opens on Enter or double-click, a loose report shows its facts."""

    open_case = Signal(str)
    open_report = Signal(str)

    def __init__(
        self,
        context: AppContext,
        info: RepeatInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("repeatReportsDialog")
        self.setWindowTitle(self.tr("Other reports about this counterparty"))
        self.context = context
        self.taxonomy: Taxonomy = context.services.taxonomy
        self.lang = context.language
        self.reports = {r.id: r for r in info.reports}
        self.tree = QTreeWidget()
        self.tree.setObjectName("repeatReportsTree")
        self.tree.setAccessibleName(self.tr("Other reports about this counterparty"))
        self.tree.setHeaderLabels(
            [
                self.tr("Report"),
                self.tr("Month"),
                self.tr("Status"),
                self.tr("Case file"),
                self.tr("Same"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for report in info.reports:
            item = QTreeWidgetItem(
                [
                    report.number,
                    f"{report.month:02d}/{report.year}",
                    code_label(self.taxonomy, "status", report.status, self.lang),
                    report.case_number or "—",
                    self._matched(report),
                ]
            )
            item.setData(0, ID_ROLE, report.id)
            self.tree.addTopLevelItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        self.tree.itemActivated.connect(lambda *_: self.open_current())
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.facts = QLabel()
        self.facts.setObjectName("repeatReportFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("openRepeatButton")
        self.open_button.clicked.connect(self.open_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.facts)
        layout.addLayout(row)
        self.resize(620, 380)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _matched(self, report: RepeatReport) -> str:
        words = {"name": self.tr("name"), "address": self.tr("address")}
        return ", ".join(words[m] for m in report.matched_on if m in words)

    def current(self) -> RepeatReport | None:
        item = self.tree.currentItem()
        return self.reports.get(str(item.data(0, ID_ROLE))) if item is not None else None

    def _show_current(self) -> None:
        report = self.current()
        if report is None:
            self.facts.clear()
            return
        try:
            facts, _version = self.context.services.reports.get(self.context.ring, report.id)
        except ServiceError as exc:
            self.facts.setText(error_text(exc))
            return
        counterparty = facts.counterparty
        self.facts.setText(
            self.tr("{domain} · {criteria}\nCounterparty: {name}, {address}").format(
                domain=code_label(self.taxonomy, "domain", facts.domain, self.lang),
                criteria=codes_label(self.taxonomy, "criteria", facts.criteria, self.lang),
                name=counterparty.name or "—",
                address=counterparty.address or "—",
            )
        )
        self.open_button.setText(
            self.tr("&Open case file") if report.case_file_id else self.tr("&Open report")
        )

    def open_current(self) -> None:
        report = self.current()
        if report is None:
            return
        if report.case_file_id:
            self.open_case.emit(report.case_file_id)
        else:
            self.open_report.emit(report.id)
        self.accept()


class RepeatBanner(QFrame):
    """Hidden unless the counterparty of the shown reports was reported before (or after)."""

    open_case = Signal(str)
    open_report = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repeatBanner")
        self.context = context
        self.info = RepeatInfo()
        self.setStyleSheet(
            "QFrame#repeatBanner { background: #fff4ce; border: 1px solid #e0c36a; "
            "border-radius: 4px; } QLabel { color: #5c4400; }"
        )
        self.label = QLabel()
        self.label.setObjectName("repeatText")
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("&Show them"))
        self.button.setObjectName("repeatShowButton")
        self.button.clicked.connect(self.show_reports)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.dialog: RepeatReportsDialog | None = None
        self.hide()

    def show_for(self, report_ids: Sequence[str]) -> None:
        """Look the counterparty up (blind index) and show or hide the banner."""
        try:
            info = self.context.services.casework.repeat_reports(self.context.ring, report_ids)
        except ServiceError:
            info = RepeatInfo()
        self.set_info(info)

    def set_info(self, info: RepeatInfo) -> None:
        self.info = info
        if info.count == 0:
            self.label.clear()
            self.button.setAccessibleName("")
            self.hide()
            return
        text = (
            self.tr("1 other report about this counterparty since {year}")
            if info.count == 1
            else self.tr("{count} other reports about this counterparty since {year}")
        )
        self.label.setText(text.format(count=info.count, year=info.since_year))
        self.button.setAccessibleName(self.label.text())
        self.show()

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.set_info(RepeatInfo())

    def show_reports(self) -> None:
        """Open the list; shown (not exec-ed) so the banner's window keeps running."""
        if self.info.count == 0:
            return
        self.dialog = RepeatReportsDialog(self.context, self.info, self.window())
        self.dialog.open_case.connect(self.open_case)
        self.dialog.open_report.connect(self.open_report)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
