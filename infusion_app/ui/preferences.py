"""This laptop's display preferences — language, theme, larger text — and putting them to use.

They are kept in ``ui.json`` in the user's config folder (not in the clinical database:
they are about the screen, not the record). The language follows the system locale until a
person picks one in Settings.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from platformdirs import user_config_path
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from infusion_app.paths import APP_NAME
from infusion_app.protocol_files import resources_dir
from infusion_app.ui.themes import DEFAULT_THEME, THEMES

log = logging.getLogger("log.ui")

LANGUAGES = ("en", "zh_CN")  # what the app is translated into ("en" is the source text)
SYSTEM = "system"
LARGER_TEXT_SCALE = 1.25
TRANSLATOR_NAMES = ("infusion_app", "qtbase")  # objectName of each QTranslator we install


@dataclass(frozen=True)
class Preferences:
    """``language`` is "system", "en" or "zh_CN"; ``theme`` a key of :data:`THEMES`."""

    language: str = SYSTEM
    theme: str = DEFAULT_THEME
    larger_text: bool = False

    @property
    def text_scale(self) -> float:
        """How much larger than the base size text is drawn (1.25 = 125 %)."""
        return LARGER_TEXT_SCALE if self.larger_text else 1.0


def settings_file() -> Path:
    """``ui.json`` in the user's config folder (read from the environment on every call)."""
    return user_config_path(APP_NAME, appauthor=False) / "ui.json"


def load_preferences() -> Preferences:
    """The saved preferences (defaults for anything missing, unknown or unreadable)."""
    try:
        saved = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        saved = {}
    saved = saved if isinstance(saved, dict) else {}
    language = str(saved.get("language", SYSTEM))
    theme = str(saved.get("theme", DEFAULT_THEME))
    return Preferences(
        language if language in (SYSTEM, *LANGUAGES) else SYSTEM,
        theme if theme in THEMES else DEFAULT_THEME,
        saved.get("larger_text") is True,
    )


def save_preferences(preferences: Preferences) -> None:
    """Keep ``preferences`` for the next start (a screen setting: losing it is harmless)."""
    path = settings_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(asdict(preferences), indent=1), encoding="utf-8")
    except OSError as error:
        log.warning("cannot keep the display settings in %s: %s", path, error)


def resolve_language(language: str) -> str:
    """ "en" or "zh_CN" for a saved choice; "system" follows ``QLocale.system()``."""
    if language in LANGUAGES:
        return language
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def translation_file(language: str) -> str:
    """The compiled translation (``.qm``) of ``language`` (scripts/build_translations.sh)."""
    return str(resources_dir() / "translations" / f"infusion_app_{language}.qm")


def install_language(app: QCoreApplication, language: str) -> str:
    """Make ``language`` ("system", "en", "zh_CN") the one the app translates into from now on.

    Removes the translators installed before, loads the app's and Qt's own (for the buttons of
    standard dialogs) and sets the default ``QLocale`` so dates and numbers follow. Screens
    built afterwards show the new language. Returns the language in use ("en" when the .qm is
    missing: the source texts are English).
    """
    code = resolve_language(language)
    for old in app.findChildren(QTranslator):
        if old.objectName() in TRANSLATOR_NAMES:
            app.removeTranslator(old)
            old.setObjectName("removed")
            old.deleteLater()
    QLocale.setDefault(QLocale(code))
    if code == "en":
        return code
    ours = QTranslator(app)
    if not ours.load(translation_file(code)):
        log.warning("no translation %s (run scripts/build_translations.sh)", translation_file(code))
        QLocale.setDefault(QLocale("en_US"))
        return "en"
    ours.setObjectName("infusion_app")
    app.installTranslator(ours)
    qt_own = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(code), "qtbase", "_", folder):
        qt_own.setObjectName("qtbase")
        app.installTranslator(qt_own)
    return code


def language_in_use(app: QCoreApplication) -> str:
    """ "zh_CN" while the Chinese translation is installed, else "en"."""
    installed = [t for t in app.findChildren(QTranslator) if t.objectName() == "infusion_app"]
    return "zh_CN" if installed else "en"
