"""The device role's password, kept in the operating system's keyring and nowhere else.

A backend is used only when ``keyring`` itself recommends it (priority ≥ 1: the Windows
credential store, the macOS keychain, the Secret Service, KWallet). The fallbacks it may
pick on a headless machine — the "fail" and "null" backends, or keyrings.alt's plaintext
and encrypted files — are refused with a plain message: the password is then not stored.
"""

from __future__ import annotations

import keyring
import keyring.core
import keyring.errors
from keyring.backend import KeyringBackend

from infusion_app.sync.errors import SyncError

SERVICE = "infusion-app sync"


class NoSecureKeyringError(SyncError):
    """There is no OS keyring to keep the password in, so it is not stored."""


def keyring_problem(backend: KeyringBackend | None = None) -> str | None:
    """Why the current keyring backend may not hold the password, or None when it may."""
    backend = backend or keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if name.startswith("keyrings.alt.") or not keyring.core.recommended(backend):
        return (
            f"No secure keyring is available on this computer (the keyring backend is {name}). "
            "The sync password was not stored: install or unlock the system's keyring "
            "(Windows Credential Manager, macOS Keychain, or a Secret Service such as "
            "GNOME Keyring) and enrol the laptop again."
        )
    return None


def store_password(role_name: str, password: str) -> None:
    """Keep ``password`` for ``role_name`` in the OS keyring; refuse when none is secure."""
    problem = keyring_problem()
    if problem:
        raise NoSecureKeyringError(problem)
    try:
        keyring.set_password(SERVICE, role_name, password)
    except keyring.errors.KeyringError as error:
        raise NoSecureKeyringError(f"The keyring refused the sync password: {error}") from error


def load_password(role_name: str) -> str:
    """The stored password of ``role_name``; a :class:`SyncError` says what to do if absent."""
    problem = keyring_problem()
    if problem:
        raise NoSecureKeyringError(problem)
    try:
        password = keyring.get_password(SERVICE, role_name)
    except keyring.errors.KeyringError as error:
        raise SyncError(f"The keyring could not be read: {error}") from error
    if password is None:
        raise SyncError(
            f"No sync password for {role_name} is in this computer's keyring: "
            "enrol the laptop again (infusion-app server enrol)."
        )
    return password
