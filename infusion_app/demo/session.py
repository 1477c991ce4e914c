"""One demonstration session: the good day's steps played on the demo's fake clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from infusion_app.demo.cast import Person
from infusion_app.demo.good_day import (
    DemoError,
    Step,
    label_for,
    nurse,
    play,
    signatures,
    start,
    to_ready,
    vitals,
)
from infusion_app.domain.clock import FakeClock, utc_iso
from infusion_app.services import infusion
from infusion_app.services.context import Accepted, Workspace

RATES = (70, 74, 68, 72, 66, 76, 71, 69, 73, 70, 67, 72)  # gtt/min, counted over 30 s

__all__ = ["DemoError", "Run", "infuse", "observe_and_sign", "ok", "prepare", "sign"]


def ok(result: object) -> Accepted:
    """The accepted result, or DemoError naming the refusal."""
    if not isinstance(result, Accepted):
        raise DemoError(f"a demo step was refused: {result}")
    return result


@dataclass(frozen=True)
class Run:
    """What every step of one demo session needs."""

    ws: Workspace
    clock: FakeClock
    session_id: str
    password: str

    def play(self, *steps: Step) -> None:
        """Do ``steps`` on this session."""
        play(self.ws, steps, {"session_id": self.session_id})


def _vitals(n: int, wait_s: float = 0.0, **change: object) -> Step:
    wobble: dict[str, object] = {"heart_rate_bpm": 70 + n % 7, "systolic_mmhg": 114 + n % 9}
    return vitals(wait_s, **{**wobble, **change})


def prepare(run: Run, person: Person, serial: int) -> None:
    """Bag received and released, checks answered, bag matched at the bedside, ready, started."""
    label = label_for(serial, run.clock.now())
    steps = to_ready(run.ws.protocol, person, run.clock.now(), label, run.password)
    run.play(*steps, start())


def _reaction(run: Run) -> None:
    """A mild infusion-related reaction: pause, record the adverse event, resume."""
    onset = run.clock.now() - timedelta(minutes=1)
    run.play(
        nurse("pause_infusion", reason="reaction"),
        nurse(
            "record_adverse_event",
            term_code="infusion_related_reaction",
            grade=1,
            onset_at=utc_iso(onset),
            action="infusion_paused",
            outcome="recovering",
            description="flushing and mild chills; settled after a pause",
        ),
        _vitals(3, heart_rate_bpm=96, temperature_c=37.4),
        nurse("resume_infusion", 8 * 60),
    )


def infuse(run: Run, *, until_empty: bool, reaction: bool) -> None:
    """Readings every 5 min and vitals every 15 min, until the bag is empty (or for 15 min)."""
    for minute in range(5, 120, 5):
        drops = RATES[minute // 5 % len(RATES)] // 2
        run.play(nurse("record_count_reading", 5 * 60, drops=drops, seconds=30))
        if minute % 15 == 0:
            run.play(_vitals(minute))
        if reaction and minute == 10:
            _reaction(run)
        status = infusion.infusion_status(run.ws, run.session_id)
        if not until_empty and minute >= 15:
            return
        if status.volume and status.volume.remaining_ml <= 1.0:
            break
    run.play(nurse("complete_infusion", bag_empty=True, line_flushed=True))


def observe_and_sign(run: Run) -> None:
    """End-of-infusion and post-infusion vitals (30, 60, 120 min), then both signatures."""
    run.play(_vitals(1), nurse("begin_observation"))
    run.play(*(_vitals(minutes, minutes * 60) for minutes in (30, 30, 60)))
    run.clock.advance(300)
    sign(run)


def sign(run: Run) -> None:
    """The nurse signs (performed); the investigator countersigns (reviewed)."""
    run.play(*signatures(run.password))
