"""Reading the audit trail: filtered, a page at a time (by sequence, never OFFSET), and to CSV."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from infusion_app.domain.event_text import describe
from infusion_app.domain.messages import Message
from infusion_app.domain.roles import Role
from infusion_app.services.context import Actor, Workspace
from infusion_app.services.declarations import user_action


@dataclass(frozen=True)
class TrailFilter:
    """What to show; empty fields do not filter. Times are UTC ISO 8601 (recorded time)."""

    participant: str = ""
    session: str = ""
    actor: str = ""
    event_type: str = ""  # exact type, or a prefix ending in "." such as "session."
    since: str = ""
    until: str = ""

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition and its parameters."""
        clauses, params = ["1 = 1"], []
        for column, value in (
            ("participant", self.participant),
            ("session", self.session),
            ("actor", self.actor),
        ):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        if self.event_type:
            op = "LIKE" if self.event_type.endswith(".") else "="
            clauses.append(f"type {op} ?")
            params.append(self.event_type + ("%" if op == "LIKE" else ""))
        if self.since:
            clauses.append("recorded_at >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("recorded_at < ?")
            params.append(self.until)
        return " AND ".join(clauses), params


@dataclass(frozen=True)
class TrailRow:
    """One audit-trail line."""

    seq: int
    event_id: str
    recorded_at: str
    occurred_at: str
    actor: str
    participant: str
    session: str
    type: str
    what: str
    payload: str
    message: Message  # ``what`` before it is put in English, for the screens to translate


def _row(r: tuple[Any, ...]) -> TrailRow:
    payload = json.loads(r[8])
    shown = {k: v for k, v in payload.items() if k != "password_hash"}
    message = describe(r[7], payload)
    return TrailRow(
        r[0],
        r[1],
        r[2],
        r[3],
        r[4],
        r[5] or "",
        r[6] or "",
        r[7],
        str(message),
        json.dumps(shown, ensure_ascii=False, sort_keys=True),
        message,
    )


view_audit_trail = user_action(
    "view audit trail", Role.INVESTIGATOR, Role.ADMIN, permission="view_audit_trail", replay=False
)
"""The three reads of the audit trail share one permission."""


@view_audit_trail
def count_trail(ws: Workspace, actor: Actor, *, where: TrailFilter) -> int:
    """How many events match."""
    sql, params = where.where()
    return int(ws.db.execute(f"SELECT count(*) FROM events WHERE {sql}", params).fetchone()[0])


@view_audit_trail
def trail_page(
    ws: Workspace, actor: Actor, *, where: TrailFilter, after_seq: int = 0, limit: int = 500
) -> list[TrailRow]:
    """Up to ``limit`` matching events recorded after ``after_seq``, in log order."""
    sql, params = where.where()
    rows = ws.db.execute(
        "SELECT seq, id, recorded_at, occurred_at, actor, participant, session, type, payload "
        f"FROM events WHERE {sql} AND seq > ? ORDER BY seq LIMIT ?",
        [*params, after_seq, limit],
    ).fetchall()
    return [_row(tuple(r)) for r in rows]


@view_audit_trail
def export_trail_csv(ws: Workspace, actor: Actor, *, where: TrailFilter, path: Path) -> int:
    """Write the filtered trail to a UTF-8 CSV file with a header; return the number of rows."""
    count, after = 0, 0
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow([f.name for f in fields(TrailRow)])
        while page := trail_page(ws, actor, where=where, after_seq=after, limit=2000):
            writer.writerows([[getattr(row, f.name) for f in fields(TrailRow)] for row in page])
            count, after = count + len(page), page[-1].seq
    return count


def event_types(ws: Workspace) -> list[str]:
    """The event types present in the log, for the viewer's filter."""
    return [str(r[0]) for r in ws.db.execute("SELECT DISTINCT type FROM events ORDER BY type")]
