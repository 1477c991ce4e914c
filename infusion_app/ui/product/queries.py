"""The reads the product screens need, in one place so they can move into services later.

Every function takes the workspace and returns plain values; none writes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from infusion_app.domain.events import EventType
from infusion_app.domain.roles import Role
from infusion_app.domain.signatures import Manifestation, SignatureMeaning
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.signing import SignatureShown


@dataclass(frozen=True)
class Participant:
    """A registered participant as the product screens show them."""

    subject_code: str
    initials: str
    arm: str


def participants(ws: Workspace) -> list[Participant]:
    """Every registered participant, by subject code."""
    rows = ws.db.execute(
        "SELECT subject_code, initials, arm FROM participants ORDER BY subject_code"
    ).fetchall()
    return [Participant(*row) for row in rows]


def participant(ws: Workspace, subject_code: str) -> Participant | None:
    """One participant, or None when ``subject_code`` is not registered."""
    row = ws.db.execute(
        "SELECT subject_code, initials, arm FROM participants WHERE subject_code = ?",
        [subject_code],
    ).fetchone()
    return Participant(*row) if row else None


def session_subject(ws: Workspace, session_id: str) -> tuple[str, str, int] | None:
    """The session's subject code, state and number, or None for an unknown session."""
    row = ws.db.execute(
        "SELECT subject_code, state, number FROM sessions WHERE id = ?", [session_id]
    ).fetchone()
    return (str(row[0]), str(row[1]), int(row[2])) if row else None


def product(ws: Workspace, product_id: str) -> dict[str, Any] | None:
    """A product's read-model row (see ``products`` in store/schema.py)."""
    rows = list(ws.db.query("SELECT * FROM products WHERE id = ?", [product_id]))
    return rows[0] if rows else None


def bag_for_session(ws: Workspace, session_id: str) -> dict[str, Any] | None:
    """The bag this session's bedside check is about.

    The bag already checked for this session if there is one; otherwise the participant's
    most recently released bag.
    """
    found = session_subject(ws, session_id)
    if found is None:
        return None
    rows = list(
        ws.db.query(
            "SELECT * FROM products WHERE subject_code = ? AND (session = ? OR "
            "(session IS NULL AND state = 'released')) ORDER BY session IS NULL, "
            "released_at DESC LIMIT 1",
            [found[0], session_id],
        )
    )
    return rows[0] if rows else None


def receipt_checks(ws: Workspace, product_id: str) -> list[dict[str, Any]]:
    """Every release check recorded at receipt: ``{id, passed, reason}``, in order."""
    row = ws.db.execute(
        "SELECT payload FROM events WHERE type = ? AND json_extract(payload, '$.product_id') = ? "
        "ORDER BY seq DESC LIMIT 1",
        [EventType.PRODUCT_RECEIVED, product_id],
    ).fetchone()
    return list(json.loads(row[0])["checks"]) if row else []


def product_signatures(ws: Workspace, product_id: str) -> list[SignatureShown]:
    """The signatures on a product (release, bedside checks), oldest first."""
    rows = ws.db.execute(
        "SELECT username, full_name, role, signed_at, meaning FROM signatures "
        "WHERE record_type = 'product' AND record_id = ? AND superseded = 0 ORDER BY signed_at",
        [product_id],
    ).fetchall()
    return [
        SignatureShown(r[0], Manifestation(r[1], r[2], r[3], SignatureMeaning(r[4]))) for r in rows
    ]


def user_actor(ws: Workspace, username: str) -> Actor | None:
    """The user ``username`` as an Actor (no password checked here), or None if unknown."""
    row = ws.db.execute(
        "SELECT username, full_name, role FROM users WHERE username = ?", [username]
    ).fetchone()
    return Actor(str(row[0]), str(row[1]), Role(row[2])) if row else None


def full_name(ws: Workspace, username: str | None) -> str:
    """The printed name of ``username`` ("" for none; the user name if unknown)."""
    if not username:
        return ""
    actor = user_actor(ws, username)
    return actor.full_name if actor else username
