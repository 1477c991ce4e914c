"""Key slots: the database key, wrapped once per active user and once with a recovery key.

The database is encrypted with a random 256-bit key (:mod:`infusion_app.store.cipher`). That key
is never stored as it is: ``<database>.keys``, a small JSON file next to the database, holds it
*wrapped* (AES-256-GCM) once per active user, under a key derived from that user's password with
argon2id, and once under the site's recovery key (shown a single time at set-up, kept on paper
by the principal investigator). This is how LUKS keeps a disk's master key.

Why the side file is safe to leave next to the database: it holds only salts, argon2id costs,
nonces and wrapped keys; none of them opens anything without a password or the recovery key,
and each guess at a password costs one argon2id derivation (the same cost as guessing against
the password hashes the database itself holds once opened). A slot names its user and carries a
fingerprint of the password hash it was made for (a SHA-256 of the hash string, whose salt is
not in the side file, so it helps no guessing): a password reset or a deactivation, here or
pulled from another laptop, makes the slot stale and it is dropped.

Each backup carries a copy of the side file as it was when the backup was taken
(``<backup>.keys``); the database key itself never changes, so today's side file opens every
backup too.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from infusion_app.store.cipher import KEY_BYTES

log = logging.getLogger("log.store")

FORMAT = "infusion-app key slots 1"
SUFFIX = ".keys"
RECOVERY = "recovery"
SALT_BYTES = 16
NONCE_BYTES = 12


@dataclass(frozen=True)
class KdfCost:
    """argon2id's cost for a password slot (stored in each slot: old slots keep theirs)."""

    memory_kib: int
    passes: int
    lanes: int


# As the password hashes (services/passwords.py): one of OWASP's equal-strength argon2id
# configurations, about 30 ms a derivation here.
PRODUCTION_COST = KdfCost(memory_kib=12 * 1024, passes=3, lanes=1)
cost = PRODUCTION_COST  # new slots are made with this; tests put a cheaper one here


class KeySlotsError(Exception):
    """The side file cannot be read or is not a key-slot file; the message says which."""


def slots_file(db_path: Path | str) -> Path:
    """``<database>.keys`` next to the database."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + SUFFIX)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def password_fingerprint(password_hash: str) -> str:
    """Which stored password hash a slot was made for (never the hash itself)."""
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()[:32]


def _password_key(password: str, salt: bytes, kdf: KdfCost) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=kdf.passes,
        memory_cost=kdf.memory_kib,
        parallelism=kdf.lanes,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _recovery_key_kek(recovery_key: bytes, salt: bytes) -> bytes:
    """The recovery key is itself 256 random bits: HKDF suffices (no guessing to slow down)."""
    from cryptography.hazmat.primitives.hashes import SHA256
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(SHA256(), KEY_BYTES, salt, b"infusion-app recovery slot").derive(recovery_key)


def _seal(kek: bytes, db_key: bytes, label: str) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    wrapped = AESGCM(kek).encrypt(nonce, db_key, label.encode("utf-8"))
    return {"nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def _open(kek: bytes, slot: dict[str, Any], label: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(kek).decrypt(
            _unb64(slot["nonce"]), _unb64(slot["wrapped"]), label.encode("utf-8")
        )
    except (InvalidTag, KeyError, ValueError):
        return None


def _user_label(username: str) -> str:
    return f"user:{username}"


# ---- the recovery key as a person reads it -----------------------------------------------


def new_recovery_key() -> bytes:
    """256 random bits."""
    return os.urandom(KEY_BYTES)


def recovery_key_text(recovery_key: bytes) -> str:
    """Thirteen groups of four letters and digits (base32), e.g. ``ABCD-EFGH-…``."""
    text = base64.b32encode(recovery_key).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes | None:
    """The key from its printed form (spaces, dashes and case do not matter); None if malformed."""
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    try:
        key = base64.b32decode(letters + "=" * (-len(letters) % 8))
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


# ---- the side file --------------------------------------------------------------------------


def read_slots(db_path: Path | str) -> dict[str, dict[str, Any]] | None:
    """The slots of the database at ``db_path`` (None: it has no side file)."""
    path = slots_file(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise KeySlotsError(f"The key file {path.name} cannot be read: {error}") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise KeySlotsError(f"{path.name} is not a key file of this app.")
    slots = data.get("slots")
    return slots if isinstance(slots, dict) else {}


def write_slots(db_path: Path | str, slots: dict[str, dict[str, Any]]) -> None:
    """Replace the side file as a whole (a temporary file, flushed, then renamed)."""
    path = slots_file(db_path)
    partial = path.with_name(path.name + ".partial")
    text = json.dumps({"format": FORMAT, "slots": slots}, indent=1, sort_keys=True)
    with open(partial, "w", encoding="utf-8") as file:
        file.write(text)
        file.flush()
        os.fsync(file.fileno())
    os.replace(partial, path)
    try:
        fd = os.open(path.parent, os.O_RDONLY)
    except OSError:  # a folder cannot be opened for flushing on Windows
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def unwrap_with_password(db_path: Path | str, username: str, password: str) -> bytes | None:
    """The database key, if ``username`` has a slot and ``password`` opens it."""
    slots = read_slots(db_path) or {}
    slot = slots.get(_user_label(username))
    if not isinstance(slot, dict):
        return None
    try:
        kdf = KdfCost(**slot["kdf"])
        kek = _password_key(password, _unb64(slot["salt"]), kdf)
    except (KeyError, TypeError, ValueError):
        return None
    return _open(kek, slot, _user_label(username))


def unwrap_with_recovery_key(db_path: Path | str, recovery_key: bytes) -> bytes | None:
    """The database key, if the recovery key opens the recovery slot."""
    slot = (read_slots(db_path) or {}).get(RECOVERY)
    if not isinstance(slot, dict):
        return None
    try:
        kek = _recovery_key_kek(recovery_key, _unb64(slot["salt"]))
    except (KeyError, ValueError):
        return None
    return _open(kek, slot, RECOVERY)


def has_user_slots(db_path: Path | str) -> bool:
    """True when at least one user can open the file with a password."""
    return any(name.startswith("user:") for name in read_slots(db_path) or {})


@dataclass(frozen=True)
class SlotUser:
    """What the slots are kept in step with: one row of the users table."""

    username: str
    active: bool
    password_hash: str


class Keyring:
    """The key of an open database and its side file: slots are added and dropped here."""

    def __init__(self, db_path: Path | str, key: bytes) -> None:
        self.db_path = Path(db_path)
        self.key = key

    def set_recovery_key(self) -> str:
        """A new recovery key in the side file (created if missing; a previous recovery key no
        longer opens the file); returns its text, shown once and never stored."""
        recovery_key = new_recovery_key()
        slots = read_slots(self.db_path) or {}
        slots[RECOVERY] = self._recovery_slot(recovery_key)
        write_slots(self.db_path, slots)
        return recovery_key_text(recovery_key)

    def _recovery_slot(self, recovery_key: bytes) -> dict[str, Any]:
        salt = os.urandom(SALT_BYTES)
        kek = _recovery_key_kek(recovery_key, salt)
        return {"kind": "recovery", "salt": _b64(salt), **_seal(kek, self.key, RECOVERY)}

    def has_slot(self, username: str, password_hash: str) -> bool:
        """True when ``username`` has a slot made for this password hash."""
        slot = (read_slots(self.db_path) or {}).get(_user_label(username))
        return isinstance(slot, dict) and slot.get("fingerprint") == password_fingerprint(
            password_hash
        )

    def set_user(self, username: str, password: str, password_hash: str) -> None:
        """Wrap the key for ``username`` with ``password`` (replacing any slot it had)."""
        salt = os.urandom(SALT_BYTES)
        kek = _password_key(password, salt, cost)
        label = _user_label(username)
        slot = {
            "kind": "password",
            "username": username,
            "salt": _b64(salt),
            "kdf": {"memory_kib": cost.memory_kib, "passes": cost.passes, "lanes": cost.lanes},
            "fingerprint": password_fingerprint(password_hash),
            **_seal(kek, self.key, label),
        }
        slots = read_slots(self.db_path) or {}
        slots[label] = slot
        write_slots(self.db_path, slots)

    def drop_stale(self, users: Iterable[SlotUser]) -> list[str]:
        """Drop the slots of users deactivated, unknown, or whose password changed since the
        slot was made; return their user names."""
        current = {u.username: u for u in users}
        slots = read_slots(self.db_path) or {}
        stale = []
        for label, slot in list(slots.items()):
            if not label.startswith("user:"):
                continue
            user = current.get(label.removeprefix("user:"))
            fresh = (
                user is not None
                and user.active
                and slot.get("fingerprint") == password_fingerprint(user.password_hash)
            )
            if not fresh:
                stale.append(label.removeprefix("user:"))
                del slots[label]
        if stale:
            write_slots(self.db_path, slots)
            log.info("key slots dropped: %s", ", ".join(stale))
        return stale


def wrap_secret(secret: bytes, password: str, label: str) -> dict[str, Any]:
    """``secret`` wrapped under ``password`` as a slot is (argon2id at :data:`cost`, AES-GCM
    bound to ``label``)."""
    salt = os.urandom(SALT_BYTES)
    kek = _password_key(password, salt, cost)
    kdf = {"memory_kib": cost.memory_kib, "passes": cost.passes, "lanes": cost.lanes}
    return {"salt": _b64(salt), "kdf": kdf, **_seal(kek, secret, label)}


def unwrap_secret(wrapped: dict[str, Any], password: str, label: str) -> bytes | None:
    """The secret :func:`wrap_secret` wrapped, if ``password`` and ``label`` are right."""
    try:
        kek = _password_key(password, _unb64(wrapped["salt"]), KdfCost(**wrapped["kdf"]))
    except (KeyError, TypeError, ValueError):
        return None
    return _open(kek, wrapped, label)
