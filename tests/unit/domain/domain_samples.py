"""Sample data for the domain tests: a fixed today and contract.md's example, filled in."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

TODAY = dt.date(2025, 6, 30)

# contract.md's JSON example with every "…" filled in (synthetic person, synthetic facts).
CONTRACT_EXAMPLE: dict[str, Any] = {
    "format": "meldpunt-import/1",
    "reports": [
        {
            "external_ref": "WEB-2025-0001",
            "received_on": "2025-03-14",
            "channel": "online_form",
            "reporter": {
                "role": "victim",
                "legal_name": "Jonas Voorbeeld",
                "chosen_name": "Jo",
                "pronouns": "hij/hem",
                "email": "jo.voorbeeld@example.be",
                "phone": "+32 470 12 34 56",
                "address": "Voorbeeldstraat 1\n3010 Kessel-Lo",
                "birth_year": 1998,
                "language": "nl",
            },
            "incident": {
                "date": "2025-03-01",
                "area": "kessel_lo",
                "place": "appartement, Diestsesteenweg",
                "url": "https://immo.example.be/aanbod/123",
            },
            "domain": "housing.selection",
            "criteria": ["sexual_orientation"],
            "modifiers": ["perceived_trait"],
            "forms": ["unequal_treatment"],
            "counterparty": {
                "type": "private_landlord",
                "name": "Verhuurder Voorbeeld",
                "address": "Voorbeeldlaan 2, 3000 Leuven",
            },
            "narrative": (
                "Na de vermelding dat we met twee mannen zouden intrekken, was het "
                "appartement plots 'al verhuurd'. Een vriend die een uur later belde, mocht "
                "komen kijken."
            ),
            "wishes": {
                "register_only": False,
                "wants_reply": True,
                "may_contact_counterparty": True,
                "may_refer": False,
                "may_use_anonymised": True,
            },
        }
    ],
}


def example_document() -> dict[str, Any]:
    """A fresh deep copy of the contract example, safe to change in a test."""
    return copy.deepcopy(CONTRACT_EXAMPLE)


def example_report_dict() -> dict[str, Any]:
    report: dict[str, Any] = example_document()["reports"][0]
    return report


def minimal_report_dict(**extra: Any) -> dict[str, Any]:
    """The four required fields only, plus ``extra``."""
    return {
        "received_on": "2025-05-02",
        "channel": "desk",
        "domain": "housing.student",
        "criteria": ["sexual_orientation"],
        **extra,
    }
