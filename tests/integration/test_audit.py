"""The audit trail: what is recorded, tampering named, truncation and rollback, roles."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import threading
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text, update

from meldpunt.crypto.errors import WrongPassphrase
from meldpunt.crypto.keyring import KeyRing
from meldpunt.crypto.signing import generate_signing_key, public_key, sign
from meldpunt.services.access import AccessRequestService
from meldpunt.services.accounts import Accounts, NewOffice
from meldpunt.services.audit import AuditLog, WorkstationState
from meldpunt.services.cases import CaseService
from meldpunt.services.container import build_services
from meldpunt.services.drafts import DraftService
from meldpunt.services.erasure import ErasureService
from meldpunt.services.errors import AccessDenied
from meldpunt.services.evidence import EvidenceService
from meldpunt.services.reports import ReportService
from meldpunt.services.statistics import StatisticsService
from meldpunt.storage import audit_chain
from meldpunt.storage.audit_chain import EntryData
from meldpunt.storage.database import Database
from meldpunt.storage.models_audit import AuditEntry, AuditHead
from support.canary import CANARIES, encodings
from support.canary_reports import (
    COMPANY,
    EMAIL,
    EMOJI_NAME,
    NAME,
    PHONE,
    SENTENCE,
    STREET,
    canary_report,
)
from support.office import COORDINATOR, INTAKE_PASS, STAT_PASS
from support.reports import kot_report


def _actions(database: Database) -> list[tuple[int, str | None, str, str | None]]:
    with database.sessions() as s:
        return [
            (e.seq, e.actor, e.action, e.object_id)
            for e in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))
        ]


def _verify(database: Database, who: NewOffice | KeyRing) -> audit_chain.ChainReport:
    ring = who.ring if isinstance(who, NewOffice) else who
    return AuditLog(database.sessions).verify(ring).chain


def test_views_edits_and_exports_are_each_recorded(
    database: Database, office: NewOffice, tmp_path: Path
) -> None:
    ring = office.ring
    reports = ReportService(database.sessions)
    evidence = EvidenceService(database.sessions)
    saved = reports.create(ring, kot_report())
    report, version = reports.get(ring, saved.id)
    changed = reports.update(ring, dataclasses.replace(report, narrative="Een zin."), version)
    assert changed == ["narrative"]
    info = evidence.add_stream(ring, saved.id, io.BytesIO(b"screenshot"), "a.png", "image/png", 10)
    assert b"".join(evidence.read(ring, info.id)) == b"screenshot"
    evidence.export(ring, info.id, tmp_path / "out.png")
    reports.find(ring, "email", "ruben.maes@voorbeeld.be")
    StatisticsService(database.sessions).annual(ring, 2025, compress=False)

    entries = _actions(database)
    actions = [a for _, _, a, _ in entries]
    assert actions[0] == "office.created"
    assert [a for a in actions if a != "unlock.ok"][1:] == [
        "report.created",
        "report.viewed",
        "report.edited",
        "evidence.added",
        "evidence.viewed",
        "evidence.exported",
        "report.searched",
        "statistics.exported",
    ]
    assert [e[0] for e in entries] == list(range(1, len(entries) + 1))  # gap-free
    assert all(actor == ring.user_id for _, actor, _, _ in entries)
    with database.sessions() as s:
        edited = s.scalar(select(AuditEntry).where(AuditEntry.action == "report.edited"))
        assert edited is not None and edited.fields == "narrative"
        searched = s.scalar(select(AuditEntry).where(AuditEntry.action == "report.searched"))
        assert searched is not None and searched.detail == "field=email found=1"
    assert _verify(database, office).ok


def test_unlocks_are_recorded_and_an_unknown_name_is_not(
    database: Database, accounts: Accounts, office: NewOffice
) -> None:
    accounts.add_user(office.ring, "balie", "intake", INTAKE_PASS)
    with pytest.raises(WrongPassphrase):
        accounts.unlock("balie", "helemaal niet juist")
    with pytest.raises(WrongPassphrase):
        accounts.unlock("jan.janssens.typo", "helemaal niet juist")
    ring = accounts.unlock("balie", INTAKE_PASS)
    with database.sessions() as s:
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        failed = [r for r in rows if r.action == "unlock.failed"]
        assert [r.actor for r in failed] == [ring.user_id, None]
        assert all(r.signature is None and r.signer is None for r in failed)
        ok = rows[-1]
        assert ok.action == "unlock.ok" and ok.actor == ring.user_id and ok.signature
        dump = repr([tuple(r.__dict__.values()) for r in rows])
        assert "jan.janssens" not in dump  # a name that matched no user is never written
    assert _verify(database, office).ok


@pytest.fixture
def busy(database: Database, office: NewOffice) -> None:
    reports = ReportService(database.sessions)
    for _ in range(3):
        saved = reports.create(office.ring, kot_report())
        reports.get(office.ring, saved.id)


def test_an_edited_entry_is_named(database: Database, office: NewOffice, busy: None) -> None:
    with database.sessions() as s, s.begin():
        s.execute(update(AuditEntry).where(AuditEntry.seq == 4).values(fields="reporter.email"))
    report = _verify(database, office)
    assert report.problem is not None and report.problem.seq == 4
    assert "changed" in report.problem.message


def test_a_deleted_entry_is_named(database: Database, office: NewOffice, busy: None) -> None:
    with database.sessions() as s, s.begin():
        s.execute(delete(AuditEntry).where(AuditEntry.seq == 3))
    report = _verify(database, office)
    assert report.problem is not None and report.problem.seq == 3
    assert "missing" in report.problem.message


def test_a_forged_entry_is_named(
    database: Database, accounts: Accounts, office: NewOffice, busy: None
) -> None:
    """Someone with write access appends an entry in the coordinator's name."""
    accounts.add_user(office.ring, "balie", "intake", INTAKE_PASS)
    intake = accounts.unlock("balie", INTAKE_PASS)
    with database.sessions() as s:
        seq, prev = audit_chain.head_of(s)
    attempts = {
        "own key": generate_signing_key(),
        "a colleague's key": intake.signing_key(),
        "no key": None,
    }
    for what, key in attempts.items():
        data = EntryData(
            seq + 1,
            dt.datetime.now(dt.UTC),
            office.ring.user_id,
            "report.viewed",
            "00000000-0000-0000-0000-000000000001",
            None,
            None,
            prev,
            public_key(key) if key else None,
        )
        digest = data.digest()
        with database.sessions() as s, s.begin():
            s.add(
                AuditEntry(
                    seq=data.seq,
                    at=data.at,
                    actor=data.actor,
                    action=data.action,
                    object_id=data.object_id,
                    fields=None,
                    detail=None,
                    prev_hash=prev,
                    hash=digest,
                    signer=data.signer,
                    signature=sign(key, bytes.fromhex(digest)) if key else None,
                )
            )
            s.execute(update(AuditHead).values(seq=data.seq, hash=digest))
        report = _verify(database, office)
        assert report.problem is not None and report.problem.seq == seq + 1, what
        assert "forged" in report.problem.message or "not signed" in report.problem.message
        with database.sessions() as s, s.begin():
            s.execute(delete(AuditEntry).where(AuditEntry.seq == seq + 1))
            s.execute(update(AuditHead).values(seq=seq, hash=prev))
    assert _verify(database, office).ok


def test_truncation_is_detected_against_the_workstation_head(
    database: Database, office: NewOffice, busy: None
) -> None:
    audit = AuditLog(database.sessions)
    assert audit.verify(office.ring).ok
    # Remove the last three entries and fix the head row: the chain alone looks intact.
    with database.sessions() as s, s.begin():
        seq, _ = audit_chain.head_of(s)
        s.execute(delete(AuditEntry).where(AuditEntry.seq > seq - 3))
        last = s.scalar(select(AuditEntry).where(AuditEntry.seq == seq - 3))
        assert last is not None
        s.execute(update(AuditHead).values(seq=last.seq, hash=last.hash))
    check = audit.workstation_check()
    assert not check.ok and f"already saw entry {seq}" in check.message
    result = audit.verify(office.ring)
    assert result.chain.ok and not result.ok
    # New work does not silently move the workstation's head past the gap.
    ReportService(database.sessions).create(office.ring, kot_report())
    assert not audit.workstation_check().ok


def test_a_restored_older_database_is_detected(
    tmp_path: Path, database: Database, office: NewOffice, busy: None
) -> None:
    if not database.is_sqlite:
        pytest.skip("file copies are an SQLite matter; backups are tested on both")
    import sqlite3

    path = Path(database.engine.url.database or "")
    old = tmp_path / "old.db"
    src, dst = sqlite3.connect(path), sqlite3.connect(old)
    src.backup(dst)
    src.close()
    dst.close()
    ReportService(database.sessions).create(office.ring, kot_report())
    audit = AuditLog(database.sessions)
    assert audit.workstation_check().ok
    database.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    old.replace(path)
    check = audit.workstation_check()
    assert not check.ok and "older copy" in check.message
    # Another workstation that never saw the newer entries has nothing to complain about.
    other = AuditLog(database.sessions, workstation=WorkstationState(tmp_path / "other.json"))
    assert other.workstation_check().ok


def test_no_canary_value_reaches_the_audit_table_or_the_head_file(
    database: Database, office: NewOffice, accounts: Accounts
) -> None:
    ring = office.ring
    reports = ReportService(database.sessions)
    saved = reports.create(ring, canary_report())
    report, version = reports.get(ring, saved.id)
    reports.update(ring, dataclasses.replace(report, narrative=CANARIES[3]), version)
    for field, value in (("email", EMAIL), ("name", NAME)):
        reports.find(ring, field, value)
    with pytest.raises(WrongPassphrase):
        accounts.unlock(NAME[:30].lower().replace(" ", "."), "helemaal niet juist")
    AccessRequestService(database.sessions).export(ring, email=EMAIL)
    _casework_with_canaries(database, ring, saved.id)
    ErasureService(database.sessions).erase_reports(ring, [saved.id])
    with database.engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM audit_entry")).all()
    assert {"casefile.viewed", "task.added", "referral.recorded", "letter.exported"} <= {
        row.action for row in rows
    }
    dump = b"".join(
        v if isinstance(v, bytes) else str(v).encode("utf-8") for row in rows for v in row
    )
    head_file = AuditLog(database.sessions).workstation.path.read_bytes()
    for canary in CANARIES:
        for encoded in encodings(canary):
            assert encoded not in dump, canary
            assert encoded not in head_file, canary
        assert canary.lower() not in dump.decode("utf-8", "replace").lower()


def _casework_with_canaries(database: Database, ring: KeyRing, report_id: str) -> None:
    """Case file, notes, tasks, referral, contacts and letters, all written with canaries."""
    services = build_services(database.sessions)
    cases, work, referrals = services.cases, services.casework, services.referrals
    cases.change_report_status(ring, report_id, "competence_check")
    file_id = cases.open_file(ring, [report_id], assigned_to=ring.user_id).id
    now = dt.datetime.now(dt.UTC)
    note = work.add_action(ring, file_id, "contact_reporter", at=now, text=SENTENCE)
    work.edit_note(ring, note.id, f"{NAME} {PHONE}", expected_version=note.version)
    task = work.add_task(ring, file_id, due_on=work.today(), text=f"{EMOJI_NAME} bellen")
    task = work.update_task(
        ring, task.id, expected_version=task.version, text=f"{EMAIL} mailen", done=True
    )
    work.task(ring, task.id)
    work.repeat_reports(ring, [report_id])
    contact = dataclasses.replace(referrals.contact("vmri"), name=COMPANY, address=STREET)
    referrals.save_contact(ring, contact)
    referral = referrals.record(ring, report_id, "vmri", consent=True, note=f"{NAME}: {EMAIL}")
    referrals.referral_letter(ring, referral.id)
    referrals.information_letter(ring, file_id, report_id, note=SENTENCE)
    referrals.save_letterhead(ring, STREET)
    cases.change_file_status(ring, file_id, "investigation")
    work.view(ring, file_id)
    work.my_tasks(ring)


def test_concurrent_desks_keep_the_chain_linear_and_gap_free(
    database: Database, office: NewOffice
) -> None:
    audit = AuditLog(database.sessions)
    errors: list[BaseException] = []

    def desk() -> None:
        try:
            for _ in range(8):
                audit.record(office.ring, "report.viewed", "x")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=desk) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    seqs = [e[0] for e in _actions(database)]
    assert seqs == list(range(1, len(seqs) + 1)) and len(seqs) >= 33
    assert _verify(database, office).ok


def test_statistician_makes_the_annual_report_but_opens_no_personal_data(
    database: Database, accounts: Accounts, office: NewOffice, tmp_path: Path
) -> None:
    reports = ReportService(database.sessions)
    evidence = EvidenceService(database.sessions)
    saved = reports.create(office.ring, canary_report())
    file_id = evidence.add_stream(
        office.ring, saved.id, io.BytesIO(b"bewijs"), "a.txt", "text/plain", 6
    ).id
    cases = CaseService(database.sessions)
    cases.change_report_status(office.ring, saved.id, "competence_check")
    case_file = cases.open_file(office.ring, [saved.id])
    accounts.add_user(office.ring, "stat", "statistician", STAT_PASS)
    stat = accounts.unlock("stat", STAT_PASS)

    output = StatisticsService(database.sessions).annual(stat, 2025, compress=False)
    assert output.damaged == 0 and output.pdf.startswith(b"%PDF")

    seen, _ = reports.get(stat, saved.id)  # coded facts only
    assert seen.criteria and seen.reporter.legal_name is None and seen.narrative is None
    assert seen.reporter.email is None and seen.counterparty.name is None
    assert cases.get_file(stat, case_file.id).reopen_reasons == []
    refused = [
        lambda: reports.find(stat, "email", EMAIL),
        lambda: reports.create(stat, kot_report()),
        lambda: evidence.list(stat, saved.id),
        lambda: list(evidence.read(stat, file_id)),
        lambda: evidence.export(stat, file_id, tmp_path / "x"),
        lambda: DraftService(database.sessions).list(stat),
        lambda: AccessRequestService(database.sessions).export(stat, email=EMAIL),
        lambda: ErasureService(database.sessions).erase_reports(stat, [saved.id]),
        lambda: cases.change_report_status(stat, saved.id, "withdrawn"),
        lambda: AuditLog(database.sessions).verify(stat),
    ]
    for attempt in refused:
        with pytest.raises(AccessDenied):
            attempt()
    assert not (tmp_path / "x").exists()
    # The statistician's own actions are on record, and no view of personal data is.
    stat_actions = [a for _, actor, a, _ in _actions(database) if actor == stat.user_id]
    assert stat_actions == ["unlock.ok", "statistics.exported"]


def test_key_changes_keep_the_trail_verifiable_and_retire_old_keys(
    database: Database, accounts: Accounts, office: NewOffice
) -> None:
    accounts.add_user(office.ring, "balie", "intake", INTAKE_PASS)
    old = accounts.unlock("balie", INTAKE_PASS)
    reports = ReportService(database.sessions)
    reports.create(old, kot_report())
    accounts.reset_passphrase(office.ring, "balie", "vergeten en opnieuw gezet")
    new = accounts.unlock("balie", "vergeten en opnieuw gezet")
    reports.create(new, kot_report())
    recovered = accounts.enroll_with_recovery_key(
        office.recovery_key, "nood", "herstel na verlies 2026"
    )
    reports.create(recovered, kot_report())
    accounts.disable_user(recovered, COORDINATOR)
    assert _verify(database, recovered).ok
    # A session opened before the reset still holds the old key: what it signs now is forged.
    reports.create(old, kot_report())
    problem = AuditLog(database.sessions).verify(recovered).chain.problem
    assert problem is not None and "does not belong" in problem.message
