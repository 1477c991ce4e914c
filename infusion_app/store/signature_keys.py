"""Ed25519 signatures bound to people: each user's key pair, and the check of every signature.

When a user is added or their password is reset, a new Ed25519 key pair is made: the public key
goes into the log in that event's payload (``signing_key.public``), with the private key wrapped
under the password as a key slot is (``signing_key.private``: argon2id, AES-GCM). Every
signature — a session signed or countersigned, a bag released, a bedside check — carries
``ed25519``: the signer's signature over the event type, the signer and the record's last event
hash. :func:`signature_problems` checks each one against the signer's public key in force at
that point of the log, so a signature appended without the signer's password fails and is named.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from infusion_app.domain.events import EventType
from infusion_app.store.audit import AuditProblem
from infusion_app.store.key_slots import unwrap_secret, wrap_secret

SIGNED_TYPES = frozenset(
    {
        EventType.SESSION_SIGNED,
        EventType.SESSION_COUNTERSIGNED,
        EventType.PRODUCT_RELEASED,
        EventType.BEDSIDE_FIRST_CHECK,
        EventType.PRODUCT_VERIFIED,
    }
)
KEY_EVENTS = (EventType.USER_ADDED, EventType.USER_PASSWORD_RESET)
FIELD = "ed25519"


def _label(username: str) -> str:
    return f"signing:{username}"


def signed_message(event_type: str, username: str, record_hash: str) -> bytes:
    """What a signature covers."""
    return f"infusion-app signature 1\n{event_type}\n{username}\n{record_hash}".encode()


def new_signing_key(username: str, password: str) -> dict[str, Any]:
    """A new key pair for the payload of ``user.added`` / ``user.password_reset``."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    seed = private.private_bytes_raw()
    return {
        "public": base64.b64encode(public).decode("ascii"),
        "private": wrap_secret(seed, password, _label(username)),
    }


def current_signing_key(db: Database, username: str) -> dict[str, Any] | None:
    """The key pair recorded for ``username`` by their latest add or reset (None: none)."""
    row = db.execute(
        "SELECT payload FROM events WHERE type IN (?, ?) AND json_extract(payload, '$.username') "
        "= ? ORDER BY seq DESC LIMIT 1",
        [*KEY_EVENTS, username],
    ).fetchone()
    key = json.loads(row[0]).get("signing_key") if row else None
    return key if isinstance(key, dict) else None


def sign(
    db: Database, username: str, password: str, event_type: str, record_hash: str
) -> str | None:
    """The signature for the payload's ``ed25519`` field (None: the user has no key yet, e.g.
    added by an earlier version; their next password reset gives them one)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = current_signing_key(db, username)
    seed = unwrap_secret(key["private"], password, _label(username)) if key else None
    if seed is None:
        return None
    signature = Ed25519PrivateKey.from_private_bytes(seed).sign(
        signed_message(event_type, username, record_hash)
    )
    return base64.b64encode(signature).decode("ascii")


def _verifies(public_b64: str, signature_b64: object, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if not isinstance(signature_b64, str):
        return False
    try:
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64))
        public.verify(base64.b64decode(signature_b64), message)
    except (InvalidSignature, ValueError):
        return False
    return True


def signature_problems(rows: Iterable[tuple[Any, ...]]) -> list[AuditProblem]:
    """Each signature checked against its signer's key at that point of the log.

    ``rows``: (seq, id, type, actor, payload JSON) in log order. A signer with no key recorded
    before the signature (a user of an earlier version) is not checked.
    """
    keys: dict[str, str | None] = {}
    problems = []
    for seq, event_id, event_type, actor, payload_text in rows:
        payload = json.loads(payload_text)
        if event_type in KEY_EVENTS:
            signing = payload.get("signing_key")
            public = signing.get("public") if isinstance(signing, dict) else None
            keys[str(payload.get("username"))] = public if isinstance(public, str) else None
        elif event_type in SIGNED_TYPES and keys.get(actor):
            message = signed_message(event_type, actor, str(payload.get("record_hash", "")))
            if not _verifies(str(keys[actor]), payload.get(FIELD), message):
                problems.append(
                    AuditProblem(
                        seq,
                        event_id,
                        f"{event_type} by {actor}: its Ed25519 signature is missing or not "
                        f"made with {actor}'s key (signed without their password)",
                    )
                )
    return problems


def verify_signatures(db: Database) -> list[AuditProblem]:
    """:func:`signature_problems` over the whole log."""
    types = sorted({*KEY_EVENTS, *SIGNED_TYPES})
    marks = ", ".join("?" for _ in types)
    rows = db.execute(
        f"SELECT seq, id, type, actor, payload FROM events WHERE type IN ({marks}) ORDER BY seq",
        types,
    )
    return signature_problems(rows)
