"""Long work off the GUI thread: run a function on the thread pool, results back on the GUI.

Inspired by Picard's run_task/to_main: the worker never touches widgets; the callbacks run
on the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """A task stopped because the user asked it to; not an error worth logging."""


class TaskHandle:
    """Asks a running task to stop; it notices at its next progress report (cooperative)."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to the GUI thread, logged there if unhandled
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_alive: set[_Relay] = set()


def run_task(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    pool: QThreadPool | None = None,
) -> None:
    """Run ``fn`` on the thread pool; ``on_done(result)`` or ``on_error(exc)`` on the GUI thread."""
    _start(lambda _relay: fn(), on_done, on_error, None, pool)


def run_cancellable(
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    on_progress: Progress | None = None,
    pool: QThreadPool | None = None,
) -> TaskHandle:
    """Like ``run_task`` for long work that reports progress and may be cancelled.

    ``fn`` gets a ``progress(done, total)`` callback; ``on_progress`` sees those calls on the
    GUI thread. After ``handle.cancel()`` the callback raises ``Cancelled`` in the worker, and
    a task that finishes anyway is reported to ``on_error`` as ``Cancelled`` too: a cancelled
    task's result never reaches ``on_done``.
    """
    handle = TaskHandle()

    def work(relay: _Relay) -> Any:
        def progress(done: int, total: int) -> None:
            if handle.cancelled:
                raise Cancelled()
            relay.progress.emit(done, total)

        return fn(progress)

    _start(work, on_done, on_error, handle, pool, on_progress)
    return handle


def _start(
    work: Callable[[_Relay], Any],
    on_done: Callable[[Any], None] | None,
    on_error: Callable[[BaseException], None] | None,
    handle: TaskHandle | None,
    pool: QThreadPool | None,
    on_progress: Progress | None = None,
) -> None:
    relay = _Relay()
    _alive.add(relay)

    def finish_ok(result: object) -> None:
        if handle is not None and handle.cancelled:
            finish_error(Cancelled())
            return
        _alive.discard(relay)
        if on_done is not None:
            on_done(result)

    def finish_error(exc: object) -> None:
        _alive.discard(relay)
        assert isinstance(exc, BaseException)
        if on_error is not None:
            on_error(exc)
        elif not isinstance(exc, Cancelled):
            log.error("Background task failed", exc_info=exc)

    relay.done.connect(finish_ok)
    relay.failed.connect(finish_error)
    if on_progress is not None:
        relay.progress.connect(on_progress)
    (pool or QThreadPool.globalInstance()).start(_Task(lambda: work(relay), relay))


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """Block until the pool is idle (tests, shutdown)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
