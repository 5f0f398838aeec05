"""A refusal by a service reaches the desk in the user's language, parameters filled in."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from meldpunt.crypto.errors import WrongPassphrase
from meldpunt.services.errors import AccessDenied, NotFound
from meldpunt.ui.admin.page import AddUserDialog, AdminPage
from meldpunt.ui.context import AppContext
from meldpunt.ui.service_errors import error_text
from support.office import COORDINATOR, COORDINATOR_PASS
from support.ui_office import UiOffice


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_a: object) -> None:
        shown.append(text)

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    return shown


@pytest.fixture
def admin_page(qtbot: QtBot, ui_office: UiOffice, context: AppContext) -> AdminPage:
    assert ui_office.office is not None
    ui_office.services.accounts.add_user(
        ui_office.office.ring, "it", "administrator", "alleen back-ups maken"
    )
    page = AdminPage(context)
    qtbot.addWidget(page)
    page.show()
    context.set_unlocked(ui_office.services.accounts.unlock(COORDINATOR, COORDINATOR_PASS))
    return page


def _fill_add_user_dialog(
    monkeypatch: pytest.MonkeyPatch, username: str, role: str, passphrase: str
) -> None:
    def run(dialog: AddUserDialog) -> int:
        dialog.username.setText(username)
        dialog.role.setCurrentIndex(dialog.role.findData(role))
        dialog.passphrase.setText(passphrase)
        dialog.repeat.setText(passphrase)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(AddUserDialog, "exec", run)


def test_a_coordinator_disabling_their_own_account_reads_why_in_dutch(
    admin_page: AdminPage, warnings_shown: list[str]
) -> None:
    rows = {admin_page.staff.item(r, 0).text(): r for r in range(admin_page.staff.rowCount())}
    admin_page.staff.setCurrentCell(rows[COORDINATOR], 0)
    admin_page.disable_user()
    assert warnings_shown == ["U kunt uw eigen account niet uitschakelen."]


def test_a_taken_user_name_and_a_short_passphrase_are_refused_in_dutch(
    admin_page: AdminPage, warnings_shown: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill_add_user_dialog(monkeypatch, "it", "caseworker", "een lange wachtwoordzin")
    admin_page.add_user()
    # The domain's passphrase rule reaches the desk through the service, numbers filled in.
    _fill_add_user_dialog(monkeypatch, "jan", "caseworker", "te kort")
    admin_page.add_user()
    assert warnings_shown == [
        "Er is al een gebruiker met de naam 'it'.",
        "De wachtwoordzin moet minstens 12 tekens hebben (deze heeft er 7). Een paar woorden "
        "die u makkelijk onthoudt, werken goed.",
    ]


@pytest.mark.usefixtures("dutch")
def test_a_role_is_named_in_the_users_language_and_other_values_stay() -> None:
    exc = AccessDenied(
        "You cannot grant the {role} role: you lack the {keys} keys.",
        role="caseworker",
        keys="case",
    )
    assert error_text(exc) == (
        "U kunt de rol dossierbeheerder niet toekennen: u mist de sleutels case."
    )
    assert str(exc) == "You cannot grant the caseworker role: you lack the case keys."


def test_without_a_translation_the_english_message_is_shown() -> None:
    assert error_text(NotFound("This report does not exist (any more).")) == (
        "This report does not exist (any more)."
    )
    assert error_text(NotFound("An unlisted message about {number}.", number=7)) == (
        "An unlisted message about 7."
    )
    # Errors that are not service errors keep their own message.
    assert error_text(WrongPassphrase()) == "Wrong user name or passphrase."
