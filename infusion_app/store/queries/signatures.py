"""Signatures in force on a record (a session or a product)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from infusion_app.domain.signatures import Manifestation, SignatureMeaning


@dataclass(frozen=True)
class SignatureShown:
    """A signature in force on a record: who signed, and its manifestation."""

    username: str
    manifestation: Manifestation

    @property
    def meaning(self) -> SignatureMeaning:
        return self.manifestation.meaning


def signatures_in_force(db: Database, record_type: str, record_id: str) -> list[SignatureShown]:
    """The signatures on the record not superseded by a later correction, oldest first."""
    rows = db.execute(
        "SELECT username, full_name, role, signed_at, meaning FROM signatures "
        "WHERE record_type = ? AND record_id = ? AND superseded = 0 ORDER BY signed_at",
        [record_type, record_id],
    ).fetchall()
    return [
        SignatureShown(r[0], Manifestation(r[1], r[2], r[3], SignatureMeaning(r[4]))) for r in rows
    ]
