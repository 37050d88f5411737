"""Charts as PNG images for the chat: the plan's area scores, and /stats' scores over time.

Charts are ReportLab drawings, so the plan's chart in the chat is the very drawing of the PDF
(bot/pdf.py's score_chart). ReportLab's own bitmap renderer needs a C extension or cairo that
PyPI does not provide for every Python, so `png()` paints the few shapes our charts use
(rectangles, lines, polylines, circles, strings) with Pillow and the shipped DejaVu Sans.
ReportLab and Pillow are imported by the callers of this module, on first use.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from bot.fonts import BOLD, FILES, FONT, has_rtl, shaped, visual
from bot.fonts import path as font_path
from bot.knowledge import AREAS_SCORED, Knowledge
from bot.pdf import score_chart
from bot.plan import Plan
from bot.stats import SMALL, Report

#: Pixels per point: a 320-point-wide chart becomes a sharp 850-pixel image.
SCALE = 2.5
PAD = 10.0
AREA_COLOURS = {"cash": "#1f4e79", "operations": "#e08e0b", "staff": "#2e8b57",
                "digital": "#8e44ad"}
INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6470")
RULE = colors.HexColor("#c9d1da")
TRACK = colors.HexColor("#eef1f4")
#: Pillow's font objects are shared by the threads that render.
_FONTS = threading.Lock()
_PAINTING = threading.Lock()
#: The one thread that draws charts for the event loop (`await drawn(plan_chart, ...)`):
#: drawn in the loop's default threads, each grew its own C heap (12 MB more at the memory
#: benchmark's peak) for no gain on two cores.
THREAD = ThreadPoolExecutor(max_workers=1, thread_name_prefix="charts")


@cache
def _font(name: str, pixels: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(name if name in FILES else FONT)), pixels)


def _rgb(colour: Any) -> tuple[int, int, int] | None:
    if colour is None:
        return None
    red, green, blue = colour.rgb()
    return round(red * 255), round(green * 255), round(blue * 255)


def png(drawing: Drawing, scale: float = SCALE, margin: float = 0.0,
        kind: str = "PNG") -> bytes:
    """The drawing painted on white, with a margin around it, as PNG (or JPEG) bytes."""
    with _PAINTING:
        return _png(drawing, scale, margin, kind)


def _png(drawing: Drawing, scale: float, margin: float, kind: str) -> bytes:
    width = round((drawing.width + 2 * margin) * scale)
    height = round((drawing.height + 2 * margin) * scale)
    image = Image.new("RGB", (width, height), "white")
    paint = ImageDraw.Draw(image)

    def at(x: float, y: float) -> tuple[float, float]:
        return (x + margin) * scale, (drawing.height + margin - y) * scale

    for shape in drawing.contents:
        if isinstance(shape, Rect):
            (x0, y1), (x1, y0) = at(shape.x, shape.y), at(shape.x + shape.width,
                                                          shape.y + shape.height)
            outline = _rgb(shape.strokeColor)
            paint.rectangle((x0, y0, x1, y1), fill=_rgb(shape.fillColor), outline=outline,
                            width=max(1, round((shape.strokeWidth or 0) * scale))
                            if outline else 0)
        elif isinstance(shape, Line):
            paint.line((at(shape.x1, shape.y1), at(shape.x2, shape.y2)),
                       fill=_rgb(shape.strokeColor),
                       width=max(1, round(shape.strokeWidth * scale)))
        elif isinstance(shape, PolyLine):
            points = [at(x, y) for x, y in zip(shape.points[::2], shape.points[1::2],
                                               strict=True)]
            paint.line(points, fill=_rgb(shape.strokeColor),
                       width=max(1, round(shape.strokeWidth * scale)), joint="curve")
        elif isinstance(shape, Circle):
            cx, cy = at(shape.cx, shape.cy)
            radius = shape.r * scale
            paint.ellipse((cx - radius, cy - radius, cx + radius, cy + radius),
                          fill=_rgb(shape.fillColor))
        elif isinstance(shape, String):
            anchor = {"start": "ls", "middle": "ms", "end": "rs"}.get(shape.textAnchor, "ls")
            with _FONTS:
                paint.text(at(shape.x, shape.y), shape.text, fill=_rgb(shape.fillColor),
                           font=_font(shape.fontName, round(shape.fontSize * scale)),
                           anchor=anchor)
    out = io.BytesIO()
    if kind == "JPEG":  # full colour resolution: coloured labels stay sharp
        image.save(out, format="JPEG", quality=95, subsampling=0)
    else:  # zlib's default level: optimize=True made images 4% smaller, four times slower
        image.save(out, format="PNG")
    return out.getvalue()


async def drawn(draw: Callable[..., bytes], *args: Any) -> bytes:
    """A chart drawn in the charts' thread, the event loop free meanwhile."""
    return await asyncio.get_running_loop().run_in_executor(THREAD, draw, *args)


def plan_chart_key(knowledge: Knowledge, lang: str, plan: Plan) -> str:
    """What the plan's chart looks like, in a few characters: equal keys, equal images."""
    words = [str(knowledge.text(lang, "areas", a)) for a in AREAS_SCORED]
    words.append(knowledge.message(lang, "pdf_not_judged"))
    scores = [str(plan.scores.get(a)) for a in AREAS_SCORED]
    digest = hashlib.sha256("\x1f".join([lang, *words, *scores]).encode()).hexdigest()
    return f"plan:{digest[:32]}"


def plan_chart(knowledge: Knowledge, lang: str, plan: Plan, width: float = 320.0) -> bytes:
    """The plan's area scores as a JPEG: the PDF's chart, with a margin.

    A JPEG, not a PNG: a chart is drawn for nearly every plan (its scores are its own), and
    Telegram turns every photo into a JPEG anyway; at quality 95 the image is encoded in
    0.5 ms where the PNG took 4.5 ms of the chart's 6.2 ms (docs/BENCHMARKS.md, Core).
    """
    return png(score_chart(knowledge, lang, plan, width), margin=PAD, kind="JPEG")


def _text(text: str) -> str:
    """A label as drawn: Arabic joined, right-to-left letters in display order."""
    return visual(shaped(text)) if has_rtl(text) else text


def stats_chart(report: Report, knowledge: Knowledge, lang: str, width: float = 420.0) -> bytes:
    """/stats' chart as a PNG: the median score of each area, then each area's median by month.

    Medians from fewer than 5 businesses are not drawn; months without one are left out.
    """
    names = {a: _text(str(knowledge.text(lang, "areas", a))) for a in AREAS_SCORED}
    scores = report.table("scores")
    months = report.table("month")
    shown = [m for m in months.rows
             if any(isinstance(months.get(m, f"median_{a}"), int) for a in AREAS_SCORED)]
    row, title, lines_height = 20.0, 22.0, (170.0 if len(shown) >= 2 else 0.0)
    bars_height = title + row * len(AREAS_SCORED) + 18
    height = bars_height + (lines_height + title + 34 if lines_height else 0) + 2 * PAD
    chart = Drawing(width, height)
    top = height - PAD
    chart.add(String(PAD, top - 12, _text(knowledge.message(lang, "stats_chart_title")),
                     fontName=BOLD, fontSize=11, fillColor=INK))
    label = max(_width(n, 9) for n in names.values()) + 8
    left, right = PAD + label, width - PAD - 40
    for i, area in enumerate(AREAS_SCORED):
        y = top - title - (i + 1) * row + 5
        chart.add(String(PAD, y + 3, names[area], fontName=FONT, fontSize=9, fillColor=INK))
        chart.add(Rect(left, y, right - left, 11, fillColor=TRACK, strokeColor=None))
        median = scores.get(area, "median_all")
        if isinstance(median, int):
            chart.add(Rect(left, y, max((right - left) * median / 100, 2.0), 11,
                           fillColor=colors.HexColor(AREA_COLOURS[area]), strokeColor=None))
            chart.add(String(right + 5, y + 2, f"{median}/100", fontName=BOLD, fontSize=8.5,
                             fillColor=INK))
        else:
            chart.add(String(right + 5, y + 2, SMALL, fontName=FONT, fontSize=8.5,
                             fillColor=MUTED))
    if lines_height:
        _lines(chart, report, knowledge, lang, shown, names, top - bars_height, lines_height)
    return png(chart)


def _width(text: str, size: float) -> float:
    """How wide a label is drawn, in points."""
    with _FONTS:
        return float(_font(FONT, round(size * SCALE)).getlength(text)) / SCALE


def _lines(chart: Drawing, report: Report, knowledge: Knowledge, lang: str,
           shown: Sequence[str], names: dict[str, str], top: float, height: float) -> None:
    """Each area's median by month: a line per area, a dot per month, a legend below."""
    from bot.locales import month_text

    months = report.table("month")
    chart.add(String(PAD, top - 12, _text(knowledge.message(lang, "stats_chart_months")),
                     fontName=BOLD, fontSize=11, fillColor=INK))
    left, right = PAD + 26, chart.width - PAD - 8
    bottom, high = top - 22 - height, top - 26
    for tick in range(0, 101, 25):
        y = bottom + (high - bottom) * tick / 100
        chart.add(Line(left, y, right, y, strokeColor=RULE, strokeWidth=0.5))
        chart.add(String(left - 4, y - 3, str(tick), fontName=FONT, fontSize=7.5,
                         fillColor=MUTED, textAnchor="end"))
    inset = 20.0  # the first and last month's labels stay inside the image
    step = (right - left - 2 * inset) / max(len(shown) - 1, 1)
    for i, month in enumerate(shown):
        chart.add(String(left + inset + i * step, bottom - 11, _text(month_text(lang, month)),
                         fontName=FONT, fontSize=7.5, fillColor=MUTED, textAnchor="middle"))
    for area in AREAS_SCORED:
        colour = colors.HexColor(AREA_COLOURS[area])
        points = [(left + inset + i * step, bottom + (high - bottom) * value / 100)
                  for i, month in enumerate(shown)
                  if isinstance(value := months.get(month, f"median_{area}"), int)]
        if len(points) >= 2:
            chart.add(PolyLine([c for p in points for c in p], strokeColor=colour,
                               strokeWidth=1.6))
        for x, y in points:
            chart.add(Circle(x, y, 2.2, fillColor=colour, strokeColor=None))
    x = left
    for area in AREAS_SCORED:
        chart.add(Rect(x, bottom - 30, 9, 9, fillColor=colors.HexColor(AREA_COLOURS[area]),
                       strokeColor=None))
        chart.add(String(x + 12, bottom - 29, names[area], fontName=FONT, fontSize=8,
                         fillColor=INK))
        x += 12 + _width(names[area], 8) + 14
