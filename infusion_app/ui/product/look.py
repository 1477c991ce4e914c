"""The panels the product screens share (notice, release checks) and the checks' names.

Their stylesheet rules are in ``resources/styles/app.qss``, so they follow the theme.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from infusion_app.services.records import ReceiptCheck
from infusion_app.ui.kit.restyle import restyle
from infusion_app.ui.messages import recorded_text

ICONS = {"ok": "✔", "stop": "✖", "quarantine": "✖", "progress": "…"}


def check_name(check_id: str) -> str:
    """A release check's name as the pharmacist reads it, e.g. "Viability"."""
    names = {
        "participant": QCoreApplication.translate("Product", "Participant on the label"),
        "arm": QCoreApplication.translate("Product", "Arm on the label"),
        "not_expired": QCoreApplication.translate("Product", "Not expired"),
        "expiry_after_end": QCoreApplication.translate("Product", "Lasts past the projected end"),
        "time_since_preparation": QCoreApplication.translate("Product", "Time since preparation"),
        "cell_dose": QCoreApplication.translate("Product", "Cell dose"),
        "viability": QCoreApplication.translate("Product", "Viability"),
        "temperature": QCoreApplication.translate("Product", "Temperature on receipt"),
        "appearance": QCoreApplication.translate("Product", "Appearance"),
    }
    return names.get(check_id, check_id)


def selectable(text: str, name: str, accessible_name: str) -> QLabel:
    """A word-wrapped label a screen reader announces and a mouse can select."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAccessibleName(accessible_name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class NoticePanel(QFrame):
    """A full-width panel: a big icon, a headline and sentences (never colour alone).

    ``kind`` is "ok" (green ✔), "stop" or "quarantine" (red ✖) or "progress" (blue).
    """

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setAccessibleName(accessible_name)
        self.icon = selectable("", "noticeIcon", QCoreApplication.translate("Product", "Symbol"))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.icon.setFixedWidth(64)
        self.title = selectable(
            "", "noticeTitle", QCoreApplication.translate("Product", "Headline")
        )
        self.text = selectable("", "noticeText", QCoreApplication.translate("Product", "Details"))
        words = QVBoxLayout()
        words.setSpacing(4)
        words.addWidget(self.title)
        words.addWidget(self.text)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 12, 18, 12)
        row.addWidget(self.icon)
        row.addLayout(words, 1)
        self.kind = ""
        self.hide()

    def show_notice(self, kind: str, title: str, lines: Sequence[str] = ()) -> None:
        """Show ``title`` and one line per item of ``lines`` in the look of ``kind``."""
        self.kind = kind
        self.setProperty("kind", kind)
        self.icon.setText(ICONS[kind])
        self.title.setText(title)
        self.text.setText("\n".join(lines))
        self.text.setVisible(bool(lines))
        self.setAccessibleDescription(f"{title} {' '.join(lines)}")
        restyle(self, with_labels=True)
        self.show()

    def clear(self) -> None:
        """Hide the panel."""
        self.kind = ""
        self.hide()


class CheckResultsList(QFrame):
    """Every release check, one line each: ✓ or ✗, its name and its reason."""

    def __init__(self, known: Mapping[str, str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._known = dict(known or {})  # stored codes in words, e.g. an arm's label
        self.setObjectName("productCard")
        self.setAccessibleName(QCoreApplication.translate("Product", "Release checks"))
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(14, 10, 14, 10)
        self._column.setSpacing(2)
        self._column.addWidget(
            selectable(
                QCoreApplication.translate("Product", "Release checks"),
                "cardTitle",
                QCoreApplication.translate("Product", "Title"),
            )
        )
        self.lines: list[QLabel] = []
        self.hide()

    def set_results(self, checks: Sequence[ReceiptCheck]) -> None:
        """Show the receipt's release ``checks``; hidden when there are none."""
        for label in self.lines:
            self._column.removeWidget(label)
            label.deleteLater()
        self.lines = []
        for check in checks:
            mark = "✓" if check.passed else "✗"
            text = f"{mark}  {check_name(check.id)}: {recorded_text(check.reason, self._known)}"
            label = selectable(text, "checkLine", text)
            label.setProperty("passed", "true" if check.passed else "false")
            self._column.addWidget(label)
            self.lines.append(label)
        self.setVisible(bool(checks))

    def texts(self) -> list[str]:
        """The lines as shown."""
        return [label.text() for label in self.lines]
