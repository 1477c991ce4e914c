"""Password hashing with argon2id (memory-hard), via argon2-cffi.

Parameters: argon2id, 12 MiB, 3 passes, 1 lane — one of the configurations the OWASP Password
Storage Cheat Sheet lists as equal in strength (19 MiB/2, 12 MiB/3, 9 MiB/4, 7 MiB/5 passes,
each with 1 lane). argon2-cffi's default, RFC 9106's low-memory profile (64 MiB, 3 passes,
4 lanes), was used before. On a ward laptop a password is verified at every sign-in, unlock,
hand-over and signature, on top of a running session and its chart: 64 MiB took the app's peak
from about 2.9 to 3.9 times a bare window and cost 166 ms a verification here; 12 MiB costs
about 32 ms. Hashes keep their own parameters, so hashes made with the old ones still verify;
they are replaced when the password is next changed.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from infusion_app.protocol_files import resources_dir

if TYPE_CHECKING:
    from argon2 import PasswordHasher

MEMORY_KIB = 12 * 1024
PASSES = 3
LANES = 1


def production_hasher() -> PasswordHasher:
    """The hasher new passwords are stored with."""
    from argon2 import PasswordHasher  # loaded at the first sign-in, not with the window

    return PasswordHasher(time_cost=PASSES, memory_cost=MEMORY_KIB, parallelism=LANES)


_hasher: PasswordHasher | None = None  # tests and the crash harness put a cheaper one here


def _the_hasher() -> PasswordHasher:
    global _hasher
    if _hasher is None:
        _hasher = production_hasher()
    return _hasher


def hash_password(password: str) -> str:
    """An argon2id hash string that embeds its salt and parameters."""
    return _the_hasher().hash(password)


@functools.cache
def common_passwords() -> frozenset[str]:
    """The lower-cased common and breached passwords new passwords may not be (read once)."""
    path = resources_dir() / "passwords" / "common-passwords.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def password_matches(password_hash: str, password: str) -> bool:
    """True when ``password`` is the one ``password_hash`` was made from."""
    from argon2.exceptions import InvalidHashError, VerificationError

    hasher = _the_hasher()
    try:
        return hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
