"""Settings… in the header: language, theme and larger text for this laptop."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from infusion_app.ui.form_dialog import FormDialog
from infusion_app.ui.preferences import SYSTEM, Preferences, resolve_language
from infusion_app.ui.themes import theme_names

# Each language under its own name, so a person who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"en": "English", "zh_CN": "中文（简体）"}


class SettingsDialog(FormDialog):
    """Three choices; OK keeps them. The window decides when a new language shows (see
    :class:`~infusion_app.ui.window_keeper.WindowKeeper`)."""

    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Settings"), self.tr("Apply"), parent)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        system_name = LANGUAGE_NAMES[resolve_language(SYSTEM)]
        self.language.addItem(self.tr("As the system (%s)") % system_name, SYSTEM)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for key, name in theme_names().items():
            self.theme.addItem(name, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current.theme)))
        self.larger_text = QCheckBox(self.tr("Larger text (125 %)"))
        self.larger_text.setAccessibleName(self.tr("Larger text"))
        self.larger_text.setChecked(current.larger_text)
        self.add_hint(
            self.tr(
                "These settings are for this laptop only. A new language shows at once on the "
                "sign-in screen; while someone is signed in it shows from the next sign-in, "
                "so nothing on screen is lost."
            )
        )
        self.add_row(self.tr("&Language"), self.language)
        self.add_row(self.tr("&Theme"), self.theme, self.tr("Dark is easier on the eyes at night."))
        self.add_row("", self.larger_text)
        self.ok_button.clicked.connect(self.accept)

    def preferences(self) -> Preferences:
        """What the dialog shows now."""
        return Preferences(
            str(self.language.currentData()),
            str(self.theme.currentData()),
            self.larger_text.isChecked(),
        )
