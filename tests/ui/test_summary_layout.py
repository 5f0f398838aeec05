"""The report summary (detail tab and 'summary before saving'): one aligned table."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument, QTextTable
from PySide6.QtWidgets import QApplication

from meldpunt.ui.intake.report_summary import SummaryGroup, summary_html

GROUPS = [
    SummaryGroup(
        "Qui fait le signalement",
        (("Rôle de la personne qui signale", "victime"), ("Nom officiel", "Esther Ilunga")),
    ),
    SummaryGroup(
        "Que s'est-il passé",
        (("Domaine", "biens et services"), ("Récit", "J'ai commandé un taxi. " * 30)),
    ),
    SummaryGroup("Ce que souhaite la personne", (("Souhait « enregistrement »", "oui"),)),
]


def test_labels_stay_on_one_line_and_values_share_one_column(qapp: QApplication) -> None:
    document = QTextDocument()
    document.setHtml(summary_html(GROUPS))
    document.setTextWidth(700)
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 1  # every group in one table: the values line up
    table = tables[0]
    layout = document.documentLayout()
    label_rows = [r for r in range(table.rows()) if table.cellAt(r, 0).columnSpan() == 1]
    assert len(label_rows) == 5
    for row in label_rows:
        label = table.cellAt(row, 0).firstCursorPosition().block()
        assert label.layout().lineCount() == 1, label.text()  # never squeezed letter by letter
    value_x = {
        round(layout.blockBoundingRect(table.cellAt(r, 1).firstCursorPosition().block()).x())
        for r in label_rows
    }
    assert len(value_x) == 1
    story = table.cellAt(label_rows[3], 1).firstCursorPosition().block()
    assert story.layout().lineCount() > 1  # the long narrative wraps inside the window
    assert document.size().width() <= 700
