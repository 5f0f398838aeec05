"""6. Evidence: files dropped or picked, kept pending and stored once the report exists."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meldpunt.crypto.errors import CryptoError
from meldpunt.crypto.keyring import KeyRing
from meldpunt.services.errors import ServiceError
from meldpunt.services.evidence import MAX_EVIDENCE_BYTES, EvidenceInfo, EvidenceService
from meldpunt.ui.dates import format_moment
from meldpunt.ui.intake.field_box import ErrorLabel
from meldpunt.ui.intake.formatting import format_size
from meldpunt.ui.service_errors import error_text
from meldpunt.ui.tasks import run_task

__all__ = ["EvidencePanel", "PendingFile", "StoreResult"]

log = logging.getLogger(__name__)

PENDING_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class PendingFile:
    """A file chosen before saving; only its path is kept until it is stored."""

    path: Path
    size: int
    modified: dt.datetime


@dataclass(frozen=True)
class StoreResult:
    stored: list[EvidenceInfo]
    failed: list[tuple[PendingFile, str]]


class _ProgressRelay(QObject):
    """Lives on the GUI thread; a signal emitted by the worker arrives here queued."""

    progress = Signal(int, int)


class EvidencePanel(QGroupBox):
    """``changed`` when the pending list changes; ``busy`` while files are being stored."""

    changed = Signal()
    busy = Signal(bool)

    COLUMNS = ("name", "size", "captured", "state")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("6. Evidence"), parent)
        self.setObjectName("evidencePanel")
        self.setAcceptDrops(True)
        self._pending: list[PendingFile] = []
        self._stored: list[EvidenceInfo] = []
        self._relay = _ProgressRelay(self)
        self._relay.progress.connect(self._progress)
        self._generation = 0

        hint = QLabel(
            self.tr(
                "Drag files here, or use the Add files button. They are stored encrypted when "
                "the report is saved (at most 50 MB per file)."
            )
        )
        hint.setWordWrap(True)
        self.files = QTreeWidget()
        self.files.setObjectName("evidenceFiles")
        self.files.setAccessibleName(self.tr("Evidence files"))
        self.files.setRootIsDecorated(False)
        self.files.setUniformRowHeights(True)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.setHeaderLabels(
            [self.tr("File"), self.tr("Size"), self.tr("Captured"), self.tr("State")]
        )
        header = self.files.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        rows = self.files.fontMetrics().lineSpacing() + 6
        self.files.setMinimumHeight(rows * 4)
        self.files.setMaximumHeight(rows * 9)
        self.files.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("&Add files…"))
        self.add_button.setObjectName("addEvidenceButton")
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.setObjectName("removeEvidenceButton")
        self.remove_button.setToolTip(self.tr("Remove the selected files that are not stored yet"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.progress = QProgressBar()
        self.progress.setObjectName("evidenceProgress")
        self.progress.setAccessibleName(self.tr("Storing evidence files"))
        self.progress.hide()
        self.message = ErrorLabel()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.files)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- the lists ------------------------------------------------------------------------

    def pending(self) -> list[PendingFile]:
        return list(self._pending)

    def pending_paths(self) -> list[Path]:
        return [p.path for p in self._pending]

    def stored(self) -> list[EvidenceInfo]:
        return list(self._stored)

    def focus_chain(self) -> list[QWidget]:
        return [self.files, self.add_button, self.remove_button]

    def add_files(self, paths: Iterable[Path]) -> list[str]:
        """Add files to the pending list; returns why some were refused (also shown)."""
        refused: list[str] = []
        known = {p.path for p in self._pending}
        for path in paths:
            path = Path(path)
            try:
                stat = path.stat()
            except OSError:
                refused.append(
                    self.tr("{name}: the file cannot be read.").replace("{name}", path.name)
                )
                continue
            if not path.is_file():
                refused.append(self.tr("{name}: this is not a file.").replace("{name}", path.name))
            elif stat.st_size > MAX_EVIDENCE_BYTES:
                refused.append(
                    self.tr("{name}: larger than 50 MB; it cannot be stored.").replace(
                        "{name}", path.name
                    )
                )
            elif path not in known:
                known.add(path)
                modified = dt.datetime.fromtimestamp(stat.st_mtime, tz=dt.UTC)
                self._pending.append(PendingFile(path, stat.st_size, modified))
        self.message.set_messages(refused)
        self._refresh()
        self.changed.emit()
        return refused

    def remove_selected(self) -> None:
        chosen = {
            item.data(0, PENDING_ROLE)
            for item in self.files.selectedItems()
            if item.data(0, PENDING_ROLE) is not None
        }
        if not chosen:
            return
        self._pending = [p for p in self._pending if str(p.path) not in chosen]
        self._refresh()
        self.changed.emit()

    def set_pending(self, paths: Iterable[Path]) -> None:
        """Restore a pending list (from a draft); files that vanished are reported."""
        self._pending = []
        self.add_files(paths)

    def set_stored(self, infos: Iterable[EvidenceInfo]) -> None:
        self._stored = list(infos)
        self._refresh()

    def clear(self) -> None:
        """Forget every file name (lock, or a fresh form)."""
        self._generation += 1
        self._pending = []
        self._stored = []
        self.message.set_messages([])
        self.progress.hide()
        self.progress.reset()
        self._refresh()

    def _refresh(self) -> None:
        self.files.clear()
        for info in self._stored:
            row = QTreeWidgetItem(
                [
                    info.file_name,
                    format_size(info.size),
                    format_moment(info.captured_at),
                    self.tr("stored"),
                ]
            )
            self.files.addTopLevelItem(row)
        for pending in self._pending:
            row = QTreeWidgetItem(
                [
                    pending.path.name,
                    format_size(pending.size),
                    format_moment(pending.modified),
                    self.tr("not stored yet"),
                ]
            )
            row.setData(0, PENDING_ROLE, str(pending.path))
            row.setToolTip(0, str(pending.path))
            self.files.addTopLevelItem(row)
        self.files.resizeColumnToContents(1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(
            any(item.data(0, PENDING_ROLE) is not None for item in self.files.selectedItems())
        )

    # -- picking and dropping -------------------------------------------------------------

    def choose_files(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add evidence files"), start, self.tr("All files (*)")
        )
        if names:
            self.add_files(Path(name) for name in names)

    @staticmethod
    def _local_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        urls = mime.urls()
        if not all(url.isLocalFile() for url in urls):
            return []
        return [Path(url.toLocalFile()) for url in urls]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.isEnabled() and self._local_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    # -- storing ------------------------------------------------------------------------

    def store_pending(
        self,
        ring: KeyRing,
        service: EvidenceService,
        report_id: str,
        on_finished: Callable[[StoreResult], None],
    ) -> None:
        """Store every pending file on the thread pool; ``on_finished`` on the GUI thread."""
        files = list(self._pending)
        if not files:
            on_finished(StoreResult([], []))
            return
        total = sum(f.size for f in files) or 1
        relay = self._relay
        generation = self._generation

        def work() -> StoreResult:
            stored: list[EvidenceInfo] = []
            failed: list[tuple[PendingFile, str]] = []
            done = 0
            for pending in files:
                base = done

                def report(sent: int, _size: int, base: int = base) -> None:
                    # per mille: byte counts of several large files overflow a Qt int
                    relay.progress.emit(min(1000, (base + sent) * 1000 // total), 1000)

                try:
                    stored.append(service.add_file(ring, report_id, pending.path, progress=report))
                except (ServiceError, CryptoError) as exc:
                    failed.append((pending, error_text(exc)))
                done += pending.size
            return StoreResult(stored, failed)

        def finished(result: object) -> None:
            assert isinstance(result, StoreResult)
            self._set_busy(False)
            if generation != self._generation:
                return  # the form was cleared (locked) meanwhile
            kept = {pending.path for pending, _why in result.failed}
            self._pending = [p for p in self._pending if p.path in kept]
            self._stored.extend(result.stored)
            self._refresh()
            self.message.set_messages(
                [f"{pending.path.name}: {why}" for pending, why in result.failed]
            )
            if result.failed:
                log.warning("%d evidence file(s) could not be stored", len(result.failed))
            self.changed.emit()
            on_finished(result)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            raise exc  # a bug, not a known problem: the crash handler and the log take it

        self._set_busy(True)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        run_task(work, finished, failed)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.add_button.setEnabled(not busy)
        self.setAcceptDrops(not busy)
        if busy:
            self.remove_button.setEnabled(False)
        else:
            self._update_buttons()
        self.busy.emit(busy)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
