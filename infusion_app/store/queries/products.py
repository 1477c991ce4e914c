"""Cell-therapy bags (the ``products`` read model) and what was checked at their receipt."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any

from sqlite_utils import Database

from infusion_app.domain.events import EventType


@dataclass(frozen=True)
class ProductInfo:
    """A bag as its record prints it; times are UTC ISO 8601 text exactly as stored."""

    id: str
    din: str
    lot: str
    arm: str
    expires_at: str
    total_viable_cells: float
    viability_pct: float | None
    volume_ml: float
    prepared_at: str
    temperature_c: float
    weight_kg: float
    state: str
    received_by: str
    received_at: str
    released_by: str | None
    released_at: str | None
    verified_by: str | None
    verified_at: str | None


@dataclass(frozen=True)
class ProductRow(ProductInfo):
    """A bag as the read model holds it: its record, whose it is and its bedside check."""

    subject_code: str
    failed_checks: str  # JSON text
    session: str | None
    first_checked_by: str | None


_COLUMNS = ", ".join(f.name for f in fields(ProductRow))


@dataclass(frozen=True)
class ReceiptCheck:
    """One release check made when the bag was received."""

    id: str
    passed: bool
    reason: str


def _one(db: Database, where: str, params: list[Any]) -> ProductRow | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM products WHERE {where}", params).fetchone()
    return ProductRow(*row) if row else None


def product(db: Database, product_id: str) -> ProductRow | None:
    """The bag ``product_id``, or None."""
    return _one(db, "id = ?", [product_id])


def verified_product(db: Database, session_id: str) -> ProductRow | None:
    """The bag verified at the bedside for this session, if any."""
    return _one(db, "session = ? AND state = 'verified'", [session_id])


def session_product(db: Database, session_id: str) -> ProductRow | None:
    """The bag the session's record shows: the verified one, else the last received for it."""
    return _one(db, "session = ? ORDER BY state = 'verified' DESC, received_at DESC", [session_id])


def bag_for_bedside(db: Database, subject_code: str, session_id: str) -> ProductRow | None:
    """The bag this session's bedside check is about: the one already checked for this
    session if there is one, otherwise the participant's most recently released bag."""
    return _one(
        db,
        "subject_code = ? AND (session = ? OR (session IS NULL AND state = 'released')) "
        "ORDER BY session IS NULL, released_at DESC LIMIT 1",
        [subject_code, session_id],
    )


def receipt_checks(db: Database, product_id: str) -> list[ReceiptCheck]:
    """Every release check recorded at the bag's latest receipt, in order."""
    row = db.execute(
        "SELECT payload FROM events WHERE type = ? AND json_extract(payload, '$.product_id') = ? "
        "ORDER BY seq DESC LIMIT 1",
        [EventType.PRODUCT_RECEIVED, product_id],
    ).fetchone()
    checks = json.loads(row[0])["checks"] if row else []
    return [ReceiptCheck(str(c["id"]), bool(c["passed"]), str(c.get("reason", ""))) for c in checks]
