"""The first-run wizard creates the office and shows the recovery key once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from meldpunt.crypto.recovery import parse_recovery_key
from meldpunt.ui.context import AppContext
from meldpunt.ui.firstrun.wizard import CoordinatorPage, FirstRunWizard
from support.ui_office import UiOffice


def test_first_run_by_keyboard(qtbot: QtBot, empty_office: UiOffice, dutch: None) -> None:
    context = AppContext(empty_office.services, language="nl")
    wizard = FirstRunWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    office_edit = wizard.currentPage().office
    assert office_edit.text() == "Antidiscriminatiemeldpunt Leuven"
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    office_edit.clear()
    assert not next_button.isEnabled()
    qtbot.keyClicks(office_edit, "Antidiscriminatiemeldpunt Leuven")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    assert isinstance(page, CoordinatorPage)
    page.username.setFocus()
    qtbot.keyClicks(page.username, "an.peeters")
    qtbot.keyClick(page.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.full_name, "An Peeters")
    qtbot.keyClick(page.full_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.passphrase, "kort")
    assert not next_button.isEnabled()
    assert page.strength.text() == "te kort"
    qtbot.keyClicks(page.passphrase, " maar nu lang genoeg")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.repeat, "kort maar nu lang")
    assert not next_button.isEnabled()
    assert page.problem.text() == "De twee wachtwoordzinnen verschillen."
    qtbot.keyClicks(page.repeat, " genoeg")
    assert next_button.isEnabled()
    wizard.next()
    recovery = wizard.currentPage()
    key_text = recovery.key_label.text()
    assert wizard.office is not None
    assert parse_recovery_key(key_text) and "-" not in key_text
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    recovery.confirm.setFocus()
    qtbot.keyClick(recovery.confirm, Qt.Key.Key_Space)
    assert finish.isEnabled()
    # the passphrase is not kept in the wizard's fields
    assert wizard.field("passphrase") == ""
    ring = empty_office.services.accounts.unlock("an.peeters", "kort maar nu lang genoeg")
    assert ring.role == "coordinator"
    assert empty_office.services.accounts.office_name() == "Antidiscriminatiemeldpunt Leuven"
