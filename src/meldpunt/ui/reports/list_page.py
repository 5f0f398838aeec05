"""The report list page: filters, exact search, the table, and the way to a new report."""

from __future__ import annotations

import datetime as dt
import itertools
import logging

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meldpunt.crypto.errors import CryptoError
from meldpunt.crypto.keys import KeyClass
from meldpunt.domain.workflow import ENDED, OPEN
from meldpunt.services.errors import AccessDenied, ServiceError
from meldpunt.services.listing import ListFilter
from meldpunt.storage.errors import StorageError
from meldpunt.ui.context import AppContext
from meldpunt.ui.models.report_filter import ReportFilterProxy
from meldpunt.ui.models.report_table import (
    ASSIGNED,
    CHANNEL,
    CRITERIA,
    DOMAIN,
    NUMBER,
    RECEIVED,
    STATUS,
    ReportIdRole,
    ReportTableModel,
)
from meldpunt.ui.service_errors import error_text

log = logging.getLogger(__name__)

_NO_MONTH = QDate(2000, 1, 1)  # the month pickers' "no limit"
_OPEN_GROUP = "@open"
_ENDED_GROUP = "@ended"
# Date pickers change at every arrow key; the list follows once the user pauses.
_PERIOD_DELAY_MS = 150


class MonthEdit(QDateEdit):
    """A month picker whose lowest value means "no limit"; arrows step whole months."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("MM/yyyy")
        self.setMinimumDate(_NO_MONTH)
        self.setSpecialValueText(empty_text)
        self.setDate(_NO_MONTH)

    def month(self) -> dt.date | None:
        value = self.date()
        return None if value == _NO_MONTH else dt.date(value.year(), value.month(), 1)

    def clear_month(self) -> None:
        self.setDate(_NO_MONTH)

    def stepBy(self, steps: int) -> None:
        if self.date() == _NO_MONTH:
            # From "no limit" the first step goes to this month, not to January 2000.
            today = QDate.currentDate()
            self.setDate(QDate(today.year(), today.month(), 1))
            return
        target = self.date().addMonths(steps)
        self.setDate(target if target > _NO_MONTH else _NO_MONTH)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        return (
            QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
            | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        )


class ReportListPage(QWidget):
    """Every report the user may list, newest first; emits what the user wants to open.

    Connects itself to the context: loads on ``unlocked``, forgets everything on ``locked``.
    """

    open_report = Signal(str)  # report id
    new_report = Signal()
    status_message = Signal(str)  # progress and problems, for the main window's status bar

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportListPage")
        self._context = context
        self._search_ids: frozenset[str] | None = None
        self._showing_progress = False
        taxonomy = context.services.taxonomy
        lang = context.language

        self.model = ReportTableModel(context, self)
        self.proxy = ReportFilterProxy(self.model, self)

        heading = QLabel(self.tr("Reports"))
        heading.setObjectName("pageHeading")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.new_button = QPushButton(self.tr("&New report"))
        self.new_button.setObjectName("newReportButton")
        self.new_button.setToolTip(self.tr("Record a new report (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_report)

        # -- filters ---------------------------------------------------------------------
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        self.status_filter.addItem(self.tr("Open (all)"), _OPEN_GROUP)
        self.status_filter.addItem(self.tr("Closed (all)"), _ENDED_GROUP)
        self.status_filter.insertSeparator(self.status_filter.count())
        for code in taxonomy.codes("status"):
            self.status_filter.addItem(code.label(lang), code.code)

        self.domain_filter = QComboBox()
        self.domain_filter.setObjectName("domainFilter")
        self.domain_filter.setAccessibleName(self.tr("Domain filter"))
        self.domain_filter.addItem(self.tr("All domains"), "")
        for code in taxonomy.codes("domain"):
            if code.parent is None:  # sub-domains are encrypted; the top level is plain
                self.domain_filter.addItem(code.label(lang), code.code)

        self.criterion_filter = QComboBox()
        self.criterion_filter.setObjectName("criterionFilter")
        self.criterion_filter.setAccessibleName(self.tr("Criterion filter"))
        self.criterion_filter.addItem(self.tr("All criteria"), "")
        group: str | None = None
        for code in taxonomy.codes("criteria"):
            if code.group != group:
                self.criterion_filter.insertSeparator(self.criterion_filter.count())
                group = code.group
            self.criterion_filter.addItem(code.label(lang), code.code)

        self.channel_filter = QComboBox()
        self.channel_filter.setObjectName("channelFilter")
        self.channel_filter.setAccessibleName(self.tr("Channel filter"))
        self.channel_filter.addItem(self.tr("All channels"), "")
        for code in taxonomy.codes("channel"):
            self.channel_filter.addItem(code.label(lang), code.code)

        no_limit = self.tr("no limit")
        self.period_from = MonthEdit(no_limit)
        self.period_from.setObjectName("periodFrom")
        self.period_from.setAccessibleName(self.tr("Received from month"))
        self.period_to = MonthEdit(no_limit)
        self.period_to.setObjectName("periodTo")
        self.period_to.setAccessibleName(self.tr("Received up to month"))
        self.mine_check = QCheckBox(self.tr("Assigned to &me"))
        self.mine_check.setObjectName("assignedToMe")
        self.reset_button = QPushButton(self.tr("&Reset filters"))
        self.reset_button.setObjectName("resetFilters")

        # -- exact search ----------------------------------------------------------------
        self.search_field = QComboBox()
        self.search_field.setObjectName("searchField")
        self.search_field.setAccessibleName(self.tr("Search in"))
        self.search_field.addItem(self.tr("E-mail"), "email")
        self.search_field.addItem(self.tr("Phone"), "phone")
        self.search_field.addItem(self.tr("Name"), "name")
        self.search_field.addItem(self.tr("Counterparty"), "counterparty")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setAccessibleName(self.tr("Search value"))
        self.search_edit.setPlaceholderText(self.tr("Exact value, then Enter"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setToolTip(
            self.tr(
                "Finds reports whose e-mail address, phone number, name or counterparty is "
                "exactly this value (Ctrl+F)."
            )
        )

        # -- table and states ------------------------------------------------------------
        self.table = QTableView()
        self.table.setObjectName("reportTable")
        self.table.setAccessibleName(self.tr("Reports"))
        self.table.setAccessibleDescription(self.tr("Press Enter to open the selected report."))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights and no "resize to contents": Qt would otherwise ask data() for
        # a thousand rows per column, and each asked row is a decryption.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CRITERIA, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(NUMBER, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._open_index)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("No reports"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.count_label = QLabel()
        self.count_label.setObjectName("reportCount")
        self.count_label.setAccessibleName(self.tr("Number of reports"))
        self.status_label = QLabel()
        self.status_label.setObjectName("listStatus")
        self.status_label.setAccessibleName(self.tr("List status"))

        self._build_layout(heading)
        self._apply_metrics()

        # Only while the page has the focus: other pages may use the same keys.
        for keys, slot in (
            (QKeySequence.StandardKey.New, self.new_report.emit),
            (QKeySequence.StandardKey.Find, self.focus_search),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._period_timer = QTimer(self)
        self._period_timer.setSingleShot(True)
        self._period_timer.setInterval(_PERIOD_DELAY_MS)
        self._period_timer.timeout.connect(self.reload)
        for combo in (self.status_filter, self.domain_filter, self.channel_filter):
            combo.currentIndexChanged.connect(self.reload)
        self.criterion_filter.currentIndexChanged.connect(self._criterion_changed)
        self.period_from.dateChanged.connect(self._period_timer.start)
        self.period_to.dateChanged.connect(self._period_timer.start)
        self.mine_check.toggled.connect(self.reload)
        self.reset_button.clicked.connect(self.reset_filters)
        self.search_edit.returnPressed.connect(self.search)
        self.search_edit.textChanged.connect(self._search_text_changed)

        self.model.rows_complete.connect(self._update_state)
        self.model.all_facts_loaded.connect(self._update_state)
        self.model.facts_progress.connect(self._facts_progress)
        self.model.load_failed.connect(self._show_status)
        for signal in (
            self.proxy.modelReset,
            self.proxy.layoutChanged,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
        ):
            signal.connect(self._update_state)

        context.unlocked.connect(self.reload)
        context.locked.connect(self.clear)
        if context.is_unlocked:
            self.reload()
        else:
            self._update_state()

    def _build_layout(self, heading: QLabel) -> None:
        def labelled(text: str, buddy: QWidget) -> QLabel:
            label = QLabel(text)
            label.setBuddy(buddy)
            return label

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.new_button)

        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        pairs = [
            (self.tr("&Status"), self.status_filter),
            (self.tr("&Domain"), self.domain_filter),
            (self.tr("&Criterion"), self.criterion_filter),
            (self.tr("C&hannel"), self.channel_filter),
        ]
        for i, (text, widget) in enumerate(pairs):
            filters.addWidget(labelled(text, widget), 0, 2 * i)
            filters.addWidget(widget, 0, 2 * i + 1)
            filters.setColumnStretch(2 * i + 1, 1)
        filters.addWidget(labelled(self.tr("&From"), self.period_from), 1, 0)
        filters.addWidget(self.period_from, 1, 1)
        filters.addWidget(labelled(self.tr("&To"), self.period_to), 1, 2)
        filters.addWidget(self.period_to, 1, 3)
        filters.addWidget(self.mine_check, 1, 4, 1, 2)
        filters.addWidget(self.reset_button, 1, 7, Qt.AlignmentFlag.AlignRight)

        search = QHBoxLayout()
        search.addWidget(labelled(self.tr("S&earch"), self.search_edit))
        search.addWidget(self.search_field)
        search.addWidget(self.search_edit, 1)

        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.status_label)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(search)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)

        chain: list[QWidget] = [
            self.status_filter,
            self.domain_filter,
            self.criterion_filter,
            self.channel_filter,
            self.period_from,
            self.period_to,
            self.mine_check,
            self.reset_button,
            self.search_field,
            self.search_edit,
            self.table,
            self.new_button,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _apply_metrics(self) -> None:
        """Row heights and column widths from the font, so a larger font or 150 % fits."""
        metrics = self.table.fontMetrics()
        em = metrics.horizontalAdvance("M")
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + em)
        samples = {
            NUMBER: "2025-00000",
            RECEIVED: "28/12/2025",
            CHANNEL: "x" * 14,
            DOMAIN: "x" * 30,
            STATUS: "x" * 18,
            ASSIGNED: "x" * 12,
        }
        header = self.table.horizontalHeader()
        header_metrics = header.fontMetrics()
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                metrics.horizontalAdvance(sample),
                header_metrics.horizontalAdvance(title) + 2 * em,  # room for the sort arrow
            )
            header.resizeSection(column, width + em)
        header.setMinimumSectionSize(3 * em)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_metrics()

    # -- loading ---------------------------------------------------------------------------

    def current_filter(self) -> ListFilter:
        """The plain filters (for SQL), the chosen criterion and the search result."""
        status = self.status_filter.currentData() or ""
        statuses: frozenset[str] = frozenset()
        if status == _OPEN_GROUP:
            statuses = OPEN
        elif status == _ENDED_GROUP:
            statuses = ENDED
        elif status:
            statuses = frozenset({status})
        return ListFilter(
            statuses=statuses,
            domain_top=self.domain_filter.currentData() or None,
            channel=self.channel_filter.currentData() or None,
            period_from=self.period_from.month(),
            period_to=self.period_to.month(),
            assigned_to=self._context.user_id if self.mine_check.isChecked() else None,
            criterion=self.criterion_filter.currentData() or None,
            ids=self._search_ids,
        )

    def reload(self) -> None:
        """Load the list again for the current filters (after a save, or a filter change)."""
        self._period_timer.stop()
        if not self._context.is_unlocked:
            self.clear()
            return
        can_search = self._context.ring.holds(KeyClass.IDENTITY)
        self.search_field.setEnabled(can_search)
        self.search_edit.setEnabled(can_search)
        self._show_status("")
        try:
            self.model.load(self.current_filter())
            if self.proxy.criterion():
                self.model.load_all_facts()  # again after a lock had dropped them
        except CryptoError:
            return  # locked in between
        except (ServiceError, StorageError) as exc:
            log.warning("Report list not loaded: %s", type(exc).__name__)
            self.model.clear()
            self._show_status(error_text(exc))
        self._update_state()

    def clear(self) -> None:
        """Forget every row, fact, search value and message (on lock)."""
        self._period_timer.stop()
        self.model.clear()
        self._search_ids = None
        # setText, not clear(): clear() keeps the old text in the undo history.
        self.search_edit.setText("")
        self.count_label.setText("")
        self._show_status("")
        self._update_state()

    def reset_filters(self) -> None:
        """Every filter back to "all", the search emptied; one reload."""
        widgets: list[QWidget] = [
            self.status_filter,
            self.domain_filter,
            self.criterion_filter,
            self.channel_filter,
            self.period_from,
            self.period_to,
            self.mine_check,
            self.search_edit,
        ]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for combo in (
                self.status_filter,
                self.domain_filter,
                self.criterion_filter,
                self.channel_filter,
            ):
                combo.setCurrentIndex(0)
            self.period_from.clear_month()
            self.period_to.clear_month()
            self.mine_check.setChecked(False)
            self.search_edit.setText("")
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._search_ids = None
        self.proxy.set_criterion(None)
        self.reload()

    # -- criterion (encrypted, filtered in the proxy) -------------------------------------

    def _criterion_changed(self) -> None:
        self.proxy.set_criterion(self.criterion_filter.currentData() or None)
        self._update_state()

    def _facts_progress(self, percent: int) -> None:
        if percent < 100:
            text = self.tr("Loading criteria… %1 %").replace("%1", str(percent))
            self._show_status(text, progress=True)
        elif self._showing_progress:
            self._show_status("")

    # -- search (blind index) -------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def search(self) -> None:
        """Exact search on the chosen field; the result is shown within the filters."""
        value = self.search_edit.text().strip()
        if not value:
            self.clear_search()
            return
        field = str(self.search_field.currentData())
        if field == "counterparty" and "|" not in value:
            field = "counterparty_name"  # a name alone; "name | address" searches both
        try:
            ids = self._context.services.reports.find(self._context.ring, field, value)
        except CryptoError:
            return
        except AccessDenied:
            self._show_status(self.tr("Your role cannot search by personal details."))
            return
        except (ServiceError, StorageError) as exc:
            self._show_status(error_text(exc))
            return
        self._search_ids = frozenset(ids)
        self.reload()

    def clear_search(self) -> None:
        if self._search_ids is not None:
            self._search_ids = None
            self.reload()

    def _search_text_changed(self, text: str) -> None:
        if not text:
            self.clear_search()

    # -- opening ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._open_index(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid():
            return
        report_id = self.proxy.data(self.proxy.index(index.row(), NUMBER), ReportIdRole)
        if report_id:
            self.open_report.emit(str(report_id))

    def selected_report_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return str(self.proxy.data(rows[0], ReportIdRole))

    # -- count, empty state, status ------------------------------------------------------

    def _update_state(self) -> None:
        unlocked = self._context.is_unlocked
        shown = self.proxy.rowCount()
        waiting = self.proxy.is_waiting_for_facts()
        if not unlocked or waiting:
            self.count_label.setText("")
        else:
            count = shown if self.proxy.criterion() else self.model.total_count()
            self.count_label.setText(self._count_text(count))
        if shown or waiting or not unlocked:
            self.stack.setCurrentWidget(self.table)
        else:
            self.empty_label.setText(self._empty_text())
            self.stack.setCurrentWidget(self.empty_label)
        if unlocked and not self.model.is_complete():
            self._show_status(self.tr("Loading all reports…"), progress=True)
        elif unlocked and self._showing_progress and not self.model.is_loading_facts():
            self._show_status("")

    def _count_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 report")
        return self.tr("%1 reports").replace("%1", self.locale().toString(count))

    def _empty_text(self) -> str:
        if self._search_ids is not None:
            return self.tr("No report found for this search")
        if self._filters_active():
            return self.tr("No reports for these filters")
        return self.tr("No reports yet")

    def _filters_active(self) -> bool:
        combos = (self.status_filter, self.domain_filter, self.criterion_filter)
        return (
            any(combo.currentIndex() > 0 for combo in (*combos, self.channel_filter))
            or self.period_from.month() is not None
            or self.period_to.month() is not None
            or self.mine_check.isChecked()
        )

    def _show_status(self, text: str, *, progress: bool = False) -> None:
        self._showing_progress = progress
        if self.status_label.text() != text:
            self.status_label.setText(text)
            self.status_message.emit(text)
