"""The demonstration site: users, randomization, participants and their sessions over days.

The demo runs on a :class:`FakeClock` that starts ``days`` days before now at 08:00 site time
and is advanced step by step, so every event has a realistic time; the last session starts
about a quarter of an hour before ``now`` and is left infusing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from infusion_app.demo.cast import (
    ADMIN,
    DEMO_PASSWORD,
    INVESTIGATOR,
    NURSE,
    PEOPLE,
    SITE_CODE,
    STAFF,
)
from infusion_app.demo.good_day import Step, play, set_up_site
from infusion_app.demo.session import DemoError, Run, infuse, observe_and_sign, ok, prepare, sign
from infusion_app.domain.clock import FakeClock, parse_utc_iso, utc_iso
from infusion_app.protocol_files import default_protocol_path, load_protocol
from infusion_app.services import auth, corrections, participants
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.workspace_factory import open_workspace
from infusion_app.store.audit import verify_log
from infusion_app.store.cipher import new_key
from infusion_app.store.queries.sessions import session_counts_by_state
from infusion_app.store.rebuild import rebuild_check

__all__ = ["ADMIN", "DEMO_PASSWORD", "DemoError", "DemoSummary", "make_demo"]


@dataclass(frozen=True)
class DemoSummary:
    """What the demo made, for the message the CLI prints."""

    db_path: Path
    users: tuple[tuple[str, str], ...]  # user name, role
    participants: int
    signed_sessions: int
    infusing_sessions: int
    events: int
    audit_ok: bool
    rebuild_ok: bool
    recovery_key: str = ""  # the file's recovery key (a demo's: shown with its password)

    def text(self) -> str:
        """A few lines: where, who (with the demo password) and what."""
        lines = [
            f"Demo site {SITE_CODE} created in {self.db_path}",
            f"  {self.participants} participants, {self.signed_sessions} signed session(s), "
            f"{self.infusing_sessions} infusing now, {self.events} events",
            f"  audit verify: {'OK' if self.audit_ok else 'FAILED'}; "
            f"rebuild --check: {'OK' if self.rebuild_ok else 'FAILED'}",
            "  users (all with the demo password):",
            *[f"    {name:<12} {role}" for name, role in self.users],
            f"  demo password: {DEMO_PASSWORD}",
            f"  recovery key: {self.recovery_key}",
            f"  the file is encrypted: open it with --user NAME (e.g. --user {ADMIN.username})",
        ]
        return "\n".join(lines)


def _local(zone_name: str, day: int, at: time, today: datetime) -> datetime:
    """``at`` o'clock site time, ``day`` days from ``today``'s site date, in UTC."""
    zone = ZoneInfo(zone_name)
    local_day = today.astimezone(zone).date() + timedelta(days=day)
    return datetime.combine(local_day, at, tzinfo=zone).astimezone(UTC)


def _advance_to(clock: FakeClock, moment: datetime) -> None:
    if moment > clock.now():
        clock.advance((moment - clock.now()).total_seconds())


def _set_up(ws: Workspace, clock: FakeClock) -> None:
    play(ws, set_up_site(STAFF))
    clock.advance(1800)
    signed_in = auth.sign_in(ws, username=INVESTIGATOR.username, password=DEMO_PASSWORD)
    if not isinstance(signed_in, Actor):
        raise DemoError(f"the investigator could not sign in: {signed_in}")
    allocation = "subject_code,arm\n" + "".join(f"{p.subject_code},{p.arm}\n" for p in PEOPLE)
    randomization_list = {"csv_text": allocation, "source_name": "randomization-list-v1.csv"}
    play(ws, [Step(INVESTIGATOR.username, "import_randomization", randomization_list)])


def _register(ws: Workspace, clock: FakeClock, days: int) -> list[str]:
    """Register everyone with consent a week back; the first ``days + 1`` get a session each."""
    consent = (ws.site_today() - timedelta(days=7)).isoformat()
    session_ids = []
    for n, person in enumerate(PEOPLE):
        clock.advance(300)
        first = ws.site_today() + timedelta(days=n) if n <= days else None
        done = ok(
            participants.register_participant(
                ws,
                INVESTIGATOR.actor,
                subject_code=person.subject_code,
                initials=person.initials,
                year_of_birth=person.year_of_birth,
                consent_date=consent,
                first_session_date=first.isoformat() if first else "",
            )
        )
        session_ids.extend(str(s) for s in done.created["session_ids"])
    return session_ids


def _correct(run: Run) -> None:
    """The nurse finds the end time was typed a minute late: correct it, sign again."""
    row = run.ws.db.execute(
        "SELECT id, occurred_at FROM events WHERE session = ? AND type = ?",
        [run.session_id, "session.infusion_completed"],
    ).fetchone()
    corrected = utc_iso(parse_utc_iso(row[1]) - timedelta(minutes=1))
    run.clock.advance(3600)
    ok(
        corrections.correct_value(
            run.ws,
            NURSE.actor,
            event_id=row[0],
            field="occurred_at",
            new_value=corrected,
            reason="wrong_time",
            reason_text="the pump clock was one minute fast",
        )
    )
    run.clock.advance(600)
    sign(run)


def make_demo(
    db_path: Path, *, days: int = 4, now: datetime | None = None, protocol_path: Path | None = None
) -> DemoSummary:
    """Create the demo site in a new database at ``db_path``; DemoError if it already exists."""
    if db_path.exists():
        raise DemoError(f"{db_path} already exists: the demo needs a new database file")
    now = now or datetime.now(UTC)
    days = max(1, min(days, len(PEOPLE) - 1))
    zone = load_protocol(protocol_path or default_protocol_path()).site.timezone
    clock = FakeClock(_local(zone, -days, time(8, 0), now))
    ws = open_workspace(db_path, clock, protocol_path, key=new_key())
    try:
        _set_up(ws, clock)  # every demo user gets a key slot for the demo password
        assert ws.keys is not None
        recovery_key = ws.keys.set_recovery_key()
        session_ids = _register(ws, clock, days)
        for n, session_id in enumerate(session_ids[:-1]):
            _advance_to(clock, _local(zone, n - days, time(8, 30), now))
            run = Run(ws, clock, session_id, DEMO_PASSWORD)
            prepare(run, PEOPLE[n], n + 1)
            infuse(run, until_empty=True, reaction=n == 1)
            observe_and_sign(run)
            if n == 0:
                _correct(run)
        _advance_to(clock, now - timedelta(minutes=40))  # checks take ~21 min, infusing 15
        run = Run(ws, clock, session_ids[-1], DEMO_PASSWORD)
        prepare(run, PEOPLE[days], days + 1)
        infuse(run, until_empty=False, reaction=False)
        return replace(_summary(ws, db_path), recovery_key=recovery_key)
    finally:
        ws.db.close()


def _summary(ws: Workspace, db_path: Path) -> DemoSummary:
    states = session_counts_by_state(ws.db)
    roles = ws.db.execute("SELECT username, role FROM users ORDER BY role, username").fetchall()
    return DemoSummary(
        db_path,
        tuple((str(u), str(r)) for u, r in roles),
        int(ws.db.execute("SELECT count(*) FROM participants").fetchone()[0]),
        int(states.get("signed", 0)),
        int(states.get("infusing", 0)),
        ws.store.count(),
        verify_log(ws.db).ok,
        not rebuild_check(ws.db),
    )
