"""Where each synthetic report stands in the office's workflow, and how its file ended."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from meldpunt.demo.sampling import Weighted, chance

ENDING_STATUSES = ("registered_only", "info_given", "referred", "closed", "withdrawn")

_INTAKE = ("new", "competence_check")
_FILE_PATH = ("new", "competence_check", "file_open", "investigation", "action", "follow_up")

# The statuses a report passed through to reach each status (it included).
PATHS: dict[str, tuple[str, ...]] = {
    "new": ("new",),
    "competence_check": _INTAKE,
    "registered_only": (*_INTAKE, "registered_only"),
    "info_given": (*_INTAKE, "info_given"),
    "referred": (*_INTAKE, "referred"),
    "file_open": _FILE_PATH[:3],
    "investigation": _FILE_PATH[:4],
    "action": _FILE_PATH[:5],
    "follow_up": _FILE_PATH,
    "closed": (*_FILE_PATH, "closed"),
}

# The Leuven meldpunt closed 46 % / 29 % / 12 % of its 2011 files in the first three.
ASSESSMENT_WEIGHTS = Weighted(
    {
        "established_or_strong_suspicion": 46,
        "insufficient_evidence": 29,
        "no_discrimination": 12,
        "not_assessed": 13,
    }
)
_RESULTS_BY_ASSESSMENT = {
    "established_or_strong_suspicion": Weighted(
        {
            "resolved_settlement": 30,
            "apology": 20,
            "ad_or_policy_changed": 22,
            "referred": 9,
            "police_report": 8,
            "court_procedure": 4,
            "no_result": 7,
        }
    ),
    "insufficient_evidence": Weighted(
        {
            "no_result": 55,
            "referred": 20,
            "apology": 10,
            "resolved_settlement": 10,
            "ad_or_policy_changed": 5,
        }
    ),
    "no_discrimination": Weighted({"no_result": 85, "referred": 15}),
    "not_assessed": Weighted({"no_result": 40, "referred": 40, "resolved_settlement": 20}),
}
# Days until the first contact with the reporter, as ranges: mostly within a week, a tail.
_FIRST_CONTACT_DAYS: Weighted[tuple[int, int]] = Weighted(
    {
        (0, 0): 22,
        (1, 1): 18,
        (2, 2): 14,
        (3, 3): 11,
        (4, 5): 15,
        (6, 7): 9,
        (8, 14): 6,
        (15, 30): 4,
        (31, 60): 1,
    }
)
_OPEN_RECENT = Weighted({"new": 40, "competence_check": 35, "file_open": 15, "investigation": 10})
_OPEN_WEEKS = Weighted(
    {
        "new": 5,
        "competence_check": 20,
        "file_open": 25,
        "investigation": 30,
        "action": 15,
        "follow_up": 5,
    }
)
_OPEN_OLD = Weighted(
    {"competence_check": 5, "file_open": 10, "investigation": 30, "action": 30, "follow_up": 25}
)
_OPEN_FILE = Weighted({"file_open": 25, "investigation": 35, "action": 25, "follow_up": 15})
_WITHDRAWN_FROM = Weighted(
    {"competence_check": 40, "file_open": 20, "investigation": 25, "action": 15}
)
_WITHDRAWN_FROM_FILE = Weighted({"file_open": 30, "investigation": 40, "action": 30})
_REFERRAL_FACTOR = {
    "police_justice": 2.0,
    "employment": 1.5,
    "goods_services": 1.3,
    "media_internet": 1.2,
}
_GENDER_CRITERIA = frozenset(
    {
        "sex",
        "pregnancy",
        "childbirth",
        "breastfeeding",
        "maternity",
        "medically_assisted_reproduction",
        "family_responsibilities",
        "gender_identity",
        "gender_expression",
        "sex_characteristics",
        "medical_social_transition",
    }
)
_LGBTQ_CRITERIA = frozenset(
    {"sexual_orientation", "gender_identity", "gender_expression", "medical_social_transition"}
)
_FEDERAL_DOMAINS = frozenset({"employment", "goods_services", "police_justice", "media_internet"})
_REFERRAL_BY_DOMAIN: dict[str, dict[str, float]] = {
    "housing": {
        "vmri": 40,
        "tenants_union": 20,
        "legal_aid": 12,
        "social_services": 12,
        "unia": 6,
        "other": 5,
    },
    "housing.purchase_credit_insurance": {"unia": 60, "legal_aid": 20, "other": 20},
    "employment": {"unia": 60, "legal_aid": 20, "social_services": 5, "other": 10},
    "goods_services": {"unia": 60, "legal_aid": 15, "other": 15},
    "education": {"vmri": 55, "legal_aid": 10, "other": 15},
    "media_internet": {"unia": 55, "police": 25, "other": 10},
    "police_justice": {"unia": 45, "legal_aid": 25, "other": 20},
    "social_protection_public_services": {
        "vlaamse_ombudsdienst": 35,
        "vmri": 25,
        "unia": 15,
        "social_services": 15,
        "legal_aid": 10,
    },
    "society_public_space": {"police": 45, "unia": 30, "other": 15},
    "leisure": {"unia": 40, "vmri": 30, "other": 30},
    "private_other": {"social_services": 35, "legal_aid": 20, "other": 30},
}


@dataclass(frozen=True)
class Situation:
    """What the workflow of a report depends on."""

    received_on: date
    reference: date  # "today" for the demo office: the end of the generated period
    role: str
    register_only: bool
    may_refer: bool
    domain: str
    criteria: tuple[str, ...]
    forms: tuple[str, ...]
    is_ad: bool
    in_file: bool  # several reports share a file, so the office opened one
    refer_to: str | None = None  # when it ends, the report is referred to this body


def referral_body(rng: random.Random, situation: Situation) -> str:
    """A body to refer to that fits the domain, the criteria and the forms."""
    criteria = set(situation.criteria)
    if {"violence", "threat"} & set(situation.forms) and chance(rng, 0.6):
        return "police"
    top = situation.domain.split(".")[0]
    if criteria & _GENDER_CRITERIA and top in _FEDERAL_DOMAINS and chance(rng, 0.6):
        return "igvm"
    weights: dict[str, float]
    if criteria == {"none"}:
        weights = {"social_services": 40, "legal_aid": 30, "other": 30}
    else:
        weights = dict(_REFERRAL_BY_DOMAIN.get(situation.domain) or _REFERRAL_BY_DOMAIN[top])
        if criteria & _LGBTQ_CRITERIA:
            weights["lgbtq_support"] = 15
    body = Weighted(weights).pick(rng)
    if body == "vmri" and situation.role == "anonymous":
        return "other"  # VMRI does not take anonymous reports
    return body


def _ending(rng: random.Random, situation: Situation) -> str:
    weights: dict[str, float]
    if situation.in_file:
        return "closed" if chance(rng, 0.88) else "withdrawn"
    if situation.register_only:
        return "registered_only" if chance(rng, 0.92) else "withdrawn"
    if situation.criteria == ("none",):
        weights = {"registered_only": 15, "info_given": 55, "referred": 25, "withdrawn": 5}
    elif situation.role == "anonymous":
        weights = {"registered_only": 70, "closed": 20, "referred": 5, "withdrawn": 5}
    elif situation.role == "witness" and "hate_speech" in situation.forms:
        # A witness report of hate speech is registered; a file needs the victim's request.
        weights = {"registered_only": 75, "info_given": 10, "referred": 10, "withdrawn": 5}
    else:
        weights = {
            "registered_only": 12,
            "info_given": 26,
            "referred": 16,
            "closed": 38,
            "withdrawn": 8,
        }
        weights["referred"] *= _REFERRAL_FACTOR.get(situation.domain.split(".")[0], 1.0)
        if {"violence", "threat"} & set(situation.forms):
            weights["referred"] *= 1.5
    if not situation.may_refer:
        weights["referred"] = 0
    return Weighted(weights).pick(rng)


def _open_status(rng: random.Random, situation: Situation, age: int) -> str:
    if situation.in_file:
        return _OPEN_FILE.pick(rng)
    if age < 14:
        return _OPEN_RECENT.pick(rng)
    return (_OPEN_WEEKS if age < 60 else _OPEN_OLD).pick(rng)


def _open_share(age: int) -> float:
    """Recent reports are mostly still open, old ones mostly ended."""
    for limit, share in ((14, 0.85), (45, 0.6), (120, 0.35), (365, 0.15)):
        if age < limit:
            return share
    return 0.04


def _duration(rng: random.Random, status: str, first_contact: int) -> int:
    """Days from receipt to the status that ended the report."""
    if status == "registered_only":
        return rng.randint(0, 10)
    if status == "info_given":
        return first_contact + rng.randint(0, 14)
    if status == "referred":
        return first_contact + rng.randint(1, 30)
    if status == "closed":
        return int(rng.triangular(30, 400, 90))
    return rng.randint(14, 200)


def first_contact_days(rng: random.Random, *, status: str, role: str, age: int) -> int | None:
    """Days until the office first contacted the reporter; ``None`` if it has not or cannot."""
    if status == "new" or role == "anonymous":
        return None
    low, high = _FIRST_CONTACT_DAYS.pick(rng)
    return min(rng.randint(low, high), age)


def decide(rng: random.Random, situation: Situation) -> dict[str, Any]:
    """The workflow entry of a report: status, file, outcome and timing (no file group yet)."""
    age = (situation.reference - situation.received_on).days
    ended = not chance(rng, _open_share(age))
    if ended and situation.refer_to is not None:
        status = "referred"
    else:
        status = _ending(rng, situation) if ended else _open_status(rng, situation, age)
    if status == "withdrawn":
        source = (_WITHDRAWN_FROM_FILE if situation.in_file else _WITHDRAWN_FROM).pick(rng)
        path = (*PATHS[source], "withdrawn")
    else:
        path = PATHS[status]
    first_contact = first_contact_days(rng, status=status, role=situation.role, age=age)
    assessment = result = body = None
    if status == "closed":
        assessment = ASSESSMENT_WEIGHTS.pick(rng)
        result = _RESULTS_BY_ASSESSMENT[assessment].pick(rng)
        if situation.is_ad and assessment == "established_or_strong_suspicion" and chance(rng, 0.5):
            result = "ad_or_policy_changed"
        if result == "referred" and not situation.may_refer:
            result = "no_result"  # referring needs the reporter's consent
        if result == "referred":
            body = referral_body(rng, situation)
        elif result == "police_report":
            body = "police"
    elif status == "referred":
        body = situation.refer_to or referral_body(rng, situation)
    ended_on: str | None = None
    if status in ENDING_STATUSES:
        days = min(_duration(rng, status, first_contact or 0), age)
        ended_on = (situation.received_on + timedelta(days=days)).isoformat()
    return {
        "status": status,
        "path": list(path),
        "case_file_group": None,
        "mass_report": False,
        "assigned_to": None if status == "new" else "caseworker",
        "days_to_first_contact": first_contact,
        "referral_body": body,
        "assessment": assessment,
        "result": result,
        "ended_on": ended_on,
    }
