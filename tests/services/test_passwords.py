"""Passwords are stored only as argon2id hashes with memory-hard parameters."""

from __future__ import annotations

import pytest

from infusion_app.services import passwords


@pytest.fixture
def production_hasher(monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    monkeypatch.setattr(passwords, "_hasher", PasswordHasher())


@pytest.mark.usefixtures("production_hasher")
def test_hashes_are_argon2id_with_at_least_64_mib() -> None:
    stored = passwords.hash_password("night shift 7")
    assert stored.startswith("$argon2id$")
    assert "m=65536" in stored
    assert "night shift 7" not in stored
    assert passwords.password_matches(stored, "night shift 7")
    assert not passwords.password_matches(stored, "night shift 8")


def test_a_damaged_hash_never_matches() -> None:
    assert not passwords.password_matches("not a hash", "anything")
