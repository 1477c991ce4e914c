"""The three looks of the app — light, dark (night shift) and high contrast — from one template.

``resources/styles/app.qss`` names its colours (``@bg``, ``@text``, ``@ok``, ``@warn``,
``@alarm``…); :func:`render` fills them from one palette here and scales every ``font-size``
in pt for the "larger text" setting. Guardrail colours mean the same in every theme: green is
in band / done, amber is out of band / due, red is outside the limits / overdue / stop — and
the screens always say it in words and an icon as well.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from infusion_app.protocol_files import resources_dir

LIGHT: dict[str, str] = {
    "bg": "#f4f6f8",
    "surface": "#ffffff",
    "surface_alt": "#eef2f6",
    "pressed": "#dfe6ee",
    "text": "#1c2430",
    "text_muted": "#4a5563",
    "border": "#d5dbe1",
    "border_strong": "#8a96a3",
    "gridline": "#e3e7eb",
    "row_alt": "#f7f9fb",
    "accent": "#1a5fb4",
    "accent_hover": "#1c68c4",
    "accent_dark": "#14498c",
    "on_accent": "#ffffff",
    "focus": "#1a5fb4",
    "focus_on_accent": "#0b2a52",
    "selection": "#d3e3f7",
    "selection_soft": "#e3ecf7",
    "ok": "#2e7d32",
    "ok_text": "#1e5b22",
    "ok_bg": "#eef6ee",
    "warn": "#b7791f",
    "warn_text": "#6b4200",
    "warn_strong_text": "#8a5a00",
    "warn_bg": "#fff8e1",
    "caution": "#c05621",
    "caution_bg": "#fff3e0",
    "alarm": "#a51d2d",
    "alarm_fill": "#a51d2d",
    "alarm_dark": "#6e0f1b",
    "alarm_bg": "#fdecee",
    "alarm_soft": "#e0a3aa",
    "on_alarm": "#ffffff",
    "disabled_text": "#7a8591",
    "disabled_border": "#a9b3bd",
    "primary_disabled_text": "#e8eef6",
    "primary_disabled_bg": "#8fa9c9",
    "primary_disabled_border": "#7d97b7",
    "camera_bg": "#1c2430",
}

# Night shift: dim surfaces, no white glare; the guardrail colours brightened to read on dark.
DARK: dict[str, str] = {
    **LIGHT,
    "bg": "#12161b",
    "surface": "#1b2128",
    "surface_alt": "#252d36",
    "pressed": "#2f3944",
    "text": "#e4e9ee",
    "text_muted": "#a7b2bd",
    "border": "#34404c",
    "border_strong": "#6c7a88",
    "gridline": "#2a333d",
    "row_alt": "#181e24",
    "accent": "#2f6fc0",
    "accent_hover": "#3a7bd0",
    "accent_dark": "#1f548f",
    "focus": "#8ab8ff",
    "focus_on_accent": "#d6e6ff",
    "selection": "#2b4a70",
    "selection_soft": "#223a57",
    "ok": "#5cb860",
    "ok_text": "#9fe0a2",
    "ok_bg": "#16301a",
    "warn": "#e0a235",
    "warn_text": "#ffd67f",
    "warn_strong_text": "#ffc35a",
    "warn_bg": "#37290b",
    "caution": "#f08c4f",
    "caution_bg": "#3a2210",
    "alarm": "#ff7b7b",
    "alarm_fill": "#b3261e",
    "alarm_dark": "#ff9a9a",
    "alarm_bg": "#3c1519",
    "alarm_soft": "#8c3a42",
    "disabled_text": "#7c8894",
    "disabled_border": "#4a5663",
    "primary_disabled_text": "#9fb0c4",
    "primary_disabled_bg": "#2a3b52",
    "primary_disabled_border": "#3a4e68",
    "camera_bg": "#000000",
}

# High contrast: white on black, yellow for what can be pressed and for focus.
HIGH_CONTRAST: dict[str, str] = {
    **DARK,
    "bg": "#000000",
    "surface": "#000000",
    "surface_alt": "#1a1a1a",
    "pressed": "#333333",
    "text": "#ffffff",
    "text_muted": "#ffffff",
    "border": "#ffffff",
    "border_strong": "#ffffff",
    "gridline": "#808080",
    "row_alt": "#0d0d0d",
    "accent": "#ffd400",
    "accent_hover": "#ffe14d",
    "accent_dark": "#ffffff",
    "on_accent": "#000000",
    "focus": "#00e5ff",
    "focus_on_accent": "#00e5ff",
    "selection": "#004a80",
    "selection_soft": "#003355",
    "ok": "#3ddc5a",
    "ok_text": "#7dff94",
    "ok_bg": "#000000",
    "warn": "#ffd400",
    "warn_text": "#ffd400",
    "warn_strong_text": "#ffd400",
    "warn_bg": "#000000",
    "caution": "#ff9b3d",
    "caution_bg": "#000000",
    "alarm": "#ff5c5c",
    "alarm_fill": "#c00000",
    "alarm_dark": "#ffffff",
    "alarm_bg": "#000000",
    "alarm_soft": "#ff5c5c",
    "disabled_text": "#b0b0b0",
    "disabled_border": "#b0b0b0",
    "primary_disabled_text": "#000000",
    "primary_disabled_bg": "#8c7a00",
    "primary_disabled_border": "#ffffff",
}

THEMES: dict[str, dict[str, str]] = {
    "light": LIGHT,
    "dark": DARK,
    "high_contrast": HIGH_CONTRAST,
}
DEFAULT_THEME = "light"
BASE_POINT_SIZE = 13.5  # readable at arm's length on a trolley laptop
_NAME = re.compile(r"@([a-z_]+)")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_FONT_SIZE = re.compile(r"font-size:\s*([0-9.]+)pt")


def theme_names() -> dict[str, str]:
    """Each theme's key and its name as the settings list shows it."""
    return {
        "light": QCoreApplication.translate("Themes", "Light"),
        "dark": QCoreApplication.translate("Themes", "Dark (night shift)"),
        "high_contrast": QCoreApplication.translate("Themes", "High contrast"),
    }


def palette_of(theme: str) -> dict[str, str]:
    """The named colours of ``theme`` (the light theme for an unknown name)."""
    return THEMES.get(theme, LIGHT)


def render(template: str, theme: str, text_scale: float = 1.0) -> str:
    """``template`` with every ``@name`` replaced by the theme's colour and pt sizes scaled.

    Raises:
        KeyError: the template names a colour the palette lacks (a typo in app.qss).
    """
    colours = palette_of(theme)
    filled = _NAME.sub(lambda match: colours[match.group(1)], _COMMENT.sub("", template))
    if text_scale == 1.0:
        return filled
    return _FONT_SIZE.sub(
        lambda match: f"font-size: {float(match.group(1)) * text_scale:g}pt", filled
    )


def qt_palette(theme: str) -> QPalette:
    """A QPalette from the theme, for whatever the stylesheet does not reach (menus, popups)."""
    colours = palette_of(theme)
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "bg",
        QPalette.ColorRole.WindowText: "text",
        QPalette.ColorRole.Base: "surface",
        QPalette.ColorRole.AlternateBase: "row_alt",
        QPalette.ColorRole.Text: "text",
        QPalette.ColorRole.Button: "surface",
        QPalette.ColorRole.ButtonText: "text",
        QPalette.ColorRole.Highlight: "selection",
        QPalette.ColorRole.HighlightedText: "text",
        QPalette.ColorRole.ToolTipBase: "surface",
        QPalette.ColorRole.ToolTipText: "text",
        QPalette.ColorRole.PlaceholderText: "text_muted",
    }
    for role, name in roles.items():
        palette.setColor(role, QColor(colours[name]))
    return palette


def colour(name: str) -> QColor:
    """A named colour of the theme the application shows now (for painted items)."""
    app = QCoreApplication.instance()
    theme = str(app.property("theme") or DEFAULT_THEME) if app is not None else DEFAULT_THEME
    return QColor(palette_of(theme)[name])


def apply_look(app: QApplication, theme: str = DEFAULT_THEME, text_scale: float = 1.0) -> None:
    """The app's font size, palette, stylesheet (app.qss filled for ``theme``) and icon.

    Called again to switch theme or text size: every widget restyles at once, nothing is rebuilt.
    """
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * text_scale)
    app.setFont(font)
    app.setProperty("theme", theme if theme in THEMES else DEFAULT_THEME)
    app.setPalette(qt_palette(theme))
    resources = resources_dir()
    QDir.addSearchPath("styles", str(resources / "styles"))  # url(styles:...) in app.qss
    template = (resources / "styles" / "app.qss").read_text(encoding="utf-8")
    app.setStyleSheet(render(template, theme, text_scale))
    app.setWindowIcon(QIcon(str(resources / "icons" / "app.svg")))
