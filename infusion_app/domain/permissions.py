"""Which role may do which action. docs/permissions.md is written from this table."""

from __future__ import annotations

from infusion_app.domain.outcomes import Refusal
from infusion_app.domain.roles import Role

NURSE, PHARM, INV, ADM = Role.NURSE, Role.PHARMACIST, Role.INVESTIGATOR, Role.ADMIN

PERMISSIONS: dict[str, frozenset[Role]] = {
    "add_user": frozenset({ADM}),
    "reset_password": frozenset({ADM}),
    "deactivate_user": frozenset({ADM}),
    "list_users": frozenset({ADM}),
    "import_randomization": frozenset({INV}),
    "register_participant": frozenset({INV}),
    "receive_product": frozenset({PHARM}),
    "release_product": frozenset({PHARM}),
    "bedside_check": frozenset({NURSE, PHARM}),
    "schedule_session": frozenset({NURSE, INV}),
    "begin_checks": frozenset({NURSE, INV}),
    "answer_check": frozenset({NURSE, INV}),
    "decide_check": frozenset({INV}),
    "mark_ready": frozenset({NURSE, INV}),
    "start_infusion": frozenset({NURSE, INV}),
    "pause_infusion": frozenset({NURSE, INV}),
    "resume_infusion": frozenset({NURSE, INV}),
    "complete_infusion": frozenset({NURSE, INV}),
    "stop_infusion": frozenset({NURSE, INV}),
    "record_drip_reading": frozenset({NURSE, INV}),
    "record_vitals": frozenset({NURSE, INV}),
    "record_adverse_event": frozenset({NURSE, INV}),
    "update_adverse_event": frozenset({NURSE, INV}),
    "begin_observation": frozenset({NURSE, INV}),
    "end_observation_early": frozenset({INV}),
    "sign_session": frozenset({NURSE, INV}),
    "countersign_session": frozenset({INV}),
    "correct_value": frozenset({NURSE, INV}),
    "view_audit_trail": frozenset({INV, ADM}),
    "resolve_discrepancy": frozenset({INV}),
}

ROLE_WORDS = {
    NURSE: "a nurse",
    PHARM: "a pharmacist",
    INV: "an investigator",
    ADM: "an administrator",
}


def check_permission(role: Role, action: str) -> Refusal | None:
    """None when ``role`` may do ``action``; otherwise a refusal naming who may."""
    allowed = PERMISSIONS.get(action)
    if allowed is None:
        return Refusal("unknown_action", f"Unknown action {action!r}.")
    if role in allowed:
        return None
    who = " or ".join(ROLE_WORDS[r] for r in Role if r in allowed)
    return Refusal("not_permitted", f"Only {who} may do this ({action.replace('_', ' ')}).")
