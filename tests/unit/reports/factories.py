"""Report facts for tests: a builder with defaults, a seeded demo year and hypothesis strategies."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date
from typing import Any

from hypothesis import strategies as st

from meldpunt.domain.taxonomy import load_taxonomy
from meldpunt.reports.facts import ReportFacts

# Keys that look like nothing else in a PDF, so a leak is easy to find in the raw bytes.
KEY_PREFIX = "ZQXREPORTKEY"
FILE_PREFIX = "ZQXCASEFILE"

_TAXONOMY = load_taxonomy()


def codes(field: str) -> list[str]:
    return [c.code for c in _TAXONOMY.codes(field)]


def fact(n: int, year: int = 2025, **changes: Any) -> ReportFacts:
    """A plain report (e-mail, housing selection, wealth) with ``changes`` applied."""
    base = ReportFacts(
        report_key=f"{KEY_PREFIX}-{year}-{n:05d}",
        year=year,
        month=3,
        channel="email",
        domain="housing.selection",
        criteria=("wealth",),
        modifiers=(),
        forms=("unequal_treatment",),
        area="kessel_lo",
        counterparty_type="private_landlord",
        reporter_role="victim",
        status="info_given",
        case_file_key=None,
        mass_report=False,
        assessment=None,
        result=None,
        days_to_first_contact=2,
        days_open=None,
        recorded_on=date(year, 3, 14),
    )
    return replace(base, **changes)


def demo_year(year: int, n: int, *, seed: int) -> list[ReportFacts]:
    """A plausible year for a Leuven desk: housing and racial criteria dominate, long tails."""
    rnd = random.Random(seed)
    criteria = codes("criteria")
    common = [
        "wealth",
        "national_ethnic_origin",
        "skin_colour",
        "disability",
        "sexual_orientation",
        "religion_belief",
        "age",
        "nationality",
        "sex",
        "gender_identity",
    ]
    domains = codes("domain")
    housing = [d for d in domains if d.startswith("housing.")]
    channels = ["email", "email", "email", "phone", "desk", "online_form", "online_form", "letter"]
    areas = codes("area")
    parties = codes("counterparty_type")
    forms = codes("forms")
    assessments = codes("assessment")
    results = codes("result")
    facts: list[ReportFacts] = []
    for i in range(n):
        domain = rnd.choice(housing) if rnd.random() < 0.5 else rnd.choice(domains)
        crits = {rnd.choice(common) if rnd.random() < 0.9 else rnd.choice(criteria)}
        if rnd.random() < 0.2:
            crits.add(rnd.choice(common))
        has_file = rnd.random() < 0.6
        closed = has_file and rnd.random() < 0.6
        facts.append(
            fact(
                i,
                year,
                month=rnd.randint(1, 12),
                channel=rnd.choice(channels),
                domain=domain,
                criteria=tuple(sorted(crits)),
                forms=tuple(sorted({rnd.choice(forms[:6]) for _ in range(rnd.randint(1, 2))})),
                area=rnd.choice(areas),
                counterparty_type=rnd.choice(parties),
                status="closed" if closed else ("file_open" if has_file else "info_given"),
                case_file_key=f"{FILE_PREFIX}-{year}-{i:05d}" if has_file else None,
                assessment=rnd.choice(assessments) if closed else None,
                result=rnd.choice(results) if closed else None,
                days_to_first_contact=rnd.choice([None, 0, 1, 2, 3, 5, 6, 9, 14, 21, 40]),
                days_open=rnd.randint(5, 200) if closed else None,
                recorded_on=date(year, 1, 1),
            )
        )
    # Twelve people report the same rental post: twelve reports, one case file.
    for j in range(12):
        facts.append(
            fact(
                n + j,
                year,
                month=10,
                channel="online_form",
                domain="housing.ad",
                criteria=("national_ethnic_origin",),
                forms=("discriminatory_statement_ad",),
                area="online",
                counterparty_type="rental_platform",
                status="closed",
                case_file_key=f"{FILE_PREFIX}-{year}-mass",
                mass_report=True,
                assessment="established_or_strong_suspicion",
                result="ad_or_policy_changed",
                days_to_first_contact=1,
                days_open=30,
            )
        )
    return facts


@st.composite
def fact_sets(draw: st.DrawFn, year: int = 2025, max_size: int = 90) -> list[ReportFacts]:
    """Reports of one year drawn from small pools, so that both big and small counts occur."""
    criteria_pool = draw(st.lists(st.sampled_from(codes("criteria")), min_size=1, max_size=6))
    domain_pool = draw(st.lists(st.sampled_from(codes("domain")), min_size=1, max_size=5))
    channel_pool = draw(st.lists(st.sampled_from(codes("channel")), min_size=1, max_size=4))
    form_pool = draw(st.lists(st.sampled_from(codes("forms")), min_size=1, max_size=4))
    area_pool = draw(st.lists(st.sampled_from([*codes("area"), None]), min_size=1, max_size=4))
    n_files = draw(st.integers(1, 25))
    rows = draw(
        st.lists(
            st.tuples(
                st.integers(1, 12),
                st.sampled_from(channel_pool),
                st.sampled_from(domain_pool),
                st.lists(st.sampled_from(criteria_pool), min_size=1, max_size=3, unique=True),
                st.lists(st.sampled_from(form_pool), max_size=2, unique=True),
                st.sampled_from(area_pool),
                st.one_of(st.none(), st.integers(0, n_files)),
                st.booleans(),
                st.sampled_from([None, *codes("assessment")]),
                st.sampled_from([None, *codes("result")]),
                st.one_of(st.none(), st.integers(0, 60)),
            ),
            max_size=max_size,
        )
    )
    facts = []
    for i, (
        month,
        channel,
        domain,
        crits,
        forms,
        area,
        file_no,
        closed,
        assess,
        result,
        days,
    ) in enumerate(rows):
        facts.append(
            fact(
                i,
                year,
                month=month,
                channel=channel,
                domain=domain,
                criteria=tuple(crits),
                forms=tuple(forms),
                area=area,
                case_file_key=None if file_no is None else f"{FILE_PREFIX}-{file_no}",
                mass_report=file_no is not None and file_no % 5 == 0,
                status="closed" if closed and file_no is not None else "file_open",
                assessment=assess,
                result=result,
                days_to_first_contact=days,
                days_open=days,
            )
        )
    return facts
