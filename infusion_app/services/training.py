"""Training mode: a separate practice database, recognised by its file name, whose every
screen and export says TRAINING."""

from __future__ import annotations

from infusion_app.services.context import Workspace
from infusion_app.store.backups import database_file

TRAINING_DB_NAME = "training.sqlite3"
TRAINING_MARK = "TRAINING — not for real participants"


def is_training(ws: Workspace) -> bool:
    """True when ``ws`` is the practice database (its file is named ``training.sqlite3``)."""
    path = database_file(ws.db)
    return path is not None and path.name == TRAINING_DB_NAME
