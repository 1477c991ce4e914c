"""A full infusion day as a list of user actions (the data of the tests' fixture helpers).

Times are made relative to ``now`` so the script runs on the real clock of a child process:
the bag was prepared an hour ago and expires in six hours; the session is today (site time).
Values that only exist once an action ran (the session's and the bag's ids) are written as
``"$session_id"`` and ``"$product_id"`` and filled in by the harness.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from infusion_app.domain.clock import utc_iso
from infusion_app.domain.protocol import Protocol

PASSWORD = "correct horse 42"
SUBJECT = "HPV-001"
GOOD_VITALS = {
    "systolic_mmhg": 118,
    "diastolic_mmhg": 76,
    "heart_rate_bpm": 72,
    "resp_rate_per_min": 16,
    "temperature_c": 36.6,
    "spo2_pct": 98,
    "consciousness": "A",
    "on_oxygen": False,
}
STAFF = (
    ("nurse.li", "Li Na", "nurse"),
    ("dr.wang", "Wang Fang", "investigator"),
    ("pharm.zhao", "Zhao Min", "pharmacist"),
)


@dataclass(frozen=True)
class Step:
    """One line of the script; ``user`` is who must be signed in for it (None: nobody)."""

    user: str | None
    line: dict[str, Any]


def sign_in(username: str) -> Step:
    return Step(None, {"action": "sign_in", "username": username, "password": PASSWORD})


def _answers(protocol: Protocol) -> dict[str, dict[str, Any]]:
    eligibility = {item.id: item.kind.value == "inclusion" for item in protocol.eligibility}
    return {
        "identity": {"subject_code": SUBJECT, "second_identifier": "1985", "wristband": SUBJECT},
        "eligibility": {"items": eligibility},
        "consent": {"on_file": True},
        "pregnancy": {"childbearing_potential": True, "result": "negative"},
        "weight": {"weight_kg": 58.5},
        "baseline_vitals": {"vitals": GOOD_VITALS},
        "iv_access": {"patent": True},
        "drop_factor": {"drop_factor_gtt_ml": 20},
        "emergency_kit": {"at_hand": True},
    }


def _receipt(now: datetime) -> dict[str, Any]:
    return {
        "subject_code": SUBJECT,
        "label_subject_code": SUBJECT,
        "arm": "huc_msc",
        "din": "=G12341765432170",
        "lot": "MSC-2611-07",
        "expires_at": utc_iso(now + timedelta(hours=6)),
        "total_viable_cells": 5.85e7,
        "viability_pct": 92.0,
        "volume_ml": 100.0,
        "prepared_at": utc_iso(now - timedelta(hours=1)),
        "temperature_c": 5.0,
        "appearance_ok": True,
        "weight_kg": 58.5,
    }


def _setup(today: str, consent: str) -> list[Step]:
    admin = [
        Step(
            None,
            {
                "action": "initialize_site",
                "site_code": "SH-TJ01",
                "username": "admin",
                "full_name": "Ada Admin",
                "password": PASSWORD,
            },
        ),
        sign_in("admin"),
    ]
    for username, full_name, role in STAFF:
        line = {"username": username, "full_name": full_name, "role": role, "password": PASSWORD}
        admin.append(Step("admin", {"action": "add_user", **line}))
    registration = {
        "subject_code": SUBJECT,
        "initials": "LXM",
        "year_of_birth": 1985,
        "arm": "huc_msc",
        "consent_date": consent,
    }
    return [
        *admin,
        sign_in("dr.wang"),
        Step("dr.wang", {"action": "register_participant", **registration}),
        Step(
            "dr.wang",
            {"action": "schedule_session", "subject_code": SUBJECT, "scheduled_for": today},
        ),
    ]


def _checks(protocol: Protocol, now: datetime) -> list[Step]:
    sid = {"session_id": "$session_id"}
    steps = [Step("dr.wang", {"action": "begin_checks", **sid})]
    for step, answer in _answers(protocol).items():
        steps.append(
            Step("dr.wang", {"action": "answer_check", **sid, "step": step, "answer": answer})
        )
    scans = {"bag_scan": "G123417654321", "wristband_scan": SUBJECT, "password": PASSWORD}
    bedside = {"action": "bedside_check", **sid, "product_id": "$product_id", **scans}
    return [
        *steps,
        sign_in("pharm.zhao"),
        Step("pharm.zhao", {"action": "receive_product", **_receipt(now)}),
        Step(
            "pharm.zhao",
            {"action": "release_product", "product_id": "$product_id", "password": PASSWORD},
        ),
        Step("pharm.zhao", bedside),
        sign_in("nurse.li"),
        Step("nurse.li", bedside),
        Step("nurse.li", {"action": "mark_ready", **sid}),
    ]


def _infusion() -> list[Step]:
    sid = {"session_id": "$session_id"}
    taps = [round(i * 60 / 70, 3) for i in range(8)]
    lines: list[dict[str, Any]] = [
        {"action": "start_infusion", **sid},
        {"action": "record_count_reading", **sid, "drops": 35, "seconds": 30},
        {"action": "record_tap_reading", **sid, "tap_times_s": taps},
        {"action": "record_vitals", **sid, "vitals": GOOD_VITALS},
        {"action": "record_pump_reading", **sid, "ml_per_hour": 210.0},
        {"action": "pause_infusion", **sid, "reason": "occlusion"},
        {"action": "resume_infusion", **sid},
        {"action": "record_count_reading", **sid, "drops": 18, "seconds": 15},
        {"action": "record_vitals", **sid, "vitals": {**GOOD_VITALS, "heart_rate_bpm": 76}},
        {"action": "complete_infusion", **sid, "bag_empty": True, "line_flushed": True},
        {"action": "begin_observation", **sid},
        {"action": "record_vitals", **sid, "vitals": GOOD_VITALS},
    ]
    # The child runs on the real clock: the investigator ends observation early (the 30, 60
    # and 120 min sets would take two hours), then the nurse signs.
    early = {"action": "end_observation_early", **sid, "reason": "harness: no waiting"}
    return [
        *(Step("nurse.li", line) for line in lines),
        sign_in("dr.wang"),
        Step("dr.wang", early),
        sign_in("nurse.li"),
        Step("nurse.li", {"action": "sign_session", **sid, "password": PASSWORD}),
    ]


def build_script(protocol: Protocol, now: datetime) -> list[Step]:
    """Site set-up, users, participant, schedule, checks, product, infusion, signatures."""
    local = now.astimezone(ZoneInfo(protocol.site.timezone)).date()
    consent = (local - timedelta(days=4)).isoformat()
    countersign = {"action": "countersign_session", "session_id": "$session_id"}
    return [
        *_setup(local.isoformat(), consent),
        *_checks(protocol, now),
        *_infusion(),
        sign_in("dr.wang"),
        Step("dr.wang", {**countersign, "password": PASSWORD}),
    ]


def fill(line: dict[str, Any], values: dict[str, str]) -> dict[str, Any]:
    """``line`` with ``"$name"`` placeholders replaced by ``values[name]``."""
    return {
        key: values.get(value[1:], value)
        if isinstance(value, str) and value.startswith("$")
        else value
        for key, value in line.items()
    }
