"""Checking the event log: every hash recomputed, every chain link and chain head followed."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlite_utils import Database

from infusion_app.domain.events import GENESIS_HASH, event_hash
from infusion_app.store.receipts import Receipt, receipts, short_hash
from infusion_app.store.snapshots import read_snapshot

COLUMNS = (
    "seq, id, device_id, device_seq, actor, participant, session, type, payload, "
    "occurred_at, recorded_at, prev_hash, hash"
)


@dataclass(frozen=True)
class AuditProblem:
    """One thing wrong with the log; ``seq`` and ``event_id`` locate it (None for a chain head)."""

    seq: int | None
    event_id: str | None
    message: str

    def __str__(self) -> str:
        where = f"event #{self.seq} ({self.event_id})" if self.seq is not None else "chain head"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class AuditReport:
    """The outcome of :func:`verify_log`."""

    events_checked: int
    problems: tuple[AuditProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _check_row(row: tuple, last: dict[str, tuple[int, str]]) -> str | None:  # type: ignore[type-arg]
    """What is wrong with one event row given each device's previous (seq, hash), or None."""
    (
        _,
        ev_id,
        device,
        dseq,
        actor,
        participant,
        session,
        type_,
        payload,
        occ,
        rec,
        prev,
        digest,
    ) = row
    try:
        json.loads(payload)
    except (TypeError, ValueError):
        return "its payload is not valid JSON"
    expected = event_hash(
        id=ev_id,
        device_id=device,
        device_seq=dseq,
        actor=actor,
        participant=participant,
        session=session,
        type=type_,
        payload_json=payload,
        occurred_at=occ,
        recorded_at=rec,
        prev_hash=prev,
    )
    if expected != digest:
        return "its stored contents do not match its hash (the event was changed)"
    prev_seq, prev_digest = last.get(device, (0, GENESIS_HASH))
    if dseq != prev_seq + 1:
        return f"device sequence {dseq} follows {prev_seq} (an event is missing or moved)"
    if prev != prev_digest:
        return "its link to the previous event is broken (an earlier event was changed)"
    return None


def verify_log(db: Database) -> AuditReport:
    """Recompute the whole chain of every device; report problems in log order.

    The log and the chain heads are read in one snapshot: a writer's commit meanwhile is not
    mistaken for a removed event.
    """
    with read_snapshot(db):
        return _verify(db)


def _verify(db: Database) -> AuditReport:
    problems: list[AuditProblem] = []
    last: dict[str, tuple[int, str]] = {}
    count = 0
    for row in db.execute(f"SELECT {COLUMNS} FROM events ORDER BY seq"):
        count += 1
        message = _check_row(row, last)
        if message:
            problems.append(AuditProblem(row[0], row[1], message))
        last[row[2]] = (row[3], row[12])
    problems.extend(_check_heads(db, last))
    problems.extend(receipt_problems(db))
    return AuditReport(count, tuple(problems))


def _check_heads(db: Database, last: dict[str, tuple[int, str]]) -> list[AuditProblem]:
    """Each device's recorded head must be its last event: a missing tail shows here."""
    heads = {
        row[0]: (row[1], row[2])
        for row in db.execute("SELECT device_id, last_device_seq, last_hash FROM chain_heads")
    }
    problems = []
    for device in sorted(set(heads) | set(last)):
        if heads.get(device) != last.get(device):
            head_seq = heads.get(device, (0, ""))[0]
            last_seq = last.get(device, (0, ""))[0]
            problems.append(
                AuditProblem(
                    None,
                    None,
                    f"device {device} recorded {head_seq} events but the log ends at {last_seq} "
                    "(events were removed or the head was changed)",
                )
            )
    return problems


def receipt_problems(db: Database) -> list[AuditProblem]:
    """The log checked against every receipt: the first receipt of each device that the log
    no longer matches, naming the event (or the missing sequence numbers)."""
    problems: list[AuditProblem] = []
    vouched: dict[str, int] = {}  # per device, the last sequence number a receipt matched
    failed: set[str] = set()
    for receipt in receipts(db):
        device = receipt.device_id
        if device in failed:
            continue
        row = db.execute(
            "SELECT seq, id, hash FROM events WHERE device_id = ? AND device_seq = ?",
            [device, receipt.device_seq],
        ).fetchone()
        since = vouched.get(device, 0) + 1
        if row is None:
            failed.add(device)
            problems.append(_removed(db, receipt))
        elif row[2] != receipt.hash:
            failed.add(device)
            span = (
                f"#{receipt.device_seq}"
                if since == receipt.device_seq
                else f"one of #{since}-#{receipt.device_seq}"
            )
            problems.append(
                AuditProblem(
                    int(row[0]),
                    str(row[1]),
                    f"device {device}'s event #{receipt.device_seq} no longer matches the "
                    f"receipt the sync server issued on {receipt.issued_at} "
                    f"(hash {short_hash(receipt.hash)}…, here {short_hash(str(row[2]))}…): "
                    f"{span} of that device was changed after it was synced",
                )
            )
        else:
            vouched[device] = receipt.device_seq
    return problems


def _removed(db: Database, receipt: Receipt) -> AuditProblem:
    row = db.execute(
        "SELECT max(device_seq) FROM events WHERE device_id = ?", [receipt.device_id]
    ).fetchone()
    ends = int(row[0] or 0)
    return AuditProblem(
        None,
        None,
        f"device {receipt.device_id}'s log ends at #{ends}, but the sync server issued a "
        f"receipt for #{receipt.device_seq} on {receipt.issued_at} "
        f"(hash {short_hash(receipt.hash)}…): events #{ends + 1}-#{receipt.device_seq}, "
        "synced, were removed",
    )
