"""Long work off the GUI thread: run a function on the thread pool, results back on the GUI.

Inspired by Picard's run_task/to_main: the worker never touches widgets; the callbacks run
on the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


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
    relay = _Relay()
    _alive.add(relay)

    def finish_ok(result: object) -> None:
        _alive.discard(relay)
        if on_done is not None:
            on_done(result)

    def finish_error(exc: object) -> None:
        _alive.discard(relay)
        assert isinstance(exc, BaseException)
        if on_error is not None:
            on_error(exc)
        else:
            log.error("Background task failed", exc_info=exc)

    relay.done.connect(finish_ok)
    relay.failed.connect(finish_error)
    (pool or QThreadPool.globalInstance()).start(_Task(fn, relay))


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """Block until the pool is idle (tests, shutdown)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
