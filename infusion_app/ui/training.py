"""Training mode: a separate practice database with the demo site, and a banner on every screen.

``infusion-app --training`` opens ``training.sqlite3`` in the data folder instead of the real
database, creating it with the demonstration site (:mod:`infusion_app.demo`) when missing. Nothing
typed there can reach the real record: it is another file, with its own event log. Whether a
workspace is a training one is read from its database file's name, so every screen (and, through
the same test, every export) can tell.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from infusion_app.paths import default_db_path
from infusion_app.services.training import TRAINING_DB_NAME

log = logging.getLogger("log.ui")


def training_db_path() -> Path:
    """The practice database, beside the real one in the user's data folder."""
    return default_db_path().parent / TRAINING_DB_NAME


def ensure_training_db(path: Path) -> None:
    """Create the demonstration site in ``path`` unless the file exists already."""
    if path.exists():
        return
    from infusion_app.demo import make_demo  # only a training start needs the demo's code

    log.info("creating the training database %s with the demo site", path)
    make_demo(path)


def banner_text() -> str:
    """The words of the training banner."""
    return QCoreApplication.translate(
        "Training", "TRAINING — not for real participants. Practice data only."
    )


def training_banner() -> QLabel:
    """The strip shown above every screen (and on the lock screen) in training mode."""
    label = QLabel("⚠  " + banner_text())
    label.setObjectName("trainingBanner")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setAccessibleName(banner_text())
    return label
