"""The generator's text tables: every template fills, every code and phrase it needs exists."""

from __future__ import annotations

import random
import string
from collections.abc import Iterator

import pytest

from meldpunt.demo import counterparties, narrative, people, places, sentences
from meldpunt.demo.generator import FORMS, SCENARIOS
from meldpunt.demo.phrases import CRITERIA
from meldpunt.demo.scenario import ACTORS, GENERIC_PARTY, Scenario, Template, tpl
from meldpunt.demo.texts import LANGUAGES, Texts

# Placeholders that phrases (not templates) may use: word forms of the person concerned.
PERSON_PLACEHOLDERS = {"partner", "couple", "trans_self", "friend", "e", "subject"}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def template_texts(scenario: Scenario) -> Iterator[tuple[str, str, Template]]:
    for kind, by_language in (("victim", scenario.victim), ("witness", scenario.witness)):
        for lang, templates in by_language.items():
            for template in templates:
                yield kind, lang, template
    for criterion, by_language in scenario.special.items():
        for lang, templates in by_language.items():
            for template in templates:
                yield f"special:{criterion}", lang, template


def all_phrases(texts: Texts) -> Iterator[str]:
    for alternatives in texts.values():
        for alternative in alternatives:
            yield alternative[2:] if alternative[1:2] == ":" else alternative


def sample_values(scenario: Scenario) -> dict[str, str]:
    """The placeholders ``narrative.context_values`` offers, for a real event."""
    rng = random.Random(0)
    locality = places.locality("heverlee", rng)
    party_type = next(iter(scenario.counterparties))
    facts = narrative.Facts(
        scenario=scenario,
        primary=next(iter(scenario.criteria)),
        second=None,
        intersectional=False,
        perceived=False,
        association=False,
        quote="Geen OCMW.",
        area="heverlee",
        locality=locality,
        street=locality.streets[0],
        address="Groeneweg 1, 3001 Heverlee",
        month=3,
        party_type=party_type,
        party_name=None,
        pool=scenario.pools.get(party_type) or counterparties.default_pool(party_type),
    )
    subject = people.Subject("f", False, "flemish", "nl", 1990)
    return narrative.context_values(rng, facts, "nl", subject)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.key)
def test_templates_use_known_placeholders_and_exist_in_each_language(scenario: Scenario) -> None:
    known = set(sample_values(scenario))
    assert set(scenario.victim) == set(LANGUAGES)
    if scenario.witness:
        assert set(scenario.witness) == set(LANGUAGES)
    for criterion, by_language in scenario.special.items():
        assert criterion in scenario.criteria
        assert set(by_language) == set(LANGUAGES)
    for kind, lang, template in template_texts(scenario):
        assert 2 <= len(template) <= 4, (kind, lang, template)
        assert all(template[0]), "the first sentence is never optional"
        for slot in template:
            for text in slot:
                unknown = placeholders(text) - known
                assert not unknown, (scenario.key, kind, lang, text)
                if text:
                    assert text[0].isupper() or text.startswith("{"), text
                    assert text[-1] in ".!?”»:" or text.endswith("}"), text


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.key)
def test_scenario_codes_and_tables_fit_together(scenario: Scenario) -> None:
    assert set(scenario.criteria) <= set(CRITERIA)
    assert all(weight > 0 for weight in scenario.criteria.values())
    assert {form for form, _ in scenario.forms} <= set(FORMS)
    for extra in scenario.criterion_forms.values():
        assert {form for form, _ in extra} <= set(FORMS)
    assert set(scenario.counterparties) <= set(ACTORS)
    for party_type in scenario.counterparties:
        pool = scenario.pools.get(party_type) or counterparties.default_pool(party_type)
        assert (pool or party_type) in GENERIC_PARTY
        if pool is not None:
            assert pool in counterparties.NAMES
    if scenario.areas is not None:
        assert set(scenario.areas) <= set(places.AREA_CODES)
    if scenario.quotes:
        assert set(scenario.criteria) <= set(scenario.quotes)
    for lang in LANGUAGES:
        assert scenario.actors.get(lang, ("x",))


@pytest.mark.parametrize("criterion", sorted(CRITERIA))
def test_every_criterion_has_phrases_in_every_language(criterion: str) -> None:
    text = CRITERIA[criterion]
    assert set(text.noun) == set(LANGUAGES)
    assert set(text.disclose["any"]) == set(LANGUAGES)
    for texts in (*text.disclose.values(), *text.remarks.values()):
        assert set(texts) == set(LANGUAGES)
        for phrase in all_phrases(texts):
            assert placeholders(phrase) <= PERSON_PLACEHOLDERS, phrase
    for disclosure in all_phrases(text.disclose["any"]):
        assert disclosure[0].islower(), "a disclosure opens a sentence after capitalising"
    # French nouns follow "de" and "à"; "de le"/"à les" would be wrong.
    assert not text.noun["fr"].startswith(("le ", "les ")), text.noun["fr"]
    if text.association is not None:
        assert not text.association[1]["fr"].startswith(("le ", "les "))


def test_french_templates_never_put_a_party_after_de_or_a() -> None:
    # Party names and roles can start with "le"/"les", which would need "du"/"au".
    for scenario in SCENARIOS:
        for _, lang, template in template_texts(scenario):
            if lang != "fr":
                continue
            for slot in template:
                for text in slot:
                    for word in ("de {actor}", "à {actor}", "de {cp}", "du {cp}"):
                        assert word not in text, (scenario.key, text)


def test_every_counterparty_type_has_actor_words_and_a_generic_name() -> None:
    for party_type, by_language in ACTORS.items():
        assert set(by_language) == set(LANGUAGES), party_type
        assert party_type in GENERIC_PARTY or counterparties.default_pool(party_type)
    for names in counterparties.NAMES.values():
        assert names and all(name.strip() == name and name for name in names)


def test_shared_sentences_exist_in_every_language() -> None:
    for name in dir(sentences):
        value = getattr(sentences, name)
        if isinstance(value, dict) and set(value) == set(LANGUAGES):
            for lang in LANGUAGES:
                assert value[lang], (name, lang)
    for lang in LANGUAGES:
        for gender in ("m", "f", "x"):
            assert set(sentences.PERSON_WORDS[lang][gender]) == PERSON_PLACEHOLDERS
            assert sentences.CLIENTS[lang][gender]


def test_template_paragraphs_become_slots() -> None:
    template = tpl(
        """
        Eerste zin,
          over twee regels.
        | Andere eerste zin.

        Tweede zin. |
        """
    )
    assert template == (
        ("Eerste zin, over twee regels.", "Andere eerste zin."),
        ("Tweede zin.", ""),
    )


def test_gender_prefixes_choose_fitting_phrases() -> None:
    rng = random.Random(1)
    alternatives = ("f:voor haar", "m:voor hem", "voor iedereen")
    picks = {narrative.pick(rng, alternatives, "f") for _ in range(50)}
    assert picks == {"voor haar", "voor iedereen"}
    assert {narrative.pick(rng, ("f:alleen zij",), "x") for _ in range(5)} == {"alleen zij"}
