"""Events the server cannot take in: set aside here, sent as stand-ins, the rest still syncs.

An event is set aside when it cannot be stored in PostgreSQL at all (a NUL character in its
text) or when the server refuses it (unknown type, a payload not of its type's shape, an actor
who is not a user of the site; see :mod:`infusion_app.sync.server_checks_sql`). The log stays
as it is (append-only): the event keeps its place in this laptop's chain and read models, and
an ``unsendable`` discrepancy says why it was not sent. What goes to the server in its place is
a stand-in carrying the event's exact hashed text, so the chain stays whole on the server and
the events after it are sent as usual.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import psycopg
from sqlite_utils import Database

from infusion_app.domain.event_shapes import payload_fields
from infusion_app.domain.events import hashed_text
from infusion_app.domain.messages import Listing, Message
from infusion_app.store import sync_state
from infusion_app.sync.server_checks_sql import REFUSED_STATE, SET_ASIDE_TYPE

UNSENDABLE = sync_state.UNSENDABLE
# Columns of a pushed row (push.COLUMNS) that carry text a person may have typed.
TEXT_COLUMNS = {3: "actor", 4: "participant", 5: "session", 6: "type", 7: "payload"}
TEXT_COLUMNS |= {8: "occurred_at", 9: "recorded_at"}


def unstorable(row: Sequence[Any]) -> Message | None:
    """Why PostgreSQL could not store ``row`` at all (a NUL in its text), or None."""
    # One search of the row's text first: nearly every row has no NUL (a push of 5000 events
    # otherwise spent 25 ms here, in the calling thread, before the batch could be sent).
    if "\x00" not in "".join(value for value in row[3:10] if isinstance(value, str)):
        return None
    for index, name in TEXT_COLUMNS.items():
        value = row[index]
        if isinstance(value, str) and "\x00" in value:
            return Message(
                "it holds a NUL character in {field}, which the server cannot store", field=name
            )
    return None


def refusal_words(code: str, details: Sequence[Any]) -> Message:
    """The server's refusal (its code and details) as a sentence."""
    if code == "unknown_type":  # and this laptop does not know it either (see server_lacks)
        return Message(
            "neither the server nor this laptop knows events of type {type}", type=details[0]
        )
    if code == "nul_in_payload":
        return Message("its payload holds a NUL character, which the server does not take")
    if code == "not_an_object":
        return Message("its payload is not a JSON object")
    if code == "bad_field":
        kinds = Listing(details[1] if len(details) > 1 else [], " or ")
        return Message(
            "its payload field {field} is missing or not {kinds}", field=details[0], kinds=kinds
        )
    if code == "unknown_actor":
        return Message("{actor} is not a user of site {site}", actor=details[0], site=details[1])
    if code == "other_site":
        return Message("it sets up another site than {site}", site=details[0])
    if code == "bad_time":
        return Message("its {field} is not a date and time", field=details[0])
    return Message("the server refused it ({code})", code=code)


def _listed(error: psycopg.Error) -> list[list[Any]]:
    """The refused events a validation refusal (SQLSTATE IC003) lists: [id, code, details…]."""
    if getattr(error, "sqlstate", None) != REFUSED_STATE:
        return []
    try:
        listed = json.loads(error.diag.message_detail or "[]")
    except ValueError:
        return []
    return [item for item in listed if isinstance(item, list) and len(item) >= 2]


def server_lacks(error: psycopg.Error) -> dict[str, str]:
    """Events refused only because the server is older than this laptop: their type is one
    this version writes (``domain/event_shapes.py``) and the server does not know yet. By
    event id, their type. They are not set aside: they wait for the server's upgrade."""
    ours = payload_fields()
    return {
        str(item[0]): str(item[2])
        for item in _listed(error)
        if item[1] == "unknown_type" and len(item) > 2 and item[2] in ours
    }


def server_older(event_type: str) -> Message:
    """What the person at the laptop reads when the server lacks ``event_type``."""
    return Message(
        "The sync server does not know this kind of event ({type}): it is older than this "
        "laptop. Update the server (infusion-app server init); the events wait here and go "
        "once it knows them.",
        type=event_type,
    )


def refused_events(error: psycopg.Error) -> dict[str, Message]:
    """The events a validation refusal (SQLSTATE IC003) names, with why; empty otherwise."""
    lacking = server_lacks(error)
    return {
        str(item[0]): refusal_words(str(item[1]), item[2:])
        for item in _listed(error)
        if str(item[0]) not in lacking
    }


def set_aside(db: Database, row: Sequence[Any], problem: Message, now: str) -> None:
    """Record that the event of ``row`` is not sent, and why (a discrepancy; the log is
    untouched). Call inside a transaction."""
    summary = Message(
        "event #{number} ({type}): {problem}", number=row[2], type=row[6], problem=problem
    )
    sync_state.add_discrepancy(
        db,
        {
            "kind": UNSENDABLE,
            "record_key": None,
            "participant": row[4],
            "session": row[5],
            "summary": str(summary),
            "applied_event_id": row[0],
            "held_event_id": row[0],
            "found_at": now,
        },
    )


def set_aside_ids(db: Database, device: str) -> dict[str, str]:
    """This device's events set aside so far, with the reason (the stored summary)."""
    # CROSS JOIN keeps the discrepancies as the outer loop (SQLite does not reorder it): with
    # a plain JOIN the planner walked every event of the device, 0.2 s at 60 000 events, at
    # the start of every push.
    rows = db.execute(
        "SELECT d.held_event_id, d.summary FROM discrepancies d "
        "CROSS JOIN events e ON e.id = d.held_event_id WHERE d.kind = ? AND e.device_id = ?",
        [UNSENDABLE, device],
    )
    return {str(row[0]): str(row[1]) for row in rows}


def stand_in(row: Sequence[Any], problem: str) -> tuple[Any, ...]:
    """What is sent for a set-aside event: its own id, number and hashes, and as payload the
    exact text its hash covers (NULs escaped by JSON) and the reason."""
    content = hashed_text(*row[:11])
    payload = json.dumps({"content": content, "problem": problem}, ensure_ascii=True)
    return (
        row[0],
        row[1],
        row[2],
        "",
        None,
        None,
        SET_ASIDE_TYPE,
        payload,
        "",
        "",
        row[10],
        row[11],
    )


def original(row: Sequence[Any]) -> tuple[Any, ...] | None:
    """The event a pulled stand-in carries (its twelve columns), or None if ``row`` is none."""
    if row[6] != SET_ASIDE_TYPE:
        return None
    content = json.loads(str(row[7]))["content"]
    fields = json.loads(content)
    kinds = (str, str, int, str, str | None, str | None, str, str, str, str, str)
    if not isinstance(fields, list) or len(fields) != len(kinds):
        raise ValueError("a stand-in must carry the eleven hashed fields")
    if not all(isinstance(value, kind) for value, kind in zip(fields, kinds, strict=True)):
        raise ValueError("a stand-in's fields are not of the kinds an event has")
    return (*fields, row[11])


def problem_of(row: Sequence[Any]) -> str:
    """Why a pulled stand-in's event was not sent, as its laptop said."""
    return str(json.loads(str(row[7])).get("problem", ""))
