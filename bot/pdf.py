"""The plan as a PDF to keep: a one-page summary, then the actions as a checklist.

Drawn with ReportLab and DejaVu Sans (bot/fonts.py), which covers Latin, Cyrillic, Greek and
Arabic. Characters the font lacks, emoji above all, are left out rather than drawn as empty
boxes. In a right-to-left language (Babel says which) paragraphs are right-aligned and each
wrapped line is laid out in display order; Arabic letters are joined (bot/fonts.py). The
support organisation's name, contact and logo (ADVISOR_ORG_*) head the first page and sign
the footer; the date is written as the language writes it (bot/locales.py).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator, Sequence
from datetime import date
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab import platypus
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from bot.config import Branding
from bot.fonts import BOLD, FONT, shaped, visual
from bot.fonts import path as font_path
from bot.knowledge import AREAS_SCORED, Knowledge
from bot.locales import date_text, right_to_left
from bot.plan import (
    Plan,
    PlanItem,
    cash_unknown,
    empty_plan_text,
    item_texts,
    programme_deadline,
    section_title,
    sections,
)
from bot.relief import Programme
from bot.stats import AT_RISK_BELOW

#: DejaVu's oblique faces have no Arabic: what was italic is drawn upright, in a muted colour.
ITALIC = FONT
#: Characters the font lacks but that have a plain stand-in.
STAND_INS = {"→": "->", "⟶": "->", "—": "–", "☐": ""}
#: A score at or above this is drawn green; between AT_RISK_BELOW and this, amber.
STRONG_FROM = 70

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6470")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#c9d1da")
TRACK = colors.HexColor("#eef1f4")
RED = colors.HexColor("#c0392b")
AMBER = colors.HexColor("#e08e0b")
GREEN = colors.HexColor("#2e8b57")

MARGIN = 18 * mm
#: The padding inside SimpleDocTemplate's frame, on each side.
FRAME_PADDING = 6.0
#: The logo's box at the top of the first page, in points.
LOGO_HEIGHT = 16 * mm
LOGO_WIDTH = 45 * mm
#: ReportLab keeps some state at module level: one document at a time.
_RENDERING = threading.Lock()
#: Whether the document being built runs right to left (set under _RENDERING).
_rtl = False


@cache
def _drawable() -> frozenset[int]:
    """Register the regular font once (what charts measure with); the code points it draws."""
    pdfmetrics.registerFont(TTFont(FONT, str(font_path(FONT))))
    face: Any = pdfmetrics.getFont(FONT).face
    return frozenset(face.charToGlyph)


@cache
def _family() -> None:
    """Register the bold font and the family, for documents.

    ReportLab's parse of a DejaVu face holds some 3 MB; chart images, which measure with the
    regular one only, do without it.
    """
    _drawable()
    pdfmetrics.registerFont(TTFont(BOLD, str(font_path(BOLD))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def printable(text: str) -> str:
    """The text with Arabic letters joined and what the font cannot draw replaced or left out.

    The order stays logical: a line is put in display order where it is drawn.
    """
    drawable = _drawable()
    kept = (ch if ord(ch) in drawable else STAND_INS.get(ch, " " if ch.isspace() else "")
            for ch in shaped(text))
    return " ".join("".join(kept).split())


def _line(text: str) -> str:
    """Printable text for a single line drawn as it is (a chart label, the footer)."""
    return visual(printable(text), _rtl if _rtl else None)


@cache
def _mirrored(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-rtl", style, alignment=TA_RIGHT)


class Paragraph(platypus.Paragraph):
    """ReportLab's Paragraph, right-to-left aware.

    In a right-to-left document the text is wrapped in logical order, then each line is laid
    out in display order, right-aligned.
    """

    def __init__(self, text: str, style: ParagraphStyle, *args: Any, **kwargs: Any) -> None:
        if _rtl and style.alignment == TA_LEFT:
            style = _mirrored(style)
        super().__init__(text, style, *args, **kwargs)

    def breakLines(self, width: Any) -> Any:
        """Break into lines as ReportLab does; then, right to left, reorder each line."""
        lines = super().breakLines(width)
        if not _rtl:
            return lines
        if lines.kind == 0:  # one font: (extra space, words)
            lines.lines = [(space, visual(" ".join(words), True).split(" "))
                           for space, words in lines.lines]
        else:  # runs of different fonts: the runs swap places, each is reordered
            for line in lines.lines:
                for run in line.words:
                    run.text = visual(run.text, True)
                line.words.reverse()
        return lines


def _x(text: str) -> str:
    """Printable text escaped for a Paragraph's markup."""
    return escape(printable(text))


@cache
def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, textColor=INK)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=20, leading=24,
                                textColor=ACCENT),
        "made": ParagraphStyle("made", base, fontSize=9, textColor=MUTED, spaceAfter=6),
        "org": ParagraphStyle("org", base, fontName=BOLD, fontSize=12, leading=15,
                              textColor=INK),
        "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=13, leading=16,
                             textColor=ACCENT, spaceBefore=12, spaceAfter=6),
        "h3": ParagraphStyle("h3", base, fontName=BOLD, fontSize=11.5, leading=14,
                             textColor=INK, spaceBefore=8, spaceAfter=4),
        "note": ParagraphStyle("note", base, fontSize=8.5, leading=11, textColor=MUTED),
        "glance": ParagraphStyle("glance", base, leftIndent=14, firstLineIndent=-14,
                                 spaceAfter=1.5),
        "title_item": ParagraphStyle("title_item", base, fontName=BOLD, fontSize=11,
                                     leading=14, spaceAfter=3),
        "label": ParagraphStyle("label", base, fontName=BOLD, fontSize=9, leading=12,
                                textColor=MUTED, spaceBefore=1),
        "step": ParagraphStyle("step", base, leftIndent=12, bulletIndent=2, spaceAfter=1.5),
        "detail": ParagraphStyle("detail", base, fontSize=9, leading=12, spaceBefore=3),
    }


class CheckBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = 10.5) -> None:
        super().__init__()
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Its size."""
        return self.size, self.size

    def draw(self) -> None:
        """Draw the square."""
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, 0, self.size, self.size)


def score_colour(score: int) -> colors.Color:
    """Red when at risk, amber in between, green when strong."""
    if score < AT_RISK_BELOW:
        return RED
    return AMBER if score < STRONG_FROM else GREEN


def score_chart(knowledge: Knowledge, lang: str, plan: Plan, width: float) -> Drawing:
    """A horizontal bar per area on a 0-100 scale; an unknown area is marked not judged."""
    row, bar, axis = 24.0, 13.0, 16.0
    names = [_line(str(knowledge.text(lang, "areas", a))) for a in AREAS_SCORED]
    label_width = min(max(stringWidth(n, FONT, 10) for n in names) + 10, width * 0.34)
    value_width = 46.0
    left, right = label_width, width - value_width
    height = row * len(AREAS_SCORED) + axis
    chart = Drawing(width, height)
    for tick in range(0, 101, 25):
        x = left + (right - left) * tick / 100
        chart.add(Line(x, axis - 2, x, height, strokeColor=RULE, strokeWidth=0.5))
        chart.add(String(x, axis - 11, str(tick), fontName=FONT, fontSize=7.5,
                         fillColor=MUTED, textAnchor="middle"))
    not_judged = _line(knowledge.message(lang, "pdf_not_judged"))
    for i, (area, name) in enumerate(zip(AREAS_SCORED, names, strict=True)):
        y = height - (i + 1) * row + (row - bar) / 2
        size = 10.0
        while size > 6 and stringWidth(name, FONT, size) > label_width - 8:
            size -= 0.5
        chart.add(String(0, y + 3, name, fontName=FONT, fontSize=size, fillColor=INK))
        score = plan.scores.get(area)
        if score is None:
            chart.add(Rect(left, y, right - left, bar, fillColor=colors.white,
                           strokeColor=MUTED, strokeWidth=0.6, strokeDashArray=[2, 2]))
            chart.add(String((left + right) / 2, y + 3.5, not_judged, fontName=ITALIC,
                             fontSize=8.5, fillColor=MUTED, textAnchor="middle"))
            continue
        chart.add(Rect(left, y, right - left, bar, fillColor=TRACK, strokeColor=None))
        # A score of 0 still shows a sliver of red, so the row does not look empty.
        chart.add(Rect(left, y, max((right - left) * score / 100, 2.0), bar,
                       fillColor=score_colour(score), strokeColor=None))
        chart.add(String(right + 6, y + 3, f"{score}/100", fontName=BOLD, fontSize=9.5,
                         fillColor=INK))
    return chart


def _profile(knowledge: Knowledge, lang: str, plan: Plan, width: float) -> Table:
    """The business profile answers as a two-column table."""
    styles = _styles()
    rows = []
    for question in knowledge.questions:
        if question.area in AREAS_SCORED:
            continue
        option = plan.answers.get(question.id)
        answer = (_x(knowledge.answer_label(lang, question.id, option)) if option
                  else f"<i>{_x(knowledge.message(lang, 'pdf_not_answered'))}</i>")
        rows.append([Paragraph(_x(knowledge.short_name(lang, question.id)), styles["note"]),
                     Paragraph(answer, styles["body"])])
    table = Table(rows, colWidths=[width * 0.3, width * 0.7], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _numbered(knowledge: Knowledge, plan: Plan) -> Iterator[tuple[str, int, PlanItem]]:
    """(section, number, item) in the order and numbering of the text plan."""
    number = 0
    for section, items in sections(knowledge, plan):
        for item in items:
            number += 1
            yield section, number, item


def _checklist_item(knowledge: Knowledge, lang: str, plan: Plan, number: int,
                    item: PlanItem, width: float) -> Table:
    """One action: a box to tick, its title, steps, why and source."""
    styles = _styles()
    shown = item_texts(knowledge, lang, plan, item)
    message = knowledge.message
    body: list[Flowable] = [
        Paragraph(f"{number}. {_x(shown['title'])}", styles["title_item"]),
        Paragraph(_x(message(lang, "pdf_steps")), styles["label"]),
    ]
    body += [Paragraph(_x(step), styles["step"], bulletText="•") for step in shown["steps"]]
    body.append(Paragraph(f"<b>{_x(message(lang, 'pdf_why'))}</b> {_x(shown['why'])}",
                          styles["detail"]))
    if shown["because"]:
        body.append(Paragraph(f"<b>{_x(message(lang, 'pdf_because'))}</b> "
                              f"{_x(shown['because'])}", styles["detail"]))
    if shown["not_for"]:
        body.append(Paragraph(f"<b>{_x(message(lang, 'plan_not_for'))}</b> "
                              f"{_x(shown['not_for'])}", styles["detail"]))
    action = knowledge.actions[item.action]
    source = message(lang, "pdf_source_line", point=action.point,
                     title=knowledge.text(lang, "points", action.point),
                     effort=message(lang, f"effort_{action.effort}"),
                     cost=message(lang, f"cost_{action.cost}"))
    body.append(Paragraph(f"<b>{_x(message(lang, 'pdf_source'))}</b> {_x(source)}",
                          ParagraphStyle("source", styles["detail"], textColor=MUTED)))
    box = 22.0
    table = Table([[CheckBox(), body]], colWidths=[box, width - box])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (0, 0), 2),
        ("TOPPADDING", (1, 0), (1, 0), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]))
    return table


def _relief(knowledge: Knowledge, lang: str, programmes: Sequence[Programme],
            styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The open programmes the business may qualify for, after the checklist."""
    if not programmes:
        return []
    message = knowledge.message
    story: list[Flowable] = [Paragraph(_x(message(lang, "plan_relief_title")), styles["h2"])]
    for programme in programmes:
        when = programme_deadline(knowledge, lang, programme)
        apply = message(lang, "plan_relief_apply", apply=programme.apply)
        story.append(KeepTogether([
            Paragraph(f"<b>{_x(programme.name)}</b> ({_x(when)})", styles["body"]),
            Paragraph(_x(apply), styles["body"]), Spacer(1, 5)]))
    return story


def _header(branding: Branding | None, width: float) -> list[Flowable]:
    """The support organisation's logo, name and contact, when it has set them."""
    if branding is None or not (branding.name or branding.logo):
        return []
    styles = _styles()
    words: list[Flowable] = []
    if branding.name:
        words.append(Paragraph(_x(branding.name), styles["org"]))
    if branding.contact:
        words.append(Paragraph(_x(branding.contact), styles["note"]))
    cells: list[Any] = [words]
    widths = [width]
    if branding.logo is not None:
        logo = Image(str(branding.logo), kind="proportional", width=LOGO_WIDTH,
                     height=LOGO_HEIGHT, hAlign="LEFT")
        cells = [logo, words] if not _rtl else [words, logo]
        widths = [LOGO_WIDTH + 8, width - LOGO_WIDTH - 8]
        if _rtl:
            widths.reverse()
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE),
    ]))
    return [table, Spacer(1, 8)]


def _story(knowledge: Knowledge, lang: str, plan: Plan, made: date,
           width: float, programmes: Sequence[Programme] = (),
           branding: Branding | None = None) -> list[Flowable]:
    """Everything on the pages, in order."""
    styles = _styles()
    message = knowledge.message
    story: list[Flowable] = [
        *_header(branding, width),
        Paragraph(_x(message(lang, "pdf_title")), styles["title"]),
        Paragraph(_x(message(lang, "pdf_made", date=date_text(lang, made))), styles["made"]),
        *([Paragraph(_x(message(lang, "plan_cash_unknown")), styles["body"])]
          if cash_unknown(knowledge, plan) else []),
        Paragraph(_x(message(lang, "pdf_profile")), styles["h2"]),
        _profile(knowledge, lang, plan, width),
        Paragraph(_x(message(lang, "pdf_scores")), styles["h2"]),
        score_chart(knowledge, lang, plan, width),
        Spacer(1, 4),
        Paragraph(_x(message(lang, "pdf_scale")), styles["note"]),
        Paragraph(_x(message(lang, "pdf_glance")), styles["h2"]),
    ]
    if not plan.items:
        story.append(Paragraph(_x(empty_plan_text(knowledge, lang, plan)), styles["body"]))
        return story + _relief(knowledge, lang, programmes, styles)
    shown = None
    for section, number, item in _numbered(knowledge, plan):
        if section != shown:
            story.append(Paragraph(_x(section_title(knowledge, lang, section)), styles["h3"]))
            shown = section
        title = _x(str(knowledge.text(lang, "actions", item.action, "title")))
        if section == "start_here":  # the first three, with why each matters, on page one
            why = _x(str(knowledge.text(lang, "actions", item.action, "why")))
            story.append(Paragraph(f"{number}. <b>{title}</b><br/><i>{why}</i>",
                                   styles["glance"]))
        else:
            story.append(Paragraph(f"{number}. {title}", styles["glance"]))
    story += [PageBreak(), Paragraph(_x(message(lang, "pdf_checklist")), styles["title"])]
    shown = None
    for section, number, item in _numbered(knowledge, plan):
        heading = []
        if section != shown:
            heading = [Paragraph(_x(section_title(knowledge, lang, section)), styles["h2"])]
            shown = section
        # An action is not split across pages; a horizon's heading stays with its first one.
        story.append(KeepTogether([
            *heading, _checklist_item(knowledge, lang, plan, number, item, width), Spacer(1, 7),
        ]))
    return story + _relief(knowledge, lang, programmes, styles)


def render_pdf(knowledge: Knowledge, lang: str, plan: Plan, made: date,
               programmes: Sequence[Programme] = (), branding: Branding | None = None) -> bytes:
    """The plan as an A4 PDF in a language; `made` is the date it shows.

    `programmes` are the open relief programmes already matched to the business;
    `branding` is the support organisation's name, contact and logo.
    """
    global _rtl
    _family()
    rtl = right_to_left(lang)  # Babel's data is loaded outside the lock
    buffer = io.BytesIO()
    with _RENDERING:
        _rtl = rtl
        try:
            title = printable(knowledge.message(lang, "pdf_title"))
            signed = [branding.name] if branding and branding.name else []
            footer = _line(" · ".join([*signed, knowledge.message(lang, "pdf_title"),
                                        date_text(lang, made)]))

            def on_page(canvas: Canvas, doc: Any) -> None:
                canvas.saveState()
                canvas.setFont(FONT, 8)
                canvas.setFillColor(MUTED)
                page = _line(knowledge.message(lang, "pdf_page", page=canvas.getPageNumber()))
                left, right = (page, footer) if rtl else (footer, page)
                canvas.drawString(MARGIN + FRAME_PADDING, MARGIN / 2, left)
                canvas.drawRightString(A4[0] - MARGIN - FRAME_PADDING, MARGIN / 2, right)
                canvas.restoreState()

            doc = SimpleDocTemplate(
                buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                bottomMargin=MARGIN, title=title,
                author=(branding.name if branding and branding.name
                        else "MSME Crisis Advisor"), lang=lang,
            )
            width = doc.width - 2 * FRAME_PADDING
            doc.build(_story(knowledge, lang, plan, made, width, programmes, branding),
                      onFirstPage=on_page, onLaterPages=on_page)
        finally:
            _rtl = False
    return buffer.getvalue()


def pdf_filename(knowledge: Knowledge, lang: str, made: date) -> str:
    """The document's file name, e.g. action-plan-2026-11-29.pdf."""
    return knowledge.message(lang, "pdf_filename", date=made.isoformat())
