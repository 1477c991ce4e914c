"""The bedside two-person check: two different credentialed people scan bag and wristband."""

from __future__ import annotations

from infusion_app.domain.events import EventDraft, EventType
from infusion_app.domain.messages import Listing, Message
from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.product import BedsideScan, bedside_mismatches
from infusion_app.domain.roles import Role
from infusion_app.domain.signatures import check_second_signer
from infusion_app.services.auth import check_credentials
from infusion_app.services.context import Accepted, Actor, Outcome, Workspace
from infusion_app.services.declarations import user_action
from infusion_app.services.products import (
    bag_id,
    product_record_hash,
    product_signature,
)
from infusion_app.services.records import known_session
from infusion_app.services.signature_keys import with_signature
from infusion_app.store.queries.products import ProductRow
from infusion_app.store.queries.products import product as bag_row
from infusion_app.store.queries.products import verified_product as verified_bag


def verified_product(ws: Workspace, session_id: str) -> str | None:
    """The id of the product verified at the bedside for this session, if any."""
    found = verified_bag(ws.db, session_id)
    return found.id if found else None


def product_problem(ws: Workspace, session_id: str) -> Refusal | None:
    """Why the session cannot be ready for want of a verified product, or None."""
    if verified_product(ws, session_id) is None:
        return Refusal(
            "product_not_verified",
            "The session is not ready. product: the bag has not been verified at the bedside "
            "by two people.",
        )
    return None


def _context(ws: Workspace, session_id: str, product_id: str) -> tuple[str, ProductRow] | Refusal:
    header = known_session(ws, session_id)
    if isinstance(header, Refusal):
        return header
    if header.state not in ("checking", "ready"):
        return Refusal("not_checking", "The bedside check is done during the pre-infusion checks.")
    product = bag_row(ws.db, product_id)
    rescan = product is not None and product.state == "verified"
    if rescan and product is not None and product.session != session_id:
        return Refusal("not_released", "This bag has not been released by the pharmacist.")
    if product is None or product.state not in ("released", "verified"):
        return Refusal("not_released", "This bag has not been released by the pharmacist.")
    return header.subject_code, product


@user_action("bedside check", Role.NURSE, Role.PHARMACIST)
def bedside_check(
    ws: Workspace,
    actor: Actor,
    *,
    session_id: str,
    product_id: str,
    bag_scan: str,
    wristband_scan: str,
    password: str,
) -> Outcome:
    """One of the two people scans bag and wristband and signs; the second makes it verified."""
    context = _context(ws, session_id, product_id)
    if isinstance(context, Refusal):
        return context
    subject, product = context
    scanned = bag_id(bag_scan)
    scanned_bag = scanned if isinstance(scanned, str) else bag_scan
    problems = bedside_mismatches(BedsideScan(scanned_bag, wristband_scan), product.din, subject)
    if product.subject_code != subject:
        problems.append(
            Message(
                "this bag was released for {released_for}, not {code}",
                released_for=product.subject_code,
                code=subject,
            )
        )
    if problems:
        payload = {
            "product_id": product_id,
            "problems": [str(problem) for problem in problems],
            "bag_scan": bag_scan,
            "wristband_scan": wristband_scan,
        }
        ws.store.append(
            [EventDraft(EventType.BEDSIDE_MISMATCH, actor.username, payload, subject, session_id)]
        )
        return Refusal(
            "bedside_mismatch",
            "STOP — do not infuse: {problems}.",
            problems=Listing(problems, "; "),
        )
    # A verified bag scanned again (its check too old to start on) begins a new pair of checks.
    same_pair = product.session == session_id and product.state == "released"
    first = product.first_checked_by if same_pair else None
    if problem := check_second_signer(first, actor.username):
        return problem
    user = check_credentials(ws, actor.username, password, EventType.SIGNATURE_FAILED)
    if isinstance(user, Refusal):
        return user
    kind = EventType.PRODUCT_VERIFIED if first else EventType.BEDSIDE_FIRST_CHECK
    meaning = "verified" if first else "performed"
    signed = product_signature(actor, meaning, product_record_hash(ws, product_id), product_id)
    payload = {
        **with_signature(ws, actor, signed, kind, password),
        "bag_scan": bag_scan,
        "wristband_scan": wristband_scan,
    }
    draft = EventDraft(kind, actor.username, payload, subject, session_id)
    state = "verified" if first else "first_check_done"
    return Accepted(tuple(ws.store.append([draft])), {"state": state})
