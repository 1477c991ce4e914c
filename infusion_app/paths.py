"""Where the app keeps its files on this laptop (platform folders via platformdirs)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "infusion-app"


def default_db_path() -> Path:
    """The local database in the user's data folder, e.g. ~/.local/share/infusion-app/."""
    return user_data_path(APP_NAME, appauthor=False) / "infusion.sqlite3"


def window_db_path(db: Path | str | None) -> Path:
    """The database the window opens: the one named on the command line, or the default."""
    return Path(db) if db else default_db_path()


def log_folder() -> Path:
    """The platform's log folder for this app."""
    return user_log_path(APP_NAME, appauthor=False)
