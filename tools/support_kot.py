"""Fills the intake form with the kot situation of the domain notes (invented people)."""

from __future__ import annotations

import datetime as dt

from meldpunt.domain.model import Counterparty, Incident, Report, Reporter, Wishes


def kot_report() -> Report:
    return Report(
        received_on=dt.date(2025, 9, 2),
        channel="desk",
        domain="housing.student",
        criteria=("sexual_orientation", "national_ethnic_origin"),
        modifiers=("multiple_intersectional",),
        forms=("unequal_treatment",),
        reporter=Reporter(role="victim", legal_name="Ruben Maes", chosen_name=None,
                          email="ruben.maes@voorbeeld.be", phone="0470 11 22 33",
                          language="nl", birth_year=2003),
        incident=Incident(date=dt.date(2025, 8, 28), area="heverlee",
                          place="Kot aan de Naamsesteenweg"),
        counterparty=Counterparty(type="student_housing_landlord", name="Kotbaas Janssens",
                                  address="Naamsesteenweg 9, 3001 Heverlee"),
        narrative=("Mijn vriend en ik zochten een kot in Heverlee. Toen ik vertelde dat we twee "
                   "mannen zijn, was het kot plots al verhuurd. Een vriend die een uur later "
                   "belde, mocht wel komen kijken."),
        wishes=Wishes(wants_reply=True, may_contact_counterparty=True, may_refer=False,
                      register_only=False, may_use_anonymised=True),
    )


def fill_kot(form: object) -> None:
    form.load(kot_report())  # type: ignore[attr-defined]
