"""The signatures in force on a record, each with its full manifestation (Part 11 §11.50)."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from infusion_app.domain.clock import parse_utc_iso
from infusion_app.services.signing import SignatureShown
from infusion_app.ui.texts import meaning_text, role_text, zone_suffix


class SignatureListWidget(QFrame):
    """One line per signature: printed name, role, meaning, date and time with the zone.

    Shown wherever a signed record shows; the times are in the site's zone ``zone``.
    """

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureList")
        self.setAccessibleName(self.tr("Signatures"))
        self._zone = zone
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(12, 8, 12, 8)
        self._column.setSpacing(4)
        self.lines: list[QLabel] = []
        self.set_signatures([])

    def line_text(self, signature: SignatureShown) -> str:
        """E.g. "✍ Li Na · Nurse · Performed · 2026-11-24 09:41:07 CST (UTC+08:00)"."""
        shown = signature.manifestation
        local = parse_utc_iso(shown.signed_at_utc).astimezone(ZoneInfo(self._zone))
        return "✍  " + " · ".join(
            (
                shown.full_name,
                role_text(shown.role),
                meaning_text(shown.meaning),
                f"{local:%Y-%m-%d %H:%M:%S} {zone_suffix(local)}",
            )
        )

    def set_signatures(self, signatures: Sequence[SignatureShown]) -> None:
        """Show ``signatures`` (oldest first), or "Not signed yet"."""
        for label in self.lines:
            self._column.removeWidget(label)
            label.deleteLater()
        texts = [self.line_text(s) for s in signatures] or [self.tr("Not signed yet.")]
        self.lines = []
        for text in texts:
            label = QLabel(text)
            label.setObjectName("signatureLine" if signatures else "hint")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(text)
            self._column.addWidget(label)
            self.lines.append(label)

    def texts(self) -> list[str]:
        """The lines as shown."""
        return [label.text() for label in self.lines]
