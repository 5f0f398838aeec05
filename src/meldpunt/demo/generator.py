"""Deterministic synthetic reports in the import format of contract.md, plus their workflow.

Everything is drawn from one ``random.Random(seed)``: the same arguments give the same reports,
byte for byte, on every platform. Names, addresses, phone numbers, e-mail domains and
organisations are invented; street names are Leuven's.
"""

from __future__ import annotations

import calendar
import dataclasses
import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from meldpunt.demo import counterparties, people, places, workflow
from meldpunt.demo.narrative import Facts, Wishes, compose
from meldpunt.demo.people import Subject
from meldpunt.demo.phrases import CRITERIA
from meldpunt.demo.sampling import Weighted, chance
from meldpunt.demo.scenario import Scenario
from meldpunt.demo.scenarios_housing import (
    ACCOMMODATION,
    AD,
    FACEBOOK_POST,
    HOUSING_SCENARIOS,
    KOT,
    LANDLORD_HARASSMENT,
    NEIGHBOURS,
)
from meldpunt.demo.scenarios_public import HATE_POST, PUBLIC_SCENARIOS
from meldpunt.demo.scenarios_work import JOB_AD, WORK_SCENARIOS

IMPORT_FORMAT = "meldpunt-import/1"

SCENARIOS: tuple[Scenario, ...] = (*HOUSING_SCENARIOS, *WORK_SCENARIOS, *PUBLIC_SCENARIOS)

MODIFIERS = (
    "multiple_cumulative",
    "multiple_intersectional",
    "by_association",
    "perceived_trait",
    "online",
)
FORMS = (
    "unequal_treatment",
    "indirect_discrimination",
    "reasonable_accommodation_denied",
    "instruction_to_discriminate",
    "harassment",
    "discriminatory_statement_ad",
    "hate_speech",
    "threat",
    "violence",
    "property_blackmail",
    "retaliation",
)

# Key order of the import format (contract.md); unknown keys follow, sorted.
REPORT_KEYS = (
    "external_ref",
    "received_on",
    "channel",
    "reporter",
    "incident",
    "domain",
    "criteria",
    "modifiers",
    "forms",
    "counterparty",
    "narrative",
    "wishes",
)
NESTED_KEYS = {
    "reporter": (
        "role",
        "legal_name",
        "chosen_name",
        "pronouns",
        "email",
        "phone",
        "address",
        "birth_year",
        "language",
    ),
    "incident": ("date", "area", "place", "url"),
    "counterparty": ("type", "name", "address"),
    "wishes": (
        "register_only",
        "wants_reply",
        "may_contact_counterparty",
        "may_refer",
        "may_use_anonymised",
    ),
}

# A second criterion that often comes with the first, and whether the two interact.
_SECOND_CRITERIA: dict[str, Weighted[tuple[str, bool]]] = {
    first: Weighted(pairs)
    for first, pairs in {
        "wealth": {
            ("national_ethnic_origin", False): 3,
            ("family_responsibilities", False): 2,
            ("nationality", False): 1,
            ("disability", False): 1,
        },
        "national_ethnic_origin": {
            ("wealth", False): 3,
            ("religion_belief", True): 2,
            ("sex", True): 1,
        },
        "skin_colour": {("sex", True): 2, ("wealth", False): 1},
        "nationality": {("wealth", False): 2, ("language", False): 1},
        "religion_belief": {("sex", True): 3, ("national_ethnic_origin", True): 2},
        "sexual_orientation": {("national_ethnic_origin", True): 1, ("gender_expression", True): 1},
        "gender_identity": {
            ("sexual_orientation", False): 1,
            ("national_ethnic_origin", True): 1,
            ("gender_expression", True): 1,
        },
        "disability": {("age", False): 2, ("wealth", False): 2, ("health_status", False): 1},
        "age": {("disability", False): 1, ("sex", True): 1, ("health_status", False): 1},
        "sex": {
            ("family_responsibilities", True): 2,
            ("age", True): 1,
            ("religion_belief", True): 1,
        },
        "pregnancy": {("family_responsibilities", False): 1},
        "family_responsibilities": {("sex", True): 2, ("wealth", False): 2},
        "health_status": {("disability", False): 1, ("age", False): 1},
        "language": {("national_ethnic_origin", False): 2, ("nationality", False): 1},
    }.items()
}
_SECOND_SHARE = 0.13
_PERCEIVED_SHARE = 0.05
_ASSOCIATION_SHARE = 0.04
_ANONYMOUS_SHARE = 10.0

_CHANNELS = {
    "anonymous": Weighted({"online_form": 60, "letter": 20, "phone": 15, "email": 5}),
    "organisation": Weighted({"email": 80, "phone": 8, "letter": 7, "desk": 5}),
    "representative": Weighted(
        {"email": 50, "phone": 18, "desk": 14, "referral_in": 12, "letter": 6}
    ),
    "person": Weighted(
        {
            "email": 45,
            "online_form": 10,
            "phone": 17,
            "desk": 21,
            "letter": 0.5,
            "outreach": 2.5,
            "referral_in": 0.3,
        }
    ),
}
_MASS_ROLES = Weighted({"witness": 60, "victim": 25, "organisation": 5, "anonymous": 10})
_MASS_SCENARIOS = Weighted([(FACEBOOK_POST, 45), (HATE_POST, 40), (JOB_AD, 15)])
_ORGANISATION_LANGUAGE = Weighted({"nl": 85, "en": 10, "fr": 5})
_REPORTER_GENDER = Weighted({"f": 55, "m": 43, "x": 2})
_INCIDENT_LAG: Weighted[tuple[int, int]] = Weighted({(0, 3): 40, (4, 30): 45, (31, 180): 15})
_DEFAULT_MONTHS = (1.0, 1.0, 1.05, 1.0, 1.0, 1.0, 0.85, 0.8, 1.1, 1.1, 1.05, 0.9)


@dataclass(frozen=True)
class DemoOffice:
    """Synthetic reports in import format and, per report (same index), its workflow.

    A workflow entry holds ``external_ref``, ``status`` (a status of domain.md), ``path`` (the
    statuses passed, from ``new``), ``case_file_group`` (reports with the same value share one
    case file; ``None`` without a file), ``mass_report``, ``assigned_to`` (a role),
    ``days_to_first_contact``, ``referral_body``, ``assessment`` and ``result`` (closed files)
    and ``ended_on`` (ISO date of the status that ended the report).
    """

    reports: list[dict[str, Any]]
    workflow: list[dict[str, Any]]


@dataclass(frozen=True)
class _Showcase:
    """One of the realistic situations of domain.md, included in every larger demo office."""

    scenario: Scenario
    criteria: tuple[str, ...]
    area: str | None = None
    party_type: str | None = None
    quote: str | None = None
    gender: str | None = None
    forms: tuple[str, ...] = ()
    refer_to: str | None = None


_SHOWCASES = (
    _Showcase(KOT, ("sexual_orientation",), area="heverlee", gender="m"),
    _Showcase(
        AD,
        ("wealth",),
        area="kessel_lo",
        party_type="real_estate_agency",
        quote="Geen leefloon of OCMW.",
    ),
    _Showcase(
        LANDLORD_HARASSMENT,
        ("gender_identity",),
        area="wilsele",
        gender="f",
        party_type="private_landlord",
        forms=("harassment", "unequal_treatment"),
    ),
    _Showcase(ACCOMMODATION, ("disability",), party_type="private_landlord"),
    _Showcase(
        NEIGHBOURS,
        ("sexual_orientation",),
        area="wijgmaal",
        forms=("harassment",),
        refer_to="police",
    ),
)
_SHOWCASE_MINIMUM = 40  # offices smaller than this get no showcases
_MASS_MINIMUM = 20


@dataclass(frozen=True)
class _Plan:
    scenario: Scenario
    kind: str  # "single", "pair" or "mass"
    size: int
    showcase: _Showcase | None = None


@dataclass(frozen=True)
class _Draft:
    received_on: str
    event: int
    member: int
    report: dict[str, Any]
    entry: dict[str, Any]
    in_file: bool


class _Calendar:
    """Draws receipt dates between two days, with per-year growth and monthly seasons."""

    def __init__(self, start: date, end: date) -> None:
        self.start = start
        self.end = end
        self._tables: dict[tuple[int, ...], Weighted[tuple[int, int]]] = {}

    def _table(self, peak: tuple[int, ...]) -> Weighted[tuple[int, int]]:
        if peak not in self._tables:
            weights: list[tuple[tuple[int, int], float]] = []
            for year in range(self.start.year, self.end.year + 1):
                growth = 1 + 0.08 * (year - self.start.year)
                for month in range(1, 13):
                    first = date(year, month, 1)
                    last = date(year, month, calendar.monthrange(year, month)[1])
                    if last < self.start or first > self.end:
                        continue
                    days = (min(last, self.end) - max(first, self.start)).days + 1
                    season = 2.5 if month in peak else _DEFAULT_MONTHS[month - 1]
                    weights.append(((year, month), growth * season * days))
            self._tables[peak] = Weighted(weights)
        return self._tables[peak]

    def draw(self, rng: random.Random, peak: tuple[int, ...]) -> date:
        """A day in the period; months in ``peak`` are two and a half times as likely."""
        year, month = self._table(peak).pick(rng)
        first = max(date(year, month, 1), self.start)
        last = min(date(year, month, calendar.monthrange(year, month)[1]), self.end)
        return first + timedelta(days=rng.randint(0, (last - first).days))


class _Builder:
    """Turns plans into reports and workflow entries, drawing everything from one generator."""

    def __init__(self, rng: random.Random, start: date, end: date) -> None:
        self.rng = rng
        self.calendar = _Calendar(start, end)
        self.start = start
        self.end = end
        self._criteria = {s.key: Weighted(s.criteria) for s in SCENARIOS}
        self._parties = {s.key: Weighted(s.counterparties) for s in SCENARIOS}
        self._areas = {s.key: Weighted(s.areas) for s in SCENARIOS if s.areas is not None}
        self._roles = {s.key: self._role_table(s) for s in SCENARIOS}

    @staticmethod
    def _role_table(scenario: Scenario) -> Weighted[str]:
        witness = scenario.witness_share * 100 if scenario.witness else 0.0
        representative = scenario.representative_share * 100
        organisation = scenario.organisation_share * 100
        others = witness + representative + organisation + _ANONYMOUS_SHARE
        return Weighted(
            {
                "victim": max(100 - others, 10.0),
                "witness": witness,
                "representative": representative,
                "organisation": organisation,
                "anonymous": _ANONYMOUS_SHARE,
            }
        )

    # -- the facts every report of an event shares -------------------------------------------

    def _criteria_of(self, plan: _Plan) -> tuple[list[str], bool]:
        rng = self.rng
        if plan.showcase is not None:
            return list(plan.showcase.criteria), False
        first = self._criteria[plan.scenario.key].pick(rng)
        pairs = _SECOND_CRITERIA.get(first)
        if pairs is None or plan.scenario.quotes or not chance(rng, _SECOND_SHARE):
            return [first], False
        second, intersectional = pairs.pick(rng)
        return [first, second], intersectional

    def _forms_of(self, scenario: Scenario, criteria: list[str]) -> list[str]:
        rng = self.rng
        chosen = {form for form, share in scenario.forms if chance(rng, share)}
        for criterion in criteria:
            for form, share in scenario.criterion_forms.get(criterion, ()):
                if chance(rng, share):
                    chosen.add(form)
        if not chosen:
            chosen.add(scenario.forms[0][0])
        return [form for form in FORMS if form in chosen]

    def _incident_date(self, received: date) -> date:
        low, high = _INCIDENT_LAG.pick(self.rng)
        return max(received - timedelta(days=self.rng.randint(low, high)), self.start)

    def _facts(self, plan: _Plan, received: date) -> tuple[Facts, dict[str, Any]]:
        """The narrative facts and the shared report fields of one event."""
        rng = self.rng
        scenario, showcase = plan.scenario, plan.showcase
        criteria, intersectional = self._criteria_of(plan)
        primary = criteria[0]
        text = CRITERIA[primary]
        told = not scenario.quotes and not scenario.assumes_trait and showcase is None
        association = told and text.association is not None and chance(rng, _ASSOCIATION_SHARE)
        perceived = (
            told
            and not association
            and text.perceived is not None
            and chance(rng, _PERCEIVED_SHARE)
        )
        if showcase is not None and showcase.area is not None:
            area = showcase.area
        elif scenario.key in self._areas:
            area = self._areas[scenario.key].pick(rng)
        else:
            area = places.DEFAULT_INCIDENT_AREAS.pick(rng)
        online = area == "online" or chance(rng, scenario.online)
        spot = places.spot(area, rng)
        if showcase is not None and showcase.party_type is not None:
            party_type = showcase.party_type
        else:
            party_type = self._parties[scenario.key].pick(rng)
        pool = scenario.pools.get(party_type) or counterparties.default_pool(party_type)
        party = counterparties.counterparty(rng, party_type=party_type, pool=pool, area=area)
        quote: str | None = None
        if scenario.quotes:
            if showcase is not None and showcase.quote is not None:
                quote = showcase.quote
            else:
                quote = rng.choice(scenario.quotes[primary])
        modifiers = set()
        if len(criteria) > 1:
            modifiers.add("multiple_intersectional" if intersectional else "multiple_cumulative")
        if association:
            modifiers.add("by_association")
        if perceived:
            modifiers.add("perceived_trait")
        if online:
            modifiers.add("online")
        if showcase is not None and showcase.forms:
            forms = [form for form in FORMS if form in showcase.forms]
        else:
            forms = self._forms_of(scenario, criteria)
        incident_on = self._incident_date(received)
        incident: dict[str, Any] = {}
        if plan.kind != "single" or showcase is not None or not chance(rng, 0.04):
            incident["date"] = incident_on.isoformat()
        incident["area"] = area
        if online:
            incident["place"] = rng.choice(scenario.online_places)
            incident["url"] = places.url(scenario.url_kind, rng)
        elif area != "unknown" and chance(rng, 0.9):
            generic = counterparties.NAMES.get(pool or "", ("",))
            where = {
                "address": spot.address,
                "street": spot.street,
                "town": spot.locality.town,
                "cp": party.get("name") or rng.choice(generic) or spot.street,
            }
            incident["place"] = rng.choice(scenario.places).format_map(where)
        facts = Facts(
            scenario=scenario,
            primary=primary,
            second=criteria[1] if len(criteria) > 1 else None,
            intersectional=intersectional,
            perceived=perceived,
            association=association,
            quote=quote,
            area=area,
            locality=spot.locality,
            street=spot.street,
            address=spot.address,
            month=incident_on.month,
            party_type=party_type,
            party_name=party.get("name"),
            pool=pool,
        )
        shared = {
            "incident": incident,
            "domain": scenario.domain,
            "criteria": criteria,
            "modifiers": [m for m in MODIFIERS if m in modifiers],
            "forms": forms,
            "counterparty": party,
        }
        return facts, shared

    # -- one reporter --------------------------------------------------------------------------

    def _subject(self, scenario: Scenario, criteria: list[str], year: int) -> Subject:
        rng = self.rng
        band = scenario.age_band
        crit = set(criteria)
        if scenario.student:
            pass  # a student stays a student, whatever else the report is about
        elif "age" in crit:
            if scenario.context == "work":
                band = "older_worker"
            else:
                band = "senior" if chance(rng, 0.7) else "young"
        elif crit & {
            "pregnancy",
            "maternity",
            "childbirth",
            "breastfeeding",
            "family_responsibilities",
            "medically_assisted_reproduction",
        }:
            band = "parent"
        return people.make_subject(
            rng, criteria=criteria, received_year=year, age_band=band, student=scenario.student
        )

    def _wishes(self, role: str, party_type: str) -> dict[str, bool]:
        rng = self.rng
        reachable = party_type not in ("private_person", "unknown")
        if role == "anonymous":
            register_only = chance(rng, 0.55)
            wants_reply = False
            may_contact = not register_only and reachable and chance(rng, 0.6)
            may_refer = not register_only and chance(rng, 0.3)
        else:
            register_only = chance(rng, {"witness": 0.3, "organisation": 0.15}.get(role, 0.09))
            if register_only:
                wants_reply, may_contact, may_refer = chance(rng, 0.3), False, False
            else:
                wants_reply = chance(rng, 0.95)
                may_contact = reachable and chance(rng, 0.65)
                may_refer = chance(rng, 0.8)
        return {
            "register_only": register_only,
            "wants_reply": wants_reply,
            "may_contact_counterparty": may_contact,
            "may_refer": may_refer,
            "may_use_anonymised": chance(rng, 0.9),
        }

    def _reporter(
        self, role: str, subject: Subject, channel: str, scenario: Scenario, year: int
    ) -> tuple[dict[str, Any], str]:
        """The reporter block and the language the narrative is told in."""
        rng = self.rng
        if role == "anonymous":
            return {"role": "anonymous"}, subject.language
        if role == "organisation":
            language = _ORGANISATION_LANGUAGE.pick(rng)
            return people.organisation_reporter(rng, language=language, channel=channel), language
        if role == "victim":
            block = people.person_reporter(
                rng,
                role=role,
                gender=subject.gender,
                trans=subject.trans,
                group=subject.group,
                language=subject.language,
                year_of_birth=subject.birth_year,
                channel=channel,
                student=scenario.student,
            )
            return block, subject.language
        gender = _REPORTER_GENDER.pick(rng)
        group = people.GROUPS_GENERAL.pick(rng)
        language = people.LANGUAGES[group].pick(rng)
        block = people.person_reporter(
            rng,
            role=role,
            gender=gender,
            trans=gender == "x",
            group=group,
            language=language,
            year_of_birth=people.birth_year(year, "adult", rng),
            channel=channel,
            student=False,
        )
        return block, language

    def _role(self, plan: _Plan, member: int) -> str:
        scenario = plan.scenario
        if plan.showcase is not None:
            return "victim"
        if plan.kind == "mass":
            role = _MASS_ROLES.pick(self.rng)
            return "victim" if role == "witness" and not scenario.witness else role
        if plan.kind == "pair" and member == 0:
            return "victim" if chance(self.rng, 0.8) else "representative"
        if plan.kind == "pair":
            return "witness" if scenario.witness else "victim"
        return self._roles[scenario.key].pick(self.rng)

    def _voice(self, role: str, scenario: Scenario) -> str:
        rng = self.rng
        if role in ("witness", "representative"):
            return role
        if role == "organisation":
            return "witness" if scenario.witness and chance(rng, 0.6) else "organisation"
        if role == "anonymous" and scenario.witness and chance(rng, scenario.witness_share):
            return "witness"
        return "victim"

    # -- one event -----------------------------------------------------------------------------

    def event(self, plan: _Plan, number: int, reference: date) -> list[_Draft]:
        """The reports of one event (one report, a pair, or a mass report) with workflow."""
        rng = self.rng
        scenario, showcase = plan.scenario, plan.showcase
        first_received = self.calendar.draw(rng, scenario.peak_months)
        facts, shared = self._facts(plan, first_received)
        party_type = shared["counterparty"]["type"]
        drafts: list[_Draft] = []
        lead_entry: dict[str, Any] | None = None
        pair_subject: Subject | None = None
        for member in range(plan.size):
            spread = 14 if plan.kind == "pair" else 10
            received = first_received
            if member:
                received = min(first_received + timedelta(days=rng.randint(0, spread)), self.end)
            role = self._role(plan, member)
            if pair_subject is not None:
                subject = pair_subject
            else:
                subject = self._subject(scenario, shared["criteria"], received.year)
                if showcase is not None:
                    # domain.md tells these situations in Dutch; keep them recognisable.
                    gender = showcase.gender or subject.gender
                    subject = dataclasses.replace(subject, gender=gender, language="nl")
                if plan.kind == "pair":
                    pair_subject = subject
            channel = _CHANNELS[role if role in _CHANNELS else "person"].pick(rng)
            reporter, language = self._reporter(role, subject, channel, scenario, received.year)
            wishes = self._wishes(role, party_type)
            if plan.kind != "single":
                wishes["register_only"] = False
            if showcase is not None and showcase.refer_to is not None:
                wishes["register_only"], wishes["may_refer"] = False, True
            narrative = compose(
                rng,
                facts,
                voice=self._voice(role, scenario),
                lang=language,
                subject=subject,
                wishes=Wishes(
                    wishes["register_only"],
                    wishes["wants_reply"],
                    wishes["may_contact_counterparty"],
                ),
                speaker=reporter["legal_name"] if role == "organisation" else None,
                special=showcase is not None,
            )
            report = {
                "external_ref": "",
                "received_on": received.isoformat(),
                "channel": channel,
                "reporter": reporter,
                "incident": dict(shared["incident"]),
                "domain": shared["domain"],
                "criteria": list(shared["criteria"]),
                "modifiers": list(shared["modifiers"]),
                "forms": list(shared["forms"]),
                "counterparty": dict(shared["counterparty"]),
                "narrative": narrative,
                "wishes": wishes,
            }
            if lead_entry is None:
                situation = workflow.Situation(
                    received_on=received,
                    reference=reference,
                    role=role,
                    register_only=wishes["register_only"],
                    may_refer=wishes["may_refer"],
                    domain=scenario.domain,
                    criteria=tuple(shared["criteria"]),
                    forms=tuple(shared["forms"]),
                    is_ad="discriminatory_statement_ad" in shared["forms"],
                    in_file=plan.kind != "single",
                    refer_to=showcase.refer_to if showcase is not None else None,
                )
                entry = workflow.decide(rng, situation)
                lead_entry = entry
            else:
                entry = dict(lead_entry, path=list(lead_entry["path"]))
                entry["days_to_first_contact"] = workflow.first_contact_days(
                    rng, status=entry["status"], role=role, age=(reference - received).days
                )
            entry["mass_report"] = plan.kind == "mass"
            drafts.append(
                _Draft(
                    received.isoformat(),
                    number,
                    member,
                    report,
                    entry,
                    "file_open" in entry["path"],
                )
            )
        last_received = max(draft.received_on for draft in drafts)
        for draft in drafts:
            ended_on = draft.entry["ended_on"]
            if ended_on is not None and ended_on < last_received:
                draft.entry["ended_on"] = last_received
        return drafts


def _plans(rng: random.Random, n: int) -> list[_Plan]:
    """How the ``n`` reports group into events: mass reports, showcases, pairs and singles."""
    plans: list[_Plan] = []
    remaining = n
    if n >= _MASS_MINIMUM:
        first = 12 if n >= 150 else max(3, n // 10)
        budget = max(first, int(n * 0.06))
        sizes = [first]
        for _ in range(max(1, round(n / 400)) - 1):
            size = rng.randint(3, 15)
            if sum(sizes) + size > budget:
                break
            sizes.append(size)
        for index, size in enumerate(sizes):
            scenario = FACEBOOK_POST if index == 0 else _MASS_SCENARIOS.pick(rng)
            plans.append(_Plan(scenario, "mass", size))
            remaining -= size
    if n >= _SHOWCASE_MINIMUM:
        for showcase in _SHOWCASES:
            plans.append(_Plan(showcase.scenario, "single", 1, showcase))
            remaining -= 1
    regular = Weighted((s, s.weight) for s in SCENARIOS)
    while remaining > 0:
        scenario = regular.pick(rng)
        if remaining >= 2 and chance(rng, 0.045):
            plans.append(_Plan(scenario, "pair", 2))
            remaining -= 2
        else:
            plans.append(_Plan(scenario, "single", 1))
            remaining -= 1
    return plans


def _period(years: tuple[int, int], until: date | None) -> tuple[date, date]:
    first, last = years
    if first > last:
        raise ValueError(f"years must be (first, last) with first <= last, not {years!r}")
    start, end = date(first, 1, 1), date(last, 12, 31)
    if until is not None:
        if until < start:
            raise ValueError(f"until ({until}) lies before the first year ({first})")
        end = min(end, until)
    return start, end


def generate_office(
    n: int,
    *,
    years: tuple[int, int] = (2023, 2025),
    seed: int = 1,
    until: date | None = None,
) -> DemoOffice:
    """``n`` synthetic reports received in ``years`` (inclusive), with their workflow.

    Reports are in order of receipt; ``external_ref`` is ``DEMO-<year>-<number>``. ``until``
    (for example today) caps receipt dates; the workflow is as seen on the last day.
    """
    if n < 0:
        raise ValueError(f"n must not be negative, not {n}")
    start, end = _period(years, until)
    rng = random.Random(seed)
    builder = _Builder(rng, start, end)
    drafts: list[_Draft] = []
    for number, plan in enumerate(_plans(rng, n)):
        drafts.extend(builder.event(plan, number, end))
    drafts.sort(key=lambda draft: (draft.received_on, draft.event, draft.member))
    references: dict[str, int] = {}
    files: dict[int, str] = {}
    file_numbers: dict[str, int] = {}
    for draft in drafts:
        year = draft.received_on[:4]
        references[year] = references.get(year, 0) + 1
        draft.report["external_ref"] = f"DEMO-{year}-{references[year]:04d}"
        if draft.in_file:
            if draft.event not in files:
                file_numbers[year] = file_numbers.get(year, 0) + 1
                files[draft.event] = f"DOSSIER-{year}-{file_numbers[year]:04d}"
            draft.entry["case_file_group"] = files[draft.event]
    return DemoOffice(
        reports=[draft.report for draft in drafts],
        workflow=[
            {"external_ref": draft.report["external_ref"], **draft.entry} for draft in drafts
        ],
    )


def generate_reports(
    n: int,
    *,
    years: tuple[int, int] = (2023, 2025),
    seed: int = 1,
    until: date | None = None,
) -> list[dict[str, Any]]:
    """``n`` synthetic reports in the import format (see :func:`generate_office`)."""
    return generate_office(n, years=years, seed=seed, until=until).reports


def _ordered(mapping: dict[str, Any], keys: Sequence[str]) -> dict[str, Any]:
    known = [key for key in keys if key in mapping]
    rest = sorted(key for key in mapping if key not in keys)
    return {key: mapping[key] for key in (*known, *rest)}


def canonical_report(report: dict[str, Any]) -> dict[str, Any]:
    """The report with its keys in the order of contract.md (unknown keys after, sorted)."""
    ordered = _ordered(report, REPORT_KEYS)
    for key, keys in NESTED_KEYS.items():
        if isinstance(ordered.get(key), dict):
            ordered[key] = _ordered(ordered[key], keys)
    return ordered


def to_import_json(reports: Iterable[dict[str, Any]]) -> str:
    """The reports as an import file (``meldpunt-import/1``): UTF-8 text, stable key order."""
    document = {"format": IMPORT_FORMAT, "reports": [canonical_report(r) for r in reports]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
