"""How the product screens look: their extra stylesheet rules and the panels they share.

The rules are for object names only these screens use; like ``session/look.py`` they are
applied per screen until they move into ``resources/styles/app.qss``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

PRODUCT_STYLE = """
#productCard { background: #ffffff; border: 1px solid #d5dbe1; border-radius: 10px; }
QLabel#cardTitle { font-size: 14pt; font-weight: 600; color: #4a5563; }
QLabel#bigValue { font-size: 20pt; font-weight: 700; }
QLabel#value { font-size: 14pt; font-weight: 600; }
QLabel#unit { font-size: 13pt; color: #4a5563; }
QLabel#dose {
    font-size: 14pt; font-weight: 600; background: #eef6ee; border: 2px solid #2e7d32;
    border-radius: 8px; padding: 8px 12px;
}
QLabel#checkLine { font-size: 12pt; padding: 1px 0; }
QLabel#checkLine[passed="false"] { color: #a51d2d; font-weight: 600; }
QCheckBox { min-height: 44px; spacing: 10px; }
QCheckBox::indicator { width: 26px; height: 26px; }
QPushButton:disabled { color: #7a8591; background: #eef2f6; border: 1px dashed #a9b3bd; }
QPushButton#primary:disabled { color: #e8eef6; background: #8fa9c9; border: 1px solid #7d97b7; }
#notice { border-radius: 8px; border: 2px solid #8a96a3; background: #ffffff; }
#notice[kind="ok"] { background: #eef6ee; border: 3px solid #2e7d32; }
#notice[kind="stop"], #notice[kind="quarantine"] { background: #fdecee; border: 3px solid #a51d2d; }
#notice[kind="progress"] { background: #eef2f6; border: 2px solid #1a5fb4; }
QLabel#noticeIcon { font-size: 34pt; font-weight: 700; }
QLabel#noticeTitle { font-size: 17pt; font-weight: 700; }
QLabel#noticeText { font-size: 13pt; }
#notice[kind="stop"] QLabel, #notice[kind="quarantine"] QLabel { color: #a51d2d; }
#notice[kind="ok"] QLabel { color: #1e5b22; }
#notice[kind="stop"] QLabel#noticeTitle { font-size: 24pt; }
#notice[kind="stop"] QLabel#noticeText { font-size: 15pt; font-weight: 600; }
QLabel#stepTitle { font-size: 15pt; font-weight: 700; }
QLabel#stepStatus { font-size: 13pt; font-weight: 600; }
QLabel#stepStatus[done="true"] { color: #1e5b22; }
#cameraView { background: #1c2430; border-radius: 8px; }
QLabel#cameraMessage { font-size: 14pt; font-weight: 600; color: #1c2430;
    background: #fff8e1; border: 2px solid #b7791f; border-radius: 8px; padding: 12px 16px; }
"""

ICONS = {"ok": "✔", "stop": "✖", "quarantine": "✖", "progress": "…"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Product", text)


def check_name(check_id: str) -> str:
    """A release check's name as the pharmacist reads it, e.g. "Viability"."""
    names = {
        "participant": _tr("Participant on the label"),
        "arm": _tr("Arm on the label"),
        "not_expired": _tr("Not expired"),
        "expiry_after_end": _tr("Lasts past the projected end"),
        "time_since_preparation": _tr("Time since preparation"),
        "cell_dose": _tr("Cell dose"),
        "viability": _tr("Viability"),
        "temperature": _tr("Temperature on receipt"),
        "appearance": _tr("Appearance"),
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


def repolish(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    for child in widget.findChildren(QLabel):
        child.style().unpolish(child)
        child.style().polish(child)


class NoticePanel(QFrame):
    """A full-width panel: a big icon, a headline and sentences (never colour alone).

    ``kind`` is "ok" (green ✔), "stop" or "quarantine" (red ✖) or "progress" (blue).
    """

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setAccessibleName(accessible_name)
        self.icon = selectable("", "noticeIcon", _tr("Symbol"))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.icon.setFixedWidth(64)
        self.title = selectable("", "noticeTitle", _tr("Headline"))
        self.text = selectable("", "noticeText", _tr("Details"))
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
        repolish(self)
        self.show()

    def clear(self) -> None:
        """Hide the panel."""
        self.kind = ""
        self.hide()


class CheckResultsList(QFrame):
    """Every release check, one line each: ✓ or ✗, its name and its reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productCard")
        self.setAccessibleName(_tr("Release checks"))
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(14, 10, 14, 10)
        self._column.setSpacing(2)
        self._column.addWidget(selectable(_tr("Release checks"), "cardTitle", _tr("Title")))
        self.lines: list[QLabel] = []
        self.hide()

    def set_results(self, checks: Sequence[dict]) -> None:
        """Show ``checks`` (``{id, passed, reason}``); hidden when there are none."""
        for label in self.lines:
            self._column.removeWidget(label)
            label.deleteLater()
        self.lines = []
        for check in checks:
            mark = "✓" if check["passed"] else "✗"
            text = f"{mark}  {check_name(check['id'])}: {check['reason']}"
            label = selectable(text, "checkLine", text)
            label.setProperty("passed", "true" if check["passed"] else "false")
            self._column.addWidget(label)
            self.lines.append(label)
        self.setVisible(bool(checks))

    def texts(self) -> list[str]:
        """The lines as shown."""
        return [label.text() for label in self.lines]
