"""The good day: one participant's infusion session as data, the project's single scenario.

Each :class:`Step` is one user action as ``infusion-app replay`` names it: who does it (a user
name of :mod:`infusion_app.demo.cast`), the action's name and its fields, and how long after
the step before it it happens. The demo plays the steps through the services on its fake clock
(:func:`play`), the kill-anywhere harness sends them as replay lines to a child process, and
the tests and screenshot scripts prepare their sessions with them. Values that exist only once
an action ran (the session's and the bag's ids) are written ``"$session_id"`` and
``"$product_id"`` and filled in by whoever plays the steps (:func:`fill`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from infusion_app.demo.cast import (
    ADMIN,
    DEMO_PASSWORD,
    INVESTIGATOR,
    NURSE,
    PARTICIPANT,
    PHARMACIST,
    SITE_CODE,
    USERS,
    WARD,
    Person,
    User,
)
from infusion_app.domain.clock import FakeClock
from infusion_app.domain.protocol import Protocol
from infusion_app.services.context import Accepted, Actor, Workspace

SESSION = "$session_id"
PRODUCT = "$product_id"
GOOD_VITALS: dict[str, Any] = {
    "systolic_mmhg": 118,
    "diastolic_mmhg": 76,
    "heart_rate_bpm": 72,
    "resp_rate_per_min": 16,
    "temperature_c": 36.6,
    "spo2_pct": 98,
    "consciousness": "A",
    "on_oxygen": False,
}


class DemoError(RuntimeError):
    """A demo step was refused (a bug in the demo script, or a database already in use)."""


@dataclass(frozen=True)
class Step:
    """One user action: who does it (None: nobody signed in), its name, its fields."""

    actor: str | None
    action: str
    fields: dict[str, Any] = field(default_factory=dict)
    wait_s: float = 0.0  # seconds after the step before (on the demo's clock)

    @property
    def line(self) -> dict[str, Any]:
        """The step as a replay line."""
        return {"action": self.action, **self.fields}


@dataclass(frozen=True)
class Label:
    """What the bag's label carries: the DIN as the scanner reads it, and the lot."""

    din: str  # "=G12341765432170": "=", facility, year, sequence, flags
    lot: str

    @property
    def bag_scan(self) -> str:
        """The DIN as typed or scanned at the bedside (without "=" and the flags)."""
        return self.din[1:-2]


GOOD_LABEL = Label("=G12341765432170", "MSC-2611-07")


def label_for(serial: int, when: datetime) -> Label:
    """A label of its own for the demo's ``serial``-th bag, made in ``when``'s month."""
    return Label(f"=G1234{when:%y}{serial:06d}00", f"MSC-{when:%y%m}-{serial:02d}")


def _time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def receipt(
    protocol: Protocol, person: Person, now: datetime, label: Label = GOOD_LABEL
) -> dict[str, Any]:
    """A receipt for ``person``'s bag, prepared an hour before ``now`` and good for six hours,
    that passes every release check (the fields of ``receive_product``)."""
    placebo = protocol.arm(person.arm).is_placebo
    return {
        "subject_code": person.subject_code,
        "label_subject_code": person.subject_code,
        "arm": person.arm,
        "din": label.din,
        "lot": label.lot,
        "expires_at": _time(now + timedelta(hours=6)),
        "total_viable_cells": 0.0 if placebo else protocol.dose.cells_for_weight(person.weight_kg),
        "viability_pct": None if placebo else 92.0,
        "volume_ml": protocol.dose.volume_ml,
        "prepared_at": _time(now - timedelta(hours=1)),
        "temperature_c": 5.0,
        "appearance_ok": True,
        "weight_kg": person.weight_kg,
    }


def check_answers(protocol: Protocol, person: Person = PARTICIPANT) -> dict[str, dict]:
    """Answers under which every pre-infusion check holds for ``person``."""
    return {
        "identity": {
            "subject_code": person.subject_code,
            "second_identifier": str(person.year_of_birth),
            "wristband": person.subject_code,
        },
        "eligibility": {
            "items": {item.id: item.kind.value == "inclusion" for item in protocol.eligibility}
        },
        "consent": {"on_file": True},
        "pregnancy": {"childbearing_potential": True, "result": "negative"},
        "weight": {"weight_kg": person.weight_kg},
        "baseline_vitals": {"vitals": GOOD_VITALS},
        "iv_access": {"patent": True},
        "drop_factor": {"drop_factor_gtt_ml": protocol.drip.default_drop_factor_gtt_ml},
        "emergency_kit": {"at_hand": True},
    }


def set_up_site(staff: Iterable[User] = WARD, password: str = DEMO_PASSWORD) -> list[Step]:
    """The administrator sets the site up and adds ``staff``, two minutes apart."""
    first = {"site_code": SITE_CODE, "username": ADMIN.username, "full_name": ADMIN.full_name}
    return [
        Step(None, "initialize_site", {**first, "password": password}),
        *(Step(ADMIN.username, "add_user", user.fields(password), 120) for user in staff),
    ]


def register(person: Person, consent_date: str, scheduled_for: str) -> list[Step]:
    """The investigator registers ``person`` (with the arm) and schedules one session."""
    registration = {
        "subject_code": person.subject_code,
        "initials": person.initials,
        "year_of_birth": person.year_of_birth,
        "arm": person.arm,
        "consent_date": consent_date,
    }
    schedule = {"subject_code": person.subject_code, "scheduled_for": scheduled_for}
    return [
        Step(INVESTIGATOR.username, "register_participant", registration),
        Step(INVESTIGATOR.username, "schedule_session", schedule),
    ]


def receive_and_release(
    protocol: Protocol,
    person: Person,
    now: datetime,
    label: Label = GOOD_LABEL,
    password: str = DEMO_PASSWORD,
) -> list[Step]:
    """The pharmacist receives ``person``'s bag and releases it with a signature."""
    return [
        Step(PHARMACIST.username, "receive_product", receipt(protocol, person, now, label)),
        Step(PHARMACIST.username, "release_product", {"product_id": PRODUCT, "password": password}),
    ]


def checks(
    protocol: Protocol, person: Person = PARTICIPANT, by: str = NURSE.username
) -> list[Step]:
    """The nurse begins the checks ten minutes later and answers every step, 40 s each."""
    sid = {"session_id": SESSION}
    return [
        Step(by, "begin_checks", sid, 600),
        *(
            Step(by, "answer_check", {**sid, "step": step, "answer": answer}, 40)
            for step, answer in check_answers(protocol, person).items()
        ),
    ]


def bedside(
    person: Person = PARTICIPANT, label: Label = GOOD_LABEL, password: str = DEMO_PASSWORD
) -> list[Step]:
    """The nurse, then the pharmacist, scan bag and wristband and sign, a minute each."""
    scans = {
        "session_id": SESSION,
        "product_id": PRODUCT,
        "bag_scan": label.bag_scan,
        "wristband_scan": person.subject_code,
        "password": password,
    }
    return [Step(who.username, "bedside_check", scans, 60) for who in (NURSE, PHARMACIST)]


def to_ready(
    protocol: Protocol,
    person: Person,
    now: datetime,
    label: Label = GOOD_LABEL,
    password: str = DEMO_PASSWORD,
) -> list[Step]:
    """From a scheduled session to "ready": bag released, checks answered, bag matched."""
    return [
        *receive_and_release(protocol, person, now, label, password),
        *checks(protocol, person),
        *bedside(person, label, password),
        Step(NURSE.username, "mark_ready", {"session_id": SESSION}),
    ]


def start() -> Step:
    """The nurse starts the infusion three minutes after "ready"."""
    return Step(NURSE.username, "start_infusion", {"session_id": SESSION}, 180)


def nurse(action: str, wait_s: float = 0.0, /, **fields: Any) -> Step:
    """A step of the nurse on the session (a reading, a set of vitals, a pause, ...)."""
    return Step(NURSE.username, action, {"session_id": SESSION, **fields}, wait_s)


def vitals(wait_s: float = 0.0, **change: Any) -> Step:
    """The nurse records a set of vital signs: the good ones, with ``change``."""
    return nurse("record_vitals", wait_s, vitals={**GOOD_VITALS, **change})


def signatures(password: str = DEMO_PASSWORD) -> list[Step]:
    """The nurse signs (performed); twenty minutes later the investigator countersigns."""
    sid = {"session_id": SESSION, "password": password}
    return [
        Step(NURSE.username, "sign_session", sid),
        Step(INVESTIGATOR.username, "countersign_session", sid, 20 * 60),
    ]


def short_infusion() -> list[Step]:
    """An infusion of every kind of reading, a pause and one set of vitals after it; the
    investigator then ends observation early (on a real clock the 30, 60 and 120 minute sets
    would take two hours)."""
    taps = [round(i * 60 / 70, 3) for i in range(8)]
    return [
        start(),
        nurse("record_count_reading", drops=35, seconds=30),
        nurse("record_tap_reading", tap_times_s=taps),
        vitals(),
        nurse("record_pump_reading", ml_per_hour=210.0),
        nurse("pause_infusion", reason="occlusion"),
        nurse("resume_infusion"),
        nurse("record_count_reading", drops=18, seconds=15),
        vitals(heart_rate_bpm=76),
        nurse("complete_infusion", bag_empty=True, line_flushed=True),
        nurse("begin_observation"),
        vitals(),
        Step(
            INVESTIGATOR.username,
            "end_observation_early",
            {"session_id": SESSION, "reason": "harness: no waiting"},
        ),
    ]


def whole_day(protocol: Protocol, now: datetime, consent_date: str, today: str) -> list[Step]:
    """Site set-up, users, participant, schedule, product, checks, infusion, signatures."""
    return [
        *set_up_site(),
        *register(PARTICIPANT, consent_date, today),
        *to_ready(protocol, PARTICIPANT, now),
        *short_infusion(),
        *signatures(),
    ]


def session_ready(ws: Workspace, person: Person = PARTICIPANT, *, started: bool = False) -> str:
    """On a new database: the site and its ward's staff, ``person`` registered with a session
    today, and the good day played up to "ready" (or "infusing"); the session's id."""
    today = ws.site_today().isoformat()
    steps = [
        *set_up_site(),
        *register(person, today, today),
        *to_ready(ws.protocol, person, ws.clock.now()),
    ]
    return play(ws, [*steps, start()] if started else steps)["session_id"]


def fill(line: dict[str, Any], values: Mapping[str, str]) -> dict[str, Any]:
    """``line`` with ``"$name"`` placeholders replaced by ``values[name]``."""
    return {
        key: values.get(value[1:], value)
        if isinstance(value, str) and value.startswith("$")
        else value
        for key, value in line.items()
    }


def play(
    ws: Workspace,
    steps: Iterable[Step],
    values: dict[str, str] | None = None,
    *,
    actors: Mapping[str, Actor] | None = None,
    move_clock: bool = True,
) -> dict[str, str]:
    """Do ``steps`` through the services, moving a fake clock on by each step's wait.

    ``values`` holds the placeholders' values and gains each session and bag id an action
    creates (it is returned); ``actors`` adds people who are not of the cast; with
    ``move_clock`` False the clock stays where it is (tests move theirs). DemoError names the
    first refusal.
    """
    from infusion_app.services.actions import ACTIONS  # every service module: only when played

    values = {} if values is None else values
    people = {name: user.actor for name, user in USERS.items()} | dict(actors or {})
    for step in steps:
        if move_clock and step.wait_s and isinstance(ws.clock, FakeClock):
            ws.clock.advance(step.wait_s)
        action = ACTIONS[step.action]
        fields = fill(step.fields, values)
        if step.actor is None:
            result = action.function(ws, **fields)
        else:
            result = action.function(ws, people[step.actor], **fields)
        if not isinstance(result, Accepted):
            raise DemoError(f"a demo step was refused: {step.action}: {result}")
        for key in ("session_id", "product_id"):
            if key in result.created:
                values[key] = str(result.created[key])
    return values


def by(username: str, steps: Iterable[Step]) -> list[Step]:
    """``steps`` done by ``username`` instead."""
    return [replace(step, actor=username) for step in steps]
