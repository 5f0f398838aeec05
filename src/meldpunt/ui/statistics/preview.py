"""One published table previewed: its chart (the PDF's own drawing, as SVG) and its values."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QFont, QFontDatabase
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meldpunt.reports.disclosure import Cell, PublishedTable, Suppressed
from meldpunt.reports.facts import TaxonomyView
from meldpunt.reports.labels import labelled, text
from meldpunt.reports.pdf import render_chart_svg
from meldpunt.resources import as_path
from meldpunt.ui.palette import muted_colour

# The SVG is drawn in points; 4/3 px per point shows it at its printed size on a 96-dpi screen.
POINTS_TO_PIXELS = 4 / 3
# Charts that show hidden counts themselves (a gap in the line, a slice for all of them).
NO_GAPS_NOTE = frozenset({"month", "channel"})


def register_report_fonts() -> None:
    """The PDF's font, so the preview's labels measure as in print (even where it is absent)."""
    if "DejaVu Sans" in QFontDatabase.families():
        return
    for filename in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(as_path("fonts", filename)))


class TablePreview(QWidget):
    """Title and unit, the chart on white paper, and the table with ``<5`` where hidden."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        register_report_fonts()
        self.title = QLabel()
        self.title.setObjectName("previewTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setObjectName("previewMeta")
        self.meta.setWordWrap(True)

        self.chart = QSvgWidget()
        self.chart.setObjectName("previewChart")
        self.chart.setAccessibleName(self.tr("Chart"))
        self.chart.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        # White paper behind the chart: its colours are those of the printed page, which
        # would be unreadable on a dark window theme.
        self.paper = QFrame()
        self.paper.setObjectName("chartPaper")
        self.paper.setStyleSheet("QFrame#chartPaper { background: white; }")
        self.paper_layout = QVBoxLayout(self.paper)
        self.paper_layout.setContentsMargins(12, 12, 12, 12)
        self.paper_layout.addWidget(self.chart, 0, Qt.AlignmentFlag.AlignHCenter)
        self.paper_layout.addStretch(1)
        self.chart_area = QScrollArea()
        self.chart_area.setObjectName("chartArea")
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setWidget(self.paper)
        self.chart_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart_area.installEventFilter(self)
        self._natural = QSize()  # the drawing's size in points

        self.values = QTableWidget()
        self.values.setObjectName("previewValues")
        self.values.setAccessibleName(self.tr("Table values"))
        self.values.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.values.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.values.setAlternatingRowColors(True)
        self.values.verticalHeader().setVisible(False)
        self.values.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.values.horizontalHeader().setHighlightSections(False)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.chart_area)
        split.addWidget(self.values)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([360, 240])
        self.split = split

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(split, 1)

    def show_table(self, table: PublishedTable, lang: str, taxonomy: TaxonomyView) -> None:
        meta = labelled(text("label.unit", lang), text(f"unit.{table.unit}", lang), lang) + "."
        if table.note_key:
            meta += " " + text(table.note_key, lang)
        # As under the chart in the PDF: the bars leave out what the table hides.
        hidden = any(isinstance(v, Suppressed) for row in table.cells for v in row)
        if hidden and table.id != "key_figures" and table.row_dimension not in NO_GAPS_NOTE:
            meta += " " + text("note.chart_omits_suppressed", lang)
        self.title.setText(text(table.title_key, lang))
        self.meta.setText(meta)
        svg = render_chart_svg(table, lang, taxonomy)
        self.chart.load(QByteArray(svg))
        self.chart.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._natural = self.chart.renderer().defaultSize()
        self._fit_chart()
        self._fill_values(table, lang)
        # Once the labels above have taken their height; never from a resize, where setting
        # the splitter would resize the chart area again.
        QTimer.singleShot(0, self, self._share_height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.chart_area and event.type() == QEvent.Type.Resize:
            self._fit_chart()
        return super().eventFilter(watched, event)

    def _fit_chart(self) -> None:
        """Printed size where there is room, smaller where not: never a sideways scroll."""
        if self._natural.isEmpty():
            return
        # Room as if the vertical scroll bar were shown, so that it appearing or not cannot
        # resize the chart back and forth.
        margins = self.paper.contentsMargins()
        room = (
            self.chart_area.width()
            - 2 * self.chart_area.frameWidth()
            - self.chart_area.verticalScrollBar().sizeHint().width()
            - margins.left()
            - margins.right()
            - 4  # the paper's own frame
        )
        scale = max(0.5, min(POINTS_TO_PIXELS, room / self._natural.width()))
        self.chart.setFixedSize(
            QSize(round(self._natural.width() * scale), round(self._natural.height() * scale))
        )

    def _share_height(self) -> None:
        """A short chart leaves its spare height to the values, a tall one scrolls."""
        if self._natural.isEmpty():
            return
        total = sum(self.split.sizes())
        margins = self.paper_layout.contentsMargins()
        wanted = (
            self.chart.height()
            + margins.top()
            + margins.bottom()
            + 2 * self.chart_area.frameWidth()
            + 4  # the paper's own frame
        )
        if total > 300:
            chart_height = min(wanted, total * 3 // 5)
            self.split.setSizes([chart_height, total - chart_height])

    def clear(self) -> None:
        self.title.clear()
        self.meta.clear()
        self.chart.load(QByteArray())
        self._natural = QSize()
        self.chart.setFixedSize(QSize(0, 0))
        self.values.clear()
        self.values.setRowCount(0)
        self.values.setColumnCount(0)

    def _fill_values(self, table: PublishedTable, lang: str) -> None:
        """The same rows and columns as the table in the PDF."""
        one_way = table.col_dimension is None
        headers = [text(f"dim.{table.row_dimension}", lang)]
        headers += [text("column.count", lang)] if one_way else list(table.col_labels[lang])
        if table.row_totals is not None:
            headers.append(text("column.total", lang))
        rows: list[tuple[str, list[Cell | None], bool]] = []
        for i, label in enumerate(table.row_labels[lang]):
            values: list[Cell | None] = list(table.cells[i])
            if table.row_totals is not None:
                values.append(table.row_totals[i])
            rows.append((label, values, False))
        if table.grand_total is not None or table.col_totals is not None:
            totals: list[Cell | None] = [] if one_way else list(table.col_totals or ())
            if table.grand_total is not None and (one_way or table.row_totals is not None):
                totals.append(table.grand_total)
            totals += [None] * (len(headers) - 1 - len(totals))
            rows.append((text("row.total", lang), totals, True))

        self.values.clear()
        self.values.setColumnCount(len(headers))
        self.values.setHorizontalHeaderLabels(headers)
        self.values.setRowCount(len(rows))
        hidden_tip = self.tr("Hidden to protect small numbers")
        for r, (label, values, is_total) in enumerate(rows):
            items = [QTableWidgetItem(label)]
            for value in values:
                item = QTableWidgetItem("" if value is None else str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if isinstance(value, Suppressed):
                    item.setForeground(QBrush(muted_colour()))
                    item.setToolTip(hidden_tip)
                items.append(item)
            for c, item in enumerate(items):
                if is_total:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.values.setItem(r, c, item)
        header = self.values.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(headers)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
