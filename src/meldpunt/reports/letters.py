"""Letters of a case file (information letter, referral letter): template text in, PDF bytes out."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from meldpunt.reports.labels import MONTHS
from meldpunt.reports.pdf import FONT, FONT_BOLD
from meldpunt.resources import as_path, read_text

__all__ = [
    "FACTS_PLACEHOLDER",
    "FLAGS",
    "LETTER_KINDS",
    "LETTER_LANGS",
    "PLACEHOLDERS",
    "LetterContent",
    "build_letter_pdf",
    "default_template",
    "fixed_text",
    "long_date",
    "render_template",
    "template_problems",
]

LETTER_KINDS: tuple[str, ...] = ("information", "referral")
LETTER_LANGS: tuple[str, ...] = ("nl", "fr", "en")
FACTS_PLACEHOLDER = "{facts}"

# What a template may use. Flags switch whole paragraphs on or off: "[if flag] …" keeps the
# paragraph only when the flag is set, "[if not flag] …" only when it is not.
PLACEHOLDERS: Mapping[str, frozenset[str]] = {
    "information": frozenset(
        {
            "office_name",
            "date",
            "file_number",
            "recipient_name",
            "counterparty_name",
            "domain",
            "caseworker",
            "reporter_name",
            "incident_date",
        }
    ),
    "referral": frozenset(
        {
            "office_name",
            "date",
            "file_number",
            "report_number",
            "recipient_name",
            "caseworker",
            "consent_date",
            "facts",
        }
    ),
}
FLAGS: Mapping[str, frozenset[str]] = {
    "information": frozenset({"reporter_allowed"}),
    "referral": frozenset(),
}

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_CONDITION = re.compile(r"\A\[if (not )?([a-z_]+)\]\s*")

# Fixed wording of the letter itself (not of the template), per language.
_FIXED: Mapping[str, Mapping[str, str]] = {
    "confidential": {"nl": "VERTROUWELIJK", "fr": "CONFIDENTIEL", "en": "CONFIDENTIAL"},
    "confidential_note": {
        "nl": "Vertrouwelijk — bevat persoonsgegevens; enkel voor de geadresseerde.",
        "fr": "Confidentiel — contient des données personnelles ; réservé au destinataire.",
        "en": "Confidential — contains personal data; for the addressee only.",
    },
    "reference": {"nl": "Ons kenmerk", "fr": "Notre référence", "en": "Our reference"},
    "page": {
        "nl": "pagina {page} van {total}",
        "fr": "page {page} sur {total}",
        "en": "page {page} of {total}",
    },
    "title.information": {
        "nl": "Informatiebrief",
        "fr": "Lettre d'information",
        "en": "Information letter",
    },
    "title.referral": {"nl": "Doorverwijzing", "fr": "Réorientation", "en": "Referral"},
    "facts_heading": {
        "nl": "Gegevens van de melding",
        "fr": "Données du signalement",
        "en": "Details of the report",
    },
    "fact.report_number": {
        "nl": "Meldingsnummer",
        "fr": "Numéro du signalement",
        "en": "Report number",
    },
    "fact.received_on": {"nl": "Ontvangen op", "fr": "Reçu le", "en": "Received on"},
    "fact.reporter_name": {
        "nl": "Naam van de melder",
        "fr": "Nom de la personne",
        "en": "Reporter's name",
    },
    "fact.role": {"nl": "Rol van de melder", "fr": "Rôle de la personne", "en": "Reporter's role"},
    "fact.email": {"nl": "E-mailadres", "fr": "Adresse e-mail", "en": "E-mail address"},
    "fact.phone": {"nl": "Telefoonnummer", "fr": "Numéro de téléphone", "en": "Phone number"},
    "fact.address": {"nl": "Adres", "fr": "Adresse", "en": "Address"},
    "fact.language": {"nl": "Taal", "fr": "Langue", "en": "Language"},
    "fact.incident": {
        "nl": "Datum van de feiten",
        "fr": "Date des faits",
        "en": "Date of the facts",
    },
    "fact.place": {"nl": "Plaats", "fr": "Lieu", "en": "Place"},
    "fact.domain": {"nl": "Domein", "fr": "Domaine", "en": "Domain"},
    "fact.criteria": {"nl": "Criteria", "fr": "Critères", "en": "Criteria"},
    "fact.forms": {"nl": "Vorm", "fr": "Forme", "en": "Form"},
    "fact.counterparty": {"nl": "Tegenpartij", "fr": "Partie adverse", "en": "Counterparty"},
    "fact.narrative": {"nl": "Relaas", "fr": "Récit", "en": "Account of the facts"},
    "fact.consent": {
        "nl": "Toestemming van de melder",
        "fr": "Accord de la personne",
        "en": "Reporter's consent",
    },
    "consent.given": {
        "nl": "De melder gaf op {date} de toestemming om de gegevens door te geven.",
        "fr": "La personne a donné le {date} son accord pour la transmission des données.",
        "en": "The reporter consented on {date} to the transfer of these details.",
    },
}

# Month names are the annual report's; one table for every document.
_MONTHS = MONTHS

PDF_LANG = {"nl": "nl-BE", "fr": "fr-BE", "en": "en"}
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 62.0
MARGIN_TOP = 56.0
MARGIN_BOTTOM = 64.0
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.HexColor("#1F2933")
PRIMARY = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#C9D3DF")
LIGHT = colors.HexColor("#EEF3F8")
CONFIDENTIAL_RED = colors.HexColor("#A4161A")


def _register_fonts() -> None:
    """The annual report's fonts (DejaVu Sans covers nl, fr and en), registered once."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(as_path("fonts", filename))))


def _fixed(key: str, lang: str) -> str:
    return _FIXED[key][lang]


def fixed_text(key: str, lang: str, **values: str) -> str:
    """A fixed wording of letters (fact labels, consent line) in ``lang``."""
    _check(LETTER_KINDS[0], lang)
    return _FIXED[key][lang].format(**values) if values else _FIXED[key][lang]


def long_date(day: dt.date, lang: str) -> str:
    """A date as written in a letter: "2 september 2025", "1er septembre 2025"."""
    _check(LETTER_KINDS[0], lang)
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{number} {_MONTHS[lang][day.month - 1]} {day.year}"


def default_template(kind: str, lang: str) -> str:
    """The bundled wording (resources/letters/<kind>_<lang>.txt)."""
    _check(kind, lang)
    return str(read_text("letters", f"{kind}_{lang}.txt"))


def _check(kind: str, lang: str) -> None:
    if kind not in LETTER_KINDS:
        raise ValueError(f"letter kind must be one of {', '.join(LETTER_KINDS)}")
    if lang not in LETTER_LANGS:
        raise ValueError(f"letter language must be one of {', '.join(LETTER_LANGS)}")


def template_problems(kind: str, text: str) -> list[str]:
    """What a coordinator must fix before a template can be saved (unknown names, no body)."""
    _check(kind, "nl")
    problems: list[str] = []
    if not text.strip():
        return ["empty"]
    for paragraph in _paragraphs(text):
        match = _CONDITION.match(paragraph)
        if match and match.group(2) not in FLAGS[kind]:
            problems.append(f"[if {match.group(2)}]")
    problems.extend(
        "{" + name + "}"
        for name in sorted(set(_PLACEHOLDER.findall(text)))
        if name not in PLACEHOLDERS[kind]
    )
    if kind == "referral" and FACTS_PLACEHOLDER not in text:
        problems.append(FACTS_PLACEHOLDER)
    return problems


def _paragraphs(text: str) -> list[str]:
    blocks = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").strip())
    return [b.strip("\n") for b in blocks if b.strip()]


def render_template(
    text: str, values: Mapping[str, str], flags: Mapping[str, bool] | None = None
) -> list[str]:
    """Paragraphs with placeholders filled in and conditional paragraphs kept or dropped.

    A placeholder without a value is left out (an empty string), so a value the caller
    withheld — the reporter's name when contact was not allowed — can never appear.
    ``{facts}`` alone in a paragraph stays as the marker where the facts table goes.
    """
    flags = flags or {}
    out: list[str] = []
    for paragraph in _paragraphs(text):
        match = _CONDITION.match(paragraph)
        if match:
            wanted = match.group(1) is None
            if bool(flags.get(match.group(2), False)) != wanted:
                continue
            paragraph = paragraph[match.end() :]
        if paragraph.strip() == FACTS_PLACEHOLDER:
            out.append(FACTS_PLACEHOLDER)
            continue
        filled = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), paragraph)
        if filled.strip():
            out.append(filled)
    return out


@dataclass(frozen=True)
class LetterContent:
    """Everything printed on a letter, already in its language; nothing is looked up here."""

    kind: str
    lang: str
    office_name: str
    paragraphs: tuple[str, ...]
    office_lines: tuple[str, ...] = ()
    recipient_lines: tuple[str, ...] = ()
    place_date: str = ""
    reference: str = ""
    facts_heading: str = ""
    facts: tuple[tuple[str, str], ...] = ()
    confidential: bool = False
    # The only date written into the file's metadata: the letter's date, not the clock.
    created: str = "D:20000101000000+00'00'"


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14.5, textColor=INK)
    return {
        "body": ParagraphStyle("letter_body", parent=base, spaceAfter=8),
        "office": ParagraphStyle(
            "office", parent=base, fontName=FONT_BOLD, fontSize=13, leading=17, textColor=PRIMARY
        ),
        "office_line": ParagraphStyle(
            "office_line", parent=base, fontSize=8.5, leading=11, textColor=MUTED
        ),
        "recipient": ParagraphStyle("recipient", parent=base, leading=13.5),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "subject": ParagraphStyle(
            "subject", parent=base, fontName=FONT_BOLD, fontSize=11, leading=15, spaceAfter=10
        ),
        "facts_heading": ParagraphStyle(
            "facts_heading",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            textColor=PRIMARY,
            spaceBefore=2,
            spaceAfter=4,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "cell_label": ParagraphStyle(
            "cell_label", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=11
        ),
        "stamp": ParagraphStyle(
            "stamp",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            textColor=CONFIDENTIAL_RED,
            alignment=TA_RIGHT,
        ),
    }


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    # Template text and report data may hold "&" or "<": escape, then keep line breaks.
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


def _facts_table(content: LetterContent, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not content.facts:
        return []
    # A fact the report does not have is left out rather than printed as a dash.
    rows = [
        [_p(label, styles["cell_label"]), _p(value, styles["cell"])]
        for label, value in content.facts
        if value.strip()
    ]
    table = Table(rows, colWidths=[FRAME_WIDTH * 0.32, FRAME_WIDTH * 0.68], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("BACKGROUND", (0, 0), (0, -1), LIGHT),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    heading = [_p(content.facts_heading, styles["facts_heading"])] if content.facts_heading else []
    return [Spacer(1, 2), *heading, table, Spacer(1, 10)]


def _header_block(content: LetterContent, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    office = [_p(content.office_name, styles["office"])] + [
        _p(line, styles["office_line"]) for line in content.office_lines if line.strip()
    ]
    right: list[Flowable] = []
    if content.confidential:
        right.append(_p(_fixed("confidential", content.lang), styles["stamp"]))
    head = Table(
        [[office, right]], colWidths=[FRAME_WIDTH * 0.65, FRAME_WIDTH * 0.35], hAlign="LEFT"
    )
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, PRIMARY),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 8),
            ]
        )
    )
    flow: list[Flowable] = [head, Spacer(1, 20)]
    if content.recipient_lines:
        flow.append(_p("\n".join(content.recipient_lines), styles["recipient"]))
        flow.append(Spacer(1, 14))
    if content.place_date:
        flow.append(_p(content.place_date, styles["right"]))
    if content.reference:
        flow.append(
            _p(f"{_fixed('reference', content.lang)}: {content.reference}", styles["small"])
        )
    flow.append(Spacer(1, 14))
    return flow


def _page_canvas(content: LetterContent) -> type[Canvas]:
    """Page furniture drawn once the page count is known: "page X of Y" and the marking."""
    lang = content.lang

    class LetterCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []
            self.setDateFormatter(lambda *_: content.created)
            # The file /ID follows the letter's date, so the same letter gives the same bytes.
            signature = hashlib.md5(b"a meldpunt letter", usedforsecurity=False)
            signature.update(content.created.encode("ascii"))
            self._doc.signature = signature

        def showPage(self) -> None:
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            for number, state in enumerate(self._page_states, start=1):
                self.__dict__.update(state)
                self.setFont(FONT, 8)
                self.setFillColor(MUTED)
                footer = _fixed("page", lang).format(page=number, total=total)
                self.drawRightString(PAGE_WIDTH - MARGIN_X, 30, footer)
                if content.reference:
                    self.drawString(MARGIN_X, 30, content.reference)
                if content.confidential:
                    self.setFillColor(CONFIDENTIAL_RED)
                    self.setFont(FONT_BOLD, 8)
                    self.drawCentredString(PAGE_WIDTH / 2, 44, _fixed("confidential_note", lang))
                    if number > 1:
                        self.drawRightString(
                            PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - 34, _fixed("confidential", lang)
                        )
                super().showPage()
            super().save()

    return LetterCanvas


def build_letter_pdf(content: LetterContent, *, compress: bool = True) -> bytes:
    """The letter as PDF bytes; the same content always gives the same bytes."""
    _check(content.kind, content.lang)
    _register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        # Metadata names the kind of letter only: a file listing shows no personal data.
        title=_fixed(f"title.{content.kind}", content.lang),
        author="",
        subject="",
        creator="Meldpunt",
        producer="Meldpunt",
        keywords="",
        invariant=1,
        pageCompression=1 if compress else 0,
        lang=PDF_LANG[content.lang],
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="letter", frames=[frame])])
    story: list[Flowable] = _header_block(content, styles)
    facts_placed = False
    for index, paragraph in enumerate(content.paragraphs):
        if paragraph == FACTS_PLACEHOLDER:
            story += _facts_table(content, styles)
            facts_placed = True
        elif paragraph.startswith("# "):
            story.append(_p(paragraph[2:].strip(), styles["subject"]))
        elif index == len(content.paragraphs) - 1:
            # The closing and signature stay together on one page.
            story.append(KeepTogether([Spacer(1, 4), _p(paragraph, styles["body"])]))
        else:
            story.append(_p(paragraph, styles["body"]))
    if not facts_placed:
        story += _facts_table(content, styles)
    doc.build(story, canvasmaker=_page_canvas(content))
    return buffer.getvalue()
