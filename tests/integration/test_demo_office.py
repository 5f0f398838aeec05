"""The demo office: its case files carry the history a real file would have."""

from __future__ import annotations

import datetime as dt

import pytest

from meldpunt.domain.workflow import ALLOWED
from meldpunt.services.accounts import NewOffice
from meldpunt.services.container import build_services
from meldpunt.services.demo_office import DemoLoader
from meldpunt.storage.database import Database


@pytest.mark.slow
def test_demo_files_have_a_timeline_that_leads_to_their_status(
    database: Database, office: NewOffice
) -> None:
    ring = office.ring
    summary = DemoLoader(database.sessions).load(ring, 150, years=(2024, 2025), seed=7)
    assert summary.case_files > 5
    services = build_services(database.sessions)
    files = services.casework.list_files(ring)
    assert len(files) == summary.case_files
    assert {f.status for f in files} >= {"file_open", "closed"}
    now = dt.datetime.now(dt.UTC)
    with_contact = 0
    for summary_row in files:
        view = services.casework.view(ring, summary_row.id)
        record = view.record
        steps = [e for e in view.timeline if e.action_type == "status_change"]
        # From the competence check to the file's status, each step one the workflow allows.
        assert steps[0].from_status == "competence_check"
        assert steps[0].to_status == "file_open"
        assert steps[-1].to_status == record.status
        for step in steps:
            assert step.to_status in ALLOWED[step.from_status or ""]
        # The first contact is on the timeline on the day the report says, if there was one.
        contacts = [e.at.date() for e in view.timeline if e.action_type == "contact_reporter"]
        first_contacts = {r.first_contact_on for r in view.reports} - {None}
        assert set(contacts) <= first_contacts and len(contacts) <= 1
        with_contact += bool(contacts)
        assert record.opened_on is not None
        for step in steps:
            assert record.opened_on <= step.at.date() <= now.date()
        # The first contact often came before the file was opened, never after today.
        assert all(entry.at.date() <= now.date() for entry in view.timeline)
        if record.status == "closed":
            assert (steps[-1].assessment, steps[-1].result) == (record.assessment, record.result)
            assert steps[-1].assessment and steps[-1].result
            assert not [t for t in view.tasks if not t.done]
        elif record.status != "withdrawn":
            assert len([t for t in view.tasks if not t.done]) == 1
    assert with_contact > len(files) // 2
    # The demo user (the coordinator, there are no caseworkers) finds the open tasks.
    open_files = [f for f in files if f.status not in ("closed", "withdrawn")]
    assert len(services.casework.my_tasks(ring)) == len(open_files)
