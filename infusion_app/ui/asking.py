"""Small questions screens ask in a modal box; tests replace them on the screen instance."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QWidget

from infusion_app.domain.corrections import CorrectableField
from infusion_app.ui.texts import field_label_text


def run_dialog(dialog: QDialog) -> int:
    """Show a dialog modally and return its result code."""
    return dialog.exec()


def ask_csv_path(parent: QWidget, title: str, suggested: str = "", *, save: bool) -> Path | None:
    """Ask for a CSV file to write (``save``) or to read; None when cancelled."""
    ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
    name, _ = ask(parent, title, suggested, QCoreApplication.translate("Asking", "CSV (*.csv)"))
    return Path(name) if name else None


def ask_save_path(parent: QWidget) -> Path | None:
    """Ask where to write the CSV file; None when cancelled (tests replace this)."""
    title = QCoreApplication.translate("Asking", "Export the audit trail")
    return ask_csv_path(parent, title, "audit-trail.csv", save=True)


def ask_field(parent: QWidget, choices: Sequence[CorrectableField]) -> CorrectableField | None:
    """Ask which of an event's values to correct; None when cancelled (tests replace this)."""
    labels = [field_label_text(c.label) for c in choices]
    label, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("Asking", "Correct…"),
        QCoreApplication.translate("Asking", "Which value?"),
        labels,
        0,
        False,
    )
    return choices[labels.index(label)] if ok and label in labels else None
