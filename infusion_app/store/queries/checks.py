"""A session's pre-infusion checks: the answers recorded and the investigators' decisions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database


@dataclass(frozen=True)
class CheckAnswerRow:
    """The latest answer to one check step (``answer`` as recorded, decoded from JSON)."""

    step: str
    event_id: str
    answer: dict[str, Any]
    answer_text: str  # the JSON text exactly as stored
    answered_by: str
    answered_at: str


@dataclass(frozen=True)
class CheckDecisionRow:
    """An investigator's decision on a step's answer."""

    step: str
    answer_event_id: str
    decision: str
    reason: str
    decided_by: str
    decided_at: str


def check_answers(db: Database, session_id: str) -> dict[str, CheckAnswerRow]:
    """The latest answer of each step recorded for the session, by step value."""
    rows = db.execute(
        "SELECT step, event_id, answer, answered_by, answered_at FROM check_answers "
        "WHERE session = ?",
        [session_id],
    ).fetchall()
    return {r[0]: CheckAnswerRow(r[0], r[1], json.loads(r[2]), r[2], r[3], r[4]) for r in rows}


def check_answer(db: Database, session_id: str, step: str) -> CheckAnswerRow | None:
    """The latest answer to ``step`` for the session, or None."""
    return check_answers(db, session_id).get(step)


def check_decisions(db: Database, session_id: str) -> dict[str, CheckDecisionRow]:
    """The decision recorded on each step of the session, by step value."""
    rows = db.execute(
        "SELECT step, answer_event_id, decision, reason, decided_by, decided_at "
        "FROM check_decisions WHERE session = ?",
        [session_id],
    ).fetchall()
    return {r[0]: CheckDecisionRow(*r) for r in rows}
