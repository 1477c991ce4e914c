"""What the screens read: typed rows from the store's read layer (``store/queries``), by
workspace. Screens never import the store; they read through here and the other services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from infusion_app.domain.events import Event
from infusion_app.domain.infusion_volume import Pause
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.session_state import SessionState
from infusion_app.services.context import Actor, Workspace
from infusion_app.store.errors import DatabaseClosed
from infusion_app.store.queries import participants as participant_rows
from infusion_app.store.queries import pauses as pause_rows
from infusion_app.store.queries import products as product_rows
from infusion_app.store.queries import sessions, users
from infusion_app.store.queries.audit_trail import record_chain_head
from infusion_app.store.queries.completion import DropFactors
from infusion_app.store.queries.completion import drop_factors as completion_drop_factors
from infusion_app.store.queries.drip_readings import DripReadingRow, drip_readings
from infusion_app.store.queries.participants import ParticipantRow
from infusion_app.store.queries.products import ProductRow, ReceiptCheck
from infusion_app.store.queries.sessions import SessionHeader
from infusion_app.store.queries.signatures import SignatureShown, signatures_in_force
from infusion_app.store.queries.site import SessionProtocol
from infusion_app.store.queries.site import session_protocol as scheduled_under

__all__ = [
    "DatabaseClosed",
    "DripReadingRow",
    "DropFactors",
    "ParticipantRow",
    "ProductRow",
    "ReceiptCheck",
    "SessionHeader",
    "SignatureShown",
    "bag_for_session",
    "completed_drop_factors",
    "infusion_span",
    "known_session",
    "participant",
    "participants",
    "paused_since",
    "printed_name",
    "product",
    "product_signatures",
    "receipt_checks",
    "running_sessions",
    "session_drip_readings",
    "session_events",
    "session_header",
    "session_protocol",
    "session_state",
    "user_actor",
    "verified_product",
]

RUNNING = (SessionState.INFUSING, SessionState.PAUSED)


def session_header(ws: Workspace, session_id: str) -> SessionHeader | None:
    """The session's row (subject, number, day, state, times); None for an unknown session."""
    return sessions.session_header(ws.db, session_id)


def known_session(ws: Workspace, session_id: str) -> SessionHeader | Refusal:
    """The session's row, or the refusal that names an unknown session."""
    header = session_header(ws, session_id)
    if header is None:
        return Refusal("unknown_session", "No session {session_id} exists.", session_id=session_id)
    return header


def session_protocol(ws: Workspace, session_id: str) -> SessionProtocol:
    """The protocol file (id, version, SHA-256) the session was scheduled under."""
    return scheduled_under(ws.db, session_id)


def completed_drop_factors(ws: Workspace, session_id: str) -> DropFactors:
    """The drop factors the completion recorded: nominal, counted for the estimates, observed."""
    return completion_drop_factors(ws.db, session_id)


def chain_head(ws: Workspace, session_id: str) -> str:
    """The hash of the session's latest event, exports and prints aside: the digits its
    printed record carries (``""`` for none)."""
    return record_chain_head(ws.db, session_id)


def session_state(ws: Workspace, session_id: str) -> SessionState | None:
    """The session's state as recorded now; None for an unknown session."""
    return sessions.session_state(ws.db, session_id)


def running_sessions(ws: Workspace) -> list[SessionHeader]:
    """The sessions infusing or paused now, by subject code."""
    return sessions.sessions_in_states(ws.db, RUNNING)


def participants(ws: Workspace) -> list[ParticipantRow]:
    """Every registered participant, by subject code."""
    return participant_rows.participants(ws.db)


def participant(ws: Workspace, subject_code: str) -> ParticipantRow | None:
    """One participant, or None when ``subject_code`` is not registered."""
    return participant_rows.participant(ws.db, subject_code)


def product(ws: Workspace, product_id: str) -> ProductRow | None:
    """The bag ``product_id``, or None."""
    return product_rows.product(ws.db, product_id)


def verified_product(ws: Workspace, session_id: str) -> ProductRow | None:
    """The bag verified at the bedside for this session, if any."""
    return product_rows.verified_product(ws.db, session_id)


def bag_for_session(ws: Workspace, session_id: str) -> ProductRow | None:
    """The bag this session's bedside check is about (see ``store.queries.products``)."""
    header = session_header(ws, session_id)
    if header is None:
        return None
    return product_rows.bag_for_bedside(ws.db, header.subject_code, session_id)


def receipt_checks(ws: Workspace, product_id: str) -> list[ReceiptCheck]:
    """Every release check recorded at the bag's receipt, in order."""
    return product_rows.receipt_checks(ws.db, product_id)


def product_signatures(ws: Workspace, product_id: str) -> list[SignatureShown]:
    """The signatures on a product (release, bedside checks), oldest first."""
    return signatures_in_force(ws.db, "product", product_id)


def user_actor(ws: Workspace, username: str) -> Actor | None:
    """The user ``username`` as an Actor (no password checked here), or None if unknown."""
    found = users.user_name(ws.db, username)
    return Actor(found.username, found.full_name, found.role) if found else None


def printed_name(ws: Workspace, username: str | None) -> str:
    """The printed name of ``username`` ("" for none; the user name if unknown)."""
    return users.printed_name(ws.db, username)


def session_drip_readings(ws: Workspace, session_id: str) -> list[DripReadingRow]:
    """The session's drip readings in time order."""
    return drip_readings(ws.db, session_id)


def session_events(ws: Workspace, session_id: str) -> list[Event]:
    """The session's events in the order they were recorded (laptop by laptop)."""
    return sorted(
        ws.store.events(session=session_id),
        key=lambda e: (e.recorded_at, e.device_id, e.device_seq),
    )


def paused_since(ws: Workspace, session_id: str) -> datetime | None:
    """When the pause now lasting began; None when the infusion is not paused."""
    return pause_rows.paused_since(ws.db, session_id)


@dataclass(frozen=True)
class InfusionSpan:
    """When the infusion started and ended (None while not yet), and its pauses."""

    started_at: datetime | None
    ended_at: datetime | None
    pauses: tuple[Pause, ...]


def infusion_span(ws: Workspace, session_id: str) -> InfusionSpan:
    """Start, end and pauses of the session's infusion."""
    header = session_header(ws, session_id)
    started = header.started_at if header else None
    ended = header.ended_at if header else None
    return InfusionSpan(started, ended, pause_rows.pauses(ws.db, session_id))
