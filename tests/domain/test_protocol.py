"""The shipped protocol file, its parser and its validator (plain pytest, no Qt)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infusion_app.domain.protocol import (
    Anchor,
    Comparison,
    EligibilityKind,
    LocalText,
    Protocol,
    ProtocolError,
    Range,
    StopCriterion,
    VitalParameter,
    parse_protocol,
)
from infusion_app.domain.protocol_toml import key_lines, line_of
from infusion_app.protocol_files import default_protocol_path, load_protocol, resources_dir

SHIPPED = default_protocol_path()
TEXT = SHIPPED.read_text(encoding="utf-8")
SOURCE = "NCT06610773.toml"
END_SLOT = (
    'offset_min = { value = 0, site_configurable = true, note = "published MSC infusion trials" }'
)


def line_containing(text: str, fragment: str) -> int:
    """The 1-based line where the one occurrence of ``fragment`` in ``text`` begins."""
    assert text.count(fragment) == 1, f"{fragment!r} occurs {text.count(fragment)} times"
    return text[: text.index(fragment)].count("\n") + 1


def mutated(old: str, new: str) -> str:
    """The shipped text with its one occurrence of ``old`` replaced by ``new``."""
    assert TEXT.count(old) == 1, f"{old!r} occurs {TEXT.count(old)} times"
    return TEXT.replace(old, new)


def parse_error(text: str) -> ProtocolError:
    with pytest.raises(ProtocolError) as caught:
        parse_protocol(text, SOURCE)
    return caught.value


@pytest.fixture(scope="module")
def protocol() -> Protocol:
    return load_protocol(SHIPPED)


# --- the shipped file -------------------------------------------------------------------------


def test_shipped_file_identifies_the_trial(protocol: Protocol) -> None:
    assert protocol.id == "NCT06610773"
    assert protocol.identifiers == ("HX-2021-007", "DFSC-2024(CR)-001")
    assert protocol.sponsor.en == "Tongji University"
    assert protocol.title.en and protocol.title.zh
    assert protocol.version


def test_dose_is_one_million_cells_per_kg_in_100_ml(protocol: Protocol) -> None:
    assert protocol.dose.cells_per_kg == 1.0e6
    assert protocol.dose.volume_ml == 100
    assert protocol.dose.cells_for_weight(60.0) == 6.0e7
    assert "5 % albumin" in protocol.dose.vehicle.en
    assert "白蛋白" in protocol.dose.vehicle.zh


def test_drip_band_is_60_to_80_inside_the_hard_limits(protocol: Protocol) -> None:
    drip = protocol.drip
    assert (drip.band_min_gtt_min, drip.band_max_gtt_min) == (60, 80)
    assert drip.hard_min_gtt_min <= 60 and drip.hard_max_gtt_min >= 80
    assert drip.drop_factors_gtt_ml == (10, 15, 20, 60)
    assert drip.default_drop_factor_gtt_ml == 20


def test_two_arms_one_placebo(protocol: Protocol) -> None:
    assert [arm.code for arm in protocol.arms] == ["huc_msc", "placebo"]
    assert protocol.arm("placebo").is_placebo
    assert not protocol.arm("huc_msc").is_placebo
    with pytest.raises(KeyError):
        protocol.arm("nonsense")


def test_fifteen_eligibility_items_in_both_languages(protocol: Protocol) -> None:
    inclusion = protocol.eligibility_items(EligibilityKind.INCLUSION)
    exclusion = protocol.eligibility_items(EligibilityKind.EXCLUSION)
    assert [item.id for item in inclusion] == [f"I{n}" for n in range(1, 6)]
    assert [item.id for item in exclusion] == [f"E{n}" for n in range(1, 11)]
    assert len(protocol.eligibility) == 15
    for item in protocol.eligibility:
        assert item.text.en.strip() and item.text.zh.strip()
        assert re.search(r"[\u4e00-\u9fff]", item.text.zh), item.id
    assert protocol.eligibility[0].text.en.startswith("Women aged 25-60")


def test_schedule_and_stop_criteria(protocol: Protocol) -> None:
    slots = {slot.id: slot for slot in protocol.vitals_schedule}
    assert slots["baseline"].anchor is Anchor.BEFORE_START
    assert (slots["during"].anchor, slots["during"].every_min) == (Anchor.START, 15)
    assert [slots[f"post_{m}"].offset_min for m in (30, 60, 120)] == [30, 60, 120]
    fever = next(c for c in protocol.stop_criteria if c.id == "fever")
    assert fever.parameter is VitalParameter.TEMPERATURE_C and fever.threshold == 38.0
    assert fever.is_met(38.0) and not fever.is_met(37.9)
    assert len(protocol.stop_criteria) == 5


def test_checks_product_and_site(protocol: Protocol) -> None:
    checks = protocol.checks
    assert checks.weight_kg == Range(35.0, 150.0)
    assert checks.pregnancy_test_if_childbearing_potential
    assert set(checks.baseline_vitals) == {
        p for p in VitalParameter if not p.is_relative_to_baseline
    }
    assert checks.baseline_range(VitalParameter.SYSTOLIC_MMHG) == Range(90, 160)
    assert protocol.product_acceptance.min_viability_pct == 70
    assert re.fullmatch(protocol.site.subject_code_pattern, protocol.site.subject_code_example)
    assert protocol.site.timezone == "Asia/Shanghai"
    assert (protocol.site.lockout_attempts, protocol.site.lockout_minutes) == (5, 15)


def test_site_configurable_marks_what_the_registry_does_not_state(protocol: Protocol) -> None:
    marked = protocol.site_configurable
    for criterion in protocol.stop_criteria:
        assert f"stop_criteria.{criterion.id}.threshold" in marked
    assert {"drip.hard_min_gtt_min", "drip.hard_max_gtt_min"} <= marked
    assert "vitals_schedule.during.every_min" in marked
    assert "product_acceptance.min_viability_pct" in marked
    stated = {"drip.band_min_gtt_min", "drip.band_max_gtt_min", "dose.cells_per_kg"}
    assert not stated & marked
    # The registry states the dose; how the vehicle drips on the site's sets it does not.
    assert "dose.vehicle_drop_factor_ratio" in marked
    registry = ("dose.", "eligibility", "arms", "protocol.")
    assert not any(key.startswith(registry) for key in marked - {"dose.vehicle_drop_factor_ratio"})


# --- small types --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"), [("en", "dose"), ("zh", "剂量"), ("zh_CN", "剂量"), ("fr", "dose")]
)
def test_local_text_picks_the_language(language: str, expected: str) -> None:
    assert LocalText("dose", "剂量").get(language) == expected


def test_range_is_inclusive() -> None:
    assert Range(2.0, 8.0).contains(2.0) and Range(2.0, 8.0).contains(8.0)
    assert not Range(2.0, 8.0).contains(8.01)


@pytest.mark.parametrize(
    ("comparison", "value", "met"),
    [
        (">=", 37.9, False),
        (">=", 38.0, True),
        (">", 38.0, False),
        (">", 38.1, True),
        ("<", 38.0, False),
        ("<", 37.9, True),
        ("<=", 38.0, True),
        ("<=", 38.1, False),
    ],
)
def test_stop_criterion_boundaries(comparison: str, value: float, met: bool) -> None:
    criterion = StopCriterion(
        "t", VitalParameter.TEMPERATURE_C, Comparison(comparison), 38.0, LocalText("t", "t")
    )
    assert criterion.is_met(value) is met


# --- malformed files ----------------------------------------------------------------------------

DROP_I3 = TEXT[TEXT.index('[[eligibility]]\nid = "I3"') : TEXT.index('[[eligibility]]\nid = "I4"')]

MALFORMED = [
    # (old, new, key, fragment starting the expected line or None for the line of old, words)
    ("band_max_gtt_min = 80", 'band_max_gtt_min = "eighty"', "drip.band_max_gtt_min",
     "band_max_gtt_min =", 'must be a number (gtt/min), got "eighty"'),
    ("band_min_gtt_min = 60", "band_min_gtt_min = 90", "drip.band_min_gtt_min",
     "band_min_gtt_min =", "must be below band_max_gtt_min"),
    ("hard_max_gtt_min = { value = 120", "hard_max_gtt_min = { value = 70",
     "drip.hard_max_gtt_min", "hard_max_gtt_min =", "must not be below band_max_gtt_min"),
    ("hard_min_gtt_min = { value = 40", "hard_min_gtt_min = { value = 65",
     "drip.hard_min_gtt_min", "hard_min_gtt_min =", "band_min_gtt_min"),
    ("[10, 15, 20, 60]", "[10, 0, 20, 60]", "drip.drop_factors_gtt_ml[1]",
     "drop_factors_gtt_ml =", "at least 1"),
    ("default_drop_factor_gtt_ml = { value = 20", "default_drop_factor_gtt_ml = { value = 25",
     "drip.default_drop_factor_gtt_ml", "default_drop_factor_gtt_ml =", "must be one of"),
    ('comparison = ">="', 'comparison = "=>"', "stop_criteria[0].comparison",
     'comparison = "=>"', 'must be one of "<", "<=", ">", ">="'),
    ('parameter = "spo2_pct"', 'parameter = "spo2"', "stop_criteria[4].parameter",
     'parameter = "spo2"', "must be one of"),
    ('anchor = "before_start"', 'anchor = "before"', "vitals_schedule[0].anchor",
     'anchor = "before"', "must be one of"),
    ("value = -30,", "value = 30,", "vitals_schedule[0].offset_min", None, "must be 0 or less"),
    ('id = "E3"', 'id = "E2"', "eligibility[7].id", None, "used twice"),
    (DROP_I3, "", "eligibility[2].id", 'id = "I4"', "expected I3"),
    ('id = "I5"\nkind = "inclusion"', 'id = "I5"\nkind = "exclusion"', "eligibility[4].id",
     'id = "I5"', "must be E1, E2"),
    ('"^HPV-\\\\d{3}$"', '"^HPV-(\\\\d{3}$"', "site.subject_code_pattern",
     "subject_code_pattern =", "not a valid regular expression"),
    ('value = "HPV-001"', 'value = "X-1"', "site.subject_code_example",
     "subject_code_example =", "does not match"),
    ("is_placebo = true", 'is_placebo = true\ncolour = "blue"', "arms[1].colour",
     'colour = "blue"', "unknown key"),
    ("is_placebo = true", 'is_placebo = "yes"', "arms[1].is_placebo", 'is_placebo = "yes"',
     'must be true or false, got "yes"'),
    ("is_placebo = false", "is_placebo = true", "arms", '[[arms]]\ncode = "huc_msc"',
     "not placebo"),
    ("recount_reminder_min =", "recount_reminder_mins =", "drip.recount_reminder_min",
     "recount_reminder_mins =", "misspelt"),
    ("[product_acceptance]", "[product_acceptence]", "product_acceptance",
     "[product_acceptence]", "missing table"),
    ("{ value = 38.0, site", "{ valeu = 38.0, site", "stop_criteria[0].threshold.valeu",
     "valeu = 38.0", "unknown key"),
    ("hard_min_gtt_min = { value = 40, site_configurable = true",
     'hard_min_gtt_min = { value = 40, site_configurable = "yes"',
     "drip.hard_min_gtt_min.site_configurable", "hard_min_gtt_min =", "true or false"),
    (END_SLOT, END_SLOT + "\nevery_min = 5",
     "vitals_schedule[2].every_min", "every_min = 5", "only for anchor start"),
    ("[35.0, 150.0]", "[150.0, 35.0]", "checks.weight_kg", "weight_kg =", "above high"),
    ("[35.0, 150.0]", "[35.0]", "checks.weight_kg", "weight_kg =", "[low, high]"),
    ("spo2_pct = { value = [94, 100]", "spo2_pc = { value = [94, 100]",
     "checks.baseline_vitals.spo2_pct", "spo2_pc =", "missing"),
    ("min_viability_pct = { value = 70", "min_viability_pct = { value = 170",
     "product_acceptance.min_viability_pct", "min_viability_pct =", "from 0 to 100"),
    ('"DFSC-2024(CR)-001"]', "7]", "protocol.identifiers[1]", "identifiers =", "text"),
    ("lockout_attempts = { value = 5", "lockout_attempts = { value = 0",
     "site.lockout_attempts", "lockout_attempts =", "at least 1"),
    ("lockout_minutes = { value = 15", "lockout_minutes = { value = 15.5",
     "site.lockout_minutes", "lockout_minutes =", "whole number (min)"),
    ("{ value = 38.0, site", "{ value = nan, site", "stop_criteria[0].threshold",
     "value = nan", "finite"),
    ('timezone = { value = "Asia/Shanghai"', 'timezone = { value = "Shanghai time"',
     "site.timezone", "timezone =", "IANA"),
    ('text_zh = "既往接种过HPV疫苗；"', 'text_zh = "  "', "eligibility[7].text_zh",
     'text_zh = "  "', "must not be empty"),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "key", "fragment", "words"), MALFORMED)
def test_malformed_file_names_key_and_line(
    old: str, new: str, key: str, fragment: str | None, words: str
) -> None:
    text = mutated(old, new)
    error = parse_error(text)
    assert error.key == key, str(error)
    if fragment is None:
        assert error.line == line_containing(TEXT, old), str(error)
    else:
        assert error.line == line_containing(text, fragment), str(error)
    assert words in error.message, str(error)
    assert error.source == SOURCE


def test_unknown_top_level_table_is_rejected() -> None:
    text = TEXT + "\n[extras]\nsomething = 1\n"
    error = parse_error(text)
    assert (error.key, error.line) == ("extras", text.splitlines().index("[extras]") + 1)


def test_error_reads_as_one_line() -> None:
    text = mutated("band_max_gtt_min = 80", 'band_max_gtt_min = "eighty"')
    line = line_containing(text, "band_max_gtt_min =")
    assert str(parse_error(text)) == (
        f"NCT06610773.toml, line {line}, key drip.band_max_gtt_min: "
        'must be a number (gtt/min), got "eighty"'
    )


def test_syntax_error_gives_its_line() -> None:
    text = mutated("volume_ml = 100 ", "volume_ml = = 100 ")
    error = parse_error(text)
    assert (error.key, error.line) == ("", line_containing(text, "volume_ml = = 100"))
    assert "not valid TOML" in str(error) and "(at line" not in str(error)


def test_unterminated_string_at_end_gives_last_line() -> None:
    error = parse_error('[protocol]\nid = "NCT')
    assert error.line == 2


# --- hypothesis: any numeric value turned into text is reported --------------------------------

_NUMBER = re.compile(r"(?:(?<==\s)|(?<=\[)|(?<=,\s))-?\d+(?:\.\d+)?(?:e[+-]?\d+)?(?=[\s,\]}]|$)")


def _numeric_sites() -> list[tuple[int, int, int]]:
    """(line index, start, end) of every number written as a value in the shipped file."""
    sites = []
    for index, line in enumerate(TEXT.splitlines()):
        code = line.split(" #")[0]
        if code.lstrip().startswith("#"):
            continue
        sites += [(index, m.start(), m.end()) for m in _NUMBER.finditer(code)]
    return sites


NUMERIC_SITES = _numeric_sites()


def test_numeric_sites_cover_the_file() -> None:
    assert len(NUMERIC_SITES) > 40


@given(
    site=st.sampled_from(NUMERIC_SITES),
    word=st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12),
)
def test_any_number_turned_into_text_is_reported(site: tuple[int, int, int], word: str) -> None:
    index, start, end = site
    lines = TEXT.splitlines()
    lines[index] = lines[index][:start] + json.dumps(word, ensure_ascii=False) + lines[index][end:]
    with pytest.raises(ProtocolError) as caught:
        parse_protocol("\n".join(lines), SOURCE)
    assert caught.value.line == index + 1, str(caught.value)
    assert caught.value.key


# --- the line finder ----------------------------------------------------------------------------

SMALL = """\
top = 1
[a]
x = 1
[[b]]
y = 2
[[b]]
y = 3
[b.c]
z = 4
s = '''
w = 5
'''
[ a . d ]
v = { value = 1, site_configurable = true }
"""


def test_key_lines_numbers_headers_keys_and_array_entries() -> None:
    lines = key_lines(SMALL)
    assert lines["top"] == 1
    assert lines["a.x"] == 3
    assert (lines["b[0]"], lines["b[0].y"], lines["b[1].y"]) == (4, 5, 7)
    assert (lines["b[1].c"], lines["b[1].c.z"]) == (8, 9)
    assert "b[1].c.w" not in lines  # inside a multi-line string
    assert lines["a.d.v"] == 14


def test_line_of_falls_back_to_the_nearest_parent() -> None:
    lines = key_lines(SMALL)
    assert line_of(lines, "a.d.v.value") == 14
    assert line_of(lines, "b[1].missing") == 6
    assert line_of(lines, "b[1].y[0]") == 7
    assert line_of(lines, "nowhere.at_all") is None
    assert line_of(lines, "") is None


# --- files on disk ------------------------------------------------------------------------------


def test_unreadable_file_is_a_protocol_error(tmp_path: Path) -> None:
    with pytest.raises(ProtocolError) as caught:
        load_protocol(tmp_path / "absent.toml")
    assert caught.value.key == "" and caught.value.line is None


def test_file_that_is_not_utf8_is_a_protocol_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(TEXT.replace("Tongji", "Tongjï").encode("latin-1", errors="replace"))
    with pytest.raises(ProtocolError, match="not UTF-8"):
        load_protocol(path)


def test_byte_order_mark_is_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert load_protocol(path).id == "NCT06610773"


def test_resources_dir_inside_a_pyinstaller_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (resources_dir() / "protocols" / "NCT06610773.toml").is_file()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


def test_a_criterion_without_a_bedside_label_shows_its_full_wording() -> None:
    text = mutated('short_en = "Previous HPV vaccination"\nshort_zh = "既往接种HPV疫苗"\n', "")
    e3 = next(i for i in parse_protocol(text, SOURCE).eligibility if i.id == "E3")
    assert e3.short is None and e3.label == e3.text
    half = mutated('short_zh = "既往接种HPV疫苗"\n', "")
    assert "short_zh" in str(parse_error(half)), "a label comes in both languages"
