"""Semantic clashes: a pulled event that contradicts what this laptop's read models already say.

Checked *before* projecting, so a clash never reaches a projector: the event is kept in the
log (merging is a union) but held out of the read models, and a discrepancy names both
sides for the investigator. Nothing is overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from infusion_app.domain.events import Event, EventType
from infusion_app.domain.messages import Message
from infusion_app.store.queries.sessions import session_header, session_holding

SESSION_MOVES = (
    EventType.SESSION_CHECKS_BEGUN,
    EventType.SESSION_MARKED_READY,
    EventType.INFUSION_STARTED,
    EventType.INFUSION_PAUSED,
    EventType.INFUSION_RESUMED,
    EventType.INFUSION_COMPLETED,
    EventType.INFUSION_STOPPED,
    EventType.OBSERVATION_BEGUN,
    EventType.SESSION_SIGNED,
)
PRODUCT_STEPS = (
    EventType.PRODUCT_RELEASED,
    EventType.BEDSIDE_FIRST_CHECK,
    EventType.PRODUCT_VERIFIED,
)


@dataclass(frozen=True)
class Clash:
    """Why a pulled event is held; ``applied_event_id`` is the local side it contradicts.

    ``silent`` marks the same fact recorded twice (the site set up on two laptops with the
    same code): held, but nothing for the investigator to decide.
    """

    kind: str
    summary: str
    record_key: str | None
    applied_event_id: str | None
    silent: bool = False


def _applied(db: Database, where: str, params: list[Any]) -> str | None:
    """The latest event matching ``where`` that reached the read models here."""
    row = db.execute(
        f"SELECT id FROM events WHERE {where} AND id NOT IN "
        "(SELECT event_id FROM pulled_events WHERE applied = 0) ORDER BY seq DESC LIMIT 1",
        params,
    ).fetchone()
    return str(row[0]) if row else None


def _session_name(db: Database, session_id: str | None) -> Message:
    """``session 2 of HPV-005`` for a session known here, else its id (as the other laptop
    wrote it): the investigator reads whose session it is, not a UUID."""
    header = session_header(db, session_id) if session_id else None
    if header is None:
        return Message("session {session}", session=session_id)
    return Message(
        "session {number} of {subject}", number=header.number, subject=header.subject_code
    )


def _session_move(db: Database, event: Event) -> Clash | None:
    header = session_header(db, event.session) if event.session else None
    moves = ", ".join("?" * len(SESSION_MOVES))
    other = _applied(db, f"session = ? AND type IN ({moves})", [event.session, *SESSION_MOVES])
    if header is None:
        summary = Message(
            "{event_type} arrived for session {session}, unknown on this laptop.",
            event_type=event.type,
            session=event.session,
        )
        return Clash("unknown_session", str(summary), event.session, None)
    before, after = event.payload.get("from"), event.payload.get("to")
    if header.state == before:
        return None
    summary = Message(
        "Session {number} of {subject} is '{state}' on this laptop, but another laptop moved "
        "it from '{before}' to '{after}' ({event_type} by {actor}).",
        number=header.number,
        subject=header.subject_code,
        state=header.state.value,
        before=before,
        after=after,
        event_type=event.type,
        actor=event.actor,
    )
    return Clash("session_moved_on_two_laptops", str(summary), event.session, other)


def _product_step(db: Database, event: Event) -> Clash | None:
    product_id = event.payload.get("product_id")
    row = db.execute("SELECT state, session FROM products WHERE id = ?", [product_id]).fetchone()
    if row is None:
        summary = Message(
            "{event_type} arrived for product {product}, unknown on this laptop.",
            event_type=event.type,
            product=product_id,
        )
        return Clash("unknown_product", str(summary), product_id, None)
    state, session = row
    expected = "received" if event.type == EventType.PRODUCT_RELEASED else "released"
    other_session = session is not None and event.session is not None and session != event.session
    if state == expected and not other_session:
        return None
    other = _applied(
        db,
        "type = ? AND json_extract(payload, '$.product_id') = ?",
        [event.type, product_id],
    ) or _applied(db, "json_extract(payload, '$.product_id') = ?", [product_id])
    kind = "product_released_twice" if event.type == EventType.PRODUCT_RELEASED else "product_step"
    summary = _product_summary(db, product_id, state, session, event)
    return Clash(kind, str(summary), product_id, other)


def _product_summary(
    db: Database, product: object, state: str, session: str | None, event: Event
) -> Message:
    """What the product is here and what the other laptop recorded (with their sessions)."""
    fields: dict[str, object] = {
        "product": product,
        "state": state,
        "event_type": event.type,
        "actor": event.actor,
    }
    if session and event.session:
        return Message(
            "Product {product} is '{state}' on this laptop (for {session}), but "
            "another laptop recorded {event_type} by {actor} for {other_session}.",
            session=_session_name(db, session),
            other_session=_session_name(db, event.session),
            **fields,
        )
    if session:
        return Message(
            "Product {product} is '{state}' on this laptop (for {session}), but "
            "another laptop recorded {event_type} by {actor}.",
            session=_session_name(db, session),
            **fields,
        )
    if event.session:
        return Message(
            "Product {product} is '{state}' on this laptop, but another laptop recorded "
            "{event_type} by {actor} for {other_session}.",
            other_session=_session_name(db, event.session),
            **fields,
        )
    return Message(
        "Product {product} is '{state}' on this laptop, but another laptop recorded "
        "{event_type} by {actor}.",
        **fields,
    )


def _site(db: Database, event: Event) -> Clash | None:
    row = db.execute("SELECT code FROM site").fetchone()
    if row is None:
        return None
    code = event.payload.get("site_code")
    other = _applied(db, "type = ?", [EventType.SITE_INITIALIZED])
    if row[0] == code:
        same = Message("Site {site} was set up on both laptops.", site=code)
        return Clash("same_site", str(same), code, other, True)
    summary = Message(
        "This laptop is site {site}; another laptop set itself up as site {other_site}.",
        site=row[0],
        other_site=code,
    )
    return Clash("site_differs", str(summary), code, other)


def _keyed(kind: str, table: str, column: str, key: str, words: str) -> Callable[..., Any]:
    """A clash when the row the event would create already exists under the same key."""

    def rule(db: Database, event: Event) -> Clash | None:
        value = event.payload.get(key)
        if db.execute(f"SELECT 1 FROM {table} WHERE {column} = ?", [value]).fetchone() is None:
            return None
        other = _applied(
            db, f"type = ? AND json_extract(payload, '$.{key}') = ?", [event.type, value]
        )
        summary = f"{words} {value} was recorded on two laptops ({event.type} by {event.actor})."
        return Clash(kind, summary, str(value), other)

    return rule


def _session_scheduled(db: Database, event: Event) -> Clash | None:
    number = event.payload.get("number")
    held = session_holding(db, str(event.participant), number, str(event.session))
    if held is None:
        return None
    other = _applied(db, "type = ? AND session = ?", [event.type, held])
    summary = f"Session {number} of {event.participant} was scheduled on two laptops."
    return Clash("session_scheduled_twice", summary, held, other)


def _randomization(db: Database, event: Event) -> Clash | None:
    codes = [row["subject_code"] for row in event.payload.get("allocations", [])]
    marks = ", ".join("?" * len(codes)) or "NULL"
    row = db.execute(
        f"SELECT subject_code, event_id FROM allocations WHERE subject_code IN ({marks})", codes
    ).fetchone()
    if row is None:
        return None
    summary = f"The allocation of {row[0]} was imported on two laptops."
    return Clash("randomization_imported_twice", summary, str(row[0]), str(row[1]))


RULES: dict[str, Callable[[Database, Event], Clash | None]] = {
    **{kind: _session_move for kind in SESSION_MOVES},
    **{kind: _product_step for kind in PRODUCT_STEPS},
    EventType.SITE_INITIALIZED: _site,
    EventType.USER_ADDED: _keyed("user_added_twice", "users", "username", "username", "User"),
    EventType.PARTICIPANT_REGISTERED: _keyed(
        "participant_registered_twice",
        "participants",
        "subject_code",
        "subject_code",
        "Participant",
    ),
    EventType.PRODUCT_RECEIVED: _keyed(
        "product_received_twice", "products", "id", "product_id", "Product"
    ),
    EventType.SESSION_SCHEDULED: _session_scheduled,
    EventType.RANDOMIZATION_IMPORTED: _randomization,
}


def find_clash(db: Database, event: Event) -> Clash | None:
    """The clash between ``event`` (pulled) and this laptop's read models, or None."""
    rule = RULES.get(event.type)
    return rule(db, event) if rule else None
