"""Report builders for tests: the contract's example and a housing report at the desk."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

from meldpunt.domain.model import Counterparty, Incident, Report, Reporter, Wishes

CONTRACT_EXAMPLE: dict[str, Any] = {
    "format": "meldpunt-import/1",
    "reports": [
        {
            "external_ref": "WEB-2025-0001",
            "received_on": "2025-03-14",
            "channel": "online_form",
            "reporter": {
                "role": "victim",
                "legal_name": "Jonas Claes",
                "chosen_name": "Joni Claes",
                "pronouns": "hen",
                "email": "joni.claes@voorbeeld.be",
                "phone": "0470 12 34 56",
                "address": "Tiensestraat 12, 3000 Leuven",
                "birth_year": 1998,
                "language": "nl",
            },
            "incident": {
                "date": "2025-03-01",
                "area": "kessel_lo",
                "place": "Studio aan de Diestsesteenweg",
                "url": "https://www.example.com/huur/123",
            },
            "domain": "housing.selection",
            "criteria": ["sexual_orientation"],
            "modifiers": ["perceived_trait"],
            "forms": ["unequal_treatment"],
            "counterparty": {
                "type": "private_landlord",
                "name": "Marc Verlinden",
                "address": "Diestsesteenweg 200, 3010 Kessel-Lo",
            },
            "narrative": "Toen ik zei dat mijn partner een man is, was de studio plots verhuurd.",
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


def contract_example(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(CONTRACT_EXAMPLE)
    data["reports"][0].update(changes)
    return data


def as_json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def kot_report(**changes: Any) -> Report:
    """The student couple refused a kot in Heverlee (domain.md's first situation)."""
    report = Report(
        received_on=dt.date(2025, 9, 2),
        channel="desk",
        domain="housing.student",
        criteria=("sexual_orientation",),
        forms=("unequal_treatment",),
        reporter=Reporter(
            role="victim",
            legal_name="Ruben Maes",
            email="ruben.maes@voorbeeld.be",
            phone="+32 470 11 22 33",
            language="nl",
        ),
        incident=Incident(date=dt.date(2025, 8, 28), area="heverlee", place="Kot Naamsesteenweg"),
        counterparty=Counterparty(
            type="student_housing_landlord", name="Kotbaas Janssens", address="Naamsesteenweg 9"
        ),
        narrative="Toen ik vertelde dat we twee mannen zijn, was het kot plots al verhuurd.",
        wishes=Wishes(wants_reply=True, may_contact_counterparty=True),
    )
    for key, value in changes.items():
        object.__setattr__(report, key, value)
    return report
