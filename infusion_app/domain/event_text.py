"""One plain line per event, for the audit-trail viewer and exports."""

from __future__ import annotations

from typing import Any

from infusion_app.domain.events import EventType

T = EventType

_FIXED: dict[str, str] = {
    T.USER_SIGNED_IN: "signed in",
    T.USER_SIGNED_OUT: "signed out",
    T.USER_SCREEN_LOCKED: "screen locked",
    T.USER_UNLOCKED: "unlocked the screen",
    T.SESSION_CHECKS_BEGUN: "began the pre-infusion checks",
    T.SESSION_MARKED_READY: "marked the session ready",
    T.INFUSION_STARTED: "started the infusion",
    T.INFUSION_RESUMED: "resumed the infusion",
    T.INFUSION_COMPLETED: "completed the infusion",
    T.OBSERVATION_BEGUN: "began observation",
}


def _reason(p: dict[str, Any]) -> str:
    text = p.get("reason_text") or ""
    return f"{p.get('reason', '')}{': ' + text if text else ''}"


def _clinical(p: dict[str, Any]) -> dict[str, Any]:
    """Wording of the checks, product, drip, vitals and adverse-event events."""
    band = {
        "in_band": "in band",
        "out_of_band": "OUT OF BAND",
        "outside_hard_limits": "OUTSIDE LIMITS",
    }
    return {
        T.CHECK_ANSWERED: lambda: f"answered the check: {str(p['step']).replace('_', ' ')}",
        T.CHECK_DECIDED: lambda: f"decided to {p['decision']} ({p['step']}): {p['reason']}",
        T.RANDOMIZATION_IMPORTED: lambda: f"imported {len(p['allocations'])} allocations",
        T.PRODUCT_RECEIVED: lambda: f"received bag {p['receipt']['din']} ({p['state']})",
        T.PRODUCT_RELEASED: lambda: "released the bag (signed)",
        T.BEDSIDE_FIRST_CHECK: lambda: "first bedside check of the bag (signed)",
        T.BEDSIDE_MISMATCH: lambda: "BEDSIDE MISMATCH: " + "; ".join(p["problems"]),
        T.PRODUCT_VERIFIED: lambda: "second bedside check: bag verified (signed)",
        T.DRIP_READING: lambda: (
            f"drip {str(p['method']).replace('_', ' ')}: {p['rate_gtt_min']:.0f} gtt/min "
            f"({band.get(p['band'], p['band'])})"
        ),
        T.VITALS_RECORDED: lambda: (
            f"vital signs, NEWS2 {p['news2_total']}"
            + "".join(f"; ALERT {text}" for text in p.get("alert_texts", []))
        ),
        T.ADVERSE_EVENT_RECORDED: lambda: f"adverse event: {p['term_name']}, grade {p['grade']}",
        T.ADVERSE_EVENT_UPDATED: lambda: (
            f"adverse event update: {p['outcome']}, grade {p['grade']}"
        ),
    }


def describe(event_type: str, payload: dict[str, Any]) -> str:
    """What happened, in a few words (the actor and times are shown beside it)."""
    if event_type in _FIXED:
        return _FIXED[event_type]
    p = payload
    texts: dict[str, Any] = {
        T.SITE_INITIALIZED: lambda: f"set up site {p['site_code']} for {p['protocol_id']}",
        T.USER_ADDED: lambda: f"added user {p['username']} ({p['full_name']}, {p['role']})",
        T.USER_SIGN_IN_FAILED: lambda: f"failed sign-in ({p.get('why', '')})",
        T.SIGNATURE_FAILED: lambda: f"failed signature ({p.get('why', '')})",
        T.USER_PASSWORD_RESET: lambda: f"reset the password of {p['username']}",
        T.USER_DEACTIVATED: lambda: f"deactivated {p['username']}: {p['reason']}",
        T.USER_HANDED_OVER: lambda: f"took over from {p['from']}",
        T.PARTICIPANT_REGISTERED: lambda: f"registered {p['subject_code']} ({p['arm']})",
        T.SESSION_SCHEDULED: lambda: f"scheduled session {p['number']} on {p['scheduled_for']}",
        T.INFUSION_PAUSED: lambda: f"paused the infusion ({_reason(p)})",
        T.INFUSION_STOPPED: lambda: f"stopped the infusion ({_reason(p)})",
        T.OBSERVATION_ENDED_EARLY: lambda: f"ended observation early: {p['reason']}",
        T.SESSION_SIGNED: lambda: f"signed the session ({p['meaning']})",
        T.SESSION_COUNTERSIGNED: lambda: f"countersigned the session ({p['meaning']})",
        T.RECORD_CORRECTED: lambda: (
            f"corrected {p.get('label', p['field'])}: {p['old']} → {p['new']} ({_reason(p)})"
        ),
        **_clinical(p),
    }
    maker = texts.get(event_type)
    try:
        return str(maker()) if maker else event_type
    except (KeyError, TypeError, ValueError, AttributeError):  # an unexpected payload: say what
        return event_type
