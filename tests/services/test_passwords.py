"""Passwords are stored only as argon2id hashes with memory-hard parameters."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from infusion_app.services import passwords


@pytest.fixture
def production_hasher(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "_hasher", passwords.production_hasher())


@pytest.mark.usefixtures("production_hasher")
def test_hashes_are_argon2id_with_owasp_memory_and_passes() -> None:
    stored = passwords.hash_password("night shift 7")
    assert stored.startswith("$argon2id$v=19$m=12288,t=3,p=1$")
    assert "night shift 7" not in stored
    assert passwords.password_matches(stored, "night shift 7")
    assert not passwords.password_matches(stored, "night shift 8")


@pytest.mark.usefixtures("production_hasher")
def test_a_hash_made_with_the_earlier_64_mib_parameters_still_verifies() -> None:
    earlier = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4)
    stored = earlier.hash("night shift 7")
    assert passwords.password_matches(stored, "night shift 7")
    assert not passwords.password_matches(stored, "night shift 8")


def test_a_damaged_hash_never_matches() -> None:
    assert not passwords.password_matches("not a hash", "anything")
