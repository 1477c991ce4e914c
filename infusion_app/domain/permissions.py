"""Which role may do which action. docs/permissions.md is written from this table."""

from __future__ import annotations

from infusion_app.domain.messages import Listing, Message
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

ACTION_NAMES: dict[str, Message] = {
    "add_user": Message("add user"),
    "reset_password": Message("reset password"),
    "deactivate_user": Message("deactivate user"),
    "list_users": Message("list users"),
    "import_randomization": Message("import randomization"),
    "register_participant": Message("register participant"),
    "receive_product": Message("receive product"),
    "release_product": Message("release product"),
    "bedside_check": Message("bedside check"),
    "schedule_session": Message("schedule session"),
    "begin_checks": Message("begin checks"),
    "answer_check": Message("answer check"),
    "decide_check": Message("decide check"),
    "mark_ready": Message("mark ready"),
    "start_infusion": Message("start infusion"),
    "pause_infusion": Message("pause infusion"),
    "resume_infusion": Message("resume infusion"),
    "complete_infusion": Message("complete infusion"),
    "stop_infusion": Message("stop infusion"),
    "record_drip_reading": Message("record drip reading"),
    "record_vitals": Message("record vitals"),
    "record_adverse_event": Message("record adverse event"),
    "update_adverse_event": Message("update adverse event"),
    "begin_observation": Message("begin observation"),
    "end_observation_early": Message("end observation early"),
    "sign_session": Message("sign session"),
    "countersign_session": Message("countersign session"),
    "correct_value": Message("correct value"),
    "view_audit_trail": Message("view audit trail"),
    "resolve_discrepancy": Message("resolve discrepancy"),
}
"""Each action as a refusal names it ("only a nurse may do this (record vitals)")."""

ROLE_WORDS = {
    NURSE: Message("a nurse"),
    PHARM: Message("a pharmacist"),
    INV: Message("an investigator"),
    ADM: Message("an administrator"),
}


def check_permission(role: Role, action: str) -> Refusal | None:
    """None when ``role`` may do ``action``; otherwise a refusal naming who may."""
    allowed = PERMISSIONS.get(action)
    if allowed is None:
        return Refusal("unknown_action", "Unknown action {action!r}.", action=action)
    if role in allowed:
        return None
    who = Listing((ROLE_WORDS[r] for r in Role if r in allowed), " or ")
    return Refusal(
        "not_permitted",
        "Only {who} may do this ({action}).",
        who=who,
        action=ACTION_NAMES.get(action, action),
    )
