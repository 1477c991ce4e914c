"""Replay the scripted session in a child, SIGKILL it at random points, check, continue.

After each kill the files are checked as the kill left them (see :mod:`.checks`), then the
script continues where the log shows it stopped: an action whose answer was printed is done;
the one in flight when the kill came is done if its events are on disk (the event count says
so), otherwise it is sent again. A new child signs in again as the user of the next action.
When the script ends, a new round starts on a fresh database until enough kills were made.
"""

from __future__ import annotations

import random
import shutil
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from infusion_app.protocol_files import default_protocol_path, load_protocol
from tools.harness.checks import check_after_kill
from tools.harness.child_process import Child, replay_command
from tools.harness.script import SUBJECT, Step, build_script, fill, sign_in

MAX_GAP = 6  # actions run between two kills: 0..MAX_GAP
MAX_EVENTS_PER_ACTION = 2


@dataclass
class Figures:
    """What a run of the harness did and found."""

    kills: int = 0
    rounds: int = 0
    children: int = 0
    acknowledged: int = 0
    in_flight_committed: int = 0
    in_flight_lost: int = 0
    after_answer: int = 0
    events: int = 0
    seconds: float = 0.0
    violations: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            f"kills: {self.kills} (SIGKILL) in {self.rounds} round(s), {self.children} children",
            f"actions acknowledged: {self.acknowledged}",
            f"in flight at a kill: {self.in_flight_committed} committed, "
            f"{self.in_flight_lost} not committed (sent again); "
            f"{self.after_answer} kill(s) came after the answer",
            f"events written: {self.events}",
            f"violations found: {len(self.violations)}",
            f"time: {self.seconds:.1f} s",
        ]


@dataclass
class Round:
    """One pass through the script on a fresh database."""

    db_path: Path
    script: list[Step]
    position: int = 0
    values: dict[str, str] = field(default_factory=dict)
    acknowledged: set[str] = field(default_factory=set)
    expected_events: int = 0  # events on disk once every answer read so far is counted


def _events_of(answer: dict[str, Any]) -> int:
    if answer.get("status") != "accepted":
        return 0
    return len(answer["event_ids"]) or int(answer["action"] == "sign_in")


class KillAnywhere:
    """The harness: ``run(kills)`` returns the :class:`Figures`."""

    def __init__(self, folder: Path, seed: int = 0, child: str = "app") -> None:
        self.folder = Path(folder)
        self.rng = random.Random(seed)
        self.child = child
        self.protocol = load_protocol(default_protocol_path())
        self.figures = Figures()
        self.latency_s: dict[str, float] = {}  # per action, learnt from answers: kill within it

    def run(self, kills: int, max_violations: int = 10) -> Figures:
        """Kill ``kills`` times (rounds end at the script's end); stop early on violations."""
        started = time.monotonic()
        self.folder.mkdir(parents=True, exist_ok=True)
        while self.figures.kills < kills and len(self.figures.violations) < max_violations:
            self._round(kills)
        self.figures.seconds = time.monotonic() - started
        return self.figures

    def _round(self, kills: int) -> None:
        number = self.figures.rounds = self.figures.rounds + 1
        folder = self.folder / f"round-{number:03d}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        state = Round(folder / "ward.sqlite3", build_script(self.protocol, datetime.now(UTC)))
        while state.position < len(state.script):
            kill_after = self.rng.randint(0, MAX_GAP) if self.figures.kills < kills else None
            if not self._child(state, kill_after, folder):
                return
        self._final_check(state, folder)

    def _queue(self, state: Round) -> list[tuple[int | None, dict[str, Any]]]:
        """The lines for a new child: a sign-in if the next action needs one, then the rest."""
        lines: list[tuple[int | None, dict[str, Any]]] = []
        user = state.script[state.position].user
        if user:
            lines.append((None, sign_in(user).line))
        return lines + [(i, state.script[i].line) for i in range(state.position, len(state.script))]

    def _child(self, state: Round, kill_after: int | None, folder: Path) -> bool:
        """Run one child until the script ends or the kill; False when the round must stop."""
        child = Child(replay_command(state.db_path, self.child), folder / "child.log")
        self.figures.children += 1
        for n, (index, line) in enumerate(self._queue(state)):
            child.send(fill(line, state.values))
            if n == kill_after:
                time.sleep(self.rng.uniform(0, self.latency_s.get(line["action"], 0.02)))
                printed = child.kill()
                return self._after_kill(state, index, printed, folder)
            sent = time.monotonic()
            answer = child.answer()
            if answer is None or not self._take(state, index, answer):
                child.finish()
                return False
            self.latency_s[line["action"]] = time.monotonic() - sent
        child.finish()
        return True

    def _take(self, state: Round, index: int | None, answer: dict[str, Any]) -> bool:
        """Count an answer printed by the child; False (a violation) when it was refused."""
        if answer.get("status") != "accepted":
            self.figures.violations.append(f"refused: {answer}")
            return False
        self.figures.acknowledged += 1
        state.acknowledged.update(answer["event_ids"])
        state.expected_events += _events_of(answer)
        for key in ("session_id", "product_id"):
            if key in answer.get("created", {}):
                state.values[key] = answer["created"][key]
        if index is not None:
            state.position = index + 1
        return True

    def _after_kill(
        self, state: Round, index: int | None, printed: list[dict[str, Any]], folder: Path
    ) -> bool:
        self.figures.kills += 1
        answered = len(printed) > 0
        self.figures.after_answer += answered
        for answer in printed:
            if not self._take(state, index, answer):
                return False
        found = check_after_kill(state.db_path, folder / "check", state.acknowledged)
        self.figures.violations += [f"kill {self.figures.kills}: {v}" for v in found.violations]
        extra = found.events - state.expected_events
        if extra < 0 or extra > MAX_EVENTS_PER_ACTION or (answered and extra):
            self.figures.violations.append(
                f"kill {self.figures.kills}: {found.events} events on disk, "
                f"{state.expected_events} acknowledged"
            )
            return False
        if not answered:
            self._in_flight(state, index, committed=extra > 0)
        state.expected_events = found.events
        if SUBJECT in found.sessions:
            state.values["session_id"] = found.sessions[SUBJECT]
        if SUBJECT in found.products:
            state.values["product_id"] = found.products[SUBJECT]
        return not found.violations

    def _in_flight(self, state: Round, index: int | None, *, committed: bool) -> None:
        if committed:
            self.figures.in_flight_committed += 1
            if index is not None:
                state.position = index + 1
        else:
            self.figures.in_flight_lost += 1

    def _final_check(self, state: Round, folder: Path) -> None:
        found = check_after_kill(state.db_path, folder / "check", state.acknowledged)
        self.figures.violations += [f"round end: {v}" for v in found.violations]
        self.figures.events += found.events
        if found.events != state.expected_events:
            self.figures.violations.append(
                f"round end: {found.events} events on disk, {state.expected_events} expected"
            )
