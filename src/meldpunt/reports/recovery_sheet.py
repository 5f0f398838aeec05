"""The printable recovery sheet: the office's recovery key and what to do with it."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

_TEXT = {
    "nl": {
        "title": "Herstelsleutel van Meldpunt",
        "office": "Meldpunt",
        "made": "Aangemaakt op",
        "intro": [
            "Met deze sleutel kan een nieuwe coördinator worden ingeschreven als alle",
            "wachtwoordzinnen verloren zijn. Wie deze sleutel heeft, kan alle meldingen lezen.",
        ],
        "keep": [
            "Bewaar dit blad in een afgesloten kast of kluis, niet bij de computer.",
            "Maak geen foto of digitale kopie. Vernietig het blad als het kantoor sluit.",
        ],
        "key": "Herstelsleutel",
    },
    "fr": {
        "title": "Clé de récupération de Meldpunt",
        "office": "Point de contact",
        "made": "Créée le",
        "intro": [
            "Cette clé permet d'inscrire un nouveau coordinateur si toutes les phrases de",
            "passe sont perdues. Qui détient cette clé peut lire tous les signalements.",
        ],
        "keep": [
            "Conservez cette feuille dans une armoire fermée ou un coffre,",
            "pas près de l'ordinateur.",
            "Ne la photographiez pas et n'en faites pas de copie numérique.",
        ],
        "key": "Clé de récupération",
    },
    "en": {
        "title": "Meldpunt recovery key",
        "office": "Office",
        "made": "Created on",
        "intro": [
            "This key enrols a new coordinator when every passphrase has been lost.",
            "Whoever holds this key can read every report.",
        ],
        "keep": [
            "Keep this sheet in a locked cabinet or safe, not near the computer.",
            "Do not photograph it or make a digital copy.",
        ],
        "key": "Recovery key",
    },
}


def build_recovery_sheet(
    recovery_key: str, office_name: str, made_on: date, lang: str = "nl"
) -> bytes:
    """A one-page PDF, rendered in memory; the caller writes it where the user chooses."""
    text = _TEXT.get(lang, _TEXT["nl"])
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True, pageCompression=1)
    canvas.setTitle(text["title"])
    canvas.setAuthor("")
    canvas.setCreator("Meldpunt")
    canvas.setProducer("Meldpunt")
    width, height = A4
    y = height - 30 * mm
    canvas.setFont("Helvetica-Bold", 20)
    canvas.drawString(25 * mm, y, text["title"])
    y -= 12 * mm
    canvas.setFont("Helvetica", 11)
    canvas.drawString(25 * mm, y, f"{text['office']}: {office_name}")
    y -= 6 * mm
    canvas.drawString(25 * mm, y, f"{text['made']}: {made_on.isoformat()}")
    y -= 12 * mm
    for line in text["intro"]:
        canvas.drawString(25 * mm, y, line)
        y -= 6 * mm
    y -= 8 * mm
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(25 * mm, y, text["key"])
    y -= 4 * mm
    groups = recovery_key.split("-")
    lines = ["  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
    box_height = (len(lines) * 11 + 10) * mm
    canvas.rect(25 * mm, y - box_height, width - 50 * mm, box_height)
    canvas.setFont("Courier-Bold", 18)
    ty = y - 12 * mm
    for line in lines:
        canvas.drawString(32 * mm, ty, line)
        ty -= 11 * mm
    y -= box_height + 12 * mm
    canvas.setFont("Helvetica", 11)
    for line in text["keep"]:
        canvas.drawString(25 * mm, y, line)
        y -= 6 * mm
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
