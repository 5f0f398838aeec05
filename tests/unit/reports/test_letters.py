"""Letters: templates with placeholders and conditions, the PDF in three languages, marking."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from meldpunt.reports.letters import (
    FACTS_PLACEHOLDER,
    LETTER_KINDS,
    LETTER_LANGS,
    LetterContent,
    build_letter_pdf,
    default_template,
    fixed_text,
    long_date,
    render_template,
    template_problems,
)

CONFIDENTIAL = {"nl": "VERTROUWELIJK", "fr": "CONFIDENTIEL", "en": "CONFIDENTIAL"}


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("kind", LETTER_KINDS)
@pytest.mark.parametrize("lang", LETTER_LANGS)
def test_the_bundled_templates_are_valid(kind: str, lang: str) -> None:
    assert template_problems(kind, default_template(kind, lang)) == []


def test_conditional_paragraphs_and_withheld_values() -> None:
    text = (
        "# Subject\n\nHello {recipient_name},\n\n[if reporter_allowed] {reporter_name} "
        "called.\n\n[if not reporter_allowed] Someone called.\n\nAlso {reporter_name}."
    )
    allowed = render_template(
        text, {"recipient_name": "Immo X", "reporter_name": "Ruben"}, {"reporter_allowed": True}
    )
    assert allowed == ["# Subject", "Hello Immo X,", "Ruben called.", "Also Ruben."]
    # The caller withholds the name: whatever the template says, it cannot appear.
    withheld = render_template(text, {"recipient_name": "Immo X"}, {"reporter_allowed": False})
    assert withheld == ["# Subject", "Hello Immo X,", "Someone called.", "Also ."]


def test_template_problems_name_what_to_fix() -> None:
    assert template_problems("information", "Dear {reporter_phone}\n\n[if sunny] hi") == [
        "[if sunny]",
        "{reporter_phone}",
    ]
    assert template_problems("referral", "No table here") == [FACTS_PLACEHOLDER]
    assert template_problems("information", "  ") == ["empty"]


def test_long_dates_in_three_languages() -> None:
    assert long_date(dt.date(2025, 9, 2), "nl") == "2 september 2025"
    assert long_date(dt.date(2025, 9, 1), "fr") == "1er septembre 2025"
    assert long_date(dt.date(2025, 8, 28), "en") == "28 August 2025"


def _letter(kind: str, lang: str, **changes: object) -> LetterContent:
    template = default_template(kind, lang)
    values = {
        "office_name": "Meldpunt Discriminatie Leuven",
        "date": long_date(dt.date(2025, 9, 10), lang),
        "file_number": "D2025-0001",
        "recipient_name": "Vlaams Mensenrechteninstituut",
        "caseworker": "An Peeters",
        "consent_date": long_date(dt.date(2025, 9, 9), lang),
        "domain": "studentenhuisvesting (kot)",
    }
    facts = (
        (fixed_text("fact.reporter_name", lang), "Ruben Maes"),
        (fixed_text("fact.email", lang), "ruben.maes@voorbeeld.be"),
        (fixed_text("fact.narrative", lang), "Toen ik vertelde dat we twee mannen zijn <&>."),
    )
    content = LetterContent(
        kind=kind,
        lang=lang,
        office_name="Meldpunt Discriminatie Leuven",
        office_lines=("Stadskantoor, Professor Van Overstraetenplein 1, 3000 Leuven",),
        recipient_lines=("Vlaams Mensenrechteninstituut", "Leuvenseweg 86", "1000 Brussel"),
        place_date=f"Leuven, {long_date(dt.date(2025, 9, 10), lang)}",
        reference="D2025-0001",
        paragraphs=tuple(render_template(template, values)),
        facts_heading=fixed_text("facts_heading", lang) if kind == "referral" else "",
        facts=facts if kind == "referral" else (),
        confidential=kind == "referral",
        created="D:20250910000000+00'00'",
    )
    return dataclasses.replace(content, **changes)


@pytest.mark.parametrize("lang", LETTER_LANGS)
def test_the_referral_letter_is_marked_confidential_in_its_language(lang: str) -> None:
    data = build_letter_pdf(_letter("referral", lang))
    text = pdf_text(data)
    assert CONFIDENTIAL[lang] in text
    assert "Ruben Maes" in text and "<&>" in text
    assert fixed_text("facts_heading", lang) in text
    reader = PdfReader(io.BytesIO(data))
    metadata = reader.metadata or {}
    # Metadata names the kind of letter only, never the person.
    assert not any("Ruben" in str(value) for value in metadata.values())


def test_the_information_letter_is_not_marked_and_has_no_facts_table() -> None:
    text = pdf_text(build_letter_pdf(_letter("information", "nl")))
    assert "VERTROUWELIJK" not in text
    assert "antidiscriminatiewet" in text and "D2025-0001" in text
    assert "pagina 1 van 1" in text


def test_the_same_letter_gives_the_same_bytes() -> None:
    assert build_letter_pdf(_letter("referral", "fr")) == build_letter_pdf(
        _letter("referral", "fr")
    )


def test_a_long_letter_runs_over_pages_with_numbers_and_marking() -> None:
    long = ("Een lange alinea over de feiten. " * 40,) * 6
    content = _letter("referral", "nl")
    data = build_letter_pdf(dataclasses.replace(content, paragraphs=content.paragraphs[:3] + long))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 2
    last = reader.pages[-1].extract_text()
    assert f"pagina {len(reader.pages)} van {len(reader.pages)}" in last
    assert "VERTROUWELIJK" in last
