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
        T.SESSION_SIGNED: lambda: f"signed the session ({p['meaning']})",
        T.SESSION_COUNTERSIGNED: lambda: f"countersigned the session ({p['meaning']})",
        T.RECORD_CORRECTED: lambda: (
            f"corrected {p.get('label', p['field'])}: {p['old']} → {p['new']} ({_reason(p)})"
        ),
    }
    maker = texts.get(event_type)
    return str(maker()) if maker else event_type
