"""Status transitions: exactly the allowed ones pass, every refusal says why in three languages."""

from __future__ import annotations

import itertools

import pytest

from meldpunt.domain.model import Report, Reporter, Wishes
from meldpunt.domain.taxonomy import Taxonomy
from meldpunt.domain.workflow import (
    ALLOWED,
    ENDED,
    OPEN,
    STATUSES,
    TransitionRefused,
    allowed_next,
    check_transition,
    file_opening_advice,
    is_ended,
    is_open,
    is_reopening,
)

# The expected graph, written out again from domain.md so that a slip in ALLOWED shows.
EXPECTED = {
    ("new", "competence_check"),
    ("competence_check", "registered_only"),
    ("competence_check", "info_given"),
    ("competence_check", "referred"),
    ("competence_check", "file_open"),
    ("file_open", "investigation"),
    ("investigation", "action"),
    ("action", "follow_up"),
    ("follow_up", "closed"),
    # a file may be closed once the investigation or an action has settled it
    ("investigation", "closed"),
    ("action", "closed"),
    # reopening a closed file
    ("closed", "file_open"),
} | {(status, "withdrawn") for status in OPEN}

ALL_PAIRS = list(itertools.product(STATUSES, STATUSES))


def _attempt(current: str, target: str) -> None:
    """Try the move with everything a legitimate move needs."""
    check_transition(
        current,
        target,
        assessment="insufficient_evidence",
        result="no_result",
        reason="nieuwe feiten gemeld",
    )


def test_statuses_match_the_taxonomy(taxonomy: Taxonomy) -> None:
    assert [c.code for c in taxonomy.codes("status")] == list(STATUSES)
    assert set(STATUSES) == OPEN | ENDED
    assert not OPEN & ENDED
    assert {"registered_only", "info_given", "referred", "closed", "withdrawn"} == ENDED


def test_allowed_is_the_expected_graph() -> None:
    assert {(a, b) for a, targets in ALLOWED.items() for b in targets} == EXPECTED


@pytest.mark.parametrize(("current", "target"), ALL_PAIRS)
def test_every_pair(current: str, target: str) -> None:
    if (current, target) in EXPECTED:
        _attempt(current, target)
        assert target in allowed_next(current)
        return
    with pytest.raises(TransitionRefused) as raised:
        _attempt(current, target)
    refusal = raised.value
    texts = [refusal.message(lang) for lang in ("nl", "fr", "en")]
    assert all(text.strip() and "{" not in text for text in texts), texts
    assert len(set(texts)) == 3
    assert str(refusal) == texts[2]
    expected_key = (
        "workflow.same_status"
        if current == target
        else "workflow.closed_only_reopen"
        if current == "closed"
        else "workflow.ended"
        if current in ENDED
        else "workflow.not_allowed"
    )
    assert refusal.message_key == expected_key


def test_withdrawn_is_reachable_from_every_open_status() -> None:
    for status in OPEN:
        check_transition(status, "withdrawn")
        assert "withdrawn" in allowed_next(status)


def test_ended_reports_cannot_move() -> None:
    for status in ENDED - {"closed"}:
        assert allowed_next(status) == []
    assert allowed_next("closed") == ["file_open"]
    with pytest.raises(TransitionRefused) as raised:
        check_transition("referred", "file_open")
    assert raised.value.message("nl") == (
        "Een melding met status 'doorverwezen' is afgehandeld en kan niet meer van status "
        "veranderen. Registreer een nieuwe melding als er iets nieuws is."
    )


def test_the_refusal_names_the_possible_next_steps() -> None:
    with pytest.raises(TransitionRefused) as raised:
        check_transition("new", "closed")
    assert raised.value.message("en") == (
        "A report cannot go from 'new' to 'closed'. Possible: competence check, withdrawn."
    )


@pytest.mark.parametrize("current", ["investigation", "action", "follow_up"])
@pytest.mark.parametrize(
    ("assessment", "result", "key"),
    [
        (None, None, "workflow.close_needs_assessment_and_result"),
        (None, "no_result", "workflow.close_needs_assessment"),
        ("no_discrimination", None, "workflow.close_needs_result"),
        ("  ", "no_result", "workflow.close_needs_assessment"),
        ("guilty", "no_result", "workflow.unknown_assessment"),
        ("no_discrimination", "jackpot", "workflow.unknown_result"),
    ],
)
def test_closing_needs_an_assessment_and_a_result(
    current: str, assessment: str | None, result: str | None, key: str
) -> None:
    with pytest.raises(TransitionRefused) as raised:
        check_transition(current, "closed", assessment=assessment, result=result)
    assert raised.value.message_key == key
    for lang in ("nl", "fr", "en"):
        assert raised.value.message(lang)


def test_closing_with_assessment_and_result_passes() -> None:
    check_transition(
        "follow_up", "closed", assessment="established_or_strong_suspicion", result="apology"
    )


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_reopening_needs_a_reason(reason: str | None) -> None:
    with pytest.raises(TransitionRefused) as raised:
        check_transition("closed", "file_open", reason=reason)
    assert raised.value.message_key == "workflow.reopen_needs_reason"
    assert raised.value.message() == "Geef een reden om het afgesloten dossier te heropenen."
    check_transition("closed", "file_open", reason="de verhuurder deed het opnieuw")
    assert is_reopening("closed", "file_open")
    assert not is_reopening("follow_up", "closed")


def test_unknown_statuses() -> None:
    with pytest.raises(TransitionRefused) as raised:
        check_transition("new", "lost")
    assert raised.value.message_key == "workflow.unknown_status"
    with pytest.raises(KeyError):
        allowed_next("lost")


def test_open_and_ended_helpers() -> None:
    assert is_open("new")
    assert is_ended("closed")
    assert not is_open("withdrawn")


def test_allowed_next_follows_the_workflow_order() -> None:
    assert allowed_next("competence_check") == [
        "registered_only",
        "info_given",
        "referred",
        "file_open",
        "withdrawn",
    ]


def test_file_opening_advice() -> None:
    witness = Report(forms=("hate_speech",), reporter=Reporter(role="witness"))
    assert [p.code for p in file_opening_advice(witness)] == ["hate_speech_witness"]
    victim = Report(forms=("hate_speech",), reporter=Reporter(role="victim"))
    assert file_opening_advice(victim) == []
    register = Report(wishes=Wishes(register_only=True))
    (advice,) = file_opening_advice(register)
    assert advice.message("fr")
