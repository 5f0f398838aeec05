"""The report list as a table model: plain rows at once, coded facts decrypted only when shown."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from meldpunt.crypto.errors import CryptoError
from meldpunt.domain.model import report_number_order
from meldpunt.services.errors import ServiceError
from meldpunt.services.listing import CacheDecoder, CodedFacts, ListFilter, ListRow
from meldpunt.storage.errors import StorageError
from meldpunt.ui.context import AppContext
from meldpunt.ui.service_errors import error_text
from meldpunt.ui.tasks import run_task

log = logging.getLogger(__name__)

NUMBER, RECEIVED, CHANNEL, DOMAIN, CRITERIA, STATUS, ASSIGNED = range(7)
COLUMN_COUNT = 7
# Columns whose text needs the decrypted coded facts; the others are plain metadata.
FACT_COLUMNS = frozenset({RECEIVED, DOMAIN, CRITERIA})

ReportIdRole = int(Qt.ItemDataRole.UserRole) + 1
SortRole = int(Qt.ItemDataRole.UserRole) + 2

PLACEHOLDER = "…"
# Requests from one paint are collected for this long, then decrypted in one call.
FETCH_DELAY_MS = 30
FETCH_BATCH = 200
# One screen is read at once; the rest of a large list follows in the background.
HEAD_ROWS = 300
REST_DELAY_MS = 200
# Rows per background task when every row's facts are needed (criterion filter, sorting).
BULK_BATCH = 2000
# Facts decrypted one report at a time since the list cache was read: from this many on,
# the cache is written again once every row's facts are known.
CACHE_REFRESH_MIN = 200

# Plain ints: comparing the role a view passes with an enum member costs more per call.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, ReportIdRole, SortRole})
_CHANGED_ROLES = [_DISPLAY, _TOOLTIP, SortRole]
# Facts of a report that disappeared between listing and decrypting: nothing to show.
_GONE = CodedFacts(received_on=None, domain=None)
_UNKNOWN_ORDER = 10_000


def _opposite(order: Qt.SortOrder) -> Qt.SortOrder:
    ascending = order == Qt.SortOrder.AscendingOrder
    return Qt.SortOrder.DescendingOrder if ascending else Qt.SortOrder.AscendingOrder


class ReportTableModel(QAbstractTableModel):
    """One row per report (``ListRow``); the coded facts are fetched for rows a view shows.

    ``data()`` for a row whose facts are not cached returns a placeholder and queues the
    report; after ``FETCH_DELAY_MS`` one ``ReportListing.facts`` call decrypts the queued
    reports (the newest requests, at most ``FETCH_BATCH``) and ``dataChanged`` repaints them.
    A screenful takes 20–60 ms even in a 100 000-report office, so this runs on the GUI
    thread; only ``load_all_facts`` (thousands of rows) runs on the thread pool.

    Sorting is done here, on the raw ``SortRole`` values of every row at once, because a
    proxy comparing row pairs would call into Python about 1.7 million times for 100 000
    rows; ``ReportFilterProxy.sort`` forwards to ``sort``.
    """

    rows_complete = Signal()  # every row of the current filter is in the model
    facts_progress = Signal(int)  # percent of rows with known facts while loading them all
    all_facts_loaded = Signal()
    load_failed = Signal(str)  # a known problem (database, access), for the status area

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        taxonomy = context.services.taxonomy
        lang = context.language
        self._labels: dict[str, dict[str, str]] = {}
        self._order: dict[str, dict[str, int]] = {}
        for field in ("channel", "domain", "criteria", "status"):
            codes = taxonomy.codes(field)
            self._labels[field] = {c.code: c.label(lang) for c in codes}
            self._order[field] = {c.code: i for i, c in enumerate(codes)}
        self._headers = [
            self.tr("Number"),
            self.tr("Received"),
            self.tr("Channel"),
            self.tr("Domain"),
            self.tr("Criteria"),
            self.tr("Status"),
            self.tr("Assigned to"),
        ]
        self._damaged = self.tr("damaged")
        self._damaged_tip = self.tr(
            "The coded facts of this report cannot be read: the record is damaged. "
            "Restore it from a backup or ask the IT administrator."
        )
        self._locale = QLocale()
        self._rows: list[ListRow] = []
        self._facts: dict[str, tuple[int, CodedFacts]] = {}  # id → (version, facts)
        # criterion code → ids whose cached facts name it: the criterion filter's index.
        self._with_criterion: dict[str, set[str]] = {}
        self._staff: dict[str, str] = {}
        self._count = 0
        self._complete = True
        self._sort: tuple[int, Qt.SortOrder] = (NUMBER, Qt.SortOrder.DescendingOrder)
        # A load or a lock makes results of earlier background tasks worthless.
        self._load_gen = 0
        self._epoch = 0
        self._wanted: dict[int, None] = {}  # ordered set of rows a view asked facts for
        self._decoder: CacheDecoder | None = None
        self._decode_timer = QTimer(self)
        self._decode_timer.setSingleShot(True)
        self._decode_timer.setInterval(0)
        self._decode_timer.timeout.connect(self._decode_step)
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(FETCH_DELAY_MS)
        self._fetch_timer.timeout.connect(self._fetch_wanted)
        self._bulk_wanted = False
        self._bulk_running = False
        self._bulk_queue: list[ListRow] = []
        self._all_facts = False
        # The sealed list cache (every report's facts in one blob) is read once per unlock,
        # when the rows are complete: "unread", "reading" or "read".
        self._cache_state = "unread"
        self._fresh = 0  # facts decrypted per report since the cache was read
        self._rest: Callable[[], None] | None = None
        self._rest_timer = QTimer(self)
        self._rest_timer.setSingleShot(True)
        self._rest_timer.setInterval(REST_DELAY_MS)
        self._rest_timer.timeout.connect(self._start_rest)

    # -- loading --------------------------------------------------------------------------

    def load(self, flt: ListFilter) -> None:
        """Show the reports matching ``flt``: the first screen now, the rest in the background.

        Raises the service's errors (locked, access denied, database unavailable).
        """
        ring = self._context.ring
        listing = self._context.services.listing
        first = listing.first_rows(ring, flt, HEAD_ROWS)
        complete = len(first.rows) == first.total
        staff = listing.staff_names()
        self._load_gen += 1
        self._rest_timer.stop()
        self._rest = None
        self.beginResetModel()
        self._forget_stale(self._stale(first.rows))
        self._set_rows(self._sorted(first.rows))
        self._count = first.total
        self._complete = complete
        self._staff = staff
        self._wanted.clear()
        self._fetch_timer.setInterval(0)  # the new first screen: fetch right after its paint
        self._bulk_queue = []
        self._all_facts = False
        if self._sort[0] in FACT_COLUMNS:
            self._bulk_wanted = True  # sorted by facts before a lock: still needs them all
        self.endResetModel()
        if complete:
            self.rows_complete.emit()
            self._read_cache()
            self._continue_bulk()
            return
        # The rest is read once the first screen shows (or after REST_DELAY_MS): a worker
        # building 100 000 rows holds the interpreter lock much of the time, and would
        # slow down the first screen it is meant to make quick.
        generation, order = self._load_gen, self._sort
        key, descending = self._sort_key(), order[1] == Qt.SortOrder.DescendingOrder

        def read_and_sort() -> tuple[list[ListRow], list[str]]:
            # Sorting and comparing 100 000 rows take 0.1–0.2 s each: better on the worker.
            # It only reads the cache; the GUI thread alone changes it.
            rows = sorted(listing.rows(ring, flt), key=key, reverse=descending)
            return rows, self._stale(rows)

        self._rest = partial(
            run_task,
            read_and_sort,
            partial(self._rest_arrived, self._epoch, generation, order),
            partial(self._task_failed, self._epoch, False),
        )
        self._rest_timer.start()

    def _start_rest(self) -> None:
        self._rest_timer.stop()
        start, self._rest = self._rest, None
        if start is not None:
            start()

    def _rest_arrived(
        self, epoch: int, generation: int, order: tuple[int, Qt.SortOrder], result: object
    ) -> None:
        if epoch != self._epoch or generation != self._load_gen:
            return
        assert isinstance(result, tuple)
        rows, stale = result
        self._forget_stale(stale)
        if order != self._sort or order[0] in FACT_COLUMNS:
            # Sorted by the worker, but the order changed since or depends on facts that
            # arrived meanwhile.
            rows = self._sorted(rows)
        head = [r.id for r in self._rows]
        if [r.id for r in rows[: len(head)]] == head:
            # The usual case: the first screen stays where it is and the rest is appended,
            # so the selection and the scroll position survive.
            if len(rows) > len(head):
                self.beginInsertRows(QModelIndex(), len(head), len(rows) - 1)
                self._set_rows(rows)
                self.endInsertRows()
            else:
                self._set_rows(rows)
            if head:  # the same reports, perhaps saved meanwhile (a new status)
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(head) - 1, COLUMN_COUNT - 1), _CHANGED_ROLES
                )
        else:  # someone saved or deleted a report in between
            self.beginResetModel()
            self._set_rows(rows)
            self._wanted.clear()
            self.endResetModel()
        self._count = len(rows)
        self._complete = True
        self._bulk_queue = []
        self.rows_complete.emit()
        self._read_cache()
        self._continue_bulk()

    def _task_failed(self, epoch: int, bulk: bool, exc: BaseException) -> None:
        if epoch != self._epoch:
            return  # cleared meanwhile: nothing waits for this task any more
        if bulk:
            self._bulk_running = False
            self._bulk_wanted = False  # not again at every load; a new request restarts it
        if isinstance(exc, CryptoError):
            return  # locked while the task ran
        if isinstance(exc, ServiceError | StorageError):
            log.warning("Report list: %s", type(exc).__name__)
            self.load_failed.emit(error_text(exc))
            return
        log.error("Loading the report list failed", exc_info=exc)
        self.load_failed.emit(self.tr("The list could not be loaded; details are in the log."))

    def clear(self) -> None:
        """Forget every row and every decrypted fact (on lock)."""
        self._epoch += 1
        self._load_gen += 1
        self._fetch_timer.stop()
        self._rest_timer.stop()
        self._rest = None
        self._decode_timer.stop()
        self._decoder = None  # holds every report's facts: gone with the lock
        self.beginResetModel()
        self._set_rows([])
        self._facts = {}
        self._with_criterion = {}
        self._staff = {}
        self._wanted = {}
        self._count = 0
        self._complete = True
        self._bulk_wanted = False
        self._bulk_running = False
        self._bulk_queue = []
        self._all_facts = False
        self._cache_state = "unread"
        self._fresh = 0
        self.endResetModel()

    def _set_rows(self, rows: list[ListRow]) -> None:
        self._rows = rows

    # -- state for the page and the proxy ------------------------------------------------

    def is_complete(self) -> bool:
        """Whether every row of the current filter is loaded (not just the first screen)."""
        return self._complete

    def total_count(self) -> int:
        """Reports matching the plain filters (known before all of them are loaded)."""
        return self._count

    def report_id(self, row: int) -> str:
        return self._rows[row].id

    def facts_at(self, row: int) -> CodedFacts | None:
        """The cached facts of a row, or None; never starts a decryption."""
        return self._cached(self._rows[row])

    def is_pending(self, row: int) -> bool:
        """Whether the row still shows the placeholder (its facts are not decrypted yet)."""
        return self._cached(self._rows[row]) is None

    def cache_size(self) -> int:
        return len(self._facts)

    def rows_with_criterion(self, code: str) -> list[int]:
        """The rows, ascending, whose cached facts name the criterion ``code``.

        One pass over the rows against the criterion index: about 5 ms for 100 000 rows.
        Rows whose facts are not decrypted yet are left out.
        """
        having = self._with_criterion.get(code)
        if not having:
            return []
        return [i for i, row in enumerate(self._rows) if row.id in having]

    def _store(self, report_id: str, version: int, facts: CodedFacts) -> None:
        self._forget(report_id)
        self._facts[report_id] = (version, facts)
        for code in facts.criteria:
            self._with_criterion.setdefault(code, set()).add(report_id)

    def _forget(self, report_id: str) -> None:
        old = self._facts.pop(report_id, None)
        if old is not None:
            for code in old[1].criteria:
                self._with_criterion[code].discard(report_id)

    def _forget_stale(self, report_ids: Sequence[str]) -> None:
        """Drop the facts of reports saved since they were decrypted (a new version)."""
        for report_id in report_ids:
            self._forget(report_id)

    def _stale(self, rows: Sequence[ListRow]) -> list[str]:
        get = self._facts.get
        return [r.id for r in rows if (e := get(r.id)) is not None and e[0] != r.version]

    def has_all_facts(self) -> bool:
        return self._all_facts

    def is_loading_facts(self) -> bool:
        """Whether every row's facts are being decrypted in the background right now."""
        return self._bulk_wanted and not self._all_facts

    def damaged_text(self) -> str:
        return self._damaged

    def _cached(self, row: ListRow) -> CodedFacts | None:
        entry = self._facts.get(row.id)
        # A saved report has a new version: its old facts are stale.
        return entry[1] if entry is not None and entry[0] == row.version else None

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        # A view asks about seven roles per cell and paint: the roles this model does not
        # answer return before any other work.
        if role not in _ROLES or not index.isValid():
            return None
        at = index.row()
        row = self._rows[at]
        column = index.column()
        if role == _DISPLAY:
            return self._text(row, column, at)
        if role == ReportIdRole:
            return row.id
        if role == SortRole:
            return self._sort_value(row, column)
        if column not in FACT_COLUMNS:
            return None
        facts = self._cached(row)  # the tooltip: the full text of a narrow column
        if facts is None:
            return None
        return self._damaged_tip if facts.damaged else self._text(row, column, at)

    def _text(self, row: ListRow, column: int, at: int) -> str:
        if column == NUMBER:
            return row.number
        if column == CHANNEL:
            return self._labels["channel"].get(row.channel, row.channel)
        if column == STATUS:
            return self._labels["status"].get(row.status, row.status)
        if column == ASSIGNED:
            return self._staff.get(row.assigned_to, "") if row.assigned_to else ""
        facts = self._cached(row)
        if facts is None:
            self._request(at)
            if column == DOMAIN:
                return self._labels["domain"].get(row.domain_top, row.domain_top)
            return PLACEHOLDER
        if column == DOMAIN:
            return self._domain_text(row, facts)
        if facts.damaged:
            return self._damaged
        if column == RECEIVED:
            day = facts.received_on
            if day is None:
                return ""
            return self._locale.toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
            )
        labels = self._labels["criteria"]
        return ", ".join(labels.get(code, code) for code in facts.criteria)

    def _domain_text(self, row: ListRow, facts: CodedFacts) -> str:
        labels = self._labels["domain"]
        top = labels.get(row.domain_top, row.domain_top)
        domain = facts.domain
        if not domain or domain == row.domain_top or "." not in domain:
            return top
        return f"{top} – {labels.get(domain, domain)}"

    # -- sorting on raw values ------------------------------------------------------------

    def _sort_value(self, row: ListRow, column: int) -> int | str:
        """The raw value a column sorts on: code-list order for codes, not display text."""
        if column == NUMBER:
            return report_number_order(row.number)
        if column == CHANNEL:
            return self._order["channel"].get(row.channel, _UNKNOWN_ORDER)
        if column == STATUS:
            return self._order["status"].get(row.status, _UNKNOWN_ORDER)
        if column == ASSIGNED:
            return self._staff.get(row.assigned_to, "").casefold() if row.assigned_to else ""
        facts = self._cached(row)
        if facts is not None and facts.damaged:
            facts = None  # sorts like a row whose facts are not known
        if column == RECEIVED:
            day = facts.received_on if facts is not None else None
            if day is None:  # the month is plain; the day needs the facts
                return row.year * 10_000 + row.month * 100
            return day.year * 10_000 + day.month * 100 + day.day
        if column == DOMAIN:
            domain = facts.domain if facts is not None and facts.domain else row.domain_top
            return self._order["domain"].get(domain, _UNKNOWN_ORDER)
        if facts is None:
            return "~"  # after every code list: unknown and damaged rows sort last
        order = self._order["criteria"]
        return ";".join(f"{order.get(code, _UNKNOWN_ORDER):05d}" for code in facts.criteria)

    def _sort_key(self) -> Callable[[ListRow], Any]:
        column = self._sort[0]
        if column == NUMBER:  # the usual order: one key per row, no tuple
            return lambda row: report_number_order(row.number)
        value = self._sort_value
        return lambda row: (value(row, column), report_number_order(row.number))

    def _sorted(self, rows: Sequence[ListRow]) -> list[ListRow]:
        descending = self._sort[1] == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=self._sort_key(), reverse=descending)

    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        flipped = self._sort == (column, _opposite(order))
        self._sort = (column, order)
        if flipped and column not in FACT_COLUMNS:
            # The number breaks every tie, so the other direction is exactly the reverse.
            self._relayout(self._rows[::-1])
        else:
            self._relayout(self._sorted(self._rows))
        if column in FACT_COLUMNS and self._rows:
            self.load_all_facts()  # an exact order needs every row's facts; resorted then

    def _relayout(self, rows: list[ListRow]) -> None:
        if len(rows) == len(self._rows) and all(
            a is b for a, b in zip(rows, self._rows, strict=True)
        ):
            return  # nothing moves: spare the views and the proxy a relayout
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        self._set_rows(rows)
        self._wanted.clear()  # row numbers changed; the repaint asks again
        self._fetch_timer.setInterval(0)
        persistent = self.persistentIndexList()
        if persistent:  # the selection: a handful of indexes
            position = {id(row): i for i, row in enumerate(rows)}
            moved = [self.index(position[id(old_rows[i.row()])], i.column()) for i in persistent]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- coded facts on demand ------------------------------------------------------------

    def _request(self, row: int) -> None:
        self._wanted.pop(row, None)
        self._wanted[row] = None  # most recent last: those are on screen now
        if not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def _fetch_wanted(self) -> None:
        rows = sorted(r for r in list(self._wanted)[-FETCH_BATCH:] if r < len(self._rows))
        self._wanted.clear()
        self._fetch_timer.setInterval(FETCH_DELAY_MS)  # while scrolling: batch paints
        todo = [self._rows[r] for r in rows if self._cached(self._rows[r]) is None]
        if todo:
            try:
                facts = self._context.services.listing.facts(
                    self._context.ring, [r.id for r in todo]
                )
            except CryptoError:
                return  # locked in between
            except (ServiceError, StorageError) as exc:
                log.warning("Coded facts: %s", type(exc).__name__)
                self.load_failed.emit(error_text(exc))
                return
            for r in todo:
                self._store(r.id, r.version, facts.get(r.id, _GONE))
            self._fresh += len(todo)
        if rows:
            # Also rows that the background loader filled meanwhile: they still show "…".
            self.dataChanged.emit(
                self.index(rows[0], 0), self.index(rows[-1], COLUMN_COUNT - 1), _CHANGED_ROLES
            )
        self._start_rest()  # the first screen is there: now the rest of the list

    # -- every row's facts, in the background --------------------------------------------

    def load_all_facts(self) -> None:
        """Decrypt the facts of every row on the thread pool, ``BULK_BATCH`` at a time.

        Emits ``facts_progress`` after each batch and ``all_facts_loaded`` at the end (again
        after a later load adds rows). Keeps going across loads until ``clear()``.
        """
        self._bulk_wanted = True
        self._continue_bulk()

    def _continue_bulk(self) -> None:
        if not self._bulk_wanted or self._bulk_running or not self._complete or self._all_facts:
            return
        if self._cache_state != "read":
            self._read_cache()  # the rest follows when the cache has been read
            return
        if not self._bulk_queue:
            self._bulk_queue = [r for r in self._rows if self._cached(r) is None]
            if not self._bulk_queue:
                if not self._all_facts:
                    self._all_facts = True
                    self.facts_progress.emit(100)
                    if self._sort[0] in FACT_COLUMNS:
                        self._relayout(self._sorted(self._rows))
                    self.all_facts_loaded.emit()
                    self._write_cache()
                return
        self._all_facts = False
        total = max(len(self._rows), 1)
        self.facts_progress.emit(min(99, (total - len(self._bulk_queue)) * 100 // total))
        batch, self._bulk_queue = self._bulk_queue[:BULK_BATCH], self._bulk_queue[BULK_BATCH:]
        versions = {r.id: r.version for r in batch}
        try:
            ring = self._context.ring
        except CryptoError:
            return
        listing = self._context.services.listing
        self._bulk_running = True
        run_task(
            lambda: listing.facts(ring, list(versions)),
            partial(self._bulk_arrived, self._epoch, versions),
            partial(self._task_failed, self._epoch, True),
        )

    def _bulk_arrived(self, epoch: int, versions: dict[str, int], result: object) -> None:
        if epoch != self._epoch:
            return  # locked meanwhile: drop what the worker decrypted
        assert isinstance(result, dict)
        self._bulk_running = False
        for report_id, version in versions.items():
            self._store(report_id, version, result.get(report_id, _GONE))
        self._fresh += len(versions)
        self._continue_bulk()

    # -- the sealed list cache ------------------------------------------------------------

    def _read_cache(self) -> None:
        """Read every report's facts from the list cache, once per unlock.

        About a second for 100 000 reports, against many seconds decrypting them one by
        one: afterwards a criterion filter or a sort on facts applies at once. A worker reads
        and opens the blob (C code: decryption, decompression); this thread decodes it a
        chunk at a time between events (``CacheDecoder``), because Python-heavy work on a
        worker makes every paint wait for the interpreter lock. Entries of reports saved
        since (a newer version) are not used.
        """
        if self._cache_state != "unread" or not self._complete:
            return
        try:
            ring = self._context.ring
        except CryptoError:
            return
        listing = self._context.services.listing
        self._cache_state = "reading"
        run_task(
            lambda: listing.cache_plain(ring),
            partial(self._cache_opened, self._epoch),
            partial(self._cache_failed, self._epoch),
        )

    def _cache_opened(self, epoch: int, plain: object) -> None:
        if epoch != self._epoch:
            return  # locked meanwhile
        if plain is None:
            self._cache_state = "read"  # no cache (yet): decrypt one by one
            self._continue_bulk()
            return
        assert isinstance(plain, bytes)
        try:
            self._decoder = CacheDecoder(plain)
        except (ValueError, TypeError, KeyError) as exc:
            self._cache_failed(epoch, exc)
            return
        self._decode_timer.start()

    def _decode_step(self) -> None:
        decoder = self._decoder
        if decoder is None:
            return
        try:
            done = decoder.step()
        except (ValueError, TypeError, KeyError) as exc:
            self._decoder = None
            self._cache_failed(self._epoch, exc)
            return
        if not done:
            self._decode_timer.start()  # the next chunk after the events waiting now
            return
        self._decoder = None  # a lock meanwhile stopped the timer and dropped the decoder
        self._cache_arrived(decoder.facts, decoder.index)

    def _cache_arrived(
        self, cached: dict[str, tuple[int, CodedFacts]], index: dict[str, set[str]]
    ) -> None:
        self._cache_state = "read"
        self._fresh = 0
        # What was decrypted meanwhile is at least as new as the cache: it wins. A few
        # hundred entries at most, so this stays quick on the GUI thread.
        for report_id, (_version, facts) in self._facts.items():
            old = cached.get(report_id)
            if old is not None:
                for code in old[1].criteria:
                    index[code].discard(report_id)
            for code in facts.criteria:
                index.setdefault(code, set()).add(report_id)
        cached.update(self._facts)
        self._facts, self._with_criterion = cached, index
        if cached and self._rows:
            if self._sort[0] in FACT_COLUMNS:
                self._relayout(self._sorted(self._rows))
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1), _CHANGED_ROLES
            )
        self._continue_bulk()

    def _cache_failed(self, epoch: int, exc: BaseException) -> None:
        if epoch != self._epoch:
            return
        self._cache_state = "read"  # decrypt one by one instead; the cache is only a cache
        if not isinstance(exc, CryptoError):
            log.warning("The list cache could not be read: %s", type(exc).__name__)
        self._continue_bulk()

    def _write_cache(self) -> None:
        """After many facts were decrypted one by one, keep them in the cache for next time."""
        if self._fresh < CACHE_REFRESH_MIN:
            return
        try:
            ring = self._context.ring
        except CryptoError:
            return
        self._fresh = 0
        listing = self._context.services.listing
        facts = dict(self._facts)

        def failed(exc: BaseException) -> None:
            log.warning("The list cache could not be written: %s", type(exc).__name__)

        run_task(lambda: listing.update_cache(ring, facts), lambda _n: None, failed)
