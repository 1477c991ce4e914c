"""The PDF source record: A4 pages with header and page numbers, Chinese text, the chart,
and the signature manifestations — read back with QtPdf (text) and rendered to PNG."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from infusion_app.reports.pdf_record import render_chart, write_pdf
from infusion_app.reports.session_record import SessionRecord
from infusion_app.services.context import Workspace


@pytest.fixture
def pdf(qapp: QApplication, record: SessionRecord, tmp_path: Path) -> QPdfDocument:
    path = tmp_path / "record.pdf"
    pages = write_pdf(record, path)
    document = QPdfDocument(None)
    assert document.load(str(path)) == QPdfDocument.Error.None_
    assert document.pageCount() == pages >= 2
    return document


def _text(document: QPdfDocument) -> str:
    return "\n".join(document.getAllText(n).text() for n in range(document.pageCount()))


def test_pages_are_a4_with_header_and_page_numbers(pdf: QPdfDocument) -> None:
    size = pdf.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (595, 842)
    pages = pdf.pageCount()
    for n in range(pages):
        text = pdf.getAllText(n).text()
        assert "SH-TJ01 · HPV-001" in text
        assert f"page {n + 1} of {pages}" in text


def test_the_text_holds_every_section_and_chinese(pdf: QPdfDocument, record: SessionRecord) -> None:
    text = _text(pdf)
    for heading in (
        "Pre-infusion checks",
        "Product",
        "Drip readings",
        "Volume and duration",
        "Vital signs",
        "Adverse events",
        "Open alerts",
        "Timeline",
        "Corrections",
    ):
        assert heading in text
    assert "试验组" in text and "输注源记录" in text
    assert "MSC-2611-07" in text and "Chills" in text
    for signature in record.signatures_in_force:
        assert signature.manifestation.split(" — ")[0] in text
    assert "Wang Fang (investigator) — reviewed" in text.replace("\n", " ")


def test_a_page_renders(pdf: QPdfDocument, tmp_path: Path) -> None:
    image = pdf.render(0, QSize(1240, 1754))
    assert not image.isNull()
    image.save(str(tmp_path / "page1.png"))
    assert (tmp_path / "page1.png").stat().st_size > 10_000


def test_the_chart_is_an_image(qapp: QApplication, record: SessionRecord) -> None:
    chart = render_chart(record)
    assert (chart.width(), chart.height()) == (2000, 900)


def test_the_signed_pdf_prints_the_records_chain_head_in_short_form(
    pdf: QPdfDocument, site: Workspace, signed_session: str
) -> None:
    """The paper copy anchors the electronic one: the hash of the session's latest event (here
    the countersignature), read from the log, is printed in groups of four."""
    latest, kind = site.db.execute(
        "SELECT hash, type FROM events WHERE session = ? ORDER BY seq DESC LIMIT 1",
        [signed_session],
    ).fetchone()
    assert kind == "session.countersigned"
    printed = " ".join(latest[i : i + 4] for i in range(0, 16, 4))
    assert f"Record chain head: {printed}" in " ".join(_text(pdf).split())
