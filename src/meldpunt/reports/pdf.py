"""The annual report as a reproducible PDF (rendered in memory) and its charts as SVG."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics import renderSVG
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable

from meldpunt.reports.disclosure import Cell, PublishedReport, PublishedTable, Suppressed
from meldpunt.reports.facts import TaxonomyView
from meldpunt.reports.labels import (
    MONTHS_SHORT,
    check_lang,
    format_number,
    labelled,
    percent,
    text,
)
from meldpunt.resources import as_path

__all__ = ["build_annual_pdf", "render_chart_svg"]

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 56.0
MARGIN_TOP = 62.0
MARGIN_BOTTOM = 54.0
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.HexColor("#1F2933")
PRIMARY = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#C9D3DF")
LIGHT = colors.HexColor("#EEF3F8")
# Okabe-Ito: told apart by readers with colour-vision deficiencies and in greyscale print.
PALETTE = [
    colors.HexColor(c)
    for c in (
        "#0072B2",
        "#E69F00",
        "#009E73",
        "#CC79A7",
        "#56B4E9",
        "#D55E00",
        "#F0E442",
        "#999999",
    )
]
GROUP_COLOURS = {"racial": PALETTE[0], "general": PALETTE[1], "gender": PALETTE[2]}
PREVIOUS_YEAR = colors.HexColor("#A7B4C2")

PDF_LANG = {"nl": "nl-BE", "fr": "fr-BE", "en": "en"}

# Sections of the report: heading key and the tables it shows, in order.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "section.criteria",
        ("reports_by_criterion_group", "reports_by_criterion", "case_files_by_criterion_group"),
    ),
    (
        "section.domains",
        (
            "reports_by_domain",
            "case_files_by_domain",
            "reports_by_housing_subdomain",
            "housing_case_files_by_criterion",
        ),
    ),
    (
        "section.circumstances",
        (
            "reports_by_form",
            "reports_by_channel",
            "reports_by_area",
            "reports_by_month",
            "reports_by_counterparty_type",
            "reports_by_time_to_first_contact",
        ),
    ),
    ("section.outcomes", ("closed_case_files_by_assessment", "closed_case_files_by_result")),
    (
        "section.comparison",
        ("comparison_by_criterion_group", "comparison_by_domain", "comparison_by_channel"),
    ),
)

CHART_FONT_SIZE = 7.5
# Tables with more rows than this may be split over two pages.
LONG_TABLE_ROWS = 16


# --- fonts and styles ----------------------------------------------------------------------------


def _register_fonts() -> None:
    """DejaVu Sans covers every label in Dutch, French and English; embedded as a subset."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(as_path("fonts", filename))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=17,
            leading=22,
            textColor=PRIMARY,
            spaceBefore=4,
            spaceAfter=10,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=PRIMARY,
            spaceBefore=12,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=10.5
        ),
        "num": ParagraphStyle("num", parent=base, fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
        "num_bold": ParagraphStyle(
            "num_bold",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=10.5,
            alignment=TA_RIGHT,
        ),
        "cell_group": ParagraphStyle(
            "cell_group", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10, textColor=PRIMARY
        ),
        "cover_title": ParagraphStyle(
            "cover_title",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=30,
            leading=36,
            textColor=colors.white,
            alignment=TA_LEFT,
        ),
        "cover_sub": ParagraphStyle(
            "cover_sub", parent=base, fontSize=14, leading=19, textColor=colors.white
        ),
        "cover_office": ParagraphStyle(
            "cover_office",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=16,
            textColor=colors.white,
        ),
    }


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    # Labels may hold "&" or "<" (the marker "<5"): Paragraph reads markup, so escape them.
    return Paragraph(escape(value), style)


def _shown(cell: Cell | None) -> str:
    return "" if cell is None else str(cell)


# --- tables --------------------------------------------------------------------------------------


def _criterion_groups(taxonomy: TaxonomyView) -> dict[str, str]:
    groups: dict[str, str] = {}
    for code in taxonomy.codes("criteria"):
        if code.group:
            groups[taxonomy.statistical_code("criteria", code.code)] = code.group
    return groups


def _table_flowable(
    table: PublishedTable, lang: str, taxonomy: TaxonomyView, styles: dict[str, ParagraphStyle]
) -> PdfTable:
    """The table as printed: one labelled row per code, group sub-headings for criteria."""
    one_way = table.col_dimension is None
    value_headers = ([text("column.count", lang)] if one_way else list(table.col_labels[lang])) + (
        [text("column.total", lang)] if table.row_totals is not None else []
    )
    data: list[list[Any]] = [
        [_p(text(f"dim.{table.row_dimension}", lang), styles["cell_bold"])]
        + [_p(h, styles["num_bold"]) for h in value_headers]
    ]
    commands: list[tuple[Any, ...]] = []
    groups = _criterion_groups(taxonomy) if table.row_dimension == "criterion" else {}
    current_group: str | None = None
    for i, code in enumerate(table.rows):
        group = groups.get(code)
        if group is not None and group != current_group:
            current_group = group
            data.append(
                [_p(taxonomy.group_label("criteria", group, lang), styles["cell_group"])]
                + [""] * len(value_headers)
            )
            row = len(data) - 1
            commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), LIGHT)]
        values = [_shown(v) for v in table.cells[i]]
        if table.row_totals is not None:
            values.append(_shown(table.row_totals[i]))
        data.append(
            [_p(table.row_labels[lang][i], styles["cell"])] + [_p(v, styles["num"]) for v in values]
        )
    if table.grand_total is not None or table.col_totals is not None:
        totals = [] if one_way else [_shown(v) for v in table.col_totals or ()]
        if table.grand_total is not None and (one_way or table.row_totals is not None):
            totals.append(_shown(table.grand_total))
        while len(totals) < len(value_headers):
            totals.append("")
        data.append(
            [_p(text("row.total", lang), styles["cell_bold"])]
            + [_p(v, styles["num_bold"]) for v in totals]
        )
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, PRIMARY))
    n_values = len(value_headers)
    value_width = 62.0 if n_values > 1 else 70.0
    label_width = min(FRAME_WIDTH - n_values * value_width, 320.0)
    flowable = PdfTable(
        data,
        colWidths=[label_width] + [value_width] * n_values,
        repeatRows=1,
        hAlign="LEFT",
    )
    flowable.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, PRIMARY),
                ("LINEBELOW", (0, 1), (-1, -2), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                *commands,
            ]
        )
    )
    return flowable


# --- charts --------------------------------------------------------------------------------------


def _wrap(label: str, width: float, size: float = CHART_FONT_SIZE) -> str:
    """Break a label into lines no wider than ``width`` points (multi-line chart labels)."""
    lines: list[str] = []
    current = ""
    for word in label.split():
        candidate = f"{current} {word}".strip()
        if current and pdfmetrics.stringWidth(candidate, FONT, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return "\n".join(lines)


def _published_rows(table: PublishedTable, lang: str) -> list[tuple[str, str, int]]:
    """(code, label, count) of the rows whose count is published."""
    return [
        (code, table.row_labels[lang][i], value)
        for i, code in enumerate(table.rows)
        if isinstance(value := table.cells[i][0], int)
    ]


def _nice_max(value: float) -> tuple[float, float]:
    """An axis end a little above ``value`` and a round step for about five ticks."""
    value = max(value, 1.0)
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if value / step <= 5:
            break
    top = step * (int(value // step) + 1)
    return float(top), float(step)


def _bar_chart(
    labels: Sequence[str],
    series: Sequence[Sequence[Cell]],
    width: float,
    *,
    colours: Sequence[colors.Color],
    bar_colours: Sequence[colors.Color] | None = None,
    legend: Sequence[tuple[colors.Color, str]] = (),
) -> Drawing:
    """Horizontal bars, first row on top, a value (or the marker) at the end of every bar."""
    label_width = min(
        max(pdfmetrics.stringWidth(label, FONT, CHART_FONT_SIZE) for label in labels) + 2,
        width * 0.40,
    )
    wrapped = [_wrap(label, label_width) for label in labels]
    lines = max(label.count("\n") + 1 for label in wrapped)
    per_row = max(13.0 * len(series), 9.5 * lines + 4) + 4
    legend_height = 11.0 * len(legend) + 6 if legend else 0.0
    plot_height = per_row * len(labels)
    height = plot_height + 24 + legend_height
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = label_width + 8
    chart.y = 16
    chart.width = width - chart.x - 34
    chart.height = plot_height
    # reportlab draws the first category and the first series of a group at the bottom;
    # reverse both so that the chart reads top-down in table and legend order.
    series = list(reversed(series))
    colours = list(reversed(colours))
    chart.data = [[v if isinstance(v, int) else 0 for v in reversed(s)] for s in series]
    chart.categoryAxis.categoryNames = list(reversed(wrapped))
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = CHART_FONT_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.textAnchor = "end"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.labels.leading = 9.5
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    top, step = _nice_max(max((v for s in series for v in s if isinstance(v, int)), default=1))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = CHART_FONT_SIZE - 0.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E5EAF0")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.barSpacing = 1
    chart.groupSpacing = 4
    chart.bars.strokeColor = None
    for n, colour in enumerate(colours):
        chart.bars[n].fillColor = colour
    if bar_colours is not None:
        for i, colour in enumerate(reversed(bar_colours)):
            chart.bars[(0, i)].fillColor = colour
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[str(v) for v in reversed(s)] for s in series]
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = CHART_FONT_SIZE - 0.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    if legend:
        drawing.add(_legend(legend, x=chart.x, y=height - 2))
    return drawing


def _legend(pairs: Sequence[tuple[colors.Color, str]], *, x: float, y: float) -> Legend:
    legend = Legend()
    legend.x = x
    legend.y = y
    legend.alignment = "right"
    # One entry per line: French group names are too long to share a line.
    legend.columnMaximum = len(pairs)
    legend.deltay = 11
    legend.fontName = FONT
    legend.fontSize = CHART_FONT_SIZE
    legend.boxAnchor = "nw"
    legend.dx = legend.dy = 7
    legend.deltax = 20
    legend.colorNamePairs = list(pairs)
    legend.strokeColor = None
    legend.autoXPadding = 12
    return legend


def _pie_chart(table: PublishedTable, lang: str, width: float) -> Drawing | None:
    rows = [(label, n) for _, label, n in _published_rows(table, lang) if n > 0]
    if not rows:
        return None
    # Shown as one slice, the hidden cells add nothing: total minus published is public.
    if table.additive and isinstance(table.grand_total, int):
        rest = table.grand_total - sum(n for _, n in rows)
        if rest > 0:
            rows.append((text("chart.suppressed_slice", lang), rest))
    total = sum(n for _, n in rows)
    size = 130.0
    drawing = Drawing(width, size + 20)
    pie = Pie()
    pie.x, pie.y = 10, 10
    pie.width = pie.height = size
    pie.data = [n for _, n in rows]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    pie.startAngle = 90
    pie.direction = "clockwise"
    pie.sideLabels = False
    pie.simpleLabels = True
    for i in range(len(rows)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(pie)
    pairs = [
        (
            PALETTE[i % len(PALETTE)],
            labelled(label, f"{n} ({percent(round(100 * n / total), lang)})", lang),
        )
        for i, (label, n) in enumerate(rows)
    ]
    drawing.add(_legend(pairs, x=size + 40, y=size + 6))
    return drawing


def _line_chart(table: PublishedTable, lang: str, width: float) -> Drawing | None:
    values = [v if isinstance(v, int) else None for v in (row[0] for row in table.cells)]
    if all(v is None for v in values):
        return None
    height = 150.0
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 30, 34
    chart.width = width - 50
    chart.height = height - 50
    chart.data = [values]
    chart.joinedLines = True
    chart.lines[0].strokeColor = PALETTE[0]
    chart.lines[0].strokeWidth = 1.6
    chart.lines[0].symbol = makeMarker("FilledCircle", size=3.5, fillColor=PALETTE[0])
    chart.lineLabelFormat = "values"
    chart.lineLabelArray = [[_shown(row[0]) for row in table.cells]]
    chart.lineLabels.fontName = FONT
    chart.lineLabels.fontSize = CHART_FONT_SIZE - 0.5
    chart.lineLabels.dy = 6
    chart.categoryAxis.categoryNames = list(MONTHS_SHORT[lang])
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = CHART_FONT_SIZE
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = RULE
    top, step = _nice_max(max((v for v in values if v is not None), default=1))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = CHART_FONT_SIZE - 0.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E5EAF0")
    chart.valueAxis.gridStrokeWidth = 0.4
    drawing.add(chart)
    # A hidden month is a gap in the line and its marker sits under the axis.
    for i, value in enumerate(values):
        if value is None:
            x = chart.x + chart.width * (i + 0.5) / 12
            drawing.add(
                String(
                    x,
                    8,
                    _shown(table.cells[i][0]),
                    fontName=FONT,
                    fontSize=CHART_FONT_SIZE - 0.5,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
    return drawing


def _chart(
    table: PublishedTable, lang: str, taxonomy: TaxonomyView, width: float = FRAME_WIDTH
) -> Drawing | None:
    """The chart that goes with a table, or None when too little is published to draw."""
    if table.id == "key_figures":
        return None
    if table.row_dimension == "channel" and table.col_dimension is None:
        return _pie_chart(table, lang, width)
    if table.row_dimension == "month":
        return _line_chart(table, lang, width)
    if table.col_dimension == "year":
        keep = [
            i for i, row in enumerate(table.cells) if any(isinstance(v, int) and v for v in row)
        ]
        if not keep:
            return None
        series = [[table.cells[i][j] for i in keep] for j in range(len(table.cols))]
        return _bar_chart(
            [table.row_labels[lang][i] for i in keep],
            series,
            width,
            colours=[PREVIOUS_YEAR, PALETTE[0]],
            legend=[
                (PREVIOUS_YEAR, table.col_labels[lang][0]),
                (PALETTE[0], table.col_labels[lang][1]),
            ],
        )
    rows = _published_rows(table, lang)
    if not any(n for _, _, n in rows):
        return None
    bar_colours = None
    legend: list[tuple[colors.Color, str]] = []
    if table.row_dimension in ("criterion", "criterion_group"):
        groups = _criterion_groups(taxonomy)
        if table.row_dimension == "criterion_group":
            groups = {g: g for g in GROUP_COLOURS}
        bar_colours = [GROUP_COLOURS.get(groups.get(code, ""), PALETTE[7]) for code, _, _ in rows]
        if table.row_dimension == "criterion":
            present = {groups.get(code) for code, _, _ in rows}
            legend = [
                (colour, taxonomy.group_label("criteria", group, lang))
                for group, colour in GROUP_COLOURS.items()
                if group in present
            ]
    return _bar_chart(
        [label for _, label, _ in rows],
        [[n for _, _, n in rows]],
        width,
        colours=[PALETTE[0]],
        bar_colours=bar_colours,
        legend=legend,
    )


_SVG_FONTS = {
    FONT: {"family": "DejaVu Sans"},
    FONT_BOLD: {"family": "DejaVu Sans", "weight": "bold"},
}


def render_chart_svg(table: PublishedTable, lang: str, taxonomy: TaxonomyView) -> bytes:
    """The chart of ``table`` as SVG for the in-app preview (the same drawing as in the PDF)."""
    check_lang(lang)
    _register_fonts()
    drawing = _chart(table, lang, taxonomy)
    if drawing is None:
        drawing = Drawing(FRAME_WIDTH, 30)
        drawing.add(
            String(0, 12, text("chart.none", lang), fontName=FONT, fontSize=9, fillColor=MUTED)
        )
    # Qt's SVG renderer (the preview) paints reportlab's <clipPath> as a black rectangle over
    # the chart, and reads the "fill: None" of a line chart's polyline as black fill; the
    # clip attribute (useClip) clips nothing we draw. reportlab also names the font by its
    # registration name, where SVG needs the family.
    svg: str = renderSVG.drawToString(drawing, useClip=True, fontHacks=_SVG_FONTS)
    return svg.replace("fill: None;", "fill: none;").encode("utf-8")


# --- the document --------------------------------------------------------------------------------


def _numbered_canvas(footer: Callable[[int, int], str], created: str) -> type[Canvas]:
    """A canvas that knows the page count when it writes "page X of Y" on every page."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict[str, Any]] = []
            # The only date in the file: derived from the report year, never the clock.
            self.setDateFormatter(lambda *_: created)
            # reportlab seeds the file /ID with its own timestamp, which follows
            # SOURCE_DATE_EPOCH when that is set; seed it from the same date instead, so the
            # bytes depend on the input alone.
            signature = hashlib.md5(b"a reportlab document", usedforsecurity=False)
            signature.update(created.encode("ascii"))
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
                self.drawCentredString(PAGE_WIDTH / 2, 30, footer(number, total))
                super().showPage()
            super().save()

    return NumberedCanvas


def _cover_band(canvas: Canvas, doc: BaseDocTemplate) -> None:
    canvas.saveState()
    canvas.setFillColor(PRIMARY)
    canvas.rect(0, PAGE_HEIGHT - 330, PAGE_WIDTH, 330, stroke=0, fill=1)
    canvas.setFillColor(PALETTE[1])
    canvas.rect(0, PAGE_HEIGHT - 336, PAGE_WIDTH, 6, stroke=0, fill=1)
    canvas.restoreState()


def _running_header(left: str, right: str) -> Callable[[Canvas, BaseDocTemplate], None]:
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        y = PAGE_HEIGHT - 36
        canvas.drawString(MARGIN_X, y, left)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 5, PAGE_WIDTH - MARGIN_X, y - 5)
        canvas.restoreState()

    return draw


def _fit(label: str, font: str, size: float, width: float) -> str:
    """Shorten a running-header text that would run into the other half of the line."""
    if pdfmetrics.stringWidth(label, font, size) <= width:
        return label
    while label and pdfmetrics.stringWidth(label + "…", font, size) > width:
        label = label[:-1]
    return label.rstrip() + "…"


def _table_section(
    table: PublishedTable, lang: str, taxonomy: TaxonomyView, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    """Heading, unit and note, table, chart; short sections stay on one page."""
    meta = labelled(text("label.unit", lang), text(f"unit.{table.unit}", lang), lang) + "."
    if table.note_key:
        meta += " " + text(table.note_key, lang)
    head: list[Flowable] = [
        _p(text(table.title_key, lang), styles["h2"]),
        _p(meta, styles["small"]),
        Spacer(1, 5),
    ]
    body = _table_flowable(table, lang, taxonomy, styles)
    chart = _chart(table, lang, taxonomy)
    tail: list[Flowable] = []
    if chart is not None:
        tail += [Spacer(1, 8), chart]
        hidden_rows = any(isinstance(v, Suppressed) for row in table.cells for v in row)
        if hidden_rows and table.row_dimension not in ("month", "channel"):
            tail.append(_p(text("note.chart_omits_suppressed", lang), styles["small"]))
    if len(table.rows) <= LONG_TABLE_ROWS:
        return [KeepTogether([*head, body, *tail]), Spacer(1, 8)]
    # A long table may run over a page break (its header row repeats); its chart may not.
    return [CondPageBreak(200), *head, body, KeepTogether(tail), Spacer(1, 8)]


def _medians(
    published: PublishedReport, lang: str, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    flowables: list[Flowable] = []
    for median in published.medians:
        if median.value is None:
            sentence = text(f"median.{median.key}.withheld", lang)
        else:
            sentence = text(f"median.{median.key}", lang, value=format_number(median.value, lang))
        flowables.append(_p(sentence, styles["body"]))
    return flowables


def build_annual_pdf(
    published: PublishedReport,
    *,
    year: int,
    lang: str,
    office_name: str,
    taxonomy: TaxonomyView,
    compress: bool = True,
) -> bytes:
    """The annual report as PDF bytes; the same input always gives the same bytes."""
    check_lang(lang)
    if year != published.year:
        raise ValueError("the year does not match the published statistics")
    _register_fonts()
    styles = _styles()
    title = text("report.title", lang, year=year)
    marker = str(published.marker)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{title} – {office_name}",
        # Neutral metadata: nothing about who made the file or where.
        author="",
        subject="",
        creator="Meldpunt",
        producer="Meldpunt",
        keywords="",
        invariant=1,
        pageCompression=1 if compress else 0,
        lang=PDF_LANG[lang],
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
    half = FRAME_WIDTH / 2 - 10
    header = _running_header(_fit(office_name, FONT, 8, half), _fit(title, FONT, 8, half))
    doc.addPageTemplates(
        [
            PageTemplate(id="cover", frames=[frame], onPage=_cover_band),
            PageTemplate(id="body", frames=[frame], onPage=header),
        ]
    )

    story: list[Flowable] = [
        Spacer(1, 70),
        _p(title, styles["cover_title"]),
        Spacer(1, 8),
        _p(text("report.subtitle", lang), styles["cover_sub"]),
        Spacer(1, 26),
        _p(office_name, styles["cover_office"]),
        Spacer(1, 150),
        _p(labelled(text("report.year_label", lang), year, lang), styles["h2"]),
        _p(text("report.cover_note", lang, marker=marker), styles["body"]),
        NextPageTemplate("body"),
        PageBreak(),
        _p(text("section.key_figures", lang), styles["h1"]),
        _table_flowable(published.table("key_figures"), lang, taxonomy, styles),
        Spacer(1, 4),
        _p(text("note.key_figures", lang), styles["small"]),
        Spacer(1, 10),
        *_medians(published, lang, styles),
    ]
    present = {t.id for t in published.tables}
    for heading_key, table_ids in SECTIONS:
        shown = [table_id for table_id in table_ids if table_id in present]
        if not shown:
            continue
        previous = published.previous_year if published.previous_year is not None else year - 1
        story += [CondPageBreak(260), _p(text(heading_key, lang, previous=previous), styles["h1"])]
        for table_id in shown:
            story += _table_section(published.table(table_id), lang, taxonomy, styles)

    story += [CondPageBreak(260), _p(text("section.methodology", lang), styles["h1"])]
    for key in (
        "method.units",
        "method.multi",
        "method.case_files",
        "method.renamed",
        "method.anonymous",
    ):
        story += [_p(text(key, lang), styles["body"]), Spacer(1, 7)]
    story += [
        PageBreak(),
        _p(text("section.confidentiality", lang), styles["h1"]),
        _p(published.rule_text[lang], styles["body"]),
        Spacer(1, 10),
        _p(text("suppression.count", lang, count=published.suppressed_count), styles["h2"]),
        CondPageBreak(0),
    ]

    def footer(number: int, total: int) -> str:
        return text("page.of", lang, page=number, total=total)

    created = f"D:{year + 1:04d}0101000000+00'00'"
    doc.build(story, canvasmaker=_numbered_canvas(footer, created))
    return buffer.getvalue()
