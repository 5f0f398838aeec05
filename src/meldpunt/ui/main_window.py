"""The main window: unlock page while locked; navigation and screens while unlocked."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from meldpunt import APP_NAME, __version__
from meldpunt.crypto.keyring import KeyRing
from meldpunt.ui.context import AppContext
from meldpunt.ui.idle import IdleWatcher
from meldpunt.ui.roles import role_label
from meldpunt.ui.unlock.page import UnlockPage
from meldpunt.ui.widgets.coming_soon import ComingSoonPage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Owns navigation, the lock and the pages; each screen lives in its own module."""

    closing = Signal()
    language_chosen = Signal(str)  # "nl", "fr" or "en"; applied at the next start

    PAGES = ("reports", "cases", "tasks", "statistics", "admin")

    def __init__(
        self,
        context: AppContext,
        *,
        database_description: str,
        log_file: str,
        idle_minutes: float = 5,
        demo_credentials: tuple[str, str] | None = None,
        before_lock: list[Callable[[], None]] | None = None,
    ) -> None:
        super().__init__()
        self.context = context
        self._log_file = log_file
        # Hooks run while the keys are still there (drafts are saved encrypted before a lock).
        self.before_lock: list[Callable[[], None]] = list(before_lock or [])
        # Hooks run once the workspace is shown after an unlock (e.g. offer unsaved drafts).
        self.after_unlock: list[Callable[[], None]] = []
        # The title never carries personal data: only the application's name.
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.resize(1180, 760)
        self.setMinimumSize(QSize(800, 520))

        self.unlock_page = UnlockPage(
            context,
            office_name=context.services.accounts.office_name() or "",
            demo_credentials=demo_credentials,
        )
        self.unlock_page.unlocked.connect(self._on_unlocked)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setFixedWidth(200)
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 8px 10px; }")
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)

        self.workspace = QWidget()
        layout = QHBoxLayout(self.workspace)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)

        self.top = QStackedWidget()
        self.top.addWidget(self.unlock_page)
        self.top.addWidget(self.workspace)
        self.setCentralWidget(self.top)

        for key, title, description in self._placeholders():
            self.add_page(key, title, ComingSoonPage(title, description))

        self._build_menus()
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.database_label = QLabel(database_description)
        self.database_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(QLabel(f"{APP_NAME} {__version__}"))

        self.idle = IdleWatcher(idle_minutes, self.lock_when_idle, self)
        context.locked.connect(self._show_locked)
        self._show_locked()

    # --- pages --------------------------------------------------------------------------

    def add_page(self, key: str, title: str, widget: QWidget) -> None:
        """Add a screen, or replace the placeholder of the same key."""
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                old = self.pages.widget(row)
                self.pages.insertWidget(row, widget)
                if old is not None:
                    self.pages.removeWidget(old)
                    old.deleteLater()
                item.setText(title)
                # Removing the shown widget makes the stack show another: follow the navigation.
                self.pages.setCurrentIndex(self.navigation.currentRow())
                return
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.addItem(item)
        self.pages.addWidget(widget)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    def page(self, key: str) -> QWidget:
        for row in range(self.navigation.count()):
            widget = self.pages.widget(row)
            if (
                widget is not None
                and self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key
            ):
                return widget
        raise KeyError(key)

    def show_page(self, key: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
                return

    def page_key(self) -> str:
        return str(self.navigation.currentItem().data(Qt.ItemDataRole.UserRole))

    def _placeholders(self) -> list[tuple[str, str, str]]:
        return [
            (
                "reports",
                self.tr("Reports"),
                self.tr(
                    "The list of reports with filters and search, and the intake form for a "
                    "new report, will come here."
                ),
            ),
            (
                "cases",
                self.tr("Case files"),
                self.tr(
                    "Case files with their linked reports, status, timeline of actions, "
                    "referrals and letters will come here."
                ),
            ),
            (
                "tasks",
                self.tr("Tasks"),
                self.tr("Your tasks with due dates, overdue ones first, will come here."),
            ),
            (
                "statistics",
                self.tr("Annual report"),
                self.tr(
                    "The anonymised annual report — tables, charts and the PDF for the city "
                    "council and the open-data portal — will come here."
                ),
            ),
            (
                "admin",
                self.tr("Administration"),
                self.tr(
                    "Staff accounts and roles, the audit trail, retention settings and backups "
                    "will come here."
                ),
            ),
        ]

    # --- menus --------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code, name in (("nl", "Nederlands"), ("fr", "Français"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.context.language)
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for row in range(len(self.PAGES)):
            action = QAction(self.go_menu)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.navigation.setCurrentRow(r))
            self.go_menu.addAction(action)
        self.go_menu.aboutToShow.connect(self._name_go_actions)
        self._name_go_actions()

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Meldpunt"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _choose_language(self, code: str) -> None:
        self.language_chosen.emit(code)
        if code != self.context.language:
            QMessageBox.information(
                self,
                self.tr("Language"),
                self.tr("Meldpunt will use the chosen language from its next start."),
            )

    def _name_go_actions(self) -> None:
        for row, action in enumerate(self.go_menu.actions()):
            item = self.navigation.item(row)
            action.setText(item.text() if item else "")

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Meldpunt"),
            self.tr(
                "Meldpunt {version}\n\nRecords reports of discrimination for the "
                "antidiscrimination office of the city of Leuven.\n\nLog file: {log}"
            )
            .replace("{version}", __version__)
            .replace("{log}", self._log_file),
        )

    # --- lock and unlock ----------------------------------------------------------------

    def lock(self) -> None:
        """Save drafts while the keys are there, then drop keys and every shown value."""
        if not self.context.is_unlocked:
            return
        for hook in self.before_lock:
            try:
                hook()
            except Exception:  # a failing hook must never keep the office unlocked
                log.exception("A before-lock hook failed")
        self.context.lock()

    def lock_when_idle(self) -> None:
        """The idle lock: as Ctrl+L, and the unlock page says why it is locked."""
        if not self.context.is_unlocked:
            return
        self.lock()
        minutes = f"{self.idle.minutes:g}"
        self.unlock_page.message.setText(
            self.tr("Locked after {minutes} min without activity.").replace("{minutes}", minutes)
        )

    def _show_locked(self) -> None:
        self.idle.stop()
        for action in (*self.go_menu.actions(), self.lock_action):
            action.setEnabled(False)
        self.user_label.clear()
        self.top.setCurrentWidget(self.unlock_page)
        self.unlock_page.reset()

    def _on_unlocked(self, ring: KeyRing) -> None:
        self.context.set_unlocked(ring)
        for action in (*self.go_menu.actions(), self.lock_action):
            action.setEnabled(True)
        self.user_label.setText(f"{ring.username} ({role_label(ring.role)})")
        self.top.setCurrentWidget(self.workspace)
        self.idle.start()
        current = self.pages.currentWidget()
        if current is not None:
            # After the stack has switched and the page is visible: keyboard users start there.
            QTimer.singleShot(0, current.setFocus)
        for hook in self.after_unlock:
            try:
                hook()
            except Exception:
                log.exception("An after-unlock hook failed")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        self.closing.emit()
        super().closeEvent(event)
