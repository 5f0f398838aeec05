"""Which status a report or case file may move to next, and why a move is refused."""

from __future__ import annotations

from collections.abc import Mapping

from meldpunt.domain.i18n import ParamValue, message
from meldpunt.domain.model import Report
from meldpunt.domain.problems import Problem
from meldpunt.domain.taxonomy import load_taxonomy

__all__ = [
    "ALLOWED",
    "ENDED",
    "OPEN",
    "STATUSES",
    "TransitionRefused",
    "allowed_next",
    "check_transition",
    "file_opening_advice",
    "is_ended",
    "is_open",
    "is_reopening",
]

# In the order of domain.md; also the order of the taxonomy's "status" list.
STATUSES: tuple[str, ...] = (
    "new",
    "competence_check",
    "registered_only",
    "info_given",
    "referred",
    "file_open",
    "investigation",
    "action",
    "follow_up",
    "closed",
    "withdrawn",
)
OPEN: frozenset[str] = frozenset(
    {"new", "competence_check", "file_open", "investigation", "action", "follow_up"}
)
ENDED: frozenset[str] = frozenset(
    {"registered_only", "info_given", "referred", "closed", "withdrawn"}
)
WITHDRAWN = "withdrawn"
CLOSED = "closed"
# The one way out of an ended status: a closed file is reopened (and the reopening recorded).
REOPEN_TARGET = "file_open"

_FORWARD: dict[str, frozenset[str]] = {
    "new": frozenset({"competence_check"}),
    "competence_check": frozenset({"registered_only", "info_given", "referred", "file_open"}),
    "file_open": frozenset({"investigation"}),
    # domain.md draws file_open → investigation → action → follow_up → closed. A file may
    # also be closed straight after the investigation (no discrimination, not enough
    # evidence) or after an action that needs no follow-up: forcing empty steps through the
    # workflow would make the time-per-step statistics lie.
    "investigation": frozenset({"action", CLOSED}),
    "action": frozenset({"follow_up", CLOSED}),
    "follow_up": frozenset({CLOSED}),
}

ALLOWED: dict[str, frozenset[str]] = {
    status: _FORWARD.get(status, frozenset()) | ({WITHDRAWN} if status in OPEN else frozenset())
    for status in STATUSES
}
ALLOWED[CLOSED] = frozenset({REOPEN_TARGET})


class TransitionRefused(Exception):
    """A status change that the workflow does not allow, with the reason for the user."""

    def __init__(self, message_key: str, params: Mapping[str, ParamValue] | None = None) -> None:
        super().__init__(message_key)
        self.message_key = message_key
        self.params: dict[str, ParamValue] = dict(params or {})

    def message(self, lang: str = "nl") -> str:
        return message(self.message_key, lang, **self.params)

    def __str__(self) -> str:
        # English for logs and tracebacks; the params are status codes, never personal data.
        return self.message("en")


def is_open(status: str) -> bool:
    return status in OPEN


def is_ended(status: str) -> bool:
    return status in ENDED


def is_reopening(current: str, target: str) -> bool:
    """Whether this move reopens a closed file (the service records a "reopened" action)."""
    return current == CLOSED and target == REOPEN_TARGET


def allowed_next(current: str) -> list[str]:
    """The statuses reachable from ``current``, in workflow order (``KeyError`` if unknown)."""
    targets = ALLOWED[current]
    return [status for status in STATUSES if status in targets]


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def check_transition(
    current: str,
    target: str,
    *,
    assessment: str | None = None,
    result: str | None = None,
    reason: str | None = None,
) -> None:
    """Return quietly when ``current`` → ``target`` is allowed, else raise ``TransitionRefused``.

    Closing a file needs an ``assessment`` and a ``result`` (taxonomy codes); reopening a
    closed file needs a ``reason``. The exception's message says what to do instead.
    """
    for status in (current, target):
        if status not in ALLOWED:
            raise TransitionRefused("workflow.unknown_status")
    if current == target:
        raise TransitionRefused("workflow.same_status", {"status": current})
    if current in ENDED and current != CLOSED:
        raise TransitionRefused("workflow.ended", {"status": current})
    if current == CLOSED:
        if target != REOPEN_TARGET:
            raise TransitionRefused(
                "workflow.closed_only_reopen", {"target": target, "reopen": REOPEN_TARGET}
            )
        if _blank(reason):
            raise TransitionRefused("workflow.reopen_needs_reason")
        return
    if target not in ALLOWED[current]:
        raise TransitionRefused(
            "workflow.not_allowed",
            {
                "current": current,
                "target": target,
                "allowed_statuses": tuple(allowed_next(current)),
            },
        )
    if target == CLOSED:
        _check_closing(assessment, result)


def _check_closing(assessment: str | None, result: str | None) -> None:
    taxonomy = load_taxonomy()
    if _blank(assessment) and _blank(result):
        raise TransitionRefused("workflow.close_needs_assessment_and_result")
    if _blank(assessment):
        raise TransitionRefused("workflow.close_needs_assessment")
    if _blank(result):
        raise TransitionRefused("workflow.close_needs_result")
    if not taxonomy.is_known("assessment", assessment):
        raise TransitionRefused(
            "workflow.unknown_assessment",
            {"allowed": tuple(c.code for c in taxonomy.codes("assessment"))},
        )
    if not taxonomy.is_known("result", result):
        raise TransitionRefused(
            "workflow.unknown_result",
            {"allowed": tuple(c.code for c in taxonomy.codes("result"))},
        )


def file_opening_advice(report: Report) -> list[Problem]:
    """Reasons to think twice before opening a case file; advice, the caseworker decides.

    Unia opens a hate-speech file only at the victim's request (a witness's report is
    registered), and a reporter who asked for registration only did not ask for a file.
    """
    advice: list[Problem] = []
    if "hate_speech" in report.forms and report.reporter.role == "witness":
        advice.append(Problem("forms", "hate_speech_witness", "advice.hate_speech_witness"))
    if report.wishes.register_only is True:
        advice.append(Problem("wishes.register_only", "register_only", "advice.register_only"))
    return advice
