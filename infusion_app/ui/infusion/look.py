"""How the infusion screens look: their stylesheet rules, band words, and time formats.

Like ``session/look.py`` the rules are applied per screen until they move into
``resources/styles/app.qss``. A band always shows an icon and words, never colour alone.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from infusion_app.domain.guardrails import Band

INFUSION_STYLE = """
#infusionCard { background: #ffffff; border: 1px solid #d5dbe1; border-radius: 10px; }
QLabel#cardTitle { font-size: 12pt; font-weight: 600; color: #4a5563; }
QLabel#elapsed { font-size: 60pt; font-weight: 700; color: #1c2430; }
QLabel#elapsed[paused="true"] { color: #8a5a00; }
QLabel#stateWord { font-size: 16pt; font-weight: 700; }
QLabel#value { font-size: 15pt; font-weight: 600; }
QLabel#band { font-size: 14pt; font-weight: 700; border-radius: 8px; padding: 8px 12px;
    border: 2px solid #8a96a3; background: #ffffff; }
QLabel#band[kind="in_band"] { color: #1e5b22; background: #eef6ee; border-color: #2e7d32; }
QLabel#band[kind="out_of_band"] { color: #6b4200; background: #fff8e1; border: 3px solid #b7791f; }
QLabel#band[kind="outside_hard_limits"] {
    color: #a51d2d; background: #fdecee; border: 3px solid #a51d2d; }
QLabel#reminder { font-size: 13pt; padding: 6px 10px; border-radius: 6px;
    background: #eef2f6; border: 1px solid #d5dbe1; }
QLabel#reminder[kind="due"] { color: #6b4200; background: #fff8e1; border: 2px solid #b7791f;
    font-weight: 600; }
QLabel#reminder[kind="overdue"] { color: #ffffff; background: #a51d2d; border: 3px solid #6e0f1b;
    font-size: 15pt; font-weight: 700; }
QLabel#alarm { font-size: 15pt; font-weight: 700; color: #ffffff; background: #a51d2d;
    border-radius: 8px; padding: 10px 14px; }
QLabel#liveRate { font-size: 30pt; font-weight: 700; }
QLabel#tapCount { font-size: 14pt; color: #4a5563; }
QLabel#countdown { font-size: 54pt; font-weight: 700; }
QPushButton#tapPad { font-size: 26pt; font-weight: 700; min-height: 220px;
    background: #eef2f6; border: 2px solid #8a96a3; border-radius: 16px; }
QPushButton#tapPad:pressed { background: #d3e3f7; }
QPushButton#tapPad:focus { border: 5px solid #1a5fb4; }
QPushButton#danger { background: #a51d2d; color: #ffffff; border: 1px solid #6e0f1b;
    font-weight: 600; }
QPushButton#danger:focus { border: 3px solid #0b2a52; }
QPushButton#stateButton { font-size: 13pt; min-width: 80px; padding: 0 10px; }
QPushButton#stateButton:focus { padding: 0 8px; }
QListWidget#timeline { background: #ffffff; border: 1px solid #d5dbe1; border-radius: 6px;
    font-size: 11.5pt; }
QTabBar::tab { min-height: 40px; min-width: 110px; padding: 2px 12px; font-size: 12.5pt; }
QTabBar::tab:selected { font-weight: 700; border-bottom: 4px solid #1a5fb4; }
QCheckBox { min-height: 44px; spacing: 10px; }
QCheckBox::indicator { width: 26px; height: 26px; }
"""

BAND_ICONS: dict[Band, str] = {
    Band.IN_BAND: "✓",
    Band.OUT_OF_BAND: "⚠",
    Band.OUTSIDE_HARD_LIMITS: "✖",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Infusion", text)


def band_word(band: Band) -> str:
    """The band in a word or two beside its icon, e.g. "In band"."""
    words = {
        Band.IN_BAND: _tr("In band"),
        Band.OUT_OF_BAND: _tr("Out of band: adjust the clamp and recount"),
        Band.OUTSIDE_HARD_LIMITS: _tr("Outside the safe limits: stop and check the line"),
    }
    return words[band]


def band_short(band: Band) -> str:
    """The band in a word or two, when the sentence after it says what to do."""
    words = {
        Band.IN_BAND: _tr("In band"),
        Band.OUT_OF_BAND: _tr("Out of band"),
        Band.OUTSIDE_HARD_LIMITS: _tr("Outside the safe limits"),
    }
    return words[band]


def show_band(label: QLabel, band: Band | None, text: str, *, short: bool = False) -> None:
    """Colour ``label`` for ``band`` and show its icon and word before ``text``."""
    kind = band.value if band else ""
    label.setProperty("kind", kind)
    label.style().unpolish(label)
    label.style().polish(label)
    if band is None:
        label.setText(text)
        return
    word = band_short(band) if short else band_word(band)
    label.setText(f"{BAND_ICONS[band]}  {word}\n{text}" if text else f"{BAND_ICONS[band]}  {word}")


def set_kind(widget: QWidget, kind: str) -> None:
    """Set the ``kind`` property the stylesheet reads, and restyle."""
    if widget.property("kind") == kind:
        return
    widget.setProperty("kind", kind)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def big_label(name: str, accessible_name: str, text: str = "") -> QLabel:
    """A label styled by object ``name``, readable by screen readers and selectable."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setAccessibleName(accessible_name)
    label.setWordWrap(name not in ("elapsed", "countdown", "liveRate"))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def clock_text(span: timedelta) -> str:
    """A duration as H:MM:SS (never negative), e.g. "0:12:05"."""
    seconds = max(0, int(span.total_seconds()))
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def countdown_text(seconds: float) -> str:
    """Seconds left as M:SS (never negative), e.g. "1:05"."""
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def site_time(moment: datetime, zone: str) -> str:
    """An aware time as site-local HH:MM, e.g. "09:43"."""
    return moment.astimezone(ZoneInfo(zone)).strftime("%H:%M")
