"""Small questions the session and participant screens ask; tests replace them per instance."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from infusion_app.ui.asking import ask_csv_path


def ask_confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask the nurse to confirm ``text`` (e.g. an unusual vital sign); True when confirmed."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_open_path(parent: QWidget) -> Path | None:
    """Ask which CSV file to read; None when cancelled."""
    title = QCoreApplication.translate("Asking", "Choose the randomization list")
    return ask_csv_path(parent, title, save=False)
