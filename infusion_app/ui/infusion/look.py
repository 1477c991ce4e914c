"""How the infusion screens show things: band words and icons, and time formats.

Their stylesheet rules are in ``resources/styles/app.qss`` with every other screen's, so they
follow the theme. A band always shows an icon and words, never colour alone.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from infusion_app.domain.guardrails import Band
from infusion_app.ui.kit.restyle import set_kind

BAND_ICONS: dict[Band, str] = {
    Band.IN_BAND: "✓",
    Band.OUT_OF_BAND: "⚠",
    Band.OUTSIDE_HARD_LIMITS: "✖",
}


def band_word(band: Band) -> str:
    """The band in a word or two beside its icon, e.g. "In band"."""
    words = {
        Band.IN_BAND: QCoreApplication.translate("Infusion", "In band"),
        Band.OUT_OF_BAND: QCoreApplication.translate(
            "Infusion", "Out of band: adjust the clamp and recount"
        ),
        Band.OUTSIDE_HARD_LIMITS: QCoreApplication.translate(
            "Infusion", "Outside the safe limits: stop and check the line"
        ),
    }
    return words[band]


def band_short(band: Band) -> str:
    """The band in a word or two, when the sentence after it says what to do."""
    words = {
        Band.IN_BAND: QCoreApplication.translate("Infusion", "In band"),
        Band.OUT_OF_BAND: QCoreApplication.translate("Infusion", "Out of band"),
        Band.OUTSIDE_HARD_LIMITS: QCoreApplication.translate("Infusion", "Outside the safe limits"),
    }
    return words[band]


def method_word(method: str) -> str:
    """How a drip reading was taken, e.g. "tap count"."""
    words = {
        "tap": QCoreApplication.translate("Infusion", "tap count"),
        "timed_count": QCoreApplication.translate("Infusion", "timed count"),
        "pump": QCoreApplication.translate("Infusion", "pump"),
    }
    return words.get(method, method)


def show_band(label: QLabel, band: Band | None, text: str, *, short: bool = False) -> None:
    """Colour ``label`` for ``band`` and show its icon and word before ``text``."""
    set_kind(label, band.value if band else "")
    if band is None:
        label.setText(text)
        return
    word = band_short(band) if short else band_word(band)
    label.setText(f"{BAND_ICONS[band]}  {word}\n{text}" if text else f"{BAND_ICONS[band]}  {word}")


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
