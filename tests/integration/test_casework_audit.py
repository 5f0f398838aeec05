"""Casework and referrals in the audit trail: every change and every view, with who and what."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import NamedTuple

import pytest
from sqlalchemy import select

from meldpunt.crypto.keyring import KeyRing
from meldpunt.domain.model import Wishes
from meldpunt.services.accounts import Accounts, NewOffice
from meldpunt.services.audit import AuditLog
from meldpunt.services.container import Services, build_services
from meldpunt.services.errors import Conflict
from meldpunt.storage.database import Database
from meldpunt.storage.models_audit import AuditEntry
from support.reports import kot_report

UTC = dt.UTC
CASEWORKER_PASS = "een andere lange zin 2025"


class Entry(NamedTuple):
    actor: str | None
    action: str
    object_id: str | None
    fields: str | None
    detail: str | None


class Trail:
    """The entries written since the last call of ``new``."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.seen = 0

    def new(self) -> list[Entry]:
        with self.database.sessions() as s:
            rows = s.scalars(
                select(AuditEntry).where(AuditEntry.seq > self.seen).order_by(AuditEntry.seq)
            ).all()
            if rows:
                self.seen = rows[-1].seq
            return [Entry(r.actor, r.action, r.object_id, r.fields, r.detail) for r in rows]


@pytest.fixture
def services(database: Database) -> Services:
    return build_services(database.sessions)


@pytest.fixture
def bert(accounts: Accounts, office: NewOffice) -> KeyRing:
    accounts.add_user(office.ring, "bert", "caseworker", CASEWORKER_PASS, "Bert Claes")
    return accounts.unlock("bert", CASEWORKER_PASS)


@pytest.fixture
def trail(database: Database, bert: KeyRing) -> Trail:
    trail = Trail(database)
    trail.new()  # office, users and unlocks are tested elsewhere
    return trail


def _file(services: Services, ring: KeyRing, **changes: object) -> tuple[str, str]:
    report_id = services.reports.create(ring, kot_report(**changes)).id
    services.cases.change_report_status(ring, report_id, "competence_check")
    record = services.cases.open_file(ring, [report_id], assigned_to=ring.user_id)
    return record.id, report_id


def test_opening_and_moving_a_file_is_recorded_for_the_file_and_its_reports(
    services: Services, bert: KeyRing, trail: Trail
) -> None:
    file_id, report_id = _file(services, bert)
    me = bert.user_id
    assert trail.new()[-2:] == [
        Entry(me, "casefile.opened", file_id, None, "reports=1"),
        Entry(me, "report.status", report_id, "status,case_file", "status=file_open via=casefile"),
    ]
    services.cases.change_file_status(bert, file_id, "investigation")
    assert trail.new() == [
        Entry(me, "casefile.status", file_id, "status", "status=investigation"),
        Entry(me, "report.status", report_id, "status", "status=investigation via=casefile"),
    ]
    services.cases.change_file_status(
        bert, file_id, "closed", assessment="insufficient_evidence", result="no_result"
    )
    closed = trail.new()[0]
    assert closed.fields == "status,assessment,result,closed_on"
    services.cases.change_file_status(bert, file_id, "file_open", reason="Nieuwe feiten.")
    reopened = trail.new()[0]
    assert reopened.action == "casefile.status"
    assert reopened.fields == "status,assessment,result,closed_on,reopen_reasons"


def test_timeline_and_tasks_are_recorded_with_their_file(
    services: Services, bert: KeyRing, trail: Trail
) -> None:
    file_id, report_id = _file(services, bert)
    trail.new()
    work = services.casework
    me = bert.user_id

    note = work.add_action(bert, file_id, "note", at=dt.datetime.now(UTC), text="Eerste notitie")
    assert trail.new() == [
        Entry(me, "casefile.action_added", file_id, "note", f"type=note action={note.id}")
    ]
    contact = work.add_action(
        bert, file_id, "contact_reporter", at=dt.datetime(2025, 9, 4, 10, tzinfo=UTC)
    )
    assert trail.new() == [
        Entry(me, "report.edited", report_id, "workflow", None),
        Entry(
            me, "casefile.action_added", file_id, None, f"type=contact_reporter action={contact.id}"
        ),
    ]
    # A later contact does not move the first-contact date: no report edit on record.
    work.add_action(bert, file_id, "contact_reporter", at=dt.datetime(2025, 9, 6, tzinfo=UTC))
    assert [e.action for e in trail.new()] == ["casefile.action_added"]
    work.edit_note(bert, note.id, "Andere notitie", expected_version=note.version)
    assert trail.new() == [
        Entry(me, "casefile.note_edited", file_id, "note", f"type=note action={note.id}")
    ]

    task = work.add_task(bert, file_id, due_on=work.today(), text="Kotbaas bellen")
    detail = f"task={task.id}"
    assert trail.new() == [Entry(me, "task.added", file_id, "text,due_on", detail)]
    task = work.update_task(bert, task.id, expected_version=task.version, done=True)
    assert trail.new() == [Entry(me, "task.done", file_id, None, detail)]
    task = work.update_task(
        bert,
        task.id,
        expected_version=task.version,
        done=False,
        due_on=work.today() + dt.timedelta(days=3),
        text="Kotbaas opnieuw bellen",
    )
    assert trail.new() == [
        Entry(me, "task.reopened", file_id, None, detail),
        Entry(me, "task.edited", file_id, "text,due_on", detail),
    ]
    # A refused save changes nothing and so writes nothing.
    with pytest.raises(Conflict):
        work.update_task(bert, task.id, expected_version=task.version - 1, done=True)
    assert trail.new() == []

    record = services.cases.get_file(bert, file_id)
    trail.new()
    work.assign(bert, file_id, None, expected_version=record.version)
    assert trail.new() == [Entry(me, "casefile.assigned", file_id, "assigned_to", "assigned=none")]


def test_reading_notes_tasks_and_counterparties_is_recorded(
    services: Services, bert: KeyRing, trail: Trail
) -> None:
    file_id, report_id = _file(services, bert)
    other_id = services.reports.create(bert, kot_report()).id  # the same landlord
    work = services.casework
    task = work.add_task(bert, file_id, due_on=work.today(), text="Kotbaas bellen")
    trail.new()
    me = bert.user_id

    view = work.view(bert, file_id)
    assert view.timeline
    assert trail.new() == [
        Entry(me, "casefile.viewed", file_id, None, "reports=1"),
        Entry(me, "report.viewed", report_id, None, "via=casefile"),
    ]
    work.task(bert, task.id)
    assert trail.new() == [Entry(me, "task.viewed", file_id, None, f"task={task.id}")]
    assert [t.id for t in work.my_tasks(bert)] == [task.id]
    assert trail.new() == [Entry(me, "tasks.viewed", None, None, "count=1")]
    assert work.my_task_counts(bert) == (1, 0)
    assert trail.new() == []  # counts only: nothing was shown
    info = work.repeat_reports(bert, [report_id])
    assert [r.id for r in info.reports] == [other_id]
    assert trail.new() == [
        Entry(
            me,
            "report.searched",
            None,
            None,
            "field=counterparty_name,counterparty_address found=1",
        )
    ]


def test_referrals_and_letters_are_recorded_as_exports(
    services: Services, bert: KeyRing, trail: Trail
) -> None:
    file_id, report_id = _file(
        services, bert, wishes=Wishes(wants_reply=True, may_contact_counterparty=True)
    )
    trail.new()
    me = bert.user_id
    referrals = services.referrals

    referral = referrals.record(bert, report_id, "vmri", consent=True, note="Met toestemming.")
    assert trail.new() == [
        Entry(
            me,
            "referral.recorded",
            report_id,
            "note",
            f"body=vmri consent=yes referral={referral.id}",
        )
    ]
    letter = referrals.referral_letter(bert, referral.id, lang="fr")
    assert trail.new() == [
        Entry(me, "evidence.added", letter.id, None, "chunks=1"),
        Entry(
            me,
            "letter.exported",
            report_id,
            None,
            f"kind=referral lang=fr body=vmri referral={referral.id} evidence={letter.id}",
        ),
    ]
    info, _ = referrals.information_letter(bert, file_id, report_id, lang="nl")
    assert trail.new()[-1] == Entry(
        me,
        "letter.exported",
        report_id,
        None,
        f"kind=information lang=nl evidence={info.id} reporter_named=yes",
    )
    # A report outside a file: the referral itself, then the report's status move.
    loose = services.reports.create(bert, kot_report()).id
    services.cases.change_report_status(bert, loose, "competence_check")
    trail.new()
    without = referrals.record(bert, loose, "tenants_union", consent=False, note="Niet in dossier")
    services.cases.change_report_status(bert, loose, "referred")
    assert trail.new() == [
        Entry(
            me,
            "referral.recorded",
            loose,
            None,
            f"body=tenants_union consent=no referral={without.id}",
        ),
        Entry(me, "report.referred", loose, "status", "status=referred"),
    ]
    contact = referrals.save_contact(
        bert,
        dataclasses.replace(referrals.contact("vmri"), name="VMRI", email="meldingen@vmri.example"),
    )
    assert trail.new() == [Entry(me, "referral_contact.changed", None, "name,email", "body=vmri")]
    referrals.save_contact(bert, dataclasses.replace(contact, phone="016 00 00 00"))
    assert trail.new() == [Entry(me, "referral_contact.changed", None, "phone", "body=vmri")]


def test_rule_template_and_letterhead_changes_are_recorded(
    services: Services, office: NewOffice, trail: Trail
) -> None:
    ring = office.ring
    me = ring.user_id
    referrals = services.referrals
    source = referrals.rules_source()
    referrals.save_rules(ring, source.text, expected_revision=0)
    assert trail.new() == [Entry(me, "referral_rule.changed", None, None, "revision=1")]
    with pytest.raises(Conflict):
        referrals.save_rules(ring, source.text, expected_revision=0)
    assert trail.new() == []
    referrals.reset_rules(ring, expected_revision=1)
    assert trail.new() == [Entry(me, "referral_rule.changed", None, None, "revision=2 default=yes")]

    template = referrals.save_template(
        ring, "referral", "en", "# Referral\n\n{facts}", expected_version=None
    )
    assert trail.new() == [
        Entry(
            me,
            "letter_template.changed",
            None,
            "text",
            f"kind=referral lang=en version={template.version}",
        )
    ]
    referrals.reset_template(ring, "referral", "en", expected_version=template.version)
    assert trail.new() == [
        Entry(me, "letter_template.changed", None, "text", "kind=referral lang=en default=yes")
    ]
    referrals.save_letterhead(ring, "Naamsestraat 1\n3000 Leuven")
    assert trail.new() == [Entry(me, "letterhead.changed", None, "letterhead", None)]
    referrals.save_letterhead(ring, "Naamsestraat 1\n3000 Leuven")
    assert trail.new() == []  # nothing changed


def test_the_trail_of_a_case_file_verifies(
    database: Database, services: Services, office: NewOffice, bert: KeyRing
) -> None:
    file_id, report_id = _file(services, bert)
    work = services.casework
    work.add_action(bert, file_id, "note", at=dt.datetime.now(UTC), text="Notitie")
    task = work.add_task(bert, file_id, due_on=work.today(), text="Taak")
    work.update_task(bert, task.id, expected_version=task.version, done=True)
    referral = services.referrals.record(bert, report_id, "vmri", consent=True)
    services.referrals.referral_letter(bert, referral.id)
    work.view(bert, file_id)
    verification = AuditLog(database.sessions).verify(office.ring)
    assert verification.ok, verification.message()
