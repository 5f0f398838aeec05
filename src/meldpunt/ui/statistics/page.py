"""The Rapporten screen: choose year and language, preview the tables, save the PDF."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from meldpunt.crypto.keys import KeyClass
from meldpunt.fileio import write_atomically
from meldpunt.reports.disclosure import PublishedReport
from meldpunt.reports.labels import text
from meldpunt.services.errors import ServiceError
from meldpunt.services.permissions import Action, allowed
from meldpunt.services.statistics import AnnualOutput
from meldpunt.ui.context import AppContext
from meldpunt.ui.service_errors import error_text
from meldpunt.ui.statistics.preview import TablePreview
from meldpunt.ui.tasks import Cancelled, Progress, TaskHandle, run_cancellable

log = logging.getLogger(__name__)

# Each language is named in itself, whatever the language of the window.
REPORT_LANGUAGES = (("nl", "Nederlands"), ("fr", "Français"), ("en", "English"))
# The share of the progress bar the reading of the reports fills; the tables and the PDF
# follow without progress reports of their own.
READING_SHARE = 80
# Far above any threshold an office would choose; it only keeps a typing slip from hiding
# every count of every later report for good.
MAX_THRESHOLD = 50


def default_file_name(year: int, lang: str) -> str:
    """Year and language only: a file name must never carry personal data."""
    return f"jaarverslag-{year}-{lang}.pdf"


class StatisticsPage(QWidget):
    """The annual report for every role that may make it; nothing is kept after a lock."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsPage")
        self.context = context
        self.service = context.services.statistics
        self._published: PublishedReport | None = None
        self._stored_threshold = 0
        self._preview_task: TaskHandle | None = None
        self._generate_task: TaskHandle | None = None
        # Results of a task started before a lock or a newer request are dropped.
        self._preview_seq = 0
        self._generate_seq = 0
        self._saved: Path | None = None
        self._folder: Path | None = None
        self._years: list[int] = []
        self._may_report = False
        self._table_id: str | None = None  # the table looked at, kept across years

        self.stack = QStackedWidget()
        self.blank = QWidget()
        self.notice = QLabel()
        self.notice.setObjectName("statisticsNotice")
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_view = self._build_report_view()
        for view in (self.blank, self.notice, self.report_view):
            self.stack.addWidget(view)

        heading = QLabel(self.tr("Annual report"))
        heading.setObjectName("pageHeading")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.stack, 1)
        self.setAccessibleName(self.tr("Annual report"))

        context.locked.connect(self.clear)
        context.unlocked.connect(self.reload)
        if context.is_unlocked:
            self.reload()
        else:
            self.clear()

    # --- building ------------------------------------------------------------------------

    def _build_report_view(self) -> QWidget:
        intro = QLabel(
            self.tr(
                "Anonymised figures for the city council and the open-data portal: no names, "
                "no narratives, and small numbers hidden."
            )
        )
        intro.setWordWrap(True)

        self.year_combo = QComboBox()
        self.year_combo.setObjectName("yearCombo")
        self.year_combo.currentIndexChanged.connect(self._year_changed)
        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year_combo)
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("languageCombo")
        for code, name in REPORT_LANGUAGES:
            self.lang_combo.addItem(name, code)
        self.lang_combo.currentIndexChanged.connect(self._language_changed)
        lang_label = QLabel(self.tr("&Language"))
        lang_label.setBuddy(self.lang_combo)

        self.threshold_label = QLabel()
        self.threshold_label.setObjectName("thresholdLabel")
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setObjectName("thresholdSpin")
        self.threshold_spin.setAccessibleName(self.tr("New threshold"))
        self.threshold_spin.valueChanged.connect(self._threshold_edited)
        self.threshold_button = QPushButton(self.tr("&Raise…"))
        self.threshold_button.setObjectName("raiseThresholdButton")
        self.threshold_button.clicked.connect(self.raise_threshold)

        choices = QHBoxLayout()
        choices.addWidget(year_label)
        choices.addWidget(self.year_combo)
        choices.addSpacing(16)
        choices.addWidget(lang_label)
        choices.addWidget(self.lang_combo)
        choices.addStretch(1)
        choices.addWidget(self.threshold_label)
        choices.addWidget(self.threshold_spin)
        choices.addWidget(self.threshold_button)

        # The preview: busy indicator while the statistics are computed, then the tables.
        self.table_list = QListWidget()
        self.table_list.setObjectName("tableList")
        self.table_list.setAccessibleName(self.tr("Tables"))
        self.table_list.setWordWrap(True)
        # Titles wrap instead of scrolling sideways; a little air between them.
        self.table_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table_list.setStyleSheet("QListWidget#tableList::item { padding: 3px 0px; }")
        self.table_list.currentItemChanged.connect(self._show_current_table)
        self.preview = TablePreview()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table_list)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([250, 750])

        busy = QWidget()
        self.busy_label = QLabel(self.tr("Computing the statistics…"))
        self.busy_label.setObjectName("previewBusy")
        busy_bar = QProgressBar()
        busy_bar.setRange(0, 0)
        busy_bar.setTextVisible(False)
        busy_bar.setMaximumWidth(260)
        busy_layout = QVBoxLayout(busy)
        busy_layout.addStretch(1)
        busy_layout.addWidget(self.busy_label, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_layout.addWidget(busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_layout.addStretch(2)
        self.preview_message = QLabel()
        self.preview_message.setObjectName("previewMessage")
        self.preview_message.setWordWrap(True)
        self.preview_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_stack = QStackedWidget()
        for view in (busy, split, self.preview_message):
            self.preview_stack.addWidget(view)
        self.preview_split = split
        self.preview_busy = busy
        box = QGroupBox(self.tr("Preview"))
        box.setObjectName("previewBox")
        QVBoxLayout(box).addWidget(self.preview_stack)

        # Making the PDF: progress and cancel while it runs, open or show it afterwards.
        self.open_data_check = QCheckBox(self.tr("also open data (CSV and JSON)"))
        self.open_data_check.setObjectName("openDataCheck")
        self.generate_button = QPushButton(self.tr("&Make PDF…"))
        self.generate_button.setObjectName("generateButton")
        self.generate_button.clicked.connect(self.generate)
        self.progress = QProgressBar()
        self.progress.setObjectName("generateProgress")
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setObjectName("generateStatus")
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open PDF"))
        self.open_button.setObjectName("openPdfButton")
        self.open_button.clicked.connect(self.open_pdf)
        self.folder_button = QPushButton(self.tr("&Show folder"))
        self.folder_button.setObjectName("showFolderButton")
        self.folder_button.clicked.connect(self.show_folder)

        actions = QHBoxLayout()
        actions.addWidget(self.open_data_check)
        actions.addStretch(1)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.generate_button)
        result = QHBoxLayout()
        result.addWidget(self.status, 1)
        result.addWidget(self.open_button)
        result.addWidget(self.folder_button)

        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(choices)
        layout.addWidget(box, 1)
        layout.addLayout(actions)
        layout.addLayout(result)
        self.setTabOrder(self.year_combo, self.lang_combo)
        self.setTabOrder(self.lang_combo, self.table_list)
        return view

    # --- state ---------------------------------------------------------------------------

    @property
    def year(self) -> int | None:
        value = self.year_combo.currentData()
        return value if isinstance(value, int) else None

    @property
    def lang(self) -> str:
        return str(self.lang_combo.currentData() or "nl")

    def clear(self) -> None:
        """Forget every figure, choice and file name shown (lock): only a blank page stays."""
        self._preview_seq += 1
        self._generate_seq += 1
        for task in (self._preview_task, self._generate_task):
            if task is not None:
                task.cancel()
        self._preview_task = self._generate_task = None
        self._published = None
        self._saved = None
        self._may_report = False
        self._table_id = None
        self._fill_years([])
        self.table_list.clear()
        self.preview.clear()
        self.preview_message.clear()
        self.notice.clear()
        self.threshold_label.clear()
        self.status.clear()
        self.progress.reset()
        self.open_data_check.setChecked(False)
        self._set_generating(False)
        self.stack.setCurrentWidget(self.blank)

    def reload(self) -> None:
        """Fill the page for the unlocked role: the report, an explanation or the empty state."""
        self.clear()
        if not self.context.is_unlocked:
            return
        ring = self.context.ring
        if not ring.holds(KeyClass.SPECIAL):
            self._show_notice(
                self.tr(
                    "The annual report is made from the coded facts of the reports. Your role "
                    "holds no key for report data, so it cannot make the report; the "
                    "coordinator or the statistician can."
                )
            )
            return
        if not allowed(ring, Action.STATISTICS):
            self._show_notice(
                self.tr("The annual report is made by the coordinator or the statistician.")
            )
            return
        self._may_report = True
        years = sorted(self.service.years(), reverse=True)
        if not years:
            self._show_notice(
                self.tr(
                    "There are no reports yet. The annual report can be made once reports "
                    "have been recorded."
                )
            )
            return
        self._show_threshold(ring.role == "coordinator")
        language = self.lang_combo.findData(self.context.language)
        self.lang_combo.blockSignals(True)
        self.lang_combo.setCurrentIndex(max(language, 0))
        self.lang_combo.blockSignals(False)
        self._fill_years(years)
        self.stack.setCurrentWidget(self.report_view)
        self._start_preview()

    def showEvent(self, event: QShowEvent) -> None:
        """Reports recorded elsewhere since the page was filled may have added a year."""
        super().showEvent(event)
        if not (self.context.is_unlocked and self._may_report) or self._generate_task:
            return
        years = sorted(self.service.years(), reverse=True)
        if years == self._years:
            return
        if not self._years:  # the empty state gives way to the report
            self.reload()
            return
        shown = self.year
        self._fill_years(years, keep=shown)
        if self.year != shown:
            self._start_preview()

    def _fill_years(self, years: list[int], *, keep: int | None = None) -> None:
        """Newest first; ``keep`` stays selected when it is still there."""
        self._years = years
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(keep), 0) if years else -1)
        self.year_combo.blockSignals(False)

    def _show_notice(self, message: str) -> None:
        self.notice.setText(message)
        self.stack.setCurrentWidget(self.notice)

    def _show_threshold(self, editable: bool) -> None:
        self._stored_threshold = self.service.threshold()
        marker = f"<{self._stored_threshold}"
        self.threshold_label.setText(
            self.tr("Counts below {threshold} are shown as {marker}.")
            .replace("{threshold}", str(self._stored_threshold))
            .replace("{marker}", marker)
        )
        self.threshold_spin.setVisible(editable)
        self.threshold_button.setVisible(editable)
        self.threshold_spin.blockSignals(True)
        # The threshold may only go up: lowering it would publish what was hidden before.
        self.threshold_spin.setRange(self._stored_threshold, MAX_THRESHOLD)
        self.threshold_spin.setValue(self._stored_threshold)
        self.threshold_spin.blockSignals(False)
        self.threshold_button.setEnabled(False)

    # --- preview -------------------------------------------------------------------------

    def _year_changed(self) -> None:
        if self.year is not None:
            self._start_preview()

    def _start_preview(self) -> None:
        year = self.year
        if year is None or not self.context.is_unlocked:
            return
        if self._preview_task is not None:
            self._preview_task.cancel()
        self._preview_seq += 1
        seq = self._preview_seq
        self._published = None
        self.table_list.clear()
        self.preview.clear()
        self.preview_stack.setCurrentWidget(self.preview_busy)
        ring = self.context.ring
        service = self.service
        self._preview_task = run_cancellable(
            lambda progress: service.published(ring, year, progress),
            partial(self._preview_ready, seq),
            partial(self._preview_failed, seq),
        )

    def _preview_ready(self, seq: int, result: object) -> None:
        if seq != self._preview_seq:
            return
        self._preview_task = None
        assert isinstance(result, tuple)
        published, damaged = result
        assert isinstance(published, PublishedReport)
        self._published = published
        # Shown first, so that the chart is fitted to the space it really has.
        self.preview_stack.setCurrentWidget(self.preview_split)
        self._fill_table_list()
        if damaged:
            self.status.setText(self._damaged_text(damaged))

    def _preview_failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._preview_seq or isinstance(exc, Cancelled):
            return
        self._preview_task = None
        self.preview_message.setText(self._error_text(exc))
        self.preview_stack.setCurrentWidget(self.preview_message)

    def _fill_table_list(self) -> None:
        if self._published is None:
            return
        keep = self._table_id
        self.table_list.blockSignals(True)
        self.table_list.clear()
        for table in self._published.tables:
            item = QListWidgetItem(text(table.title_key, self.lang))
            item.setData(Qt.ItemDataRole.UserRole, table.id)
            self.table_list.addItem(item)
        self.table_list.blockSignals(False)
        ids = [t.id for t in self._published.tables]
        # Key figures have no chart; the first table with one makes a better first view.
        first = 1 if len(ids) > 1 and ids[0] == "key_figures" else 0
        self.table_list.setCurrentRow(ids.index(keep) if keep in ids else first)

    def _show_current_table(self) -> None:
        item = self.table_list.currentItem()
        if item is None or self._published is None:
            self.preview.clear()
            return
        self._table_id = str(item.data(Qt.ItemDataRole.UserRole))
        table = self._published.table(self._table_id)
        self.preview.show_table(table, self.lang, self.service.taxonomy)

    def _language_changed(self) -> None:
        # Labels of every language are in the published tables: no need to compute again.
        self._fill_table_list()
        self._show_current_table()

    # --- threshold -----------------------------------------------------------------------

    def _threshold_edited(self, value: int) -> None:
        self.threshold_button.setEnabled(value > self._stored_threshold)

    def raise_threshold(self) -> None:
        new = self.threshold_spin.value()
        old = self._stored_threshold
        if new <= old or not self.context.is_unlocked:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Raise the threshold"),
            self.tr(
                "Hide every count below {new} instead of below {old}, in this and every "
                "later report? The threshold cannot be lowered again."
            )
            .replace("{new}", str(new))
            .replace("{old}", str(old)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.set_threshold(self.context.ring, new)
        except ServiceError as exc:
            self.status.setText(error_text(exc))
            return
        self._show_threshold(editable=True)
        self._start_preview()

    # --- the PDF -------------------------------------------------------------------------

    def ask_save_path(self, year: int, lang: str) -> Path | None:
        """Where to save the PDF; None when the person cancels the dialog."""
        folder = self._folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the annual report"),
            str(folder / default_file_name(year, lang)),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def generate(self) -> None:
        year = self.year
        if year is None or self._generate_task is not None or not self.context.is_unlocked:
            return
        lang = self.lang
        path = self.ask_save_path(year, lang)
        if path is None or not self.context.is_unlocked:
            return
        self._folder = path.parent
        self._saved = None
        self._generate_seq += 1
        seq = self._generate_seq
        ring = self.context.ring
        service = self.service
        accounts = self.context.services.accounts
        open_data = self.open_data_check.isChecked()

        def work(progress: Progress) -> AnnualOutput:
            return service.annual(
                ring,
                year,
                lang=lang,
                office_name=accounts.office_name() or "",
                progress=progress,
            )

        self._set_generating(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("Making the annual report…"))
        self._generate_task = run_cancellable(
            work,
            partial(self._generated, seq, path, open_data),
            partial(self._generate_failed, seq),
            on_progress=partial(self._generate_progress, seq),
        )

    def _generate_progress(self, seq: int, done: int, total: int) -> None:
        if seq == self._generate_seq and self._generate_task and not self._generate_task.cancelled:
            self.progress.setValue(READING_SHARE * done // max(total, 1))

    def cancel(self) -> None:
        if self._generate_task is not None:
            self._generate_task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _generated(self, seq: int, path: Path, open_data: bool, result: object) -> None:
        if seq != self._generate_seq:
            return
        self._generate_task = None
        self._set_generating(False)
        assert isinstance(result, AnnualOutput)
        # Written here, after the last chance to cancel: a cancelled run leaves no file.
        try:
            if open_data:
                write_atomically(path.with_suffix(".csv"), result.csv)
                write_atomically(path.with_suffix(".json"), result.json)
            write_atomically(path, result.pdf)
        except OSError as exc:
            log.warning("Annual report not saved: %s", exc.strerror or exc)
            self.progress.reset()
            self.status.setText(
                self.tr("The file could not be saved: {reason}").replace(
                    "{reason}", exc.strerror or str(exc)
                )
            )
            return
        self._saved = path
        self.progress.setValue(self.progress.maximum())
        self.progress.setVisible(True)
        message = (
            self.tr("Saved as {file}, with the open-data files beside it.")
            if open_data
            else self.tr("Saved as {file}.")
        ).replace("{file}", path.name)
        if result.damaged:
            message += " " + self._damaged_text(result.damaged)
        self.status.setText(message)
        self.open_button.setVisible(True)
        self.folder_button.setVisible(True)
        self.open_button.setFocus()

    def _generate_failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._generate_seq:
            return
        self._generate_task = None
        self._set_generating(False)
        self.progress.reset()
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled; no file was saved."))
        else:
            self.status.setText(self._error_text(exc))

    def _set_generating(self, running: bool) -> None:
        for widget in (self.year_combo, self.lang_combo, self.open_data_check):
            widget.setEnabled(not running)
        self.generate_button.setEnabled(not running)
        self.threshold_spin.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running or self.progress.value() > 0)
        saved = self._saved is not None and not running
        self.open_button.setVisible(saved)
        self.folder_button.setVisible(saved)

    def open_pdf(self) -> None:
        if self._saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._saved)))

    def show_folder(self) -> None:
        if self._saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._saved.parent)))

    # --- messages ------------------------------------------------------------------------

    def _damaged_text(self, count: int) -> str:
        return self.tr(
            "{count} damaged records could not be read and were left out; details are in "
            "the log file."
        ).replace("{count}", str(count))

    def _error_text(self, exc: BaseException) -> str:
        if isinstance(exc, ServiceError):
            return error_text(exc)
        log.error("Annual report failed", exc_info=exc)
        return self.tr("The annual report could not be made; details are in the log file.")
