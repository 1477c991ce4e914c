"""A signature's Ed25519 part: made with the signer's private key, which their password unwraps
(see :mod:`infusion_app.store.signature_keys`)."""

from __future__ import annotations

from typing import Any

from infusion_app.services.context import Actor, Workspace
from infusion_app.store.signature_keys import FIELD, sign


def with_signature(
    ws: Workspace, actor: Actor, payload: dict[str, Any], event_type: str, password: str
) -> dict[str, Any]:
    """``payload`` with the actor's Ed25519 signature over its ``record_hash`` (unchanged when
    the actor has no key yet, or the password does not unwrap it: the password check refuses
    the signature then)."""
    signature = sign(ws.db, actor.username, password, event_type, str(payload["record_hash"]))
    return payload if signature is None else {**payload, FIELD: signature}
