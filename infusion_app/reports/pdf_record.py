"""The PDF source record of a session: A4, drawn with Qt's own printing (QPdfWriter).

The body is a QTextDocument laid out page by page; every page gets the header (site, subject
code, arm, day) and a footer with "page n of N". The vitals and drip-rate chart is painted
with QPainter into a QImage. Chinese text uses WenQuanYi Micro Hei (fonts-wqy-microhei),
which Qt embeds in the PDF as a subset. This is the only reports module that imports Qt;
a QGuiApplication must exist (the CLI makes an offscreen one).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from infusion_app.domain.clock import parse_utc_iso
from infusion_app.reports.pdf_html import CHART_URL, footer_text, header_text, record_html
from infusion_app.reports.record_types import SessionRecord

CJK_FAMILIES = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC")
CJK_FILES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
)
DPI = 300
MARGIN_MM = 14.0


def cjk_family() -> str:
    """A font family with Simplified Chinese glyphs, loaded from its file if need be."""
    families = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in families:
            return family
    for path in CJK_FILES:
        if Path(path).exists() and (font_id := QFontDatabase.addApplicationFont(path)) >= 0:
            return QFontDatabase.applicationFontFamilies(font_id)[0]
    return QFont().family()


def _minutes(at: str, start: datetime) -> float:
    return (parse_utc_iso(at) - start).total_seconds() / 60


def _series_bounds(record: SessionRecord) -> tuple[datetime, float] | None:
    times = [v.measured_at for v in record.vitals] + [d.at for d in record.drip_readings]
    if not times:
        return None
    first = min(parse_utc_iso(t) for t in times)
    started = record.session.infusion_started_at
    start = min(first, parse_utc_iso(started)) if started else first
    span = max(_minutes(t, start) for t in times)
    return start, max(span, 10.0)


def _axes(p: QPainter, area: QRectF, top: float, label: str, x_span: float) -> None:
    p.setPen(QPen(QColor("#555555"), 2))
    p.drawRect(area)
    for i in range(5):
        y = area.bottom() - area.height() * i / 4
        p.drawText(QPointF(area.left() - 90, y + 10), f"{top * i / 4:.0f}")
    for i in range(7):
        x = area.left() + area.width() * i / 6
        p.drawText(QPointF(x - 20, area.bottom() + 36), f"{x_span * i / 6:.0f}")
    p.drawText(QPointF(area.left(), area.top() - 12), label)


def _polyline(
    p: QPainter,
    area: QRectF,
    points: Sequence[tuple[float, float]],
    spans: tuple[float, float],
    color: str,
) -> None:
    x_span, top = spans
    mapped = [
        QPointF(area.left() + area.width() * x / x_span, area.bottom() - area.height() * y / top)
        for x, y in points
    ]
    p.setPen(QPen(QColor(color), 5))
    for a, b in itertools.pairwise(mapped):
        p.drawLine(a, b)
    for point in mapped:
        p.drawEllipse(point, 8, 8)


def _draw_series(
    p: QPainter, record: SessionRecord, bounds: tuple[datetime, float], size: QSizeF
) -> None:
    """Two panels: BP and heart rate above, the drip rate with its target band below."""
    width, height = size.width(), size.height()
    start, span = bounds
    vitals_area = QRectF(110, 60, width - 150, height * 0.5 - 60)
    drip_area = QRectF(110, height * 0.5 + 70, width - 150, height * 0.5 - 150)
    _axes(
        p,
        vitals_area,
        200,
        "BP mmHg (blue systolic, light blue diastolic), heart rate /min (red)",
        span,
    )
    _axes(
        p,
        drip_area,
        120,
        "Drip rate gtt/min (green), target band shaded; x: minutes from the infusion start",
        span,
    )
    low, high = record.site.drip_band_gtt_min
    band = QRectF(
        drip_area.left(),
        drip_area.bottom() - drip_area.height() * high / 120,
        drip_area.width(),
        drip_area.height() * (high - low) / 120,
    )
    p.fillRect(band, QColor(0, 160, 0, 40))
    for field, color in (
        ("systolic_mmhg", "#1f4e9a"),
        ("diastolic_mmhg", "#6f9fe0"),
        ("heart_rate_bpm", "#c0392b"),
    ):
        points = [
            (_minutes(v.measured_at, start), float(getattr(v, field)))
            for v in record.vitals
            if getattr(v, field) is not None  # a partial set's missing parameter: no point
        ]
        _polyline(p, vitals_area, points, (span, 200), color)
    drip = [(_minutes(d.at, start), d.rate_gtt_min) for d in record.drip_readings]
    _polyline(p, drip_area, drip, (span, 120), "#1e8449")


def render_chart(record: SessionRecord, width: int = 2000, height: int = 900) -> QImage:
    """Vital signs (BP, heart rate) and drip rate against minutes from the first reading."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    bounds = _series_bounds(record)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(cjk_family())
    font.setPixelSize(26)
    p.setFont(font)
    if bounds is None:
        p.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "No readings")
        p.end()
        return image
    _draw_series(p, record, bounds, QSizeF(width, height))
    p.end()
    return image


def _writer(path: Path, record: SessionRecord) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(f"Infusion source record {record.participant.subject_code}")
    writer.setCreator("infusion-app")
    return writer


def _document(
    record: SessionRecord, device: QPagedPaintDevice, body: QSizeF, family: str, dpi: int
) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(QFont(family, 8))
    chart = render_chart(record)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), chart)
    # Rich-text image sizes are in 96-dpi pixels, scaled up to the writer's resolution.
    document.setHtml(record_html(record, int(body.width() * 96 / dpi)))
    document.setPageSize(body)
    return document


def _page_furniture(p: QPainter, page: QRectF, texts: tuple[str, str], family: str) -> None:
    p.setFont(QFont(family, 7))
    p.setPen(QPen(QColor("#333333"), 2))
    line = p.fontMetrics().height()
    p.drawText(QRectF(0, 0, page.width(), line), Qt.AlignmentFlag.AlignLeft, texts[0])
    p.drawLine(QPointF(0, line * 1.2), QPointF(page.width(), line * 1.2))
    footer = QRectF(0, page.height() - line, page.width(), line)
    p.drawLine(
        QPointF(0, footer.top() - line * 0.2), QPointF(page.width(), footer.top() - line * 0.2)
    )
    p.drawText(footer, Qt.AlignmentFlag.AlignRight, texts[1])


def write_pdf(record: SessionRecord, path: Path) -> int:
    """Write the source record of one session to ``path``; return the number of pages."""
    return paint_record(record, _writer(path, record), DPI)


def paint_record(record: SessionRecord, device: QPagedPaintDevice, dpi: int) -> int:
    """Paint the source record of one session onto ``device`` — a PDF writer, or a printer
    from the print dialog — whose resolution is ``dpi``; return the number of pages."""
    family = cjk_family()
    page = QRectF(device.pageLayout().paintRectPixels(dpi))
    page.moveTo(0, 0)
    furniture = QFont(family, 7)
    painter = QPainter(device)
    painter.setFont(furniture)
    band = painter.fontMetrics().height() * 2.0
    body = QSizeF(page.width(), page.height() - 2 * band)
    document = _document(record, device, body, family, dpi)
    pages = document.pageCount()
    for number in range(pages):
        if number:
            device.newPage()
        _page_furniture(
            painter, page, (header_text(record), footer_text(record, number + 1, pages)), family
        )
        painter.save()
        painter.translate(0, band - number * body.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, number * body.height(), body.width(), body.height())
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()
    painter.end()
    return pages


def write_pdfs(records: Sequence[SessionRecord], folder: Path) -> list[Path]:
    """One PDF per session in ``folder``, named ``<subject>_session<n>.pdf``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for record in records:
        name = f"{record.participant.subject_code}_session{record.session.number}.pdf"
        write_pdf(record, folder / name)
        paths.append(folder / name)
    return paths
