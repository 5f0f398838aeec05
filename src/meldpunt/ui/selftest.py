"""The Qt part of ``meldpunt self-test``: Qt starts offscreen and the translations load."""

from __future__ import annotations

import os

from meldpunt.services.selftest import CheckResult


def qt_checks() -> list[CheckResult]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication, QLabel

        from meldpunt.ui.i18n import load_translators

        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication(["self-test"])
        label = QLabel("Meldpunt")
        label.show()
        app.processEvents()
        label.close()
        qt = CheckResult("qt", True, f"platform {app.platformName()}")
    except Exception as exc:  # reported, never raised
        return [CheckResult("qt", False, f"{type(exc).__name__}: {exc}")]
    results = [qt]
    for lang in ("nl", "fr"):
        try:
            translators = load_translators(lang)
            probe = translators[0].translate("MainWindow", "Reports")
            ok = bool(probe) and probe != "Reports"
            results.append(CheckResult(f"translations {lang}", ok, probe or "missing"))
        except Exception as exc:
            results.append(CheckResult(f"translations {lang}", False, str(exc)))
    return results
