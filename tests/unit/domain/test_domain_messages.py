"""The domain's message catalogue is complete in nl, fr and en, and every used key exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from meldpunt.domain import i18n
from meldpunt.domain.i18n import CATALOGUE, FIELD_LABELS, field_label, message
from meldpunt.domain.model import IMPORT_FIELDS
from meldpunt.domain.taxonomy import LANGUAGES

DOMAIN_SOURCE = Path(i18n.__file__).parent


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_message_exists_in_every_language_with_the_same_placeholders(key: str) -> None:
    texts = CATALOGUE[key]
    assert set(texts) == set(LANGUAGES)
    assert all(text.strip() for text in texts.values())
    assert len({frozenset(_placeholders(text)) for text in texts.values()}) == 1, key


def test_every_key_used_in_the_domain_code_is_in_the_catalogue() -> None:
    used: set[str] = set()
    for path in DOMAIN_SOURCE.glob("*.py"):
        used |= set(
            re.findall(r'"((?:validation|import|workflow|advice)\.[a-z_]+)"', path.read_text())
        )
    assert used, "the scan found no keys"
    assert used <= set(CATALOGUE), used - set(CATALOGUE)


def test_every_contract_field_has_a_label_in_every_language() -> None:
    for spec in IMPORT_FIELDS:
        assert set(FIELD_LABELS[spec.path]) == set(LANGUAGES), spec.path
        assert field_label(spec.path, "fr") != spec.path


def test_the_criteria_message_a_desk_worker_reads() -> None:
    assert (
        message("validation.criteria_required")
        == "Kies minstens één criterium, of 'geen beschermd criterium'."
    )
    assert message("validation.criteria_required", "fr") == (
        "Choisissez au moins un critère, ou « aucun critère protégé »."
    )
    assert message("validation.criteria_required", "en") == (
        "Choose at least one criterion, or 'no protected criterion'."
    )


def test_parameters_are_translated_and_joined() -> None:
    text = message(
        "workflow.not_allowed",
        "fr",
        current="new",
        target="closed",
        allowed_statuses=("competence_check", "withdrawn"),
    )
    assert text == (
        "Un signalement ne peut pas passer de « nouveau » à « clôturé ». "
        "Possible : examen de la compétence, retiré."
    )
    assert message("validation.too_long", "nl", field="reporter.email", length=300, max=254) == (
        "E-mailadres: de tekst is te lang (300 tekens, maximaal 254). Kort hem in."
    )
    assert "desk, phone" in message("validation.unknown_code", "en", allowed=("desk", "phone"))


def test_unknown_language_falls_back_to_dutch_and_missing_params_stay_visible() -> None:
    assert message("import.empty_file", "de") == message("import.empty_file", "nl")
    assert (
        message("import.not_json", "en")
        == "The file is not valid JSON (line {line}, column {column})."
    )


def test_an_unknown_key_is_a_bug() -> None:
    with pytest.raises(KeyError):
        message("validation.no_such_message")
