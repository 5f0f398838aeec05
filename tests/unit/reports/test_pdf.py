"""The annual PDF: languages, headings, page numbers, reproducibility, metadata and leaks."""

from __future__ import annotations

import getpass
import io
import os
import re
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from meldpunt.resources import as_path
from pypdf import PdfReader

from meldpunt.domain.taxonomy import Taxonomy
from meldpunt.reports.disclosure import PublishedReport, PublishedTable, Suppressed, publish
from meldpunt.reports.labels import CATALOGUE, text
from meldpunt.reports.pdf import _wrap, build_annual_pdf, render_chart_svg
from meldpunt.reports.statistics import compute_annual

from .factories import FILE_PREFIX, KEY_PREFIX, fact

OFFICE = "Meldpunt Discriminatie Leuven"
LANGS = ("nl", "fr", "en")


def build(
    published: PublishedReport,
    taxonomy: Taxonomy,
    lang: str = "nl",
    *,
    office_name: str = OFFICE,
    compress: bool = True,
) -> bytes:
    return build_annual_pdf(
        published,
        year=published.year,
        lang=lang,
        office_name=office_name,
        taxonomy=taxonomy,
        compress=compress,
    )


@pytest.fixture(scope="module")
def pdfs(demo_published: PublishedReport, taxonomy: Taxonomy) -> dict[str, bytes]:
    return {lang: build(demo_published, taxonomy, lang) for lang in LANGS}


@pytest.fixture(scope="module")
def texts(pdfs: dict[str, bytes]) -> dict[str, str]:
    return {lang: flat_text(data) for lang, data in pdfs.items()}


def flat_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def flat(value: str) -> str:
    return " ".join(value.split())


@pytest.mark.parametrize("lang", LANGS)
def test_the_report_has_its_headings_rule_and_page_numbers(
    pdfs: dict[str, bytes], texts: dict[str, str], demo_published: PublishedReport, lang: str
) -> None:
    data = pdfs[lang]
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    pages = len(reader.pages)
    assert pages >= 8
    content = texts[lang]
    for key in (
        "section.key_figures",
        "section.criteria",
        "section.domains",
        "section.circumstances",
        "section.outcomes",
        "section.methodology",
        "section.confidentiality",
    ):
        assert flat(text(key, lang)) in content, key
    assert flat(text("section.comparison", lang, previous=2024)) in content
    for table in demo_published.tables:
        assert flat(text(table.title_key, lang)) in content, table.id
    assert flat(demo_published.rule_text[lang]) in content
    count = text("suppression.count", lang, count=demo_published.suppressed_count)
    assert flat(count) in flat(reader.pages[-1].extract_text())
    assert flat(text("page.of", lang, page=1, total=pages)) in content
    assert flat(text("page.of", lang, page=pages, total=pages)) in content
    assert reader.trailer["/Root"]["/Lang"] == {"nl": "nl-BE", "fr": "fr-BE", "en": "en"}[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_the_printed_tables_hold_the_published_values(
    texts: dict[str, str], demo_published: PublishedReport, lang: str
) -> None:
    content = texts[lang]
    for table in demo_published.tables:
        for i, label in enumerate(table.row_labels[lang]):
            values = " ".join(str(v) for v in table.cells[i])
            assert flat(f"{label} {values}") in content, (table.id, label)


def test_the_same_input_gives_the_same_bytes(
    pdfs: dict[str, bytes], demo_published: PublishedReport, taxonomy: Taxonomy
) -> None:
    assert build(demo_published, taxonomy, "nl") == pdfs["nl"]
    raw = build(demo_published, taxonomy, "fr", compress=False)
    assert build(demo_published, taxonomy, "fr", compress=False) == raw


def test_the_environment_does_not_change_the_bytes(
    pdfs: dict[str, bytes],
    demo_published: PublishedReport,
    taxonomy: Taxonomy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1234567890")
    monkeypatch.setenv("TZ", "America/New_York")
    assert build(demo_published, taxonomy, "nl") == pdfs["nl"]


def test_metadata_holds_the_title_and_language_only(pdfs: dict[str, bytes]) -> None:
    reader = PdfReader(io.BytesIO(pdfs["fr"]))
    meta = reader.metadata
    assert meta is not None
    assert meta["/Title"] == f"{text('report.title', 'fr', year=2025)} – {OFFICE}"
    assert meta["/Author"] == "" and meta["/Subject"] == "" and meta["/Keywords"] == ""
    assert meta["/Creator"] == "Meldpunt" and meta["/Producer"] == "Meldpunt"
    # No clock time: the only date is derived from the report year.
    assert meta["/CreationDate"] == meta["/ModDate"] == "D:20260101000000+00'00'"
    values = " ".join(str(v) for v in meta.values())
    for secret in (getpass.getuser(), str(Path.home()), os.getcwd(), "ReportLab"):
        assert secret not in values


def test_an_uncompressed_pdf_holds_no_keys_and_no_paths(
    demo_published: PublishedReport, taxonomy: Taxonomy
) -> None:
    raw = build(demo_published, taxonomy, "nl", compress=False)
    assert b"FlateDecode" not in raw  # really uncompressed, so the search below means something
    for secret in (KEY_PREFIX, FILE_PREFIX):
        for encoding in ("latin-1", "utf-16-be", "utf-16-le"):
            assert secret.encode(encoding) not in raw
    font_dir = str(as_path("fonts", "DejaVuSans.ttf").parent)
    for path in (font_dir, os.getcwd(), str(Path.home()), getpass.getuser()):
        assert path.encode() not in raw, path


def test_no_day_level_dates_are_printed(texts: dict[str, str]) -> None:
    for content in texts.values():
        assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", content)
        assert not re.search(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b", content)


def test_a_report_without_a_previous_year_has_no_comparison(
    demo_stats: object, taxonomy: Taxonomy
) -> None:
    facts = [fact(i, channel="phone" if i % 3 else "email") for i in range(30)]
    published = publish(compute_annual(facts, 2025, taxonomy, previous_year_facts=None))
    content = flat_text(build(published, taxonomy, "en"))
    assert flat(text("section.comparison", "en", previous=2024)) not in content
    assert flat(text("section.key_figures", "en")) in content


def test_an_empty_year_still_builds(taxonomy: Taxonomy) -> None:
    published = publish(compute_annual([], 2025, taxonomy, previous_year_facts=None))
    data = build(published, taxonomy, "fr")
    assert flat(text("section.confidentiality", "fr")) in flat_text(data)


def test_markup_in_the_office_name_is_printed_as_text(
    demo_published: PublishedReport, taxonomy: Taxonomy
) -> None:
    name = "Meldpunt <b>Leuven</b> & Co"
    content = flat_text(build(demo_published, taxonomy, "nl", office_name=name))
    assert name in content


def test_wrong_year_or_language_is_refused(
    demo_published: PublishedReport, taxonomy: Taxonomy
) -> None:
    with pytest.raises(ValueError, match="year"):
        build_annual_pdf(
            demo_published, year=2024, lang="nl", office_name=OFFICE, taxonomy=taxonomy
        )
    with pytest.raises(ValueError, match="language"):
        build_annual_pdf(
            demo_published, year=2025, lang="de", office_name=OFFICE, taxonomy=taxonomy
        )


def test_every_catalogue_text_exists_in_three_languages() -> None:
    for key, texts in CATALOGUE.items():
        assert set(texts) == set(LANGS), key
        assert all(t.strip() for t in texts.values()), key


def test_chart_labels_are_wrapped_to_their_column() -> None:
    from reportlab.pdfbase import pdfmetrics

    label = "fortune (y compris la source de revenus) et caractéristique physique ou génétique"
    for line in _wrap(label, 120).split("\n"):
        assert pdfmetrics.stringWidth(line, "DejaVuSans", 7.5) <= 120


def chart_table(published: PublishedReport, table_id: str) -> PublishedTable:
    return published.table(table_id)


@pytest.mark.parametrize(
    "table_id",
    [
        "reports_by_criterion",
        "reports_by_channel",
        "reports_by_month",
        "comparison_by_domain",
        "reports_by_criterion_group",
    ],
)
def test_charts_render_as_svg(
    demo_published: PublishedReport, taxonomy: Taxonomy, table_id: str
) -> None:
    table = demo_published.table(table_id)
    svg = render_chart_svg(table, "fr", taxonomy)
    assert svg.startswith(b"<?xml") and b"<svg" in svg
    if table_id == "reports_by_month":
        assert "févr.".encode() in svg
    else:
        first_label = next(
            label
            for i, label in enumerate(table.row_labels["fr"])
            if isinstance(table.cells[i][-1], int) and table.cells[i][-1]
        )
        assert escape(first_label.split()[0]).encode() in svg
    assert render_chart_svg(table, "fr", taxonomy) == svg


def test_a_chart_with_nothing_published_says_so(taxonomy: Taxonomy) -> None:
    published = publish(compute_annual([fact(1)], 2025, taxonomy, previous_year_facts=None))
    table = published.table("reports_by_channel")
    assert all(isinstance(row[0], Suppressed) or row[0] == 0 for row in table.cells)
    svg = render_chart_svg(table, "en", taxonomy)
    assert text("chart.none", "en").split(":")[0].encode() in svg
