"""The session screens: the guided pre-infusion checklist and what it shares."""
