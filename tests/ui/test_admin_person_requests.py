"""Requests from one person in Beheer: exact search, export as PDF and JSON, erasure."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from meldpunt.domain.model import Reporter
from meldpunt.storage.models_audit import AuditEntry
from meldpunt.ui.admin.page import AdminPage
from meldpunt.ui.admin.person_requests import EraseConfirmDialog, PersonRequestsDialog
from meldpunt.ui.context import AppContext
from support.office import COORDINATOR, COORDINATOR_PASS
from support.reports import kot_report
from support.ui_office import UiOffice

EMAIL = "ruben.maes@voorbeeld.be"
PHONE = "+32 470 11 22 33"
OTHER = Reporter(
    role="victim", legal_name="Sara Wouters", email="sara.wouters@voorbeeld.be", language="nl"
)


@pytest.fixture
def page(qtbot: QtBot, ui_office: UiOffice, context: AppContext) -> AdminPage:
    page = AdminPage(context)
    qtbot.addWidget(page)
    page.show()
    context.set_unlocked(ui_office.services.accounts.unlock(COORDINATOR, COORDINATOR_PASS))
    return page


def _open(qtbot: QtBot, page: AdminPage) -> PersonRequestsDialog:
    assert page.requests_button.isVisible()
    qtbot.mouseClick(page.requests_button, Qt.MouseButton.LeftButton)
    dialog = page.person_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _search(qtbot: QtBot, field: object, text: str) -> None:
    from PySide6.QtWidgets import QLineEdit

    assert isinstance(field, QLineEdit)
    field.setFocus()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _numbers(dialog: PersonRequestsDialog) -> list[str]:
    return [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]


def _pdf_text(path: Path) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_export_writes_a_pdf_and_json_with_neutral_names(
    qtbot: QtBot,
    ui_office: UiOffice,
    context: AppContext,
    page: AdminPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reports = ui_office.services.reports
    mine = reports.create(context.ring, kot_report())
    other = reports.create(context.ring, kot_report(reporter=OTHER))
    dialog = _open(qtbot, page)
    _search(qtbot, dialog.email, EMAIL)
    assert _numbers(dialog) == [mine.number]
    assert not dialog.empty.isVisible()
    assert dialog.table.item(0, 1).text()  # received date
    assert dialog.table.item(0, 2).text()  # status

    folder = tmp_path / "export"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy and list(folder.iterdir()) == []  # cancelled: nothing written

    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder))
    )
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    files = sorted(folder.iterdir())
    assert [f.suffix for f in files] == [".json", ".pdf"], dialog.status.text()
    for f in files:
        assert "ruben" not in f.name.lower() and "maes" not in f.name.lower()
        assert f.name.startswith("access-")
    data = json.loads(files[0].read_text(encoding="utf-8"))
    assert [r["number"] for r in data["reports"]] == [mine.number]
    assert other.number not in files[0].read_text(encoding="utf-8")
    text = _pdf_text(files[1])
    assert mine.number in text and other.number not in text
    assert str(folder) in dialog.status.text()
    with ui_office.database.sessions() as s:
        exported = s.scalars(
            select(AuditEntry.object_id).where(AuditEntry.action == "access.exported")
        ).all()
    assert exported == [mine.id]

    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    assert dialog.open_folder_button.isVisible()
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert [Path(u.toLocalFile()) for u in opened] == [folder]


def _confirm_when_asked(qtbot: QtBot, answer: str | None, seen: list[str]) -> None:
    """Answer the confirmation once it is shown (it runs its own event loop)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EraseConfirmDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog.text.text())
        if answer is None:
            qtbot.keyClick(dialog.typed, Qt.Key.Key_Escape)
            return
        qtbot.keyClicks(dialog.typed, dialog.word if answer == "word" else answer)
        assert dialog.erase_button.isEnabled() == (answer == "word")
        if answer == "word":
            qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)  # the default is Cancel
            if dialog.isVisible():
                seen.append("still open after Return")
                dialog.reject()

    QTimer.singleShot(0, act)


def test_erase_after_a_typed_confirmation_makes_the_reports_unreadable(
    qtbot: QtBot,
    ui_office: UiOffice,
    context: AppContext,
    page: AdminPage,
) -> None:
    services = ui_office.services
    first = services.reports.create(context.ring, kot_report())
    second = services.reports.create(context.ring, kot_report())
    other = services.reports.create(context.ring, kot_report(reporter=OTHER))
    dialog = _open(qtbot, page)
    _search(qtbot, dialog.phone, PHONE)
    assert _numbers(dialog) == sorted([first.number, second.number])
    assert dialog.erase_button.isEnabled()

    # Cancelled, or a wrong word typed: nothing is erased.
    seen: list[str] = []
    _confirm_when_asked(qtbot, None, seen)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    _confirm_when_asked(qtbot, "yes", seen)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2 and not dialog.busy
    assert not any(services.erasure.erased(r.id) for r in (first, second, other))

    # Only the selected report, after the confirm word.
    dialog.table.selectRow(1)
    _confirm_when_asked(qtbot, "word", seen)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert "1" in seen[-1] and second.number in seen[-1] and first.number not in seen[-1]
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert services.erasure.erased(second.id)
    assert not services.erasure.erased(first.id)
    assert _numbers(dialog) == [first.number]  # the list was searched again
    assert second.number in dialog.status.text()

    # Nothing selected: every report of the person (the one left).
    dialog.table.clearSelection()
    _confirm_when_asked(qtbot, "word", seen)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert services.erasure.erased(first.id) and not services.erasure.erased(other.id)
    assert _numbers(dialog) == [] and dialog.empty.isVisible()
    assert not dialog.erase_button.isEnabled()
    report, _ = services.reports.get(context.ring, first.id)
    assert report.reporter.legal_name != "Ruben Maes"
    assert services.access.find(context.ring, phone=PHONE) == []

    # The audit trail names the erased records by their number, and filters on it.
    page.reload()

    def rows() -> list[list[str]]:
        return [
            [page.audit.item(r, c).text() for c in range(page.audit.columnCount())]
            for r in range(page.audit.rowCount())
        ]

    erased = {row[4] for row in rows() if row[3] == "report.erased"}
    assert erased == {first.number, second.number}
    page.audit_filter.setText(other.number)
    assert {row[3] for row in rows()} == {"report.created"}
    assert {row[4] for row in rows()} == {other.number}


def test_nobody_found_says_so_and_the_other_party_cannot_be_erased(
    qtbot: QtBot, ui_office: UiOffice, context: AppContext, page: AdminPage
) -> None:
    services = ui_office.services
    saved = services.reports.create(context.ring, kot_report())
    dialog = _open(qtbot, page)
    _search(qtbot, dialog.email, "niemand@voorbeeld.be")
    assert dialog.empty.isVisible() and dialog.table.rowCount() == 0
    assert not dialog.erase_button.isEnabled()
    assert dialog.export_button.isEnabled()  # "we hold nothing about you" is an answer too

    dialog.email.clear()
    _search(qtbot, dialog.name, "Kotbaas Janssens")  # the landlord, as the other party
    assert _numbers(dialog) == [saved.number] and not dialog.empty.isVisible()
    assert not dialog.erase_button.isEnabled()


def test_locking_forgets_the_person_and_closes_the_dialog(
    qtbot: QtBot, ui_office: UiOffice, context: AppContext, page: AdminPage
) -> None:
    ui_office.services.reports.create(context.ring, kot_report())
    dialog = _open(qtbot, page)
    _search(qtbot, dialog.email, EMAIL)
    assert dialog.table.rowCount() == 1
    context.lock()
    assert not dialog.isVisible()
    assert dialog.email.text() == "" and dialog.table.rowCount() == 0


def test_only_the_coordinator_sees_requests_from_people(
    qtbot: QtBot, ui_office: UiOffice, context: AppContext
) -> None:
    assert ui_office.office is not None
    ui_office.services.accounts.add_user(
        ui_office.office.ring, "it", "administrator", "alleen back-ups maken"
    )
    page = AdminPage(context)
    qtbot.addWidget(page)
    page.show()
    context.set_unlocked(ui_office.services.accounts.unlock("it", "alleen back-ups maken"))
    assert not page.requests_box.isVisible() and not page.requests_button.isVisible()
    page.person_requests()  # even when called directly
    assert page.person_dialog is None
    context.lock()
    context.set_unlocked(ui_office.services.accounts.unlock(COORDINATOR, COORDINATOR_PASS))
    assert page.requests_button.isVisible()
