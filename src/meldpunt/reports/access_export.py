"""A person's own data for a right-of-access request, as PDF and JSON (data in, bytes out)."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from meldpunt.resources import as_path

FORMAT = "meldpunt-access/1"
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PRIMARY = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#5F6B7A")

JsonValue = str | int | bool | None | list[str]

_TEXT = {
    "nl": {
        "title": "Uw gegevens bij het Meldpunt",
        "intro": "Dit overzicht bevat alles wat het Meldpunt over u bewaart (AVG artikel 15): "
        "de gegevens van elke melding, het dossier, de wijzigingen en wie ze inkeek.",
        "made": "Opgemaakt op (UTC)",
        "report": "Melding",
        "as_reporter": "u bent de melder",
        "as_counterparty": "u bent de tegenpartij; gegevens van anderen zijn weggelaten",
        "fields": "Gegevens",
        "case_file": "Dossier",
        "history": "Wijzigingen (welke velden, niet de waarden)",
        "evidence": "Bewijsstukken",
        "access": "Wie de melding inkeek of wijzigde (functie, niet de naam)",
        "none": "Geen meldingen gevonden.",
        "erased": "De persoonsgegevens van deze melding zijn gewist.",
    },
    "fr": {
        "title": "Vos données au Point de contact",
        "intro": "Ce relevé contient tout ce que le Point de contact conserve à votre sujet "
        "(RGPD article 15) : chaque signalement, le dossier, les modifications et les accès.",
        "made": "Établi le (UTC)",
        "report": "Signalement",
        "as_reporter": "vous êtes l'auteur du signalement",
        "as_counterparty": "vous êtes la partie mise en cause ; les données d'autrui sont omises",
        "fields": "Données",
        "case_file": "Dossier",
        "history": "Modifications (quels champs, pas les valeurs)",
        "evidence": "Pièces",
        "access": "Qui a consulté ou modifié le signalement (fonction, pas le nom)",
        "none": "Aucun signalement trouvé.",
        "erased": "Les données personnelles de ce signalement ont été effacées.",
    },
    "en": {
        "title": "Your data at Meldpunt",
        "intro": "This statement holds everything Meldpunt keeps about you (GDPR article 15): "
        "each report's data, the case file, the changes and who viewed them.",
        "made": "Made on (UTC)",
        "report": "Report",
        "as_reporter": "you are the reporter",
        "as_counterparty": "you are the other party; data about others is left out",
        "fields": "Data",
        "case_file": "Case file",
        "history": "Changes (which fields, not the values)",
        "evidence": "Evidence files",
        "access": "Who viewed or changed the report (role, not the name)",
        "none": "No reports found.",
        "erased": "The personal data of this report was erased.",
    },
}


@dataclass(frozen=True)
class AccessSection:
    """One report as the person may see it."""

    number: str
    role: str  # "reporter" | "counterparty"
    fields: dict[str, JsonValue]
    erased: bool = False
    case_file: dict[str, JsonValue] = field(default_factory=dict)
    history: list[dict[str, JsonValue]] = field(default_factory=list)
    evidence: list[dict[str, JsonValue]] = field(default_factory=list)
    access_log: list[dict[str, JsonValue]] = field(default_factory=list)


@dataclass(frozen=True)
class AccessData:
    office_name: str
    made_at: str  # ISO 8601, UTC
    searched_by: Sequence[str]  # the kinds of detail searched on ("email"), never the values
    sections: Sequence[AccessSection]
    lang: str = "nl"


def build_access_json(data: AccessData) -> bytes:
    doc = {
        "format": FORMAT,
        "office": data.office_name,
        "made_at": data.made_at,
        "searched_by": list(data.searched_by),
        "reports": [
            {
                "number": s.number,
                "role": s.role,
                "erased": s.erased,
                "fields": s.fields,
                "case_file": s.case_file,
                "history": s.history,
                "evidence": s.evidence,
                "access_log": s.access_log,
            }
            for s in data.sections
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8")


def _register_fonts() -> None:
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(as_path("fonts", filename))))


def _text(value: JsonValue) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, list):
        return ", ".join(value) or "–"
    return str(value)


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    # Typed text may hold "<" or "&": Paragraph reads markup, so escape everything.
    return Paragraph(escape(value), style)


def _table(rows: list[list[str]], styles: dict[str, ParagraphStyle], widths: list[float]) -> Table:
    body = [[_p(cell, styles["cell"]) for cell in row] for row in rows]
    table = Table(body, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#D0D5DB")),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def build_access_pdf(data: AccessData) -> bytes:
    """Rendered in memory; the caller writes it atomically where the coordinator chooses."""
    _register_fonts()
    text = _TEXT.get(data.lang, _TEXT["nl"])
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13)
    styles = {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=FONT_BOLD, fontSize=16, leading=21, textColor=PRIMARY
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=16,
            textColor=PRIMARY,
            spaceBefore=10,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "h3", parent=base, fontName=FONT_BOLD, fontSize=10, leading=14, spaceBefore=6
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
    }
    width = A4[0] - 40 * mm
    story: list[Flowable] = [
        _p(text["title"], styles["h1"]),
        _p(data.office_name, styles["body"]),
        _p(f"{text['made']}: {data.made_at}", styles["small"]),
        Spacer(1, 6),
        _p(text["intro"], styles["body"]),
    ]
    if not data.sections:
        story.append(_p(text["none"], styles["h2"]))
    for section in data.sections:
        role = text["as_reporter"] if section.role == "reporter" else text["as_counterparty"]
        story.append(_p(f"{text['report']} {section.number} ({role})", styles["h2"]))
        if section.erased:
            story.append(_p(text["erased"], styles["small"]))
        story.append(_p(text["fields"], styles["h3"]))
        rows = [[name, _text(value)] for name, value in section.fields.items()]
        story.append(_table(rows, styles, [0.35 * width, 0.65 * width]))
        if section.case_file:
            story.append(_p(text["case_file"], styles["h3"]))
            rows = [[name, _text(value)] for name, value in section.case_file.items()]
            story.append(_table(rows, styles, [0.35 * width, 0.65 * width]))
        for key, items in (
            ("history", section.history),
            ("evidence", section.evidence),
            ("access", section.access_log),
        ):
            if not items:
                continue
            story.append(_p(text[key], styles["h3"]))
            columns = list(items[0])
            rows = [[_text(item.get(c)) for c in columns] for item in items]
            story.append(_table(rows, styles, [width / len(columns)] * len(columns)))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=text["title"],
        # Neutral metadata: the person's name never goes into the file's properties.
        author="",
        subject="",
        creator="Meldpunt",
        producer="Meldpunt",
        keywords="",
        invariant=1,
    )
    doc.build(story)
    return buffer.getvalue()
