"""Reports whose personal fields are the planted canaries (for leak tests)."""

from __future__ import annotations

import dataclasses

from meldpunt.domain.model import Counterparty, Report, Reporter
from support.canary import CANARIES
from support.reports import kot_report

NAME, EMAIL, PHONE, STREET, COMPANY, SENTENCE, EMOJI_NAME = CANARIES


def canary_report(**changes: object) -> Report:
    """The kot report with every personal field set to a canary value."""
    base = kot_report()
    report = dataclasses.replace(
        base,
        reporter=Reporter(
            role="victim",
            legal_name=NAME,
            chosen_name=EMOJI_NAME,
            email=EMAIL,
            phone=PHONE,
            address=STREET,
        ),
        counterparty=Counterparty(type="real_estate_agency", name=COMPANY, address=STREET),
        narrative=SENTENCE,
    )
    return dataclasses.replace(report, **changes)  # type: ignore[arg-type]
