"""A protocol file with absurd values is refused at start-up, naming the key and the line.

Found on 05c2d4e: 45 of 1,932 mutated protocol files were accepted, e.g. ``cells_per_kg =
1e308``, ``lockout_attempts = 99999999999999999999`` (lockout off) and ``lockout_minutes =
99999999999999999999`` (loaded, then the fifth wrong password crashed the app).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infusion_app.domain.protocol import ProtocolError, parse_protocol
from infusion_app.domain.protocol_parse import unbounded_keys
from infusion_app.domain.protocol_rules import BOUNDS
from infusion_app.protocol_files import default_protocol_path
from scripts.write_protocol_format import page
from tests.hostile.conftest import run_cli

Capsys = pytest.CaptureFixture[str]
SHIPPED = default_protocol_path().read_text(encoding="utf-8")
DOCS = Path(__file__).resolve().parents[2] / "docs"


def _with(key: str, value: str) -> str:
    """The shipped file with the (first) ``key = …`` line's value replaced by ``value``."""
    pattern = re.compile(rf"^({re.escape(key)}\s*=\s*)(\{{\s*value\s*=\s*)?(.*)$", re.MULTILINE)
    match = pattern.search(SHIPPED)
    assert match, key
    if match[2]:  # { value = X, site_configurable = ... }
        rest = match[3].split(",", 1)[1] if "," in match[3] else "}"
        line = f"{match[1]}{{ value = {value}, {rest.strip()}"
    else:
        line = f"{match[1]}{value}"
    return SHIPPED[: match.start()] + line + SHIPPED[match.end() :]


def _line_of(text: str, key: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(f"{key} "))


@pytest.mark.parametrize(
    ("key", "dotted", "value"),
    [
        ("cells_per_kg", "dose.cells_per_kg", "1e308"),
        ("lockout_attempts", "site.lockout_attempts", "99999999999999999999"),
        ("lockout_minutes", "site.lockout_minutes", "99999999999999999999"),
        ("volume_ml", "dose.volume_ml", "1e308"),
        ("screen_lock_minutes", "site.screen_lock_minutes", "99999999999999999999"),
        ("hard_max_gtt_min", "drip.hard_max_gtt_min", "1e308"),
        ("interval_days", "schedule.interval_days", "99999999999999999999"),
    ],
)
def test_an_absurd_value_is_refused_at_start_up_naming_key_and_line(
    capsys: Capsys, tmp_path: Path, key: str, dotted: str, value: str
) -> None:
    text = _with(key, value)
    protocol = tmp_path / "absurd.toml"
    protocol.write_text(text, encoding="utf-8")
    db = tmp_path / "ward.sqlite3"
    ran = run_cli(capsys, "audit", "verify", "--db", str(db), "--protocol", str(protocol))
    assert ran.status == 2
    assert f"line {_line_of(text, key)}" in ran.err and dotted in ran.err
    assert not db.exists()  # refused before the database was opened


def test_drop_factors_must_be_those_of_real_giving_sets() -> None:
    with pytest.raises(ProtocolError, match="drop_factors_gtt_ml"):
        parse_protocol(SHIPPED.replace("value = [10, 15, 20, 60]", "value = [10, 15, 20, 999]"))


def test_a_repeating_slot_is_overdue_before_the_next_is_due() -> None:
    every = re.search(r"every_min = \{ value = 15,[^\n]*\ngrace_min = \{ value = 5,", SHIPPED)
    assert every is not None, "the shipped file has a slot every 15 min with 5 min of grace"
    text = SHIPPED.replace(every[0], every[0].replace("value = 5,", "value = 15,"))
    assert text != SHIPPED
    with pytest.raises(ProtocolError, match="grace_min"):
        parse_protocol(text)


def test_text_with_control_characters_is_refused() -> None:
    with pytest.raises(ProtocolError, match="control"):
        parse_protocol(SHIPPED.replace('version = "1.0"', 'version = "1.0\\u202e"'))


def test_every_number_of_the_shipped_file_has_bounds() -> None:
    assert unbounded_keys(SHIPPED) == frozenset()


def test_the_format_page_is_up_to_date() -> None:
    assert (DOCS / "protocol-format.md").read_text(encoding="utf-8") == page()


NUMERIC_KEYS = sorted(
    {key.rsplit(".", 1)[-1] for key in BOUNDS if key.count(".") == 1 and "[" not in key}
    & {m[1] for m in re.finditer(r"^(\w+) = ", SHIPPED, re.MULTILINE)}
)
ABSURD = st.one_of(
    st.sampled_from(["1e308", "-1e308", "99999999999999999999", "-99999999999999999999"]),
    st.sampled_from(["inf", "-inf", "nan", "0", "-1", "true", '"80"', "[]", "{}"]),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
)


@given(key=st.sampled_from(NUMERIC_KEYS), value=ABSURD)
def test_a_mutated_number_is_refused_with_its_key_or_kept_within_bounds(
    key: str, value: str
) -> None:
    """Any value at any numeric key: a ProtocolError naming a line, or a protocol in bounds."""
    try:
        protocol = parse_protocol(_with(key, value))
    except ProtocolError as error:
        assert error.line is not None
        return
    site = protocol.site
    assert 3 <= site.lockout_attempts <= 100 and 1 <= site.lockout_minutes <= 1440
    assert 1e4 <= protocol.dose.cells_per_kg <= 1e8
