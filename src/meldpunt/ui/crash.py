"""Errors for people, bugs for the log: uncaught exceptions and Qt messages go to the log file."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("meldpunt.crash")
qt_log = logging.getLogger("meldpunt.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s (%s)", message, context.category)


def route_qt_messages() -> None:
    qInstallMessageHandler(_qt_message)


class CrashHandler:
    """Logs an uncaught exception with its traceback and tells the user where the log is."""

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._thread_hook

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log.critical(
                "Uncaught exception in thread %s",
                args.thread.name if args.thread else "?",
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        log.critical("Uncaught exception", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is None or self._showing:
            return
        self._showing = True
        try:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QApplication.translate("CrashHandler", "Meldpunt: unexpected problem"),
                QApplication.translate(
                    "CrashHandler",
                    "Meldpunt ran into an unexpected problem. What you saved is safe.\n\n"
                    "Please tell your IT contact and give them the log file:\n{log}",
                ).replace("{log}", str(self.log_file)),
            )
            box.exec()
        finally:
            self._showing = False
