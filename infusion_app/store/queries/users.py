"""The site's users (the ``users`` read model) as the screens name them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from infusion_app.domain.roles import Role


@dataclass(frozen=True)
class UserName:
    """A user's sign-in name, printed name and role."""

    username: str
    full_name: str
    role: Role


def user_name(db: Database, username: str) -> UserName | None:
    """The user ``username``, or None if there is no such user."""
    row = db.execute(
        "SELECT username, full_name, role FROM users WHERE username = ?", [username]
    ).fetchone()
    return UserName(str(row[0]), str(row[1]), Role(row[2])) if row else None


def full_names(db: Database) -> dict[str, str]:
    """Every user's printed name by user name."""
    return {str(r[0]): str(r[1]) for r in db.execute("SELECT username, full_name FROM users")}


def printed_name(db: Database, username: str | None) -> str:
    """The printed name of ``username`` ("" for none; the user name itself if unknown)."""
    if not username:
        return ""
    found = user_name(db, username)
    return found.full_name if found else username


@dataclass(frozen=True)
class UserRow:
    """A user as the administrator's list shows it (never the password hash)."""

    username: str
    full_name: str
    role: Role
    active: bool
    added_at: str
    last_sign_in_at: str | None
    locked_until: str | None


def user_list(db: Database) -> list[UserRow]:
    """Every user, active first, then by user name."""
    rows = db.execute(
        "SELECT username, full_name, role, active, added_at, last_sign_in_at, locked_until "
        "FROM users ORDER BY active DESC, username"
    ).fetchall()
    return [UserRow(r[0], r[1], Role(r[2]), bool(r[3]), r[4], r[5], r[6]) for r in rows]


def is_active(db: Database, username: str) -> bool | None:
    """Whether the user may sign in and act; None if there is no such user."""
    row = db.execute("SELECT active FROM users WHERE username = ?", [username]).fetchone()
    return bool(row[0]) if row else None
