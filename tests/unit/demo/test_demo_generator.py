"""The synthetic report generator: determinism, codes, consistency and distributions."""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from meldpunt.demo.generator import (
    DemoOffice,
    generate_office,
    generate_reports,
    to_import_json,
)

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"

# The codes of shared/domain.md, written out here so that the test does not trust the
# generator's own tables.
CRITERIA = {
    "nationality", "alleged_race", "skin_colour", "descent", "national_ethnic_origin", "age",
    "sexual_orientation", "civil_status", "birth", "wealth", "religion_belief",
    "political_conviction", "trade_union_conviction", "language", "health_status", "disability",
    "physical_genetic_trait", "social_origin_condition", "sex", "pregnancy", "childbirth",
    "breastfeeding", "maternity", "medically_assisted_reproduction", "family_responsibilities",
    "gender_identity", "gender_expression", "sex_characteristics", "medical_social_transition",
    "none",
}  # fmt: skip
MODIFIERS = {
    "multiple_cumulative", "multiple_intersectional", "by_association", "perceived_trait",
    "online",
}  # fmt: skip
HOUSING = {
    "housing.ad", "housing.viewing", "housing.selection", "housing.agent",
    "housing.during_lease", "housing.social", "housing.student",
    "housing.purchase_credit_insurance", "housing.neighbours",
}  # fmt: skip
DOMAINS = HOUSING | {
    "employment", "goods_services", "education", "media_internet", "society_public_space",
    "police_justice", "social_protection_public_services", "leisure", "private_other",
}  # fmt: skip
FORMS = {
    "unequal_treatment", "indirect_discrimination", "reasonable_accommodation_denied",
    "instruction_to_discriminate", "harassment", "discriminatory_statement_ad", "hate_speech",
    "threat", "violence", "property_blackmail", "retaliation",
}  # fmt: skip
CHANNELS = {"desk", "phone", "email", "online_form", "letter", "outreach", "referral_in"}
ROLES = {"victim", "witness", "representative", "organisation", "anonymous"}
COUNTERPARTY_TYPES = {
    "private_landlord", "real_estate_agency", "social_housing_company", "social_rental_agency",
    "student_housing_landlord", "rental_platform", "neighbour", "employer", "business",
    "school", "public_service", "police", "private_person", "unknown",
}  # fmt: skip
AREAS = {
    "leuven_centre", "heverlee", "kessel_lo", "wilsele", "wijgmaal", "elsewhere", "online",
    "unknown",
}  # fmt: skip
WISHES = ("register_only", "wants_reply", "may_contact_counterparty", "may_refer",
          "may_use_anonymised")  # fmt: skip
STATUSES = {
    "new", "competence_check", "registered_only", "info_given", "referred", "file_open",
    "investigation", "action", "follow_up", "closed", "withdrawn",
}  # fmt: skip
ENDED = {"registered_only", "info_given", "referred", "closed", "withdrawn"}
FILE_STATUSES = {"file_open", "investigation", "action", "follow_up", "closed"}
ASSESSMENTS = {
    "established_or_strong_suspicion", "insufficient_evidence", "no_discrimination",
    "not_assessed",
}  # fmt: skip
RESULTS = {
    "resolved_settlement", "apology", "ad_or_policy_changed", "referred", "police_report",
    "court_procedure", "no_result",
}  # fmt: skip
REFERRAL_BODIES = {
    "unia", "vmri", "igvm", "police", "vlaamse_ombudsdienst", "legal_aid", "social_services",
    "tenants_union", "lgbtq_support", "other",
}  # fmt: skip
REPORT_KEYS = [
    "external_ref", "received_on", "channel", "reporter", "incident", "domain", "criteria",
    "modifiers", "forms", "counterparty", "narrative", "wishes",
]  # fmt: skip
IDENTIFYING = ("legal_name", "chosen_name", "pronouns", "email", "phone", "address", "birth_year")
INVENTED_MAIL_DOMAINS = ("example.be", "example.com", "example.net", "voorbeeld.be")

N = 5000


@pytest.fixture(scope="module")
def office() -> DemoOffice:
    return generate_office(N, seed=11)


@pytest.fixture(scope="module")
def reports(office: DemoOffice) -> list[dict[str, Any]]:
    return office.reports


def share(count: int, total: int) -> float:
    return 100 * count / total


def by_group(office: DemoOffice) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = collections.defaultdict(list)
    for index, entry in enumerate(office.workflow):
        if entry["case_file_group"] is not None:
            groups[entry["case_file_group"]].append(index)
    return groups


# -- determinism ------------------------------------------------------------------------------


def test_same_seed_gives_the_same_text_and_workflow() -> None:
    first = generate_office(400, seed=5)
    second = generate_office(400, seed=5)
    assert to_import_json(first.reports) == to_import_json(second.reports)
    assert json.dumps(first.workflow) == json.dumps(second.workflow)


def test_another_seed_gives_other_reports() -> None:
    assert to_import_json(generate_reports(50, seed=1)) != to_import_json(
        generate_reports(50, seed=2)
    )


def test_the_global_random_generator_is_left_alone() -> None:
    random.seed(123)
    state = random.getstate()
    generate_reports(50, seed=3)
    assert random.getstate() == state


def test_output_does_not_depend_on_hash_randomisation() -> None:
    script = (
        "import hashlib; from meldpunt.demo.generator import generate_office, to_import_json; "
        "o = generate_office(300, seed=9); "
        "print(hashlib.sha256((to_import_json(o.reports) + repr(o.workflow)).encode()).hexdigest())"
    )
    office = generate_office(300, seed=9)
    expected = hashlib.sha256(
        (to_import_json(office.reports) + repr(office.workflow)).encode()
    ).hexdigest()
    for hash_seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        assert done.stdout.strip() == expected


def test_generate_reports_are_the_reports_of_generate_office() -> None:
    assert generate_reports(80, seed=4) == generate_office(80, seed=4).reports


# -- arguments and sizes --------------------------------------------------------------------


@pytest.mark.parametrize("n", [0, 1, 2, 19, 20, 39, 40, 151])
def test_exactly_n_reports_and_one_workflow_entry_each(n: int) -> None:
    office = generate_office(n, seed=n)
    assert len(office.reports) == n
    assert [w["external_ref"] for w in office.workflow] == [
        r["external_ref"] for r in office.reports
    ]


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        generate_reports(-1)
    with pytest.raises(ValueError, match="first <= last"):
        generate_reports(5, years=(2025, 2023))
    with pytest.raises(ValueError, match="before the first year"):
        generate_reports(5, years=(2024, 2025), until=dt.date(2023, 6, 1))


def test_years_are_respected() -> None:
    for report in generate_reports(500, years=(2024, 2024), seed=8):
        assert report["received_on"].startswith("2024-")
        assert report["incident"].get("date", "2024")[:4] == "2024"


def test_until_caps_the_dates() -> None:
    until = dt.date(2025, 3, 10)
    office = generate_office(500, years=(2024, 2025), seed=8, until=until)
    assert max(r["received_on"] for r in office.reports) <= until.isoformat()
    assert all(w["ended_on"] is None or w["ended_on"] <= until.isoformat() for w in office.workflow)


# -- the import format --------------------------------------------------------------------------


def test_every_code_is_a_code_of_domain_md(reports: list[dict[str, Any]]) -> None:
    for report in reports:
        assert report["channel"] in CHANNELS
        assert report["domain"] in DOMAINS
        assert set(report["criteria"]) <= CRITERIA
        assert set(report["modifiers"]) <= MODIFIERS
        assert set(report["forms"]) <= FORMS
        assert report["reporter"]["role"] in ROLES
        assert report["incident"]["area"] in AREAS
        assert report["counterparty"]["type"] in COUNTERPARTY_TYPES
        assert report["reporter"].get("language", "nl") in {"nl", "fr", "en"}


def test_required_fields_are_always_there(reports: list[dict[str, Any]]) -> None:
    for report in reports:
        assert list(report) == REPORT_KEYS
        dt.date.fromisoformat(report["received_on"])
        assert report["criteria"]
        assert len(set(report["criteria"])) == len(report["criteria"])
        assert report["forms"]
        assert isinstance(report["narrative"], str) and report["narrative"].strip()
        assert list(report["wishes"]) == list(WISHES)
        assert all(isinstance(report["wishes"][key], bool) for key in WISHES)


def test_external_refs_are_unique_and_numbered_per_year(reports: list[dict[str, Any]]) -> None:
    refs = [r["external_ref"] for r in reports]
    assert len(set(refs)) == len(refs)
    assert [r["received_on"] for r in reports] == sorted(r["received_on"] for r in reports)
    counters: collections.Counter[str] = collections.Counter()
    for report in reports:
        year = report["received_on"][:4]
        counters[year] += 1
        assert report["external_ref"] == f"DEMO-{year}-{counters[year]:04d}"


def test_anonymous_reports_carry_no_name_or_contact(reports: list[dict[str, Any]]) -> None:
    anonymous = [r for r in reports if r["reporter"]["role"] == "anonymous"]
    assert 6 <= share(len(anonymous), N) <= 14
    for report in anonymous:
        assert report["reporter"] == {"role": "anonymous"}
        assert not report["wishes"]["wants_reply"]
    channels = collections.Counter(r["channel"] for r in anonymous)
    assert channels["online_form"] + channels["letter"] > len(anonymous) / 2


def test_people_have_contact_details(reports: list[dict[str, Any]]) -> None:
    for report in reports:
        reporter = report["reporter"]
        if reporter["role"] == "anonymous":
            continue
        assert reporter["legal_name"]
        assert {"email", "phone", "address"} & set(reporter)


def test_incident_date_is_not_after_receipt(reports: list[dict[str, Any]]) -> None:
    for report in reports:
        received = report["received_on"]
        assert "2023-01-01" <= received <= "2025-12-31"
        incident = report["incident"].get("date")
        if incident is not None:
            assert "2023-01-01" <= incident <= received


def test_wishes_do_not_contradict_each_other(reports: list[dict[str, Any]]) -> None:
    for report in reports:
        wishes = report["wishes"]
        if wishes["register_only"]:
            assert not wishes["may_refer"]
            assert not wishes["may_contact_counterparty"]


def test_modifiers_fit_the_criteria(reports: list[dict[str, Any]]) -> None:
    for report in reports:
        criteria, modifiers = report["criteria"], set(report["modifiers"])
        multiple = {"multiple_cumulative", "multiple_intersectional"} & modifiers
        assert bool(multiple) == (len(criteria) > 1)
        assert len(multiple) <= 1
        if "none" in criteria:
            assert criteria == ["none"]
            assert not modifiers - {"online"}
        assert ("online" in modifiers) == ("url" in report["incident"])


def test_names_contacts_and_birth_years_are_invented_and_plausible(
    reports: list[dict[str, Any]],
) -> None:
    for report in reports:
        reporter = report["reporter"]
        if "chosen_name" in reporter:
            assert reporter["chosen_name"] != reporter["legal_name"]
            assert reporter["pronouns"]
        if "email" in reporter:
            domain = reporter["email"].rsplit("@", 1)[1]
            assert domain.endswith(INVENTED_MAIL_DOMAINS), reporter["email"]
            assert reporter["email"].isascii()
        if "phone" in reporter:
            assert re.fullmatch(r"(04\d\d|\+32 4\d\d|016) 00 \d\d \d\d", reporter["phone"])
        if "birth_year" in reporter:
            age = int(report["received_on"][:4]) - reporter["birth_year"]
            assert 15 <= age <= 95
    trans = [r for r in reports if "chosen_name" in r["reporter"]]
    assert len(trans) > 20


def test_students_are_young(reports: list[dict[str, Any]]) -> None:
    ages = [
        int(r["received_on"][:4]) - r["reporter"]["birth_year"]
        for r in reports
        if r["domain"] == "housing.student"
        and r["reporter"]["role"] == "victim"
        and "birth_year" in r["reporter"]
    ]
    assert ages
    assert all(17 <= age <= 26 for age in ages)


def test_narratives_are_finished_texts(reports: list[dict[str, Any]]) -> None:
    for report in reports:
        text = report["narrative"]
        assert "{" not in text and "}" not in text, text
        assert "  " not in text, text
        assert text[0].isupper() or text[0] in "“«", text
        assert text.rstrip("”’» ")[-1] in ".!?:", text
        assert 40 <= len(text) <= 1500
    languages = collections.Counter(r["reporter"].get("language") for r in reports)
    assert languages["nl"] > languages["fr"] > 50
    assert languages["en"] > 50


def test_the_example_sentence_of_the_brief_can_occur(reports: list[dict[str, Any]]) -> None:
    wanted = "Toen ik vertelde dat we twee mannen zijn, was het kot plots al verhuurd."
    assert any(wanted in r["narrative"] for r in reports)


def test_to_import_json_is_stable_utf8_with_contract_key_order() -> None:
    report = generate_reports(1, seed=3)[0]
    shuffled = {key: report[key] for key in reversed(list(report))}
    shuffled["reporter"] = dict(reversed(list(report["reporter"].items())))
    text = to_import_json([shuffled])
    assert text == to_import_json([report])
    assert text.endswith("}\n")
    document = json.loads(text)
    assert list(document) == ["format", "reports"]
    assert document["format"] == "meldpunt-import/1"
    assert list(document["reports"][0]) == REPORT_KEYS
    assert to_import_json([{"zeta": 1, "received_on": "2025-01-01", "alpha": "é"}]) == (
        '{\n  "format": "meldpunt-import/1",\n  "reports": [\n    {\n'
        '      "received_on": "2025-01-01",\n      "alpha": "é",\n      "zeta": 1\n    }\n'
        "  ]\n}\n"
    )


def test_committed_demo_file_matches_the_generator() -> None:
    committed = (EXAMPLES / "demo-reports.json").read_text(encoding="utf-8")
    current = to_import_json(generate_reports(60, years=(2024, 2025), seed=2025))
    assert committed == current, (
        "resources/examples/demo-reports.json is out of date; regenerate it with\n"
        '  .venv/bin/python -c "from pathlib import Path; from meldpunt.demo.generator import '
        "generate_reports, to_import_json; Path('resources/examples/demo-reports.json')"
        ".write_text(to_import_json(generate_reports(60, years=(2024, 2025), seed=2025)), "
        "encoding='utf-8')\""
    )


# -- distributions -------------------------------------------------------------------------------


def test_housing_is_the_largest_domain(reports: list[dict[str, Any]]) -> None:
    top = collections.Counter(r["domain"].split(".")[0] for r in reports)
    assert 35 <= share(top["housing"], N) <= 55
    assert [d for d, _ in top.most_common(3)] == ["housing", "employment", "goods_services"]
    sub = collections.Counter(r["domain"] for r in reports if r["domain"] in HOUSING)
    assert set(sub) == HOUSING
    assert {d for d, _ in sub.most_common(3)} == {
        "housing.selection",
        "housing.student",
        "housing.ad",
    }


def test_wealth_is_the_top_criterion_in_housing(reports: list[dict[str, Any]]) -> None:
    criteria = collections.Counter(
        c for r in reports if r["domain"] in HOUSING for c in r["criteria"]
    )
    assert criteria.most_common(1)[0][0] == "wealth"
    racial = sum(
        criteria[c]
        for c in ("national_ethnic_origin", "skin_colour", "nationality", "descent", "alleged_race")
    )
    assert racial > criteria["disability"] > criteria["age"]


def test_criteria_and_modifiers_overall(reports: list[dict[str, Any]]) -> None:
    criteria = collections.Counter(c for r in reports for c in r["criteria"])
    for code in ("religion_belief", "sex", "health_status", "sexual_orientation",
                 "gender_identity", "age", "disability"):  # fmt: skip
        assert criteria[code] > 50, code
    assert 3 <= share(sum(r["criteria"] == ["none"] for r in reports), N) <= 8
    assert 5 <= share(sum(len(r["criteria"]) == 2 for r in reports), N) <= 20
    modifiers = collections.Counter(m for r in reports for m in r["modifiers"])
    assert all(modifiers[m] > 30 for m in MODIFIERS)


def test_forms_fit_the_situation(reports: list[dict[str, Any]]) -> None:
    for report in reports:
        forms, text = set(report["forms"]), report["narrative"]
        if report["domain"] == "housing.ad":
            assert "discriminatory_statement_ad" in forms
        if report["domain"] == "housing.neighbours":
            assert forms & {"harassment", "threat", "hate_speech", "violence",
                            "property_blackmail"}  # fmt: skip
        if "drie keer de huur" in text:
            assert "indirect_discrimination" in forms
        if "hellend vlak" in text:
            assert "reasonable_accommodation_denied" in forms
        if report["domain"] == "housing.agent":
            assert "instruction_to_discriminate" in forms


def test_counterparties_fit_the_domain(reports: list[dict[str, Any]]) -> None:
    allowed = {
        "housing.agent": {"real_estate_agency"},
        "housing.student": {"student_housing_landlord", "rental_platform", "private_landlord"},
        "housing.social": {"social_housing_company", "social_rental_agency"},
        "housing.neighbours": {"neighbour"},
        "employment": {"employer"},
        "education": {"school"},
        "police_justice": {"police"},
    }
    for report in reports:
        if report["domain"] in allowed:
            assert report["counterparty"]["type"] in allowed[report["domain"]]


def test_areas_are_leuven_and_online_for_the_internet(reports: list[dict[str, Any]]) -> None:
    areas = collections.Counter(r["incident"]["area"] for r in reports)
    assert set(areas) == AREAS
    assert areas.most_common(1)[0][0] == "leuven_centre"
    media = [r for r in reports if r["domain"] == "media_internet"]
    assert all(r["incident"]["area"] == "online" for r in media)


def test_channels_resemble_the_published_figures(reports: list[dict[str, Any]]) -> None:
    channels = collections.Counter(r["channel"] for r in reports)
    assert 38 <= share(channels["email"], N) <= 52
    assert 9 <= share(channels["online_form"], N) <= 21
    assert 12 <= share(channels["phone"], N) <= 22
    assert 12 <= share(channels["desk"], N) <= 24
    for small in ("letter", "outreach", "referral_in"):
        assert 0 < share(channels[small], N) <= 5


def test_all_reporter_roles_occur(reports: list[dict[str, Any]]) -> None:
    roles = collections.Counter(r["reporter"]["role"] for r in reports)
    assert set(roles) == ROLES
    assert share(roles["victim"], N) > 55


def test_kot_reports_peak_in_summer(reports: list[dict[str, Any]]) -> None:
    months = collections.Counter(
        int(r["received_on"][5:7]) for r in reports if r["domain"] == "housing.student"
    )
    summer = sum(months[m] for m in (6, 7, 8, 9)) / 4
    rest = sum(months[m] for m in range(1, 13) if m not in (6, 7, 8, 9)) / 8
    assert summer > 1.5 * rest


# -- workflow ---------------------------------------------------------------------------------


def test_every_status_occurs_and_each_entry_is_consistent(office: DemoOffice) -> None:
    statuses = collections.Counter(w["status"] for w in office.workflow)
    assert set(statuses) == STATUSES
    for report, entry in zip(office.reports, office.workflow, strict=True):
        assert entry["external_ref"] == report["external_ref"]
        status, path = entry["status"], entry["path"]
        assert path[0] == "new" and path[-1] == status
        assert len(set(path)) == len(path)
        assert entry["assigned_to"] == (None if status == "new" else "caseworker")
        assert (entry["case_file_group"] is not None) == ("file_open" in path)
        if status in FILE_STATUSES:
            assert entry["case_file_group"] is not None
        if status == "closed":
            assert entry["assessment"] in ASSESSMENTS
            assert entry["result"] in RESULTS
        else:
            assert entry["assessment"] is None and entry["result"] is None
        if status == "referred":
            assert entry["referral_body"] in REFERRAL_BODIES
            assert report["wishes"]["may_refer"]
        elif entry["result"] not in ("referred", "police_report"):
            assert entry["referral_body"] is None
        if status in ENDED:
            assert report["received_on"] <= entry["ended_on"] <= "2025-12-31"
        else:
            assert entry["ended_on"] is None
        if report["reporter"]["role"] == "anonymous" or status == "new":
            assert entry["days_to_first_contact"] is None
        if report["wishes"]["register_only"] and status in ENDED:
            assert status in ("registered_only", "withdrawn", "closed")


def test_old_reports_are_mostly_ended_and_recent_ones_mostly_open(office: DemoOffice) -> None:
    old = [w for r, w in zip(office.reports, office.workflow, strict=True)
           if r["received_on"] < "2025-01-01"]  # fmt: skip
    recent = [w for r, w in zip(office.reports, office.workflow, strict=True)
              if r["received_on"] >= "2025-12-01"]  # fmt: skip
    assert share(sum(w["status"] in ENDED for w in old), len(old)) > 90
    assert share(sum(w["status"] not in ENDED for w in recent), len(recent)) > 50


def test_closed_files_are_assessed_like_the_leuven_figures(office: DemoOffice) -> None:
    closed = [w for w in office.workflow if w["status"] == "closed"]
    assessments = collections.Counter(w["assessment"] for w in closed)
    expected = {
        "established_or_strong_suspicion": 46,
        "insufficient_evidence": 29,
        "no_discrimination": 12,
        "not_assessed": 13,
    }
    for code, percent in expected.items():
        assert abs(share(assessments[code], len(closed)) - percent) <= 6, code


def test_first_contact_is_mostly_within_a_week(office: DemoOffice) -> None:
    days = [w["days_to_first_contact"] for w in office.workflow]
    known = [d for d in days if d is not None]
    assert share(sum(d <= 7 for d in known), len(known)) >= 75
    assert any(d > 14 for d in known)
    assert min(known) == 0


def test_case_files_hold_one_report_sometimes_two_and_mass_reports_many(
    office: DemoOffice,
) -> None:
    groups = by_group(office)
    sizes = collections.Counter(
        len(members) for members in groups.values()
        if not office.workflow[members[0]]["mass_report"]
    )  # fmt: skip
    assert set(sizes) == {1, 2}
    assert sizes[1] > 5 * sizes[2] > 0
    mass = {g: m for g, m in groups.items() if office.workflow[m[0]]["mass_report"]}
    assert len(mass) >= 5
    for members in groups.values():
        entries = [office.workflow[i] for i in members]
        reports = [office.reports[i] for i in members]
        assert len({e["mass_report"] for e in entries}) == 1
        assert len({(e["status"], e["assessment"], e["result"]) for e in entries}) == 1
        for key in ("domain", "criteria", "incident", "counterparty", "forms"):
            assert len({json.dumps(r[key], sort_keys=True) for r in reports}) == 1, key
        if entries[0]["mass_report"]:
            assert len(members) >= 3
        if entries[0]["result"] == "referred":  # the file's first report consented
            assert reports[0]["wishes"]["may_refer"]
    assert not any(w["mass_report"] for w in office.workflow if w["case_file_group"] is None)


def test_twelve_people_report_the_same_facebook_rental_post(office: DemoOffice) -> None:
    groups = by_group(office)
    posts = [
        office.reports[members[0]]
        for members in groups.values()
        if len(members) == 12
        and office.workflow[members[0]]["mass_report"]
        and office.reports[members[0]]["domain"] == "housing.ad"
    ]
    assert posts
    assert "Facebook" in posts[0]["incident"]["place"]
    assert "online" in posts[0]["modifiers"]


def test_the_realistic_situations_of_domain_md_are_included(office: DemoOffice) -> None:
    pairs = list(zip(office.reports, office.workflow, strict=True))

    def find(**wanted: Any) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        return [
            (r, w)
            for r, w in pairs
            if r["domain"] == wanted["domain"]
            and r["incident"]["area"] == wanted["area"]
            and r["criteria"] == wanted["criteria"]
            and wanted["text"] in r["narrative"]
        ]

    assert find(domain="housing.student", area="heverlee", criteria=["sexual_orientation"],
                text="twee mannen")  # fmt: skip
    assert find(domain="housing.ad", area="kessel_lo", criteria=["wealth"],
                text="Geen leefloon of OCMW")  # fmt: skip
    trans = find(domain="housing.during_lease", area="wilsele", criteria=["gender_identity"],
                 text="nieuwe voornaam op het huurcontract")  # fmt: skip
    assert any("chosen_name" in r["reporter"] and "harassment" in r["forms"] for r, _ in trans)
    assert any(
        "hellend vlak" in r["narrative"] and "reasonable_accommodation_denied" in r["forms"]
        for r, _ in pairs
    )
    insults = find(domain="housing.neighbours", area="wijgmaal",
                   criteria=["sexual_orientation"], text="homofobe scheldwoorden")  # fmt: skip
    assert any(
        "harassment" in r["forms"]
        and r["wishes"]["may_refer"]
        and (
            w["status"] not in ENDED or (w["status"], w["referral_body"]) == ("referred", "police")
        )
        for r, w in insults
    )
