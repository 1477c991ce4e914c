"""Export… and Print… on the record screen: the native file dialog and the system print dialog,
each behind a small ``ask_*`` helper that tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from infusion_app.domain.export_files import ExportFormat, formats_for, safe_stem
from infusion_app.domain.roles import Role


def format_filters() -> dict[ExportFormat, str]:
    """Each format as the file dialog offers it."""
    return {
        ExportFormat.PDF: QCoreApplication.translate("RecordOutput", "PDF source record (*.pdf)"),
        ExportFormat.CSV: QCoreApplication.translate(
            "RecordOutput", "CSV files, in a new folder (*)"
        ),
        ExportFormat.FHIR: QCoreApplication.translate("RecordOutput", "FHIR R4 Bundle (*.json)"),
        ExportFormat.ODM: QCoreApplication.translate("RecordOutput", "CDISC ODM 1.3.2 (*.xml)"),
    }


SUFFIXES = {ExportFormat.PDF: ".pdf", ExportFormat.CSV: "", ExportFormat.FHIR: ".json"}


def export_formats(role: Role) -> list[ExportFormat]:
    """What ``role`` may export from the record screen (the service refuses the rest)."""
    return formats_for(role)


def file_stem(subject_code: str, number: int) -> str:
    """The suggested name: the participant and the session's number, e.g. HPV-001_session1."""
    return f"{safe_stem(subject_code)}_session{int(number)}"


def ask_export_target(
    parent: QWidget, stem: str, formats: list[ExportFormat]
) -> tuple[ExportFormat, Path] | None:
    """The native save dialog: where to write, and in which of ``formats`` (None: cancelled)."""
    filters = format_filters()
    offered = [filters[f] for f in formats]
    suggested = str(Path.home() / f"{stem}{SUFFIXES.get(formats[0], '.xml')}")
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RecordOutput", "Export the session record"),
        suggested,
        ";;".join(offered),
    )
    if not path:
        return None
    kind = formats[offered.index(chosen)] if chosen in offered else formats[0]
    return kind, Path(path)


def ask_printer(parent: QWidget) -> QPrinter | None:
    """The system print dialog; the printer chosen, or None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("RecordOutput", "Print the session record"))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None
