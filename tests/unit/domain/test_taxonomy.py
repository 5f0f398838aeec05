"""The shipped taxonomy holds exactly domain.md's codes, labelled in three languages."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest
from meldpunt.resources import read_text

from meldpunt.domain.taxonomy import (
    FIELDS,
    LANGUAGES,
    Taxonomy,
    TaxonomyError,
    load_taxonomy,
    normalise_language,
)

# Copied by hand from shared/domain.md: the file must match the document, not itself.
DOMAIN_MD_CODES: dict[str, list[str]] = {
    "criteria": [
        "nationality",
        "alleged_race",
        "skin_colour",
        "descent",
        "national_ethnic_origin",
        "age",
        "sexual_orientation",
        "civil_status",
        "birth",
        "wealth",
        "religion_belief",
        "political_conviction",
        "trade_union_conviction",
        "language",
        "health_status",
        "disability",
        "physical_genetic_trait",
        "social_origin_condition",
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
        "none",
    ],
    "modifiers": [
        "multiple_cumulative",
        "multiple_intersectional",
        "by_association",
        "perceived_trait",
        "online",
    ],
    "domain": [
        "housing",
        "housing.ad",
        "housing.viewing",
        "housing.selection",
        "housing.agent",
        "housing.during_lease",
        "housing.social",
        "housing.student",
        "housing.purchase_credit_insurance",
        "housing.neighbours",
        "employment",
        "goods_services",
        "education",
        "media_internet",
        "society_public_space",
        "police_justice",
        "social_protection_public_services",
        "leisure",
        "private_other",
    ],
    "forms": [
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
    ],
    "channel": ["desk", "phone", "email", "online_form", "letter", "outreach", "referral_in"],
    "reporter_role": ["victim", "witness", "representative", "organisation", "anonymous"],
    "counterparty_type": [
        "private_landlord",
        "real_estate_agency",
        "social_housing_company",
        "social_rental_agency",
        "student_housing_landlord",
        "rental_platform",
        "neighbour",
        "employer",
        "business",
        "school",
        "public_service",
        "police",
        "private_person",
        "unknown",
    ],
    "area": [
        "leuven_centre",
        "heverlee",
        "kessel_lo",
        "wilsele",
        "wijgmaal",
        "elsewhere",
        "online",
        "unknown",
    ],
    "wishes": [
        "register_only",
        "wants_reply",
        "may_contact_counterparty",
        "may_refer",
        "may_use_anonymised",
    ],
    "status": [
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
    ],
    "assessment": [
        "established_or_strong_suspicion",
        "insufficient_evidence",
        "no_discrimination",
        "not_assessed",
    ],
    "result": [
        "resolved_settlement",
        "apology",
        "ad_or_policy_changed",
        "referred",
        "police_report",
        "court_procedure",
        "no_result",
    ],
    "referral_body": [
        "unia",
        "vmri",
        "igvm",
        "police",
        "vlaamse_ombudsdienst",
        "legal_aid",
        "social_services",
        "tenants_union",
        "lgbtq_support",
        "other",
    ],
    # domain.md lists the timeline actions in words; these seven are the contract's codes.
    "action_type": [
        "contact_reporter",
        "contact_counterparty",
        "information_letter",
        "mediation_meeting",
        "referral",
        "evidence_added",
        "note",
    ],
    "language": ["nl", "fr", "en", "de", "other"],
}

GROUPS = {
    "racial": ["nationality", "alleged_race", "skin_colour", "descent", "national_ethnic_origin"],
    "gender": [
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
    ],
    "none": ["none"],
}

# Dutch labels exactly as domain.md gives them.
DUTCH = {
    ("criteria", "alleged_race"): "zogenaamd ras",
    ("criteria", "sexual_orientation"): "seksuele oriëntatie",
    ("criteria", "wealth"): "vermogen (incl. bron van inkomen)",
    ("criteria", "trade_union_conviction"): "syndicale overtuiging",
    ("criteria", "health_status"): "huidige of toekomstige gezondheidstoestand",
    ("criteria", "social_origin_condition"): "sociale afkomst of toestand",
    ("criteria", "medical_social_transition"): "medische of sociale transitie",
    ("criteria", "sex_characteristics"): "seksekenmerken",
    ("criteria", "none"): "geen beschermd criterium",
    ("domain", "housing.ad"): "verhuuradvertentie / aanbod",
    ("domain", "housing.student"): "studentenhuisvesting (kot)",
    ("domain", "housing.neighbours"): "buren / woonomgeving",
}

FRENCH_LEGAL = {
    "alleged_race": "prétendue race",
    "sexual_orientation": "orientation sexuelle",
    "wealth": "fortune",
    "trade_union_conviction": "conviction syndicale",
    "religion_belief": "conviction religieuse ou philosophique",
    "civil_status": "état civil",
}


def test_the_file_is_a_packaged_resource() -> None:
    data = json.loads(read_text("taxonomy", "taxonomy.json"))
    assert data["format"] == "meldpunt-taxonomy/1"
    assert data["version"]


def test_load_taxonomy_is_loaded_once() -> None:
    assert load_taxonomy() is load_taxonomy()


@pytest.mark.parametrize("field", list(DOMAIN_MD_CODES))
def test_every_code_of_domain_md_is_present_in_order(taxonomy: Taxonomy, field: str) -> None:
    codes = [c.code for c in taxonomy.codes(field)]
    expected = DOMAIN_MD_CODES[field]
    assert codes[: len(expected)] == expected
    # only the workflow's bookkeeping actions may be added to domain.md's lists
    assert set(codes) - set(expected) <= {"status_change", "reopened"}


def test_the_taxonomy_defines_every_field(taxonomy: Taxonomy) -> None:
    assert set(FIELDS) <= set(taxonomy.fields())
    assert set(DOMAIN_MD_CODES) == set(FIELDS)


def test_every_code_has_labels_in_every_language(taxonomy: Taxonomy) -> None:
    for field in taxonomy.fields():
        for code in taxonomy.codes(field):
            for lang in LANGUAGES:
                assert code.labels[lang].strip(), (field, code.code, lang)
                assert taxonomy.label(field, code.code, lang) == code.labels[lang]
            assert taxonomy.field_label(field, "fr") != field


def test_codes_are_ascii_words(taxonomy: Taxonomy) -> None:
    pattern = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?\Z")
    for field in taxonomy.fields():
        for code in taxonomy.codes(field):
            assert pattern.match(code.code)


@pytest.mark.parametrize(("key", "label"), list(DUTCH.items()))
def test_dutch_labels_are_those_of_domain_md(
    taxonomy: Taxonomy, key: tuple[str, str], label: str
) -> None:
    assert taxonomy.label(*key) == label


@pytest.mark.parametrize(("code", "words"), list(FRENCH_LEGAL.items()))
def test_french_labels_use_the_legal_terms(taxonomy: Taxonomy, code: str, words: str) -> None:
    assert words in taxonomy.label("criteria", code, "fr")


def test_criteria_groups(taxonomy: Taxonomy) -> None:
    assert taxonomy.groups("criteria") == ["racial", "general", "gender", "none"]
    by_group: dict[str, list[str]] = {}
    for code in taxonomy.codes("criteria"):
        assert code.group is not None
        by_group.setdefault(code.group, []).append(code.code)
    for group, codes in GROUPS.items():
        assert by_group[group] == codes
    assert len(by_group["general"]) == 13
    for group in taxonomy.groups("criteria"):
        for lang in LANGUAGES:
            assert taxonomy.group_label("criteria", group, lang)
    assert "Antiracismewet" in taxonomy.group_label("criteria", "racial")
    with pytest.raises(KeyError):
        taxonomy.group_label("criteria", "nope", "nl")


def test_assimilated_to_sex(taxonomy: Taxonomy) -> None:
    assimilated = [c.code for c in taxonomy.codes("criteria") if c.assimilated_to == "sex"]
    assert assimilated == [
        "pregnancy",
        "childbirth",
        "breastfeeding",
        "maternity",
        "medically_assisted_reproduction",
        "family_responsibilities",
    ]


@pytest.mark.parametrize(
    ("code", "before", "after"),
    [
        ("sexual_orientation", "seksuele geaardheid", "seksuele oriëntatie"),
        ("social_origin_condition", "sociale afkomst", "sociale afkomst of toestand"),
        ("medical_social_transition", "geslachtsverandering", "medische of sociale transitie"),
    ],
)
def test_renamed_criteria_keep_their_code_and_old_label(
    taxonomy: Taxonomy, code: str, before: str, after: str
) -> None:
    entry = taxonomy.get("criteria", code)
    assert entry.renamed_on == dt.date(2023, 7, 30)
    assert entry.successor is None
    assert taxonomy.label("criteria", code, on=dt.date(2023, 7, 29)) == before
    assert taxonomy.label("criteria", code, on=dt.date(2023, 7, 30)) == after
    assert taxonomy.label("criteria", code) == after
    assert taxonomy.statistical_code("criteria", code) == code
    assert taxonomy.is_valid("criteria", code, on=dt.date(2020, 1, 1))
    assert entry.labels_before is not None
    assert set(entry.labels_before) == set(LANGUAGES)


def test_only_three_criteria_were_renamed(taxonomy: Taxonomy) -> None:
    renamed = {c.code for c in taxonomy.codes("criteria") if c.renamed_on is not None}
    assert renamed == {"sexual_orientation", "social_origin_condition", "medical_social_transition"}


def test_housing_subdomains(taxonomy: Taxonomy) -> None:
    subs = taxonomy.housing_subdomains()
    assert [c.code for c in subs] == DOMAIN_MD_CODES["domain"][1:10]
    assert all(c.parent == "housing" for c in subs)
    assert taxonomy.top_domain("housing.student") == "housing"
    assert taxonomy.top_domain("housing") == "housing"
    assert taxonomy.top_domain("employment") == "employment"
    with pytest.raises(KeyError):
        taxonomy.top_domain("housing.castle")


def test_get_is_valid_and_unknown(taxonomy: Taxonomy) -> None:
    assert taxonomy.get("channel", "desk").code == "desk"
    with pytest.raises(KeyError):
        taxonomy.get("channel", "pigeon")
    with pytest.raises(KeyError):
        taxonomy.get("no_such_field", "desk")
    with pytest.raises(KeyError):
        taxonomy.label("channel", "pigeon")
    assert taxonomy.is_valid("channel", "desk")
    assert not taxonomy.is_valid("channel", "pigeon")
    assert not taxonomy.is_valid("channel", 3)
    assert not taxonomy.is_valid("no_such_field", "desk")


def test_key_errors_do_not_repeat_values_that_are_not_codes(taxonomy: Taxonomy) -> None:
    with pytest.raises(KeyError) as raised:
        taxonomy.get("criteria", "Jan Peeters <jan@example.be>")
    assert "Jan" not in str(raised.value)


def test_lengths_for_fixed_width_encryption(taxonomy: Taxonomy) -> None:
    criteria = [c.code for c in taxonomy.codes("criteria")]
    assert taxonomy.max_code_length("criteria") == max(map(len, criteria))
    assert taxonomy.max_codes_length("criteria") == len(";".join(criteria))
    assert taxonomy.max_code_length("domain") == len("housing.purchase_credit_insurance")
    assert taxonomy.max_codes_length("modifiers") == len(
        "multiple_cumulative;multiple_intersectional;by_association;perceived_trait;online"
    )


def test_language_fallback(taxonomy: Taxonomy) -> None:
    assert normalise_language("fr_BE") == "fr"
    assert normalise_language("EN-gb") == "en"
    assert normalise_language("de") == "nl"
    assert normalise_language(None) == "nl"
    assert taxonomy.label("channel", "letter", "fr-BE") == "courrier"


# -- the rename mechanism, on a synthetic future taxonomy -------------------------------------


def _entry(code: str, **extra: Any) -> dict[str, Any]:
    return {"code": code, "labels": {"nl": code, "fr": code, "en": code}, **extra}


def _taxonomy_with(criteria: list[dict[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_text("taxonomy", "taxonomy.json"))
    data["criteria"] = [
        *[c for c in data["criteria"] if c["code"] in ("none",)],
        *criteria,
    ]
    return data


def test_a_future_rename_with_a_new_code_maps_statistics_to_the_successor() -> None:
    data = _taxonomy_with(
        [
            _entry("old_trait", group="general", valid_to="2027-12-31", successor="mid_trait"),
            _entry(
                "mid_trait",
                group="general",
                valid_from="2028-01-01",
                valid_to="2030-06-30",
                successor="new_trait",
            ),
            _entry("new_trait", group="general", valid_from="2030-07-01"),
        ]
    )
    taxonomy = Taxonomy.from_dict(data)
    assert taxonomy.successor_chain("criteria", "old_trait") == [
        "old_trait",
        "mid_trait",
        "new_trait",
    ]
    assert taxonomy.statistical_code("criteria", "old_trait") == "new_trait"
    assert taxonomy.statistical_code("criteria", "new_trait") == "new_trait"
    assert taxonomy.predecessors("criteria", "new_trait") == ["old_trait", "mid_trait"]
    day = dt.date(2029, 1, 1)
    valid = [c.code for c in taxonomy.codes("criteria", on=day)]
    assert "mid_trait" in valid
    assert "old_trait" not in valid
    assert "new_trait" not in valid
    assert taxonomy.is_valid("criteria", "old_trait", on=dt.date(2027, 12, 31))
    assert not taxonomy.is_valid("criteria", "old_trait", on=dt.date(2028, 1, 1))
    # without a date every code that ever existed is listed (old reports stay readable)
    assert {"old_trait", "mid_trait", "new_trait"} <= {c.code for c in taxonomy.codes("criteria")}


@pytest.mark.parametrize(
    ("entries", "complaint"),
    [
        ([_entry("a", group="general", successor="b", valid_to="2027-01-01"),
          _entry("b", group="general", successor="a", valid_to="2027-01-01")], "cycle"),
        ([_entry("a", group="general", successor="zzz", valid_to="2027-01-01")], "successor"),
        ([_entry("a", group="general", successor="none")], "valid_to"),
        ([_entry("a", group="nonsense")], "group"),
        ([_entry("a", group="general"), _entry("a", group="general")], "twice"),
        ([_entry("A b", group="general")], "lower-case"),
        ([{"code": "a", "group": "general", "labels": {"nl": "a", "en": "a"}}], "fr"),
        ([_entry("a", group="general", renamed_on="2027-01-01")], "labels_before"),
        ([_entry("a", group="general", valid_from="2027-01-02", valid_to="2027-01-01")], "after"),
        ([_entry("a", group="general", colour="red")], "unknown keys"),
    ],
)  # fmt: skip
def test_inconsistent_data_is_refused_at_load(
    entries: list[dict[str, Any]], complaint: str
) -> None:
    with pytest.raises(TaxonomyError, match=complaint):
        Taxonomy.from_dict(_taxonomy_with(entries))


def test_a_missing_field_or_wrong_format_is_refused() -> None:
    data: dict[str, Any] = json.loads(read_text("taxonomy", "taxonomy.json"))
    del data["forms"]
    with pytest.raises(TaxonomyError, match="forms"):
        Taxonomy.from_dict(data)
    with pytest.raises(TaxonomyError, match="format"):
        Taxonomy.from_dict({"format": "other"})
    with pytest.raises(TaxonomyError):
        Taxonomy.from_json("[1, 2")


def test_codes_are_read_only(taxonomy: Taxonomy) -> None:
    code = taxonomy.get("criteria", "age")
    with pytest.raises(TypeError):
        code.labels["nl"] = "oud"  # type: ignore[index]
    assert hash(code) == hash(taxonomy.get("criteria", "age"))
