"""The main window: navigation on the left, the chosen screen on the right, a status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
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
from meldpunt.ui.widgets.coming_soon import ComingSoonPage


class MainWindow(QMainWindow):
    """Owns the navigation and the pages; pages are handed in or built by later screens."""

    closing = Signal()

    # Page keys in navigation order; each later screen replaces its placeholder.
    PAGES = ("reports", "cases", "tasks", "statistics", "admin")

    def __init__(self, *, database_description: str, log_file: str) -> None:
        super().__init__()
        self._log_file = log_file
        # The title never carries personal data: only the application's name.
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.resize(1180, 760)
        self.setMinimumSize(QSize(800, 520))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setFixedWidth(190)
        self.navigation.setSpacing(2)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")

        for key, title, description in self._placeholders():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
            self.pages.addWidget(ComingSoonPage(title, description))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.database_label = QLabel(database_description)
        self.database_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(QLabel(f"{APP_NAME} {__version__}"))
        self.statusBar().showMessage(self.tr("Ready"), 5000)

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

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            action = QAction(item.text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.navigation.setCurrentRow(r))
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Meldpunt"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

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

    def page_key(self) -> str:
        return str(self.navigation.currentItem().data(Qt.ItemDataRole.UserRole))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
