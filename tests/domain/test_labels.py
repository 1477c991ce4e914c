"""Label parsing on the vectors of domain.md and with generated inputs."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infusion_app.domain.labels import (
    ALPHABET,
    Din,
    Gs1Label,
    IsbtExpiry,
    IsbtProductCode,
    LabCode,
    din_check_character,
    read_label,
)
from infusion_app.domain.outcomes import Refusal


def test_the_iccbba_vector_gives_check_a() -> None:
    assert din_check_character("G123417654321") == "A"


def test_a_din_bar_code_with_its_type_3_flag() -> None:
    assert read_label("=G12341765432170") == Din("G123417654321", "A")
    assert Din("G123417654321", "A").eye_readable == "G1234 17 654321 A"


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        ("=G12341765432171", "wrong_din_check", "carries check 'B' but should be 'A'"),
        ("G1234 17 654321 B", "wrong_din_check", "expected 'A'"),
        ("G1234 17 654321", "missing_din_check", "check character"),
        ("=G1234176543217", "bad_din_flags", "two flag digits"),
        ("=G12341765432", "bad_din", "13 characters"),
        ("=GX2341765432100", "bad_din", "letter and 4 digits"),
    ],
)
def test_bad_dins_say_what_is_wrong(text: str, code: str, words: str) -> None:
    result = read_label(text)
    assert isinstance(result, Refusal) and result.code == code and words in result.reason


def test_a_typed_din_with_spaces_and_its_check() -> None:
    assert read_label(" G1234 17 654321 A ") == Din("G123417654321", "A")


def test_a_scanner_symbology_prefix_is_ignored() -> None:
    assert read_label("]C0=G12341765432170") == Din("G123417654321", "A")


def test_isbt_expiry_and_product_code() -> None:
    assert read_label("&>0263300930") == IsbtExpiry(datetime(2026, 11, 26, 9, 30))
    assert read_label("=<S1234V00") == IsbtProductCode("S1234V00")
    bad_day = read_label("&>0253670930")
    assert isinstance(bad_day, Refusal) and "not a real date" in bad_day.reason


def test_gs1_with_lot_expiry_and_serial() -> None:
    label = read_label("]d2010703206980498817250200" + "10ALB-77\x1d21SN9")
    assert label == Gs1Label("07032069804988", "ALB-77", date(2025, 2, 28), "SN9")


@pytest.mark.parametrize(
    ("text", "code"),
    [("0107032069804989", "wrong_gtin_check"), ("010703206980498817251301", "bad_gs1")],
)
def test_bad_gs1_codes_are_refused(text: str, code: str) -> None:
    result = read_label(text)
    assert isinstance(result, Refusal) and result.code == code


def test_the_labs_own_code_is_recognised_for_confirmation() -> None:
    assert read_label("msc-lot-2026-044") == LabCode("MSC-LOT-2026-044")
    assert isinstance(read_label("!!"), Refusal)


def _reference_check(body: str) -> str:
    """The algorithm exactly as domain.md §3 states it."""
    p = 0
    for char in body:
        p = ((p + ALPHABET.index(char)) * 2) % 37
    return ALPHABET[(38 - p) % 37]


din_bodies = st.builds(
    lambda letter, digits: letter + digits,
    st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    st.text("0123456789", min_size=12, max_size=12),
)


@given(din_bodies)
def test_the_library_agrees_with_the_stated_algorithm(body: str) -> None:
    assert din_check_character(body) == _reference_check(body)


@given(din_bodies)
def test_every_valid_din_round_trips_through_its_bar_code(body: str) -> None:
    flag = 60 + ALPHABET.index(din_check_character(body))
    assert read_label(f"={body}{flag}") == Din(body, din_check_character(body))


@given(din_bodies, st.integers(min_value=0, max_value=12), st.sampled_from("0123456789"))
def test_any_single_digit_change_is_caught(body: str, position: int, digit: str) -> None:
    position += 1  # keep the facility letter
    changed = body[:position] + digit + body[position + 1 :]
    flag = 60 + ALPHABET.index(din_check_character(body))
    result = read_label(f"={changed}{flag}")
    assert (changed == body) is isinstance(result, Din)


@given(st.text(max_size=40))
def test_nothing_typed_raises(text: str) -> None:
    result = read_label(text)
    assert isinstance(result, Din | IsbtExpiry | IsbtProductCode | Gs1Label | LabCode | Refusal)
