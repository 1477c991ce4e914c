"""Product receipt and release (pharmacist), and the bedside two-person check."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from decimal import Decimal
from typing import Any

from infusion_app.domain.clock import parse_utc_iso, utc_iso
from infusion_app.domain.events import EventDraft, EventType
from infusion_app.domain.labels import Din, LabCode, read_label
from infusion_app.domain.messages import Message
from infusion_app.domain.numbers import as_entered, exact
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.product import Receipt, failed, release_checks
from infusion_app.domain.roles import Role
from infusion_app.services.auth import check_credentials
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.declarations import user_action
from infusion_app.services.signature_keys import with_signature
from infusion_app.store.ids import new_id
from infusion_app.store.queries.audit_trail import last_product_event_hash
from infusion_app.store.queries.participants import participant
from infusion_app.store.queries.products import product


def bag_id(text: str, lab_code_confirmed: bool = True) -> str | Refusal:
    """The bag's identifier from a scan or typed text: an ISBT 128 DIN or the lab's own code."""
    label = read_label(text)
    if isinstance(label, Refusal):
        return label
    if isinstance(label, Din):
        return label.value
    if isinstance(label, LabCode):
        if not lab_code_confirmed:
            return Refusal(
                "confirm_lab_code",
                "{value} is the laboratory's own code, not ISBT 128: "
                "confirm it is the bag's identifier.",
                value=label.value,
            )
        return label.value
    return Refusal("not_a_bag_id", "Scan the bag's donation identification number (DIN).")


def _time(text: str, words: Message) -> datetime | Refusal:
    try:
        return parse_utc_iso(text)
    except ValueError:
        return Refusal(
            "bad_time", "The {words} must be a date and time with its zone.", words=words
        )


def _allocated(ws: Workspace, subject_code: str) -> str | Refusal:
    person = participant(ws.db, subject_code)
    if person is None:
        return Refusal(
            "unknown_subject",
            "No participant {subject_code} is registered.",
            subject_code=subject_code,
        )
    return person.arm


@user_action("receive product", Role.PHARMACIST)
def receive_product(
    ws: Workspace,
    actor: Actor,
    *,
    subject_code: str,
    label_subject_code: str,
    arm: str,
    din: str,
    lot: str,
    expires_at: str,
    total_viable_cells: float,
    viability_pct: float | None,
    volume_ml: float,
    prepared_at: str,
    temperature_c: float,
    appearance_ok: bool,
    weight_kg: float,
    lab_code_confirmed: bool = False,
) -> Outcome:
    """Record a bag's receipt for a participant; every release check runs on it.

    ``label_subject_code`` is what the label says; a failed check quarantines the bag.
    """
    allocated = _allocated(ws, subject_code)
    bag = bag_id(din, lab_code_confirmed)
    expires = _time(expires_at, Message("expiry"))
    prepared = _time(prepared_at, Message("preparation time"))
    for value in (allocated, bag, expires, prepared):
        if isinstance(value, Refusal):
            return value
    if not lot.strip():
        return Refusal("missing_lot", "Enter the lot number from the label.")
    if problem := _number_problem(ws, weight_kg, total_viable_cells, volume_ml, viability_pct):
        return problem
    receipt = Receipt(
        label_subject_code.strip().upper(),
        arm,
        str(bag),
        lot.strip(),
        expires,
        float(total_viable_cells),  # type: ignore[arg-type]
        viability_pct,
        float(volume_ml),
        prepared,
        float(temperature_c),
        appearance_ok,  # type: ignore[arg-type]
        float(weight_kg),
    )
    results = release_checks(ws.protocol, receipt, subject_code, str(allocated), ws.clock.now())
    failures = failed(results)
    state = "quarantined" if failures else "received"
    product_id = new_id()
    payload = {
        "product_id": product_id,
        "receipt": _receipt_payload(receipt),
        "checks": [{"id": r.id, "passed": r.passed, "reason": r.reason} for r in results],
        "failed": [{"id": r.id, "reason": r.reason} for r in failures],
        "state": state,
    }
    draft = EventDraft(EventType.PRODUCT_RECEIVED, actor.username, payload, subject_code)
    created = {"product_id": product_id, "state": state, "failed": payload["failed"]}
    return Accepted(tuple(ws.store.append([draft])), created)


def _number_problem(
    ws: Workspace,
    weight_kg: object,
    total_viable_cells: object,
    volume_ml: object,
    viability_pct: object,
) -> Refusal | None:
    """A refusal naming the field when a number cannot be true; the dose is never divided by
    a weight of 0, a negative or absurd weight, or a number that is not finite."""
    limits = ws.protocol.checks.weight_kg
    weight = exact(weight_kg)
    if weight is None or not limits.low <= weight <= limits.high:
        return Refusal(
            "bad_weight_kg",
            "Weight (kg): {weight} kg cannot be right. Type the weight the prescription used "
            "({low:g}–{high:g} kg).",
            weight=as_entered(weight_kg),
            low=limits.low,
            high=limits.high,
        )
    cells = exact(total_viable_cells)
    if cells is None or cells < 0:
        return Refusal(
            "bad_total_viable_cells",
            "Viable cells: {cells} cannot be right. Type the cells the label gives (0 for "
            "placebo).",
            cells=as_entered(total_viable_cells),
        )
    volume = exact(volume_ml)
    if volume is None or volume <= 0:
        return Refusal(
            "bad_volume_ml",
            "Volume (mL): {volume} cannot be right. Type the volume the label gives.",
            volume=as_entered(volume_ml),
        )
    viability = exact(viability_pct) if viability_pct is not None else Decimal(0)
    if viability is None or not 0 <= viability <= 100:
        return Refusal(
            "bad_viability_pct",
            "Viability (%): {viability} cannot be right. Type a percentage from 0 to 100.",
            viability=as_entered(viability_pct),
        )
    return None


def _receipt_payload(receipt: Receipt) -> dict[str, Any]:
    data = asdict(receipt)
    for key in ("expires_at", "prepared_at"):
        data[key] = utc_iso(data[key])
    return data


def product_row(ws: Workspace, product_id: str) -> dict[str, Any] | None:
    """The bag ``product_id`` as the read model holds it (column → value), or None."""
    found = product(ws.db, product_id)
    return asdict(found) if found else None


def product_signature(
    actor: Actor, meaning: str, record_hash: str, product_id: str
) -> dict[str, str]:
    return {
        "product_id": product_id,
        "meaning": meaning,
        "full_name": actor.full_name,
        "role": actor.role.value,
        "record_hash": record_hash,
        "record_type": "product",
        "record_id": product_id,
    }


def product_record_hash(ws: Workspace, product_id: str) -> str:
    """The hash of the product's latest event: what a signature made now covers."""
    return last_product_event_hash(ws.db, product_id)


@user_action("release product", Role.PHARMACIST)
def release_product(ws: Workspace, actor: Actor, *, product_id: str, password: str) -> Outcome:
    """The pharmacist releases a bag that passed every check, with an electronic signature."""
    bag = product(ws.db, product_id)
    if bag is None:
        return Refusal(
            "unknown_product", "No product {product_id} was received.", product_id=product_id
        )
    if bag.state == "quarantined":
        return Refusal("quarantined", "This bag is quarantined and cannot be released.")
    if bag.state != "received":
        return Refusal("already_released", "This bag is already released.")
    user = check_credentials(ws, actor.username, password, EventType.SIGNATURE_FAILED)
    if isinstance(user, Refusal):
        return user
    payload = product_signature(actor, "approved", product_record_hash(ws, product_id), product_id)
    payload = with_signature(ws, actor, payload, EventType.PRODUCT_RELEASED, password)
    draft = EventDraft(EventType.PRODUCT_RELEASED, actor.username, payload, bag.subject_code)
    return Accepted(tuple(ws.store.append([draft])), {"state": "released"})
