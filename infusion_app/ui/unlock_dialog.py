"""The first sign-in of a run: it opens the encrypted database.

The user name and password unwrap the database key from the person's key slot (or the site's
recovery key does); the window then opens signed in as that person. Wrong attempts are kept
and recorded in the log once the file is open. A plain database of an earlier version is
encrypted here, at its first sign-in, and its recovery key shown once.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infusion_app.services.file_keys import (
    UNREADABLE_KEYS,
    FailureBeforeOpen,
    key_from_password,
    key_from_recovery_key,
    why_not_opened,
)
from infusion_app.services.upgrade import UpgradeRefusedError, encrypt_in_place
from infusion_app.ui.sign_in_screen import (
    error_label,
    field_label,
    heading,
    hint_label,
    line_edit,
    show_error,
)


class UnlockDialog(QDialog):
    """User name and password (or the recovery key) to open the database file.

    After ``exec()`` returns Accepted: ``key`` opens the file; ``username``/``password`` are
    set unless the recovery key was used; ``failures`` are the refused attempts before.
    """

    def __init__(self, db_path: Path, *, plain: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._db_path, self._plain = Path(db_path), plain
        self.key: bytes | None = None
        self.username_text = ""
        self.password_text = ""
        self.failures: list[FailureBeforeOpen] = []
        self.recovery_key_text = ""  # a plain file's new recovery key, shown once the window is up
        self.setWindowTitle(self.tr("Infusion logger"))
        self.username = line_edit(self.tr("User name"))
        self.password = line_edit(self.tr("Password"), password=True)
        self.open_button = QPushButton(self.tr("Sign in"))
        self.open_button.setObjectName("primary")
        self.open_button.setDefault(True)
        self.recovery_button = QPushButton(self.tr("Use the recovery key…"))
        self.recovery_button.setVisible(not plain)
        self.message = error_label()
        self._lay_out()
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)
        self.open_button.clicked.connect(self.submit)
        self.recovery_button.clicked.connect(self.use_recovery_key)

    def _lay_out(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 24, 32, 24)
        column.addWidget(heading(self.tr("Sign in")))
        hint = (
            self.tr(
                "This database was made by an earlier version. It is encrypted at this sign-in; "
                "a recovery key is then shown once for the principal investigator to keep."
            )
            if self._plain
            else self.tr("The database is encrypted: your password opens it.")
        )
        column.addWidget(hint_label(hint))
        column.addWidget(field_label(self.tr("&User name"), self.username))
        column.addWidget(self.username)
        column.addWidget(field_label(self.tr("&Password"), self.password))
        column.addWidget(self.password)
        column.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        column.addLayout(buttons)
        self.setMinimumWidth(520)

    def submit(self) -> None:
        """Unwrap the key (or, for a plain file, encrypt it); refuse and keep the attempt."""
        username, password = self.username.text().strip(), self.password.text()
        try:
            key = (
                self._upgrade(username, password)
                if self._plain
                else self._unwrap(username, password)
            )
        except UNREADABLE_KEYS as error:
            show_error(self.message, str(error))
            return
        if key is None:
            show_error(self.message, self.tr("The user name or password is not right."))
            self.password.clear()
            self.password.setFocus()
            return
        self.key, self.username_text, self.password_text = key, username, password
        self.accept()

    def _unwrap(self, username: str, password: str) -> bytes | None:
        key = key_from_password(self._db_path, username, password)
        if key is None:
            why = why_not_opened(self._db_path, username)
            self.failures.append(FailureBeforeOpen(username, why, datetime.now(UTC)))
        return key

    def _upgrade(self, username: str, password: str) -> bytes | None:
        try:
            upgraded = encrypt_in_place(self._db_path, datetime.now(UTC), username, password)
        except UpgradeRefusedError:
            return None
        self.recovery_key_text = upgraded.recovery_key_text
        return upgraded.key

    def use_recovery_key(self) -> None:
        """Open with the site's recovery key, typed from its paper copy."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Recovery key"),
            self.tr("Type the recovery key (groups of four letters and digits):"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        key = key_from_recovery_key(self._db_path, text)
        if key is None:
            show_error(self.message, self.tr("That recovery key does not open this database."))
            return
        self.key = key
        self.accept()


def show_recovery_key(parent: QWidget, text: str) -> QMessageBox:
    """The recovery key, shown this once (it is never stored), over ``parent`` without waiting
    (the window's timers and alarms go on)."""
    box = QMessageBox(parent)
    box.setObjectName("recoveryKey")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("UnlockDialog", "Recovery key"))
    box.setText(
        QCoreApplication.translate(
            "UnlockDialog",
            "Write this recovery key down now and give it to the principal investigator, to be "
            "kept away from the laptop. It opens the database if every password is lost. It is "
            "shown only this once.",
        )
    )
    box.setInformativeText(text)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
