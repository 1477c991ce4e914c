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


@dataclass(frozen=True)
class SignatureRecord:
    """A signature as recorded, in force or superseded by a later correction."""

    event_id: str
    record_type: str
    record_id: str
    username: str
    full_name: str
    role: str
    meaning: str
    signed_at: str
    record_hash: str
    superseded: bool

    @property
    def signed_as(self) -> Manifestation:
        """The signer's printed name, role, time and meaning."""
        return Manifestation(
            self.full_name, self.role, self.signed_at, SignatureMeaning(self.meaning)
        )


def record_signatures(
    db: Database, session_id: str, product_id: str | None
) -> list[SignatureRecord]:
    """Every signature on the session, its checks and its bag, oldest first."""
    rows = db.execute(
        "SELECT s.event_id, s.record_type, s.record_id, s.username, s.full_name, s.role, "
        "s.meaning, s.signed_at, s.record_hash, s.superseded "
        "FROM signatures s LEFT JOIN events e ON e.id = s.event_id "
        "WHERE e.session = ? OR (s.record_type = 'product' AND s.record_id = ?) "
        "ORDER BY s.signed_at",
        [session_id, product_id or ""],
    ).fetchall()
    return [
        SignatureRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], bool(r[9]))
        for r in rows
    ]
