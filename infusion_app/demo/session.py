"""One demonstration session, step by step through the services on the demo's fake clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from infusion_app.domain.clock import FakeClock, utc_iso
from infusion_app.domain.roles import Role
from infusion_app.services import (
    adverse_events,
    bedside,
    checks,
    infusion,
    products,
    session_flow,
    signing,
    vitals,
)
from infusion_app.services.context import Accepted, Actor, Workspace

NURSE = Actor("nurse.li", "Li Na", Role.NURSE)
PHARMACIST = Actor("pharm.zhao", "Zhao Min", Role.PHARMACIST)
INVESTIGATOR = Actor("dr.wang", "Wang Fang", Role.INVESTIGATOR)
RATES = (70, 74, 68, 72, 66, 76, 71, 69, 73, 70, 67, 72)  # gtt/min, counted over 30 s
BASE_VITALS = {
    "systolic_mmhg": 118,
    "diastolic_mmhg": 74,
    "heart_rate_bpm": 72,
    "resp_rate_per_min": 16,
    "temperature_c": 36.6,
    "spo2_pct": 98,
    "consciousness": "A",
    "on_oxygen": False,
}


class DemoError(RuntimeError):
    """A demo step was refused (a bug in the demo script, or a database already in use)."""


def ok(result: object) -> Accepted:
    """The accepted result, or DemoError naming the refusal."""
    if not isinstance(result, Accepted):
        raise DemoError(f"a demo step was refused: {result}")
    return result


@dataclass(frozen=True)
class Person:
    """A participant of the demo: subject code, initials, year of birth, weight (kg)."""

    subject_code: str
    initials: str
    year_of_birth: int
    weight_kg: float
    arm: str


@dataclass(frozen=True)
class Run:
    """What every step of one demo session needs."""

    ws: Workspace
    clock: FakeClock
    session_id: str
    password: str


def _vitals(run: Run, n: int, **change: object) -> None:
    wobble = {"heart_rate_bpm": 70 + n % 7, "systolic_mmhg": 114 + n % 9}
    values = {**BASE_VITALS, **wobble, **change}
    ok(vitals.record_vitals(run.ws, NURSE, session_id=run.session_id, vitals=values))


def _product(ws: Workspace, person: Person, serial: int, password: str) -> str:
    now = ws.clock.now()
    placebo = ws.protocol.arm(person.arm).is_placebo
    body = f"G1234{now:%y}{serial:06d}"
    received = ok(
        products.receive_product(
            ws,
            PHARMACIST,
            subject_code=person.subject_code,
            label_subject_code=person.subject_code,
            arm=person.arm,
            din=f"={body}00",
            lot=f"MSC-{now:%y%m}-{serial:02d}",
            expires_at=utc_iso(now + timedelta(hours=8)),
            total_viable_cells=0.0
            if placebo
            else ws.protocol.dose.cells_for_weight(person.weight_kg),
            viability_pct=None if placebo else 91.0 + serial % 5,
            volume_ml=ws.protocol.dose.volume_ml,
            prepared_at=utc_iso(now - timedelta(minutes=90)),
            temperature_c=5.0,
            appearance_ok=True,
            weight_kg=person.weight_kg,
        )
    )
    product_id = str(received.created["product_id"])
    ok(products.release_product(ws, PHARMACIST, product_id=product_id, password=password))
    return product_id + "|" + body


def _answers(ws: Workspace, person: Person) -> dict[str, dict]:
    return {
        "identity": {
            "subject_code": person.subject_code,
            "second_identifier": str(person.year_of_birth),
            "wristband": person.subject_code,
        },
        "eligibility": {
            "items": {item.id: item.kind.value == "inclusion" for item in ws.protocol.eligibility}
        },
        "consent": {"on_file": True},
        "pregnancy": {"childbearing_potential": True, "result": "negative"},
        "weight": {"weight_kg": person.weight_kg},
        "baseline_vitals": {"vitals": BASE_VITALS},
        "iv_access": {"patent": True},
        "drop_factor": {"drop_factor_gtt_ml": ws.protocol.drip.default_drop_factor_gtt_ml},
        "emergency_kit": {"at_hand": True},
    }


def prepare(run: Run, person: Person, serial: int) -> None:
    """Bag received and released, checks answered, bag matched at the bedside, ready, started."""
    ws, clock, session_id, password = run.ws, run.clock, run.session_id, run.password
    product_id, bag = _product(ws, person, serial, password).split("|")
    clock.advance(600)
    ok(session_flow.begin_checks(ws, NURSE, session_id=session_id))
    for step, answer in _answers(ws, person).items():
        clock.advance(40)
        ok(checks.answer_check(ws, NURSE, session_id=session_id, step=step, answer=answer))
    for who in (NURSE, PHARMACIST):
        clock.advance(60)
        ok(
            bedside.bedside_check(
                ws,
                who,
                session_id=session_id,
                product_id=product_id,
                bag_scan=bag,
                wristband_scan=person.subject_code,
                password=password,
            )
        )
    ok(session_flow.mark_ready(ws, NURSE, session_id=session_id))
    clock.advance(180)
    ok(session_flow.start_infusion(ws, NURSE, session_id=session_id))


def _reading(run: Run, n: int) -> None:
    drops = RATES[n % len(RATES)] // 2
    ok(
        infusion.record_count_reading(
            run.ws, NURSE, session_id=run.session_id, drops=drops, seconds=30
        )
    )


def _reaction(run: Run) -> None:
    """A mild infusion-related reaction: pause, record the adverse event, resume."""
    ws, clock, session_id = run.ws, run.clock, run.session_id
    ok(session_flow.pause_infusion(ws, NURSE, session_id=session_id, reason="reaction"))
    ok(
        adverse_events.record_adverse_event(
            ws,
            NURSE,
            session_id=session_id,
            term_code="infusion_related_reaction",
            grade=1,
            onset_at=utc_iso(clock.now() - timedelta(minutes=1)),
            action="infusion_paused",
            outcome="recovering",
            description="flushing and mild chills; settled after a pause",
        )
    )
    _vitals(run, 3, heart_rate_bpm=96, temperature_c=37.4)
    clock.advance(8 * 60)
    ok(session_flow.resume_infusion(ws, NURSE, session_id=session_id))


def infuse(run: Run, *, until_empty: bool, reaction: bool) -> None:
    """Readings every 5 min and vitals every 15 min, until the bag is empty (or for 15 min)."""
    ws, clock, session_id = run.ws, run.clock, run.session_id
    for minute in range(5, 120, 5):
        clock.advance(5 * 60)
        _reading(run, minute // 5)
        if minute % 15 == 0:
            _vitals(run, minute)
        if reaction and minute == 10:
            _reaction(run)
        status = infusion.infusion_status(ws, session_id)
        if not until_empty and minute >= 15:
            return
        if status.volume and status.volume.remaining_ml <= 1.0:
            break
    ok(
        session_flow.complete_infusion(
            ws, NURSE, session_id=session_id, bag_empty=True, line_flushed=True
        )
    )


def observe_and_sign(run: Run) -> None:
    """End-of-infusion and post-infusion vitals (30, 60, 120 min), then both signatures."""
    _vitals(run, 1)
    ok(session_flow.begin_observation(run.ws, NURSE, session_id=run.session_id))
    for minutes in (30, 30, 60):
        run.clock.advance(minutes * 60)
        _vitals(run, minutes)
    run.clock.advance(300)
    sign(run)


def sign(run: Run) -> None:
    """The nurse signs (performed); the investigator countersigns (reviewed)."""
    ws, session_id, password = run.ws, run.session_id, run.password
    ok(signing.sign_session(ws, NURSE, session_id=session_id, password=password))
    run.clock.advance(20 * 60)
    ok(signing.countersign_session(ws, INVESTIGATOR, session_id=session_id, password=password))
