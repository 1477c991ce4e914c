"""Export… and Print… on the record screen (finding 10: the signed record left only through
``infusion-app export --session ID``, with an id the app never shows). The native file
dialog and the system print dialog are replaced through the screen's ask_* helpers; printing
goes to a PDF file through a real QPrinter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from infusion_app.domain.event_text import describe
from infusion_app.domain.export_files import ExportFormat
from infusion_app.domain.outcomes import Refusal
from infusion_app.services import signing
from infusion_app.services.context import Actor, Workspace
from infusion_app.ui.session.summary_screen import SummaryScreen
from tests.ui.conftest import OFFSCREEN_DIALOG_WARNING, PASSWORDS, SUBJECT

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_WARNING)
LEFT = Qt.MouseButton.LeftButton


def record_screen(qtbot, ws: Workspace, actor: Actor, session_id: str) -> SummaryScreen:
    screen = SummaryScreen(ws, actor, session_id)
    qtbot.addWidget(screen)
    screen.resize(1366, 673)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def pdf_text(path: Path) -> str:
    document = QPdfDocument(None)
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return "\n".join(document.getAllText(n).text() for n in range(document.pageCount()))


def audit_lines(ws: Workspace, kind: str) -> list[dict]:
    return [e.payload for e in ws.store.events() if e.type == kind]


def test_an_investigator_exports_the_pdf_named_by_participant_and_session(
    qtbot, site_ws: Workspace, investigator: Actor, observed_session: str, tmp_path: Path
) -> None:
    screen = record_screen(qtbot, site_ws, investigator, observed_session)
    asked: list[tuple[str, list[ExportFormat]]] = []
    target = tmp_path / "out" / "record.pdf"

    def choose(parent, stem: str, formats: list[ExportFormat]):
        asked.append((stem, formats))
        return ExportFormat.PDF, target

    screen.ask_export_target = choose
    qtbot.mouseClick(screen.buttons["export"], LEFT)
    assert asked == [(f"{SUBJECT}_session1", list(ExportFormat))]  # never a raw id
    text = pdf_text(target)
    assert SUBJECT in text and "Timeline" in text
    assert "G1234" not in text or "G1234 17" in text  # a DIN, if any, as printed
    [exported] = audit_lines(site_ws, "record.exported")
    assert exported["format"] == "pdf" and exported["files"][0]["path"] == str(target)
    assert str(target) in screen.output_note.text()


def test_a_nurse_may_export_the_pdf_only(
    qtbot, site_ws: Workspace, nurse: Actor, observed_session: str
) -> None:
    screen = record_screen(qtbot, site_ws, nurse, observed_session)
    offered: list[list[ExportFormat]] = []
    screen.ask_export_target = lambda parent, stem, formats: offered.append(formats)
    qtbot.mouseClick(screen.buttons["export"], LEFT)
    assert offered == [[ExportFormat.PDF]]
    assert audit_lines(site_ws, "record.exported") == []  # cancelled: nothing written


# Qt's print support (its CUPS back end on Linux) sometimes warns from a thread of its own
# when a QPrinter is made after other windows ran; nothing of the app runs there.
@pytest.mark.qt_log_ignore(
    OFFSCREEN_DIALOG_WARNING, "QBasicTimer::start: Timers cannot be started from another thread"
)
def test_print_sends_the_record_to_the_printer_and_records_it(
    qtbot, site_ws: Workspace, nurse: Actor, observed_session: str, tmp_path: Path
) -> None:
    screen = record_screen(qtbot, site_ws, nurse, observed_session)
    printed = tmp_path / "printed.pdf"

    def printer(parent) -> QPrinter:
        chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(printed))
        return chosen

    screen.ask_printer = printer
    qtbot.mouseClick(screen.buttons["print"], LEFT)
    assert SUBJECT in pdf_text(printed)
    [line] = audit_lines(site_ws, "record.printed")
    assert line["subject"] == SUBJECT and line["number"] == 1 and line["pages"] >= 2
    assert "printed the record of session 1 of HPV-001" in "\n".join(screen.timeline.lines())


def test_an_export_is_an_event_of_its_session_in_the_timeline_and_the_next_pdf(
    qtbot, site_ws: Workspace, nurse: Actor, observed_session: str, tmp_path: Path
) -> None:
    """Before: the export event carried no session, so neither the record screen's timeline
    nor the record's audit section showed it (a print did)."""
    screen = record_screen(qtbot, site_ws, nurse, observed_session)
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    targets = iter([first, second])
    screen.ask_export_target = lambda parent, stem, formats: (ExportFormat.PDF, next(targets))
    qtbot.mouseClick(screen.buttons["export"], LEFT)
    [event] = [e for e in site_ws.store.events() if e.type == "record.exported"]
    assert (event.session, event.participant) == (observed_session, SUBJECT)
    line = f"exported the record as PDF to {first}"
    assert any(line in shown and "Li Na" in shown for shown in screen.timeline.lines())
    qtbot.mouseClick(screen.buttons["export"], LEFT)
    assert line in " ".join(pdf_text(second).split()), "the audit section of the next export"


def test_an_export_of_every_session_belongs_to_none(
    site_ws: Workspace, investigator: Actor, observed_session: str, tmp_path: Path
) -> None:
    from infusion_app.services import exports

    result = exports.export_all(site_ws, investigator, "csv", tmp_path / "all")
    assert not isinstance(result, Refusal), result
    assert (result.event.session, result.event.participant) == (None, None)
    assert "exported 1 session(s) as CSV to" in str(
        describe(result.event.type, result.event.payload)
    )


def test_the_record_screen_shows_the_chain_head_the_pdf_prints(
    qtbot, site_ws: Workspace, nurse: Actor, observed_session: str, tmp_path: Path
) -> None:
    screen = record_screen(qtbot, site_ws, nurse, observed_session)
    latest = site_ws.db.execute(
        "SELECT hash FROM events WHERE session = ? ORDER BY seq DESC LIMIT 1", [observed_session]
    ).fetchone()[0]
    shown = " ".join(latest[i : i + 4] for i in range(0, 16, 4))
    assert screen.chain_head.isVisible() and screen.chain_head.text() == f"Chain head {shown}"
    target = tmp_path / "record.pdf"
    screen.ask_export_target = lambda parent, stem, formats: (ExportFormat.PDF, target)
    qtbot.mouseClick(screen.buttons["export"], LEFT)
    assert f"Record chain head: {shown}" in " ".join(pdf_text(target).split())
    assert [e.type for e in site_ws.store.events()][-1] == "record.exported"
    assert screen.chain_head.text() == f"Chain head {shown}", "the export is not the record's"
    signed = signing.sign_session(
        site_ws, nurse, session_id=observed_session, password=PASSWORDS[nurse.username]
    )
    assert not isinstance(signed, Refusal), signed
    screen.refresh()
    assert screen.chain_head.text() != f"Chain head {shown}", "a signature moves the head"
