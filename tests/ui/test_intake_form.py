"""The intake form at the desk: typed by keyboard, checked as you go, saved, drafted, locked."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from meldpunt.domain.model import (
    Counterparty,
    Incident,
    Report,
    Reporter,
    Wishes,
    report_from_import_dict,
)
from meldpunt.ui.intake.form import IntakeForm
from meldpunt.ui.intake.report_summary import SummaryGroup
from meldpunt.ui.intake.summary_dialog import SummaryDialog
from support.canary import CANARIES
from support.desk import Desk, open_desk, visible_texts
from support.office import COORDINATOR, COORDINATOR_PASS
from support.reports import CONTRACT_EXAMPLE, kot_report

EMAIL_MESSAGE_NL = (
    "Het e-mailadres is niet volledig of bevat een fout (voorbeeld: naam@voorbeeld.be)."
)


@pytest.fixture(autouse=True)
def belgian_locale() -> Iterator[None]:
    """Dates and sizes as a Dutch-speaking desk in Belgium writes them."""
    before = QLocale()
    QLocale.setDefault(QLocale("nl_BE"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with open_desk(tmp_path) as opened:
        yield opened


@pytest.fixture
def summaries(monkeypatch: pytest.MonkeyPatch) -> list[list[SummaryGroup]]:
    """The summary dialog answers Save at once; the groups it was shown are kept."""
    shown: list[list[SummaryGroup]] = []

    def ask(cls: type[SummaryDialog], parent: QWidget | None, groups: list[SummaryGroup]) -> bool:
        shown.append(list(groups))
        return True

    monkeypatch.setattr(SummaryDialog, "ask", classmethod(ask))
    return shown


def make_form(qtbot: QtBot, desk: Desk, **options: int) -> IntakeForm:
    form = IntakeForm(desk.context, **options)
    qtbot.addWidget(form)
    form.resize(1000, 800)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    return form


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab(qtbot: QtBot) -> QWidget:
    """Tab to the next control; a date field takes one Tab per part (day, month, year)."""
    start = focused()
    for _ in range(4):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        if focused() is not start:
            break
    return focused()


def type_into(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def press_save(qtbot: QtBot) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def tick(qtbot: QtBot, start_of_label: str) -> None:
    """In a focused check list: jump to the item by typing, then Space ticks it."""
    qtbot.keyClicks(focused(), start_of_label)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.wait(450)  # let the list's type-ahead forget before the next search


def test_new_housing_report_typed_by_keyboard_is_stored_exactly(
    qtbot: QtBot, desk: Desk, tmp_path: Path, summaries: list[list[SummaryGroup]]
) -> None:
    form = make_form(qtbot, desk)
    form.reporter.role.setFocus()
    type_into(qtbot, "Sla")  # type-ahead: Slachtoffer
    assert tab(qtbot) is form.reporter.legal_name
    type_into(qtbot, "Ruben Maes")
    tab(qtbot)
    assert tab(qtbot) is form.reporter.pronouns
    type_into(qtbot, "hij/hem")
    assert tab(qtbot) is form.reporter.email
    type_into(qtbot, "ruben.maes@voorbeeld.be")
    assert tab(qtbot) is form.reporter.phone
    type_into(qtbot, "+32 470 11 22 33")
    tab(qtbot)
    tab(qtbot)
    assert focused() is form.reporter.birth_year
    type_into(qtbot, "2003")
    tab(qtbot)
    type_into(qtbot, "Ned")

    assert tab(qtbot) is form.facts.domain
    type_into(qtbot, "Huis")
    assert tab(qtbot) is form.facts.housing  # shown now that the domain is housing
    type_into(qtbot, "Stud")
    assert tab(qtbot) is form.facts.criteria
    tick(qtbot, "Seksu")
    tick(qtbot, "Nationale")
    assert tab(qtbot) is form.facts.modifiers
    tick(qtbot, "Inters")
    assert tab(qtbot) is form.facts.forms
    tick(qtbot, "Ongelijke")
    assert tab(qtbot) is form.facts.narrative
    type_into(qtbot, "Toen ik zei dat we twee mannen zijn, was het kot plots al verhuurd.")

    assert tab(qtbot) is form.place_time.received_on
    form.place_time.received_on.setDate(QDate(2025, 9, 2))
    assert tab(qtbot) is form.place_time.channel
    type_into(qtbot, "Lok")
    assert tab(qtbot) is form.place_time.incident_dates.mode
    type_into(qtbot, "on")  # on one day
    assert tab(qtbot) is form.place_time.incident_dates.start
    form.place_time.incident_dates.start.setDate(QDate(2025, 8, 28))
    assert tab(qtbot) is form.place_time.area
    type_into(qtbot, "Hev")
    tab(qtbot)
    type_into(qtbot, "Kot Naamsesteenweg")
    tab(qtbot)
    assert tab(qtbot) is form.counterparty.type
    type_into(qtbot, "Kotb")
    tab(qtbot)
    type_into(qtbot, "Kotbaas Janssens")
    tab(qtbot)
    type_into(qtbot, "Naamsesteenweg 9, 3001 Heverlee")
    assert tab(qtbot) is form.wishes.combos["register_only"]
    type_into(qtbot, "no")
    tab(qtbot)
    type_into(qtbot, "y")
    tab(qtbot)
    type_into(qtbot, "y")

    evidence = tmp_path / "screenshot-kot.png"
    evidence.write_bytes(b"\x89PNG fake screenshot" * 500)
    form.add_evidence_files([evidence])

    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        press_save(qtbot)
    report_id = saved.args[0]

    expected = Report(
        id=report_id,
        received_on=dt.date(2025, 9, 2),
        channel="desk",
        domain="housing.student",
        criteria=("sexual_orientation", "national_ethnic_origin"),
        modifiers=("multiple_intersectional",),
        forms=("unequal_treatment",),
        reporter=Reporter(
            role="victim",
            legal_name="Ruben Maes",
            pronouns="hij/hem",
            email="ruben.maes@voorbeeld.be",
            phone="+32 470 11 22 33",
            birth_year=2003,
            language="nl",
        ),
        incident=Incident(date=dt.date(2025, 8, 28), area="heverlee", place="Kot Naamsesteenweg"),
        counterparty=Counterparty(
            type="student_housing_landlord",
            name="Kotbaas Janssens",
            address="Naamsesteenweg 9, 3001 Heverlee",
        ),
        narrative="Toen ik zei dat we twee mannen zijn, was het kot plots al verhuurd.",
        wishes=Wishes(register_only=False, wants_reply=True, may_contact_counterparty=True),
    )
    stored, version = desk.services.reports.get(desk.office.ring, report_id)
    assert stored.number is not None
    assert stored == dataclasses.replace(expected, number=stored.number)
    assert version == 1
    (info,) = desk.services.evidence.list(desk.office.ring, report_id)
    assert info.file_name == "screenshot-kot.png"
    assert info.sha256 == hashlib.sha256(evidence.read_bytes()).hexdigest()

    # The summary showed labels, not codes, and the file still to store.
    (groups,) = summaries
    shown = "\n".join(f"{label}: {value}" for g in groups for label, value in g.rows)
    assert "huisvesting — studentenhuisvesting (kot)" in shown
    assert "seksuele oriëntatie, nationale of etnische afstamming" in shown
    assert "housing.student" not in shown
    assert groups[-1].rows == (("", "screenshot-kot.png"),)

    assert form.status_label.text() == f"Report {stored.number} saved"
    assert form.is_editing and not form.has_unsaved_changes()
    assert form.evidence.pending() == []
    assert form.windowTitle() == f"Report {stored.number}"
    assert desk.services.drafts.list(desk.office.ring) == []


def test_anonymous_role_clears_and_disables_contact_fields(qtbot: QtBot, desk: Desk) -> None:
    form = make_form(qtbot, desk)
    form.reporter.legal_name.setFocus()
    type_into(qtbot, "Ruben Maes")
    form.reporter.email.setFocus()
    type_into(qtbot, "ruben.maes@voorbeeld.be")
    form.reporter.address.setFocus()
    type_into(qtbot, "Tiensestraat 12")
    form.reporter.pronouns.setFocus()
    type_into(qtbot, "hij/hem")

    form.reporter.role.setFocus()
    type_into(qtbot, "Ano")
    reporter = form.report().reporter
    assert reporter.role == "anonymous"
    assert (reporter.legal_name, reporter.email, reporter.address) == (None, None, None)
    assert reporter.pronouns == "hij/hem"  # not a contact detail
    for widget in (
        form.reporter.legal_name,
        form.reporter.chosen_name,
        form.reporter.email,
        form.reporter.phone,
        form.reporter.address,
    ):
        assert not widget.isEnabled()
        text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        assert text == ""
    assert form.reporter.anonymous_note.isVisible()
    assert all(p.code != "anonymous_with_identity" for p in form.validate_now())

    # A slip of the combo gives the typed details back.
    qtbot.wait(450)  # the combo's type-ahead forgets "Ano"
    type_into(qtbot, "Sla")
    assert form.report().reporter.legal_name == "Ruben Maes"
    assert form.reporter.email.isEnabled()


def test_validation_message_appears_next_to_the_email_field_in_dutch(
    qtbot: QtBot, desk: Desk
) -> None:
    form = make_form(qtbot, desk, validation_delay_ms=50)
    form.reporter.email.setFocus()
    type_into(qtbot, "not-an-email")
    box = form.boxes["reporter.email"]
    qtbot.waitUntil(lambda: box.error.isVisible(), timeout=20_000)
    assert box.error.text() == EMAIL_MESSAGE_NL
    assert form.reporter.email.accessibleDescription() == EMAIL_MESSAGE_NL
    # Empty required fields are not nagged about before the first attempt to save.
    assert not form.boxes["channel"].error.isVisible()
    assert not form.general_errors.isVisible()

    form.reporter.email.selectAll()
    type_into(qtbot, "ruben.maes@voorbeeld.be")
    qtbot.waitUntil(lambda: not box.error.isVisible(), timeout=20_000)


def test_saving_with_problems_focuses_the_first_problem_field(
    qtbot: QtBot, desk: Desk, summaries: list[list[SummaryGroup]]
) -> None:
    form = make_form(qtbot, desk)
    form.reporter.phone.setFocus()
    type_into(qtbot, "12")
    form.counterparty.name.setFocus()
    press_save(qtbot)
    assert summaries == []  # no summary: nothing is saved
    assert focused() is form.reporter.phone
    assert form.boxes["reporter.phone"].error.isVisible()
    # After an attempt, the required fields say what is missing too.
    assert form.boxes["channel"].error.isVisible()
    assert form.boxes["criteria"].error.text().startswith("Kies minstens één criterium")
    assert form.save_button.isEnabled()


def test_escape_with_typed_data_asks_and_keeps_everything_on_no(qtbot: QtBot, desk: Desk) -> None:
    form = make_form(qtbot, desk)
    form.facts.narrative.setFocus()
    type_into(qtbot, "De verhuurder weigerde ons.")
    closed: list[bool] = []
    form.closed.connect(lambda: closed.append(True))

    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    box = form.message_box
    assert box is not None and box.isVisible()
    assert box.objectName() == "discardQuestion"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: keep editing
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=20_000)
    assert closed == []
    assert form.facts.narrative.toPlainText() == "De verhuurder weigerde ons."

    qtbot.keyClick(form.facts.narrative, Qt.Key.Key_Escape)
    box = form.message_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert closed == [True]
    assert form.facts.narrative.toPlainText() == ""


def test_escape_on_an_untouched_form_leaves_at_once(qtbot: QtBot, desk: Desk) -> None:
    form = make_form(qtbot, desk)
    form.reporter.role.setFocus()
    with qtbot.waitSignal(form.closed, timeout=1000):
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)


def test_draft_is_saved_after_the_interval_and_restores_the_form(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    form = make_form(qtbot, desk, autosave_interval_ms=100)
    form.load(kot_report(criteria=("sexual_orientation", "national_ethnic_origin")))
    assert form.draft_id is None  # loading is not typing
    form.reporter.chosen_name.setFocus()
    type_into(qtbot, "Rubi")
    evidence = tmp_path / "sms-verhuurder.jpg"
    evidence.write_bytes(b"jpeg")
    form.add_evidence_files([evidence])
    qtbot.waitUntil(lambda: form.draft_id is not None, timeout=20_000)

    (draft,) = desk.services.drafts.list(desk.office.ring)
    assert draft.id == form.draft_id
    assert draft.report_id is None
    assert draft.data == form.state()
    assert draft.data["report"]["received_on"] == "2025-09-02"

    # More typing overwrites the same draft.
    type_into(qtbot, "n")
    qtbot.waitUntil(
        lambda: desk.services.drafts.list(desk.office.ring)[0].data == form.state(),
        timeout=20_000,
    )
    assert len(desk.services.drafts.list(desk.office.ring)) == 1

    other = make_form(qtbot, desk)
    other.load_draft(desk.services.drafts.list(desk.office.ring)[0])
    assert other.report() == form.report()
    assert other.report().reporter.chosen_name == "Rubin"
    assert other.evidence.pending_paths() == [evidence]
    assert other.state() == form.state()
    assert other.has_unsaved_changes()
    assert other.draft_id == form.draft_id


def test_load_and_report_round_trip_exactly(qtbot: QtBot, desk: Desk) -> None:
    form = make_form(qtbot, desk)
    contract = report_from_import_dict(CONTRACT_EXAMPLE["reports"][0])
    period = kot_report(
        incident=Incident(date=dt.date(2025, 6, 1), date_end=dt.date(2025, 8, 31), area="online"),
        domain="employment",
        criteria=("age", "sex", "disability"),
        modifiers=("multiple_cumulative", "online"),
        wishes=Wishes(False, False, False, False, False),
        status="competence_check",
        mass_report=True,
    )
    unknown = kot_report(incident=Incident(), reporter=Reporter(role="anonymous"), domain="housing")
    # (A report without a reception date is not among them: the form offers today.)
    for report in (kot_report(), contract, period, unknown):
        form.load(report)
        assert form.report() == report
        assert not form.has_unsaved_changes()
        copy = IntakeForm(desk.context)
        qtbot.addWidget(copy)
        copy.restore_state(form.state())
        assert copy.report() == report


def test_summary_dialog_shows_labels_and_saves_on_return(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    form = make_form(qtbot, desk)
    form.load(kot_report())
    brief = tmp_path / "brief.pdf"
    brief.write_bytes(b"%PDF")
    form.add_evidence_files([brief])
    dialog = SummaryDialog(form.summary_groups(), form)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    text = dialog.text()
    assert "huisvesting — studentenhuisvesting (kot)" in text
    assert "Heverlee" in text and "loket" in text
    assert "student_housing_landlord" not in text
    assert "brief.pdf" in text
    assert dialog.windowTitle() == "Check and save"  # never a name in a title
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)


def test_lock_leaves_no_personal_data_in_any_widget(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    form = make_form(qtbot, desk)
    name, email, phone, address, party, narrative, chosen = CANARIES
    form.load(
        kot_report(
            reporter=Reporter(
                role="victim",
                legal_name=name,
                chosen_name=chosen,
                email=email,
                phone=phone,
                address=address,
            ),
            counterparty=Counterparty(type="private_landlord", name=party, address=address),
            narrative=narrative,
            incident=Incident(place=address, url="https://voorbeeld.be/" + email),
        )
    )
    form.reporter.legal_name.setFocus()
    type_into(qtbot, " typed")
    evidence = tmp_path / f"{name}.png"
    evidence.write_bytes(b"png")
    form.add_evidence_files([evidence])
    form.validate_now()
    assert any(name in text for text in visible_texts(form))

    assert form.save_draft_now()  # what the main window does before it locks
    desk.context.lock()

    leaked = [t for t in visible_texts(form) for c in CANARIES if c in t]
    assert leaked == []
    for edit in form.findChildren(QLineEdit):
        assert not edit.isUndoAvailable(), edit.objectName()
    for text_edit in form.findChildren(QPlainTextEdit):
        assert not text_edit.document().isUndoAvailable(), text_edit.objectName()
    assert form.evidence.pending() == []

    # Nothing was lost: the draft waits for the next unlock.
    ring = desk.services.accounts.unlock(COORDINATOR, COORDINATOR_PASS)
    (draft,) = desk.services.drafts.list(ring)
    assert draft.data["report"]["reporter"]["legal_name"] == name + " typed"


def test_conflicting_edit_shows_the_conflict_and_keeps_the_typed_text(
    qtbot: QtBot, desk: Desk, summaries: list[list[SummaryGroup]]
) -> None:
    ring = desk.office.ring
    reports = desk.services.reports
    saved = reports.create(ring, kot_report())
    mine, version = reports.get(ring, saved.id)
    form = make_form(qtbot, desk)
    form.edit(mine, version)
    assert form.is_editing and form.windowTitle() == f"Report {saved.number}"

    theirs, their_version = reports.get(ring, saved.id)
    reports.update(ring, dataclasses.replace(theirs, narrative="Andere balie."), their_version)

    form.facts.narrative.setFocus()
    form.facts.narrative.selectAll()
    type_into(qtbot, "Mijn aanvulling van vandaag.")
    press_save(qtbot)
    qtbot.waitUntil(
        lambda: form.message_box is not None and form.message_box.isVisible(), timeout=20_000
    )
    box = form.message_box
    assert box is not None
    assert "Someone else saved this report" in box.text()
    assert form.facts.narrative.toPlainText() == "Mijn aanvulling van vandaag."
    assert form.is_editing and not form.busy
    assert form.expected_version == version
    assert reports.get(ring, saved.id)[0].narrative == "Andere balie."


def test_files_dropped_on_the_evidence_group_are_pending(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    form = make_form(qtbot, desk)
    first, second = tmp_path / "advertentie.png", tmp_path / "mail.eml"
    first.write_bytes(b"x" * 2048)
    second.write_bytes(b"mail")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(second))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    form.evidence.dropEvent(event)
    assert form.evidence.pending_paths() == [first, second]
    assert form.evidence.files.topLevelItem(0).text(1) == "2,0 kB"
    assert form.has_unsaved_changes()

    form.evidence.files.setFocus()
    form.evidence.files.setCurrentItem(form.evidence.files.topLevelItem(1))
    form.evidence.remove_selected()
    assert form.evidence.pending_paths() == [first]


def test_tab_reaches_every_control_in_order(qtbot: QtBot, desk: Desk) -> None:
    form = make_form(qtbot, desk)
    form.load(kot_report(incident=Incident(date=dt.date(2025, 6, 1), date_end=dt.date(2025, 7, 1))))
    form.reporter.role.setFocus()
    seen = [focused()]
    while seen[-1] is not form.cancel_button and len(seen) < 100:
        seen.append(tab(qtbot))
    expected = [w for w in form.focus_chain() if w.isVisible() and w.isEnabled()]
    expected_named = [w for w in expected if not isinstance(w, QAbstractButton)]
    # The remove button is disabled until a pending file is selected.
    assert seen == expected
    # Buttons are named by their text; every other control has an accessible name.
    unnamed = [w.objectName() for w in expected_named if not w.accessibleName()]
    assert unnamed == []
