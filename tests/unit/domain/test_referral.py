"""The referral rule table: the defaults of domain.md, editing mistakes, and pure evaluation."""

from __future__ import annotations

import json
from typing import Any

import pytest

from meldpunt.domain.referral import (
    ReferralFacts,
    RuleTableError,
    default_rules_text,
    parse_rules,
    suggest,
)
from meldpunt.domain.taxonomy import Taxonomy


def advise(taxonomy: Taxonomy, **facts: Any) -> tuple[list[str], list[str], list[str]]:
    table = parse_rules(default_rules_text(), taxonomy)
    advice = suggest(table, ReferralFacts(**facts), taxonomy)
    return (
        advice.bodies("competent"),
        advice.bodies("crime") + advice.bodies("support"),
        [n.body for n in advice.not_suggested],
    )


def test_the_kot_goes_to_vmri_with_support_suggestions(taxonomy: Taxonomy) -> None:
    competent, others, excluded = advise(
        taxonomy,
        domain="housing.student",
        criteria=("sexual_orientation",),
        forms=("unequal_treatment",),
        counterparty_type="student_housing_landlord",
        reporter_role="victim",
    )
    assert competent == ["vmri"]
    assert others == ["lgbtq_support", "tenants_union"]
    assert excluded == []


def test_vmri_takes_no_anonymous_report_and_says_so(taxonomy: Taxonomy) -> None:
    table = parse_rules(default_rules_text(), taxonomy)
    advice = suggest(
        table,
        ReferralFacts(domain="housing.ad", criteria=("wealth",), reporter_role="anonymous"),
        taxonomy,
    )
    assert advice.bodies("competent") == []
    (excluded,) = advice.not_suggested
    assert excluded.body == "vmri"
    assert "anonieme" in excluded.reason("nl") and "anonymous" in excluded.reason("en")


@pytest.mark.parametrize(
    ("domain", "criteria", "expected"),
    [
        ("goods_services", ("skin_colour",), ["unia"]),
        ("employment", ("pregnancy",), ["igvm"]),  # assimilated to sex: the gender group
        ("employment", ("age", "sex"), ["unia", "igvm"]),
        ("goods_services", ("language",), []),  # no competent body for language (federal)
        ("education", ("language",), ["vmri"]),  # Flemish: VMRI handles every criterion
        ("housing.purchase_credit_insurance", ("wealth",), ["unia"]),
        ("police_justice", ("religion_belief",), ["unia"]),
        ("leisure", ("age",), []),
    ],
)
def test_federal_and_flemish_competences(
    taxonomy: Taxonomy, domain: str, criteria: tuple[str, ...], expected: list[str]
) -> None:
    competent, _, _ = advise(taxonomy, domain=domain, criteria=criteria, reporter_role="victim")
    assert competent == expected


def test_crimes_go_to_the_police_as_well(taxonomy: Taxonomy) -> None:
    competent, others, _ = advise(
        taxonomy,
        domain="housing.neighbours",
        criteria=("sexual_orientation",),
        forms=("harassment", "hate_speech"),
        reporter_role="victim",
    )
    assert competent == ["unia"]
    assert others[0] == "police"
    assert "lgbtq_support" in others


def test_suggestions_carry_reasons_in_three_languages(taxonomy: Taxonomy) -> None:
    table = parse_rules(default_rules_text(), taxonomy)
    advice = suggest(table, ReferralFacts(domain="housing.social", criteria=("descent",)), taxonomy)
    vmri = advice.suggestions[0]
    assert vmri.body == "vmri" and vmri.rule_ids == ("vmri_flemish_housing_education",)
    for lang in ("nl", "fr", "en"):
        assert vmri.reasons(lang) and vmri.reasons(lang)[0]


def _table(**rule: object) -> str:
    base = {
        "id": "r1",
        "body": "unia",
        "kind": "competent",
        "when": {"domains": ["housing"]},
        "note": {"nl": "n", "fr": "f", "en": "e"},
    }
    base.update(rule)
    return json.dumps({"format": "meldpunt-referral-rules/1", "rules": [base]})


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("{", ""),
        (json.dumps({"format": "x", "rules": []}), "format"),
        (_table(body="ombudsman"), "rules[0].body"),
        (_table(kind="maybe"), "rules[0].kind"),
        (_table(when={}), "rules[0].when"),
        (_table(when={"domains": ["kot"]}), "rules[0].when.domains"),
        (_table(when={"criteria": ["group:colour"]}), "rules[0].when.criteria"),
        (_table(when={"places": ["leuven"]}), "rules[0].when"),
        (_table(note={"nl": "n"}), "rules[0].note.fr"),
        (_table(extra=1), "rules[0]"),
    ],
)
def test_editing_mistakes_point_at_the_place_to_fix(
    taxonomy: Taxonomy, text: str, where: str
) -> None:
    with pytest.raises(RuleTableError) as caught:
        parse_rules(text, taxonomy)
    assert caught.value.where == where


def test_a_top_level_domain_covers_its_sub_domains_and_groups_expand(taxonomy: Taxonomy) -> None:
    table = parse_rules(_table(when={"domains": ["housing"], "criteria": ["group:gender"]}))
    hit = ReferralFacts(domain="housing.agent", criteria=("gender_identity",))
    assert suggest(table, hit, taxonomy).bodies() == ["unia"]
    miss = ReferralFacts(domain="employment", criteria=("gender_identity",))
    assert suggest(table, miss, taxonomy).bodies() == []
    assert suggest(table, ReferralFacts(domain="housing.agent"), taxonomy).bodies() == []


def test_one_entry_per_body_with_the_strongest_kind(taxonomy: Taxonomy) -> None:
    rules = [
        {
            "id": "support",
            "body": "tenants_union",
            "kind": "support",
            "when": {"domains": ["housing"]},
            "note": {"nl": "a", "fr": "a", "en": "a"},
        },
        {
            "id": "competent",
            "body": "tenants_union",
            "kind": "competent",
            "when": {"forms": ["harassment"]},
            "note": {"nl": "b", "fr": "b", "en": "b"},
        },
    ]
    table = parse_rules(json.dumps({"format": "meldpunt-referral-rules/1", "rules": rules}))
    advice = suggest(table, ReferralFacts(domain="housing", forms=("harassment",)), taxonomy)
    (only,) = advice.suggestions
    assert only.kind == "competent" and only.rule_ids == ("support", "competent")
    assert only.reasons("nl") == ["a", "b"]
